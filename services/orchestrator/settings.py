"""Orchestrator settings (``NF_ORCHESTRATOR_*``)."""

from __future__ import annotations

from pydantic import Field

from nf_core.settings import MeshSettings


class OrchestratorSettings(MeshSettings):
    """Settings of the Orchestrator."""

    orchestrator_default_deadline_seconds: float = Field(
        30.0,
        gt=0,
        le=600,
        description="Deadline applied when the caller sends none (every REST call).",
    )
    orchestrator_context_timeout_seconds: float = Field(
        5.0, gt=0, description="Cap per stage call."
    )
    orchestrator_prompt_timeout_seconds: float = Field(2.0, gt=0, description="Cap per stage call.")
    orchestrator_router_timeout_seconds: float = Field(
        60.0, gt=0, description="Cap per stage call."
    )
    orchestrator_evaluator_timeout_seconds: float = Field(
        10.0, gt=0, description="Cap per stage call."
    )
    orchestrator_post_processor_timeout_seconds: float = Field(
        5.0, gt=0, description="Cap per stage call."
    )
    orchestrator_health_timeout_seconds: float = Field(
        1.0, gt=0, description="Per-stage timeout of /health checks."
    )
    orchestrator_default_temperature: float = Field(
        0.7, ge=0, le=2, description="Temperature when the request has none."
    )
    orchestrator_default_max_tokens: int = Field(
        512, ge=1, le=4096, description="max_tokens when the request has none."
    )
    orchestrator_max_tokens_limit: int = Field(
        4096, ge=1, description="Largest max_tokens accepted."
    )
    orchestrator_default_tenant: str = Field(
        "default", description="Tenant recorded for inferences (until identity is configured)."
    )
