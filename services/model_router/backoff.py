"""How long to wait before retrying a model: full-jitter backoff with Retry-After as a floor."""

from __future__ import annotations

import random

from nf_core.backoff import full_jitter
from services.model_router.providers.base import ProviderError


def retry_delay(
    error: ProviderError,
    attempt: int,
    *,
    base_seconds: float,
    max_seconds: float,
    remaining_seconds: float,
    rng: random.Random,
) -> float | None:
    """Seconds to wait before the next attempt, or None when retrying this model is pointless.

    A provider's ``Retry-After`` is a floor: we never come back sooner. When it asks for longer
    than ``max_seconds``, or the wait would not leave time before the deadline, the caller should
    move on to the next model instead of sleeping.
    """
    if not error.retryable:
        return None
    delay = full_jitter(attempt, base_seconds, max_seconds, rng)
    if error.retry_after is not None:
        if error.retry_after > max_seconds:
            return None
        delay = max(delay, error.retry_after)
    if delay >= remaining_seconds:
        return None
    return delay
