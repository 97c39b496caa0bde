"""What the Context Builder returns, before conversion to protobuf."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from services.context_builder.packs import PackManifest, ScoredChunk


class Tier(StrEnum):
    """Which source served a window (mirrors ``ContextTier``), best first."""

    DATAFORGE = "dataforge"
    LAST_KNOWN_GOOD = "last_known_good"
    LOCAL_PACK = "local_pack"
    DOMAIN_FALLBACK = "domain_fallback"


@dataclass(frozen=True)
class RetrievedContext:
    """A ranked context window."""

    pack: PackManifest
    primary: ScoredChunk
    supporting: list[ScoredChunk]
    tier: Tier
    degraded: bool
    degraded_reason: str = ""
