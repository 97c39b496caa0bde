"""The router's resilience knobs in one value, read from settings once."""

from __future__ import annotations

from dataclasses import dataclass

from services.model_router.settings import ModelRouterSettings


@dataclass(frozen=True)
class ResiliencePolicy:
    """Timeouts, retries, backoff, hedging and breaker thresholds (defaults match settings)."""

    provider_timeout_seconds: float = 30.0
    hedge_delay_seconds: float = 10.0
    breaker_failure_threshold: int = 5
    breaker_reset_seconds: float = 30.0
    max_attempts_per_model: int = 2
    backoff_base_seconds: float = 0.2
    backoff_max_seconds: float = 5.0
    content_policy_fallback: bool = False

    @classmethod
    def from_settings(cls, settings: ModelRouterSettings) -> ResiliencePolicy:
        """The policy the settings describe."""
        return cls(
            provider_timeout_seconds=settings.router_provider_timeout_seconds,
            hedge_delay_seconds=settings.router_hedge_delay_seconds,
            breaker_failure_threshold=settings.router_breaker_failure_threshold,
            breaker_reset_seconds=settings.router_breaker_reset_seconds,
            max_attempts_per_model=settings.router_max_attempts_per_model,
            backoff_base_seconds=settings.router_backoff_base_seconds,
            backoff_max_seconds=settings.router_backoff_max_seconds,
            content_policy_fallback=settings.router_content_policy_fallback,
        )
