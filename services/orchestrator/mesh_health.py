"""Readiness of every stage, checked concurrently through the standard health service."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass

import grpc
from grpc import aio
from grpc_health.v1 import health_pb2, health_pb2_grpc

from neuroforge.stage.v1 import stage_info_service_pb2 as stage_pb
from neuroforge.stage.v1 import stage_info_service_pb2_grpc as stage_grpc
from nf_core.settings import PIPELINE_STAGES, Stage


@dataclass(frozen=True)
class StageState:
    """One stage's health as observed now."""

    stage: Stage
    status: str
    latency_ms: float
    detail: str

    @property
    def serving(self) -> bool:
        """True when the stage reports SERVING."""
        return self.status == "SERVING"


class MeshHealth:
    """Checks the stages over their existing channels."""

    def __init__(self, channels: dict[Stage, aio.Channel], timeout_seconds: float) -> None:
        self._channels = channels
        self._timeout = timeout_seconds

    async def _check(self, stage: Stage) -> StageState:
        channel = self._channels[stage]
        started = time.perf_counter()
        try:
            response = await health_pb2_grpc.HealthStub(channel).Check(
                health_pb2.HealthCheckRequest(service=""), timeout=self._timeout
            )
            status = health_pb2.HealthCheckResponse.ServingStatus.Name(response.status)
            info = await stage_grpc.StageInfoServiceStub(channel).GetStageInfo(
                stage_pb.GetStageInfoRequest(), timeout=self._timeout
            )
            detail = ", ".join(f"{k}={v}" for k, v in sorted(info.details.items()))
        except aio.AioRpcError as error:
            status = (
                "UNREACHABLE"
                if error.code() in (grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.DEADLINE_EXCEEDED)
                else "UNKNOWN"
            )
            detail = error.details() or error.code().name
        return StageState(stage, status, round((time.perf_counter() - started) * 1e3, 2), detail)

    async def check_all(self) -> list[StageState]:
        """States of all five stages, in pipeline order."""
        return list(await asyncio.gather(*(self._check(stage) for stage in PIPELINE_STAGES)))
