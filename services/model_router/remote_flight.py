"""Cross-replica de-duplication and output cache in Redis.

The first replica to see a request takes a short lock (``SET NX PX``) and, when it has the
answer, publishes it for the de-duplication window (and in the output cache when cacheable).
Replicas that find the lock taken poll for the published answer; when the lock disappears
without one (the leader failed or died) they call the provider themselves. Checking the cache,
a fresh shared answer and taking the lock is one script, so the common path costs one round
trip; publishing is a second one, after the answer is known.
"""

from __future__ import annotations

import asyncio
import secrets
from dataclasses import dataclass
from enum import StrEnum

import redis.asyncio as aioredis

from services.model_router.redis_state import Keys

# KEYS: cache, shared, lock. ARGV: use the cache ("1"/"0"), lock token, lock lifetime (ms).
_CLAIM = """
if ARGV[1] == '1' then
  local cached = redis.call('GET', KEYS[1])
  if cached then return {'cache', cached} end
end
local shared = redis.call('GET', KEYS[2])
if shared then return {'shared', shared} end
if redis.call('SET', KEYS[3], ARGV[2], 'NX', 'PX', ARGV[3]) then return {'lead', ''} end
return {'follow', ''}
"""

# KEYS: shared, lock. Returns the shared answer, "wait" while the lock is held, or "gone".
_PEEK = """
local shared = redis.call('GET', KEYS[1])
if shared then return {'shared', shared} end
if redis.call('EXISTS', KEYS[2]) == 1 then return {'wait', ''} end
return {'gone', ''}
"""

# KEYS: shared, cache, lock. ARGV: answer ("" = none), window (ms), cache TTL (ms), lock token.
_PUBLISH = """
if ARGV[1] ~= '' then
  if tonumber(ARGV[2]) > 0 then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) end
  if tonumber(ARGV[3]) > 0 then redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[3]) end
end
if redis.call('GET', KEYS[3]) == ARGV[4] then redis.call('DEL', KEYS[3]) end
return 1
"""

_FIRST_POLL_SECONDS = 0.005
_MAX_POLL_SECONDS = 0.05


class ClaimKind(StrEnum):
    """What the claim found."""

    CACHE = "cache"
    SHARED = "shared"
    LEAD = "lead"
    FOLLOW = "follow"


@dataclass(frozen=True)
class Claim:
    """The outcome of a claim: an answer to take, or the role to play."""

    kind: ClaimKind
    answer: bytes = b""
    token: str = ""


class RedisFlights:
    """The Redis side of answer sharing for one router replica."""

    def __init__(self, client: aioredis.Redis, keys: Keys) -> None:
        self._keys = keys
        self._claim = client.register_script(_CLAIM)
        self._peek = client.register_script(_PEEK)
        self._publish = client.register_script(_PUBLISH)

    async def claim(self, key: str, *, use_cache: bool, lock_seconds: float) -> Claim:
        """Take a cached or shared answer, or become the leader, or a follower."""
        token = secrets.token_hex(8)
        kind, answer = await self._claim(
            keys=[self._keys.cached(key), self._keys.shared(key), self._keys.lock(key)],
            args=["1" if use_cache else "0", token, max(1, round(lock_seconds * 1000))],
        )
        return Claim(ClaimKind(kind.decode()), answer, token)

    async def wait(self, key: str, within: float) -> bytes | None:
        """The leader's answer once published; None if its lock goes without one, or after
        ``within`` seconds."""
        loop = asyncio.get_running_loop()
        give_up = loop.time() + within
        pause = _FIRST_POLL_SECONDS
        keys = [self._keys.shared(key), self._keys.lock(key)]
        while True:
            state, answer = await self._peek(keys=keys)
            if state == b"shared":
                return bytes(answer)
            if state == b"gone":
                return None
            left = give_up - loop.time()
            if left <= 0:
                return None
            await asyncio.sleep(min(pause, left))
            pause = min(pause * 2, _MAX_POLL_SECONDS)

    async def publish(
        self, key: str, answer: bytes, *, token: str, window: float, cache_ttl: float
    ) -> None:
        """Share an answer for ``window`` seconds, cache it for ``cache_ttl`` (0 = not) and
        release the lock if this replica still holds it. An empty answer only releases."""
        await self._publish(
            keys=[self._keys.shared(key), self._keys.cached(key), self._keys.lock(key)],
            args=[answer, round(window * 1000), round(cache_ttl * 1000), token],
        )
