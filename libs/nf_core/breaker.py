"""A generic circuit breaker: closed → open after N consecutive failures → half-open probe."""

from __future__ import annotations

import time
from collections.abc import Callable
from enum import StrEnum


class CircuitState(StrEnum):
    """The three states of a breaker, as reported in health details and metrics."""

    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half_open"


class CircuitBreaker:
    """Stops calls to a failing dependency for a while, then lets a single probe decide.

    Closed: every call is allowed; ``threshold`` consecutive failures open the circuit.
    Open: no call is allowed until ``reset_seconds`` have passed; then the circuit is half-open.
    Half-open: exactly one call (the probe) is allowed; its success closes the circuit, its
    failure opens it again for another ``reset_seconds``. A probe abandoned without a verdict
    (cancelled) frees the slot for the next caller.

    Args:
        threshold: Consecutive failures that open the circuit (at least 1).
        reset_seconds: How long the circuit stays open before a probe is allowed.
        clock: Monotonic clock, injectable for tests.

    Attributes:
        on_transition: Called with the state entered on each change (metrics count them);
            an open circuit becoming half-open is reported when the probe is claimed.
    """

    def __init__(
        self, threshold: int, reset_seconds: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        if threshold < 1:
            raise ValueError("threshold must be at least 1")
        self._threshold = threshold
        self._reset_seconds = reset_seconds
        self._clock = clock
        self._failures = 0
        self._opened_at: float | None = None
        self._probing = False
        self.on_transition: Callable[[CircuitState], None] | None = None

    @property
    def state(self) -> CircuitState:
        """The current state (an open circuit whose cool-down is over reads as half-open)."""
        if self._opened_at is None:
            return CircuitState.CLOSED
        if self._probing or self._clock() - self._opened_at >= self._reset_seconds:
            return CircuitState.HALF_OPEN
        return CircuitState.OPEN

    @property
    def consecutive_failures(self) -> int:
        """Failures since the last success."""
        return self._failures

    @property
    def retry_in_seconds(self) -> float:
        """Seconds until an open circuit lets a probe through (0 when not open)."""
        if self._opened_at is None or self.state is not CircuitState.OPEN:
            return 0.0
        return max(0.0, self._reset_seconds - (self._clock() - self._opened_at))

    @property
    def available(self) -> bool:
        """Would ``allow`` say yes now? (Does not claim the probe.)"""
        state = self.state
        return state is CircuitState.CLOSED or (
            state is CircuitState.HALF_OPEN and not self._probing
        )

    def allow(self) -> bool:
        """May a call start now? In half-open state this claims the single probe."""
        state = self.state
        if state is CircuitState.CLOSED:
            return True
        if state is CircuitState.HALF_OPEN and not self._probing:
            self._probing = True
            self._report(CircuitState.HALF_OPEN)
            return True
        return False

    def record_success(self) -> None:
        """A call succeeded: close the circuit."""
        was_open = self._opened_at is not None
        self._failures = 0
        self._opened_at = None
        self._probing = False
        if was_open:
            self._report(CircuitState.CLOSED)

    def record_failure(self) -> None:
        """A call failed: open the circuit at the threshold, or again after a failed probe."""
        self._failures += 1
        # Failures past the threshold keep an open circuit open: only the first one opens it.
        opens = self._probing or (self._failures >= self._threshold and self._opened_at is None)
        if self._probing or self._failures >= self._threshold:
            self._opened_at = self._clock()
        self._probing = False
        if opens:
            self._report(CircuitState.OPEN)

    def release(self) -> None:
        """A call ended without a verdict (cancelled): free the probe slot if it held it."""
        self._probing = False

    def _report(self, state: CircuitState) -> None:
        if self.on_transition is not None:
            self.on_transition(state)
