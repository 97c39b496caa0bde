"""Wiring of the Post-Processor process."""

from __future__ import annotations

from grpc import aio

from neuroforge.postprocess.v1 import post_processor_service_pb2 as pb
from neuroforge.postprocess.v1 import post_processor_service_pb2_grpc as pb_grpc
from neuroforge.router.v1 import router_service_pb2_grpc as router_grpc
from nf_core.channels import create_channel
from nf_core.db import Database, open_database
from nf_core.server import ServiceSpec
from nf_core.settings import Stage
from services.post_processor.feedback import ScoreFeedback
from services.post_processor.migrate import upgrade
from services.post_processor.repository import InferenceRepository
from services.post_processor.servicer import PostProcessorServicer
from services.post_processor.settings import PostProcessorSettings


class _LazyRepository(InferenceRepository):
    """Repository whose database is opened by the start-up hook (inside the event loop)."""

    def __init__(self) -> None:
        self.database: Database | None = None

    def attach(self, database: Database) -> None:
        super().__init__(database)
        self.database = database


def build_spec(settings: PostProcessorSettings | None = None) -> ServiceSpec:
    """Assemble the Post-Processor from its settings."""
    settings = settings or PostProcessorSettings()
    repository = _LazyRepository()
    router_channel = create_channel(
        settings.address_of(Stage.MODEL_ROUTER), settings.resolve_internal_token()
    )
    feedback = ScoreFeedback(
        router_grpc.RouterServiceStub(router_channel), settings.post_feedback_timeout_seconds
    )
    servicer = PostProcessorServicer(repository, feedback)

    async def open_db() -> None:
        database = await open_database(
            settings.database_url, settings.database_pool_min, settings.database_pool_max
        )
        if settings.database_migrate_on_start:
            await upgrade(database)
        repository.attach(database)

    async def close_db() -> None:
        await feedback.drain()
        await router_channel.close(None)
        if repository.database is not None:
            await repository.database.close()

    def register(server: aio.Server) -> None:
        pb_grpc.add_PostProcessorServiceServicer_to_server(servicer, server)

    backend = "postgres" if settings.database_url.startswith("postgres") else "sqlite"
    return ServiceSpec(
        stage=Stage.POST_PROCESSOR,
        settings=settings,
        registrars=[register],
        service_names=[pb.DESCRIPTOR.services_by_name["PostProcessorService"].full_name],
        details=lambda: {"database": backend},
        on_startup=[open_db],
        on_shutdown=[close_db],
        internal_only=True,
    )
