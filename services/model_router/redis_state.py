"""The router's Redis connection and key names (``NF_REDIS_URL``, ``NF_ROUTER_STATE_PREFIX``)."""

from __future__ import annotations

import redis.asyncio as aioredis

MAX_CONNECTIONS = 32
POOL_WAIT_SECONDS = 5.0


def open_redis(url: str, timeout_seconds: float = 1.0) -> aioredis.Redis:
    """A client for ``redis://`` / ``rediss://`` URLs with short socket timeouts and a bounded,
    blocking connection pool.

    Raises:
        ValueError: the URL has another scheme.
    """
    if not url.startswith(("redis://", "rediss://")):
        raise ValueError("NF_REDIS_URL must start with redis:// or rediss://")
    # A bounded pool that makes callers queue for a connection: a burst of requests (a thousand
    # concurrent score updates) must wait its turn, not fail with "Too many connections".
    pool = aioredis.BlockingConnectionPool.from_url(
        url,
        max_connections=MAX_CONNECTIONS,
        timeout=POOL_WAIT_SECONDS,
        socket_timeout=timeout_seconds,
        socket_connect_timeout=timeout_seconds,
        health_check_interval=30,
    )
    client: aioredis.Redis = aioredis.Redis.from_pool(pool)  # closing it closes the pool
    return client


class Keys:
    """Every key the router writes starts with one prefix, so deployments (and tests) can share
    a Redis without colliding and an operator can find or drop the router's state."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix

    def slot(self, domain: str, task_type: str) -> str:
        """The hash holding one champion slot."""
        return f"{self.prefix}champion:{domain}:{task_type}"

    # The request key is a hash tag ({...}): one request's keys share a Redis Cluster slot, so
    # one script may touch them all.
    def lock(self, request_key: str) -> str:
        """Held by the replica calling the provider for an in-flight request."""
        return f"{self.prefix}flight:{{{request_key}}}"

    def shared(self, request_key: str) -> str:
        """A finished answer, kept for the de-duplication window."""
        return f"{self.prefix}shared:{{{request_key}}}"

    def cached(self, request_key: str) -> str:
        """A finished answer in the output cache."""
        return f"{self.prefix}cache:{{{request_key}}}"


def fields_of(reply: list[bytes]) -> dict[str, str]:
    """A flat ``HGETALL`` array reply (as Lua returns it) as a dict."""
    texts = [item.decode() for item in reply]
    return dict(zip(texts[::2], texts[1::2], strict=True))
