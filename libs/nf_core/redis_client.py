"""One way to open an asyncio Redis client from ``NF_REDIS_URL``."""

from __future__ import annotations

import redis.asyncio as aioredis


def open_redis(url: str, timeout_seconds: float | None = 1.0) -> aioredis.Redis:
    """A client for ``redis://`` / ``rediss://`` URLs with short socket timeouts.

    Pass ``timeout_seconds=None`` for pub/sub listeners, which block on reads by design.

    Raises:
        ValueError: the URL has another scheme.
    """
    if not url.startswith(("redis://", "rediss://")):
        raise ValueError("NF_REDIS_URL must start with redis:// or rediss://")
    client: aioredis.Redis = aioredis.Redis.from_url(
        url,
        socket_timeout=timeout_seconds,
        socket_connect_timeout=timeout_seconds,
        health_check_interval=30,
    )
    return client
