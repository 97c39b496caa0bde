"""Model Router settings (``NF_ROUTER_*``, and provider keys ``NF_*_API_KEY``)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator

from nf_core.enums import DOMAIN_VALUES
from nf_core.settings import MeshSettings

BUNDLED_REGISTRY = Path(__file__).parent / "models.toml"

Strategy = Literal["domain_optimized", "cost_optimized", "speed_optimized", "quality_optimized"]


class ModelRouterSettings(MeshSettings):
    """Settings of the Model Router."""

    router_registry_path: Path = Field(BUNDLED_REGISTRY, description="Model registry TOML file.")
    router_default_strategy: Strategy = Field(
        "domain_optimized", description="domain_optimized, cost_, speed_ or quality_optimized."
    )
    router_domain_strategies: dict[str, Strategy] = Field(
        default_factory=dict,
        description='JSON map domain to strategy, e.g. {"market": "cost_optimized"}.',
    )
    router_request_deadline_seconds: float = Field(
        60.0, gt=0, le=600, description="Cap on total time for one Generate, fallbacks included."
    )
    router_challenger_share: float = Field(
        0.1, ge=0, le=1, description="Share of traffic sent to the challenger."
    )
    router_latency_ema_alpha: float = Field(
        0.2, gt=0, le=1, description="Smoothing of measured latency."
    )
    router_provider_timeout_seconds: float = Field(
        30.0, gt=0, le=600, description="Cap on one call to one model (also the SDK timeout)."
    )
    router_hedge_delay_seconds: float = Field(
        10.0, gt=0, le=600, description="Start the next model in parallel after this long."
    )
    router_breaker_failure_threshold: int = Field(
        5, ge=1, le=1000, description="Consecutive failures that open a model's circuit."
    )
    router_breaker_reset_seconds: float = Field(
        30.0, gt=0, le=3600, description="Time an open circuit waits before a half-open probe."
    )
    router_max_attempts_per_model: int = Field(
        2, ge=1, le=10, description="Calls to one model per request (retries on 429/5xx/529)."
    )
    router_backoff_base_seconds: float = Field(
        0.2, ge=0, le=60, description="First retry backoff ceiling; doubles, full jitter."
    )
    router_backoff_max_seconds: float = Field(
        5.0, ge=0, le=300, description="Longest backoff; a longer Retry-After moves on instead."
    )
    router_content_policy_fallback: bool = Field(
        False, description="Try the next model when one refuses on content policy."
    )
    router_state_prefix: str = Field(
        "nf:router:", description="Prefix of every Redis key the router writes (NF_REDIS_URL)."
    )
    router_promotion_margin: float = Field(
        0.2, ge=0, le=10, description="Challenger average must beat the champion's by this share."
    )
    router_promotion_min_samples: int = Field(
        20, ge=1, le=100000, description="Scores both models need before an automatic swap."
    )
    router_score_window: int = Field(
        50, ge=2, le=1000, description="Latest scores kept per model for peak, low and trend."
    )
    router_champion_cache_seconds: float = Field(
        0.5, ge=0, le=60, description="How stale a Redis slot read for routing may be; 0=always."
    )
    router_dedup_window_seconds: float = Field(
        0.5, ge=0, le=60, description="Identical requests this close share one provider call."
    )
    router_output_cache_ttl_seconds: float = Field(
        300.0, ge=0, le=86400, description="Lifetime of a cached answer; 0 turns the cache off."
    )
    router_output_cache_max_entries: int = Field(
        10000, ge=1, le=10_000_000, description="In-process output cache capacity (LRU)."
    )
    router_output_cache_sampled: bool = Field(
        False, description="Also cache answers sampled at temperature > 0."
    )
    openai_api_key: SecretStr | None = Field(
        None, description="API key for provider=openai entries (api_key_env NF_OPENAI_API_KEY)."
    )
    anthropic_api_key: SecretStr | None = Field(
        None, description="API key for provider=anthropic (api_key_env NF_ANTHROPIC_API_KEY)."
    )

    @field_validator("router_domain_strategies")
    @classmethod
    def _known_domains(cls, value: dict[str, Strategy]) -> dict[str, Strategy]:
        unknown = sorted(set(value) - set(DOMAIN_VALUES))
        if unknown:
            raise ValueError(
                f"unknown domain(s) {unknown}; use {sorted(DOMAIN_VALUES)} as keys, e.g. "
                '{"market": "cost_optimized"}'
            )
        return value

    def api_key(self, env_name: str) -> str | None:
        """The key a registry entry names by variable (``api_key_env``), if set.

        Raises:
            ValueError: when no setting of this router reads that variable.
        """
        prefix = str(self.model_config.get("env_prefix", ""))
        for name in ("openai_api_key", "anthropic_api_key"):
            if f"{prefix}{name}".upper() == env_name.upper():
                secret: SecretStr | None = getattr(self, name)
                return secret.get_secret_value() if secret is not None else None
        raise ValueError(
            f"api_key_env {env_name!r} is not a router setting; use NF_OPENAI_API_KEY or "
            "NF_ANTHROPIC_API_KEY"
        )
