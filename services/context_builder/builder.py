"""Builds a context window: validation, cached retrieval with stampede protection, tiers.

Concurrent misses of one key share one load (single-flight); hits close to expiry refresh the
window in the background with a probability rising towards expiry (XFetch), so a popular key
is recomputed once instead of by a crowd.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Awaitable, Callable

from redis.exceptions import RedisError

from nf_core.cache import CacheStats, SingleFlight
from nf_core.metrics import CACHE_LOOKUPS
from nf_core.tracing import annotate
from services.context_builder import metrics
from services.context_builder.metrics import WINDOW_CACHE
from services.context_builder.packs import Pack
from services.context_builder.retrieved import RetrievedContext, Tier
from services.context_builder.tiers import ContextSources
from services.context_builder.window_cache import (
    CacheEntry,
    Invalidation,
    WindowCache,
    query_suffix,
    window_key,
)

logger = logging.getLogger(__name__)

# Time kept back from the caller's deadline for the fallback tiers after a DataForge failure.
_FALLBACK_RESERVE_SECONDS = 0.05
# Background refreshes get this long when there is no caller deadline.
_REFRESH_BUDGET_SECONDS = 5.0

Publisher = Callable[[str, int], Awaitable[None]]


class ContextBuilder:
    """Serves context windows from the best tier through a window cache.

    Args:
        sources: The tiers (local packs, optionally DataForge and the last-known-good store).
        cache: The window cache backend (in process or Redis).
        default_max_chunks: Passages per window when the request names none.
        ttl_seconds: Lifetime of a cached window.
        early_refresh_beta: XFetch strength; 0 disables early refresh.
    """

    def __init__(
        self,
        sources: ContextSources,
        cache: WindowCache,
        default_max_chunks: int,
        ttl_seconds: float = 300.0,
        early_refresh_beta: float = 1.0,
        rng: random.Random | None = None,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        self._sources = sources
        self._cache = cache
        self._default_max_chunks = default_max_chunks
        self._ttl = ttl_seconds
        self._beta = early_refresh_beta
        self._rng = rng or random.Random()
        self._now = wall_clock
        self._loading: SingleFlight[RetrievedContext] = SingleFlight()
        self._refreshing: set[asyncio.Task[None]] = set()
        self.publishers: list[Publisher] = []

    @property
    def cache(self) -> WindowCache:
        """The window cache (for stats)."""
        return self._cache

    @property
    def stats(self) -> CacheStats:
        """Hits and misses seen by this replica."""
        return self._cache.stats

    @property
    def sources(self) -> ContextSources:
        """The tiers."""
        return self._sources

    def pack(self, pack_id: str, domain: str) -> Pack | None:
        """Validate a request's pack id and domain; the local pack when there is one."""
        return self._sources.validate(pack_id, domain)

    async def build(
        self,
        pack_id: str,
        domain: str,
        query: str,
        max_chunks: int = 0,
        remaining_seconds: float | None = None,
    ) -> RetrievedContext:
        """Return the ranked window for ``query`` from ``pack_id``.

        Args:
            remaining_seconds: Time left in the caller's deadline (None: no deadline).
        """
        local = self._sources.validate(pack_id, domain)
        limit = max_chunks or self._default_max_chunks
        suffix = query_suffix(query, limit)
        version = "-" if self._sources.dataforge is not None else local.manifest.version  # type: ignore[union-attr]
        deadline = (
            None
            if remaining_seconds is None
            else time.monotonic() + remaining_seconds - _FALLBACK_RESERVE_SECONDS
        )
        try:
            token, entry = await self._cache.lookup(pack_id, version, suffix)
        except RedisError as error:  # a cache outage costs latency, never answers
            logger.warning("window cache unavailable (%s); serving uncached", error)
            CACHE_LOOKUPS.labels(WINDOW_CACHE, "error").inc()
            annotate(cache="error")
            window = await self._sources.retrieve(pack_id, domain, query, limit, local, deadline)
            return self._served(window)
        if entry is not None:
            self._cache.stats.hits += 1
            CACHE_LOOKUPS.labels(WINDOW_CACHE, "hit").inc()
            annotate(cache="hit")
            if entry.should_refresh_early(self._beta, self._now(), self._rng):
                self._refresh_in_background(pack_id, domain, query, limit, local, token, suffix)
            return self._served(entry.value)
        key = window_key(pack_id, token, suffix)
        pending = self._loading.pending(key)
        if pending is not None:
            self._cache.stats.hits += 1
            CACHE_LOOKUPS.labels(WINDOW_CACHE, "joined").inc()
            annotate(cache="joined")
            return self._served(await asyncio.shield(pending))
        self._cache.stats.misses += 1
        CACHE_LOOKUPS.labels(WINDOW_CACHE, "miss").inc()
        annotate(cache="miss")
        window = await self._load(
            key, pack_id, domain, query, limit, local, token, suffix, deadline
        )
        return self._served(window)

    @staticmethod
    def _served(window: RetrievedContext) -> RetrievedContext:
        metrics.WINDOWS_SERVED.labels(window.tier.value, str(window.degraded).lower()).inc()
        return window

    async def _load(
        self,
        key: str,
        pack_id: str,
        domain: str,
        query: str,
        limit: int,
        local: Pack | None,
        token: str,
        suffix: str,
        deadline: float | None,
    ) -> RetrievedContext:
        """Load once per key however many callers miss together, then store."""
        started = time.perf_counter()
        window = await self._loading.run(
            key, lambda: self._sources.retrieve(pack_id, domain, query, limit, local, deadline)
        )
        if self._cacheable(window, token):
            entry = CacheEntry(window, time.perf_counter() - started, self._now() + self._ttl)
            try:
                await self._cache.store(pack_id, token, suffix, entry)
            except RedisError as error:
                logger.warning("could not cache a window (%s)", error)
        return window

    def _cacheable(self, window: RetrievedContext, token: str) -> bool:
        if self._sources.dataforge is None:
            return True
        if window.tier is not Tier.DATAFORGE:
            return False  # degraded answers must not outlive the outage that caused them
        # After a context-updated event named a version, only that version may fill the cache.
        announced = token.split("~", 1)[0]
        return announced in ("-", window.pack.version)

    def _refresh_in_background(
        self,
        pack_id: str,
        domain: str,
        query: str,
        limit: int,
        local: Pack | None,
        token: str,
        suffix: str,
    ) -> None:
        key = window_key(pack_id, token, suffix)
        if key in self._loading:
            return
        deadline = time.monotonic() + _REFRESH_BUDGET_SECONDS

        async def refresh() -> None:
            try:
                await self._load(key, pack_id, domain, query, limit, local, token, suffix, deadline)
            except Exception as error:  # the caller already has its answer
                logger.info("early refresh of %s failed: %s", pack_id, error)

        task = asyncio.create_task(refresh())
        self._refreshing.add(task)
        task.add_done_callback(self._refreshing.discard)

    async def invalidate(self, pack_id: str, version: str = "") -> Invalidation:
        """Invalidate one pack (every pack when empty) here and on every replica."""
        result = await self._cache.invalidate(pack_id, version)
        self.drop_local(pack_id)
        for publish in self.publishers:
            await publish(pack_id, result.generation)
        return result

    def drop_local(self, pack_id: str) -> int:
        """Forget in-process state of a pack (a remote replica invalidated it)."""
        if self._sources.lkg is not None:
            self._sources.lkg.forget_index(pack_id)
        return self._cache.drop_local(pack_id)
