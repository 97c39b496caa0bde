"""DeferredDatabase: unavailable until opened, opened in the background, real errors still fatal."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from nf_core.db import DatabaseUnavailableError
from services.post_processor.deferred_database import DeferredDatabase


class FakeDatabase:
    dialect = "sqlite"

    def __init__(self) -> None:
        self.closed = False

    async def execute(self, sql: str, *args: Any) -> int:
        return 1

    async def fetch(self, sql: str, *args: Any) -> list[Any]:
        return [{"sql": sql}]

    async def close(self) -> None:
        self.closed = True


class Opener:
    """Fails with unavailability ``failures`` times, then opens."""

    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.calls = 0
        self.database = FakeDatabase()

    async def __call__(self) -> Any:
        self.calls += 1
        if self.calls <= self.failures:
            raise DatabaseUnavailableError("connection refused")
        return self.database


async def test_calls_fail_as_unavailable_until_a_background_open_succeeds() -> None:
    opener = Opener(failures=3)
    database = DeferredDatabase(opener, "postgres", retry_seconds=0.01)
    await database.start()
    assert database.state == "connecting"
    with pytest.raises(DatabaseUnavailableError, match=r"since start-up \(connection refused\)"):
        await database.fetch("SELECT 1")

    async with asyncio.timeout(5):
        await database.opened.wait()

    assert opener.calls == 4
    assert database.state == "connected"
    assert await database.fetch("SELECT 1") == [{"sql": "SELECT 1"}]
    await database.close()
    assert opener.database.closed


async def test_a_reachable_database_opens_during_start() -> None:
    opener = Opener(failures=0)
    database = DeferredDatabase(opener, "sqlite", retry_seconds=10)
    await database.start()
    assert database.state == "connected"
    assert await database.execute("DELETE FROM t") == 1
    await database.close()


async def test_errors_other_than_unavailability_still_stop_start_up() -> None:
    async def broken() -> Any:
        raise ValueError("database URL must start with sqlite:/// or postgresql://")

    database = DeferredDatabase(broken, "sqlite", retry_seconds=0.01)
    with pytest.raises(ValueError, match="database URL"):
        await database.start()
