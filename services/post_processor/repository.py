"""Inference persistence: one repository over any ``Database`` (SQLite or PostgreSQL).

Writes are idempotent twice over: on ``inference_id`` (a retried RecordInference stores nothing
new) and on the tenant's idempotency key (a retried client request resolves to the first row).
Each stored inference also gets a champion score event, delivered later by the outbox.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any

from neuroforge.common.v1 import pipeline_pb2 as pb
from nf_core.db import Database, Row, Steps, placeholders
from nf_core.enums import DOMAIN_NAMES, TASK_TYPE_NAMES
from nf_core.errors import AlreadyExistsError
from services.post_processor.pagination import Cursor
from services.post_processor.records import (
    COLUMNS,
    DIMENSIONS,
    created_us,
    record_from_row,
    row_values,
)

_ALL_COLUMNS = (*COLUMNS, "idempotency_key", "request_fingerprint")
_INSERT = (
    f"INSERT INTO inferences ({', '.join(_ALL_COLUMNS)}) "
    f"VALUES ({placeholders(1, len(_ALL_COLUMNS))}) ON CONFLICT DO NOTHING"
)
_CHUNK_COLUMNS = "inference_chunks (inference_id, position, chunk_id)"
_SCORE_COLUMNS = "inference_scores (inference_id, dimension, value, method, reason)"


def _multi_row_insert(table: str, rows: list[tuple[Any, ...]]) -> tuple[str, list[Any]]:
    """One INSERT for many rows: a single round trip instead of one per row."""
    width = len(rows[0])
    values = ", ".join(f"({placeholders(1 + i * width, width)})" for i in range(len(rows)))
    return (
        f"INSERT INTO {table} VALUES {values} ON CONFLICT DO NOTHING",
        [value for row in rows for value in row],
    )


_INSERT_EVENT = (
    "INSERT INTO champion_score_events "
    "(event_id, inference_id, domain, task_type, model_id, score, created_at_us) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING"
)
_INSERT_DATAFORGE_FEEDBACK = (
    "INSERT INTO dataforge_feedback_events "
    "(inference_id, pack_id, pack_version, chunk_ids, score, created_at_us) "
    "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING"
)
# Only chunks DataForge served are worth its feedback (local-pack ids mean nothing to it).
_DATAFORGE_TIERS = frozenset({pb.CONTEXT_TIER_DATAFORGE, pb.CONTEXT_TIER_LAST_KNOWN_GOOD})


@dataclass(frozen=True)
class HistoryFilter:
    """Optional filters of a history listing (empty/None = any)."""

    domain: str = ""
    task_type: str = ""
    user_id: str = ""
    created_after_us: int | None = None
    created_before_us: int | None = None
    passed: bool | None = None
    guard_verdict: str = ""

    def key(self) -> tuple[str, ...]:
        """Stable identity of the filter, bound into page tokens."""
        return (
            self.domain,
            self.task_type,
            self.user_id,
            str(self.created_after_us),
            str(self.created_before_us),
            str(self.passed),
            self.guard_verdict,
        )


@dataclass(frozen=True)
class SaveOutcome:
    """What ``save`` did: stored the record, or found the one stored under its key."""

    record: pb.InferenceRecord
    inserted: bool
    deduplicated: bool


class InferenceRepository:
    """Stores and reads inference records.

    Args:
        database: SQLite or PostgreSQL.
        dataforge_feedback: Also queue (pack, chunks, score) feedback for DataForge with every
            inference whose context DataForge served (the DataForge outbox delivers it).
    """

    def __init__(self, database: Database, dataforge_feedback: bool = False) -> None:
        self._db = database
        self._dataforge_feedback = dataforge_feedback

    async def save(
        self, record: pb.InferenceRecord, idempotency_key: str = "", fingerprint: str = ""
    ) -> SaveOutcome:
        """Store a record with its chunks, scores and score event atomically.

        Raises:
            AlreadyExistsError: the idempotency key is stored for a different request.
        """
        if await self._db.run_steps(self._save_steps(record, idempotency_key, fingerprint)):
            return SaveOutcome(record, inserted=True, deduplicated=False)
        if idempotency_key:
            existing = await self.find_by_key(record.tenant_id, idempotency_key, fingerprint)
            if existing is not None and existing.inference_id != record.inference_id:
                return SaveOutcome(existing, inserted=False, deduplicated=True)
        return SaveOutcome(record, inserted=False, deduplicated=False)

    def _save_steps(
        self, record: pb.InferenceRecord, idempotency_key: str, fingerprint: str
    ) -> Steps[bool]:
        """The save transaction: the record, then (if it was new) its children and events."""
        inserted = (
            yield (
                _INSERT,
                (*row_values(record), idempotency_key or None, fingerprint),
            )
        ) == 1
        if inserted:
            yield from self._children_steps(record)
            if self._dataforge_feedback and record.provenance.tier in _DATAFORGE_TIERS:
                yield (
                    _INSERT_DATAFORGE_FEEDBACK,
                    (
                        record.inference_id,
                        record.provenance.pack_id,
                        record.provenance.pack_version,
                        json.dumps(list(record.provenance.chunk_ids)),
                        record.evaluation_score,
                        time.time_ns() // 1000,
                    ),
                )
        return inserted

    @staticmethod
    def _children_steps(record: pb.InferenceRecord) -> Steps[None]:
        chunks = [
            (record.inference_id, position, chunk_id)
            for position, chunk_id in enumerate(record.provenance.chunk_ids)
        ]
        if chunks:
            yield _multi_row_insert(_CHUNK_COLUMNS, chunks)
        scores = []
        for dimension in DIMENSIONS:
            score: pb.Score = getattr(record.evaluation, dimension)
            scores.append((record.inference_id, dimension, score.value, score.method, score.reason))
        yield _multi_row_insert(_SCORE_COLUMNS, scores)
        yield (
            _INSERT_EVENT,
            (
                record.inference_id,
                record.inference_id,
                DOMAIN_NAMES[record.domain],
                TASK_TYPE_NAMES[record.task_type],
                record.model_id,
                record.evaluation_score,
                time.time_ns() // 1000,
            ),
        )

    async def find_by_key(
        self, tenant_id: str, idempotency_key: str, fingerprint: str = ""
    ) -> pb.InferenceRecord | None:
        """The record stored under a tenant's idempotency key.

        Raises:
            AlreadyExistsError: ``fingerprint`` is given and differs from the stored one.
        """
        rows = await self._db.fetch(
            "SELECT * FROM inferences WHERE tenant_id = $1 AND idempotency_key = $2",
            tenant_id,
            idempotency_key,
        )
        if not rows:
            return None
        stored = rows[0].get("request_fingerprint") or ""
        if fingerprint and stored and stored != fingerprint:
            raise AlreadyExistsError(
                "idempotency_key: already used for a different request; use a new key"
            )
        return (await self._hydrate(rows))[0]

    async def get(
        self, tenant_id: str, inference_id: str, user_id: str = ""
    ) -> pb.InferenceRecord | None:
        """A tenant's record by id (only ``user_id``'s when given); None when not visible."""
        rows = await self._db.fetch(
            "SELECT * FROM inferences WHERE inference_id = $1 AND tenant_id = $2 "
            "AND ($3 = '' OR user_id = $4)",
            inference_id,
            tenant_id,
            user_id,
            user_id,
        )
        if not rows:
            return None
        return (await self._hydrate(rows))[0]

    async def list_page(
        self, tenant_id: str, history_filter: HistoryFilter, limit: int, after: Cursor | None
    ) -> list[pb.InferenceRecord]:
        """Up to ``limit`` records newest first, strictly after ``after``."""
        conditions = ["tenant_id = $1"]
        args: list[Any] = [tenant_id]

        def where(template: str, *values: Any) -> None:
            numbers = [len(args) + i + 1 for i in range(len(values))]
            args.extend(values)
            conditions.append(template.format(*(f"${n}" for n in numbers)))

        if history_filter.domain:
            where("domain = {}", history_filter.domain)
        if history_filter.task_type:
            where("task_type = {}", history_filter.task_type)
        if history_filter.user_id:
            where("user_id = {}", history_filter.user_id)
        if history_filter.created_after_us is not None:
            where("created_at_us >= {}", history_filter.created_after_us)
        if history_filter.created_before_us is not None:
            where("created_at_us < {}", history_filter.created_before_us)
        if history_filter.passed is not None:
            where("passed_evaluation = {}", history_filter.passed)
        if history_filter.guard_verdict:
            where("guard_verdict = {}", history_filter.guard_verdict)
        if after is not None:
            # Row-value comparison spelled out: both dialects handle it identically.
            where(
                "(created_at_us < {} OR (created_at_us = {} AND inference_id < {}))",
                after.created_at_us,
                after.created_at_us,
                after.inference_id,
            )
        args.append(limit)
        sql = (
            f"SELECT * FROM inferences WHERE {' AND '.join(conditions)} "
            f"ORDER BY created_at_us DESC, inference_id DESC LIMIT ${len(args)}"
        )
        return await self._hydrate(await self._db.fetch(sql, *args))

    async def purge_older_than(self, cutoff_us: int) -> int:
        """Delete inferences (with their chunks and scores) and events older than the cutoff."""
        async with self._db.transaction() as transaction:
            await transaction.execute(
                "DELETE FROM inference_chunks WHERE inference_id IN "
                "(SELECT inference_id FROM inferences WHERE created_at_us < $1)",
                cutoff_us,
            )
            await transaction.execute(
                "DELETE FROM inference_scores WHERE inference_id IN "
                "(SELECT inference_id FROM inferences WHERE created_at_us < $1)",
                cutoff_us,
            )
            deleted = await transaction.execute(
                "DELETE FROM inferences WHERE created_at_us < $1", cutoff_us
            )
            await transaction.execute(
                "DELETE FROM champion_score_events WHERE created_at_us < $1 "
                "AND delivered_at_us IS NOT NULL",
                cutoff_us,
            )
            await transaction.execute(
                "DELETE FROM dataforge_feedback_events WHERE created_at_us < $1 "
                "AND delivered_at_us IS NOT NULL",
                cutoff_us,
            )
        return deleted

    async def _hydrate(self, rows: list[Row]) -> list[pb.InferenceRecord]:
        if not rows:
            return []
        ids = [row["inference_id"] for row in rows]
        marks = placeholders(1, len(ids))
        chunk_rows = await self._db.fetch(
            f"SELECT inference_id, chunk_id FROM inference_chunks WHERE inference_id IN ({marks}) "
            "ORDER BY inference_id, position",
            *ids,
        )
        score_rows = await self._db.fetch(
            f"SELECT * FROM inference_scores WHERE inference_id IN ({marks})", *ids
        )
        chunks: dict[str, list[str]] = {}
        for row in chunk_rows:
            chunks.setdefault(row["inference_id"], []).append(row["chunk_id"])
        scores: dict[str, dict[str, Row]] = {}
        for row in score_rows:
            scores.setdefault(row["inference_id"], {})[row["dimension"]] = row
        return [
            record_from_row(
                row, chunks.get(row["inference_id"], []), scores.get(row["inference_id"], {})
            )
            for row in rows
        ]


__all__ = ["HistoryFilter", "InferenceRepository", "SaveOutcome", "created_us"]
