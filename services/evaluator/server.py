"""Wiring of the Evaluator process."""

from __future__ import annotations

from grpc import aio

from neuroforge.evaluator.v1 import evaluator_service_pb2 as pb
from neuroforge.evaluator.v1 import evaluator_service_pb2_grpc as pb_grpc
from nf_core.channels import create_channel
from nf_core.server import ServiceSpec
from nf_core.settings import Stage
from services.evaluator.embeddings import Embedder, MiniLMEmbedder
from services.evaluator.judge import RouterJudge
from services.evaluator.servicer import EvaluatorServicer
from services.evaluator.settings import EvaluatorSettings


def build_spec(settings: EvaluatorSettings | None = None) -> ServiceSpec:
    """Assemble the Evaluator from its settings."""
    settings = settings or EvaluatorSettings()
    servicer = EvaluatorServicer(settings, build_judge(settings), build_embedder(settings))

    def register(server: aio.Server) -> None:
        pb_grpc.add_EvaluatorServiceServicer_to_server(servicer, server)

    return ServiceSpec(
        stage=Stage.EVALUATOR,
        settings=settings,
        registrars=[register],
        service_names=[pb.DESCRIPTOR.services_by_name["EvaluatorService"].full_name],
        details=lambda: {
            "pass_threshold": str(settings.evaluator_pass_threshold),
            "judge_model_id": settings.evaluator_judge_model_id or "off",
            "relevance": "embeddings" if settings.evaluator_embeddings else "lexical",
        },
        internal_only=True,
    )


def build_judge(settings: EvaluatorSettings) -> RouterJudge | None:
    """The LLM judge when a judge model is configured (the channel connects lazily)."""
    if not settings.evaluator_judge_model_id:
        return None
    channel = create_channel(
        settings.address_of(Stage.MODEL_ROUTER), settings.resolve_internal_token()
    )
    return RouterJudge(
        channel,
        settings.evaluator_judge_model_id,
        settings.evaluator_judge_timeout_seconds,
        settings.evaluator_judge_margin_seconds,
    )


def build_embedder(settings: EvaluatorSettings) -> Embedder | None:
    """MiniLM embeddings when enabled; raises at start when the packages are missing."""
    return MiniLMEmbedder.from_installed_package() if settings.evaluator_embeddings else None
