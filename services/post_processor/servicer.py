"""gRPC adapter of the Post-Processor."""

from __future__ import annotations

import uuid
from typing import Any

from grpc import aio

from neuroforge.postprocess.v1 import post_processor_service_pb2 as pb
from neuroforge.postprocess.v1 import post_processor_service_pb2_grpc as pb_grpc
from nf_core.enums import DOMAIN_NAMES, TASK_TYPE_NAMES, domain_name, task_type_name
from nf_core.errors import InvalidArgumentError, NotFoundError
from services.post_processor.feedback import ScoreFeedback
from services.post_processor.pagination import Cursor, decode_token, encode_token, page_size_of
from services.post_processor.repository import HistoryFilter, InferenceRepository


def _require_uuid(value: str, field: str) -> None:
    try:
        uuid.UUID(value)
    except ValueError:
        raise InvalidArgumentError(field, "must be a UUID as returned by Infer") from None


class PostProcessorServicer(pb_grpc.PostProcessorServiceServicer):
    """Serves ``neuroforge.postprocess.v1.PostProcessorService``."""

    def __init__(self, repository: InferenceRepository, feedback: ScoreFeedback) -> None:
        self._repository = repository
        self._feedback = feedback

    async def RecordInference(
        self, request: pb.RecordInferenceRequest, context: aio.ServicerContext[Any, Any]
    ) -> pb.RecordInferenceResponse:
        record = request.record
        _require_uuid(record.inference_id, "record.inference_id")
        if not record.tenant_id:
            raise InvalidArgumentError("record.tenant_id", "must not be empty")
        domain_name(record.domain, "record.domain")
        task_type_name(record.task_type, "record.task_type")
        if not record.HasField("created_at"):
            raise InvalidArgumentError("record.created_at", "must be set")
        if await self._repository.save(record):
            self._feedback.submit(record)
        return pb.RecordInferenceResponse(inference_id=record.inference_id)

    async def GetInference(
        self, request: pb.GetInferenceRequest, context: aio.ServicerContext[Any, Any]
    ) -> pb.GetInferenceResponse:
        _require_uuid(request.inference_id, "inference_id")
        record = await self._repository.get(
            request.tenant_id, request.inference_id, request.user_id
        )
        if record is None:
            raise NotFoundError(f"inference {request.inference_id} not found")
        return pb.GetInferenceResponse(inference=record)

    async def ListInferences(
        self, request: pb.ListInferencesRequest, context: aio.ServicerContext[Any, Any]
    ) -> pb.ListInferencesResponse:
        limit = page_size_of(request.page_size)
        history_filter = HistoryFilter(
            DOMAIN_NAMES.get(request.domain, ""),
            TASK_TYPE_NAMES.get(request.task_type, ""),
            request.user_id,
        )
        cursor = decode_token(request.page_token, history_filter.key())
        rows = await self._repository.list_page(
            request.tenant_id, history_filter, limit + 1, cursor
        )
        page, more = rows[:limit], len(rows) > limit
        token = ""
        if more:
            last = page[-1]
            created_us = last.created_at.seconds * 1_000_000 + last.created_at.nanos // 1000
            token = encode_token(Cursor(created_us, last.inference_id), history_filter.key())
        return pb.ListInferencesResponse(inferences=page, next_page_token=token)
