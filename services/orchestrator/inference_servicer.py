"""gRPC adapter of the public inference API: Infer, StreamInfer and the history."""

from __future__ import annotations

from collections.abc import AsyncIterator

import grpc
from google.rpc.status_pb2 import Status

from neuroforge.inference.v1 import inference_service_pb2 as pb
from neuroforge.inference.v1 import inference_service_pb2_grpc as pb_grpc
from neuroforge.postprocess.v1 import post_processor_service_pb2 as post_pb
from nf_core.errors import ServiceError
from nf_core.interceptors import metadata_value
from nf_core.request_context import current_request_id
from nf_core.settings import Stage
from services.orchestrator.history import time_filters
from services.orchestrator.idempotency import (
    IDEMPOTENCY_HEADER,
    KeyedLocks,
    accept_key,
    fingerprint,
)
from services.orchestrator.pipeline import Caller, InferenceOutcome, Pipeline
from services.orchestrator.servicer import Context, current_identity
from services.orchestrator.settings import OrchestratorSettings
from services.orchestrator.stages import StageClients, ask
from services.orchestrator.validation import ValidInferRequest, validate_infer


def infer_response(outcome: InferenceOutcome) -> pb.InferResponse:
    """The public answer (Infer's response and StreamInfer's final event)."""
    record = outcome.record
    return pb.InferResponse(
        inference_id=record.inference_id,
        output=record.output,
        model_id=record.model_id,
        evaluation_score=record.evaluation_score,
        tokens_used=record.tokens_used,
        latency_ms=record.latency_ms,
        passed_evaluation=record.passed_evaluation,
        context_degraded=outcome.context_degraded,
        request_id=current_request_id(),
        idempotent_replay=outcome.replay,
        routing_strategy=record.provenance.routing_strategy,
    )


def error_status(error: ServiceError) -> Status:
    """A caller-facing error as the ``google.rpc.Status`` of a stream's error event."""
    code: grpc.StatusCode = error.code
    return Status(code=code.value[0], message=error.message)


