"""One model's share of a request: attempts with backoff, accounted in its circuit breaker."""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from opentelemetry.trace import Span, SpanKind, Status, StatusCode

from nf_core.tracing import tracer
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
_tracer = tracer(__name__)


@contextmanager
def provider_span(model_id: str, attempt: int) -> Iterator[Span]:
    """A CLIENT span around one provider call (hand-written: openai and anthropic talk through
    httpx2, which no maintained instrumentation covers, and the local model makes no call).

    Failures are marked by kind only: provider error messages can quote the request.
    """
    with _tracer.start_as_current_span(
        f"provider {model_id}",
        kind=SpanKind.CLIENT,
        attributes={"gen_ai.request.model": model_id, "neuroforge.attempt": attempt},
        record_exception=False,
        set_status_on_exception=False,
    ) as span:
        try:
            yield span
        except ProviderError as error:
            span.set_status(Status(StatusCode.ERROR, error.kind))
            raise
        except TimeoutError:
            span.set_status(Status(StatusCode.ERROR, "timeout"))
            raise


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
            with provider_span(model_id, attempt) as span:
                async with asyncio.timeout(policy.provider_timeout_seconds):
                    result = await provider.generate(request)
                span.set_attribute("gen_ai.response.finish_reasons", [result.finish_reason])
                if result.prompt_tokens is not None:  # the router counts them when it is None
                    span.set_attribute("gen_ai.usage.input_tokens", result.prompt_tokens)
                if result.completion_tokens is not None:
                    span.set_attribute("gen_ai.usage.output_tokens", result.completion_tokens)
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
