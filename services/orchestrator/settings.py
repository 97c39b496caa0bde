"""Orchestrator settings (``NF_ORCHESTRATOR_*``)."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr

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
    auth_issuer: str = Field(
        "https://auth.neuroforge.local/dev", description="Required `iss` of bearer tokens."
    )
    auth_audience: str = Field("neuroforge", description="Required `aud` of bearer tokens.")
    auth_jwks_file: Path = Field(
        Path(".dev/jwt/jwks.json"), description="Local JWKS (development keys from make setup)."
    )
    auth_jwks_url: str = Field(
        "", description="Remote JWKS URL (production); when set it replaces the local file."
    )
    auth_jwks_cache_seconds: int = Field(300, ge=0, description="How long remote keys are cached.")
    auth_clock_skew_seconds: int = Field(
        30, ge=0, le=300, description="Leeway for exp/nbf/iat between issuer and NeuroForge."
    )
    auth_tenant_claim: str = Field("tenant", description="Claim that names the caller's tenant.")
    auth_roles_claim: str = Field("roles", description="Claim that lists the caller's roles.")
    auth_admin_role: str = Field("admin", description="Role the admin API requires.")
    ratelimit_user_per_minute: int = Field(100, ge=1, description="Requests per user per minute.")
    ratelimit_tenant_per_minute: int = Field(
        1000, ge=1, description="Requests per tenant per minute, all its users together."
    )
    auth_tenant_reader_role: str = Field(
        "tenant_reader", description="Role that may read every inference of the tenant."
    )
    dataforge_webhook_secret: SecretStr | None = Field(
        None, description="Shared secret of DataForge's signed webhooks; unset refuses them all."
    )
    dataforge_webhook_tolerance_seconds: int = Field(
        300, ge=1, le=3600, description="Accepted clock difference of webhook timestamps."
    )
