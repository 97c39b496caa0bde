"""In-process cache: LRU with per-entry TTL and single-flight loading.

Single-flight means concurrent misses on one key share one load, so a popular key expiring
does not send a burst of identical requests to the backend.
"""

from __future__ import annotations

import asyncio
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

V = TypeVar("V")


@dataclass
class CacheStats:
    """Counters for hit-rate reporting."""

    hits: int = 0
    misses: int = 0

    @property
    def hit_rate(self) -> float:
        """Hits over lookups; 0 before the first lookup."""
        total = self.hits + self.misses
        return self.hits / total if total else 0.0


class SingleFlight(Generic[V]):
    """Concurrent loads of one key share one call: the first runs it, the others join it."""

    def __init__(self) -> None:
        self._loading: dict[str, asyncio.Future[V]] = {}

    def __contains__(self, key: str) -> bool:
        return key in self._loading

    def pending(self, key: str) -> asyncio.Future[V] | None:
        """The running load of ``key`` to join (through ``asyncio.shield``), or None."""
        return self._loading.get(key)

    async def run(self, key: str, load: Callable[[], Awaitable[V]]) -> V:
        """Run ``load`` as the one load of ``key``; joiners get its result or its error."""
        future: asyncio.Future[V] = asyncio.get_running_loop().create_future()
        self._loading[key] = future
        try:
            value = await load()
        except BaseException as error:
            future.set_exception(error)
            future.exception()  # mark retrieved so an unobserved failure is not logged
            raise
        finally:
            self._loading.pop(key, None)
        future.set_result(value)
        return value


class TtlLruCache(Generic[V]):
    """Bounded LRU cache whose entries expire ``ttl_seconds`` after they were stored.

    Args:
        max_entries: Capacity; the least recently used entry is evicted beyond it.
        ttl_seconds: Lifetime of an entry.
        clock: Monotonic clock, injectable for tests.
    """

    def __init__(
        self,
        max_entries: int,
        ttl_seconds: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if max_entries < 1:
            raise ValueError("max_entries must be at least 1")
        self._entries: OrderedDict[str, tuple[float, V]] = OrderedDict()
        self._max_entries = max_entries
        self._ttl = ttl_seconds
        self._clock = clock
        self._flights: SingleFlight[V] = SingleFlight()
        self.stats = CacheStats()

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, key: str) -> V | None:
        """Return a live entry and mark it recently used, or None."""
        entry = self._entries.get(key)
        if entry is None:
            return None
        expires_at, value = entry
        if expires_at <= self._clock():
            del self._entries[key]
            return None
        self._entries.move_to_end(key)
        return value

    def put(self, key: str, value: V) -> None:
        """Store a value, evicting the least recently used entry when full."""
        self._entries[key] = (self._clock() + self._ttl, value)
        self._entries.move_to_end(key)
        while len(self._entries) > self._max_entries:
            self._entries.popitem(last=False)

    def invalidate_prefix(self, prefix: str) -> int:
        """Drop every entry whose key starts with ``prefix``; return how many."""
        doomed = [key for key in self._entries if key.startswith(prefix)]
        for key in doomed:
            del self._entries[key]
        return len(doomed)

    async def get_or_load(self, key: str, load: Callable[[], Awaitable[V]]) -> V:
        """Return the cached value or load it once, however many callers miss at the same time."""
        value = self.get(key)
        if value is not None:
            self.stats.hits += 1
            return value
        pending = self._flights.pending(key)
        if pending is not None:
            self.stats.hits += 1
            return await asyncio.shield(pending)
        self.stats.misses += 1
        value = await self._flights.run(key, load)
        self.put(key, value)
        return value
