"""Champion stores for the router's unit tests: the in-process board and the Redis store."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Callable, Iterable

import pytest
import redis.asyncio as aioredis

from services.model_router.champion import DEFAULT_POLICY, ChampionBoard, ChampionPolicy
from services.model_router.champion_redis import RedisChampionStore
from services.model_router.redis_state import Keys, open_redis

DOMAINS = ("literary", "market")
TASKS = ("analysis", "reasoning")
MODELS = ["m-champ", "m-chall", "m-third"]


MakeStore = Callable[..., ChampionBoard | RedisChampionStore]


async def _drop(client: aioredis.Redis, prefix: str) -> None:
    keys = [key async for key in client.scan_iter(match=f"{prefix}*")]
    if keys:
        await client.delete(*keys)


@pytest.fixture
async def redis_client(redis_url: str) -> AsyncIterator[aioredis.Redis]:
    """An asyncio Redis client for one test."""
    client = open_redis(redis_url)
    yield client
    await client.aclose()


@pytest.fixture
async def state_prefix(redis_client: aioredis.Redis) -> AsyncIterator[str]:
    """A key prefix of one test's own; its keys are dropped afterwards."""
    prefix = f"nf:test:{uuid.uuid4().hex[:10]}:"
    yield prefix
    await _drop(redis_client, prefix)


@pytest.fixture(params=["memory", "redis"])
def make_store(
    request: pytest.FixtureRequest,
) -> MakeStore:
    """Builds the in-process board, or a Redis store on a fresh prefix (same signature)."""
    if request.param == "memory":

        def memory(
            model_ids: list[str] = MODELS,
            policy: ChampionPolicy = DEFAULT_POLICY,
            clock: Callable[[], float] | None = None,
            domains: Iterable[str] = DOMAINS,
        ) -> ChampionBoard:
            if clock is None:
                return ChampionBoard(model_ids, domains, TASKS, policy)
            return ChampionBoard(model_ids, domains, TASKS, policy, clock)

        return memory
    client: aioredis.Redis = request.getfixturevalue("redis_client")
    prefix: str = request.getfixturevalue("state_prefix")

    def shared(
        model_ids: list[str] = MODELS,
        policy: ChampionPolicy = DEFAULT_POLICY,
        clock: Callable[[], float] | None = None,
        domains: Iterable[str] = DOMAINS,
    ) -> RedisChampionStore:
        if clock is None:
            return RedisChampionStore(client, Keys(prefix), model_ids, domains, TASKS, policy)
        return RedisChampionStore(client, Keys(prefix), model_ids, domains, TASKS, policy, clock)

    return shared
