"""Champion/challenger standings per (domain, task type), and the in-process store.

A slot's statistics are an exponential moving average of evaluation scores, a rolling window of
the latest scores (peak, low, trend) and sample counts. After every score the automatic rule
runs: when both models have enough samples and the challenger's average beats the champion's by
more than the margin, they swap. The same rule demotes a champion whose scores fall, so
promotion and demotion are symmetric. ``ChampionBoard`` keeps everything in process memory (one
replica, no Redis); ``champion_redis.RedisChampionStore`` shares it between replicas.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Protocol

from nf_core.errors import InvalidArgumentError, NotFoundError

EMA_ALPHA = 0.2
AUTO_ACTOR = "auto"


@dataclass(frozen=True)
class ChampionPolicy:
    """How scores are averaged and when the challenger takes over."""

    alpha: float = EMA_ALPHA
    window: int = 50
    margin: float = 0.2
    min_samples: int = 20


DEFAULT_POLICY = ChampionPolicy()


@dataclass(frozen=True)
class Standing:
    """Score statistics of one model in one slot; ``window``: the latest scores, oldest first."""

    model_id: str
    ema: float = 0.0
    samples: int = 0
    window: tuple[float, ...] = ()

    def updated(self, score: float, policy: ChampionPolicy = DEFAULT_POLICY) -> Standing:
        """Fold one score into the moving average (the first score seeds it) and the window."""
        ema = score if self.samples == 0 else policy.alpha * score + (1 - policy.alpha) * self.ema
        window = (*self.window, score)[-policy.window :]
        return replace(self, ema=ema, samples=self.samples + 1, window=window)

    @property
    def peak(self) -> float:
        """Highest score in the window (0 before the first score)."""
        return max(self.window, default=0.0)

    @property
    def low(self) -> float:
        """Lowest score in the window (0 before the first score)."""
        return min(self.window, default=0.0)

    @property
    def window_mean(self) -> float:
        """Plain mean of the window (0 before the first score)."""
        return sum(self.window) / len(self.window) if self.window else 0.0

    @property
    def trend(self) -> float:
        """Mean of the newer half of the window minus the older half; positive is improving."""
        half = len(self.window) // 2
        if half == 0:
            return 0.0
        older, newer = self.window[:half], self.window[-half:]
        return sum(newer) / half - sum(older) / half


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


class ChampionStore(Protocol):
    """Where slots live; every method is atomic with respect to every other caller."""

    async def slot(self, domain: str, task_type: str, max_age: float = 0.0) -> Slot:
        """Current standing of a slot; a copy up to ``max_age`` seconds old may answer."""
        ...

    async def slots(self) -> list[Slot]:
        """Every slot, in a stable order."""
        ...

    async def record(self, domain: str, task_type: str, model_id: str, score: float) -> Slot:
        """Fold a score into the standing of the model that earned it, then apply the rule."""
        ...

    async def promote(
        self, domain: str, task_type: str, model_id: str, actor: str, reason: str
    ) -> Slot:
        """Make ``model_id`` champion; the previous champion becomes challenger."""
        ...

    async def demote(self, domain: str, task_type: str, actor: str, reason: str) -> Slot:
        """Swap champion and challenger."""
        ...


def check_score(score: float) -> None:
    """Refuse scores outside [0, 1] (NaN included)."""
    if math.isnan(score) or not 0.0 <= score <= 1.0:
        raise InvalidArgumentError("score", "must be within [0, 1]")


def automatic_swap(slot: Slot, policy: ChampionPolicy, now: float) -> Slot:
    """The slot after the automatic rule: swapped when the challenger clearly leads."""
    champion, challenger = slot.champion, slot.challenger
    if (
        challenger is None
        or min(champion.samples, challenger.samples) < policy.min_samples
        or challenger.ema <= champion.ema * (1 + policy.margin)
    ):
        return slot
    reason = (
        f"challenger average {challenger.ema:.4f} beat champion {champion.ema:.4f} "
        f"by more than {policy.margin * 100:.0f}%"
    )
    return Slot(slot.domain, slot.task_type, challenger, champion, AUTO_ACTOR, now, reason)


class ChampionBoard:
    """The in-process store: all slots in memory, every mutation under one asyncio lock."""

    def __init__(
        self,
        model_ids: list[str],
        domains: Iterable[str],
        task_types: Iterable[str],
        policy: ChampionPolicy = DEFAULT_POLICY,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not model_ids:
            raise ValueError("the board needs at least one model")
        self._model_ids = list(model_ids)
        self._policy = policy
        self._clock = clock
        challenger = Standing(model_ids[1]) if len(model_ids) > 1 else None
        now = clock()
        self._slots = {
            (d, t): Slot(d, t, Standing(model_ids[0]), challenger, changed_at=now)
            for d in domains
            for t in task_types
        }
        self._lock = asyncio.Lock()

    async def slot(self, domain: str, task_type: str, max_age: float = 0.0) -> Slot:
        """Current standing of a slot (always current: ``max_age`` is for shared stores)."""
        return self._slots[(domain, task_type)]

    async def slots(self) -> list[Slot]:
        """Every slot, in a stable order."""
        return [self._slots[key] for key in sorted(self._slots)]

    async def record(self, domain: str, task_type: str, model_id: str, score: float) -> Slot:
        """Fold a score into the standing of the model that earned it, then apply the rule."""
        check_score(score)
        async with self._lock:
            slot = self._slots[(domain, task_type)]
            if slot.champion.model_id == model_id:
                slot = replace(slot, champion=slot.champion.updated(score, self._policy))
            elif slot.challenger is not None and slot.challenger.model_id == model_id:
                slot = replace(slot, challenger=slot.challenger.updated(score, self._policy))
            else:
                return slot
            slot = automatic_swap(slot, self._policy, self._clock())
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
                self._clock(),
                reason or "manual promotion",
            )
            self._slots[(domain, task_type)] = slot
            return slot

    async def demote(self, domain: str, task_type: str, actor: str, reason: str) -> Slot:
        """Swap champion and challenger."""
        async with self._lock:
            slot = self._slots[(domain, task_type)]
            if slot.challenger is None:
                raise no_challenger_error()
            slot = Slot(
                domain,
                task_type,
                slot.challenger,
                slot.champion,
                actor,
                self._clock(),
                reason or "manual demotion",
            )
            self._slots[(domain, task_type)] = slot
            return slot


def no_challenger_error() -> InvalidArgumentError:
    """The error for demoting in a slot that has only a champion."""
    return InvalidArgumentError(
        "domain", "this slot has no challenger to take the champion's place"
    )
