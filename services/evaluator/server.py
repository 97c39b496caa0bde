"""Wiring of the Evaluator process."""

from __future__ import annotations

from grpc import aio

from neuroforge.evaluator.v1 import evaluator_service_pb2 as pb
from neuroforge.evaluator.v1 import evaluator_service_pb2_grpc as pb_grpc
from nf_core.server import ServiceSpec
from nf_core.settings import Stage
from services.evaluator.servicer import EvaluatorServicer
from services.evaluator.settings import EvaluatorSettings


def build_spec(settings: EvaluatorSettings | None = None) -> ServiceSpec:
    """Assemble the Evaluator from its settings."""
    settings = settings or EvaluatorSettings()
    servicer = EvaluatorServicer(settings)

    def register(server: aio.Server) -> None:
        pb_grpc.add_EvaluatorServiceServicer_to_server(servicer, server)

    return ServiceSpec(
        stage=Stage.EVALUATOR,
        settings=settings,
        registrars=[register],
        service_names=[pb.DESCRIPTOR.services_by_name["EvaluatorService"].full_name],
        details=lambda: {"pass_threshold": str(settings.evaluator_pass_threshold)},
        internal_only=True,
    )
