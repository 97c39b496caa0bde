"""Circuit breakers, backoff, hedging and deadlines of the router, with scripted providers."""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable, Callable

import pytest

from nf_core.errors import DeadlineExceededError, InvalidArgumentError, UnavailableError
from services.model_router.breaker import Breakers, CircuitState
from services.model_router.champion import ChampionBoard
from services.model_router.policy import ResiliencePolicy
from services.model_router.providers.base import (
    ErrorKind,
    GenerationRequest,
    GenerationResult,
    ProviderError,
)
from services.model_router.registry import ModelSpec
from services.model_router.router import Router, RouteRequest

Step = Callable[[], Awaitable[GenerationResult]]


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class ScriptedModels:
    """Per model name, a list of steps consumed one per call (the last one repeats)."""

    def __init__(self, scripts: dict[str, list[Step]]) -> None:
        self.scripts = scripts
        self.calls: list[str] = []
        self.cancelled: list[str] = []

    async def generate(self, request: GenerationRequest) -> GenerationResult:
        self.calls.append(request.model_name)
        script = self.scripts[request.model_name]
        step = script.pop(0) if len(script) > 1 else script[0]
        try:
            return await step()
        except asyncio.CancelledError:
            self.cancelled.append(request.model_name)
            raise


def ok(text: str = "ok", after: float = 0.0) -> Step:
    async def step() -> GenerationResult:
        await asyncio.sleep(after)
        return GenerationResult(text, "stop", 5, 1)

    return step


def error(kind: ErrorKind, retry_after: float | None = None) -> Step:
    async def step() -> GenerationResult:
        raise ProviderError(f"scripted {kind}", kind=kind, retry_after=retry_after)

    return step


async def hang() -> GenerationResult:
    await asyncio.Event().wait()
    raise AssertionError("unreachable")


NAMES = ("a", "b", "c")


def _router(
    models: ScriptedModels,
    policy: ResiliencePolicy,
    *,
    deadline: float = 5.0,
    breakers: Breakers | None = None,
) -> Router:
    specs = [
        ModelSpec(n, "fake", n, 8192, 0.0, 0.0, 10, {"general": 0.9 - i / 10})
        for i, n in enumerate(NAMES)
    ]
    return Router(
        specs,
        {"fake": models},
        ChampionBoard(list(NAMES), ["general"], ["analysis"]),
        default_strategy="quality_optimized",
        deadline_seconds=deadline,
        challenger_share=0.0,
        latency_alpha=0.5,
        rng=random.Random(11),
        policy=policy,
        breakers=breakers,
    )


def _request() -> RouteRequest:
    generation = GenerationRequest("", "sys", "user", "q", [], "analysis", 0.2, 50)
    return RouteRequest("general", "analysis", 10, generation)


POLICY = ResiliencePolicy(
    hedge_delay_seconds=60.0, backoff_base_seconds=0.01, backoff_max_seconds=1.0
)

# --- retries and fallback -------------------------------------------------------------------


async def test_retryable_failure_is_retried_on_the_same_model_before_falling_back() -> None:
    models = ScriptedModels({"a": [error("overloaded"), ok("second try")], "b": [ok()]})

    outcome = await _router(models, POLICY).route(_request(), caller_deadline=None)

    assert (outcome.spec.model_id, outcome.text, outcome.attempts) == ("a", "second try", 2)
    assert models.calls == ["a", "a"]


async def test_attempts_per_model_are_bounded_then_the_next_model_answers() -> None:
    models = ScriptedModels({"a": [error("server")], "b": [error("connect")], "c": [ok("c")]})

    outcome = await _router(models, POLICY).route(_request(), caller_deadline=None)

    assert outcome.attempted == ["a", "b", "c"]
    assert models.calls == ["a", "a", "b", "b", "c"]


async def test_auth_failure_falls_back_without_a_retry() -> None:
    models = ScriptedModels({"a": [error("auth")], "b": [ok("b")], "c": [ok()]})

    outcome = await _router(models, POLICY).route(_request(), caller_deadline=None)

    assert outcome.spec.model_id == "b"
    assert models.calls == ["a", "b"]


async def test_invalid_request_is_never_tried_elsewhere_even_with_policy_fallback() -> None:
    models = ScriptedModels({"a": [error("invalid_request")], "b": [ok()], "c": [ok()]})
    policy = ResiliencePolicy(content_policy_fallback=True, hedge_delay_seconds=60.0)

    with pytest.raises(InvalidArgumentError):
        await _router(models, policy).route(_request(), caller_deadline=None)

    assert models.calls == ["a"]


async def test_all_models_failing_is_unavailable() -> None:
    models = ScriptedModels({n: [error("server")] for n in NAMES})

    with pytest.raises(UnavailableError, match="scripted server"):
        await _router(models, POLICY).route(_request(), caller_deadline=None)


# --- deadlines and hedging ------------------------------------------------------------------


@pytest.mark.parametrize("deadline", [0.3, 1.0])
async def test_hanging_provider_ends_within_the_deadline_plus_slack(deadline: float) -> None:
    models = ScriptedModels({"a": [hang], "b": [ok()], "c": [ok()]})

    started = time.monotonic()
    with pytest.raises(DeadlineExceededError):
        await _router(models, POLICY, deadline=deadline).route(_request(), caller_deadline=None)

    assert time.monotonic() - started < deadline + 0.5
    assert models.cancelled == ["a"]


