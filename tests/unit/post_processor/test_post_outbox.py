"""Score feedback is stored with the inference and delivered in order, retried until it lands."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import grpc
import pytest

from neuroforge.common.v1 import pipeline_pb2 as common_pb
from neuroforge.router.v1 import router_service_pb2 as router_pb
from nf_core.db import SqliteDatabase
from services.post_processor import migrate
from services.post_processor.outbox import ScoreOutbox
from services.post_processor.repository import InferenceRepository

RecordFactory = Callable[..., common_pb.InferenceRecord]


class FakeRpcError(grpc.RpcError):
    """What a failed call raises."""


class FakeRouter:
    """Records RecordScore calls; fails the first ``failures`` of them."""

    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.received: list[tuple[str, float]] = []

    async def RecordScore(self, request: router_pb.RecordScoreRequest, **_: Any) -> None:
        if self.failures:
            self.failures -= 1
            raise FakeRpcError("router unavailable")
        self.received.append((request.model_id, round(request.score, 3)))


@pytest.fixture
async def database(tmp_path: Path) -> AsyncIterator[SqliteDatabase]:
    db = await SqliteDatabase.open(tmp_path / "db.sqlite3")
    await migrate.upgrade(db)
    yield db
    await db.close()


async def test_events_are_delivered_in_order_after_the_router_recovers(
    database: SqliteDatabase, make_record: RecordFactory, base_created_us: int
) -> None:
    repository = InferenceRepository(database)
    for number, score in enumerate((0.5, 0.9, 0.7)):
        record = make_record(f"inf-{number}", created_at_us=base_created_us + number)
        record.evaluation_score = score
        record.model_id = f"model-{number}"
        await repository.save(record)
    router = FakeRouter(failures=1)
    outbox = ScoreOutbox(database, router, timeout_seconds=1, retry_seconds=0.05)  # type: ignore[arg-type]

    assert await outbox.deliver_pending() == 0  # the router is down: nothing lost, nothing sent
    assert await outbox.deliver_pending() == 3
    assert await outbox.deliver_pending() == 0  # delivered events are not sent again

    assert router.received == [("model-0", 0.5), ("model-1", 0.9), ("model-2", 0.7)]
    pending = await database.fetch(
        "SELECT count(*) AS n FROM champion_score_events WHERE delivered_at_us IS NULL"
    )
    assert pending[0]["n"] == 0
