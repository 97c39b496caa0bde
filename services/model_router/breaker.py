"""One circuit breaker per model (the breaker itself is ``nf_core.breaker``)."""

from __future__ import annotations

import time
from collections.abc import Callable

from nf_core.breaker import CircuitBreaker, CircuitState
from nf_core.metrics import BREAKER_STATES

__all__ = ["Breakers", "CircuitBreaker", "CircuitState"]


class Breakers:
    """One breaker per model id, created on first use."""

    def __init__(
        self, threshold: int, reset_seconds: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._threshold = threshold
        self._reset_seconds = reset_seconds
        self._clock = clock
        self._breakers: dict[str, CircuitBreaker] = {}

    def __getitem__(self, model_id: str) -> CircuitBreaker:
        breaker = self._breakers.get(model_id)
        if breaker is None:
            breaker = CircuitBreaker(self._threshold, self._reset_seconds, self._clock)
            # Model ids come from the registry, so the dependency label stays bounded.
            BREAKER_STATES.watch(f"model:{model_id}", breaker)
            self._breakers[model_id] = breaker
        return breaker

    def state(self, model_id: str) -> CircuitState:
        """State of a model's breaker (closed when it has never been used)."""
        breaker = self._breakers.get(model_id)
        return CircuitState.CLOSED if breaker is None else breaker.state
