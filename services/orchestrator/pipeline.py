"""The five-stage pipeline with a deadline shared out across the stages, whole or streamed."""

from __future__ import annotations

import time
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass

from google.protobuf.timestamp_pb2 import Timestamp

from neuroforge.common.v1 import pipeline_pb2 as common_pb
from neuroforge.context.v1 import context_service_pb2 as context_pb
from neuroforge.evaluator.v1 import evaluator_service_pb2 as evaluator_pb
from neuroforge.postprocess.v1 import post_processor_service_pb2 as post_pb
from neuroforge.prompt.v1 import prompt_service_pb2 as prompt_pb
from neuroforge.router.v1 import router_service_pb2 as router_pb
from nf_core.deadlines import DeadlineBudget
from nf_core.enums import DOMAIN_VALUES, STRATEGY_VALUES, TASK_TYPE_VALUES
from nf_core.errors import UnavailableError
from nf_core.request_context import current_request_id, outbound_metadata
from nf_core.settings import PIPELINE_STAGES, Stage
from nf_core.tracing import annotate
from services.orchestrator.settings import OrchestratorSettings
from services.orchestrator.stages import StageClients, call_stage, stream_stage
from services.orchestrator.validation import ValidInferRequest

# Minimum time each stage needs; earlier stages never eat into what later stages need.
_RESERVES = {
    Stage.CONTEXT_BUILDER.value: 0.1,
    Stage.PROMPT_ENGINE.value: 0.05,
    Stage.MODEL_ROUTER.value: 0.5,
    Stage.EVALUATOR.value: 0.1,
    Stage.POST_PROCESSOR.value: 0.1,
}
_ORDER = [stage.value for stage in PIPELINE_STAGES]


@dataclass(frozen=True)
class Caller:
    """Who is asking (tenant and user of the stored record)."""

    tenant_id: str
    user_id: str


@dataclass(frozen=True)
class InferenceOutcome:
    """What the public response reports."""

    record: common_pb.InferenceRecord
    context_degraded: bool
    replay: bool = False

    @classmethod
    def replayed(cls, record: common_pb.InferenceRecord) -> InferenceOutcome:
        """The outcome of an earlier request with the same idempotency key."""
        return cls(record, record.provenance.degraded, replay=True)


@dataclass
class _Prepared:
    """What the stages before the router produced, and the clock of the request."""

    started: float
    budget: DeadlineBudget
    metadata: tuple[tuple[str, str], ...]
    domain: common_pb.Domain.ValueType
    task_type: common_pb.TaskType.ValueType
    window: common_pb.ContextWindow
    prompt: common_pb.PromptData


