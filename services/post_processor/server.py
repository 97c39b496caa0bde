"""Wiring of the Post-Processor process."""

from __future__ import annotations

import httpx
from grpc import aio

from neuroforge.postprocess.v1 import post_processor_service_pb2 as pb
from neuroforge.postprocess.v1 import post_processor_service_pb2_grpc as pb_grpc
from neuroforge.router.v1 import router_service_pb2_grpc as router_grpc
from nf_core.channels import create_channel
from nf_core.db import Database, open_database
from nf_core.server import ServiceSpec
from nf_core.settings import Stage
from services.post_processor import metrics
from services.post_processor.dataforge_outbox import DataForgeFeedbackOutbox
from services.post_processor.deferred_database import DeferredDatabase
from services.post_processor.migrate import upgrade
from services.post_processor.outbox import ScoreOutbox
from services.post_processor.repository import InferenceRepository
from services.post_processor.servicer import PostProcessorServicer
from services.post_processor.settings import PostProcessorSettings
from services.post_processor.spool import Spool
from services.post_processor.writer import InferenceWriter


class _Components:
    """What the start-up hook builds inside the event loop."""

    database: DeferredDatabase
    spool: Spool
    writer: InferenceWriter
    outbox: ScoreOutbox
    dataforge_outbox: DataForgeFeedbackOutbox | None = None
    dataforge_client: httpx.AsyncClient | None = None
    servicer: PostProcessorServicer


def build_spec(settings: PostProcessorSettings | None = None) -> ServiceSpec:
    """Assemble the Post-Processor from its settings."""
    settings = settings or PostProcessorSettings()
    parts = _Components()
    backend = "postgres" if settings.database_url.startswith("postgres") else "sqlite"
    router_channel = create_channel(
        settings.address_of(Stage.MODEL_ROUTER), settings.resolve_internal_token()
    )

    async def connect() -> Database:
        database = await open_database(
            settings.database_url, settings.database_pool_min, settings.database_pool_max
        )
        if settings.database_migrate_on_start:
            try:
                await upgrade(database)
            except BaseException:
                await database.close()
                raise
        return database

    async def open_storage() -> None:
        parts.database = DeferredDatabase(connect, backend, settings.post_spool_retry_seconds)
        await parts.database.start()
        repository = InferenceRepository(
            parts.database, dataforge_feedback=bool(settings.dataforge_url)
        )
        parts.spool = await Spool.open(settings.post_spool_path)
        parts.writer = InferenceWriter(repository, parts.spool, settings.post_spool_retry_seconds)
        writer = parts.writer
        metrics.SPOOL_DEPTH.set_function(lambda: writer.spool_depth)
        parts.outbox = ScoreOutbox(
            parts.database,
            router_grpc.RouterServiceStub(router_channel),
            settings.post_feedback_timeout_seconds,
            settings.post_feedback_retry_seconds,
        )
        parts.writer.on_saved.append(parts.outbox.wake)
        if settings.dataforge_url:
            parts.dataforge_client = httpx.AsyncClient(
                base_url=settings.dataforge_url.rstrip("/"),
                timeout=settings.post_dataforge_feedback_timeout_seconds,
            )
            parts.dataforge_outbox = DataForgeFeedbackOutbox(
                parts.database,
                parts.dataforge_client,
                settings.post_feedback_retry_seconds / 4,
                settings.post_dataforge_feedback_retry_max_seconds,
            )
            parts.writer.on_saved.append(parts.dataforge_outbox.wake)
        await parts.writer.start()
        parts.outbox.start()
        if parts.dataforge_outbox is not None:
            parts.dataforge_outbox.start()
        parts.servicer = PostProcessorServicer(repository, parts.writer)

    async def close_storage() -> None:
        await parts.writer.stop()
        await parts.outbox.stop()
        if parts.dataforge_outbox is not None:
            await parts.dataforge_outbox.stop()
        if parts.dataforge_client is not None:
            await parts.dataforge_client.aclose()
        await router_channel.close(None)
        await parts.spool.close()
        await parts.database.close()

    def register(server: aio.Server) -> None:
        pb_grpc.add_PostProcessorServiceServicer_to_server(parts.servicer, server)

    return ServiceSpec(
        stage=Stage.POST_PROCESSOR,
        settings=settings,
        registrars=[register],
        service_names=[pb.DESCRIPTOR.services_by_name["PostProcessorService"].full_name],
        details=lambda: {
            "database": backend,
            "database_state": parts.database.state,
            "spool_depth": str(parts.writer.spool_depth),
        },
        on_startup=[open_storage],
        on_shutdown=[close_storage],
        internal_only=True,
    )
