"""Post-Processor settings (``NF_DATABASE_*``)."""

from __future__ import annotations

from pydantic import Field

from nf_core.settings import MeshSettings


class PostProcessorSettings(MeshSettings):
    """Settings of the Post-Processor."""

    database_url: str = Field(
        "sqlite:///.dev/neuroforge.sqlite3",
        description="sqlite:///path (embedded default) or postgresql://user@host/db.",
    )
    database_pool_min: int = Field(1, ge=1, description="Idle connections kept per replica.")
    database_pool_max: int = Field(10, ge=1, description="Connections per replica.")
    post_feedback_timeout_seconds: float = Field(5.0, gt=0, description="RecordScore timeout.")
    database_migrate_on_start: bool = Field(True, description="Apply pending migrations at start.")