class Pipeline:
    """Runs context → prompt → router → evaluator → post-processor for one request."""

    def __init__(self, clients: StageClients, settings: OrchestratorSettings) -> None:
        self._clients = clients
        self._settings = settings
        self._caps = {
            Stage.CONTEXT_BUILDER: settings.orchestrator_context_timeout_seconds,
            Stage.PROMPT_ENGINE: settings.orchestrator_prompt_timeout_seconds,
            Stage.MODEL_ROUTER: settings.orchestrator_router_timeout_seconds,
            Stage.EVALUATOR: settings.orchestrator_evaluator_timeout_seconds,
            Stage.POST_PROCESSOR: settings.orchestrator_post_processor_timeout_seconds,
        }

    async def run(
        self,
        request: ValidInferRequest,
        caller: Caller,
        caller_remaining: float | None,
        idempotency_key: str = "",
        request_fingerprint: str = "",
    ) -> InferenceOutcome:
        """Run every stage; raise a ``ServiceError`` on the first failure."""
        prepared = await self._prepare(request, caller_remaining)
        t = self._timeout(prepared, Stage.MODEL_ROUTER)
        generate_request = self._generate_request(prepared, request)
        generate_response = await call_stage(
            Stage.MODEL_ROUTER,
            t,
            lambda: self._clients.router.Generate(
                generate_request, timeout=t, metadata=prepared.metadata
            ),
        )
        return await self._finish(
            prepared,
            request,
            generate_response.result,
            caller,
            idempotency_key,
            request_fingerprint,
        )

    async def stream(
        self,
        request: ValidInferRequest,
        caller: Caller,
        caller_remaining: float | None,
        idempotency_key: str = "",
        request_fingerprint: str = "",
    ) -> AsyncIterator[str | InferenceOutcome]:
        """Yield the answer's text fragments as the router streams them, then the outcome.

        Evaluation and persistence run on the complete answer before the outcome is yielded.

        Raises:
            ServiceError: a stage failed (before or after text was yielded).
        """
        prepared = await self._prepare(request, caller_remaining)
        t = self._timeout(prepared, Stage.MODEL_ROUTER)
        plain = self._generate_request(prepared, request)
        stream_request = router_pb.GenerateStreamRequest(
            domain=plain.domain,
            task_type=plain.task_type,
            prompt=plain.prompt,
            parameters=plain.parameters,
            routing_strategy=plain.routing_strategy,
        )
        result: common_pb.ModelResult | None = None
        events = stream_stage(
            Stage.MODEL_ROUTER,
            t,
            lambda: self._clients.router.GenerateStream(
                stream_request, timeout=t, metadata=prepared.metadata
            ),
        )
        async for event in events:
            if event.WhichOneof("event") == "delta":
                yield event.delta
            else:
                result = event.result
        if result is None:  # the router always ends a good stream with its result
            raise UnavailableError("the model router ended the stream without a result")
        yield await self._finish(
            prepared, request, result, caller, idempotency_key, request_fingerprint
        )

    def _timeout(self, prepared: _Prepared, stage: Stage) -> float:
        return prepared.budget.timeout_for(stage.value, self._caps[stage])

    async def _prepare(
        self, request: ValidInferRequest, caller_remaining: float | None
    ) -> _Prepared:
        """Start the clock, then build the context window and the prompt."""
        started = time.perf_counter()
        budget = DeadlineBudget(
            caller_remaining
            if caller_remaining is not None
            else self._settings.orchestrator_default_deadline_seconds,
            _RESERVES,
            _ORDER,
        )
        metadata = outbound_metadata()
        domain = DOMAIN_VALUES[request.domain]
        task_type = TASK_TYPE_VALUES[request.task_type]
        annotate(
            domain=request.domain, task_type=request.task_type, pack_id=request.context_pack_id
        )
        clients = self._clients

        def timeout(stage: Stage) -> float:
            return budget.timeout_for(stage.value, self._caps[stage])

        t = timeout(Stage.CONTEXT_BUILDER)
        context_response = await call_stage(
            Stage.CONTEXT_BUILDER,
            t,
            lambda: clients.context.BuildContext(
                context_pb.BuildContextRequest(
                    pack_id=request.context_pack_id, domain=domain, query=request.user_query
                ),
                timeout=t,
                metadata=metadata,
            ),
        )
        window = context_response.context
        annotate(tier=common_pb.ContextTier.Name(window.tier), degraded=window.degraded)

        t = timeout(Stage.PROMPT_ENGINE)
        prompt_response = await call_stage(
            Stage.PROMPT_ENGINE,
            t,
            lambda: clients.prompt.BuildPrompt(
                prompt_pb.BuildPromptRequest(
                    domain=domain,
                    task_type=task_type,
                    user_query=request.user_query,
                    additional_context=request.additional_context,
                    context=window,
                ),
                timeout=t,
                metadata=metadata,
            ),
        )
        return _Prepared(
            started, budget, metadata, domain, task_type, window, prompt_response.prompt
        )

    @staticmethod
    def _generate_request(
        prepared: _Prepared, request: ValidInferRequest
    ) -> router_pb.GenerateRequest:
        return router_pb.GenerateRequest(
            domain=prepared.domain,
            task_type=prepared.task_type,
            prompt=prepared.prompt,
            parameters=common_pb.GenerationParameters(
                temperature=request.temperature, max_tokens=request.max_tokens
            ),
            routing_strategy=STRATEGY_VALUES.get(
                request.routing_strategy, common_pb.ROUTING_STRATEGY_UNSPECIFIED
            ),
        )

    async def _finish(
        self,
        prepared: _Prepared,
        request: ValidInferRequest,
        result: common_pb.ModelResult,
        caller: Caller,
        idempotency_key: str,
        request_fingerprint: str,
    ) -> InferenceOutcome:
        """Evaluate the complete answer, then persist it with its provenance."""
        clients = self._clients
        metadata = prepared.metadata
        prompt = prepared.prompt
        window = prepared.window
        annotate(
            model_id=result.model_id,
            prompt_tokens=result.prompt_tokens,
            completion_tokens=result.completion_tokens,
            fallback_used=result.fallback_used,
        )

        t = self._timeout(prepared, Stage.EVALUATOR)
        evaluate_response = await call_stage(
            Stage.EVALUATOR,
            t,
            lambda: clients.evaluator.Evaluate(
                evaluator_pb.EvaluateRequest(
                    domain=prepared.domain,
                    task_type=prepared.task_type,
                    user_query=request.user_query,
                    prompt=prompt,
                    result=result,
                ),
                timeout=t,
                metadata=metadata,
            ),
        )
        evaluation = evaluate_response.evaluation
        annotate(evaluation_score=evaluation.overall_score, evaluation_passed=evaluation.passed)

        created_at = Timestamp()
        created_at.GetCurrentTime()
        record = common_pb.InferenceRecord(
            inference_id=str(uuid.uuid4()),
            request_id=current_request_id(),
            domain=prepared.domain,
            task_type=prepared.task_type,
            context_pack_id=request.context_pack_id,
            user_query=request.user_query,
            additional_context=request.additional_context,
            temperature=request.temperature,
            max_tokens=request.max_tokens,
            output=result.output,
            model_id=result.model_id,
            evaluation_score=evaluation.overall_score,
            passed_evaluation=evaluation.passed,
            tokens_used=result.prompt_tokens + result.completion_tokens,
            latency_ms=0,
            created_at=created_at,
            provenance=common_pb.Provenance(
                pack_id=window.pack_id,
                pack_version=window.pack_version,
                chunk_ids=[chunk.chunk_id for chunk in prompt.included_chunks],
                tier=window.tier,
                degraded=window.degraded,
                template_id=prompt.template_id,
                guard_flags=prompt.guard_flags,
                neutralized_chunk_ids=prompt.neutralized_chunk_ids,
                routing_strategy=result.routing_strategy,
            ),
            evaluation=evaluation,
            tenant_id=caller.tenant_id,
            user_id=caller.user_id,
            fallback_used=result.fallback_used,
        )
        # Latency covers everything up to persistence, which must know the figure it stores.
        record.latency_ms = round((time.perf_counter() - prepared.started) * 1e3)

        t = self._timeout(prepared, Stage.POST_PROCESSOR)
        stored = await call_stage(
            Stage.POST_PROCESSOR,
            t,
            lambda: clients.post.RecordInference(
                post_pb.RecordInferenceRequest(
                    record=record,
                    idempotency_key=idempotency_key,
                    request_fingerprint=request_fingerprint,
                ),
                timeout=t,
                metadata=metadata,
            ),
        )
        if stored.deduplicated:  # a concurrent duplicate on another replica stored first
            return InferenceOutcome.replayed(stored.record)
        return InferenceOutcome(record, window.degraded)
