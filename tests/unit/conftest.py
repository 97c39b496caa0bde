"""Shared fixtures of the unit suite: record builders and the bundled context packs."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from neuroforge.common.v1 import pipeline_pb2 as common_pb
from services.context_builder.packs import Pack, load_packs
from services.context_builder.settings import BUNDLED_PACKS_DIR

RecordFactory = Callable[..., common_pb.InferenceRecord]

_BASE_CREATED_US = 1_767_225_600_000_000  # 2026-01-01T00:00:00Z


def _score(value: float, method: str) -> common_pb.Score:
    return common_pb.Score(value=value, method=method, reason=f"{method} reason")


def _make_record(
    inference_id: str,
    *,
    tenant_id: str = "tenant-a",
    domain: common_pb.Domain.ValueType = common_pb.DOMAIN_LITERARY,
    task_type: common_pb.TaskType.ValueType = common_pb.TASK_TYPE_ANALYSIS,
    created_at_us: int = _BASE_CREATED_US,
    chunk_ids: Sequence[str] = ("literary-demo/01-unreliable-narrators#3",),
    output: str = "An unreliable narrator is one whose account the reader doubts. [1]",
) -> common_pb.InferenceRecord:
    record = common_pb.InferenceRecord(
        inference_id=inference_id,
        request_id=f"req-{inference_id}",
        domain=domain,
        task_type=task_type,
        context_pack_id="literary-demo",
        user_query="What makes a narrator unreliable?",
        additional_context="",
        temperature=0.7,
        max_tokens=512,
        output=output,
        model_id="local/extractive",
        evaluation_score=0.8125,
        passed_evaluation=True,
        tokens_used=321,
        latency_ms=42,
        provenance=common_pb.Provenance(
            pack_id="literary-demo",
            pack_version="2026.11.1",
            chunk_ids=list(chunk_ids),
            tier=common_pb.CONTEXT_TIER_LOCAL_PACK,
            degraded=False,
            template_id="literary/analysis@1",
        ),
        evaluation=common_pb.Evaluation(
            overall_score=0.8125,
            passed=True,
            pass_threshold=0.6,
            relevance=_score(0.75, "lexical-recall"),
            correctness=_score(1.0, "sentence-support"),
            coherence=_score(0.875, "structure"),
            policy_compliance=_score(1.0, "pattern-policy"),
            context_overlap=_score(0.5, "term-precision"),
        ),
        tenant_id=tenant_id,
        user_id="user-1",
        fallback_used=False,
    )
    record.created_at.FromMicroseconds(created_at_us)
    return record


@pytest.fixture
def make_record() -> RecordFactory:
    """Factory for a complete ``InferenceRecord``; keyword arguments override the defaults."""
    return _make_record


@pytest.fixture
def base_created_us() -> int:
    """A fixed creation time (microseconds since the epoch) for building record timelines."""
    return _BASE_CREATED_US


@pytest.fixture(scope="session")
def bundled_packs() -> dict[str, Pack]:
    """The bundled context packs, loaded and indexed once per session."""
    return load_packs(BUNDLED_PACKS_DIR)
