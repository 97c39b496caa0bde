"""stream_route when the caller leaves mid-answer: the provider stream closes, the breaker frees."""

from __future__ import annotations

import asyncio
import random
from collections.abc import AsyncIterator

import pytest

from nf_core.errors import UnavailableError
from services.model_router.breaker import Breakers, CircuitState
from services.model_router.champion import ChampionBoard
from services.model_router.policy import ResiliencePolicy
from services.model_router.providers.base import GenerationRequest, GenerationResult
from services.model_router.registry import ModelSpec
from services.model_router.router import Router, RouteRequest
from services.model_router.stream_route import stream_route

SPEC = ModelSpec("only", "fake", "only", 8192, 0.0, 0.0, 10, {"general": 0.9})


class SlowStream:
    """Streams numbered words 10 ms apart and records whether its stream was closed early."""

    def __init__(self) -> None:
        self.closed_early = False

    async def generate(self, request: GenerationRequest) -> GenerationResult:
        raise AssertionError("streaming calls only")

    async def stream(self, request: GenerationRequest) -> AsyncIterator[str]:
        try:
            for n in range(100):
                await asyncio.sleep(0.01)
                yield f"word{n} "
        except GeneratorExit:
            self.closed_early = True
            raise


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _request() -> RouteRequest:
    generation = GenerationRequest(
        model_name="",
        system_prompt="",
        user_prompt="Question: why?",
        user_query="why?",
        passages=[],
        task_type="analysis",
        temperature=0.0,
        max_tokens=50,
    )
    return RouteRequest("general", "analysis", 10, generation)


async def test_leaving_mid_answer_closes_the_provider_stream_and_frees_the_half_open_probe() -> (
    None
):
    clock = Clock()
    breakers = Breakers(threshold=1, reset_seconds=5, clock=clock)
    breakers["only"].record_failure()
    clock.now = 10  # past the reset time: the next call is the half-open probe
    assert breakers.state("only") is CircuitState.HALF_OPEN
    provider = SlowStream()
    router = Router(
        [SPEC],
        {"fake": provider},
        ChampionBoard(["only"], ["general"], ["analysis"]),
        default_strategy="quality_optimized",
        deadline_seconds=5,
        challenger_share=0.0,
        latency_alpha=0.5,
        rng=random.Random(1),
        breakers=breakers,
    )
    events = stream_route(router, _request(), caller_deadline=None)

    first = await anext(events)
    probe_claimed = not breakers["only"].allow()
    await events.aclose()  # what a cancelled GenerateStream does to the generator

    assert first == "word0 "
    assert probe_claimed
    assert provider.closed_early
    assert breakers["only"].allow()  # the probe slot was released, not leaked


class StallingStream:
    """Sends two fragments, then goes silent for far longer than any test waits."""

    def __init__(self) -> None:
        self.closed = False  # set when the stream is torn down (cancelled or closed)

    async def generate(self, request: GenerationRequest) -> GenerationResult:
        raise AssertionError("streaming calls only")

    async def stream(self, request: GenerationRequest) -> AsyncIterator[str]:
        try:
            yield "first "
            yield "second "
            await asyncio.sleep(60)
            yield "never"
        finally:
            self.closed = True


async def test_a_model_stalling_between_fragments_ends_the_stream_after_the_provider_timeout() -> (
    None
):
    provider = StallingStream()
    router = Router(
        [SPEC],
        {"fake": provider},
        ChampionBoard(["only"], ["general"], ["analysis"]),
        default_strategy="quality_optimized",
        deadline_seconds=30,  # the caller's budget alone would hold the stream for 30 s
        challenger_share=0.0,
        latency_alpha=0.5,
        rng=random.Random(1),
        policy=ResiliencePolicy(provider_timeout_seconds=0.2),
    )
    received: list[object] = []
    loop = asyncio.get_running_loop()
    started = loop.time()

    async def consume() -> None:
        async with asyncio.timeout(5):
            async for event in stream_route(router, _request(), caller_deadline=None):
                received.append(event)

    with pytest.raises(UnavailableError, match=r"stalled for 0\.2s after 2 fragments"):
        await consume()

    assert received == ["first ", "second "]
    assert loop.time() - started < 2
    assert provider.closed
