"""One model's share of a request: attempts with backoff, accounted in its circuit breaker."""

from __future__ import annotations

import asyncio
import logging
import random
from dataclasses import dataclass

from services.model_router.backoff import retry_delay
from services.model_router.breaker import CircuitBreaker
from services.model_router.policy import ResiliencePolicy
from services.model_router.providers.base import (
    GenerationRequest,
    GenerationResult,
    Provider,
    ProviderError,
)

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Answer:
    """A model's successful answer and how long its successful call took."""

    result: GenerationResult
    elapsed_ms: float
    attempts: int


class CircuitOpenError(ProviderError):
    """The model's breaker refused the call."""

    def __init__(self, model_id: str) -> None:
        super().__init__(f"circuit open for {model_id}", kind="server", retryable=False)


async def call_model(
    model_id: str,
    provider: Provider,
    request: GenerationRequest,
    breaker: CircuitBreaker,
    policy: ResiliencePolicy,
    deadline: float,
    rng: random.Random,
) -> Answer:
    """Call one model until it answers, fails for good, or has used its attempts.

    Only retryable failures are retried, after ``retry_delay``; a wait that would cross
    ``deadline`` (loop time) ends the attempts instead. A request fault (invalid request,
    content policy) proves the model is reachable, so it counts as a breaker success. A call
    cancelled after running longer than the hedge delay (it was overtaken or hit the deadline)
    counts as a failure; a shorter one leaves the breaker as it was.

    Raises:
        ProviderError: the last failure (``CircuitOpenError`` when the breaker said no).
    """
    loop = asyncio.get_running_loop()
    error: ProviderError = CircuitOpenError(model_id)
    for attempt in range(1, policy.max_attempts_per_model + 1):
        if not breaker.allow():
            # Our own failures may have just opened it: report the failure, not the circuit.
            raise error
        started = loop.time()
        try:
            async with asyncio.timeout(policy.provider_timeout_seconds):
                result = await provider.generate(request)
        except asyncio.CancelledError:
            if loop.time() - started >= policy.hedge_delay_seconds:
                breaker.record_failure()
            else:
                breaker.release()
            raise
        except TimeoutError:
            error = ProviderError(
                f"{model_id} gave no answer within {policy.provider_timeout_seconds:g}s",
                kind="timeout",
            )
        except ProviderError as failure:
            error = failure
        except Exception as failure:  # a provider bug must not take the whole request down
            logger.exception("provider of %s raised an unexpected error", model_id)
            error = ProviderError(f"{model_id} failed: {failure!r}", kind="server", retryable=False)
        else:
            breaker.record_success()
            return Answer(result, (loop.time() - started) * 1e3, attempt)
        if error.request_fault:
            breaker.record_success()
            raise error
        breaker.record_failure()
        if attempt == policy.max_attempts_per_model:
            break
        delay = retry_delay(
            error,
            attempt,
            base_seconds=policy.backoff_base_seconds,
            max_seconds=policy.backoff_max_seconds,
            remaining_seconds=deadline - loop.time(),
            rng=rng,
        )
        if delay is None:
            raise error
        logger.info("retrying %s in %.2fs after: %s", model_id, delay, error)
        await asyncio.sleep(delay)
    raise error
