"""gRPC adapter of the Post-Processor."""

from __future__ import annotations

import uuid
from typing import Any

from grpc import aio

from neuroforge.common.v1 import pipeline_pb2 as common_pb
from neuroforge.postprocess.v1 import post_processor_service_pb2 as pb
from neuroforge.postprocess.v1 import post_processor_service_pb2_grpc as pb_grpc
from nf_core.enums import DOMAIN_NAMES, TASK_TYPE_NAMES, domain_name, task_type_name
from nf_core.errors import InvalidArgumentError, NotFoundError
from nf_core.tracing import annotate
from services.post_processor.pagination import Cursor, decode_token, encode_token, page_size_of
from services.post_processor.records import guard_verdict_name, guard_verdict_of
from services.post_processor.repository import HistoryFilter, InferenceRepository, created_us
from services.post_processor.writer import InferenceWriter

Context = aio.ServicerContext[Any, Any]


def _require_uuid(value: str, field: str) -> None:
    try:
        uuid.UUID(value)
    except ValueError:
        raise InvalidArgumentError(field, "must be a UUID as returned by Infer") from None


def history_filter_of(request: pb.ListInferencesRequest) -> HistoryFilter:
    """The filter a listing request asks for."""
    after = created_us_of(request.created_after) if request.HasField("created_after") else None
    before = created_us_of(request.created_before) if request.HasField("created_before") else None
    if after is not None and before is not None and after >= before:
        raise InvalidArgumentError("created_after", "must be earlier than created_before")
    return HistoryFilter(
        domain=DOMAIN_NAMES.get(request.domain, ""),
        task_type=TASK_TYPE_NAMES.get(request.task_type, ""),
        user_id=request.user_id,
        created_after_us=after,
        created_before_us=before,
        passed=request.passed_evaluation if request.HasField("passed_evaluation") else None,
        guard_verdict=guard_verdict_name(request.guard_verdict),
    )


def created_us_of(timestamp: Any) -> int:
    """Microseconds since the epoch of a Timestamp."""
    return int(timestamp.seconds) * 1_000_000 + int(timestamp.nanos) // 1000


class PostProcessorServicer(pb_grpc.PostProcessorServiceServicer):
    """Serves ``neuroforge.postprocess.v1.PostProcessorService``."""

    def __init__(self, repository: InferenceRepository, writer: InferenceWriter) -> None:
        self._repository = repository
        self._writer = writer

    async def RecordInference(
        self, request: pb.RecordInferenceRequest, context: Context
    ) -> pb.RecordInferenceResponse:
        record = request.record
        _require_uuid(record.inference_id, "record.inference_id")
        if not record.tenant_id:
            raise InvalidArgumentError("record.tenant_id", "must not be empty")
        domain_name(record.domain, "record.domain")
        task_type_name(record.task_type, "record.task_type")
        if not record.HasField("created_at"):
            raise InvalidArgumentError("record.created_at", "must be set")
        verdict = record.provenance.guard_verdict
        if verdict not in common_pb.GuardVerdict.values():
            raise InvalidArgumentError(
                "record.provenance.guard_verdict", f"unknown value {verdict}; use ALLOW or FLAG"
            )
        if verdict == common_pb.GUARD_VERDICT_UNSPECIFIED:
            # The orchestrator forwards the guard's flags and chunk ids; the verdict follows.
            record.provenance.guard_verdict = guard_verdict_of(record.provenance)
        outcome = await self._writer.write(request)
        annotate(
            inference_id=record.inference_id,
            spooled=outcome.saved is None,
            deduplicated=outcome.saved is not None and outcome.saved.deduplicated,
        )
        if outcome.saved is None:
            return pb.RecordInferenceResponse(
                inference_id=record.inference_id, record=record, spooled=True
            )
        stored = outcome.saved.record
        return pb.RecordInferenceResponse(
            inference_id=stored.inference_id, record=stored, deduplicated=outcome.saved.deduplicated
        )

    async def GetInference(
        self, request: pb.GetInferenceRequest, context: Context
    ) -> pb.GetInferenceResponse:
        _require_uuid(request.inference_id, "inference_id")
        record = await self._repository.get(
            request.tenant_id, request.inference_id, request.user_id
        )
        if record is None:
            raise NotFoundError(f"inference {request.inference_id} not found")
        return pb.GetInferenceResponse(inference=record)

    async def ListInferences(
        self, request: pb.ListInferencesRequest, context: Context
    ) -> pb.ListInferencesResponse:
        limit = page_size_of(request.page_size)
        history_filter = history_filter_of(request)
        cursor = decode_token(request.page_token, history_filter.key())
        rows = await self._repository.list_page(
            request.tenant_id, history_filter, limit + 1, cursor
        )
        page, more = rows[:limit], len(rows) > limit
        token = ""
        if more:
            last = page[-1]
            token = encode_token(Cursor(created_us(last), last.inference_id), history_filter.key())
        return pb.ListInferencesResponse(inferences=page, next_page_token=token)

    async def LookupIdempotencyKey(
        self, request: pb.LookupIdempotencyKeyRequest, context: Context
    ) -> pb.LookupIdempotencyKeyResponse:
        if not request.idempotency_key:
            raise InvalidArgumentError("idempotency_key", "must not be empty")
        record = await self._repository.find_by_key(
            request.tenant_id, request.idempotency_key, request.request_fingerprint
        )
        if record is None:
            return pb.LookupIdempotencyKeyResponse(found=False)
        return pb.LookupIdempotencyKeyResponse(found=True, record=record)
