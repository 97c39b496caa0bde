"""Router metrics: fallbacks and hedges by provider, calls, tokens, cache, champion changes."""

from __future__ import annotations

import asyncio
import random

from prometheus_client import REGISTRY

from services.model_router.champion import ChampionBoard, ChampionPolicy
from services.model_router.metrics import MeteredChampionStore
from services.model_router.policy import ResiliencePolicy
from services.model_router.providers.base import GenerationRequest, GenerationResult, ProviderError
from services.model_router.registry import ModelSpec
from services.model_router.router import RouteOutcome, Router, RouteRequest
from services.model_router.sharing import AnswerSharing, SharingConfig
from services.model_router.stream_route import stream_route

SPECS = [
    ModelSpec("met-a", "prov-a", "met-a", 8192, 0.0, 0.0, 10, {"general": 0.9}),
    ModelSpec("met-b", "prov-b", "met-b", 8192, 0.0, 0.0, 10, {"general": 0.8}),
]


def _value(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


class Provider:
    """Fails, hangs or answers per model name."""

    def __init__(self, behaviour: dict[str, str]) -> None:
        self.behaviour = behaviour

    async def generate(self, request: GenerationRequest) -> GenerationResult:
        action = self.behaviour[request.model_name]
        if action == "fail":
            raise ProviderError(f"{request.model_name} is down", kind="connect")
        if action == "hang":
            await asyncio.Event().wait()
        return GenerationResult("an answer", "stop", prompt_tokens=40, completion_tokens=7)


def _router(provider: Provider, hedge_delay: float = 60.0) -> Router:
    board = ChampionBoard([s.model_id for s in SPECS], ["general"], ["analysis"])
    return Router(
        SPECS,
        {"prov-a": provider, "prov-b": provider},
        board,
        default_strategy="quality_optimized",
        deadline_seconds=5.0,
        challenger_share=0.0,
        latency_alpha=0.5,
        rng=random.Random(1),
        policy=ResiliencePolicy(max_attempts_per_model=1, hedge_delay_seconds=hedge_delay),
    )


def _request() -> RouteRequest:
    # Temperature 0: only deterministic requests are cacheable by default.
    generation = GenerationRequest("", "sys", "Question: why?", "why?", [], "analysis", 0.0, 50)
    return RouteRequest("general", "analysis", 30, generation)


def _snapshot() -> dict[str, float]:
    return {
        "fallback_b": _value("nf_router_fallbacks_total", provider="prov-b"),
        "hedge_b": _value("nf_router_hedges_total", provider="prov-b"),
        "a_connect": _value(
            "nf_router_model_calls_total", model="met-a", provider="prov-a", outcome="connect"
        ),
        "a_cancelled": _value(
            "nf_router_model_calls_total", model="met-a", provider="prov-a", outcome="cancelled"
        ),
        "b_ok": _value(
            "nf_router_model_calls_total", model="met-b", provider="prov-b", outcome="ok"
        ),
        "b_in": _value("nf_router_tokens_total", model="met-b", direction="in"),
        "b_out": _value("nf_router_tokens_total", model="met-b", direction="out"),
    }


def _grew(before: dict[str, float], after: dict[str, float]) -> dict[str, float]:
    return {key: after[key] - before[key] for key in before if after[key] != before[key]}


async def test_a_failed_model_then_a_fallback_is_counted_by_provider_with_tokens() -> None:
    before = _snapshot()

    outcome = await _router(Provider({"met-a": "fail", "met-b": "ok"})).route(_request(), None)

    assert outcome.attempted == ["met-a", "met-b"]
    assert _grew(before, _snapshot()) == {
        "fallback_b": 1,
        "a_connect": 1,
        "b_ok": 1,
        "b_in": 40,
        "b_out": 7,
    }


async def test_a_stream_falling_back_before_its_first_fragment_counts_calls_and_fallback() -> None:
    before = _snapshot()
    router = _router(Provider({"met-a": "fail", "met-b": "ok"}))

    events = [event async for event in stream_route(router, _request(), None)]

    assert events[0] == "an answer"
    # Tokens of streams are counted by the servicer, which sees the final outcome.
    assert _grew(before, _snapshot()) == {"fallback_b": 1, "a_connect": 1, "b_ok": 1}


async def test_a_slow_model_overtaken_by_a_hedge_is_counted_as_a_hedge() -> None:
    before = _snapshot()

    router = _router(Provider({"met-a": "hang", "met-b": "ok"}), hedge_delay=0.02)
    outcome = await router.route(_request(), None)

    assert outcome.spec.model_id == "met-b"
    assert _grew(before, _snapshot()) == {
        "hedge_b": 1,
        "a_cancelled": 1,
        "b_ok": 1,
        "b_in": 40,
        "b_out": 7,
    }


async def test_the_answer_cache_counts_a_miss_then_a_hit() -> None:
    spec = SPECS[0]

    async def route(request: RouteRequest, deadline: float | None) -> RouteOutcome:
        return RouteOutcome(spec, "cached answer", "stop", 10, 3, 5, [spec.model_id])

    sharing = AnswerSharing(route, [spec], SharingConfig(window_seconds=0, cache_ttl_seconds=60))
    hits = _value("nf_cache_lookups_total", cache="router_answer", result="hit")
    misses = _value("nf_cache_lookups_total", cache="router_answer", result="miss")

    await sharing.answer(_request(), None)
    await sharing.answer(_request(), None)

    assert _value("nf_cache_lookups_total", cache="router_answer", result="miss") == misses + 1
    assert _value("nf_cache_lookups_total", cache="router_answer", result="hit") == hits + 1


def _changes(cause: str, domain: str = "met-domain") -> float:
    return _value(
        "nf_router_champion_changes_total", domain=domain, task_type="analysis", cause=cause
    )


async def test_champion_changes_are_counted_once_by_cause_and_scores_published() -> None:
    policy = ChampionPolicy(window=10, margin=0.05, min_samples=2)
    board = MeteredChampionStore(ChampionBoard(["x", "y"], ["met-domain"], ["analysis"], policy))
    before = {cause: _changes(cause) for cause in ("auto", "promote", "demote")}

    await board.promote("met-domain", "analysis", "y", "ops", "trial")
    await board.promote("met-domain", "analysis", "y", "ops", "again: already champion")
    await board.demote("met-domain", "analysis", "ops", "back")  # x champion again
    for _ in range(3):
        await board.record("met-domain", "analysis", "x", 0.2)
        await board.record("met-domain", "analysis", "y", 0.9)

    slot = await board.slot("met-domain", "analysis")
    assert slot.champion.model_id == "y"  # the challenger clearly led: automatic swap
    grown = {cause: _changes(cause) - before[cause] for cause in before}
    assert grown == {"auto": 1, "promote": 1, "demote": 1}
    score = REGISTRY.get_sample_value(
        "nf_router_champion_score",
        {"domain": "met-domain", "task_type": "analysis", "role": "champion"},
    )
    assert score == slot.champion.ema
