"""Feedback to DataForge: queued with the inference, delivered in order, retried, never lost."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from neuroforge.common.v1 import pipeline_pb2 as common_pb
from nf_core.db import Database, SqliteDatabase
from nf_devtools.fake_dataforge import FakeDataForge
from services.context_builder import contract
from services.post_processor import dataforge_outbox
from services.post_processor.dataforge_outbox import DataForgeFeedbackOutbox
from services.post_processor.migrate import upgrade
from services.post_processor.repository import InferenceRepository
from tests.conftest import RecordFactory


@pytest.fixture
async def database(tmp_path: Path) -> AsyncIterator[Database]:
    db = await SqliteDatabase.open(tmp_path / "post.sqlite3")
    await upgrade(db)
    yield db
    await db.close()


def dataforge_record(make_record: RecordFactory, inference_id: str) -> common_pb.InferenceRecord:
    record = make_record(inference_id, chunk_ids=("literary-demo/a#1", "literary-demo/b#2"))
    record.provenance.tier = common_pb.CONTEXT_TIER_DATAFORGE
    record.provenance.pack_version = "7"
    return record


def test_post_processor_speaks_the_same_api_version_as_the_context_builder() -> None:
    assert dataforge_outbox.API_VERSION == contract.API_VERSION
    assert dataforge_outbox.FEEDBACK_PATH == contract.FEEDBACK_PATH
    assert dataforge_outbox.API_VERSION_HEADER == contract.API_VERSION_HEADER


async def test_feedback_is_queued_only_for_dataforge_served_context(
    database: Database, make_record: RecordFactory
) -> None:
    repository = InferenceRepository(database, dataforge_feedback=True)
    await repository.save(dataforge_record(make_record, "i-1"))
    await repository.save(make_record("i-2"))  # local pack: nothing to tell DataForge

    rows = await database.fetch("SELECT * FROM dataforge_feedback_events")

    assert [r["inference_id"] for r in rows] == ["i-1"]
    assert json.loads(rows[0]["chunk_ids"]) == ["literary-demo/a#1", "literary-demo/b#2"]


async def test_undelivered_feedback_is_retried_until_dataforge_takes_it(
    database: Database, make_record: RecordFactory, fake_dataforge: FakeDataForge
) -> None:
    repository = InferenceRepository(database, dataforge_feedback=True)
    for number in range(3):
        await repository.save(dataforge_record(make_record, f"i-{number}"))
    fake_dataforge.faults.feedback_failures = 2
    async with httpx.AsyncClient(base_url=fake_dataforge.url) as client:
        outbox = DataForgeFeedbackOutbox(database, client, 0.01, 0.02)

        first = await outbox.deliver_pending()
        second = await outbox.deliver_pending()
        third = await outbox.deliver_pending()

    assert (first, second, third) == (0, 0, 3)
    posted = [r.json() for r in fake_dataforge.recorded(contract.FEEDBACK_PATH)]
    assert [p["inference_id"] for p in posted] == ["i-0", "i-0", "i-0", "i-1", "i-2"]
    assert posted[-1] == {
        "inference_id": "i-2",
        "pack_id": "literary-demo",
        "pack_version": "7",
        "chunk_ids": ["literary-demo/a#1", "literary-demo/b#2"],
        "score": 0.8125,
    }
    assert outbox.next_delay() == 0.02
    pending = await database.fetch(
        "SELECT * FROM dataforge_feedback_events WHERE delivered_at_us IS NULL"
    )
    assert pending == []
