"""Database.run_steps: one transaction driven by a generator, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import asyncpg
import pytest

from nf_core.db import Database, Steps

_TABLE = "CREATE TABLE IF NOT EXISTS steps_probe (id TEXT PRIMARY KEY, note TEXT NOT NULL)"
_INSERT = "INSERT INTO steps_probe (id, note) VALUES ($1, $2) ON CONFLICT DO NOTHING"


async def _prepared(database: Database) -> Database:
    await database.execute_script(f"DROP TABLE IF EXISTS steps_probe;\n{_TABLE};")
    return database


async def _ids(database: Database) -> list[str]:
    rows = await database.fetch("SELECT id FROM steps_probe ORDER BY id")
    return [row["id"] for row in rows]


def _insert_twice(seen: list[int]) -> Steps[str]:
    seen.append((yield _INSERT, ("a", "first")))
    seen.append((yield _INSERT, ("a", "again")))  # conflicts: changes nothing
    seen.append((yield _INSERT, ("b", "second")))
    return "done"


async def test_steps_receive_changed_row_counts_and_commit(database: Database) -> None:
    database = await _prepared(database)
    seen: list[int] = []
    assert await database.run_steps(_insert_twice(seen)) == "done"
    assert seen == [1, 0, 1]
    assert await _ids(database) == ["a", "b"]


def _insert_then_fail() -> Steps[None]:
    yield _INSERT, ("a", "first")
    raise RuntimeError("the body failed after a statement")


def _insert_then_bad_sql() -> Steps[None]:
    yield _INSERT, ("a", "first")
    yield "INSERT INTO no_such_table VALUES ($1)", ("x",)


@pytest.mark.parametrize("body", [_insert_then_fail, _insert_then_bad_sql])
async def test_a_failing_step_rolls_the_whole_transaction_back(
    database: Database, body: Callable[[], Steps[None]]
) -> None:
    database = await _prepared(database)
    with pytest.raises((RuntimeError, sqlite3.OperationalError, asyncpg.UndefinedTableError)):
        await database.run_steps(body())
    assert await _ids(database) == []
    # The connection is usable afterwards.
    assert await database.run_steps(_insert_twice([])) == "done"
