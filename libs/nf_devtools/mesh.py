"""The processes of a local mesh: six services and Envoy (shared by `make run` and the tests)."""

from __future__ import annotations

import asyncio
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import grpc
from grpc import aio
from grpc_health.v1 import health_pb2, health_pb2_grpc

from nf_core.settings import MeshSettings, Stage
from nf_devtools.gateway import GatewayConfig, envoy_binary, write

# Stages first so the orchestrator and Envoy find them serving.
START_ORDER = (
    Stage.CONTEXT_BUILDER,
    Stage.PROMPT_ENGINE,
    Stage.MODEL_ROUTER,
    Stage.EVALUATOR,
    Stage.POST_PROCESSOR,
    Stage.ORCHESTRATOR,
)


@dataclass(frozen=True)
class ProcessSpec:
    """One process to launch."""

    name: str
    argv: list[str]


def service_processes() -> list[ProcessSpec]:
    """The six gRPC services, run with the current interpreter."""
    return [ProcessSpec(stage.value, [sys.executable, "-m", f"services.{stage.value}"])
            for stage in START_ORDER]


def envoy_process(config: GatewayConfig, config_path: Path) -> ProcessSpec:
    """Envoy with a freshly rendered config."""
    write(config, config_path)
    return ProcessSpec("gateway", [envoy_binary(), "-c", str(config_path), "--use-dynamic-base-id",
                                   "--log-level", "warning"])


async def _serving(address: str, probe_seconds: float) -> bool:
    async with aio.insecure_channel(address) as channel:
        try:
            response = await health_pb2_grpc.HealthStub(channel).Check(
                health_pb2.HealthCheckRequest(), timeout=probe_seconds)
        except grpc.RpcError:
            return False
    return bool(response.status == health_pb2.HealthCheckResponse.SERVING)


async def wait_until_serving(settings: MeshSettings, deadline_seconds: float) -> list[str]:
    """Poll every service's health until all are SERVING; return those that never were."""
    pending = {stage: f"{settings.bind_host}:{settings.port_of(stage)}" for stage in START_ORDER}
    give_up = time.monotonic() + deadline_seconds
    while pending and time.monotonic() < give_up:
        results = await asyncio.gather(*(_serving(a, 0.5) for a in pending.values()))
        for stage, ok in zip(list(pending), results, strict=True):
            if ok:
                del pending[stage]
        if pending:
            await asyncio.sleep(0.2)
    return [stage.value for stage in pending]
