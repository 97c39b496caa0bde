"""gRPC adapter of the Evaluator."""

from __future__ import annotations

from typing import Any

from grpc import aio

from neuroforge.common.v1 import pipeline_pb2 as common_pb
from neuroforge.evaluator.v1 import evaluator_service_pb2 as pb
from neuroforge.evaluator.v1 import evaluator_service_pb2_grpc as pb_grpc
from nf_core.enums import domain_name, task_type_name
from nf_core.tracing import annotate
from services.evaluator.embeddings import Embedder
from services.evaluator.judge import RouterJudge, judged_evaluation
from services.evaluator.scoring import EvaluationResult, ScoreResult, evaluate
from services.evaluator.settings import EvaluatorSettings


def _score_pb(score: ScoreResult) -> common_pb.Score:
    return common_pb.Score(value=score.value, method=score.method, reason=score.reason)


def evaluation_pb(result: EvaluationResult) -> common_pb.Evaluation:
    """The wire form of an evaluation."""
    scores = result.scores
    return common_pb.Evaluation(
        overall_score=result.overall,
        passed=result.passed,
        pass_threshold=result.threshold,
        relevance=_score_pb(scores["relevance"]),
        correctness=_score_pb(scores["correctness"]),
        coherence=_score_pb(scores["coherence"]),
        policy_compliance=_score_pb(scores["policy_compliance"]),
        context_overlap=_score_pb(scores["context_overlap"]),
    )


class EvaluatorServicer(pb_grpc.EvaluatorServiceServicer):
    """Serves ``neuroforge.evaluator.v1.EvaluatorService``."""

    def __init__(
        self,
        settings: EvaluatorSettings,
        judge: RouterJudge | None = None,
        embedder: Embedder | None = None,
    ) -> None:
        self._settings = settings
        self._judge = judge
        self._embedder = embedder

    async def Evaluate(
        self, request: pb.EvaluateRequest, context: aio.ServicerContext[Any, Any]
    ) -> pb.EvaluateResponse:
        domain = domain_name(request.domain)
        task_type_name(request.task_type)
        context_text = "\n".join(chunk.text for chunk in request.prompt.included_chunks)
        weights = self._settings.weights_for(domain)
        heuristic = evaluate(
            request.user_query,
            request.result.output,
            context_text,
            request.prompt.system_prompt,
            weights,
            self._settings.threshold_for(domain),
            self._embedder,
        )
        result, outcome = await judged_evaluation(
            self._judge,
            heuristic,
            weights,
            domain=request.domain,
            task_type=request.task_type,
            query=request.user_query,
            context_text=context_text,
            output=request.result.output,
            remaining=context.time_remaining(),
        )
        evaluation = evaluation_pb(result)
        evaluation.judge_used = outcome.used
        evaluation.judge_fallback = outcome.fallback
        evaluation.judge_model_id = outcome.model_id
        evaluation.judge_fallback_reason = outcome.error
        annotate(
            domain=domain,
            evaluation_score=evaluation.overall_score,
            evaluation_passed=evaluation.passed,
            judge_used=outcome.used,
        )
        return pb.EvaluateResponse(evaluation=evaluation)
