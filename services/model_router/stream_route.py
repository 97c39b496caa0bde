"""Streaming routing: text fragments as the model produces them, fallback only before the first.

Candidates are tried one after another in strategy order (no hedging: two streams cannot both
be forwarded). A model that fails or stays silent past the provider timeout before its first
fragment is left for the next one; once a fragment has been sent, a failure ends the stream,
because the caller already holds part of that model's answer, and so does a model that stalls
longer than the provider timeout between two fragments (the caller's deadline alone would let
a stalled stream hold its connection for a minute). Each model gets one attempt.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncGenerator, AsyncIterator

import nf_tokenizer
from nf_core.errors import DeadlineExceededError, UnavailableError
from services.model_router import metrics
from services.model_router.hedging import NoWinnerError, RaceReport
from services.model_router.providers.base import GenerationRequest, Provider, ProviderError
from services.model_router.registry import ModelSpec
from services.model_router.router import (
    RouteOutcome,
    Router,
    RouteRequest,
    count_extra_starts,
    failure_error,
    model_request,
    role_in,
)

logger = logging.getLogger(__name__)


async def _fragments(provider: Provider, request: GenerationRequest) -> AsyncGenerator[str]:
    stream = getattr(provider, "stream", None)
    if stream is None:  # a provider that only answers whole: one fragment
        yield (await provider.generate(request)).text
        return
    # Closed explicitly, not left to garbage collection: closing it ends the provider's HTTP
    # stream, which is what stops a cancelled answer from costing more tokens.
    async with contextlib.aclosing(stream(request)) as fragments:
        async for fragment in fragments:
            if fragment:
                yield fragment


async def _first(fragments: AsyncIterator[str], seconds: float) -> str | None:
    """The first fragment (None for an empty answer), or the timeout as a ``ProviderError``."""
    try:
        async with asyncio.timeout(seconds):
            return await anext(fragments)
    except StopAsyncIteration:
        return None
    except TimeoutError:
        raise ProviderError(f"no first fragment within {seconds:g}s", kind="timeout") from None


async def stream_route(
    router: Router, request: RouteRequest, caller_deadline: float | None
) -> AsyncGenerator[str | RouteOutcome]:
    """Yield the answer's fragments, then its ``RouteOutcome`` (whose text is the whole answer).

    Raises:
        ServiceError: no model produced a first fragment (as ``Router.route`` reports it), the
            deadline passed, or the chosen model failed after its first fragment (UNAVAILABLE).
    """
    budget = router.deadline_seconds
    if caller_deadline is not None:
        budget = min(budget, caller_deadline)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + budget
    slot = await router.slot_for(request)
    report: RaceReport[ModelSpec] = RaceReport()
    for spec in router.candidates(request, slot):
        breaker = router.breakers[spec.model_id]
        if not breaker.allow():
            report.skipped.append(spec)
            _count_call(spec, "circuit_open")
            continue
        report.started.append(spec)
        fragments = _fragments(router.provider_for(spec), model_request(request.generation, spec))
        started = loop.time()
        try:
            left = deadline - loop.time()
            first = await _first(fragments, min(router.policy.provider_timeout_seconds, left))
        except ProviderError as error:
            await fragments.aclose()
            logger.warning(
                "model %s failed before streaming (%s): %s", spec.model_id, error.kind, error
            )
            report.failures.append((spec, error))
            _count_call(spec, error.kind)
            if error.request_fault:
                breaker.record_success()
                if router.is_fatal(error):
                    count_extra_starts(report)
                    failed = NoWinnerError(report, fatal=error, timed_out=False)
                    raise failure_error(failed, budget) from error
            else:
                breaker.record_failure()
            if loop.time() >= deadline:
                break
            continue
        except BaseException:
            _count_call(spec, "cancelled")
            breaker.release()
            await fragments.aclose()
            raise
        parts = [] if first is None else [first]
        stall = router.policy.provider_timeout_seconds
        stall_at = deadline
        try:
            if first is not None:
                yield first
            while True:
                stall_at = loop.time() + stall
                async with asyncio.timeout_at(min(deadline, stall_at)):
                    fragment = await anext(fragments, None)
                if fragment is None:
                    break
                parts.append(fragment)
                yield fragment
        except (ProviderError, TimeoutError) as error:
            breaker.record_failure()
            # Which bound fired is decided by the bounds, not by reading the clock after the
            # fact: uvloop's millisecond timers can wake a fraction of a millisecond early.
            stalled = isinstance(error, TimeoutError) and stall_at < deadline
            _count_call(spec, error.kind if isinstance(error, ProviderError) else "timeout")
            count_extra_starts(report)
            raise _broken(spec, error, len(parts), stalled, stall) from error
        except BaseException:  # the caller went away mid-answer: no verdict on the model
            _count_call(spec, "cancelled")
            breaker.release()
            raise
        finally:
            await fragments.aclose()
        breaker.record_success()
        _count_call(spec, "ok")
        count_extra_starts(report)
        elapsed_ms = (loop.time() - started) * 1e3
        text = "".join(parts)
        yield RouteOutcome(
            spec=spec,
            text=text,
            finish_reason="stop",
            prompt_tokens=request.prompt_tokens,
            completion_tokens=nf_tokenizer.count(text),
            latency_ms=round(elapsed_ms),
            attempted=[s.model_id for s in report.started],
            role=role_in(slot, spec.model_id),
            skipped=[s.model_id for s in report.skipped],
            strategy=router.strategy_for(request),
        )
        return
    timed_out = loop.time() >= deadline
    count_extra_starts(report)
    raise failure_error(NoWinnerError(report, fatal=None, timed_out=timed_out), budget)


def _count_call(spec: ModelSpec, outcome: str) -> None:
    metrics.MODEL_CALLS.labels(spec.model_id, spec.provider, outcome).inc()


def _broken(
    spec: ModelSpec, error: BaseException, sent: int, stalled: bool, stall_seconds: float
) -> Exception:
    if stalled:
        return UnavailableError(
            f"{spec.model_id} stalled for {stall_seconds:g}s after {sent} fragments were sent"
        )
    if isinstance(error, TimeoutError):
        return DeadlineExceededError(f"{spec.model_id} was still streaming at the deadline")
    return UnavailableError(f"{spec.model_id} failed after {sent} fragments were sent: {error}")
