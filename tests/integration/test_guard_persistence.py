"""Guard verdict, reason codes and neutralised chunks as columns, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager
from pathlib import Path

import grpc
import pytest
from grpc import aio

from neuroforge.common.v1 import pipeline_pb2 as common_pb
from neuroforge.postprocess.v1 import post_processor_service_pb2 as pb
from neuroforge.postprocess.v1 import post_processor_service_pb2_grpc as pb_grpc
from nf_core.db import Database
from services.post_processor import migrate
from services.post_processor.records import COLUMNS, row_values
from services.post_processor.repository import InferenceRepository

pytestmark = pytest.mark.integration
# The ``post_processor_at`` fixture (tests/integration/conftest.py).
PostProcessorStarter = Callable[
    ..., AbstractAsyncContextManager["pb_grpc.PostProcessorServiceAsyncStub"]
]

RecordFactory = Callable[..., common_pb.InferenceRecord]
FLAGS = ["user_query:persona", "context_chunk:override_instructions"]
NEUTRALIZED = ["literary-demo/a#2", "literary-demo/b#1"]
_GUARD_COLUMNS = (
    "guard_verdict",
    "guard_reason_codes",
    "neutralized_chunk_count",
    "neutralized_chunk_ids",
)


def _flagged(make_record: RecordFactory, inference_id: str) -> common_pb.InferenceRecord:
    record = make_record(inference_id, chunk_ids=["literary-demo/a#1", *NEUTRALIZED])
    record.provenance.guard_flags.extend(FLAGS)
    record.provenance.neutralized_chunk_ids.extend(NEUTRALIZED)
    record.provenance.guard_verdict = common_pb.GUARD_VERDICT_FLAG
    return record


async def _columns(database: Database) -> set[str]:
    if database.dialect == "sqlite":
        rows = await database.fetch("SELECT name FROM pragma_table_info('inferences')")
        return {row["name"] for row in rows}
    rows = await database.fetch(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'inferences'"
    )
    return {row["column_name"] for row in rows}


async def _guard_row(database: Database, inference_id: str) -> tuple[object, ...]:
    rows = await database.fetch(
        f"SELECT {', '.join(_GUARD_COLUMNS)} FROM inferences WHERE inference_id = $1",
        inference_id,
    )
    return tuple(rows[0][column] for column in _GUARD_COLUMNS)


async def test_guard_fields_are_stored_as_columns_and_read_back_into_provenance(
    database: Database, make_record: RecordFactory
) -> None:
    await migrate.upgrade(database)
    repository = InferenceRepository(database)
    record = _flagged(make_record, "inf-flagged")

    assert (await repository.save(record)).inserted

    verdict, codes, count, ids = await _guard_row(database, "inf-flagged")
    assert (verdict, count) == ("flag", 2)
    assert json.loads(str(codes)) == FLAGS
    assert json.loads(str(ids)) == NEUTRALIZED
    assert await repository.get("tenant-a", "inf-flagged") == record


async def test_flagged_rows_are_found_by_the_verdict_column(
    database: Database, make_record: RecordFactory
) -> None:
    await migrate.upgrade(database)
    repository = InferenceRepository(database)
    clean = make_record("inf-clean")
    clean.provenance.guard_verdict = common_pb.GUARD_VERDICT_ALLOW
    await repository.save(clean)
    await repository.save(_flagged(make_record, "inf-flagged"))

    rows = await database.fetch(
        "SELECT inference_id FROM inferences WHERE tenant_id = $1 AND guard_verdict = $2 "
        "AND neutralized_chunk_count > 0",
        "tenant-a",
        "flag",
    )

    assert [row["inference_id"] for row in rows] == ["inf-flagged"]


async def test_rows_stored_before_the_migration_read_as_not_recorded(
    database: Database, make_record: RecordFactory
) -> None:
    # Before 0006 nothing about the guard was stored (provenance is not kept as a document),
    # so there is nothing to backfill: old rows say "not recorded", never "allow".
    await migrate.upgrade(database, target=5)
    existing = await _columns(database)
    old = dict(zip(COLUMNS, row_values(make_record("inf-old")), strict=True))
    columns = [c for c in COLUMNS if c in existing]
    marks = ", ".join(f"${i}" for i in range(1, len(columns) + 1))
    await database.execute(
        f"INSERT INTO inferences ({', '.join(columns)}) VALUES ({marks})",
        *(old[c] for c in columns),
    )

    assert (await migrate.upgrade(database))[0] == 6
    loaded = await InferenceRepository(database).get("tenant-a", "inf-old")

    assert await _guard_row(database, "inf-old") == ("", "[]", 0, "[]")
    assert loaded is not None
    assert loaded.provenance.guard_verdict == common_pb.GUARD_VERDICT_UNSPECIFIED
    assert list(loaded.provenance.guard_flags) == []


async def test_downgrade_drops_the_guard_columns_and_keeps_the_rows(
    database: Database, make_record: RecordFactory
) -> None:
    await migrate.upgrade(database)
    await InferenceRepository(database).save(_flagged(make_record, "inf-flagged"))

    since_guard = [m.version for m in migrate.discover() if m.version >= 6]

    assert (await migrate.downgrade(database, len(since_guard)))[-1] == 6

    rows = await database.fetch("SELECT * FROM inferences")
    assert [row["inference_id"] for row in rows] == ["inf-flagged"]
    assert not set(_GUARD_COLUMNS) & set(rows[0].keys())


@pytest.fixture
async def post_processor(
    database: Database,
    tmp_path: Path,
    request: pytest.FixtureRequest,
    post_processor_at: PostProcessorStarter,
) -> AsyncIterator[pb_grpc.PostProcessorServiceAsyncStub]:
    url = (
        request.getfixturevalue("postgres_dsn")
        if database.dialect == "postgres"
        else f"sqlite:///{tmp_path / 'data' / 'neuroforge.db'}"
    )
    async with post_processor_at(url) as stub:
        yield stub


async def test_record_inference_derives_the_verdict_and_history_returns_it(
    post_processor: pb_grpc.PostProcessorServiceAsyncStub, make_record: RecordFactory
) -> None:
    flagged = make_record("11111111-1111-4111-8111-111111111111")
    flagged.provenance.guard_flags.extend(FLAGS)
    flagged.provenance.neutralized_chunk_ids.extend(NEUTRALIZED)
    clean = make_record("22222222-2222-4222-8222-222222222222", created_at_us=1_700_000_001_000_000)

    for record in (flagged, clean):
        await post_processor.RecordInference(pb.RecordInferenceRequest(record=record))
    got = await post_processor.GetInference(
        pb.GetInferenceRequest(tenant_id="tenant-a", inference_id=flagged.inference_id)
    )
    listed = await post_processor.ListInferences(pb.ListInferencesRequest(tenant_id="tenant-a"))

    provenance = got.inference.provenance
    assert provenance.guard_verdict == common_pb.GUARD_VERDICT_FLAG
    assert list(provenance.guard_flags) == FLAGS
    assert list(provenance.neutralized_chunk_ids) == NEUTRALIZED
    verdicts = {r.inference_id: r.provenance.guard_verdict for r in listed.inferences}
    assert verdicts == {
        flagged.inference_id: common_pb.GUARD_VERDICT_FLAG,
        clean.inference_id: common_pb.GUARD_VERDICT_ALLOW,
    }


async def test_an_unknown_guard_verdict_is_refused_naming_the_field(
    post_processor: pb_grpc.PostProcessorServiceAsyncStub, make_record: RecordFactory
) -> None:
    record = make_record("33333333-3333-4333-8333-333333333333")
    record.provenance.guard_verdict = 7  # type: ignore[assignment]  # a newer client's value

    with pytest.raises(aio.AioRpcError) as raised:
        await post_processor.RecordInference(pb.RecordInferenceRequest(record=record))

    assert raised.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "record.provenance.guard_verdict" in (raised.value.details() or "")


async def test_history_filters_by_guard_verdict(
    post_processor: pb_grpc.PostProcessorServiceAsyncStub, make_record: RecordFactory
) -> None:
    flagged = make_record("44444444-4444-4444-8444-444444444444")
    flagged.provenance.guard_flags.extend(FLAGS)
    clean = make_record("55555555-5555-4555-8555-555555555555", created_at_us=1_700_000_001_000_000)
    for record in (flagged, clean):
        await post_processor.RecordInference(pb.RecordInferenceRequest(record=record))

    async def listed(verdict: int) -> list[str]:
        page = await post_processor.ListInferences(
            pb.ListInferencesRequest(tenant_id="tenant-a", guard_verdict=verdict)  # type: ignore[arg-type]
        )
        return [r.inference_id for r in page.inferences]

    assert await listed(common_pb.GUARD_VERDICT_FLAG) == [flagged.inference_id]
    assert await listed(common_pb.GUARD_VERDICT_ALLOW) == [clean.inference_id]
    assert set(await listed(common_pb.GUARD_VERDICT_UNSPECIFIED)) == {
        flagged.inference_id,
        clean.inference_id,
    }
    with pytest.raises(aio.AioRpcError) as raised:
        await listed(9)
    assert raised.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "guard_verdict" in (raised.value.details() or "")
