"""The source tiers: DataForge → last-known-good → local pack → domain fallback.

With no DataForge configured, local packs are the primary source and nothing is degraded unless
the query matches no passage. With DataForge configured, every lower tier is degraded and says
why; in strict mode a DataForge failure is ``UNAVAILABLE`` instead.
"""

from __future__ import annotations

import logging

from nf_core.errors import InvalidArgumentError, NotFoundError, UnavailableError
from services.context_builder import metrics
from services.context_builder.contract import ContextRequest, ContextResponse
from services.context_builder.dataforge import (
    DataForgeClient,
    PackUnknownUpstreamError,
    UpstreamError,
)
from services.context_builder.lkg import LastKnownGoodStore
from services.context_builder.packs import PACK_ID_PATTERN, Chunk, Pack, PackManifest, ScoredChunk
from services.context_builder.retrieved import RetrievedContext, Tier

logger = logging.getLogger(__name__)

_GENERIC_SUMMARIES = {
    "literary": "General guidance on literary analysis: consider narrator, structure and theme.",
    "market": "General guidance on market analysis: consider customers, competitors and costs.",
    "general": "General guidance: answer plainly and state what is uncertain.",
}


class ContextSources:
    """Picks the best available tier for a request.

    Args:
        packs: Local packs (bundled plus operator directory).
        dataforge: DataForge client, or None when DataForge is not configured.
        lkg: Last-known-good store (only meaningful with DataForge).
        strict: Fail with UNAVAILABLE instead of degrading when DataForge cannot answer.
    """

    def __init__(
        self,
        packs: dict[str, Pack],
        dataforge: DataForgeClient | None = None,
        lkg: LastKnownGoodStore | None = None,
        strict: bool = False,
    ) -> None:
        self.packs = packs
        self.dataforge = dataforge
        self.lkg = lkg
        self.strict = strict

    def validate(self, pack_id: str, domain: str) -> Pack | None:
        """Check the id and domain; return the local pack if there is one.

        Raises:
            InvalidArgumentError: malformed id, or a local pack of another domain.
            NotFoundError: no such pack and no DataForge to ask.
        """
        if not PACK_ID_PATTERN.match(pack_id):
            raise InvalidArgumentError(
                "context_pack_id", "use 3-64 lower-case letters, digits and hyphens"
            )
        pack = self.packs.get(pack_id)
        if pack is None:
            if self.dataforge is not None:
                return None
            known = ", ".join(sorted(self.packs)) or "none"
            raise NotFoundError(f"context pack {pack_id!r} not found; available packs: {known}")
        if pack.manifest.domain != domain:
            raise InvalidArgumentError(
                "context_pack_id",
                f"pack {pack_id!r} belongs to domain {pack.manifest.domain!r}, not {domain!r}",
            )
        return pack

    async def retrieve(
        self,
        pack_id: str,
        domain: str,
        query: str,
        limit: int,
        local: Pack | None,
        deadline: float | None,
    ) -> RetrievedContext:
        """The window from the best tier that can serve it."""
        if self.dataforge is None:
            return self._local_or_fallback(pack_id, domain, query, limit, local, "")
        request = ContextRequest(pack_id=pack_id, query=query, domain=domain, max_chunks=limit)
        try:
            answer = await self.dataforge.fetch_context(request, deadline)
        except PackUnknownUpstreamError as error:
            if self.strict or local is None:
                raise NotFoundError(
                    f"context pack {pack_id!r} not found ({error.reason})"
                ) from None
            return self._local_or_fallback(pack_id, domain, query, limit, local, error.reason)
        except UpstreamError as error:
            metrics.DATAFORGE_FAILURES.inc()
            reason = f"DataForge unavailable: {error.reason}"
            logger.warning("%s (pack %s)", reason, pack_id)
            if self.strict:
                raise UnavailableError(reason) from None
            from_lkg = await self._last_known_good(pack_id, query, limit, reason)
            if from_lkg is not None:
                return from_lkg
            return self._local_or_fallback(pack_id, domain, query, limit, local, reason)
        window = self._from_dataforge(pack_id, domain, limit, local, answer)
        if self.lkg is not None:
            self.lkg.remember_later(
                window.pack, [window.primary.chunk, *(c.chunk for c in window.supporting)]
            )
        return window

    @staticmethod
    def _from_dataforge(
        pack_id: str, domain: str, limit: int, local: Pack | None, answer: ContextResponse
    ) -> RetrievedContext:
        meta = answer.metadata
        if meta.domain and meta.domain != domain:
            raise InvalidArgumentError(
                "context_pack_id",
                f"pack {pack_id!r} belongs to domain {meta.domain!r}, not {domain!r}",
            )
        title = meta.pack_title or (local.manifest.title if local else pack_id)
        manifest = PackManifest(pack_id, domain, meta.pack_version, title, "", "")
        primary = Chunk(answer.primary_chunk_id or f"{pack_id}/primary", title, answer.primary_text)
        ranked = sorted(answer.supporting_chunks, key=lambda c: c.score, reverse=True)
        supporting = [
            ScoredChunk(Chunk(c.chunk_id, c.title or title, c.text), c.score)
            for c in ranked[: max(0, limit - 1)]
        ]
        return RetrievedContext(
            manifest, ScoredChunk(primary, answer.primary_score), supporting, Tier.DATAFORGE, False
        )

    async def _last_known_good(
        self, pack_id: str, query: str, limit: int, reason: str
    ) -> RetrievedContext | None:
        if self.lkg is None:
            return None
        try:
            found = await self.lkg.search(pack_id, query, limit)
        except Exception:  # a broken copy must not turn an outage into an error
            logger.exception("last-known-good lookup failed for %s", pack_id)
            return None
        if found is None or not found[1]:
            return None
        manifest, ranked = found
        return RetrievedContext(
            manifest,
            ranked[0],
            ranked[1:],
            Tier.LAST_KNOWN_GOOD,
            True,
            f"{reason}; served the last-known-good copy of version {manifest.version}",
        )

    def _local_or_fallback(
        self, pack_id: str, domain: str, query: str, limit: int, local: Pack | None, reason: str
    ) -> RetrievedContext:
        if local is not None:
            ranked = local.search(query, limit)
            if ranked:
                degraded_reason = f"{reason}; served the local pack" if reason else ""
                return RetrievedContext(
                    local.manifest,
                    ranked[0],
                    ranked[1:],
                    Tier.LOCAL_PACK,
                    bool(reason),
                    degraded_reason,
                )
            manifest = local.manifest
            summary = manifest.fallback_summary
            why = "no passage in the pack matches the query"
        else:
            manifest = PackManifest(pack_id, domain, "-", pack_id, "", "")
            summary = self._domain_summary(domain)
            why = "no copy of the pack is available"
        return RetrievedContext(
            pack=manifest,
            primary=ScoredChunk(Chunk(f"{pack_id}/summary", manifest.title, summary), 0.0),
            supporting=[],
            tier=Tier.DOMAIN_FALLBACK,
            degraded=True,
            degraded_reason=f"{reason}; {why}" if reason else why,
        )

    def _domain_summary(self, domain: str) -> str:
        for pack_id in sorted(self.packs):
            manifest = self.packs[pack_id].manifest
            if manifest.domain == domain and manifest.fallback_summary:
                return manifest.fallback_summary
        return _GENERIC_SUMMARIES.get(domain, _GENERIC_SUMMARIES["general"])
