"""gRPC adapter of the Evaluator."""

from __future__ import annotations

from typing import Any

from grpc import aio

from neuroforge.common.v1 import pipeline_pb2 as common_pb
from neuroforge.evaluator.v1 import evaluator_service_pb2 as pb
from neuroforge.evaluator.v1 import evaluator_service_pb2_grpc as pb_grpc
from nf_core.enums import domain_name, task_type_name
from services.evaluator.scoring import ScoreResult, evaluate
from services.evaluator.settings import EvaluatorSettings


def _score_pb(score: ScoreResult) -> common_pb.Score:
    return common_pb.Score(value=score.value, method=score.method, reason=score.reason)


class EvaluatorServicer(pb_grpc.EvaluatorServiceServicer):
    """Serves ``neuroforge.evaluator.v1.EvaluatorService``."""

    def __init__(self, settings: EvaluatorSettings) -> None:
        self._settings = settings

    async def Evaluate(
        self, request: pb.EvaluateRequest, context: aio.ServicerContext[Any, Any]
    ) -> pb.EvaluateResponse:
        domain = domain_name(request.domain)
        task_type_name(request.task_type)
        context_text = "\n".join(chunk.text for chunk in request.prompt.included_chunks)
        result = evaluate(
            request.user_query,
            request.result.output,
            context_text,
            request.prompt.system_prompt,
            self._settings.weights_for(domain),
            self._settings.threshold_for(domain),
        )
        scores = result.scores
        return pb.EvaluateResponse(
            evaluation=common_pb.Evaluation(
                overall_score=result.overall,
                passed=result.passed,
                pass_threshold=result.threshold,
                relevance=_score_pb(scores["relevance"]),
                correctness=_score_pb(scores["correctness"]),
                coherence=_score_pb(scores["coherence"]),
                policy_compliance=_score_pb(scores["policy_compliance"]),
                context_overlap=_score_pb(scores["context_overlap"]),
            )
        )
