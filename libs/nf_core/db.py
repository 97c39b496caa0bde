"""A minimal async database layer over SQLite (aiosqlite) and PostgreSQL (asyncpg).

SQL is written once with PostgreSQL's ``$1`` placeholders; the SQLite backend rewrites them to
``?``. Each placeholder must appear once and in order, which keeps that rewrite exact. Losing
the connection to the server raises ``DatabaseUnavailableError``, whatever the driver's own
exception, so callers can tell "the database is down" from "the statement is wrong".
"""

from __future__ import annotations

import asyncio
import re
import sqlite3
from collections.abc import AsyncIterator, Generator, Mapping, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path
from typing import Any, Protocol, TypeVar

import aiosqlite
import asyncpg

from nf_core.errors import UnavailableError

_PLACEHOLDER = re.compile(r"\$(\d+)")

Row = Mapping[str, Any]
T = TypeVar("T")
Statement = tuple[str, Sequence[Any]]
# A transaction's body as a generator: it yields (sql, args) and is sent each statement's
# changed-row count; its return value is the transaction's result.
Steps = Generator[Statement, int, T]

_PG_UNAVAILABLE: tuple[type[BaseException], ...] = (
    OSError,
    TimeoutError,
    asyncpg.PostgresConnectionError,
    asyncpg.CannotConnectNowError,
    asyncpg.InterfaceError,
    asyncpg.TooManyConnectionsError,
    asyncpg.AdminShutdownError,
    asyncpg.CrashShutdownError,
)


class DatabaseUnavailableError(UnavailableError):
    """The database server cannot be reached or dropped the connection (UNAVAILABLE)."""

    def __init__(self, detail: str) -> None:
        super().__init__(f"database unavailable: {detail}")


class Transaction(Protocol):
    """Statements run inside one transaction."""

    async def execute(self, sql: str, *args: Any) -> int:
        """Run a statement; return the number of rows it changed."""
        ...

    async def fetch(self, sql: str, *args: Any) -> list[Row]:
        """Run a query; return its rows as mappings."""
        ...


class Database(Protocol):
    """What repositories need from a database."""

    dialect: str

    async def execute(self, sql: str, *args: Any) -> int:
        """Run a statement in its own transaction; return the number of rows it changed."""
        ...

    async def fetch(self, sql: str, *args: Any) -> list[Row]:
        """Run a query; return its rows as mappings."""
        ...

    def transaction(self) -> AbstractAsyncContextManager[Transaction]:
        """An async context manager yielding a ``Transaction``; commits on success."""
        ...

    async def run_steps(self, steps: Steps[T]) -> T:
        """Run the statements ``steps`` yields in one transaction; return what it returns.

        Each statement is sent its changed-row count, so later statements can depend on
        earlier ones. Commits when the generator returns, rolls back if anything raises.
        """
        ...

    async def execute_script(self, sql: str) -> None:
        """Run several statements in one transaction (migrations)."""
        ...

    async def close(self) -> None:
        """Release connections."""
        ...


def _to_qmark(sql: str) -> str:
    numbers = [int(n) for n in _PLACEHOLDER.findall(sql)]
    if numbers != list(range(1, len(numbers) + 1)):
        raise ValueError("placeholders must be $1..$n, each once and in order")
    return _PLACEHOLDER.sub("?", sql)


async def run_steps_in(transaction: Transaction, steps: Steps[T]) -> T:
    """Drive ``steps`` through an open transaction, one awaited statement at a time."""
    try:
        statement = next(steps)
        while True:
            sql, args = statement
            statement = steps.send(await transaction.execute(sql, *args))
    except StopIteration as finished:
        result: T = finished.value
        return result
    finally:
        steps.close()


def _run_steps_on(connection: sqlite3.Connection, steps: Steps[T]) -> T:
    """The whole transaction on the connection's own thread, like ``transaction()`` does it."""
    try:
        try:
            statement = next(steps)
            while True:
                sql, args = statement
                statement = steps.send(connection.execute(_to_qmark(sql), args).rowcount)
        except StopIteration as finished:
            result: T = finished.value
        connection.commit()
    except BaseException:
        connection.rollback()
        raise
    finally:
        steps.close()
    return result


class _SqliteTransaction:
    def __init__(self, connection: aiosqlite.Connection) -> None:
        self._connection = connection

    async def execute(self, sql: str, *args: Any) -> int:
        cursor = await self._connection.execute(_to_qmark(sql), args)
        return cursor.rowcount

    async def fetch(self, sql: str, *args: Any) -> list[Row]:
        async with self._connection.execute(_to_qmark(sql), args) as cursor:
            return [dict(row) for row in await cursor.fetchall()]


