"""Full-jitter exponential backoff, bounded by a maximum and by the time that is left."""

from __future__ import annotations

import random


def full_jitter(
    attempt: int, base_seconds: float, max_seconds: float, rng: random.Random | None = None
) -> float:
    """Seconds to wait before the retry that follows failed attempt number ``attempt`` (1-based).

    Uniform in ``[0, min(max_seconds, base_seconds * 2**(attempt - 1))]`` ("full jitter"), which
    spreads the retries of many clients that failed together.
    """
    ceiling = min(max_seconds, base_seconds * 2 ** max(attempt - 1, 0))
    return (rng or random).uniform(0.0, ceiling)


def delay_within(
    attempt: int,
    base_seconds: float,
    max_seconds: float,
    remaining_seconds: float | None,
    reserve_seconds: float = 0.0,
    rng: random.Random | None = None,
) -> float | None:
    """A full-jitter delay, or None when waiting would leave less than ``reserve_seconds``.

    Args:
        attempt: The attempt that just failed (1-based).
        base_seconds: Ceiling of the first delay.
        max_seconds: Largest ceiling.
        remaining_seconds: Time left before the caller's deadline (None: unbounded).
        reserve_seconds: Time the next attempt needs after the wait.
        rng: Random source, injectable for tests.
    """
    delay = full_jitter(attempt, base_seconds, max_seconds, rng)
    if remaining_seconds is not None and delay + reserve_seconds >= remaining_seconds:
        return None
    return delay
