"""The router over three real SDK-based providers and their fakes: retries, fallback, deadlines."""

from __future__ import annotations

import asyncio
import random
import time
from typing import Any, cast

import pytest

from neuroforge.router.v1 import router_service_pb2 as pb
from nf_core.errors import DeadlineExceededError, InvalidArgumentError
from nf_devtools.fakes.harness import Backend, Kind, provider_for, refused_url, sample_request
from nf_devtools.fakes.server import Fault
from services.model_router.champion import ChampionBoard
from services.model_router.policy import ResiliencePolicy
from services.model_router.providers.base import Provider
from services.model_router.registry import ModelSpec
from services.model_router.router import Router, RouteRequest
from services.model_router.servicer import RouterServicer

# Tried in this order (quality_optimized): primary, secondary, emergency.
ORDER = ("openai", "anthropic", "ollama")
FAST = ResiliencePolicy(
    provider_timeout_seconds=5.0,
    hedge_delay_seconds=60.0,
    backoff_base_seconds=0.01,
    backoff_max_seconds=2.0,
)


def _router(
    providers: dict[str, Provider], policy: ResiliencePolicy = FAST, deadline: float = 10.0
) -> Router:
    specs = [
        ModelSpec(name, name, f"{name}-model", 8192, 0.0, 0.0, 10, {"general": 0.9 - i / 10})
        for i, name in enumerate(ORDER)
    ]
    return Router(
        specs,
        providers,
        ChampionBoard([s.model_id for s in specs], ["general"], ["analysis"]),
        default_strategy="quality_optimized",
        deadline_seconds=deadline,
        challenger_share=0.0,
        latency_alpha=0.5,
        rng=random.Random(3),
        policy=policy,
    )


def _request() -> RouteRequest:
    return RouteRequest("general", "analysis", 40, sample_request())


def _providers(backends: dict[Kind, Backend]) -> dict[str, Provider]:
    return {name: backend.provider for name, backend in backends.items()}


def _calls(backends: dict[Kind, Backend]) -> dict[str, int]:
    return {name: len(backend.fake.requests) for name, backend in backends.items()}


async def test_fallback_goes_primary_then_secondary_then_emergency_after_retries(
    backends: dict[Kind, Backend],
) -> None:
    backends["openai"].fake.script(Fault.error(500), Fault.error(500))
    backends["anthropic"].fake.script(Fault.error(529), Fault.error(529))

    outcome = await _router(_providers(backends)).route(_request(), caller_deadline=None)

    assert outcome.spec.model_id == "ollama"
    assert outcome.text == backends["ollama"].fake.reply
    assert outcome.attempted == ["openai", "anthropic", "ollama"]
    assert _calls(backends) == {"openai": 2, "anthropic": 2, "ollama": 1}
    assert backends["openai"].fake.requests[0].received_at < (
        backends["anthropic"].fake.requests[0].received_at
    )


async def test_429_retry_after_is_honoured_before_retrying_the_same_model(
    backends: dict[Kind, Backend],
) -> None:
    backends["openai"].fake.script(Fault.error(429, retry_after=1))

    outcome = await _router(_providers(backends)).route(_request(), caller_deadline=None)

    first, second = backends["openai"].fake.requests
    assert outcome.spec.model_id == "openai"
    assert outcome.attempts == 2
    assert 1.0 - 0.05 <= second.received_at - first.received_at < 1.0 + 1.0
    assert _calls(backends)["anthropic"] == 0


async def test_retry_after_longer_than_the_backoff_cap_moves_on_at_once(
    backends: dict[Kind, Backend],
) -> None:
    backends["openai"].fake.script(Fault.error(429, retry_after=30))

    outcome = await _router(_providers(backends)).route(_request(), caller_deadline=None)

    assert outcome.spec.model_id == "anthropic"
    assert _calls(backends)["openai"] == 1


async def test_connection_refused_falls_back_to_the_next_provider(
    backends: dict[Kind, Backend],
) -> None:
    providers = _providers(backends)
    refused = provider_for("openai", refused_url("openai"), timeout_seconds=2.0)
    providers["openai"] = refused
    try:
        outcome = await _router(providers).route(_request(), caller_deadline=None)
    finally:
        await refused.aclose()

    assert outcome.spec.model_id == "anthropic"
    assert outcome.attempted == ["openai", "anthropic"]


