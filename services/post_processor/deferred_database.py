"""A database the Post-Processor can start without: opened (and migrated) in the background.

If the database is unreachable at start-up, the service still starts: writes go to the spool
(every call raises ``DatabaseUnavailableError``, which the writer already handles) and a task
keeps trying to open it, then migrates and starts answering. A restart during an outage
therefore no longer takes the whole pipeline down with it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any, TypeVar

from nf_core.db import Database, DatabaseUnavailableError, Row, Steps, Transaction

logger = logging.getLogger(__name__)
T = TypeVar("T")

Opener = Callable[[], Awaitable[Database]]


class DeferredDatabase:
    """Implements ``Database``; unavailable until ``opener`` has succeeded once."""

    def __init__(self, opener: Opener, dialect: str, retry_seconds: float) -> None:
        self._opener = opener
        self.dialect = dialect
        self._retry_seconds = retry_seconds
        self._inner: Database | None = None
        self._last_error = "not opened yet"
        self._task: asyncio.Task[None] | None = None
        self.opened = asyncio.Event()

    @property
    def state(self) -> str:
        """``connected`` or ``connecting`` (for health details)."""
        return "connected" if self._inner is not None else "connecting"

    async def start(self) -> None:
        """Open now if possible; otherwise keep trying in the background.

        Raises:
            Exception: anything but unavailability (a bad URL, a failing migration) stops
                start-up, as it would without this wrapper.
        """
        try:
            await self._open_once()
        except DatabaseUnavailableError as error:
            logger.warning(
                "database unreachable at start-up (%s); spooling writes, retrying every %gs",
                error,
                self._retry_seconds,
            )
            self._task = asyncio.create_task(self._open_eventually())

    async def _open_once(self) -> None:
        try:
            self._inner = await self._opener()
        except DatabaseUnavailableError as error:
            self._last_error = str(error).removeprefix("database unavailable: ")
            raise
        self.opened.set()

    async def _open_eventually(self) -> None:
        while self._inner is None:
            await asyncio.sleep(self._retry_seconds)
            try:
                await self._open_once()
            except DatabaseUnavailableError:
                continue
            except Exception:  # a migration failing for another reason: keep the service up
                logger.exception("opening the database failed; retrying")
                continue
            logger.info("database reachable again; replaying the spool")

    def _database(self) -> Database:
        if self._inner is None:
            raise DatabaseUnavailableError(f"not connected since start-up ({self._last_error})")
        return self._inner

    async def execute(self, sql: str, *args: Any) -> int:
        return await self._database().execute(sql, *args)

    async def fetch(self, sql: str, *args: Any) -> list[Row]:
        return await self._database().fetch(sql, *args)

    async def run_steps(self, steps: Steps[T]) -> T:
        return await self._database().run_steps(steps)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Transaction]:
        async with self._database().transaction() as transaction:
            yield transaction

    async def execute_script(self, sql: str) -> None:
        await self._database().execute_script(sql)

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        if self._inner is not None:
            await self._inner.close()
