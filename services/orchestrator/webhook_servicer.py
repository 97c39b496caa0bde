"""gRPC adapter of the signed DataForge webhook (``POST /webhooks/dataforge/context-updated``)."""

from __future__ import annotations

import logging
from typing import Any

from grpc import aio

from neuroforge.context.v1 import context_service_pb2 as context_pb
from neuroforge.webhook.v1 import webhook_service_pb2 as pb
from neuroforge.webhook.v1 import webhook_service_pb2_grpc as pb_grpc
from nf_core.interceptors import metadata_value
from nf_core.request_context import outbound_metadata
from nf_core.settings import Stage
from services.orchestrator.stages import StageClients, call_stage
from services.orchestrator.webhook import (
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    WebhookAuthenticator,
    parse_event,
)

logger = logging.getLogger(__name__)


class WebhookServicer(pb_grpc.WebhookServiceServicer):
    """Serves ``neuroforge.webhook.v1.WebhookService``: authenticate, then invalidate."""

    def __init__(
        self, authenticator: WebhookAuthenticator, clients: StageClients, timeout_seconds: float
    ) -> None:
        self._auth = authenticator
        self._clients = clients
        self._timeout = timeout_seconds

    async def ContextUpdated(
        self, request: pb.ContextUpdatedRequest, context: aio.ServicerContext[Any, Any]
    ) -> pb.ContextUpdatedResponse:
        body = request.body.data
        signature = await self._auth.authenticate(
            body,
            metadata_value(context, SIGNATURE_HEADER),
            metadata_value(context, TIMESTAMP_HEADER),
        )
        try:
            event = parse_event(body)
            remaining = context.time_remaining()
            t = self._timeout if remaining is None else min(self._timeout, remaining)
            response = await call_stage(
                Stage.CONTEXT_BUILDER,
                t,
                lambda: self._clients.context.InvalidatePack(
                    context_pb.InvalidatePackRequest(
                        pack_id=event.pack_id, pack_version=event.pack_version
                    ),
                    timeout=t,
                    metadata=outbound_metadata(),
                ),
            )
        except BaseException:
            await self._auth.guard.forget(signature)  # let DataForge retry the same delivery
            raise
        logger.info(
            "context updated: pack %s version %s (generation %d)",
            event.pack_id,
            event.pack_version or "?",
            response.generation,
        )
        return pb.ContextUpdatedResponse(
            pack_id=event.pack_id, pack_version=event.pack_version, generation=response.generation
        )
