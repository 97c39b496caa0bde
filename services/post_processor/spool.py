"""A durable, ordered local queue for inferences the database could not take.

It is a SQLite file next to the service (WAL, synchronous=FULL), so an accepted inference
survives a crash of the post-processor as well as an outage of the database.
"""

from __future__ import annotations

import time
from pathlib import Path

from nf_core.db import SqliteDatabase

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS spool ("
    "seq INTEGER PRIMARY KEY AUTOINCREMENT, payload BLOB NOT NULL, enqueued_at_us INTEGER NOT NULL)"
)


class Spool:
    """FIFO of serialized requests."""

    def __init__(self, database: SqliteDatabase) -> None:
        self._db = database

    @classmethod
    async def open(cls, path: Path) -> Spool:
        """Open (creating) the spool file."""
        database = await SqliteDatabase.open(path)
        await database.execute("PRAGMA synchronous=FULL")
        await database.execute(_SCHEMA)
        return cls(database)

    async def append(self, payload: bytes) -> None:
        """Add an item at the tail (durable when this returns)."""
        await self._db.execute(
            "INSERT INTO spool (payload, enqueued_at_us) VALUES ($1, $2)",
            payload,
            time.time_ns() // 1000,
        )

    async def head(self, limit: int) -> list[tuple[int, bytes]]:
        """The oldest items, in order."""
        rows = await self._db.fetch("SELECT seq, payload FROM spool ORDER BY seq LIMIT $1", limit)
        return [(int(row["seq"]), bytes(row["payload"])) for row in rows]

    async def remove(self, seq: int) -> None:
        """Drop an item once it is stored for good."""
        await self._db.execute("DELETE FROM spool WHERE seq = $1", seq)

    async def depth(self) -> int:
        """How many items wait."""
        rows = await self._db.fetch("SELECT count(*) AS n FROM spool")
        return int(rows[0]["n"])

    async def close(self) -> None:
        """Close the file."""
        await self._db.close()
