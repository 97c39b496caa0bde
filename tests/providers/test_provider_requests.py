"""What each provider puts on the wire, content-policy refusals, and the standalone fake."""

from __future__ import annotations

import asyncio
import sys

import pytest

from nf_devtools.fakes.harness import Kind, sample_request, start_backend, unused_port
from nf_devtools.fakes.server import Fault
from services.model_router.providers.base import ProviderError
from services.model_router.providers.openai_compat import OpenAICompatProvider


async def test_openai_sends_chat_messages_limits_and_asks_for_usage_in_the_stream() -> None:
    backend = await start_backend("openai")
    try:
        await backend.provider.generate(sample_request("gpt-test", max_tokens=77))
        _ = [piece async for piece in backend.provider.stream(sample_request("gpt-test"))]
    finally:
        await backend.stop()

    unary, streamed = backend.fake.requests
    body = unary.json()
    assert unary.path == "/v1/chat/completions"
    assert unary.headers["authorization"] == "Bearer sk-test"
    assert [m["role"] for m in body["messages"]] == ["system", "user"]
    assert body["max_tokens"] == 77
    assert body["temperature"] == pytest.approx(0.3)
    # A whole answer is one non-streaming call (cheaper to parse); streams ask for usage.
    assert not body.get("stream")
    assert streamed.json()["stream"] is True
    assert streamed.json()["stream_options"] == {"include_usage": True}
    # SDK retries are off: the router is the only retry loop.
    assert unary.headers.get("x-stainless-retry-count", "0") == "0"


async def test_anthropic_sends_the_system_prompt_apart_with_key_and_version() -> None:
    backend = await start_backend("anthropic")
    try:
        await backend.provider.generate(sample_request("claude-test", max_tokens=55))
    finally:
        await backend.stop()

    [request] = backend.fake.requests
    body = request.json()
    assert request.path == "/v1/messages"
    # Older SDKs send x-api-key, current ones a bearer authorization: either carries the key.
    credentials = request.headers.get("x-api-key", "") + request.headers.get("authorization", "")
    assert "sk-ant-test" in credentials
    assert "anthropic-version" in request.headers
    assert body["system"] == "Answer from the passages."
    assert [m["role"] for m in body["messages"]] == ["user"]
    assert body["max_tokens"] == 55


async def test_ollama_sends_num_predict_and_temperature_as_options() -> None:
    backend = await start_backend("ollama")
    try:
        await backend.provider.generate(sample_request("llama-test", max_tokens=33))
    finally:
        await backend.stop()

    [request] = backend.fake.requests
    body = request.json()
    assert request.path == "/api/chat"
    assert body["options"] == {"temperature": pytest.approx(0.3), "num_predict": 33}
    assert [m["role"] for m in body["messages"]] == ["system", "user"]


@pytest.mark.parametrize(
    ("name", "fault"),
    [
        ("openai", Fault.content_policy()),
        ("openai", Fault.error(400, code="content_policy_violation")),
        ("anthropic", Fault.content_policy()),
    ],
    ids=["openai-content-filter-finish", "openai-400-policy-code", "anthropic-refusal"],
)
async def test_content_policy_refusals_are_their_own_non_retryable_kind(
    name: Kind, fault: Fault
) -> None:
    backend = await start_backend(name)
    backend.fake.script(fault)
    try:
        with pytest.raises(ProviderError) as caught:
            await backend.provider.generate(sample_request())
    finally:
        await backend.stop()

    assert (caught.value.kind, caught.value.retryable) == ("content_policy", False)
    assert caught.value.request_fault


async def test_fake_openai_runs_standalone_with_a_fixed_delay() -> None:
    port = unused_port()
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "nf_devtools.fakes.openai",
        "--port",
        str(port),
        "--delay-ms",
        "20",
        stdout=asyncio.subprocess.PIPE,
    )
    provider = OpenAICompatProvider(
        api_key="k", timeout_seconds=5, base_url=f"http://127.0.0.1:{port}/v1"
    )
    try:
        assert process.stdout is not None
        banner = await asyncio.wait_for(process.stdout.readline(), timeout=20)
        assert f"127.0.0.1:{port}/v1" in banner.decode()
        result = await provider.generate(sample_request())
    finally:
        await provider.aclose()
        process.terminate()
        await asyncio.wait_for(process.wait(), timeout=10)

    assert result.text == "A fake answer from the fake model."
    assert result.completion_tokens == 7
