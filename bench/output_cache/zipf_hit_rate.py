"""Router output-cache hit rate on a Zipf workload: 1 vs 3 replicas, private vs shared (Redis).

Each "replica" is the router's real ``AnswerSharing`` (output cache + in-flight sharing) in front
of a stand-in provider that counts calls and answers after ``--provider-ms``. Requests go
round-robin over the replicas, ``--in-flight`` at a time. Reported per configuration: the share
of requests answered from the cache, from a shared in-flight call, and by a provider call.

    .venv/bin/python bench/output_cache/zipf_hit_rate.py --redis-url redis://127.0.0.1:6379/0
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import time
import uuid
from collections import Counter
from itertools import cycle
from pathlib import Path

from nf_core.redis_client import open_redis
from services.model_router.providers.base import GenerationRequest
from services.model_router.redis_state import Keys
from services.model_router.registry import ModelSpec, load_registry
from services.model_router.remote_flight import RedisFlights
from services.model_router.router import RouteOutcome, RouteRequest
from services.model_router.sharing import AnswerSharing, SharingConfig

REGISTRY = Path(__file__).resolve().parents[2] / "services" / "model_router" / "models.toml"
DOMAINS = ("literary", "market", "general")


def zipf_workload(keys: int, requests: int, s: float, seed: int) -> list[tuple[str, str]]:
    """``requests`` (domain, question) pairs drawn from ``keys`` distinct ones, Zipf(s) weights."""
    rng = random.Random(seed)
    catalogue = [
        (rng.choice(DOMAINS), f"question {n} about topic {rng.randrange(1000)}")
        for n in range(keys)
    ]
    weights = [1 / (rank**s) for rank in range(1, keys + 1)]
    return rng.choices(catalogue, weights=weights, k=requests)


def _request(spec: ModelSpec, domain: str, question: str) -> RouteRequest:
    generation = GenerationRequest(
        model_name=spec.model_name,
        system_prompt="Answer from the passages.",
        user_prompt=question,
        user_query=question,
        passages=[],
        task_type="qa",
        temperature=0.0,  # deterministic answers are the cacheable ones
        max_tokens=128,
    )
    return RouteRequest(domain, "qa", len(question) // 4, generation)


async def run(
    replicas: int,
    workload: list[tuple[str, str]],
    redis_url: str,
    provider_ms: float,
    in_flight: int,
) -> dict[str, object]:
    """Serve the workload; return where the answers came from."""
    spec = load_registry(REGISTRY)[0]
    provider_calls = 0

    async def provider(request: RouteRequest, deadline: float | None) -> RouteOutcome:
        nonlocal provider_calls
        provider_calls += 1
        await asyncio.sleep(provider_ms / 1000)
        text = f"answer to {request.generation.user_prompt}"
        return RouteOutcome(spec, text, "stop", 10, 10, round(provider_ms))

    config = SharingConfig(cache_ttl_seconds=300.0, cache_max_entries=100_000)
    clients = []
    sharings = []
    keys = Keys(f"nf:bench:{uuid.uuid4().hex[:8]}:")
    for _ in range(replicas):
        remote = None
        if redis_url:
            client = open_redis(redis_url)
            clients.append(client)
            remote = RedisFlights(client, keys)
        sharings.append(AnswerSharing(provider, [spec], config, remote=remote))
    sources: Counter[str] = Counter()
    gate = asyncio.Semaphore(in_flight)
    order = cycle(sharings)

    async def one(sharing: AnswerSharing, domain: str, question: str) -> None:
        async with gate:
            answer = await sharing.answer(_request(spec, domain, question), 30.0)
            sources[answer.source.value] += 1

    started = time.perf_counter()
    try:
        await asyncio.gather(*(one(next(order), d, q) for d, q in workload))
    finally:
        for client in clients:
            async for key in client.scan_iter(match=f"{keys.prefix}*"):
                await client.unlink(key)
            await client.aclose()
    total = len(workload)
    return {
        "replicas": replicas,
        "shared_redis": bool(redis_url),
        "requests": total,
        "cache_hit_rate": round(sources["cache"] / total, 4),
        "shared_in_flight_rate": round(sources["shared"] / total, 4),
        "provider_call_rate": round(provider_calls / total, 4),
        "answered_without_provider": round(1 - provider_calls / total, 4),
        "seconds": round(time.perf_counter() - started, 2),
    }


async def _main(args: argparse.Namespace) -> None:
    workload = zipf_workload(args.keys, args.requests, args.zipf_s, args.seed)
    rows = []
    for redis_url in ("", args.redis_url):
        for replicas in (1, 3):
            row = await run(replicas, workload, redis_url, args.provider_ms, args.in_flight)
            rows.append(row)
            print(json.dumps(row), flush=True)
    print(json.dumps({"keys": args.keys, "zipf_s": args.zipf_s, "rows": rows}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/0")
    parser.add_argument("--keys", type=int, default=2000)
    parser.add_argument("--requests", type=int, default=20000)
    parser.add_argument("--zipf-s", type=float, default=1.1)
    parser.add_argument("--provider-ms", type=float, default=5.0)
    parser.add_argument("--in-flight", type=int, default=16)
    parser.add_argument("--seed", type=int, default=7)
    asyncio.run(_main(parser.parse_args()))


if __name__ == "__main__":
    main()
