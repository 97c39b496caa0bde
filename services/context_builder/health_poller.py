"""Polls DataForge's health endpoint; its state feeds readiness details, metrics and the API."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from dataclasses import dataclass

from nf_core.breaker import CircuitState
from services.context_builder import metrics
from services.context_builder.dataforge import DataForgeClient, UpstreamError

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class DataForgeHealth:
    """DataForge as this replica sees it."""

    configured: bool
    status: str  # disabled, unknown, up, degraded, down
    circuit_state: str
    consecutive_failures: int
    latency_ms: float
    last_error: str
    checked_seconds_ago: float
    upstream_version: str


DISABLED = DataForgeHealth(False, "disabled", CircuitState.CLOSED.value, 0, 0.0, "", 0.0, "")


class DataForgePoller:
    """Checks DataForge every ``interval_seconds`` in the background."""

    def __init__(
        self, client: DataForgeClient, interval_seconds: float, timeout_seconds: float
    ) -> None:
        self._client = client
        self._interval = interval_seconds
        self._timeout = timeout_seconds
        self._status = "unknown"
        self._latency_ms = 0.0
        self._error = ""
        self._version = ""
        self._checked_at: float | None = None
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        """Start polling (the first check runs at once)."""
        self._task = asyncio.create_task(self._run())

    async def stop(self) -> None:
        """Stop polling."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def check_once(self) -> None:
        """One health check; updates the state and the metrics."""
        started = time.perf_counter()
        try:
            answer = await self._client.health(self._timeout)
        except UpstreamError as error:
            self._status, self._error, self._version = "down", error.reason, ""
        else:
            self._status = "up" if answer.status == "ok" else answer.status
            self._error = "" if answer.status == "ok" else f"DataForge reports {answer.status}"
            self._version = answer.version
        self._latency_ms = round((time.perf_counter() - started) * 1e3, 2)
        self._checked_at = time.monotonic()
        metrics.DATAFORGE_UP.set(1 if self._status == "up" else 0)

    async def _run(self) -> None:
        while True:
            try:
                await self.check_once()
            except Exception:  # keep polling whatever happens
                logger.exception("DataForge health check crashed")
            await asyncio.sleep(self._interval)

    def snapshot(self) -> DataForgeHealth:
        """The current state."""
        breaker = self._client.breaker
        age = 0.0 if self._checked_at is None else time.monotonic() - self._checked_at
        return DataForgeHealth(
            configured=True,
            status=self._status,
            circuit_state=breaker.state.value,
            consecutive_failures=breaker.consecutive_failures,
            latency_ms=self._latency_ms,
            last_error=self._error,
            checked_seconds_ago=round(age, 3),
            upstream_version=self._version,
        )
