"""Routing strategies: the order in which models are tried for a request."""

from __future__ import annotations

import random
from collections.abc import Mapping

from services.model_router.champion import Slot
from services.model_router.registry import ModelSpec

STRATEGIES = ("domain_optimized", "cost_optimized", "speed_optimized", "quality_optimized")


def resolve_strategy(
    requested: str, domain: str, domain_defaults: Mapping[str, str], global_default: str
) -> str:
    """The strategy a request runs under: its own, else its domain's default, else the global."""
    return requested or domain_defaults.get(domain) or global_default


def order_candidates(
    strategy: str,
    specs: list[ModelSpec],
    domain: str,
    slot: Slot,
    measured_latency_ms: Mapping[str, float],
    challenger_share: float,
    rng: random.Random,
) -> list[ModelSpec]:
    """Return every model in the order it should be tried.

    ``domain_optimized`` puts the slot's champion first (its challenger with probability
    ``challenger_share``), then the rest by domain quality. The other strategies sort by cost,
    by measured latency (registry figure until measured) or by domain quality.
    """
    by_quality = sorted(specs, key=lambda s: (-s.quality_for(domain), s.model_id))
    if strategy == "cost_optimized":
        return sorted(
            specs,
            key=lambda s: (s.cost_per_1k_input + s.cost_per_1k_output, -s.quality_for(domain)),
        )
    if strategy == "speed_optimized":
        return sorted(
            specs,
            key=lambda s: (
                measured_latency_ms.get(s.model_id, float(s.expected_latency_ms)),
                s.model_id,
            ),
        )
    if strategy == "quality_optimized":
        return by_quality
    first = slot.champion.model_id
    if slot.challenger is not None and rng.random() < challenger_share:
        first = slot.challenger.model_id
    leader = [s for s in specs if s.model_id == first]
    return leader + [s for s in by_quality if s.model_id != first]
