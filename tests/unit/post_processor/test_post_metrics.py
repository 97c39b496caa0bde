"""Spool metrics: what was spooled and replayed, and the depth the gauge reads."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

from prometheus_client import REGISTRY

from neuroforge.common.v1 import pipeline_pb2 as common_pb
from neuroforge.postprocess.v1 import post_processor_service_pb2 as pb
from nf_core.db import DatabaseUnavailableError
from services.post_processor import metrics
from services.post_processor.repository import SaveOutcome
from services.post_processor.spool import Spool
from services.post_processor.writer import InferenceWriter

RecordFactory = Callable[..., common_pb.InferenceRecord]


class DownRepository:
    """A database that is down until told otherwise."""

    def __init__(self) -> None:
        self.down = True

    async def save(
        self, record: common_pb.InferenceRecord, idempotency_key: str = "", fingerprint: str = ""
    ) -> SaveOutcome:
        if self.down:
            raise DatabaseUnavailableError("connection refused")
        return SaveOutcome(record, inserted=True, deduplicated=False)


def _value(name: str) -> float:
    return REGISTRY.get_sample_value(name) or 0.0


async def test_spooled_and_replayed_inferences_move_the_counters_and_the_depth(
    tmp_path: Path, make_record: RecordFactory
) -> None:
    spool = await Spool.open(tmp_path / "spool.sqlite3")
    repository = DownRepository()
    writer = InferenceWriter(repository, spool, retry_seconds=0.02)  # type: ignore[arg-type]
    metrics.SPOOL_DEPTH.set_function(lambda: writer.spool_depth)
    spooled, replayed = _value("nf_post_spooled_total"), _value("nf_post_spool_replayed_total")
    await writer.start()
    try:
        for name in ("m1", "m2"):
            await writer.write(pb.RecordInferenceRequest(record=make_record(name)))
        assert _value("nf_post_spool_depth") == 2
        assert _value("nf_post_spooled_total") == spooled + 2
        repository.down = False
        for _ in range(250):
            if _value("nf_post_spool_depth") == 0:
                break
            await asyncio.sleep(0.02)
        assert _value("nf_post_spool_depth") == 0
        assert _value("nf_post_spool_replayed_total") == replayed + 2
    finally:
        await writer.stop()
        await spool.close()
