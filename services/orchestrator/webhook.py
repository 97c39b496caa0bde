"""Authentication of DataForge's signed webhooks: HMAC over the raw body, freshness, no replays.

DataForge signs ``"<timestamp>.<raw body>"`` with HMAC-SHA256 and the shared secret and sends
``x-dataforge-signature: sha256=<hex>`` and ``x-dataforge-timestamp: <unix seconds>``. A request
is accepted once: the (signature, timestamp) pair is remembered for the tolerance window, in
Redis when configured so that every orchestrator replica refuses a replay.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from collections.abc import Callable
from typing import Protocol

import redis.asyncio as aioredis
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from nf_core.errors import InvalidArgumentError, UnauthenticatedError

SIGNATURE_HEADER = "x-dataforge-signature"
TIMESTAMP_HEADER = "x-dataforge-timestamp"
_SCHEME = "sha256="


class ContextUpdatedEvent(BaseModel):
    """The webhook body (docs/dataforge.md); unknown fields are ignored."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    pack_id: str = Field(min_length=3, max_length=64, pattern=r"^[a-z0-9][a-z0-9-]{1,62}[a-z0-9]$")
    pack_version: str = Field("", max_length=128)
    event_id: str = ""


def sign(secret: str, timestamp: str, body: bytes) -> str:
    """The signature header value for a body (what DataForge computes)."""
    digest = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256)
    return _SCHEME + digest.hexdigest()


class ReplayGuard(Protocol):
    """Remembers accepted signatures for the tolerance window."""

    async def first_use(self, signature: str, ttl_seconds: int) -> bool:
        """Record a signature; False when it was already recorded."""
        ...

    async def forget(self, signature: str) -> None:
        """Drop a signature (its request failed downstream and may be retried)."""
        ...


class MemoryReplayGuard:
    """Replay memory of one process."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._seen: dict[str, float] = {}
        self._clock = clock

    async def first_use(self, signature: str, ttl_seconds: int) -> bool:
        now = self._clock()
        self._seen = {s: until for s, until in self._seen.items() if until > now}
        if signature in self._seen:
            return False
        self._seen[signature] = now + ttl_seconds
        return True

    async def forget(self, signature: str) -> None:
        self._seen.pop(signature, None)


class RedisReplayGuard:
    """Replay memory shared by every orchestrator replica."""

    def __init__(self, client: aioredis.Redis) -> None:
        self._redis = client

    async def first_use(self, signature: str, ttl_seconds: int) -> bool:
        return bool(
            await self._redis.set(f"nf:webhook:seen:{signature}", 1, nx=True, ex=ttl_seconds)
        )

    async def forget(self, signature: str) -> None:
        await self._redis.delete(f"nf:webhook:seen:{signature}")


class WebhookAuthenticator:
    """Checks signature, timestamp and replay of one webhook request.

    Args:
        secret: Shared secret; None or empty refuses every request.
        tolerance_seconds: Largest accepted clock difference (either way).
        guard: Replay memory.
        clock: Wall clock, injectable for tests.
    """

    def __init__(
        self,
        secret: str | None,
        tolerance_seconds: int,
        guard: ReplayGuard,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._secret = secret or ""
        self._tolerance = tolerance_seconds
        self.guard = guard
        self._clock = clock

    async def authenticate(self, body: bytes, signature: str | None, timestamp: str | None) -> str:
        """Return the accepted signature.

        Raises:
            UnauthenticatedError: no secret configured, missing or wrong signature, stale or
                future timestamp, or a replay.
        """
        if not self._secret:
            raise UnauthenticatedError("webhook refused: NF_DATAFORGE_WEBHOOK_SECRET is not set")
        if not signature or not timestamp:
            raise UnauthenticatedError(
                f"webhook refused: send {SIGNATURE_HEADER} and {TIMESTAMP_HEADER}"
            )
        expected = sign(self._secret, timestamp, body)
        if not hmac.compare_digest(signature.strip().encode(), expected.encode()):
            raise UnauthenticatedError("webhook refused: signature does not match the body")
        try:
            sent_at = int(timestamp)
        except ValueError:
            raise UnauthenticatedError("webhook refused: timestamp must be unix seconds") from None
        if abs(self._clock() - sent_at) > self._tolerance:
            raise UnauthenticatedError(
                f"webhook refused: timestamp outside ±{self._tolerance} s of our clock"
            )
        if not await self.guard.first_use(expected, 2 * self._tolerance + 1):
            raise UnauthenticatedError("webhook refused: this request was already received")
        return expected


def parse_event(body: bytes) -> ContextUpdatedEvent:
    """Validate the webhook body.

    Raises:
        InvalidArgumentError: not JSON or a missing/invalid field.
    """
    try:
        return ContextUpdatedEvent.model_validate_json(body)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "body"
        raise InvalidArgumentError(where, first["msg"]) from None
