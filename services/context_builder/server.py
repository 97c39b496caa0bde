"""Wiring of the Context Builder process."""

from __future__ import annotations

from grpc import aio

from neuroforge.context.v1 import context_service_pb2 as pb
from neuroforge.context.v1 import context_service_pb2_grpc as pb_grpc
from nf_core.cache import TtlLruCache
from nf_core.server import ServiceSpec
from nf_core.settings import Stage
from services.context_builder.builder import ContextBuilder, RetrievedContext
from services.context_builder.packs import load_packs
from services.context_builder.servicer import ContextServicer
from services.context_builder.settings import ContextBuilderSettings


def build_spec(settings: ContextBuilderSettings | None = None) -> ServiceSpec:
    """Assemble the Context Builder from its settings."""
    settings = settings or ContextBuilderSettings()
    packs = load_packs(settings.context_packs_dir, settings.context_operator_packs_dir)
    cache: TtlLruCache[RetrievedContext] = TtlLruCache(
        settings.context_cache_max_entries, settings.context_cache_ttl_seconds
    )
    builder = ContextBuilder(packs, cache, settings.context_max_chunks)
    servicer = ContextServicer(builder)

    def register(server: aio.Server) -> None:
        pb_grpc.add_ContextServiceServicer_to_server(servicer, server)

    def details() -> dict[str, str]:
        return {
            "packs": ",".join(sorted(packs)),
            "cache_entries": str(len(cache)),
            "cache_hit_rate": f"{cache.stats.hit_rate:.3f}",
        }

    return ServiceSpec(
        stage=Stage.CONTEXT_BUILDER,
        settings=settings,
        registrars=[register],
        service_names=[pb.DESCRIPTOR.services_by_name["ContextService"].full_name],
        details=details,
        internal_only=True,
    )
