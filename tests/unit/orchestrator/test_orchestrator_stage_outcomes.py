"""The stage latency histogram labels a call by how it ended, cancellation included."""

from __future__ import annotations

import asyncio

import pytest
from prometheus_client import REGISTRY

from nf_core.settings import Stage
from services.orchestrator.stages import call_stage


def _count(outcome: str) -> float:
    value = REGISTRY.get_sample_value(
        "nf_pipeline_stage_seconds_count", {"stage": "evaluator", "outcome": outcome}
    )
    return value or 0.0


async def test_a_call_cancelled_mid_flight_is_not_counted_as_ok() -> None:
    ok_before, cancelled_before = _count("ok"), _count("cancelled")
    started = asyncio.Event()

    async def hang() -> None:
        started.set()
        await asyncio.sleep(30)

    task = asyncio.create_task(call_stage(Stage.EVALUATOR, 1.0, hang))
    await started.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task

    assert _count("cancelled") == cancelled_before + 1
    assert _count("ok") == ok_before


async def test_a_successful_call_is_counted_as_ok() -> None:
    ok_before = _count("ok")

    async def answer() -> str:
        return "done"

    assert await call_stage(Stage.EVALUATOR, 1.0, answer) == "done"
    assert _count("ok") == ok_before + 1
