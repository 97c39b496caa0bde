"""Champion/challenger standings per (domain, task type).

This first version keeps the board in process memory behind one lock, so a single router replica
has no lost updates; sharing the board across replicas is the job of a shared store.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from nf_core.errors import InvalidArgumentError, NotFoundError

EMA_ALPHA = 0.2


@dataclass(frozen=True)
class Standing:
    """Score statistics of one model in one slot."""

    model_id: str
    ema: float = 0.0
    samples: int = 0

    def updated(self, score: float) -> Standing:
        """Fold one score into the moving average (the first score seeds it)."""
        ema = score if self.samples == 0 else EMA_ALPHA * score + (1 - EMA_ALPHA) * self.ema
        return replace(self, ema=ema, samples=self.samples + 1)


@dataclass(frozen=True)
class Slot:
    """Champion and challenger of one (domain, task type)."""

    domain: str
    task_type: str
    champion: Standing
    challenger: Standing | None
    changed_by: str = "bootstrap"
    changed_at: float = field(default_factory=time.time)
    change_reason: str = "initial registry order"


class ChampionBoard:
    """All slots; every mutation happens under one asyncio lock."""

    def __init__(
        self, model_ids: list[str], domains: Iterable[str], task_types: Iterable[str]
    ) -> None:
        if not model_ids:
            raise ValueError("the board needs at least one model")
        self._model_ids = list(model_ids)
        challenger = Standing(model_ids[1]) if len(model_ids) > 1 else None
        self._slots = {
            (d, t): Slot(d, t, Standing(model_ids[0]), challenger)
            for d in domains
            for t in task_types
        }
        self._lock = asyncio.Lock()

    def slot(self, domain: str, task_type: str) -> Slot:
        """Current standing of a slot."""
        return self._slots[(domain, task_type)]

    def slots(self) -> list[Slot]:
        """Every slot, in a stable order."""
        return [self._slots[key] for key in sorted(self._slots)]

    async def record(self, domain: str, task_type: str, model_id: str, score: float) -> Slot:
        """Fold a score into the standing of the model that earned it."""
        if not 0.0 <= score <= 1.0:
            raise InvalidArgumentError("score", "must be within [0, 1]")
        async with self._lock:
            slot = self._slots[(domain, task_type)]
            if slot.champion.model_id == model_id:
                slot = replace(slot, champion=slot.champion.updated(score))
            elif slot.challenger is not None and slot.challenger.model_id == model_id:
                slot = replace(slot, challenger=slot.challenger.updated(score))
            self._slots[(domain, task_type)] = slot
            return slot

    async def promote(
        self, domain: str, task_type: str, model_id: str, actor: str, reason: str
    ) -> Slot:
        """Make ``model_id`` champion; the previous champion becomes challenger."""
        if model_id not in self._model_ids:
            raise NotFoundError(f"model {model_id!r} is not in the registry")
        async with self._lock:
            slot = self._slots[(domain, task_type)]
            if slot.champion.model_id == model_id:
                return slot
            new_champion = (
                slot.challenger
                if slot.challenger is not None and slot.challenger.model_id == model_id
                else Standing(model_id)
            )
            slot = Slot(
                domain,
                task_type,
                new_champion,
                slot.champion,
                actor,
                time.time(),
                reason or "manual promotion",
            )
            self._slots[(domain, task_type)] = slot
            return slot

    async def demote(self, domain: str, task_type: str, actor: str, reason: str) -> Slot:
        """Swap champion and challenger."""
        async with self._lock:
            slot = self._slots[(domain, task_type)]
            if slot.challenger is None:
                raise InvalidArgumentError(
                    "domain", "this slot has no challenger to take the champion's place"
                )
            slot = Slot(
                domain,
                task_type,
                slot.challenger,
                slot.champion,
                actor,
                time.time(),
                reason or "manual demotion",
            )
            self._slots[(domain, task_type)] = slot
            return slot
