"""The writer spools during a database outage and replays in order, exactly once."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest

from neuroforge.common.v1 import pipeline_pb2 as common_pb
from neuroforge.postprocess.v1 import post_processor_service_pb2 as pb
from nf_core.db import DatabaseUnavailableError
from services.post_processor.repository import SaveOutcome
from services.post_processor.spool import Spool
from services.post_processor.writer import InferenceWriter

RecordFactory = Callable[..., common_pb.InferenceRecord]


class FlakyRepository:
    """Stores records in memory; raises DatabaseUnavailableError while ``down`` is set."""

    def __init__(self) -> None:
        self.down = False
        self.stored: list[str] = []

    async def save(
        self, record: common_pb.InferenceRecord, idempotency_key: str = "", fingerprint: str = ""
    ) -> SaveOutcome:
        if self.down:
            raise DatabaseUnavailableError("connection refused")
        inserted = record.inference_id not in self.stored
        if inserted:
            self.stored.append(record.inference_id)
        return SaveOutcome(record, inserted=inserted, deduplicated=False)


async def _until(condition: Callable[[], bool], seconds: float = 5.0) -> None:
    for _ in range(int(seconds / 0.02)):
        if condition():
            return
        await asyncio.sleep(0.02)
    raise AssertionError("condition not reached in time")


@pytest.fixture
async def spool(tmp_path: Path) -> AsyncIterator[Spool]:
    opened = await Spool.open(tmp_path / "spool.sqlite3")
    yield opened
    await opened.close()


def _request(make_record: RecordFactory, inference_id: str) -> pb.RecordInferenceRequest:
    return pb.RecordInferenceRequest(record=make_record(inference_id))


async def test_records_wait_in_the_spool_and_reach_the_database_in_order(
    spool: Spool, make_record: RecordFactory
) -> None:
    repository = FlakyRepository()
    writer = InferenceWriter(repository, spool, retry_seconds=0.05)  # type: ignore[arg-type]
    await writer.start()
    try:
        assert not (await writer.write(_request(make_record, "a"))).spooled
        repository.down = True
        outcomes = [await writer.write(_request(make_record, name)) for name in "bcd"]
        assert all(outcome.spooled for outcome in outcomes)
        assert await spool.depth() == 3
        repository.down = False
        # Written after recovery but while a backlog exists: must queue behind it.
        await writer.write(_request(make_record, "e"))
        await _until(lambda: repository.stored == ["a", "b", "c", "d", "e"])
        assert await spool.depth() == 0
    finally:
        await writer.stop()


async def test_spooled_records_survive_a_restart_of_the_service(
    tmp_path: Path, make_record: RecordFactory
) -> None:
    repository = FlakyRepository()
    repository.down = True
    first_spool = await Spool.open(tmp_path / "s.sqlite3")
    first = InferenceWriter(repository, first_spool, 0.05)  # type: ignore[arg-type]
    await first.start()
    await first.write(_request(make_record, "x"))
    await first.write(_request(make_record, "y"))
    await first.stop()
    await first_spool.close()

    repository.down = False
    second_spool = await Spool.open(tmp_path / "s.sqlite3")
    second = InferenceWriter(repository, second_spool, 0.05)  # type: ignore[arg-type]
    await second.start()
    try:
        await _until(lambda: repository.stored == ["x", "y"])
    finally:
        await second.stop()
        await second_spool.close()


async def test_a_replayed_record_already_stored_is_not_stored_twice(
    spool: Spool, make_record: RecordFactory
) -> None:
    repository = FlakyRepository()
    repository.stored.append("dup")  # stored before a crash that kept it in the spool
    await spool.append(_request(make_record, "dup").SerializeToString())
    writer = InferenceWriter(repository, spool, retry_seconds=0.05)  # type: ignore[arg-type]
    await writer.start()
    try:
        await _until(lambda: writer.spool_depth == 0)
        assert repository.stored == ["dup"]
        assert await spool.depth() == 0
    finally:
        await writer.stop()
