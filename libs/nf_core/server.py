"""The one bootstrap every service runs: gRPC server, health, reflection, metrics, drain."""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import uvloop
from grpc import aio
from grpc_health.v1 import _async as health_aio
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection
from opentelemetry.trace import TracerProvider

import nf_core
from neuroforge.stage.v1 import stage_info_service_pb2 as stage_pb
from neuroforge.stage.v1 import stage_info_service_pb2_grpc as stage_grpc
from nf_core.channels import server_options
from nf_core.interceptors import default_interceptors
from nf_core.logging_setup import configure_logging
from nf_core.metrics import start_metrics_server
from nf_core.policy_interceptors import InternalCredentialInterceptor
from nf_core.settings import MeshSettings, Stage
from nf_core.tracing import configure_tracing

logger = logging.getLogger(__name__)

Registrar = Callable[[aio.Server], None]
Hook = Callable[[], Awaitable[None]]


@dataclass
class ServiceSpec:
    """What a service contributes to the shared bootstrap.

    Attributes:
        stage: Which process this is; selects port and log name.
        settings: The service's settings (a ``MeshSettings`` subclass).
        registrars: Functions that add servicers to the server.
        service_names: Fully-qualified gRPC service names, for health and reflection.
        details: Returns runtime details for ``StageInfoService`` (e.g. tokenizer backend).
        on_startup: Awaited before the server accepts calls.
        on_shutdown: Awaited after the server has drained.
        policies: Policy interceptors (e.g. bearer-token auth) run before every handler.
        internal_only: Refuse calls without the internal credential (every stage service).
    """

    stage: Stage
    settings: MeshSettings
    registrars: list[Registrar]
    service_names: list[str]
    details: Callable[[], dict[str, str]] = dict
    on_startup: list[Hook] = field(default_factory=list)
    on_shutdown: list[Hook] = field(default_factory=list)
    policies: list[Any] = field(default_factory=list)
    internal_only: bool = False


class _StageInfoServicer(stage_grpc.StageInfoServiceServicer):
    def __init__(self, spec: ServiceSpec) -> None:
        self._spec = spec

    async def GetStageInfo(
        self,
        request: stage_pb.GetStageInfoRequest,
        context: aio.ServicerContext[Any, Any],
    ) -> stage_pb.GetStageInfoResponse:
        details = {"event_loop": _loop_kind(), **self._spec.details()}
        return stage_pb.GetStageInfoResponse(
            name=self._spec.stage.value, version=nf_core.__version__, details=details
        )


def _loop_kind() -> str:
    """``uvloop`` or ``asyncio``: which event loop this process runs on."""
    return (
        "uvloop" if type(asyncio.get_running_loop()).__module__.startswith("uvloop") else "asyncio"
    )


class RunningService:
    """A started server; ``stop`` drains it (used by ``serve`` and by in-process tests)."""

    def __init__(
        self, spec: ServiceSpec, server: aio.Server, health: health_aio.HealthServicer, port: int
    ) -> None:
        self.spec = spec
        self.server = server
        self.health = health
        self.port = port

    async def stop(self, grace: float | None = None) -> None:
        """Report NOT_SERVING, let in-flight calls finish within the grace period, run hooks."""
        await self.health.enter_graceful_shutdown()
        await self.server.stop(
            self.spec.settings.shutdown_grace_seconds if grace is None else grace
        )
        for hook in self.spec.on_shutdown:
            await hook()


async def start(
    spec: ServiceSpec, port: int | None = None, tracer_provider: TracerProvider | None = None
) -> RunningService:
    """Start a service's server and mark it SERVING.

    Args:
        spec: The service description.
        port: Override of the configured port (0 picks a free one, for tests).
        tracer_provider: Provider of the server spans; default the global one.
    """
    for hook in spec.on_startup:
        await hook()
    policies = list(spec.policies)
    if spec.internal_only:
        policies.insert(0, InternalCredentialInterceptor(spec.settings.resolve_internal_token()))
    server = aio.server(
        interceptors=default_interceptors(
            policies, tracer_provider, metadata_in_trailers=spec.internal_only
        ),
        options=server_options(),
    )
    for register in spec.registrars:
        register(server)
    stage_grpc.add_StageInfoServiceServicer_to_server(_StageInfoServicer(spec), server)
    health_servicer = health_aio.HealthServicer()
    health_pb2_grpc.add_HealthServicer_to_server(health_servicer, server)
    names = [
        *spec.service_names,
        stage_pb.DESCRIPTOR.services_by_name["StageInfoService"].full_name,
        health_pb2.DESCRIPTOR.services_by_name["Health"].full_name,
        reflection.SERVICE_NAME,
    ]
    reflection.enable_server_reflection(names, server)
    wanted = spec.settings.port_of(spec.stage) if port is None else port
    bound = server.add_insecure_port(f"{spec.settings.bind_host}:{wanted}")
    if bound == 0:
        raise RuntimeError(f"{spec.stage.value}: could not bind {spec.settings.bind_host}:{wanted}")
    await server.start()
    for name in ["", *spec.service_names]:
        await health_servicer.set(name, health_pb2.HealthCheckResponse.SERVING)
    return RunningService(spec, server, health_servicer, bound)


async def serve(spec: ServiceSpec) -> None:
    """Run a service until SIGTERM or SIGINT, then drain gracefully."""
    settings = spec.settings
    configure_logging(
        spec.stage.value, settings.log_level, settings.log_format, settings.log_levels
    )
    provider = configure_tracing(spec.stage.value, settings)
    metrics_port = settings.metrics_port_of(spec.stage)
    if metrics_port is not None:
        start_metrics_server(settings.bind_host, metrics_port)
    running = await start(spec)
    logger.info(
        "%s listening on %s:%d",
        spec.stage.value,
        settings.bind_host,
        running.port,
        extra={"fields": {"metrics_port": metrics_port}},
    )
    stop_requested = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop_requested.set)
    await stop_requested.wait()
    logger.info("%s draining", spec.stage.value)
    await running.stop()
    provider.shutdown()  # flushes spans still waiting for export
    logger.info("%s stopped", spec.stage.value)


def run(spec_factory: Callable[[], ServiceSpec]) -> None:
    """Entry point helper for ``__main__`` modules."""

    async def main() -> None:
        await serve(spec_factory())

    # uvloop cut the mesh's CPU per request by about 8 % under load (docs/benchmarks.md).
    if MeshSettings().event_loop == "uvloop":
        uvloop.run(main())
    else:
        asyncio.run(main())
