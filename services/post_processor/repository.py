"""Inference persistence: one repository over any ``Database`` (SQLite or PostgreSQL).

Records are the contract type ``InferenceRecord``; writes are idempotent on ``inference_id`` so a
retried RecordInference never stores a row twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from google.protobuf.timestamp_pb2 import Timestamp

from neuroforge.common.v1 import pipeline_pb2 as pb
from nf_core.db import Database, Row, placeholders
from nf_core.enums import DOMAIN_NAMES, DOMAIN_VALUES, TASK_TYPE_NAMES, TASK_TYPE_VALUES
from services.post_processor.pagination import Cursor

_COLUMNS = (
    "inference_id",
    "tenant_id",
    "user_id",
    "request_id",
    "domain",
    "task_type",
    "context_pack_id",
    "user_query",
    "additional_context",
    "temperature",
    "max_tokens",
    "output",
    "model_id",
    "evaluation_score",
    "passed_evaluation",
    "tokens_used",
    "latency_ms",
    "fallback_used",
    "created_at_us",
    "pack_version",
    "context_tier",
    "context_degraded",
    "template_id",
    "pass_threshold",
)
_INSERT = (
    f"INSERT INTO inferences ({', '.join(_COLUMNS)}) VALUES ({placeholders(1, len(_COLUMNS))}) "
    "ON CONFLICT (inference_id) DO NOTHING"
)
_INSERT_CHUNK = (
    "INSERT INTO inference_chunks (inference_id, position, chunk_id) VALUES ($1, $2, $3) "
    "ON CONFLICT DO NOTHING"
)
_INSERT_SCORE = (
    "INSERT INTO inference_scores (inference_id, dimension, value, method, reason) "
    "VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING"
)
_DIMENSIONS = ("relevance", "correctness", "coherence", "policy_compliance", "context_overlap")
_TIER_NAMES = {value: name for name, value in pb.ContextTier.items()}


@dataclass(frozen=True)
class HistoryFilter:
    """Optional filters of a history listing (empty string = any)."""

    domain: str = ""
    task_type: str = ""
    user_id: str = ""

    def key(self) -> tuple[str, ...]:
        """Stable identity of the filter, bound into page tokens."""
        return (self.domain, self.task_type, self.user_id)


def _created_us(record: pb.InferenceRecord) -> int:
    return record.created_at.seconds * 1_000_000 + record.created_at.nanos // 1000


def _row_values(record: pb.InferenceRecord) -> tuple[Any, ...]:
    provenance = record.provenance
    return (
        record.inference_id,
        record.tenant_id,
        record.user_id,
        record.request_id,
        DOMAIN_NAMES[record.domain],
        TASK_TYPE_NAMES[record.task_type],
        record.context_pack_id,
        record.user_query,
        record.additional_context,
        record.temperature,
        record.max_tokens,
        record.output,
        record.model_id,
        record.evaluation_score,
        record.passed_evaluation,
        record.tokens_used,
        record.latency_ms,
        record.fallback_used,
        _created_us(record),
        provenance.pack_version,
        _TIER_NAMES[provenance.tier],
        provenance.degraded,
        provenance.template_id,
        record.evaluation.pass_threshold,
    )


class InferenceRepository:
    """Stores and reads inference records."""

    def __init__(self, database: Database) -> None:
        self._db = database

    async def save(self, record: pb.InferenceRecord) -> bool:
        """Store a record with its chunks and scores atomically; False if it already existed."""
        statements: list[tuple[str, tuple[Any, ...]]] = [(_INSERT, _row_values(record))]
        statements += [
            (_INSERT_CHUNK, (record.inference_id, position, chunk_id))
            for position, chunk_id in enumerate(record.provenance.chunk_ids)
        ]
        for dimension in _DIMENSIONS:
            score: pb.Score = getattr(record.evaluation, dimension)
            statements.append(
                (
                    _INSERT_SCORE,
                    (record.inference_id, dimension, score.value, score.method, score.reason),
                )
            )
        counts = await self._db.execute_batch(statements)
        return counts[0] == 1

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
        if history_filter.domain:
            args.append(history_filter.domain)
            conditions.append(f"domain = ${len(args)}")
        if history_filter.task_type:
            args.append(history_filter.task_type)
            conditions.append(f"task_type = ${len(args)}")
        if history_filter.user_id:
            args.append(history_filter.user_id)
            conditions.append(f"user_id = ${len(args)}")
        if after is not None:
            # Row-value comparison spelled out: both dialects handle it identically.
            args.append(after.created_at_us)
            first = len(args)
            args.append(after.created_at_us)
            args.append(after.inference_id)
            conditions.append(
                f"(created_at_us < ${first} OR (created_at_us = ${first + 1} "
                f"AND inference_id < ${first + 2}))"
            )
        args.append(limit)
        sql = (
            f"SELECT * FROM inferences WHERE {' AND '.join(conditions)} "
            f"ORDER BY created_at_us DESC, inference_id DESC LIMIT ${len(args)}"
        )
        return await self._hydrate(await self._db.fetch(sql, *args))

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
            _record(row, chunks.get(row["inference_id"], []), scores.get(row["inference_id"], {}))
            for row in rows
        ]


def _record(row: Row, chunk_ids: list[str], scores: dict[str, Row]) -> pb.InferenceRecord:
    created = Timestamp()
    created.FromMicroseconds(int(row["created_at_us"]))
    evaluation = pb.Evaluation(
        overall_score=row["evaluation_score"],
        passed=bool(row["passed_evaluation"]),
        pass_threshold=row["pass_threshold"],
    )
    for dimension, score in scores.items():
        getattr(evaluation, dimension).CopyFrom(
            pb.Score(value=score["value"], method=score["method"], reason=score["reason"])
        )
    return pb.InferenceRecord(
        inference_id=row["inference_id"],
        request_id=row["request_id"],
        domain=DOMAIN_VALUES[row["domain"]],
        task_type=TASK_TYPE_VALUES[row["task_type"]],
        context_pack_id=row["context_pack_id"],
        user_query=row["user_query"],
        additional_context=row["additional_context"],
        temperature=row["temperature"],
        max_tokens=row["max_tokens"],
        output=row["output"],
        model_id=row["model_id"],
        evaluation_score=row["evaluation_score"],
        passed_evaluation=bool(row["passed_evaluation"]),
        tokens_used=row["tokens_used"],
        latency_ms=row["latency_ms"],
        created_at=created,
        provenance=pb.Provenance(
            pack_id=row["context_pack_id"],
            pack_version=row["pack_version"],
            chunk_ids=chunk_ids,
            tier=pb.ContextTier.Value(row["context_tier"]),
            degraded=bool(row["context_degraded"]),
            template_id=row["template_id"],
        ),
        evaluation=evaluation,
        tenant_id=row["tenant_id"],
        user_id=row["user_id"],
        fallback_used=bool(row["fallback_used"]),
    )
