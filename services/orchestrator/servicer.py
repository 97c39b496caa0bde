"""gRPC adapters of the orchestrator: admin and mesh health (inference: inference_servicer)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from grpc import aio

import nf_core
from neuroforge.admin.v1 import admin_service_pb2 as admin_pb
from neuroforge.admin.v1 import admin_service_pb2_grpc as admin_grpc
from neuroforge.context.v1 import context_service_pb2 as context_pb
from neuroforge.health.v1 import mesh_health_service_pb2 as health_pb
from neuroforge.health.v1 import mesh_health_service_pb2_grpc as health_grpc
from neuroforge.router.v1 import router_service_pb2 as router_pb
from nf_core.auth import Identity, identity_var
from nf_core.errors import UnauthenticatedError, UnavailableError
from nf_core.request_context import outbound_metadata
from nf_core.settings import Stage
from services.orchestrator.mesh_health import MeshHealth, StageState
from services.orchestrator.settings import OrchestratorSettings
from services.orchestrator.stages import StageClients, ask

Context = aio.ServicerContext[Any, Any]
T = TypeVar("T")


def current_identity() -> Identity:
    """The verified caller (the auth interceptor sets it for every non-public method)."""
    identity = identity_var.get()
    if identity is None:  # a wiring error: fail closed
        raise UnauthenticatedError("no verified identity for this call")
    return identity


class AdminServicer(admin_grpc.AdminServiceServicer):
    """Serves ``neuroforge.admin.v1.AdminService`` by delegating to the owning stage."""

    def __init__(self, clients: StageClients, settings: OrchestratorSettings) -> None:
        self._clients = clients
        self._timeout = settings.orchestrator_router_timeout_seconds

    def _actor(self, context: Context) -> str:
        return current_identity().subject

    async def _router(
        self, method: Callable[..., Awaitable[T]], request: object, context: Context
    ) -> T:
        return await ask(
            Stage.MODEL_ROUTER, method, request, self._timeout, context.time_remaining()
        )

    async def ListModels(
        self, request: admin_pb.ListModelsRequest, context: Context
    ) -> admin_pb.ListModelsResponse:
        response = await self._router(
            self._clients.router.ListModels, router_pb.ListModelsRequest(), context
        )
        return admin_pb.ListModelsResponse(models=response.models)

    async def PromoteChampion(
        self, request: admin_pb.PromoteChampionRequest, context: Context
    ) -> admin_pb.PromoteChampionResponse:
        response = await self._router(
            self._clients.router.PromoteChampion,
            router_pb.PromoteChampionRequest(
                domain=request.domain,
                task_type=request.task_type,
                model_id=request.model_id,
                actor=self._actor(context),
                reason=request.reason,
            ),
            context,
        )
        return admin_pb.PromoteChampionResponse(slot=response.slot)

    async def DemoteChampion(
        self, request: admin_pb.DemoteChampionRequest, context: Context
    ) -> admin_pb.DemoteChampionResponse:
        response = await self._router(
            self._clients.router.DemoteChampion,
            router_pb.DemoteChampionRequest(
                domain=request.domain,
                task_type=request.task_type,
                actor=self._actor(context),
                reason=request.reason,
            ),
            context,
        )
        return admin_pb.DemoteChampionResponse(slot=response.slot)

    async def GetChampionStatus(
        self, request: admin_pb.GetChampionStatusRequest, context: Context
    ) -> admin_pb.GetChampionStatusResponse:
        response = await self._router(
            self._clients.router.GetChampionStatus,
            router_pb.GetChampionStatusRequest(domain=request.domain, task_type=request.task_type),
            context,
        )
        return admin_pb.GetChampionStatusResponse(slots=response.slots)

    async def InvalidateContext(
        self, request: admin_pb.InvalidateContextRequest, context: Context
    ) -> admin_pb.InvalidateContextResponse:
        response = await ask(
            Stage.CONTEXT_BUILDER,
            self._clients.context.InvalidatePack,
            context_pb.InvalidatePackRequest(pack_id=request.pack_id),
            self._timeout,
            context.time_remaining(),
        )
        return admin_pb.InvalidateContextResponse(invalidated_entries=response.invalidated_entries)


def _stage_pb(state: StageState) -> health_pb.StageHealth:
    return health_pb.StageHealth(
        name=state.stage.value,
        status=state.status,
        latency_ms=state.latency_ms,
        detail=state.detail,
    )


class MeshHealthServicer(health_grpc.MeshHealthServiceServicer):
    """Serves the REST health probes."""

    def __init__(self, health: MeshHealth, clients: StageClients, timeout_seconds: float) -> None:
        self._health = health
        self._clients = clients
        self._timeout = timeout_seconds

    async def GetHealth(
        self, request: health_pb.GetHealthRequest, context: Context
    ) -> health_pb.GetHealthResponse:
        states = await self._health.check_all()
        status = "ok" if all(s.serving for s in states) else "degraded"
        return health_pb.GetHealthResponse(
            status=status, version=nf_core.__version__, stages=[_stage_pb(s) for s in states]
        )

    async def GetReadiness(
        self, request: health_pb.GetReadinessRequest, context: Context
    ) -> health_pb.GetReadinessResponse:
        states = await self._health.check_all()
        failing = [f"{s.stage.value}={s.status}" for s in states if not s.serving]
        if failing:
            raise UnavailableError("not ready: " + ", ".join(failing))
        return health_pb.GetReadinessResponse(status="ready", stages=[_stage_pb(s) for s in states])

    async def GetLiveness(
        self, request: health_pb.GetLivenessRequest, context: Context
    ) -> health_pb.GetLivenessResponse:
        return health_pb.GetLivenessResponse(status="alive")

    async def GetDataForgeHealth(
        self, request: health_pb.GetDataForgeHealthRequest, context: Context
    ) -> health_pb.GetDataForgeHealthResponse:
        remaining = context.time_remaining()
        t = self._timeout if remaining is None else min(self._timeout, remaining)
        try:
            state = await self._clients.context.GetDataForgeHealth(
                context_pb.GetDataForgeHealthRequest(), timeout=t, metadata=outbound_metadata()
            )
        except aio.AioRpcError as error:
            return health_pb.GetDataForgeHealthResponse(
                status="unreachable", last_error=f"context builder: {error.code().name}"
            )
        return health_pb.GetDataForgeHealthResponse(
            status=state.status,
            configured=state.configured,
            circuit_state=state.circuit_state,
            consecutive_failures=state.consecutive_failures,
            latency_ms=state.latency_ms,
            last_error=state.last_error,
            checked_seconds_ago=state.checked_seconds_ago,
        )
