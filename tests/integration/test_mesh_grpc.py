"""gRPC callers and operators: direct and through Envoy, grpcurl, health and metrics of all six."""

from __future__ import annotations

import json
import subprocess
import uuid

import grpc
import httpx
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc

from neuroforge.common.v1 import pipeline_pb2 as common_pb
from neuroforge.inference.v1 import inference_service_pb2 as pb
from neuroforge.inference.v1 import inference_service_pb2_grpc as pb_grpc
from neuroforge.stage.v1 import stage_info_service_pb2 as stage_pb
from neuroforge.stage.v1 import stage_info_service_pb2_grpc as stage_grpc
from nf_core.channels import INTERNAL_TOKEN_HEADER
from nf_core.settings import Stage
from nf_devtools.mesh import START_ORDER, Mesh
from nf_devtools.paths import venv_tool

pytestmark = pytest.mark.integration

REQUEST = pb.InferRequest(
    domain=common_pb.DOMAIN_GENERAL,
    task_type=common_pb.TASK_TYPE_ANALYSIS,
    context_pack_id="general-demo",
    user_query="How do vaccines train the immune system?",
)


def _bearer(mesh: Mesh) -> tuple[tuple[str, str], ...]:
    return (("authorization", f"Bearer {mesh.token()}"),)


def _infer(address: str, metadata: tuple[tuple[str, str], ...] = ()) -> pb.InferResponse:
    with grpc.insecure_channel(address) as channel:
        response: pb.InferResponse = pb_grpc.InferenceServiceStub(channel).Infer(
            REQUEST, timeout=30, metadata=metadata
        )
        return response


def test_grpc_client_calls_the_orchestrator_directly(mesh: Mesh) -> None:
    response = _infer(mesh.grpc_address(Stage.ORCHESTRATOR), _bearer(mesh))

    assert uuid.UUID(response.inference_id)
    assert "immune" in response.output.lower()
    assert response.tokens_used > 0


def test_grpc_client_calls_through_envoy(mesh: Mesh) -> None:
    address = mesh.gateway_url.removeprefix("http://")

    response = _infer(address, _bearer(mesh))

    assert "immune" in response.output.lower()


def test_grpc_invalid_argument_names_the_field(mesh: Mesh) -> None:
    bad = pb.InferRequest()
    bad.CopyFrom(REQUEST)
    bad.max_tokens = 999_999
    with (
        grpc.insecure_channel(mesh.grpc_address(Stage.ORCHESTRATOR)) as channel,
        pytest.raises(grpc.RpcError) as raised,
    ):
        pb_grpc.InferenceServiceStub(channel).Infer(bad, timeout=10, metadata=_bearer(mesh))
    assert raised.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert (raised.value.details() or "").startswith("max_tokens:")


@pytest.mark.parametrize("stage", START_ORDER, ids=[s.value for s in START_ORDER])
def test_every_service_reports_serving_and_exposes_metrics(mesh: Mesh, stage: Stage) -> None:
    with grpc.insecure_channel(mesh.grpc_address(stage)) as channel:
        health = health_pb2_grpc.HealthStub(channel).Check(
            health_pb2.HealthCheckRequest(), timeout=5
        )
    assert health.status == health_pb2.HealthCheckResponse.SERVING

    metrics = httpx.get(mesh.metrics_url(stage), timeout=5)
    assert metrics.status_code == 200
    assert "nf_grpc_server_handled_total" in metrics.text


@pytest.mark.parametrize("stage", START_ORDER, ids=[s.value for s in START_ORDER])
def test_every_service_runs_on_uvloop_by_default(mesh: Mesh, stage: Stage) -> None:
    credentials = ((INTERNAL_TOKEN_HEADER, mesh.internal_token), *_bearer(mesh))
    with grpc.insecure_channel(mesh.grpc_address(stage)) as channel:
        info = stage_grpc.StageInfoServiceStub(channel).GetStageInfo(
            stage_pb.GetStageInfoRequest(), timeout=5, metadata=credentials
        )
    assert info.details["event_loop"] == "uvloop"


def test_orchestrator_metrics_break_latency_down_by_stage(mesh: Mesh) -> None:
    _infer(mesh.grpc_address(Stage.ORCHESTRATOR), _bearer(mesh))

    text = httpx.get(mesh.metrics_url(Stage.ORCHESTRATOR), timeout=5).text

    for stage in (
        "context_builder",
        "prompt_engine",
        "model_router",
        "evaluator",
        "post_processor",
    ):
        assert f'nf_pipeline_stage_seconds_count{{outcome="ok",stage="{stage}"}}' in text


def _grpcurl(*args: str) -> str:
    completed = subprocess.run(
        [venv_tool("grpcurl"), "-plaintext", *args],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    return completed.stdout


def test_grpcurl_lists_services_through_reflection(mesh: Mesh) -> None:
    listed = _grpcurl(mesh.grpc_address(Stage.ORCHESTRATOR), "list").split()

    assert {
        "neuroforge.inference.v1.InferenceService",
        "neuroforge.admin.v1.AdminService",
        "neuroforge.health.v1.MeshHealthService",
        "grpc.health.v1.Health",
    } <= set(listed)
    stage_listing = _grpcurl(mesh.grpc_address(Stage.CONTEXT_BUILDER), "list").split()
    assert "neuroforge.context.v1.ContextService" in stage_listing


def test_grpcurl_calls_infer(mesh: Mesh) -> None:
    body = json.dumps(
        {
            "domain": "DOMAIN_LITERARY",
            "task_type": "TASK_TYPE_GENERATION",
            "context_pack_id": "literary-demo",
            "user_query": "What is a sonnet?",
        }
    )

    output = _grpcurl(
        "-H",
        f"authorization: Bearer {mesh.token()}",
        "-d",
        body,
        mesh.grpc_address(Stage.ORCHESTRATOR),
        "neuroforge.inference.v1.InferenceService/Infer",
    )

    answer = json.loads(output)
    assert "sonnet" in answer["output"].lower()
    assert answer["modelId"].startswith("local/")
