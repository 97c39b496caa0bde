"""Persistence against the real PostgreSQL server: migrations and the post-processor service."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager

import asyncpg
import grpc
import pytest
from google.protobuf.timestamp_pb2 import Timestamp
from grpc import aio

from neuroforge.common.v1 import pipeline_pb2 as common_pb
from neuroforge.postprocess.v1 import post_processor_service_pb2 as pb
from neuroforge.postprocess.v1 import post_processor_service_pb2_grpc as pb_grpc
from nf_core.db import PostgresDatabase
from services.post_processor.migrate import applied_versions, discover, downgrade, upgrade

pytestmark = pytest.mark.integration
# The ``post_processor_at`` fixture (tests/integration/conftest.py).
PostProcessorStarter = Callable[
    ..., AbstractAsyncContextManager["pb_grpc.PostProcessorServiceAsyncStub"]
]


def _record(tenant: str, query: str) -> common_pb.InferenceRecord:
    created = Timestamp()
    created.GetCurrentTime()
    return common_pb.InferenceRecord(
        inference_id=str(uuid.uuid4()),
        request_id="req-1",
        domain=common_pb.DOMAIN_GENERAL,
        task_type=common_pb.TASK_TYPE_ANALYSIS,
        context_pack_id="general-demo",
        user_query=query,
        temperature=0.7,
        max_tokens=256,
        output="Water evaporates. [1]",
        model_id="local/extractive",
        evaluation_score=0.8,
        passed_evaluation=True,
        tokens_used=300,
        latency_ms=12,
        created_at=created,
        provenance=common_pb.Provenance(
            pack_id="general-demo",
            pack_version="2026.11.1",
            chunk_ids=["general-demo/01-water-cycle#1", "general-demo/01-water-cycle#2"],
            tier=common_pb.CONTEXT_TIER_LOCAL_PACK,
            template_id="general/analysis@1",
        ),
        evaluation=common_pb.Evaluation(
            overall_score=0.8,
            passed=True,
            relevance=common_pb.Score(value=0.9, method="lexical-recall", reason="r"),
        ),
        tenant_id=tenant,
        user_id="alice",
    )


async def test_migrations_upgrade_downgrade_and_upgrade_again(postgres_dsn: str) -> None:
    database = await PostgresDatabase.open(postgres_dsn, 1, 2)
    try:
        everything = [m.version for m in discover()]
        assert await upgrade(database) == everything
        assert await upgrade(database) == []
        assert await downgrade(database, 1) == [everything[-1]]
        assert await applied_versions(database) == everything[:-1]
        assert await upgrade(database) == [everything[-1]]
        tables = await database.fetch(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
        )
        assert {row["tablename"] for row in tables} >= {
            "inferences",
            "inference_chunks",
            "inference_scores",
            "champion_score_events",
        }
    finally:
        await database.close()


@pytest.fixture
async def post_processor(
    postgres_dsn: str,
    post_processor_at: PostProcessorStarter,
) -> AsyncIterator[pb_grpc.PostProcessorServiceAsyncStub]:
    async with post_processor_at(postgres_dsn) as stub:
        yield stub


async def test_post_processor_stores_in_postgres_once_and_scopes_reads_to_the_tenant(
    post_processor: pb_grpc.PostProcessorServiceAsyncStub,
    postgres_dsn: str,
) -> None:
    record = _record("acme", "What is the water cycle?")

    await post_processor.RecordInference(pb.RecordInferenceRequest(record=record))
    await post_processor.RecordInference(pb.RecordInferenceRequest(record=record))

    connection = await asyncpg.connect(postgres_dsn)
    try:
        rows = await connection.fetch("SELECT tenant_id, user_query FROM inferences")
        chunks = await connection.fetchval("SELECT count(*) FROM inference_chunks")
    finally:
        await connection.close()
    assert [(r["tenant_id"], r["user_query"]) for r in rows] == [
        ("acme", "What is the water cycle?")
    ]
    assert chunks == 2

    fetched = await post_processor.GetInference(
        pb.GetInferenceRequest(tenant_id="acme", inference_id=record.inference_id)
    )
    assert fetched.inference.provenance.chunk_ids == record.provenance.chunk_ids
    assert fetched.inference.evaluation.relevance.method == "lexical-recall"
    with pytest.raises(aio.AioRpcError) as raised:
        await post_processor.GetInference(
            pb.GetInferenceRequest(tenant_id="other", inference_id=record.inference_id)
        )
    assert raised.value.code() == grpc.StatusCode.NOT_FOUND


async def test_post_processor_pages_postgres_history_newest_first(
    post_processor: pb_grpc.PostProcessorServiceAsyncStub,
) -> None:
    stored = []
    for number in range(5):
        record = _record("acme", f"question {number}")
        await post_processor.RecordInference(pb.RecordInferenceRequest(record=record))
        stored.append(record.inference_id)

    seen: list[str] = []
    token = ""
    for _ in range(10):
        page = await post_processor.ListInferences(
            pb.ListInferencesRequest(tenant_id="acme", page_size=2, page_token=token)
        )
        seen += [r.inference_id for r in page.inferences]
        token = page.next_page_token
        if not token:
            break

    assert seen == list(reversed(stored))