async def test_backoff_never_sleeps_past_the_deadline() -> None:
    models = ScriptedModels({"a": [error("rate_limited", retry_after=0.9)], "b": [hang]})
    policy = ResiliencePolicy(hedge_delay_seconds=60.0, backoff_max_seconds=5.0)

    started = time.monotonic()
    with pytest.raises(DeadlineExceededError):
        await _router(models, policy, deadline=0.5).route(_request(), caller_deadline=None)

    # No retry of "a" (0.9 s would cross the deadline): straight on to "b", cut at 0.5 s.
    assert models.calls == ["a", "b"]
    assert time.monotonic() - started < 0.5 + 0.5


async def test_hedge_starts_the_next_model_after_the_delay_and_cancels_the_loser() -> None:
    models = ScriptedModels({"a": [hang], "b": [ok("hedged")], "c": [ok()]})
    policy = ResiliencePolicy(hedge_delay_seconds=0.2)

    started = time.monotonic()
    outcome = await _router(models, policy).route(_request(), caller_deadline=None)
    elapsed = time.monotonic() - started

    assert (outcome.spec.model_id, outcome.text) == ("b", "hedged")
    assert outcome.attempted == ["a", "b"]
    assert 0.2 <= elapsed < 0.2 + 0.4
    assert models.cancelled == ["a"]


async def test_an_answer_before_the_hedge_delay_starts_no_hedge() -> None:
    models = ScriptedModels({"a": [ok("quick", after=0.05)], "b": [ok()], "c": [ok()]})

    outcome = await _router(models, ResiliencePolicy(hedge_delay_seconds=0.3)).route(
        _request(), caller_deadline=None
    )

    assert outcome.attempted == ["a"]
    assert models.calls == ["a"]


async def test_the_first_success_wins_even_when_it_is_the_earlier_model() -> None:
    # "a" answers at 0.3 s, "b" (started at 0.1 s) would answer at 0.6 s: "a" wins.
    models = ScriptedModels({"a": [ok("a", after=0.3)], "b": [ok("b", after=0.5)], "c": [hang]})

    outcome = await _router(models, ResiliencePolicy(hedge_delay_seconds=0.1)).route(
        _request(), caller_deadline=None
    )

    assert outcome.spec.model_id == "a"
    assert outcome.attempted == ["a", "b", "c"]
    assert sorted(models.cancelled) == ["b", "c"]


async def test_hedged_losers_are_awaited_so_no_task_outlives_the_request() -> None:
    models = ScriptedModels({"a": [hang], "b": [hang], "c": [ok()]})
    before = asyncio.all_tasks()

    await _router(models, ResiliencePolicy(hedge_delay_seconds=0.05)).route(
        _request(), caller_deadline=None
    )

    assert asyncio.all_tasks() - before == set()
    assert sorted(models.cancelled) == ["a", "b"]


async def test_cancelling_the_request_cancels_every_running_model() -> None:
    models = ScriptedModels({"a": [hang], "b": [hang], "c": [hang]})
    router = _router(models, ResiliencePolicy(hedge_delay_seconds=0.05))
    before = asyncio.all_tasks()

    task = asyncio.ensure_future(router.route(_request(), caller_deadline=None))
    await asyncio.sleep(0.2)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task

    assert asyncio.all_tasks() - before == set()
    assert sorted(models.cancelled) == ["a", "b", "c"]


# --- breakers in the router -----------------------------------------------------------------


async def test_router_opens_the_circuit_then_probes_and_closes_it() -> None:
    clock = FakeClock()
    breakers = Breakers(2, 30.0, clock)
    models = ScriptedModels({"a": [error("server"), error("server"), ok("back")], "b": [ok("b")]})
    policy = ResiliencePolicy(max_attempts_per_model=1, hedge_delay_seconds=60.0)
    router = _router(models, policy, breakers=breakers)

    for _ in range(2):
        assert (await router.route(_request(), caller_deadline=None)).spec.model_id == "b"
    assert router.circuit_state("a") is CircuitState.OPEN

    skipped = await router.route(_request(), caller_deadline=None)
    assert (skipped.attempted, skipped.skipped) == (["b"], ["a"])
    assert models.calls.count("a") == 2

    clock.now += 30
    assert router.circuit_state("a") is CircuitState.HALF_OPEN
    probed = await router.route(_request(), caller_deadline=None)

    assert probed.spec.model_id == "a"
    assert router.circuit_state("a") is CircuitState.CLOSED


async def test_every_circuit_open_is_unavailable_naming_the_circuits() -> None:
    breakers = Breakers(1, 30.0, FakeClock())
    for name in NAMES:
        breakers[name].record_failure()
    models = ScriptedModels({n: [ok()] for n in NAMES})

    with pytest.raises(UnavailableError, match="circuit open"):
        await _router(models, POLICY, breakers=breakers).route(_request(), caller_deadline=None)

    assert models.calls == []


async def test_request_faults_do_not_count_against_the_circuit() -> None:
    breakers = Breakers(1, 30.0, FakeClock())
    models = ScriptedModels({"a": [error("content_policy")], "b": [ok()], "c": [ok()]})

    with pytest.raises(InvalidArgumentError):
        await _router(models, POLICY, breakers=breakers).route(_request(), caller_deadline=None)

    assert breakers.state("a") is CircuitState.CLOSED


async def test_a_loser_overtaken_after_the_hedge_delay_counts_as_a_failure() -> None:
    breakers = Breakers(5, 30.0, FakeClock())
    models = ScriptedModels({"a": [hang], "b": [ok()], "c": [ok()]})

    await _router(models, ResiliencePolicy(hedge_delay_seconds=0.05), breakers=breakers).route(
        _request(), caller_deadline=None
    )

    assert breakers["a"].consecutive_failures == 1
    assert breakers["b"].consecutive_failures == 0
