"""Wiring of the orchestrator process."""

from __future__ import annotations

from grpc import aio

from neuroforge.admin.v1 import admin_service_pb2 as admin_pb
from neuroforge.admin.v1 import admin_service_pb2_grpc as admin_grpc
from neuroforge.health.v1 import mesh_health_service_pb2 as health_pb
from neuroforge.health.v1 import mesh_health_service_pb2_grpc as health_grpc
from neuroforge.inference.v1 import inference_service_pb2 as pb
from neuroforge.inference.v1 import inference_service_pb2_grpc as pb_grpc
from neuroforge.webhook.v1 import webhook_service_pb2 as webhook_pb
from neuroforge.webhook.v1 import webhook_service_pb2_grpc as webhook_grpc
from nf_core.auth import KeySource, TokenPolicy, TokenVerifier
from nf_core.policy_interceptors import (
    REFLECTION_SERVICES,
    BearerAuthInterceptor,
    RateLimitInterceptor,
)
from nf_core.rate_limit import RateLimiter, window_for
from nf_core.redis_client import open_redis
from nf_core.server import ServiceSpec
from nf_core.settings import Stage
from services.orchestrator.inference_servicer import InferenceServicer
from services.orchestrator.mesh_health import MeshHealth
from services.orchestrator.pipeline import Pipeline
from services.orchestrator.servicer import AdminServicer, MeshHealthServicer
from services.orchestrator.settings import OrchestratorSettings
from services.orchestrator.stages import StageClients
from services.orchestrator.webhook import (
    MemoryReplayGuard,
    RedisReplayGuard,
    ReplayGuard,
    WebhookAuthenticator,
)
from services.orchestrator.webhook_servicer import WebhookServicer


def build_spec(settings: OrchestratorSettings | None = None) -> ServiceSpec:
    """Assemble the orchestrator from its settings."""
    settings = settings or OrchestratorSettings()
    clients = StageClients.connect(settings)
    inference = InferenceServicer(Pipeline(clients, settings), clients, settings)
    admin = AdminServicer(clients, settings)
    mesh_health = MeshHealthServicer(
        MeshHealth(clients.channels, settings.orchestrator_health_timeout_seconds),
        clients,
        settings.orchestrator_health_timeout_seconds,
    )
    redis = open_redis(settings.redis_url) if settings.redis_url else None
    guard: ReplayGuard = RedisReplayGuard(redis) if redis is not None else MemoryReplayGuard()
    secret = settings.dataforge_webhook_secret
    webhook = WebhookServicer(
        WebhookAuthenticator(
            secret.get_secret_value() if secret is not None else None,
            settings.dataforge_webhook_tolerance_seconds,
            guard,
        ),
        clients,
        settings.orchestrator_context_timeout_seconds,
    )

    verifier = TokenVerifier(
        KeySource(
            settings.auth_jwks_file, settings.auth_jwks_url, settings.auth_jwks_cache_seconds
        ),
        TokenPolicy(
            issuer=settings.auth_issuer,
            audience=settings.auth_audience,
            leeway_seconds=settings.auth_clock_skew_seconds,
            tenant_claim=settings.auth_tenant_claim,
            roles_claim=settings.auth_roles_claim,
        ),
    )
    health_name = health_pb.DESCRIPTOR.services_by_name["MeshHealthService"].full_name
    admin_name = admin_pb.DESCRIPTOR.services_by_name["AdminService"].full_name
    # The webhook authenticates with its HMAC signature instead of a bearer token.
    webhook_name = webhook_pb.DESCRIPTOR.services_by_name["WebhookService"].full_name
    auth = BearerAuthInterceptor(
        verifier,
        public_services=frozenset(
            {health_name, webhook_name, "grpc.health.v1.Health", *REFLECTION_SERVICES}
        ),
        required_roles={admin_name: settings.auth_admin_role},
    )

    rate_limit = RateLimitInterceptor(
        RateLimiter(
            window_for(settings.redis_url, "nf:ratelimit"),
            settings.ratelimit_user_per_minute,
            settings.ratelimit_tenant_per_minute,
        )
    )

    def register(server: aio.Server) -> None:
        pb_grpc.add_InferenceServiceServicer_to_server(inference, server)
        admin_grpc.add_AdminServiceServicer_to_server(admin, server)
        health_grpc.add_MeshHealthServiceServicer_to_server(mesh_health, server)
        webhook_grpc.add_WebhookServiceServicer_to_server(webhook, server)

    async def close() -> None:
        await clients.close()
        if redis is not None:
            await redis.aclose()

    return ServiceSpec(
        stage=Stage.ORCHESTRATOR,
        settings=settings,
        registrars=[register],
        service_names=[
            pb.DESCRIPTOR.services_by_name["InferenceService"].full_name,
            admin_pb.DESCRIPTOR.services_by_name["AdminService"].full_name,
            health_pb.DESCRIPTOR.services_by_name["MeshHealthService"].full_name,
            webhook_name,
        ],
        on_shutdown=[close],
        policies=[auth, rate_limit],
    )
