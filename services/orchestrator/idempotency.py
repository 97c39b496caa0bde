"""Idempotency keys: validation, request fingerprints and per-key serialisation.

The database guarantees one row per (tenant, key) across replicas; the per-key lock only keeps
concurrent duplicates on one replica from running the model more than once.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from nf_core.errors import InvalidArgumentError
from services.orchestrator.validation import ValidInferRequest

IDEMPOTENCY_HEADER = "idempotency-key"
_KEY = re.compile(r"^[A-Za-z0-9_.:-]{1,128}$")


def accept_key(field_value: str, header_value: str | None) -> str:
    """The request's idempotency key ('' when none), from the field or the header.

    Raises:
        InvalidArgumentError: the key is malformed, or field and header disagree.
    """
    header = header_value or ""
    if field_value and header and field_value != header:
        raise InvalidArgumentError("idempotency_key", "differs from the idempotency-key header")
    key = field_value or header
    if key and not _KEY.match(key):
        raise InvalidArgumentError("idempotency_key", "use 1-128 characters of [A-Za-z0-9_.:-]")
    return key


def fingerprint(request: ValidInferRequest, user_id: str) -> str:
    """A stable hash of what the request asks for, to catch a key reused for another request."""
    fields = [
        request.domain,
        request.task_type,
        request.context_pack_id,
        request.user_query,
        request.additional_context,
        request.temperature,
        request.max_tokens,
        user_id,
    ]
    if request.routing_strategy:  # appended only when set: older fingerprints stay valid
        fields.append(request.routing_strategy)
    return hashlib.sha256(json.dumps(fields).encode()).hexdigest()


class KeyedLocks:
    """One asyncio lock per key, dropped when nobody holds or waits for it."""

    def __init__(self) -> None:
        self._locks: dict[tuple[str, str], tuple[asyncio.Lock, int]] = {}

    @asynccontextmanager
    async def hold(self, key: tuple[str, str]) -> AsyncIterator[None]:
        """Serialise the block with every other holder of ``key``."""
        lock, users = self._locks.get(key, (asyncio.Lock(), 0))
        self._locks[key] = (lock, users + 1)
        try:
            async with lock:
                yield
        finally:
            lock, users = self._locks[key]
            if users == 1:
                del self._locks[key]
            else:
                self._locks[key] = (lock, users - 1)

    def __len__(self) -> int:
        return len(self._locks)
