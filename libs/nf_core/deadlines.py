"""Carving per-stage timeouts out of one request deadline."""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence

from nf_core.errors import DeadlineExceededError


class DeadlineBudget:
    """A request's remaining time, shared out so that later stages always keep their reserve.

    Each stage gets at most its cap, and never so much that the stages after it would be left
    with less than their minimum reserve.
    """

    def __init__(
        self,
        total_seconds: float,
        reserves: Mapping[str, float],
        order: Sequence[str],
    ) -> None:
        self._now = time.monotonic
        self._deadline = self._now() + total_seconds
        self._reserves = dict(reserves)
        self._order = list(order)

    def remaining(self) -> float:
        """Seconds left before the request deadline."""
        return self._deadline - self._now()

    def timeout_for(self, stage: str, cap: float) -> float:
        """Timeout for the next call to ``stage``.

        Raises:
            DeadlineExceededError: when no time is left for this stage.
        """
        later = self._order[self._order.index(stage) + 1 :]
        reserved = sum(self._reserves.get(name, 0.0) for name in later)
        available = self.remaining() - reserved
        if available <= 0.001:
            raise DeadlineExceededError(
                f"request deadline exhausted before stage {stage}; raise the client deadline"
            )
        return min(cap, available)
