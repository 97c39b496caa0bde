"""order_candidates: the try-order of models under each routing strategy."""

from __future__ import annotations

import random

import pytest

from services.model_router.champion import Slot, Standing
from services.model_router.registry import ModelSpec
from services.model_router.strategy import order_candidates


def _spec(
    model_id: str, cost_in: float, cost_out: float, latency_ms: int, quality: dict[str, float]
) -> ModelSpec:
    return ModelSpec(model_id, "local", model_id, 8192, cost_in, cost_out, latency_ms, quality)


# pricey: best literary, mid latency; free: cheapest, slowest; fast: fastest, best market.
SPECS = [
    _spec("pricey", 0.01, 0.03, 500, {"literary": 0.9, "market": 0.3}),
    _spec("free", 0.0, 0.0, 2000, {"literary": 0.5, "market": 0.8}),
    _spec("fast", 0.002, 0.004, 100, {"literary": 0.7, "market": 0.9}),
]
SLOT = Slot("literary", "analysis", Standing("free"), Standing("fast"))


class FixedRandom(random.Random):
    """A Random whose ``random()`` always returns one value."""

    def __init__(self, value: float) -> None:
        super().__init__(0)
        self.value = value

    def random(self) -> float:
        return self.value


def _order(
    strategy: str,
    domain: str = "literary",
    measured: dict[str, float] | None = None,
    rng_value: float = 0.99,
    share: float = 0.1,
    slot: Slot = SLOT,
) -> list[str]:
    ordered = order_candidates(
        strategy, SPECS, domain, slot, measured or {}, share, FixedRandom(rng_value)
    )
    return [spec.model_id for spec in ordered]


def test_cost_optimized_orders_by_total_price() -> None:
    assert _order("cost_optimized") == ["free", "fast", "pricey"]


def test_cost_ties_are_broken_by_domain_quality() -> None:
    specs = [
        _spec("cheap-weak", 0.0, 0.0, 10, {"market": 0.2}),
        _spec("cheap-strong", 0.0, 0.0, 10, {"market": 0.7}),
    ]
    ordered = order_candidates("cost_optimized", specs, "market", SLOT, {}, 0.0, FixedRandom(0.5))

    assert [s.model_id for s in ordered] == ["cheap-strong", "cheap-weak"]


def test_speed_optimized_uses_registry_latency_until_measured() -> None:
    assert _order("speed_optimized") == ["fast", "pricey", "free"]


def test_speed_optimized_prefers_measured_latency_over_registry_latency() -> None:
    assert _order("speed_optimized", measured={"fast": 3000.0, "free": 50.0}) == [
        "free",
        "pricey",
        "fast",
    ]


@pytest.mark.parametrize(
    ("domain", "expected"),
    [
        ("literary", ["pricey", "fast", "free"]),
        ("market", ["fast", "free", "pricey"]),
        ("general", ["fast", "free", "pricey"]),  # all default to 0.5: ties by model id
    ],
)
def test_quality_optimized_orders_by_quality_for_the_domain(
    domain: str, expected: list[str]
) -> None:
    assert _order("quality_optimized", domain=domain) == expected


def test_domain_optimized_puts_champion_first_then_the_rest_by_quality() -> None:
    assert _order("domain_optimized", rng_value=0.99, share=0.1) == ["free", "pricey", "fast"]


def test_domain_optimized_puts_challenger_first_when_the_draw_is_below_the_share() -> None:
    assert _order("domain_optimized", rng_value=0.05, share=0.1) == ["fast", "pricey", "free"]


def test_zero_challenger_share_never_leads_with_the_challenger() -> None:
    assert _order("domain_optimized", rng_value=0.0, share=0.0)[0] == "free"


def test_slot_without_challenger_always_leads_with_the_champion() -> None:
    solo = Slot("literary", "analysis", Standing("fast"), None)

    assert _order("domain_optimized", rng_value=0.0, share=1.0, slot=solo) == [
        "fast",
        "pricey",
        "free",
    ]


def test_challenger_share_matches_the_observed_frequency_with_a_seeded_rng() -> None:
    rng = random.Random(1234)
    leaders = [
        order_candidates("domain_optimized", SPECS, "literary", SLOT, {}, 0.25, rng)[0].model_id
        for _ in range(4000)
    ]

    assert 0.22 < leaders.count("fast") / len(leaders) < 0.28
    assert set(leaders) == {"free", "fast"}


def test_every_strategy_returns_every_model_exactly_once() -> None:
    for strategy in ("cost_optimized", "speed_optimized", "quality_optimized", "domain_optimized"):
        assert sorted(_order(strategy)) == sorted(s.model_id for s in SPECS)
