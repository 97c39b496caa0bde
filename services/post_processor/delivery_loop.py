"""The background loop both outboxes run: deliver what is pending when woken or after a delay."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from abc import ABC, abstractmethod

from nf_core.db import DatabaseUnavailableError

logger = logging.getLogger(__name__)


class DeliveryLoop(ABC):
    """Runs ``deliver_pending`` whenever ``wake`` is set, and at the latest after ``next_delay``.

    Undelivered rows stay stored, so stopping loses nothing; a database outage only postpones
    the next pass.
    """

    #: Names what is delivered in the log line of a database outage.
    label = "delivery"

    def __init__(self) -> None:
        self.wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    @abstractmethod
    async def deliver_pending(self) -> int:
        """Deliver what is pending; return how many were delivered before the first failure."""

    @abstractmethod
    def next_delay(self) -> float:
        """Seconds to wait for ``wake`` before the next pass."""

    def start(self) -> None:
        """Start delivering (rows left from a previous run go first)."""
        self._task = asyncio.create_task(self._run())
        self.wake.set()

    async def stop(self) -> None:
        """Stop delivering; undelivered rows stay stored."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def _run(self) -> None:
        while True:
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self.wake.wait(), timeout=self.next_delay())
            self.wake.clear()
            try:
                await self.deliver_pending()
            except DatabaseUnavailableError as error:
                logger.warning("%s waits for the database: %s", self.label, error)
