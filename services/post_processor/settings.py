"""Post-Processor settings (``NF_DATABASE_*``, ``NF_POST_*``)."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field

from nf_core.settings import MeshSettings


class PostProcessorSettings(MeshSettings):
    """Settings of the Post-Processor."""

    database_url: str = Field(
        "sqlite:///.dev/neuroforge.sqlite3",
        description="sqlite:///path (embedded default) or postgresql://user@host/db.",
    )
    database_pool_min: int = Field(1, ge=1, description="Idle connections kept per replica.")
    database_pool_max: int = Field(
        10, ge=1, description="Connections per replica; keep replicas x max under max_connections."
    )
    database_migrate_on_start: bool = Field(True, description="Apply pending migrations at start.")
    database_retention_days: int = Field(
        0, ge=0, description="Purge inferences older than this many days; 0 keeps them forever."
    )
    post_spool_path: Path = Field(
        Path(".dev/post-processor-spool.sqlite3"),
        description="Durable local queue for inferences while the database is down.",
    )
    post_spool_retry_seconds: float = Field(
        1.0, gt=0, description="How often a spool backlog retries the database."
    )
    post_feedback_timeout_seconds: float = Field(5.0, gt=0, description="RecordScore timeout.")
    post_feedback_retry_seconds: float = Field(
        2.0, gt=0, description="How often undelivered score feedback is retried."
    )
    dataforge_url: str = Field(
        "",
        description="DataForge base URL (context builder, post-processor); empty = local packs.",
    )
    post_dataforge_feedback_timeout_seconds: float = Field(
        5.0, gt=0, description="Timeout of one feedback POST to DataForge."
    )
    post_dataforge_feedback_retry_max_seconds: float = Field(
        60.0, gt=0, description="Largest delay between retries of undelivered DataForge feedback."
    )
