"""Builds a context window: pack lookup, cached ranked retrieval, domain fallback."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from nf_core.cache import TtlLruCache
from nf_core.errors import InvalidArgumentError, NotFoundError
from services.context_builder.packs import PACK_ID_PATTERN, Chunk, Pack, PackManifest, ScoredChunk


class Tier(StrEnum):
    """Which source served a window (mirrors ``ContextTier``)."""

    LOCAL_PACK = "local_pack"
    DOMAIN_FALLBACK = "domain_fallback"


@dataclass(frozen=True)
class RetrievedContext:
    """A ranked context window, before conversion to protobuf."""

    pack: PackManifest
    primary: ScoredChunk
    supporting: list[ScoredChunk]
    tier: Tier
    degraded: bool
    degraded_reason: str = ""


def _cache_key(pack: PackManifest, query: str, max_chunks: int) -> str:
    normalized = " ".join(query.lower().split())
    return f"{pack.pack_id}@{pack.version}|{max_chunks}|{normalized}"


class ContextBuilder:
    """Serves context windows from local packs with an in-process cache."""

    def __init__(
        self, packs: dict[str, Pack], cache: TtlLruCache[RetrievedContext], default_max_chunks: int
    ) -> None:
        self._packs = packs
        self._cache = cache
        self._default_max_chunks = default_max_chunks

    @property
    def cache(self) -> TtlLruCache[RetrievedContext]:
        """The window cache (for stats and invalidation)."""
        return self._cache

    def pack(self, pack_id: str, domain: str) -> Pack:
        """Return a pack after checking the id format and domain.

        Raises:
            InvalidArgumentError: malformed id or a domain that does not match the pack.
            NotFoundError: no such pack.
        """
        if not PACK_ID_PATTERN.match(pack_id):
            raise InvalidArgumentError(
                "context_pack_id", "use 3-64 lower-case letters, digits and hyphens"
            )
        pack = self._packs.get(pack_id)
        if pack is None:
            known = ", ".join(sorted(self._packs)) or "none"
            raise NotFoundError(f"context pack {pack_id!r} not found; available packs: {known}")
        if pack.manifest.domain != domain:
            raise InvalidArgumentError(
                "context_pack_id",
                f"pack {pack_id!r} belongs to domain {pack.manifest.domain!r}, not {domain!r}",
            )
        return pack

    async def build(
        self, pack_id: str, domain: str, query: str, max_chunks: int = 0
    ) -> RetrievedContext:
        """Return the ranked window for ``query`` from ``pack_id``."""
        pack = self.pack(pack_id, domain)
        limit = max_chunks or self._default_max_chunks

        async def load() -> RetrievedContext:
            return self._retrieve(pack, query, limit)

        return await self._cache.get_or_load(_cache_key(pack.manifest, query, limit), load)

    def invalidate(self, pack_id: str) -> int:
        """Drop cached windows of one pack (all packs when empty)."""
        return self._cache.invalidate_prefix(f"{pack_id}@" if pack_id else "")

    @staticmethod
    def _retrieve(pack: Pack, query: str, limit: int) -> RetrievedContext:
        ranked = pack.search(query, limit)
        if not ranked:
            summary = Chunk(
                f"{pack.manifest.pack_id}/summary",
                pack.manifest.title,
                pack.manifest.fallback_summary,
            )
            return RetrievedContext(
                pack=pack.manifest,
                primary=ScoredChunk(summary, 0.0),
                supporting=[],
                tier=Tier.DOMAIN_FALLBACK,
                degraded=True,
                degraded_reason="no passage in the pack matches the query",
            )
        return RetrievedContext(
            pack=pack.manifest,
            primary=ranked[0],
            supporting=ranked[1:],
            tier=Tier.LOCAL_PACK,
            degraded=False,
        )
