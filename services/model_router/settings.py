"""Model Router settings (``NF_ROUTER_*``)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field

from nf_core.settings import MeshSettings

BUNDLED_REGISTRY = Path(__file__).parent / "models.toml"

Strategy = Literal["domain_optimized", "cost_optimized", "speed_optimized", "quality_optimized"]


class ModelRouterSettings(MeshSettings):
    """Settings of the Model Router."""

    router_registry_path: Path = Field(BUNDLED_REGISTRY, description="Model registry TOML file.")
    router_default_strategy: Strategy = Field(
        "domain_optimized", description="domain_optimized, cost_, speed_ or quality_optimized."
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
