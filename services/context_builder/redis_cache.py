"""The shared window cache in Redis, and the invalidation broadcast over Redis pub/sub.

A hit costs one round trip: a Lua script reads the pack's generation and the window stored
under the resulting key together. Invalidation bumps the generation atomically, so once it has
returned no replica can compute the old key again; the broadcast then lets every replica drop
whatever it holds in process (in-memory windows, last-known-good indexes).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import redis.asyncio as aioredis
from redis.exceptions import RedisError

from nf_core.cache import CacheStats
from services.context_builder.window_cache import (
    CacheEntry,
    Invalidation,
    decode_entry,
    encode_entry,
    window_key,
)

logger = logging.getLogger(__name__)

PREFIX = "nf:ctx:"
CHANNEL = "nf:ctx:invalidations"

# KEYS[1] pack state hash, KEYS[2] global epoch; ARGV[1] default version, ARGV[2] key head
# ("<prefix>w:<pack>@"), ARGV[3] key tail ("|<suffix>").
_LOOKUP = """
local state = redis.call('HMGET', KEYS[1], 'v', 'g')
local version = state[1] or ARGV[1]
local token = version .. '~' .. (state[2] or '0') .. '~' .. (redis.call('GET', KEYS[2]) or '0')
return {token, redis.call('GET', ARGV[2] .. token .. ARGV[3])}
"""
# KEYS[1] pack state hash (or the epoch key when ARGV[2] is empty); ARGV[1] new version.
_INVALIDATE = """
if ARGV[2] == '' then return redis.call('INCR', KEYS[1]) end
if ARGV[1] ~= '' then redis.call('HSET', KEYS[1], 'v', ARGV[1]) end
return redis.call('HINCRBY', KEYS[1], 'g', 1)
"""


class RedisWindowCache:
    """Windows shared by every replica; TTL enforced by Redis."""

    name = "redis"

    def __init__(self, client: aioredis.Redis, ttl_seconds: float) -> None:
        self._redis = client
        self._ttl_ms = max(1, int(ttl_seconds * 1000))
        self._lookup = client.register_script(_LOOKUP)
        self._invalidate = client.register_script(_INVALIDATE)
        self.stats = CacheStats()

    def __len__(self) -> int:
        return 0  # not tracked per replica; see Redis INFO keyspace

    async def lookup(
        self, pack_id: str, version: str, suffix: str
    ) -> tuple[str, CacheEntry | None]:
        token, payload = await self._lookup(
            keys=[f"{PREFIX}pack:{pack_id}", f"{PREFIX}epoch"],
            args=[version or "-", f"{PREFIX}w:{pack_id}@", f"|{suffix}"],
        )
        token_text = token.decode() if isinstance(token, bytes) else str(token)
        return token_text, None if payload is None else decode_entry(payload)

    async def store(self, pack_id: str, token: str, suffix: str, entry: CacheEntry) -> None:
        key = f"{PREFIX}w:{window_key(pack_id, token, suffix)}"
        await self._redis.set(key, encode_entry(entry), px=self._ttl_ms)

    async def invalidate(self, pack_id: str, version: str) -> Invalidation:
        state_key = f"{PREFIX}pack:{pack_id}" if pack_id else f"{PREFIX}epoch"
        generation = int(await self._invalidate(keys=[state_key], args=[version, pack_id]))
        dropped = 0
        pattern = f"{PREFIX}w:{pack_id}@*" if pack_id else f"{PREFIX}w:*"
        # Old keys can no longer be read; deleting them just returns memory sooner.
        async for key in self._redis.scan_iter(match=pattern, count=1000):
            dropped += int(await self._redis.unlink(key))
        return Invalidation(generation, dropped)

    def drop_local(self, pack_id: str) -> int:
        return 0


@dataclass
class BusStats:
    """What this replica has heard on the invalidation channel."""

    received: int = 0
    last_pack_id: str = ""
    last_generation: int = 0
    last_received_at: float = 0.0
    seen: dict[str, int] = field(default_factory=dict)


class InvalidationBus:
    """Publishes invalidations and applies those of other replicas.

    Args:
        client: Redis client.
        replica_id: Identifies this process, so it skips its own messages.
        on_invalidate: Called with the pack id (empty = every pack) of each remote invalidation.
    """

    def __init__(
        self, client: aioredis.Redis, replica_id: str, on_invalidate: Callable[[str], None]
    ) -> None:
        self._redis = client
        self._replica_id = replica_id
        self._on_invalidate = on_invalidate
        self._task: asyncio.Task[None] | None = None
        self.stats = BusStats()
        self.subscribed = asyncio.Event()

    async def publish(self, pack_id: str, generation: int) -> None:
        """Tell every replica that a pack changed."""
        message = json.dumps(
            {"pack_id": pack_id, "generation": generation, "origin": self._replica_id}
        )
        await self._redis.publish(CHANNEL, message)

    def start(self) -> None:
        """Listen in the background (reconnecting after Redis errors)."""
        self._task = asyncio.create_task(self._listen_forever())

    async def stop(self) -> None:
        """Stop listening."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    def _apply(self, raw: bytes) -> None:
        try:
            message = json.loads(raw)
            pack_id = str(message["pack_id"])
            generation = int(message["generation"])
        except (ValueError, KeyError, TypeError):
            logger.warning("ignoring a malformed invalidation message")
            return
        stats = self.stats
        stats.received += 1
        stats.last_pack_id = pack_id
        stats.last_generation = generation
        stats.last_received_at = time.time()
        stats.seen[pack_id] = max(stats.seen.get(pack_id, 0), generation)
        if message.get("origin") != self._replica_id:
            self._on_invalidate(pack_id)

    async def _listen_forever(self) -> None:
        while True:
            try:
                async with self._redis.pubsub() as pubsub:
                    await pubsub.subscribe(CHANNEL)
                    self.subscribed.set()
                    async for message in pubsub.listen():
                        if message.get("type") == "message":
                            self._apply(message["data"])
            except (RedisError, OSError) as error:
                self.subscribed.clear()
                logger.warning("invalidation channel lost (%s); reconnecting", error)
                await asyncio.sleep(1.0)