class InferenceServicer(pb_grpc.InferenceServiceServicer):
    """Serves ``neuroforge.inference.v1.InferenceService``."""

    def __init__(
        self, pipeline: Pipeline, clients: StageClients, settings: OrchestratorSettings
    ) -> None:
        self._pipeline = pipeline
        self._clients = clients
        self._settings = settings
        self._keyed = KeyedLocks()

    def _caller(self, context: Context) -> Caller:
        identity = current_identity()
        return Caller(identity.tenant, identity.subject)

    def _visible_user(self) -> str:
        """Whose inferences the caller may read: their own, or (empty) the whole tenant."""
        identity = current_identity()
        wide = {self._settings.auth_tenant_reader_role, self._settings.auth_admin_role}
        return "" if identity.roles & wide else identity.subject

    def _validate(self, request: pb.InferRequest) -> ValidInferRequest:
        settings = self._settings
        return validate_infer(
            request,
            settings.orchestrator_default_temperature,
            settings.orchestrator_default_max_tokens,
            settings.orchestrator_max_tokens_limit,
        )

    async def Infer(self, request: pb.InferRequest, context: Context) -> pb.InferResponse:
        valid = self._validate(request)
        caller = self._caller(context)
        key = accept_key(request.idempotency_key, metadata_value(context, IDEMPOTENCY_HEADER))
        if key:
            outcome = await self._run_once(valid, caller, key, context)
        else:
            outcome = await self._pipeline.run(valid, caller, context.time_remaining())
        return infer_response(outcome)

    async def _run_once(
        self, valid: ValidInferRequest, caller: Caller, key: str, context: Context
    ) -> InferenceOutcome:
        """Run a keyed request at most once per tenant: replay the stored answer if any."""
        request_fingerprint = fingerprint(valid, caller.user_id)
        async with self._keyed.hold((caller.tenant_id, key)):
            found = await self._lookup(caller, key, request_fingerprint, context)
            if found is not None:
                return found
            return await self._pipeline.run(
                valid, caller, context.time_remaining(), key, request_fingerprint
            )

    async def _lookup(
        self, caller: Caller, key: str, request_fingerprint: str, context: Context
    ) -> InferenceOutcome | None:
        """The stored outcome of an earlier request with this key, if any."""
        found = await ask(
            Stage.POST_PROCESSOR,
            self._clients.post.LookupIdempotencyKey,
            post_pb.LookupIdempotencyKeyRequest(
                tenant_id=caller.tenant_id,
                idempotency_key=key,
                request_fingerprint=request_fingerprint,
            ),
            self._settings.orchestrator_post_processor_timeout_seconds,
            context.time_remaining(),
        )
        return InferenceOutcome.replayed(found.record) if found.found else None

    async def StreamInfer(
        self, request: pb.StreamInferRequest, context: Context
    ) -> AsyncIterator[pb.StreamInferResponse]:
        # Both requests share field names and numbers, so the bytes parse as an InferRequest
        # and one validator serves both (a unit test keeps the two messages in step).
        valid = self._validate(pb.InferRequest.FromString(request.SerializeToString()))
        caller = self._caller(context)
        key = accept_key(request.idempotency_key, metadata_value(context, IDEMPOTENCY_HEADER))
        sent_text = False
        try:
            async for event in self._stream_events(valid, caller, key, context):
                if isinstance(event, str):
                    sent_text = True
                    yield pb.StreamInferResponse(delta=event)
                else:
                    yield pb.StreamInferResponse(result=infer_response(event))
        except ServiceError as error:
            # Before any text the status alone reaches every client (REST gets its HTTP code);
            # after text, a REST client has a 200 already and sees only this event.
            if sent_text:
                yield pb.StreamInferResponse(error=error_status(error))
            raise

    async def _stream_events(
        self, valid: ValidInferRequest, caller: Caller, key: str, context: Context
    ) -> AsyncIterator[str | InferenceOutcome]:
        if not key:
            async for event in self._pipeline.stream(valid, caller, context.time_remaining()):
                yield event
            return
        request_fingerprint = fingerprint(valid, caller.user_id)
        async with self._keyed.hold((caller.tenant_id, key)):
            found = await self._lookup(caller, key, request_fingerprint, context)
            if found is not None:  # replay: the stored answer as one fragment, then the result
                yield found.record.output
                yield found
                return
            async for event in self._pipeline.stream(
                valid, caller, context.time_remaining(), key, request_fingerprint
            ):
                yield event

    async def GetInference(
        self, request: pb.GetInferenceRequest, context: Context
    ) -> pb.GetInferenceResponse:
        response = await ask(
            Stage.POST_PROCESSOR,
            self._clients.post.GetInference,
            post_pb.GetInferenceRequest(
                tenant_id=self._caller(context).tenant_id,
                inference_id=request.inference_id,
                user_id=self._visible_user(),
            ),
            self._settings.orchestrator_post_processor_timeout_seconds,
            context.time_remaining(),
        )
        return pb.GetInferenceResponse(inference=response.inference)

    async def ListInferences(
        self, request: pb.ListInferencesRequest, context: Context
    ) -> pb.ListInferencesResponse:
        response = await ask(
            Stage.POST_PROCESSOR,
            self._clients.post.ListInferences,
            post_pb.ListInferencesRequest(
                tenant_id=self._caller(context).tenant_id,
                page_size=request.page_size,
                page_token=request.page_token,
                domain=request.domain,
                task_type=request.task_type,
                guard_verdict=request.guard_verdict,
                user_id=self._visible_user(),
                **time_filters(request),
            ),
            self._settings.orchestrator_post_processor_timeout_seconds,
            context.time_remaining(),
        )
        return pb.ListInferencesResponse(
            inferences=response.inferences, next_page_token=response.next_page_token
        )
