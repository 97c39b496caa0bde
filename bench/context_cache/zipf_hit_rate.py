"""Window-cache hit rate on a Zipf workload: 1 vs 3 replicas, private vs shared (Redis) caches.

Also measures how long an invalidation broadcast takes to reach three replicas.

Run: ``.venv/bin/python bench/context_cache/zipf_hit_rate.py --redis-url redis://127.0.0.1:6379/0``
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import time
from collections.abc import Callable
from itertools import cycle

from nf_core.redis_client import open_redis
from services.context_builder.builder import ContextBuilder
from services.context_builder.packs import load_packs
from services.context_builder.redis_cache import InvalidationBus, RedisWindowCache
from services.context_builder.settings import BUNDLED_PACKS_DIR
from services.context_builder.tiers import ContextSources
from services.context_builder.window_cache import MemoryWindowCache, WindowCache

PACKS = {"literary-demo": "literary", "market-demo": "market", "general-demo": "general"}
WORDS = [
    "narrator",
    "unreliable",
    "market",
    "size",
    "customer",
    "value",
    "churn",
    "price",
    "theme",
    "plot",
    "voice",
    "segment",
    "growth",
    "margin",
    "irony",
    "tone",
    "structure",
    "demand",
    "supply",
    "risk",
    "metric",
]


def zipf_workload(keys: int, requests: int, s: float, seed: int) -> list[tuple[str, str]]:
    """``requests`` (pack, query) pairs drawn from ``keys`` distinct ones with Zipf(s) weights."""
    rng = random.Random(seed)
    catalogue = [
        (rng.choice(list(PACKS)), " ".join(rng.sample(WORDS, 3)) + f" {n}") for n in range(keys)
    ]
    weights = [1 / (rank**s) for rank in range(1, keys + 1)]
    return rng.choices(catalogue, weights=weights, k=requests)


async def hit_rate(
    caches: list[WindowCache], workload: list[tuple[str, str]], workers: int
) -> float:
    """Replay the workload round-robin over one builder per cache with ``workers`` in flight."""
    sources = ContextSources(load_packs(BUNDLED_PACKS_DIR))
    builders = [ContextBuilder(sources, cache, 6, early_refresh_beta=0.0) for cache in caches]
    assignment = list(zip(cycle(builders), workload, strict=False))
    queue: asyncio.Queue[tuple[ContextBuilder, tuple[str, str]]] = asyncio.Queue()
    for item in assignment:
        queue.put_nowait(item)

    async def worker() -> None:
        while not queue.empty():
            builder, (pack, query) = queue.get_nowait()
            await builder.build(pack, PACKS[pack], query)

    await asyncio.gather(*(worker() for _ in range(workers)))
    hits = sum(b.stats.hits for b in builders)
    misses = sum(b.stats.misses for b in builders)
    return hits / (hits + misses)


async def flush(url: str) -> None:
    client = open_redis(url)
    async for key in client.scan_iter(match="nf:ctx:*"):
        await client.unlink(key)
    await client.aclose()


def _setter(event: asyncio.Event) -> Callable[[str], None]:
    return lambda _pack: event.set()


async def propagation(url: str, trials: int) -> list[float]:
    """Seconds from publishing an invalidation until three other replicas have applied it."""
    received: list[asyncio.Event] = []
    listeners = []
    for n in range(3):
        event = asyncio.Event()
        received.append(event)
        bus = InvalidationBus(open_redis(url, None), f"replica-{n}", _setter(event))
        bus.start()
        listeners.append(bus)
    for bus in listeners:
        await asyncio.wait_for(bus.subscribed.wait(), 5)
    publisher = InvalidationBus(open_redis(url, None), "origin", lambda _p: None)
    samples = []
    for trial in range(trials):
        for event in received:
            event.clear()
        started = time.perf_counter()
        await publisher.publish("literary-demo", trial + 1)
        await asyncio.gather(*(event.wait() for event in received))
        samples.append(time.perf_counter() - started)
    for bus in listeners:
        await bus.stop()
    return samples


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/0")
    parser.add_argument("--keys", type=int, default=2000)
    parser.add_argument("--requests", type=int, default=20000)
    parser.add_argument("--zipf-s", type=float, default=1.1)
    parser.add_argument("--workers", type=int, default=16)
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()
    workload = zipf_workload(args.keys, args.requests, args.zipf_s, args.seed)
    print(
        f"workload: {args.requests} requests over {args.keys} keys, Zipf s={args.zipf_s}, "
        f"{args.workers} in flight, round-robin over replicas"
    )
    for replicas in (1, 3):
        private = await hit_rate(
            [MemoryWindowCache(10_000, 300.0) for _ in range(replicas)], workload, args.workers
        )
        await flush(args.redis_url)
        clients = [open_redis(args.redis_url) for _ in range(replicas)]
        started = time.perf_counter()
        shared = await hit_rate(
            [RedisWindowCache(c, 300.0) for c in clients], workload, args.workers
        )
        elapsed = time.perf_counter() - started
        for client in clients:
            await client.aclose()
        print(
            f"{replicas} replica(s): in-process caches {private:.1%}, "
            f"shared Redis cache {shared:.1%} ({args.requests / elapsed:,.0f} req/s)"
        )
    samples = sorted(await propagation(args.redis_url, 200))
    print(
        "invalidation broadcast to 3 replicas: "
        f"p50 {statistics.median(samples) * 1e3:.2f} ms, "
        f"p99 {samples[int(len(samples) * 0.99) - 1] * 1e3:.2f} ms, max {samples[-1] * 1e3:.2f} ms"
    )
    await flush(args.redis_url)


if __name__ == "__main__":
    asyncio.run(main())
