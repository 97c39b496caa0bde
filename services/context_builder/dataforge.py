"""DataForge HTTP client: per-call timeout, jittered retries within the deadline, a breaker."""

from __future__ import annotations

import asyncio
import logging
import random
import time
from dataclasses import dataclass

import httpx

from nf_core.backoff import delay_within
from nf_core.breaker import CircuitBreaker, CircuitState
from nf_core.request_context import current_request_id
from services.context_builder.contract import (
    API_VERSION,
    API_VERSION_HEADER,
    CONTEXT_PATH,
    HEALTH_PATH,
    ContextRequest,
    ContextResponse,
    ContractError,
    HealthResponse,
    parse_context,
    parse_health,
)

logger = logging.getLogger(__name__)

_RETRYABLE_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})
# Less time than this left for an attempt is not worth starting one.
_MIN_ATTEMPT_SECONDS = 0.02


class UpstreamError(Exception):
    """DataForge could not give a usable answer; ``reason`` is safe to show and log."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class PackUnknownUpstreamError(UpstreamError):
    """DataForge answered 404 for the pack: a healthy answer, not an outage."""


@dataclass(frozen=True)
class RetryPolicy:
    """How hard to try one fetch."""

    timeout_seconds: float = 2.0
    max_retries: int = 3
    backoff_base_seconds: float = 0.1
    backoff_max_seconds: float = 1.0


class _RetryableError(UpstreamError):
    """A failure worth another attempt (timeouts, connection errors, 5xx, 429)."""


class DataForgeClient:
    """Talks to DataForge's context and health endpoints.

    Args:
        base_url: DataForge root, e.g. ``http://dataforge:8000``.
        policy: Timeout and retry settings.
        breaker: Shared by every fetch; counts one failure per failed fetch (after retries).
        transport: Optional httpx transport (tests).
    """

    def __init__(
        self,
        base_url: str,
        policy: RetryPolicy,
        breaker: CircuitBreaker,
        transport: httpx.AsyncBaseTransport | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self._client = httpx.AsyncClient(
            base_url=base_url.rstrip("/"),
            timeout=policy.timeout_seconds,
            headers={API_VERSION_HEADER: API_VERSION, "accept": "application/json"},
            transport=transport,
        )
        self._policy = policy
        self.breaker = breaker
        self._rng = rng or random.Random()

    async def close(self) -> None:
        """Close connections."""
        await self._client.aclose()

    async def fetch_context(
        self, request: ContextRequest, deadline: float | None = None
    ) -> ContextResponse:
        """Fetch a pack's context for a query.

        Args:
            request: What to ask for.
            deadline: ``time.monotonic()`` value by which the answer is needed (None: no limit).

        Raises:
            PackUnknownUpstreamError: DataForge does not know the pack.
            UpstreamError: DataForge is unavailable, too slow, or broke the contract; also when
                the circuit is open (no call is made).
        """
        if not self.breaker.allow():
            raise UpstreamError(
                f"circuit open after repeated failures; next probe in "
                f"{self.breaker.retry_in_seconds:.0f} s"
            )
        try:
            response = await self._with_retries(request, deadline)
        except PackUnknownUpstreamError:
            self.breaker.record_success()
            raise
        except UpstreamError:
            self.breaker.record_failure()
            raise
        except BaseException:
            self.breaker.release()
            raise
        self.breaker.record_success()
        return response

    async def _with_retries(
        self, request: ContextRequest, deadline: float | None
    ) -> ContextResponse:
        attempt = 0
        while True:
            attempt += 1
            remaining = None if deadline is None else deadline - time.monotonic()
            if remaining is not None and remaining < _MIN_ATTEMPT_SECONDS:
                raise UpstreamError("no time left in the request deadline")
            timeout = self._policy.timeout_seconds
            if remaining is not None:
                timeout = min(timeout, remaining)
            try:
                return await self._attempt(request, timeout)
            except _RetryableError as error:
                remaining = None if deadline is None else deadline - time.monotonic()
                delay = delay_within(
                    attempt,
                    self._policy.backoff_base_seconds,
                    self._policy.backoff_max_seconds,
                    remaining,
                    _MIN_ATTEMPT_SECONDS,
                    self._rng,
                )
                if attempt > self._policy.max_retries or delay is None:
                    raise UpstreamError(f"{error.reason} (after {attempt} attempts)") from None
                logger.info("DataForge attempt %d failed (%s); retrying", attempt, error.reason)
                await asyncio.sleep(delay)

    async def _attempt(self, request: ContextRequest, budget_seconds: float) -> ContextResponse:
        try:
            response = await self._client.post(
                CONTEXT_PATH,
                content=request.model_dump_json(),
                headers={"content-type": "application/json", "x-request-id": current_request_id()},
                timeout=budget_seconds,
            )
        except httpx.TimeoutException:
            raise _RetryableError(f"timed out after {budget_seconds:.2f} s") from None
        except httpx.HTTPError as error:
            raise _RetryableError(f"connection failed: {type(error).__name__}") from None
        if response.status_code == 404:
            raise PackUnknownUpstreamError(f"DataForge does not know pack {request.pack_id!r}")
        if response.status_code in _RETRYABLE_STATUSES:
            raise _RetryableError(f"HTTP {response.status_code}")
        if response.status_code != 200:
            raise UpstreamError(f"HTTP {response.status_code}")
        try:
            return parse_context(response.content)
        except ContractError as error:
            raise UpstreamError(error.reason) from None

    async def health(self, budget_seconds: float) -> HealthResponse:
        """One health check (no retries, breaker untouched).

        Raises:
            UpstreamError: unreachable, non-200, or a malformed answer.
        """
        try:
            response = await self._client.get(HEALTH_PATH, timeout=budget_seconds)
        except httpx.HTTPError as error:
            raise UpstreamError(f"health check failed: {type(error).__name__}") from None
        if response.status_code != 200:
            raise UpstreamError(f"health check answered HTTP {response.status_code}")
        try:
            return parse_health(response.content)
        except ContractError as error:
            raise UpstreamError(error.reason) from None

    @property
    def circuit_state(self) -> CircuitState:
        """State of the DataForge circuit."""
        return self.breaker.state
