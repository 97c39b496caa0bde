"""Window caches: keys with version and generation, Redis sharing, broadcast, stampede control."""

from __future__ import annotations

import asyncio
import random
import uuid
from collections.abc import AsyncIterator

import pytest
import redis.asyncio as aioredis

from nf_core.redis_client import open_redis
from services.context_builder.builder import ContextBuilder
from services.context_builder.packs import Pack
from services.context_builder.redis_cache import PREFIX, InvalidationBus, RedisWindowCache
from services.context_builder.retrieved import RetrievedContext
from services.context_builder.tiers import ContextSources
from services.context_builder.window_cache import (
    CacheEntry,
    MemoryWindowCache,
    WindowCache,
    decode_entry,
    encode_entry,
    query_suffix,
)

QUERY = "What makes a narrator unreliable?"


@pytest.fixture
async def redis_client(redis_url: str) -> AsyncIterator[aioredis.Redis]:
    client = open_redis(redis_url)
    await client.delete(f"{PREFIX}epoch")
    async for key in client.scan_iter(match=f"{PREFIX}*"):
        await client.unlink(key)
    yield client
    await client.aclose()


class CountingSources(ContextSources):
    """Local packs that count loads and can be slowed down."""

    def __init__(self, packs: dict[str, Pack], delay: float = 0.0) -> None:
        super().__init__(packs)
        self.loads = 0
        self.delay = delay

    async def retrieve(self, *args: object, **kwargs: object) -> RetrievedContext:
        self.loads += 1
        await asyncio.sleep(self.delay)
        return await super().retrieve(*args, **kwargs)  # type: ignore[arg-type]


async def test_entries_round_trip_through_the_codec(bundled_packs: dict[str, Pack]) -> None:
    window = await ContextBuilder(
        ContextSources(bundled_packs), MemoryWindowCache(10, 60.0), 4
    ).build("literary-demo", "literary", QUERY)
    entry = CacheEntry(window, 0.002, 1234.5)

    assert decode_entry(encode_entry(entry)) == entry


def test_query_suffix_ignores_case_and_spacing_but_not_the_window_size() -> None:
    assert query_suffix("  What IS   it? ", 6) == query_suffix("what is it?", 6)
    assert query_suffix("what is it?", 6) != query_suffix("what is it?", 5)


def test_early_refresh_probability_rises_towards_expiry() -> None:
    rng = random.Random(5)
    entry = CacheEntry(None, compute_seconds=0.1, expires_at=100.0)  # type: ignore[arg-type]

    far = sum(entry.should_refresh_early(1.0, 50.0, rng) for _ in range(1000))
    near = sum(entry.should_refresh_early(1.0, 99.9, rng) for _ in range(1000))

    assert far == 0
    assert 300 < near < 450  # P(-ln U >= 1) = 1/e
    assert not entry.should_refresh_early(0.0, 99.99, rng)


async def test_concurrent_misses_share_one_load(bundled_packs: dict[str, Pack]) -> None:
    sources = CountingSources(bundled_packs, delay=0.05)
    builder = ContextBuilder(sources, MemoryWindowCache(10, 60.0), 6)

    windows = await asyncio.gather(
        *(builder.build("literary-demo", "literary", QUERY) for _ in range(20))
    )

    assert sources.loads == 1
    assert all(w == windows[0] for w in windows)
    assert builder.stats.misses == 1
    assert builder.stats.hits == 19


async def test_a_hit_near_expiry_refreshes_in_the_background(
    bundled_packs: dict[str, Pack],
) -> None:
    now = [1000.0]
    sources = CountingSources(bundled_packs)
    builder = ContextBuilder(
        sources,
        MemoryWindowCache(10, 60.0),
        6,
        ttl_seconds=60.0,
        early_refresh_beta=1e12,  # any hit refreshes: makes the test deterministic
        wall_clock=lambda: now[0],
    )
    await builder.build("literary-demo", "literary", QUERY)
    await builder.build("literary-demo", "literary", QUERY)
    await asyncio.sleep(0.05)

    assert sources.loads == 2
    assert builder.stats.hits == 1


async def test_invalidation_changes_the_key_so_old_windows_are_never_read(
    bundled_packs: dict[str, Pack], redis_client: aioredis.Redis
) -> None:
    for cache in (MemoryWindowCache(10, 60.0), RedisWindowCache(redis_client, 60.0)):
        await _old_windows_are_never_read(bundled_packs, cache)


async def _old_windows_are_never_read(bundled_packs: dict[str, Pack], cache: WindowCache) -> None:
    sources = CountingSources(bundled_packs)
    builder = ContextBuilder(sources, cache, 6, early_refresh_beta=0.0)
    await builder.build("literary-demo", "literary", QUERY)
    await builder.build("literary-demo", "literary", QUERY)

    result = await builder.invalidate("literary-demo", "2099.1")
    after_first = sources.loads
    again = await builder.build("literary-demo", "literary", QUERY)
    token, _ = await cache.lookup("literary-demo", "2026.11.1", query_suffix(QUERY, 6))

    assert after_first == 1
    assert sources.loads == 2
    assert result.generation == 1
    assert token.startswith("2099.1~1~")
    assert again.pack.pack_id == "literary-demo"


async def test_replicas_sharing_redis_share_hits(
    bundled_packs: dict[str, Pack], redis_client: aioredis.Redis
) -> None:
    replicas = [
        ContextBuilder(CountingSources(bundled_packs), RedisWindowCache(redis_client, 60.0), 6)
        for _ in range(3)
    ]

    for builder in replicas:
        await builder.build("market-demo", "market", "How do I size a market?")

    assert sum(b.stats.misses for b in replicas) == 1
    assert sum(b.stats.hits for b in replicas) == 2


async def test_invalidation_is_broadcast_to_other_replicas(
    bundled_packs: dict[str, Pack], redis_url: str
) -> None:
    heard: list[str] = []
    listener_client = open_redis(redis_url, None)
    publisher_client = open_redis(redis_url, None)
    listener = InvalidationBus(listener_client, "replica-b", heard.append)
    publisher = InvalidationBus(publisher_client, "replica-a", heard.append)
    listener.start()
    try:
        await asyncio.wait_for(listener.subscribed.wait(), 5)
        pack = f"pack-{uuid.uuid4().hex[:6]}"
        await publisher.publish(pack, 3)
        for _ in range(100):
            if heard:
                break
            await asyncio.sleep(0.01)
    finally:
        await listener.stop()
        await listener_client.aclose()
        await publisher_client.aclose()

    assert heard == [pack]
    assert listener.stats.seen[pack] == 3
