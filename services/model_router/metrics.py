"""Prometheus metrics of the Model Router, and the champion store that records them.

``model`` labels take registry model ids and ``provider`` labels registry provider kinds, both
fixed by the operator's models.toml; ``domain`` and ``task_type`` are protobuf enum names.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from prometheus_client import Counter, Gauge

from nf_core.metrics import cache_counters
from services.model_router.champion import AUTO_ACTOR, ChampionStore, Slot

# The value of ``cache`` in nf_core.metrics.CACHE_LOOKUPS for the router's output cache.
ANSWER_CACHE = "router_answer"
ANSWER_CACHE_HIT, ANSWER_CACHE_MISS = cache_counters(ANSWER_CACHE)

ANSWERS = Counter(
    "nf_router_answers_total",
    "Generate answers, by source: provider (a model was called), shared (an identical "
    "request's call) or cache.",
    ["source"],
)
MODEL_CALLS = Counter(
    "nf_router_model_calls_total",
    "A model's share of a request (its attempts together), by model, provider and outcome: "
    "ok, cancelled (another candidate won or the deadline passed), circuit_open or the "
    "provider error kind.",
    ["model", "provider", "outcome"],
)
FALLBACKS = Counter(
    "nf_router_fallbacks_total",
    "Candidates started because every running one had failed, by the started one's provider.",
    ["provider"],
)
HEDGES = Counter(
    "nf_router_hedges_total",
    "Candidates started in parallel because the running one was slow, by provider.",
    ["provider"],
)
TOKENS = Counter(
    "nf_router_tokens_total",
    "Tokens of answered requests, by model and direction (in: prompt, out: completion).",
    ["model", "direction"],
)
CHAMPION_SCORE = Gauge(
    "nf_router_champion_score",
    "Rolling average evaluation score of a slot's champion and challenger, as last seen here.",
    ["domain", "task_type", "role"],
)
CHAMPION_CHANGES = Counter(
    "nf_router_champion_changes_total",
    "Champion changes, by slot and cause (auto: the challenger won; promote; demote).",
    ["domain", "task_type", "cause"],
)


def record_tokens(model: str, prompt_tokens: int, completion_tokens: int) -> None:
    """Account one answered request's tokens."""
    TOKENS.labels(model, "in").inc(prompt_tokens)
    TOKENS.labels(model, "out").inc(completion_tokens)


def observe_slot(slot: Slot) -> None:
    """Publish a slot's scores."""
    CHAMPION_SCORE.labels(slot.domain, slot.task_type, "champion").set(slot.champion.ema)
    if slot.challenger is not None:
        CHAMPION_SCORE.labels(slot.domain, slot.task_type, "challenger").set(slot.challenger.ema)


class MeteredChampionStore:
    """A champion store that publishes scores and counts the champion changes it makes.

    A change is one this call made when the slot it returns changed at or after the call
    started (the stores stamp changes with the wall clock), so replicas do not count each
    other's changes.
    """

    def __init__(self, inner: ChampionStore, clock: Callable[[], float] = time.time) -> None:
        self._inner = inner
        self._clock = clock

    async def slot(self, domain: str, task_type: str, max_age: float = 0.0) -> Slot:
        """Current standing of a slot."""
        return await self._inner.slot(domain, task_type, max_age)

    async def slots(self) -> list[Slot]:
        """Every slot, in a stable order (their scores are published on the way)."""
        slots = await self._inner.slots()
        for slot in slots:
            observe_slot(slot)
        return slots

    async def record(self, domain: str, task_type: str, model_id: str, score: float) -> Slot:
        """Fold a score in; count an automatic swap."""
        started = self._clock()
        slot = await self._inner.record(domain, task_type, model_id, score)
        self._changed(slot, started, "auto", automatic=True)
        return slot

    async def promote(
        self, domain: str, task_type: str, model_id: str, actor: str, reason: str
    ) -> Slot:
        """Make ``model_id`` champion."""
        started = self._clock()
        slot = await self._inner.promote(domain, task_type, model_id, actor, reason)
        self._changed(slot, started, "promote")
        return slot

    async def demote(self, domain: str, task_type: str, actor: str, reason: str) -> Slot:
        """Swap champion and challenger."""
        started = self._clock()
        slot = await self._inner.demote(domain, task_type, actor, reason)
        self._changed(slot, started, "demote")
        return slot

    def _changed(self, slot: Slot, started: float, cause: str, automatic: bool = False) -> None:
        observe_slot(slot)
        if slot.changed_at >= started and (slot.changed_by == AUTO_ACTOR) == automatic:
            CHAMPION_CHANGES.labels(slot.domain, slot.task_type, cause).inc()
