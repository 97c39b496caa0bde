"""Shared metrics: breaker state and transitions, rate-limit rejections, bounded labels."""

from __future__ import annotations

from typing import Any

import pytest
from prometheus_client import REGISTRY

from nf_core.auth import Identity, identity_var
from nf_core.breaker import CircuitBreaker
from nf_core.errors import ResourceExhaustedError
from nf_core.metrics import BREAKER_STATES, CACHE_LOOKUPS, cache_counters
from nf_core.moving_window import InProcessMovingWindow
from nf_core.policy_interceptors import RateLimitInterceptor
from nf_core.rate_limit import RateLimiter


def _value(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


def _series(name: str) -> int:
    return sum(
        1 for family in REGISTRY.collect() for sample in family.samples if sample.name == name
    )


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_breaker_state_is_read_at_scrape_time_and_each_transition_is_counted() -> None:
    clock = Clock()
    breaker = CircuitBreaker(threshold=2, reset_seconds=10, clock=clock)
    BREAKER_STATES.watch("unit-dep", breaker)

    def transitions(state: str) -> float:
        return _value("nf_circuit_breaker_transitions_total", dependency="unit-dep", state=state)

    def state() -> float | None:
        return REGISTRY.get_sample_value("nf_circuit_breaker_state", {"dependency": "unit-dep"})

    assert state() == 0
    breaker.record_failure()
    assert state() == 0
    assert transitions("open") == 0
    breaker.record_failure()
    breaker.record_failure()  # already open: not a second transition
    assert state() == 2
    assert transitions("open") == 1
    clock.now = 10.5  # the cool-down is over: half-open without any call
    assert state() == 1
    assert breaker.allow()
    assert transitions("half_open") == 1
    breaker.record_failure()  # the probe failed: open again
    assert state() == 2
    assert transitions("open") == 2
    clock.now = 21.0
    assert breaker.allow()
    breaker.record_success()
    assert state() == 0
    assert (transitions("half_open"), transitions("closed")) == (2, 1)


def test_cache_counters_are_the_hit_and_miss_children_of_one_family() -> None:
    hit, miss = cache_counters("unit_cache")
    hit.inc()
    miss.inc(2)

    assert _value("nf_cache_lookups_total", cache="unit_cache", result="hit") == 1
    assert _value("nf_cache_lookups_total", cache="unit_cache", result="miss") == 2
    assert CACHE_LOOKUPS.labels("unit_cache", "hit") is hit


async def test_rejections_are_counted_by_scope_not_by_user_for_a_thousand_users() -> None:
    interceptor = RateLimitInterceptor(RateLimiter(InProcessMovingWindow(), 1, 1_000_000))
    context: Any = None  # the check reads only the identity
    before_user = _value("nf_rate_limit_rejections_total", scope="user")

    for number in range(1000):
        identity_var.set(Identity(f"user-{number}", "tenant-card"))
        await interceptor.check("/neuroforge.inference.v1.InferenceService/Infer", context)
        with pytest.raises(ResourceExhaustedError):
            await interceptor.check("/neuroforge.inference.v1.InferenceService/Infer", context)

    assert _value("nf_rate_limit_rejections_total", scope="user") == before_user + 1000
    # One series per scope (user, tenant), however many users were refused.
    assert _series("nf_rate_limit_rejections_total") <= 2
    exposed = "".join(str(sample) for family in REGISTRY.collect() for sample in family.samples)
    assert "user-999" not in exposed
    assert "tenant-card" not in exposed
