"""Per-model breakers, retry delays, Retry-After parsing and ProviderError kinds."""

from __future__ import annotations

import email.utils
import random
import time

from services.model_router.backoff import retry_delay
from services.model_router.breaker import Breakers, CircuitState
from services.model_router.providers.base import ProviderError
from services.model_router.providers.errors import kind_of_status, parse_retry_after


def test_breakers_are_per_model_and_closed_until_used() -> None:
    breakers = Breakers(1, 5.0, lambda: 100.0)
    breakers["a"].record_failure()

    assert breakers.state("a") is CircuitState.OPEN
    assert breakers.state("b") is CircuitState.CLOSED
    assert breakers["a"] is breakers["a"]


def _delay(error: ProviderError, attempt: int = 1, remaining: float = 10.0) -> float | None:
    return retry_delay(
        error,
        attempt,
        base_seconds=0.1,
        max_seconds=2.0,
        remaining_seconds=remaining,
        rng=random.Random(attempt),
    )


def test_delay_without_retry_after_is_full_jitter_under_the_doubling_ceiling() -> None:
    for attempt, ceiling in [(1, 0.1), (2, 0.2), (3, 0.4), (9, 2.0)]:
        delay = _delay(ProviderError("500", kind="server"), attempt)
        assert delay is not None
        assert 0.0 <= delay <= ceiling


def test_retry_after_is_a_floor_on_the_delay() -> None:
    assert _delay(ProviderError("429", kind="rate_limited", retry_after=1.5)) == 1.5


def test_retry_after_beyond_the_cap_or_the_deadline_means_do_not_retry() -> None:
    assert _delay(ProviderError("429", kind="rate_limited", retry_after=2.5)) is None
    assert _delay(ProviderError("429", kind="rate_limited", retry_after=1.0), remaining=0.9) is None


def test_non_retryable_errors_get_no_delay() -> None:
    assert _delay(ProviderError("bad", kind="invalid_request")) is None
    assert _delay(ProviderError("key", kind="auth")) is None


def test_provider_error_keeps_the_old_constructor_and_derives_kinds() -> None:
    assert ProviderError("x", retryable=True).kind == "server"
    assert ProviderError("x", retryable=False).kind == "invalid_request"
    assert ProviderError("x", kind="overloaded").retryable
    assert not ProviderError("x", kind="auth").retryable
    assert ProviderError("x", kind="content_policy").request_fault
    assert not ProviderError("x", kind="not_found").request_fault


def test_retry_after_headers_in_seconds_milliseconds_or_http_date() -> None:
    later = email.utils.formatdate(time.time() + 30, usegmt=True)

    assert parse_retry_after({"retry-after": "3"}) == 3.0
    assert parse_retry_after({"retry-after": "3", "retry-after-ms": "250"}) == 0.25
    assert 28.0 <= (parse_retry_after({"retry-after": later}) or 0.0) <= 30.0
    assert parse_retry_after({"retry-after": "soon"}) is None
    assert parse_retry_after({}) is None


def test_status_kinds_follow_the_retry_rules() -> None:
    assert kind_of_status(429) == "rate_limited"
    assert kind_of_status(529) == "overloaded"
    assert kind_of_status(502) == "server"
    assert kind_of_status(408) == "timeout"
    assert kind_of_status(422) == "invalid_request"
    assert kind_of_status(400, "content_policy_violation") == "content_policy"
    assert kind_of_status(500, "overloaded_error") == "overloaded"
