"""Context Builder settings (``NF_CONTEXT_*``)."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field

from nf_core.settings import MeshSettings

BUNDLED_PACKS_DIR = Path(__file__).parent / "packs"


class ContextBuilderSettings(MeshSettings):
    """Settings of the Context Builder."""

    context_packs_dir: Path = Field(BUNDLED_PACKS_DIR, description="Bundled packs.")
    context_operator_packs_dir: Path | None = Field(
        None, description="Extra packs from operators; same layout; overrides bundled ids."
    )
    context_max_chunks: int = Field(6, ge=1, le=50, description="Passages per window.")
    context_cache_ttl_seconds: float = Field(
        300.0, ge=0, description="Lifetime of a cached window."
    )
    context_cache_max_entries: int = Field(10_000, ge=1, description="Window cache capacity.")
