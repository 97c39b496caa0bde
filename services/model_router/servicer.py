"""gRPC adapter of the Model Router."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from typing import Any

from google.protobuf.timestamp_pb2 import Timestamp
from grpc import aio

from neuroforge.common.v1 import models_pb2 as models_pb
from neuroforge.common.v1 import pipeline_pb2 as common_pb
from neuroforge.router.v1 import router_service_pb2 as pb
from neuroforge.router.v1 import router_service_pb2_grpc as pb_grpc
from nf_core.enums import (
    DOMAIN_VALUES,
    STRATEGY_VALUES,
    TASK_TYPE_VALUES,
    domain_name,
    strategy_name,
    task_type_name,
)
from nf_core.errors import InvalidArgumentError
from nf_core.tracing import annotate
from services.model_router import metrics
from services.model_router.breaker import CircuitState
from services.model_router.champion import Slot, Standing
from services.model_router.providers.base import GenerationRequest, Passage
from services.model_router.registry import ModelSpec
from services.model_router.router import RouteOutcome, Router, RouteRequest
from services.model_router.sharing import AnswerSharing, SharingConfig, Source
from services.model_router.stream_route import stream_route

_ROLES = {"champion": common_pb.MODEL_ROLE_CHAMPION, "challenger": common_pb.MODEL_ROLE_CHALLENGER}


def slot_pb(slot: Slot) -> models_pb.ChampionSlot:
    """Convert a slot to its wire form."""
    changed_at = Timestamp()
    changed_at.FromNanoseconds(int(slot.changed_at * 1e9))
    return models_pb.ChampionSlot(
        domain=DOMAIN_VALUES[slot.domain],
        task_type=TASK_TYPE_VALUES[slot.task_type],
        champion_model_id=slot.champion.model_id,
        challenger_model_id=slot.challenger.model_id if slot.challenger else "",
        champion_score=slot.champion.ema,
        challenger_score=slot.challenger.ema if slot.challenger else 0.0,
        champion_samples=slot.champion.samples,
        challenger_samples=slot.challenger.samples if slot.challenger else 0,
        changed_by=slot.changed_by,
        changed_at=changed_at,
        change_reason=slot.change_reason,
        champion_window=window_pb(slot.champion),
        challenger_window=window_pb(slot.challenger),
    )


def window_pb(standing: Standing | None) -> models_pb.ScoreWindow:
    """A standing's rolling window in its wire form (empty when there is none)."""
    if standing is None or not standing.window:
        return models_pb.ScoreWindow()
    return models_pb.ScoreWindow(
        size=len(standing.window),
        peak=standing.peak,
        low=standing.low,
        mean=standing.window_mean,
        trend=standing.trend,
    )


_SOURCES = {
    Source.PROVIDER: pb.ANSWER_SOURCE_PROVIDER,
    Source.SHARED: pb.ANSWER_SOURCE_SHARED,
    Source.CACHE: pb.ANSWER_SOURCE_CACHE,
}


def route_request(request: pb.GenerateRequest | pb.GenerateStreamRequest) -> RouteRequest:
    """Validate a Generate or GenerateStream request and translate it for the router."""
    prompt = request.prompt
    params = request.parameters
    if not prompt.user_prompt:
        raise InvalidArgumentError("prompt.user_prompt", "must not be empty")
    if params.max_tokens <= 0:
        raise InvalidArgumentError("parameters.max_tokens", "must be positive")
    task_type = task_type_name(request.task_type)
    strategy = strategy_name(request.routing_strategy)
    return RouteRequest(
        domain=domain_name(request.domain),
        task_type=task_type,
        prompt_tokens=prompt.prompt_tokens,
        generation=GenerationRequest(
            model_name="",
            system_prompt=prompt.system_prompt,
            user_prompt=prompt.user_prompt,
            user_query=prompt.user_query,
            passages=[Passage(c.document_title, c.text) for c in prompt.included_chunks],
            task_type=task_type,
            temperature=params.temperature,
            max_tokens=params.max_tokens,
        ),
        model_id=request.model_id,
        strategy=strategy,
    )


def result_pb(outcome: RouteOutcome) -> common_pb.ModelResult:
    """An outcome in its wire form."""
    return common_pb.ModelResult(
        model_id=outcome.spec.model_id,
        provider=outcome.spec.provider,
        output=outcome.text,
        prompt_tokens=outcome.prompt_tokens,
        completion_tokens=outcome.completion_tokens,
        latency_ms=outcome.latency_ms,
        finish_reason=outcome.finish_reason,
        fallback_used=len(outcome.attempted) > 1,
        attempted_models=outcome.attempted,
        role=_ROLES.get(outcome.role, common_pb.MODEL_ROLE_UNSPECIFIED),
        routing_strategy=STRATEGY_VALUES.get(
            outcome.strategy, common_pb.ROUTING_STRATEGY_UNSPECIFIED
        ),
    )


