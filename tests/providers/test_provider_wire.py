"""Every SDK-based provider against its fake over loopback: answers, usage and failure kinds."""

from __future__ import annotations

import time

import pytest

from nf_devtools.fakes.harness import (
    KINDS,
    Backend,
    Kind,
    provider_for,
    refused_url,
    sample_request,
)
from nf_devtools.fakes.server import Fault, pieces_of
from services.model_router.providers.base import ProviderError


async def _failure(backend: Backend) -> ProviderError:
    with pytest.raises(ProviderError) as caught:
        await backend.provider.generate(sample_request())
    return caught.value


async def test_generate_returns_the_whole_answer(backend: Backend) -> None:
    result = await backend.provider.generate(sample_request("model-x"))

    assert result.text == backend.fake.reply
    assert result.finish_reason == "stop"
    [request] = backend.fake.requests
    body = request.json()
    # OpenAI-compatible servers get one non-streaming call; the others stream on the wire.
    assert bool(body.get("stream")) is (backend.kind != "openai")
    assert body["model"] == "model-x"


async def test_stream_yields_fragments_that_join_to_the_generated_text(backend: Backend) -> None:
    fragments = [piece async for piece in backend.provider.stream(sample_request())]

    assert len(fragments) == len(pieces_of(backend.fake.reply)) > 1
    assert "".join(fragments) == (await backend.provider.generate(sample_request())).text


async def test_usage_is_mapped_to_prompt_and_completion_tokens(backend: Backend) -> None:
    result = await backend.provider.generate(sample_request())

    assert result.completion_tokens == len(pieces_of(backend.fake.reply))
    # The fakes count the words of the system and user messages.
    request = sample_request()
    assert result.prompt_tokens == len(request.system_prompt.split()) + len(
        request.user_prompt.split()
    )


async def test_429_is_rate_limited_retryable_with_the_retry_after_seconds(
    backend: Backend,
) -> None:
    backend.fake.script(Fault.error(429, retry_after=2))

    error = await _failure(backend)

    assert (error.kind, error.retryable, error.retry_after) == ("rate_limited", True, 2.0)


@pytest.mark.parametrize(
    ("status", "kind"), [(500, "server"), (503, "overloaded"), (529, "overloaded")]
)
async def test_server_errors_are_retryable(backend: Backend, status: int, kind: str) -> None:
    backend.fake.script(Fault.error(status))

    error = await _failure(backend)

    assert (error.kind, error.retryable, error.retry_after) == (kind, True, None)
    assert str(status) in str(error)


@pytest.mark.parametrize(
    ("status", "kind"),
    [(400, "invalid_request"), (401, "auth"), (403, "auth"), (404, "not_found")],
)
async def test_client_errors_are_not_retryable(backend: Backend, status: int, kind: str) -> None:
    backend.fake.script(Fault.error(status))

    error = await _failure(backend)

    assert (error.kind, error.retryable) == (kind, False)


@pytest.mark.parametrize("status", [408, 409])
async def test_408_and_409_are_retryable(backend: Backend, status: int) -> None:
    backend.fake.script(Fault.error(status))

    assert (await _failure(backend)).retryable


async def test_connection_closed_without_answer_is_a_connect_error(backend: Backend) -> None:
    backend.fake.script(Fault.drop())

    error = await _failure(backend)

    assert (error.kind, error.retryable) == ("connect", True)


@pytest.mark.parametrize("kind", KINDS)
async def test_connection_refused_is_a_connect_error(kind: Kind) -> None:
    provider = provider_for(kind, refused_url(kind), timeout_seconds=2.0)
    try:
        with pytest.raises(ProviderError) as caught:
            await provider.generate(sample_request())
    finally:
        await provider.aclose()

    assert (caught.value.kind, caught.value.retryable) == ("connect", True)


@pytest.mark.parametrize("fault", [Fault.hang(), Fault.stall()], ids=["hang", "stall"])
async def test_a_silent_server_is_a_timeout_after_the_client_timeout(
    backend: Backend, fault: Fault
) -> None:
    timeout = 0.5
    provider = provider_for(backend.kind, backend.fake.base_url, timeout)
    backend.fake.script(fault)

    started = time.monotonic()
    try:
        with pytest.raises(ProviderError) as caught:
            # A stall happens mid-stream: exercise it through the streaming call.
            _ = [piece async for piece in provider.stream(sample_request())]
    finally:
        await provider.aclose()
    elapsed = time.monotonic() - started

    assert (caught.value.kind, caught.value.retryable) == ("timeout", True)
    assert timeout - 0.05 <= elapsed < timeout + 1.0


async def test_faults_apply_to_one_request_each_in_order(backend: Backend) -> None:
    backend.fake.script(Fault.error(500), Fault.slow(0.05))

    with pytest.raises(ProviderError):
        await backend.provider.generate(sample_request())
    assert (await backend.provider.generate(sample_request())).text == backend.fake.reply
    assert (await backend.provider.generate(sample_request())).text == backend.fake.reply
    assert len(backend.fake.requests) == 3
