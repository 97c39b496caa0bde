"""TtlLruCache: expiry, LRU eviction, prefix invalidation and single-flight loading."""

from __future__ import annotations

import asyncio

import pytest

from nf_core.cache import TtlLruCache


class FakeClock:
    """A settable monotonic clock."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def _let_tasks_block() -> None:
    for _ in range(5):
        await asyncio.sleep(0)


def test_entry_is_live_until_its_ttl_elapses_and_gone_from_then_on() -> None:
    clock = FakeClock()
    cache: TtlLruCache[str] = TtlLruCache(max_entries=10, ttl_seconds=30.0, clock=clock)
    cache.put("k", "v")

    clock.now += 29.999
    assert cache.get("k") == "v"
    clock.now += 0.001
    assert cache.get("k") is None
    assert len(cache) == 0


def test_ttl_counts_from_the_latest_put_not_the_first() -> None:
    clock = FakeClock()
    cache: TtlLruCache[str] = TtlLruCache(max_entries=10, ttl_seconds=10.0, clock=clock)
    cache.put("k", "old")
    clock.now += 8
    cache.put("k", "new")
    clock.now += 8
    assert cache.get("k") == "new"


def test_least_recently_used_entry_is_evicted_when_full() -> None:
    cache: TtlLruCache[int] = TtlLruCache(max_entries=2, ttl_seconds=60.0, clock=FakeClock())
    cache.put("a", 1)
    cache.put("b", 2)
    assert cache.get("a") == 1  # "a" is now more recent than "b"
    cache.put("c", 3)

    assert cache.get("b") is None
    assert cache.get("a") == 1
    assert cache.get("c") == 3
    assert len(cache) == 2


def test_capacity_below_one_is_rejected() -> None:
    with pytest.raises(ValueError, match="max_entries"):
        TtlLruCache[int](max_entries=0, ttl_seconds=1.0)


def test_invalidate_prefix_drops_only_matching_keys_and_counts_them() -> None:
    cache: TtlLruCache[int] = TtlLruCache(max_entries=10, ttl_seconds=60.0, clock=FakeClock())
    cache.put("pack-a@1|q1", 1)
    cache.put("pack-a@1|q2", 2)
    cache.put("pack-ab@1|q1", 3)
    cache.put("other@1|q1", 4)

    assert cache.invalidate_prefix("pack-a@") == 2

    assert cache.get("pack-a@1|q1") is None
    assert cache.get("pack-a@1|q2") is None
    assert cache.get("pack-ab@1|q1") == 3
    assert cache.get("other@1|q1") == 4


async def test_concurrent_misses_on_one_key_call_the_loader_once() -> None:
    cache: TtlLruCache[str] = TtlLruCache(max_entries=10, ttl_seconds=60.0)
    release = asyncio.Event()
    calls = 0

    async def load() -> str:
        nonlocal calls
        calls += 1
        await release.wait()
        return "loaded"

    tasks = [asyncio.create_task(cache.get_or_load("key", load)) for _ in range(20)]
    await _let_tasks_block()
    release.set()
    results = await asyncio.gather(*tasks)

    assert calls == 1
    assert results == ["loaded"] * 20
    assert cache.stats.misses == 1
    assert cache.stats.hits == 19


async def test_loaded_value_is_served_from_cache_afterwards() -> None:
    cache: TtlLruCache[str] = TtlLruCache(max_entries=10, ttl_seconds=60.0)
    calls = 0

    async def load() -> str:
        nonlocal calls
        calls += 1
        return f"value-{calls}"

    assert await cache.get_or_load("key", load) == "value-1"
    assert await cache.get_or_load("key", load) == "value-1"
    assert calls == 1


async def test_failing_loader_propagates_to_every_waiter_and_next_call_retries() -> None:
    cache: TtlLruCache[str] = TtlLruCache(max_entries=10, ttl_seconds=60.0)
    release = asyncio.Event()
    calls = 0

    async def failing_load() -> str:
        nonlocal calls
        calls += 1
        await release.wait()
        raise ConnectionError("backend down")

    tasks = [asyncio.create_task(cache.get_or_load("key", failing_load)) for _ in range(20)]
    await _let_tasks_block()
    release.set()
    results = await asyncio.gather(*tasks, return_exceptions=True)

    assert calls == 1
    assert len(results) == 20
    assert all(isinstance(r, ConnectionError) for r in results)
    assert cache.get("key") is None

    async def good_load() -> str:
        nonlocal calls
        calls += 1
        return "recovered"

    assert await cache.get_or_load("key", good_load) == "recovered"
    assert calls == 2


async def test_expired_entry_is_reloaded() -> None:
    clock = FakeClock()
    cache: TtlLruCache[int] = TtlLruCache(max_entries=10, ttl_seconds=5.0, clock=clock)
    calls = 0

    async def load() -> int:
        nonlocal calls
        calls += 1
        return calls

    assert await cache.get_or_load("key", load) == 1
    clock.now += 5.0
    assert await cache.get_or_load("key", load) == 2
    assert cache.stats.misses == 2
    assert cache.stats.hit_rate == 0.0
