"""Three router processes share one champion board in Redis: no lost update, one champion."""

from __future__ import annotations

import asyncio
import itertools
import time
from pathlib import Path

import pytest

from neuroforge.common.v1 import pipeline_pb2 as common_pb
from neuroforge.router.v1 import router_service_pb2 as pb
from neuroforge.router.v1 import router_service_pb2_grpc as pb_grpc
from tests.providers.router_processes import Replicas, router_replicas

CHAMPION = "local/extractive"
CHALLENGER = "local/extractive-concise"
UPDATES = 1000
CONCURRENCY = 64


async def _record_everywhere(routers: Replicas, scores: list[tuple[str, float]]) -> None:
    gate = asyncio.Semaphore(CONCURRENCY)
    stubs = itertools.cycle([r.stub for r in routers.replicas])

    async def one(stub: pb_grpc.RouterServiceAsyncStub, model_id: str, score: float) -> None:
        async with gate:
            await stub.RecordScore(
                pb.RecordScoreRequest(
                    domain=common_pb.DOMAIN_LITERARY,
                    task_type=common_pb.TASK_TYPE_ANALYSIS,
                    model_id=model_id,
                    score=score,
                ),
                metadata=routers.metadata,
                timeout=30,
            )

    await asyncio.gather(*(one(next(stubs), m, s) for m, s in scores))


async def test_1000_concurrent_scores_over_3_replicas_leave_exact_counts_and_one_champion(
    redis_url: str, tmp_path: Path
) -> None:
    # 600 scores of 0.5 for the champion, 400 of 0.75 for the challenger, interleaved: the
    # challenger overtakes by more than 20% once both have 20 samples, in the middle of the burst.
    scores = [(CHALLENGER, 0.75) if i % 5 in (1, 3) else (CHAMPION, 0.5) for i in range(UPDATES)]
    async with router_replicas(3, redis_url, tmp_path) as routers:
        started = time.monotonic()
        await _record_everywhere(routers, scores)
        elapsed = time.monotonic() - started
        statuses = await asyncio.gather(
            *(
                r.stub.GetChampionStatus(
                    pb.GetChampionStatusRequest(
                        domain=common_pb.DOMAIN_LITERARY, task_type=common_pb.TASK_TYPE_ANALYSIS
                    ),
                    metadata=routers.metadata,
                )
                for r in routers.replicas
            )
        )
        everything = await asyncio.gather(
            *(
                r.stub.GetChampionStatus(pb.GetChampionStatusRequest(), metadata=routers.metadata)
                for r in routers.replicas
            )
        )

    print(f"\n{UPDATES} RecordScore over 3 replicas in {elapsed:.2f}s")
    (slot,) = statuses[0].slots
    assert all(status == statuses[0] for status in statuses)
    assert all(status == everything[0] for status in everything)
    assert (slot.champion_model_id, slot.challenger_model_id) == (CHALLENGER, CHAMPION)
    assert (slot.champion_samples, slot.challenger_samples) == (400, 600)
    assert slot.champion_samples + slot.challenger_samples == UPDATES
    assert slot.champion_score == pytest.approx(0.75, abs=1e-12)
    assert slot.challenger_score == pytest.approx(0.5, abs=1e-12)
    assert slot.changed_by == "auto"
    assert (slot.champion_window.size, slot.champion_window.peak) == (50, 0.75)
    assert (slot.challenger_window.low, slot.challenger_window.trend) == (0.5, 0.0)
    untouched = [s for s in everything[0].slots if s.domain != common_pb.DOMAIN_LITERARY]
    assert untouched
    assert all(s.champion_samples == 0 for s in untouched)
