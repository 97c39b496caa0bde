"""Window caches: the entry format, the codec, and the in-process backend.

A key is ``<pack>@<token>|<max chunks>|<query digest>`` where the token is the pack's version
and its invalidation generation (``<version>~<generation>~<epoch>``). Invalidating a pack bumps
its generation, so every later lookup computes a new key and can never read an old window;
entries under old tokens simply age out (or are dropped eagerly in process).
"""

from __future__ import annotations

import hashlib
import json
import math
import random
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any, Protocol

from nf_core.cache import CacheStats, TtlLruCache
from services.context_builder.packs import Chunk, PackManifest, ScoredChunk
from services.context_builder.retrieved import RetrievedContext, Tier


@dataclass(frozen=True)
class CacheEntry:
    """A cached window with what probabilistic early refresh needs."""

    value: RetrievedContext
    compute_seconds: float
    expires_at: float  # wall clock, comparable across replicas

    def should_refresh_early(self, beta: float, now: float, rng: random.Random) -> bool:
        """XFetch: refresh before expiry with a probability rising as expiry nears.

        Popular keys are recomputed by one caller shortly before they expire instead of by a
        crowd right after, which is the stampede this avoids.
        """
        if beta <= 0:
            return False
        jitter = -math.log(max(rng.random(), 1e-12))
        return now + self.compute_seconds * beta * jitter >= self.expires_at


@dataclass(frozen=True)
class Invalidation:
    """What an invalidation did."""

    generation: int
    dropped_entries: int


class WindowCache(Protocol):
    """What the builder needs from a cache backend."""

    name: str
    stats: CacheStats

    async def lookup(
        self, pack_id: str, version: str, suffix: str
    ) -> tuple[str, CacheEntry | None]:
        """Return the pack's current token and the entry stored under it, in one round trip."""
        ...

    async def store(self, pack_id: str, token: str, suffix: str, entry: CacheEntry) -> None:
        """Store an entry under a token returned by ``lookup``."""
        ...

    async def invalidate(self, pack_id: str, version: str) -> Invalidation:
        """Bump the pack's generation (every pack when empty), recording a new version if any."""
        ...

    def drop_local(self, pack_id: str) -> int:
        """Forget in-process state of a pack after another replica invalidated it."""
        ...

    def __len__(self) -> int: ...


def query_suffix(query: str, max_chunks: int) -> str:
    """The query part of a key: normalised (case, spacing) and hashed to a fixed length."""
    normalized = " ".join(query.lower().split())
    digest = hashlib.blake2b(normalized.encode(), digest_size=12).hexdigest()
    return f"{max_chunks}|{digest}"


def window_key(pack_id: str, token: str, suffix: str) -> str:
    """The full key of a window."""
    return f"{pack_id}@{token}|{suffix}"


def encode_entry(entry: CacheEntry) -> bytes:
    """Serialise an entry (JSON) for a shared cache."""
    value = entry.value
    return json.dumps(
        {
            "pack": asdict(value.pack),
            "primary": asdict(value.primary),
            "supporting": [asdict(c) for c in value.supporting],
            "tier": value.tier.value,
            "degraded": value.degraded,
            "degraded_reason": value.degraded_reason,
            "compute_seconds": entry.compute_seconds,
            "expires_at": entry.expires_at,
        },
        separators=(",", ":"),
    ).encode()


def _scored(raw: dict[str, Any]) -> ScoredChunk:
    return ScoredChunk(Chunk(**raw["chunk"]), float(raw["score"]))


def decode_entry(payload: bytes) -> CacheEntry:
    """Inverse of ``encode_entry``."""
    raw = json.loads(payload)
    value = RetrievedContext(
        pack=PackManifest(**raw["pack"]),
        primary=_scored(raw["primary"]),
        supporting=[_scored(c) for c in raw["supporting"]],
        tier=Tier(raw["tier"]),
        degraded=bool(raw["degraded"]),
        degraded_reason=raw["degraded_reason"],
    )
    return CacheEntry(value, float(raw["compute_seconds"]), float(raw["expires_at"]))


class MemoryWindowCache:
    """In-process LRU with TTL (the default; no network round trip)."""

    name = "memory"

    def __init__(
        self, max_entries: int, ttl_seconds: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._entries: TtlLruCache[CacheEntry] = TtlLruCache(max_entries, ttl_seconds, clock)
        self._generations: dict[str, tuple[str, int]] = {}
        self._epoch = 0
        self.stats = self._entries.stats

    def __len__(self) -> int:
        return len(self._entries)

    def _token(self, pack_id: str, version: str) -> str:
        recorded_version, generation = self._generations.get(pack_id, ("", 0))
        return f"{recorded_version or version}~{generation}~{self._epoch}"

    async def lookup(
        self, pack_id: str, version: str, suffix: str
    ) -> tuple[str, CacheEntry | None]:
        token = self._token(pack_id, version)
        return token, self._entries.get(window_key(pack_id, token, suffix))

    async def store(self, pack_id: str, token: str, suffix: str, entry: CacheEntry) -> None:
        self._entries.put(window_key(pack_id, token, suffix), entry)

    async def invalidate(self, pack_id: str, version: str) -> Invalidation:
        if not pack_id:
            self._epoch += 1
            return Invalidation(self._epoch, self.drop_local(""))
        recorded_version, generation = self._generations.get(pack_id, ("", 0))
        self._generations[pack_id] = (version or recorded_version, generation + 1)
        return Invalidation(generation + 1, self.drop_local(pack_id))

    def drop_local(self, pack_id: str) -> int:
        return self._entries.invalidate_prefix(f"{pack_id}@" if pack_id else "")
