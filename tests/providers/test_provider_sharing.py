"""Whole routers over the fake OpenAI server: identical requests cost one upstream call, the
output cache answers repeats, and GenerateStream streams with fallback before the first token."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import grpc
import pytest
from grpc import aio
from pydantic import SecretStr

from neuroforge.common.v1 import pipeline_pb2 as common_pb
from neuroforge.router.v1 import router_service_pb2 as pb
from neuroforge.router.v1 import router_service_pb2_grpc as pb_grpc
from nf_core.server import RunningService, start
from nf_devtools.fakes.openai import FakeOpenAI
from nf_devtools.fakes.server import Fault
from services.model_router.server import build_spec
from services.model_router.settings import ModelRouterSettings
from tests.providers.router_processes import TOKEN_HEADER, router_replicas

TOKEN = "router-sharing-test-token"
METADATA = ((TOKEN_HEADER, TOKEN),)
REPLY = "Unreliable narrators misreport events, and readers notice the gaps."
CALLS = 20


def _registry(path: Path, *base_urls: str) -> Path:
    entries = [
        f'[[models]]\nmodel_id = "openai/fake-{n}"\nprovider = "openai"\n'
        f'model_name = "fake-model"\ncontext_window = 8192\nbase_url = "{url}"\n'
        f"quality = {{ literary = {0.9 - n / 10} }}\n"
        for n, url in enumerate(base_urls)
    ]
    path.write_text("\n".join(entries))
    return path


def _generate(temperature: float) -> pb.GenerateRequest:
    return pb.GenerateRequest(
        domain=common_pb.DOMAIN_LITERARY,
        task_type=common_pb.TASK_TYPE_ANALYSIS,
        prompt=common_pb.PromptData(
            system_prompt="Answer from the passages.",
            user_prompt="What makes a narrator unreliable?",
            user_query="What makes a narrator unreliable?",
            prompt_tokens=30,
        ),
        parameters=common_pb.GenerationParameters(temperature=temperature, max_tokens=200),
    )


def _stream_request() -> pb.GenerateStreamRequest:
    plain = _generate(0.0)
    return pb.GenerateStreamRequest(
        domain=plain.domain,
        task_type=plain.task_type,
        prompt=plain.prompt,
        parameters=plain.parameters,
    )


@pytest.fixture
async def fakes() -> AsyncIterator[list[FakeOpenAI]]:
    """Two fake OpenAI servers; every answer takes 300 ms, so identical calls overlap."""
    started = [await FakeOpenAI(reply=REPLY, delay_seconds=0.3).start() for _ in range(2)]
    yield started
    for fake in started:
        await fake.stop()


@pytest.fixture
async def router(
    fakes: list[FakeOpenAI], tmp_path: Path
) -> AsyncIterator[pb_grpc.RouterServiceAsyncStub]:
    """An in-process router (no Redis) over the two fakes, in quality order."""
    settings = ModelRouterSettings.model_validate(
        {
            "router_registry_path": _registry(
                tmp_path / "models.toml", *(f.base_url for f in fakes)
            ),
            "router_default_strategy": "quality_optimized",
            "router_provider_timeout_seconds": 2.0,
            "router_max_attempts_per_model": 1,
            "internal_token": SecretStr(TOKEN),
            "redis_url": "",
        }
    )
    running: RunningService = await start(build_spec(settings), port=0)
    async with aio.insecure_channel(f"127.0.0.1:{running.port}") as channel:
        yield pb_grpc.RouterServiceStub(channel)
    await running.stop(0)


async def _twenty(
    stubs: list[Any], temperature: float, metadata: tuple[tuple[str, str], ...] = METADATA
) -> list[pb.GenerateResponse]:
    return list(
        await asyncio.gather(
            *(
                stubs[i % len(stubs)].Generate(
                    _generate(temperature), metadata=metadata, timeout=10
                )
                for i in range(CALLS)
            )
        )
    )


async def test_twenty_identical_concurrent_generates_make_one_upstream_call(
    router: pb_grpc.RouterServiceAsyncStub, fakes: list[FakeOpenAI]
) -> None:
    responses = await _twenty([router], temperature=0.7)

    assert len(fakes[0].requests) == 1
    assert {r.result.output for r in responses} == {REPLY}
    sources = [r.source for r in responses]
    assert sources.count(pb.ANSWER_SOURCE_PROVIDER) == 1
    assert sources.count(pb.ANSWER_SOURCE_SHARED) == CALLS - 1


async def test_a_deterministic_repeat_after_completion_is_served_from_the_cache(
    router: pb_grpc.RouterServiceAsyncStub, fakes: list[FakeOpenAI]
) -> None:
    first = await router.Generate(_generate(0.0), metadata=METADATA)
    await asyncio.sleep(0.6)  # past the de-duplication window

    again = await router.Generate(_generate(0.0), metadata=METADATA)
    sampled = await router.Generate(_generate(0.7), metadata=METADATA)

    assert (first.source, again.source) == (pb.ANSWER_SOURCE_PROVIDER, pb.ANSWER_SOURCE_CACHE)
    assert again.result == first.result
    assert sampled.source == pb.ANSWER_SOURCE_PROVIDER
    assert len(fakes[0].requests) == 2


async def test_two_router_processes_sharing_redis_make_one_upstream_call(
    fakes: list[FakeOpenAI], redis_url: str, tmp_path: Path
) -> None:
    registry = _registry(tmp_path / "models.toml", fakes[0].base_url)
    env = {
        "NF_ROUTER_REGISTRY_PATH": str(registry),
        "NF_ROUTER_DEFAULT_STRATEGY": "quality_optimized",
    }
    async with router_replicas(2, redis_url, tmp_path, env) as routers:
        responses = await _twenty(
            [r.stub for r in routers.replicas], temperature=0.7, metadata=routers.metadata
        )

    assert len(fakes[0].requests) == 1
    assert {r.result.output for r in responses} == {REPLY}
    assert [r.source for r in responses].count(pb.ANSWER_SOURCE_PROVIDER) == 1


async def test_generate_stream_sends_fragments_then_the_result_with_metadata(
    router: pb_grpc.RouterServiceAsyncStub, fakes: list[FakeOpenAI]
) -> None:
    messages = [m async for m in router.GenerateStream(_stream_request(), metadata=METADATA)]

    deltas = [m.delta for m in messages[:-1]]
    final = messages[-1]
    assert len(deltas) > 1
    assert all(m.WhichOneof("event") == "delta" for m in messages[:-1])
    assert final.WhichOneof("event") == "result"
    assert "".join(deltas) == final.result.output == REPLY
    assert final.result.model_id == "openai/fake-0"
    assert final.result.role == common_pb.MODEL_ROLE_CHAMPION
    assert final.result.completion_tokens > 0
    assert final.result.prompt_tokens == 30
    assert not final.result.fallback_used


async def test_generate_stream_falls_back_when_the_first_model_fails_before_any_text(
    router: pb_grpc.RouterServiceAsyncStub, fakes: list[FakeOpenAI]
) -> None:
    fakes[0].script(Fault.error(500))

    messages = [m async for m in router.GenerateStream(_stream_request(), metadata=METADATA)]

    final = messages[-1].result
    assert "".join(m.delta for m in messages[:-1]) == REPLY
    assert final.model_id == "openai/fake-1"
    assert list(final.attempted_models) == ["openai/fake-0", "openai/fake-1"]
    assert final.fallback_used


async def test_generate_stream_does_not_fall_back_once_text_was_sent(
    router: pb_grpc.RouterServiceAsyncStub, fakes: list[FakeOpenAI]
) -> None:
    fakes[0].script(Fault.stall())
    received: list[str] = []

    async def consume() -> None:
        async for message in router.GenerateStream(
            _stream_request(), metadata=METADATA, timeout=1.5
        ):
            received.append(message.delta)

    with pytest.raises(grpc.RpcError) as caught:
        await consume()

    assert caught.value.code() == grpc.StatusCode.DEADLINE_EXCEEDED
    assert received
    assert len(fakes[1].requests) == 0
