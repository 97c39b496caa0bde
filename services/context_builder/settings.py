"""Context Builder settings (``NF_CONTEXT_*``, ``NF_DATAFORGE_*``)."""

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
    context_cache_max_entries: int = Field(
        10_000, ge=1, description="Window cache capacity (in-process cache)."
    )
    context_cache_early_refresh_beta: float = Field(
        1.0,
        ge=0,
        description="Probabilistic early refresh strength (XFetch beta); 0 disables it.",
    )
    context_cache_backend: str = Field(
        "auto",
        pattern="^(auto|memory|redis)$",
        description="Window cache: memory, redis, or auto (redis when NF_REDIS_URL is set).",
    )
    context_lkg_path: Path = Field(
        Path(".dev/context-lkg.sqlite3"),
        description="SQLite file of last-known-good DataForge passages per pack.",
    )
    context_lkg_max_age_seconds: float = Field(
        86_400.0, gt=0, description="Last-known-good passages older than this are not served."
    )
    dataforge_url: str = Field(
        "",
        description="DataForge base URL (context builder, post-processor); empty = local packs.",
    )
    dataforge_strict: bool = Field(
        False,
        description="Fail with UNAVAILABLE when DataForge cannot answer instead of degrading.",
    )
    dataforge_timeout_seconds: float = Field(
        2.0, gt=0, le=60, description="Timeout of one DataForge HTTP call."
    )
    dataforge_max_retries: int = Field(
        3, ge=0, le=10, description="Retries of a failed DataForge call (deadline permitting)."
    )
    dataforge_backoff_base_seconds: float = Field(
        0.1, ge=0, description="First retry delay ceiling (full jitter, doubling)."
    )
    dataforge_backoff_max_seconds: float = Field(
        1.0, ge=0, description="Largest retry delay ceiling."
    )
    dataforge_breaker_threshold: int = Field(
        5, ge=1, description="Consecutive failed fetches that open the DataForge circuit."
    )
    dataforge_breaker_reset_seconds: float = Field(
        60.0, gt=0, description="Time an open DataForge circuit waits before a half-open probe."
    )
    dataforge_health_interval_seconds: float = Field(
        10.0, gt=0, description="How often DataForge's health endpoint is polled."
    )
