"""Wiring of the Context Builder process."""

from __future__ import annotations

import uuid

from grpc import aio

from neuroforge.context.v1 import context_service_pb2 as pb
from neuroforge.context.v1 import context_service_pb2_grpc as pb_grpc
from nf_core.breaker import CircuitBreaker
from nf_core.metrics import BREAKER_STATES
from nf_core.redis_client import open_redis
from nf_core.server import ServiceSpec
from nf_core.settings import Stage
from services.context_builder import metrics
from services.context_builder.builder import ContextBuilder
from services.context_builder.dataforge import DataForgeClient, RetryPolicy
from services.context_builder.health_poller import DISABLED, DataForgeHealth, DataForgePoller
from services.context_builder.lkg import LastKnownGoodStore
from services.context_builder.packs import load_packs
from services.context_builder.redis_cache import InvalidationBus, RedisWindowCache
from services.context_builder.servicer import ContextServicer
from services.context_builder.settings import ContextBuilderSettings
from services.context_builder.tiers import ContextSources
from services.context_builder.window_cache import MemoryWindowCache, WindowCache


def _cache_backend(settings: ContextBuilderSettings) -> str:
    if settings.context_cache_backend == "auto":
        return "redis" if settings.redis_url else "memory"
    if settings.context_cache_backend == "redis" and not settings.redis_url:
        raise ValueError("NF_CONTEXT_CACHE_BACKEND=redis needs NF_REDIS_URL")
    return settings.context_cache_backend


def build_spec(settings: ContextBuilderSettings | None = None) -> ServiceSpec:
    """Assemble the Context Builder from its settings."""
    settings = settings or ContextBuilderSettings()
    packs = load_packs(settings.context_packs_dir, settings.context_operator_packs_dir)
    replica_id = uuid.uuid4().hex[:12]
    redis = open_redis(settings.redis_url) if settings.redis_url else None
    cache: WindowCache
    if _cache_backend(settings) == "redis" and redis is not None:
        cache = RedisWindowCache(redis, settings.context_cache_ttl_seconds)
    else:
        cache = MemoryWindowCache(
            settings.context_cache_max_entries, settings.context_cache_ttl_seconds
        )
    dataforge: DataForgeClient | None = None
    poller: DataForgePoller | None = None
    if settings.dataforge_url:
        breaker = CircuitBreaker(
            settings.dataforge_breaker_threshold, settings.dataforge_breaker_reset_seconds
        )
        BREAKER_STATES.watch("dataforge", breaker)
        metrics.DATAFORGE_CONFIGURED.set(1)
        dataforge = DataForgeClient(
            settings.dataforge_url,
            RetryPolicy(
                settings.dataforge_timeout_seconds,
                settings.dataforge_max_retries,
                settings.dataforge_backoff_base_seconds,
                settings.dataforge_backoff_max_seconds,
            ),
            breaker,
        )
        poller = DataForgePoller(
            dataforge,
            settings.dataforge_health_interval_seconds,
            settings.dataforge_timeout_seconds,
        )
    sources = ContextSources(packs, dataforge, None, settings.dataforge_strict)
    builder = ContextBuilder(
        sources,
        cache,
        settings.context_max_chunks,
        settings.context_cache_ttl_seconds,
        settings.context_cache_early_refresh_beta,
    )

    def remote_invalidation(pack_id: str) -> None:
        metrics.INVALIDATIONS_RECEIVED.inc()
        builder.drop_local(pack_id)

    bus = (
        InvalidationBus(open_redis(settings.redis_url, None), replica_id, remote_invalidation)
        if redis
        else None
    )
    if bus is not None:
        builder.publishers.append(bus.publish)

    def health() -> DataForgeHealth:
        return DISABLED if poller is None else poller.snapshot()

    servicer = ContextServicer(builder, health)

    async def start_background() -> None:
        if dataforge is not None:
            sources.lkg = await LastKnownGoodStore.open(
                settings.context_lkg_path, settings.context_lkg_max_age_seconds
            )
        if poller is not None:
            poller.start()
        if bus is not None:
            bus.start()

    async def stop_background() -> None:
        if poller is not None:
            await poller.stop()
        if bus is not None:
            await bus.stop()
        if dataforge is not None:
            await dataforge.close()
        if sources.lkg is not None:
            await sources.lkg.close()
        if redis is not None:
            await redis.aclose()

    def register(server: aio.Server) -> None:
        pb_grpc.add_ContextServiceServicer_to_server(servicer, server)

    def details() -> dict[str, str]:
        found = {
            "packs": ",".join(sorted(packs)),
            "cache_backend": cache.name,
            "cache_entries": str(len(cache)),
            "cache_hit_rate": f"{cache.stats.hit_rate:.3f}",
            "dataforge": health().status,
            "dataforge_circuit": health().circuit_state,
            "replica": replica_id,
        }
        if bus is not None:
            found["invalidation_channel"] = (
                "subscribed" if bus.subscribed.is_set() else "connecting"
            )
            found["invalidations_received"] = str(bus.stats.received)
            found["invalidation_generations"] = ",".join(
                f"{pack or '*'}:{generation}" for pack, generation in sorted(bus.stats.seen.items())
            )
        return found

    return ServiceSpec(
        stage=Stage.CONTEXT_BUILDER,
        settings=settings,
        registrars=[register],
        service_names=[pb.DESCRIPTOR.services_by_name["ContextService"].full_name],
        details=details,
        on_startup=[start_background],
        on_shutdown=[stop_background],
        internal_only=True,
    )
