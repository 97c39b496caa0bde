"""Last-known-good copies of DataForge answers, persisted in SQLite and ranked with BM25.

Every passage DataForge returns is remembered per pack with the pack version and the time it was
seen; when DataForge fails, the pack's remembered passages (of its latest version, and no older
than the maximum age) are ranked for the query like a local pack. The file survives restarts.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from pathlib import Path

from nf_core.db import SqliteDatabase
from services.context_builder.packs import Chunk, Pack, PackManifest, ScoredChunk

logger = logging.getLogger(__name__)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS lkg_chunks (
    pack_id TEXT NOT NULL,
    chunk_id TEXT NOT NULL,
    domain TEXT NOT NULL,
    pack_version TEXT NOT NULL,
    pack_title TEXT NOT NULL,
    document_title TEXT NOT NULL,
    text TEXT NOT NULL,
    seen_at REAL NOT NULL,
    PRIMARY KEY (pack_id, chunk_id)
);
"""
_UPSERT = (
    "INSERT INTO lkg_chunks (pack_id, chunk_id, domain, pack_version, pack_title, "
    "document_title, text, seen_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) "
    "ON CONFLICT (pack_id, chunk_id) DO UPDATE SET domain = excluded.domain, "
    "pack_version = excluded.pack_version, pack_title = excluded.pack_title, "
    "document_title = excluded.document_title, text = excluded.text, seen_at = excluded.seen_at"
)


class LastKnownGoodStore:
    """Remembers DataForge passages per pack and serves them when DataForge cannot.

    Args:
        database: An open SQLite database.
        max_age_seconds: Passages seen longer ago than this are not served.
        clock: Wall clock (ages must survive restarts), injectable for tests.
    """

    def __init__(
        self,
        database: SqliteDatabase,
        max_age_seconds: float,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._db = database
        self._max_age = max_age_seconds
        self._clock = clock
        # pack id -> (freshest seen_at, index); rebuilt when the pack is remembered again.
        self._indexes: dict[str, tuple[float, Pack]] = {}
        self._pending: set[asyncio.Task[None]] = set()

    @classmethod
    async def open(
        cls, path: Path, max_age_seconds: float, clock: Callable[[], float] = time.time
    ) -> LastKnownGoodStore:
        """Open (creating) the store file."""
        database = await SqliteDatabase.open(path)
        await database.execute_script(_SCHEMA)
        return cls(database, max_age_seconds, clock)

    async def close(self) -> None:
        """Finish pending writes and close the file."""
        if self._pending:
            await asyncio.gather(*self._pending, return_exceptions=True)
        await self._db.close()

    async def remember(self, manifest: PackManifest, chunks: list[Chunk]) -> None:
        """Store a DataForge answer's passages; passages of other versions are dropped."""
        now = self._clock()
        async with self._db.transaction() as transaction:
            await transaction.execute(
                "DELETE FROM lkg_chunks WHERE pack_id = $1 AND pack_version <> $2",
                manifest.pack_id,
                manifest.version,
            )
            for chunk in chunks:
                await transaction.execute(
                    _UPSERT,
                    manifest.pack_id,
                    chunk.chunk_id,
                    manifest.domain,
                    manifest.version,
                    manifest.title,
                    chunk.document_title,
                    chunk.text,
                    now,
                )
        self._indexes.pop(manifest.pack_id, None)

    def remember_later(self, manifest: PackManifest, chunks: list[Chunk]) -> None:
        """``remember`` in the background: never on the response's critical path."""
        task = asyncio.create_task(self._remember_logged(manifest, chunks))
        self._pending.add(task)
        task.add_done_callback(self._pending.discard)

    async def _remember_logged(self, manifest: PackManifest, chunks: list[Chunk]) -> None:
        try:
            await self.remember(manifest, chunks)
        except Exception:  # a failed copy must not fail anything else
            logger.exception("could not store last-known-good passages of %s", manifest.pack_id)

    async def flush(self) -> None:
        """Wait for background writes (tests, shutdown)."""
        if self._pending:
            await asyncio.gather(*list(self._pending), return_exceptions=True)

    def forget_index(self, pack_id: str) -> None:
        """Drop the in-memory index of a pack (all packs when empty)."""
        if pack_id:
            self._indexes.pop(pack_id, None)
        else:
            self._indexes.clear()

    async def search(
        self, pack_id: str, query: str, limit: int
    ) -> tuple[PackManifest, list[ScoredChunk]] | None:
        """Rank the pack's remembered passages; None when nothing fresh enough is stored."""
        cutoff = self._clock() - self._max_age
        cached = self._indexes.get(pack_id)
        if cached is not None and cached[0] >= cutoff:
            pack = cached[1]
        else:
            rows = await self._db.fetch(
                "SELECT * FROM lkg_chunks WHERE pack_id = $1 AND seen_at >= $2 ORDER BY chunk_id",
                pack_id,
                cutoff,
            )
            if not rows:
                self._indexes.pop(pack_id, None)
                return None
            first = rows[0]
            manifest = PackManifest(
                pack_id=pack_id,
                domain=first["domain"],
                version=first["pack_version"],
                title=first["pack_title"],
                description="",
                fallback_summary="",
            )
            chunks = [Chunk(r["chunk_id"], r["document_title"], r["text"]) for r in rows]
            pack = Pack(manifest, chunks)
            # The index is valid until its oldest passage ages out.
            self._indexes[pack_id] = (min(float(r["seen_at"]) for r in rows), pack)
        return pack.manifest, pack.search(query, limit)
