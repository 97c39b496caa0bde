"""Per-user and per-tenant request budgets (moving one-minute windows).

Counters live in process memory by default (``moving_window``) and in Redis when
``NF_REDIS_URL`` is set, so every replica draws from the same budget (the ``limits`` library's
moving window, atomic in Redis).
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from typing import Protocol

from limits import RateLimitItem, RateLimitItemPerMinute, WindowStats
from limits.aio.storage import RedisStorage
from limits.aio.strategies import MovingWindowRateLimiter

from nf_core.moving_window import InProcessMovingWindow


@dataclass(frozen=True)
class Verdict:
    """The outcome of one request against the budgets, with what the headers report."""

    allowed: bool
    scope: str
    limit: int
    remaining: int
    reset_seconds: int


class MovingWindow(Protocol):
    """Counts hits per key over a moving window (``limits``' strategy interface)."""

    async def hit(self, item: RateLimitItem, *identifiers: str, cost: int = 1) -> bool: ...

    async def get_window_stats(self, item: RateLimitItem, *identifiers: str) -> WindowStats: ...


def window_for(redis_url: str, key_prefix: str) -> MovingWindow:
    """The Redis moving window for ``redis://…`` URLs, process memory when empty."""
    if not redis_url:
        return InProcessMovingWindow()
    if not redis_url.startswith(("redis://", "rediss://")):
        raise ValueError("NF_REDIS_URL must start with redis:// or rediss://")
    storage = RedisStorage(f"async+{redis_url}", implementation="redispy", key_prefix=key_prefix)
    return MovingWindowRateLimiter(storage)


class RateLimiter:
    """Charges a request to its user's and its tenant's budget."""

    def __init__(
        self, window: MovingWindow, per_user_per_minute: int, per_tenant_per_minute: int
    ) -> None:
        self._window = window
        self._user = RateLimitItemPerMinute(per_user_per_minute)
        self._tenant = RateLimitItemPerMinute(per_tenant_per_minute)

    async def _verdict(
        self, allowed: bool, scope: str, item: RateLimitItemPerMinute, *identifiers: str
    ) -> Verdict:
        stats = await self._window.get_window_stats(item, *identifiers)
        reset = max(1, math.ceil(stats.reset_time - time.time()))
        return Verdict(allowed, scope, item.amount, max(0, stats.remaining), reset)

    async def charge(self, tenant: str, user: str) -> Verdict:
        """Count one request; the verdict names the budget that decided it.

        The user's budget is charged first; a request it admits but the tenant's budget refuses
        still used one unit of the user's budget.
        """
        if not await self._window.hit(self._user, "user", tenant, user):
            return await self._verdict(False, "user", self._user, "user", tenant, user)
        if not await self._window.hit(self._tenant, "tenant", tenant):
            return await self._verdict(False, "tenant", self._tenant, "tenant", tenant)
        return await self._verdict(True, "user", self._user, "user", tenant, user)
