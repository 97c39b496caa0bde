"""gRPC adapter of the Context Builder: protobuf in, domain call, protobuf out."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from grpc import aio

from neuroforge.common.v1 import pipeline_pb2 as common_pb
from neuroforge.context.v1 import context_service_pb2 as pb
from neuroforge.context.v1 import context_service_pb2_grpc as pb_grpc
from nf_core.enums import DOMAIN_VALUES, domain_name
from nf_core.tracing import annotate
from services.context_builder.builder import ContextBuilder
from services.context_builder.health_poller import DataForgeHealth
from services.context_builder.packs import ScoredChunk
from services.context_builder.retrieved import RetrievedContext, Tier

_TIERS = {
    Tier.DATAFORGE: common_pb.CONTEXT_TIER_DATAFORGE,
    Tier.LAST_KNOWN_GOOD: common_pb.CONTEXT_TIER_LAST_KNOWN_GOOD,
    Tier.LOCAL_PACK: common_pb.CONTEXT_TIER_LOCAL_PACK,
    Tier.DOMAIN_FALLBACK: common_pb.CONTEXT_TIER_DOMAIN_FALLBACK,
}


def _chunk_pb(scored: ScoredChunk) -> common_pb.ContextChunk:
    return common_pb.ContextChunk(
        chunk_id=scored.chunk.chunk_id,
        document_title=scored.chunk.document_title,
        text=scored.chunk.text,
        score=scored.score,
    )


def to_window_pb(context: RetrievedContext) -> common_pb.ContextWindow:
    """Convert a retrieved context to its wire form."""
    return common_pb.ContextWindow(
        pack_id=context.pack.pack_id,
        pack_version=context.pack.version,
        pack_title=context.pack.title,
        domain=DOMAIN_VALUES[context.pack.domain],
        primary=_chunk_pb(context.primary),
        supporting_chunks=[_chunk_pb(c) for c in context.supporting],
        tier=_TIERS[context.tier],
        degraded=context.degraded,
        degraded_reason=context.degraded_reason,
    )


class ContextServicer(pb_grpc.ContextServiceServicer):
    """Serves ``neuroforge.context.v1.ContextService``."""

    def __init__(self, builder: ContextBuilder, health: Callable[[], DataForgeHealth]) -> None:
        self._builder = builder
        self._health = health

    async def BuildContext(
        self, request: pb.BuildContextRequest, context: aio.ServicerContext[Any, Any]
    ) -> pb.BuildContextResponse:
        window = await self._builder.build(
            request.pack_id,
            domain_name(request.domain),
            request.query,
            request.max_chunks,
            context.time_remaining(),
        )
        response = pb.BuildContextResponse(context=to_window_pb(window))
        annotate(
            pack_id=request.pack_id,
            domain=domain_name(request.domain),
            pack_version=response.context.pack_version,
            tier=common_pb.ContextTier.Name(response.context.tier),
            degraded=response.context.degraded,
            chunks=1 + len(response.context.supporting_chunks),
        )
        return response

    async def InvalidatePack(
        self, request: pb.InvalidatePackRequest, context: aio.ServicerContext[Any, Any]
    ) -> pb.InvalidatePackResponse:
        result = await self._builder.invalidate(request.pack_id, request.pack_version)
        return pb.InvalidatePackResponse(
            invalidated_entries=result.dropped_entries, generation=result.generation
        )

    async def GetDataForgeHealth(
        self, request: pb.GetDataForgeHealthRequest, context: aio.ServicerContext[Any, Any]
    ) -> pb.GetDataForgeHealthResponse:
        state = self._health()
        return pb.GetDataForgeHealthResponse(
            configured=state.configured,
            status=state.status,
            circuit_state=state.circuit_state,
            consecutive_failures=state.consecutive_failures,
            latency_ms=state.latency_ms,
            last_error=state.last_error,
            checked_seconds_ago=state.checked_seconds_ago,
            upstream_version=state.upstream_version,
        )
