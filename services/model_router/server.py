"""Wiring of the Model Router process."""

from __future__ import annotations

from grpc import aio

import nf_tokenizer
from neuroforge.router.v1 import router_service_pb2 as pb
from neuroforge.router.v1 import router_service_pb2_grpc as pb_grpc
from nf_core.enums import DOMAIN_NAMES, TASK_TYPE_NAMES
from nf_core.server import ServiceSpec
from nf_core.settings import Stage
from services.model_router.champion import ChampionBoard, ChampionPolicy, ChampionStore
from services.model_router.champion_redis import RedisChampionStore
from services.model_router.metrics import MeteredChampionStore
from services.model_router.policy import ResiliencePolicy
from services.model_router.providers.factory import (
    ProviderConfigError,
    build_providers,
    close_providers,
)
from services.model_router.redis_state import Keys, open_redis
from services.model_router.registry import load_registry
from services.model_router.remote_flight import RedisFlights
from services.model_router.router import Router
from services.model_router.servicer import RouterServicer
from services.model_router.settings import ModelRouterSettings
from services.model_router.sharing import AnswerSharing, SharingConfig


def build_spec(settings: ModelRouterSettings | None = None) -> ServiceSpec:
    """Assemble the Model Router from its settings."""
    settings = settings or ModelRouterSettings()
    specs = load_registry(settings.router_registry_path)
    try:
        providers = build_providers(specs, settings)
    except ProviderConfigError as error:
        raise SystemExit(f"model registry {settings.router_registry_path}: {error}") from None
    model_ids = [s.model_id for s in specs]
    policy = ChampionPolicy(
        window=settings.router_score_window,
        margin=settings.router_promotion_margin,
        min_samples=settings.router_promotion_min_samples,
    )
    client = open_redis(settings.redis_url) if settings.redis_url else None
    keys = Keys(settings.router_state_prefix)
    board: ChampionStore = (
        RedisChampionStore(
            client, keys, model_ids, DOMAIN_NAMES.values(), TASK_TYPE_NAMES.values(), policy
        )
        if client is not None
        else ChampionBoard(model_ids, DOMAIN_NAMES.values(), TASK_TYPE_NAMES.values(), policy)
    )
    board = MeteredChampionStore(board)
    router = Router(
        specs,
        providers,
        board,
        default_strategy=settings.router_default_strategy,
        deadline_seconds=settings.router_request_deadline_seconds,
        challenger_share=settings.router_challenger_share,
        latency_alpha=settings.router_latency_ema_alpha,
        policy=ResiliencePolicy.from_settings(settings),
        slot_max_age=settings.router_champion_cache_seconds,
        domain_strategies=settings.router_domain_strategies,
    )
    answers = AnswerSharing(
        router.route,
        specs,
        SharingConfig(
            default_strategy=settings.router_default_strategy,
            deadline_seconds=settings.router_request_deadline_seconds,
            window_seconds=settings.router_dedup_window_seconds,
            cache_ttl_seconds=settings.router_output_cache_ttl_seconds,
            cache_max_entries=settings.router_output_cache_max_entries,
            cache_sampled=settings.router_output_cache_sampled,
        ),
        remote=RedisFlights(client, keys) if client is not None else None,
    )
    servicer = RouterServicer(router, answers)

    def register(server: aio.Server) -> None:
        pb_grpc.add_RouterServiceServicer_to_server(servicer, server)

    async def close() -> None:
        await close_providers(providers)
        if client is not None:
            await client.aclose()

    return ServiceSpec(
        stage=Stage.MODEL_ROUTER,
        settings=settings,
        registrars=[register],
        service_names=[pb.DESCRIPTOR.services_by_name["RouterService"].full_name],
        details=lambda: {
            "tokenizer_backend": nf_tokenizer.backend(),
            "models": ",".join(model_ids),
            "shared_state": "redis" if client is not None else "in-process",
        },
        on_shutdown=[close],
        internal_only=True,
    )