@pytest.mark.parametrize("caller_deadline", [None, 0.8])
async def test_hanging_primary_ends_with_deadline_exceeded_within_the_deadline(
    backends: dict[Kind, Backend], caller_deadline: float | None
) -> None:
    backends["openai"].fake.script(Fault.hang())
    router = _router(_providers(backends), deadline=1.2)
    bound = min(1.2, caller_deadline or 1.2)

    started = time.monotonic()
    with pytest.raises(DeadlineExceededError):
        await router.route(_request(), caller_deadline=caller_deadline)
    elapsed = time.monotonic() - started

    assert bound - 0.05 <= elapsed < bound + 0.5
    assert _calls(backends) == {"openai": 1, "anthropic": 0, "ollama": 0}


async def test_hanging_primary_is_hedged_by_the_secondary_after_the_hedge_delay(
    backends: dict[Kind, Backend],
) -> None:
    backends["openai"].fake.script(Fault.hang())
    policy = ResiliencePolicy(hedge_delay_seconds=0.4, provider_timeout_seconds=5.0)

    started = time.monotonic()
    outcome = await _router(_providers(backends), policy).route(_request(), caller_deadline=None)
    elapsed = time.monotonic() - started

    assert outcome.spec.model_id == "anthropic"
    assert outcome.attempted == ["openai", "anthropic"]
    assert 0.4 <= elapsed < 0.4 + 0.8
    hedge_gap = (
        backends["anthropic"].fake.requests[0].received_at
        - backends["openai"].fake.requests[0].received_at
    )
    assert 0.4 - 0.05 <= hedge_gap < 0.4 + 0.5


async def test_content_policy_refusal_is_not_retried_on_other_providers(
    backends: dict[Kind, Backend],
) -> None:
    backends["openai"].fake.script(Fault.content_policy())

    with pytest.raises(InvalidArgumentError, match="content policy"):
        await _router(_providers(backends)).route(_request(), caller_deadline=None)

    assert _calls(backends) == {"openai": 1, "anthropic": 0, "ollama": 0}


async def test_content_policy_refusal_falls_back_when_configured(
    backends: dict[Kind, Backend],
) -> None:
    backends["openai"].fake.script(Fault.content_policy())
    policy = ResiliencePolicy(content_policy_fallback=True)

    outcome = await _router(_providers(backends), policy).route(_request(), caller_deadline=None)

    assert outcome.spec.model_id == "anthropic"
    assert _calls(backends) == {"openai": 1, "anthropic": 1, "ollama": 0}


async def test_open_circuit_skips_the_failing_provider_and_list_models_reports_it(
    backends: dict[Kind, Backend],
) -> None:
    backends["openai"].fake.script(*[Fault.error(500)] * 5)
    policy = ResiliencePolicy(
        breaker_failure_threshold=2, max_attempts_per_model=1, hedge_delay_seconds=60.0
    )
    router = _router(_providers(backends), policy)

    for _ in range(3):
        outcome = await router.route(_request(), caller_deadline=None)
        assert outcome.spec.model_id == "anthropic"

    assert _calls(backends)["openai"] == 2
    assert outcome.attempted == ["anthropic"]
    assert outcome.skipped == ["openai"]
    listed = await RouterServicer(router).ListModels(pb.ListModelsRequest(), cast(Any, None))
    states = {m.model_id: (m.circuit_state, m.healthy) for m in listed.models}
    assert states == {
        "openai": ("open", False),
        "anthropic": ("closed", True),
        "ollama": ("closed", True),
    }


async def test_no_task_outlives_a_hedged_request(backends: dict[Kind, Backend]) -> None:
    backends["openai"].fake.script(Fault.hang())
    policy = ResiliencePolicy(hedge_delay_seconds=0.2)
    before = asyncio.all_tasks()

    await _router(_providers(backends), policy).route(_request(), caller_deadline=None)
    await asyncio.sleep(0)

    leftover = asyncio.all_tasks() - before
    # Only the fakes' own connection handlers may remain (they end when the fakes stop).
    assert all("_connection" in repr(task.get_coro()) for task in leftover)