class RouterServicer(pb_grpc.RouterServiceServicer):
    """Serves ``neuroforge.router.v1.RouterService``."""

    def __init__(self, router: Router, answers: AnswerSharing | None = None) -> None:
        self._router = router
        self._answers = answers or AnswerSharing(
            router.route, router.specs, SharingConfig(window_seconds=0, cache_ttl_seconds=0)
        )

    def _route_request(
        self, request: pb.GenerateRequest | pb.GenerateStreamRequest
    ) -> RouteRequest:
        """The request with its strategy resolved, so that sharing keys see the real one."""
        routed = route_request(request)
        return replace(routed, strategy=self._router.strategy_for(routed))

    async def Generate(
        self, request: pb.GenerateRequest, context: aio.ServicerContext[Any, Any]
    ) -> pb.GenerateResponse:
        shared = await self._answers.answer(self._route_request(request), context.time_remaining())
        metrics.ANSWERS.labels(shared.source.value).inc()
        response = pb.GenerateResponse(
            result=result_pb(shared.outcome), source=_SOURCES[shared.source]
        )
        result = response.result
        annotate(
            domain=domain_name(request.domain),
            task_type=task_type_name(request.task_type),
            model_id=result.model_id,
            provider=result.provider,
            prompt_tokens=result.prompt_tokens,
            completion_tokens=result.completion_tokens,
            fallback_used=result.fallback_used,
            attempted_models=list(result.attempted_models),
            answer_source=pb.AnswerSource.Name(response.source),
        )
        return response

    async def GenerateStream(
        self, request: pb.GenerateStreamRequest, context: aio.ServicerContext[Any, Any]
    ) -> AsyncIterator[pb.GenerateStreamResponse]:
        events = stream_route(self._router, self._route_request(request), context.time_remaining())
        async for event in events:
            if isinstance(event, str):
                yield pb.GenerateStreamResponse(delta=event)
            else:
                metrics.record_tokens(
                    event.spec.model_id, event.prompt_tokens, event.completion_tokens
                )
                yield pb.GenerateStreamResponse(result=result_pb(event))

    async def ListModels(
        self, request: pb.ListModelsRequest, context: aio.ServicerContext[Any, Any]
    ) -> pb.ListModelsResponse:
        return pb.ListModelsResponse(models=[self._model_info(s) for s in self._router.specs])

    def _model_info(self, spec: ModelSpec) -> models_pb.ModelInfo:
        """A registry entry with its measured latency and circuit state."""
        state = self._router.circuit_state(spec.model_id)
        return models_pb.ModelInfo(
            model_id=spec.model_id,
            provider=spec.provider,
            context_window=spec.context_window,
            cost_per_1k_input=spec.cost_per_1k_input,
            cost_per_1k_output=spec.cost_per_1k_output,
            expected_latency_ms=spec.expected_latency_ms,
            measured_latency_ms=self._router.measured_latency_ms.get(spec.model_id, 0.0),
            healthy=state is not CircuitState.OPEN,
            circuit_state=state.value,
        )

    async def RecordScore(
        self, request: pb.RecordScoreRequest, context: aio.ServicerContext[Any, Any]
    ) -> pb.RecordScoreResponse:
        slot = await self._router.board.record(
            domain_name(request.domain),
            task_type_name(request.task_type),
            request.model_id,
            request.score,
        )
        return pb.RecordScoreResponse(slot=slot_pb(slot))

    async def PromoteChampion(
        self, request: pb.PromoteChampionRequest, context: aio.ServicerContext[Any, Any]
    ) -> pb.PromoteChampionResponse:
        if not request.model_id:
            raise InvalidArgumentError("model_id", "name the model to promote")
        slot = await self._router.board.promote(
            domain_name(request.domain),
            task_type_name(request.task_type),
            request.model_id,
            request.actor or "unknown",
            request.reason,
        )
        return pb.PromoteChampionResponse(slot=slot_pb(slot))

    async def DemoteChampion(
        self, request: pb.DemoteChampionRequest, context: aio.ServicerContext[Any, Any]
    ) -> pb.DemoteChampionResponse:
        slot = await self._router.board.demote(
            domain_name(request.domain),
            task_type_name(request.task_type),
            request.actor or "unknown",
            request.reason,
        )
        return pb.DemoteChampionResponse(slot=slot_pb(slot))

    async def GetChampionStatus(
        self, request: pb.GetChampionStatusRequest, context: aio.ServicerContext[Any, Any]
    ) -> pb.GetChampionStatusResponse:
        slots = [
            slot
            for slot in await self._router.board.slots()
            if (not request.domain or DOMAIN_VALUES[slot.domain] == request.domain)
            and (not request.task_type or TASK_TYPE_VALUES[slot.task_type] == request.task_type)
        ]
        return pb.GetChampionStatusResponse(slots=[slot_pb(s) for s in slots])