class SqliteDatabase:
    """SQLite through one aiosqlite connection (writes are serialised by SQLite anyway)."""

    dialect = "sqlite"

    def __init__(self, connection: aiosqlite.Connection) -> None:
        self._connection = connection
        # One connection: statements of concurrent tasks must not interleave inside a transaction.
        self._lock = asyncio.Lock()

    @classmethod
    async def open(cls, path: Path) -> SqliteDatabase:
        """Open (creating) a database file with WAL journaling."""
        path.parent.mkdir(parents=True, exist_ok=True)
        connection = await aiosqlite.connect(path)
        connection.row_factory = aiosqlite.Row
        await connection.execute("PRAGMA journal_mode=WAL")
        await connection.execute("PRAGMA synchronous=NORMAL")
        await connection.execute("PRAGMA busy_timeout=5000")
        await connection.execute("PRAGMA foreign_keys=ON")
        return cls(connection)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Transaction]:
        async with self._lock:
            try:
                yield _SqliteTransaction(self._connection)
                await self._connection.commit()
            except BaseException:
                await self._connection.rollback()
                raise

    async def execute(self, sql: str, *args: Any) -> int:
        async with self.transaction() as transaction:
            return await transaction.execute(sql, *args)

    async def run_steps(self, steps: Steps[T]) -> T:
        # Every awaited aiosqlite call is a round trip to its thread and back through the event
        # loop; here the whole transaction is one. aiosqlite has no public way to run a function
        # on its thread, hence ``_execute`` (the method its own calls go through).
        async with self._lock:
            result: T = await self._connection._execute(  # type: ignore[no-untyped-call]
                _run_steps_on, self._connection._conn, steps
            )
            return result

    async def fetch(self, sql: str, *args: Any) -> list[Row]:
        async with self._lock, self._connection.execute(_to_qmark(sql), args) as cursor:
            return [dict(row) for row in await cursor.fetchall()]

    async def execute_script(self, sql: str) -> None:
        async with self._lock:
            await self._connection.executescript(f"BEGIN;\n{sql}\nCOMMIT;")

    async def close(self) -> None:
        await self._connection.close()


def _changed_rows(status: str) -> int:
    tail = status.rsplit(" ", 1)[-1]
    return int(tail) if tail.isdigit() else 0


class _PostgresTransaction:
    def __init__(self, connection: asyncpg.Connection) -> None:
        self._connection = connection

    async def execute(self, sql: str, *args: Any) -> int:
        return _changed_rows(await self._connection.execute(sql, *args))

    async def fetch(self, sql: str, *args: Any) -> list[Row]:
        return [dict(record) for record in await self._connection.fetch(sql, *args)]


class PostgresDatabase:
    """PostgreSQL through an asyncpg pool."""

    dialect = "postgres"

    def __init__(self, pool: asyncpg.Pool) -> None:
        self._pool = pool

    @classmethod
    async def open(cls, dsn: str, min_size: int, max_size: int) -> PostgresDatabase:
        """Create the pool.

        Raises:
            DatabaseUnavailableError: the server cannot be reached.
        """
        try:
            pool = await asyncpg.create_pool(
                dsn, min_size=min_size, max_size=max_size, timeout=10, command_timeout=30
            )
        except _PG_UNAVAILABLE as error:
            raise DatabaseUnavailableError(str(error)) from error
        return cls(pool)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Transaction]:
        try:
            async with self._pool.acquire(timeout=10) as connection, connection.transaction():
                yield _PostgresTransaction(connection)
        except _PG_UNAVAILABLE as error:
            raise DatabaseUnavailableError(str(error)) from error

    async def execute(self, sql: str, *args: Any) -> int:
        async with self.transaction() as transaction:
            return await transaction.execute(sql, *args)

    async def run_steps(self, steps: Steps[T]) -> T:
        async with self.transaction() as transaction:
            return await run_steps_in(transaction, steps)

    async def fetch(self, sql: str, *args: Any) -> list[Row]:
        async with self.transaction() as transaction:
            return await transaction.fetch(sql, *args)

    async def execute_script(self, sql: str) -> None:
        try:
            async with self._pool.acquire() as connection, connection.transaction():
                await connection.execute(sql)
        except _PG_UNAVAILABLE as error:
            raise DatabaseUnavailableError(str(error)) from error

    async def close(self) -> None:
        await self._pool.close()


async def open_database(url: str, pool_min: int = 1, pool_max: int = 10) -> Database:
    """Open a database from a URL: ``sqlite:///path`` or ``postgresql://…``."""
    if url.startswith(("postgres://", "postgresql://")):
        return await PostgresDatabase.open(url, pool_min, pool_max)
    if url.startswith("sqlite:///"):
        return await SqliteDatabase.open(Path(url.removeprefix("sqlite:///")))
    raise ValueError("database URL must start with sqlite:/// or postgresql://")


@asynccontextmanager
async def connected(url: str) -> AsyncIterator[Database]:
    """Open a database for the duration of a block."""
    database = await open_database(url)
    try:
        yield database
    finally:
        await database.close()


def placeholders(start: int, count: int) -> str:
    """``$start, …`` for ``count`` parameters."""
    return ", ".join(f"${n}" for n in range(start, start + count))
