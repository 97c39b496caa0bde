"""CircuitBreaker state machine and full-jitter backoff."""

from __future__ import annotations

import random

import pytest

from nf_core.backoff import delay_within, full_jitter
from nf_core.breaker import CircuitBreaker, CircuitState


def state(breaker: CircuitBreaker) -> CircuitState:
    """Read the state afresh (keeps mypy from narrowing it across calls)."""
    return breaker.state


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_breaker_opens_after_threshold_consecutive_failures() -> None:
    clock = FakeClock()
    breaker = CircuitBreaker(5, 60.0, clock)

    for _ in range(4):
        assert breaker.allow()
        breaker.record_failure()
    assert state(breaker) is CircuitState.CLOSED
    breaker.record_failure()

    assert state(breaker) is CircuitState.OPEN
    assert not breaker.allow()
    assert breaker.retry_in_seconds == pytest.approx(60.0)


def test_success_resets_the_failure_count() -> None:
    breaker = CircuitBreaker(2, 60.0, FakeClock())
    breaker.record_failure()
    breaker.record_success()
    breaker.record_failure()

    assert state(breaker) is CircuitState.CLOSED
    assert breaker.consecutive_failures == 1


def test_half_open_allows_exactly_one_probe_and_its_success_closes() -> None:
    clock = FakeClock()
    breaker = CircuitBreaker(1, 60.0, clock)
    breaker.record_failure()
    clock.now = 60.0

    assert state(breaker) is CircuitState.HALF_OPEN
    assert breaker.available
    assert breaker.allow()
    assert not breaker.allow()
    assert not breaker.available
    breaker.record_success()
    assert state(breaker) is CircuitState.CLOSED


def test_failed_probe_reopens_for_another_period() -> None:
    clock = FakeClock()
    breaker = CircuitBreaker(3, 60.0, clock)
    for _ in range(3):
        breaker.record_failure()
    clock.now = 61.0
    assert breaker.allow()
    breaker.record_failure()

    assert state(breaker) is CircuitState.OPEN
    clock.now = 120.0
    assert state(breaker) is CircuitState.OPEN
    clock.now = 121.0
    assert state(breaker) is CircuitState.HALF_OPEN


def test_released_probe_frees_the_slot() -> None:
    clock = FakeClock()
    breaker = CircuitBreaker(1, 1.0, clock)
    breaker.record_failure()
    clock.now = 1.0
    assert breaker.allow()
    breaker.release()

    assert breaker.allow()


def test_threshold_must_be_positive() -> None:
    with pytest.raises(ValueError, match="threshold"):
        CircuitBreaker(0, 1.0)


def test_full_jitter_stays_within_the_doubling_ceiling() -> None:
    rng = random.Random(7)
    for attempt, ceiling in [(1, 0.1), (2, 0.2), (3, 0.4), (10, 1.0)]:
        delays = [full_jitter(attempt, 0.1, 1.0, rng) for _ in range(200)]
        assert all(0.0 <= d <= ceiling for d in delays)
        assert max(delays) > ceiling * 0.8


def test_delay_within_refuses_a_wait_that_outlasts_the_deadline() -> None:
    rng = random.Random(1)

    assert delay_within(3, 1.0, 10.0, remaining_seconds=0.01, rng=rng) is None
    delay = delay_within(1, 0.1, 1.0, remaining_seconds=None, rng=rng)
    assert delay is not None
    assert 0.0 <= delay <= 0.1
    for _ in range(50):
        bounded = delay_within(1, 0.1, 1.0, remaining_seconds=0.5, reserve_seconds=0.45, rng=rng)
        assert bounded is None or bounded < 0.05
