"""Mapping between ``InferenceRecord`` messages and rows of the ``inferences`` tables."""

from __future__ import annotations

import json
from typing import Any

from google.protobuf.timestamp_pb2 import Timestamp

from neuroforge.common.v1 import pipeline_pb2 as pb
from nf_core.db import Row
from nf_core.enums import (
    DOMAIN_NAMES,
    DOMAIN_VALUES,
    STRATEGY_NAMES,
    STRATEGY_VALUES,
    TASK_TYPE_NAMES,
    TASK_TYPE_VALUES,
)
from nf_core.errors import InvalidArgumentError

COLUMNS = (
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
    "routing_strategy",
    "guard_verdict",
    "guard_reason_codes",
    "neutralized_chunk_count",
    "neutralized_chunk_ids",
)
DIMENSIONS = ("relevance", "correctness", "coherence", "policy_compliance", "context_overlap")
_TIER_NAMES = {value: name for name, value in pb.ContextTier.items()}
# Stored lower-case like the other enum columns; "" = not recorded (rows older than 0006).
_VERDICT_NAMES = {
    pb.GUARD_VERDICT_UNSPECIFIED: "",
    pb.GUARD_VERDICT_ALLOW: "allow",
    pb.GUARD_VERDICT_FLAG: "flag",
}
_VERDICT_VALUES = {name: value for value, name in _VERDICT_NAMES.items()}


def guard_verdict_name(verdict: int) -> str:
    """The stored name of a verdict ("" = any, for filters).

    Raises:
        InvalidArgumentError: a value the contract does not define.
    """
    if verdict not in _VERDICT_NAMES:
        allowed = ", ".join(pb.GuardVerdict.Name(v) for v in _VERDICT_NAMES)
        raise InvalidArgumentError("guard_verdict", f"must be one of {allowed}")
    return _VERDICT_NAMES[verdict]  # type: ignore[index]


def guard_verdict_of(provenance: pb.Provenance) -> pb.GuardVerdict.ValueType:
    """The verdict a provenance implies: flagged when the guard raised or neutralised anything.

    A request the guard blocked never reaches storage, so allow and flag are the only outcomes.
    """
    if provenance.guard_flags or provenance.neutralized_chunk_ids:
        return pb.GUARD_VERDICT_FLAG
    return pb.GUARD_VERDICT_ALLOW


def created_us(record: pb.InferenceRecord) -> int:
    """The record's creation time in microseconds since the epoch."""
    return record.created_at.seconds * 1_000_000 + record.created_at.nanos // 1000


def row_values(record: pb.InferenceRecord) -> tuple[Any, ...]:
    """Values for ``COLUMNS`` in order."""
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
        created_us(record),
        provenance.pack_version,
        _TIER_NAMES[provenance.tier],
        provenance.degraded,
        provenance.template_id,
        record.evaluation.pass_threshold,
        STRATEGY_NAMES.get(provenance.routing_strategy, ""),
        _VERDICT_NAMES[provenance.guard_verdict],
        json.dumps(list(provenance.guard_flags)),
        len(provenance.neutralized_chunk_ids),
        json.dumps(list(provenance.neutralized_chunk_ids)),
    )


def record_from_row(row: Row, chunk_ids: list[str], scores: dict[str, Row]) -> pb.InferenceRecord:
    """Rebuild a record from its row, its chunk ids and its score rows."""
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
            routing_strategy=STRATEGY_VALUES.get(
                row["routing_strategy"], pb.ROUTING_STRATEGY_UNSPECIFIED
            ),
            guard_flags=json.loads(row["guard_reason_codes"]),
            neutralized_chunk_ids=json.loads(row["neutralized_chunk_ids"]),
            guard_verdict=_VERDICT_VALUES[row["guard_verdict"]],
        ),
        evaluation=evaluation,
        tenant_id=row["tenant_id"],
        user_id=row["user_id"],
        fallback_used=bool(row["fallback_used"]),
    )
