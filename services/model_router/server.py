"""Wiring of the Model Router process."""

from __future__ import annotations

from grpc import aio

import nf_tokenizer
from neuroforge.router.v1 import router_service_pb2 as pb
from neuroforge.router.v1 import router_service_pb2_grpc as pb_grpc
from nf_core.enums import DOMAIN_NAMES, TASK_TYPE_NAMES
from nf_core.server import ServiceSpec
from nf_core.settings import Stage
from services.model_router.champion import ChampionBoard
from services.model_router.policy import ResiliencePolicy
from services.model_router.providers.factory import (
    ProviderConfigError,
    build_providers,
    close_providers,
)
from services.model_router.registry import load_registry
from services.model_router.router import Router
from services.model_router.servicer import RouterServicer
from services.model_router.settings import ModelRouterSettings


def build_spec(settings: ModelRouterSettings | None = None) -> ServiceSpec:
    """Assemble the Model Router from its settings."""
    settings = settings or ModelRouterSettings()
    specs = load_registry(settings.router_registry_path)
    try:
        providers = build_providers(specs, settings)
    except ProviderConfigError as error:
        raise SystemExit(f"model registry {settings.router_registry_path}: {error}") from None
    board = ChampionBoard(
        [s.model_id for s in specs], DOMAIN_NAMES.values(), TASK_TYPE_NAMES.values()
    )
    router = Router(
        specs,
        providers,
        board,
        default_strategy=settings.router_default_strategy,
        deadline_seconds=settings.router_request_deadline_seconds,
        challenger_share=settings.router_challenger_share,
        latency_alpha=settings.router_latency_ema_alpha,
        policy=ResiliencePolicy.from_settings(settings),
    )
    servicer = RouterServicer(router)

    def register(server: aio.Server) -> None:
        pb_grpc.add_RouterServiceServicer_to_server(servicer, server)

    return ServiceSpec(
        stage=Stage.MODEL_ROUTER,
        settings=settings,
        registrars=[register],
        service_names=[pb.DESCRIPTOR.services_by_name["RouterService"].full_name],
        details=lambda: {
            "tokenizer_backend": nf_tokenizer.backend(),
            "models": ",".join(s.model_id for s in specs),
        },
        on_shutdown=[lambda: close_providers(providers)],
        internal_only=True,
    )
