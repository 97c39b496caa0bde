"""Per-user budgets: headers on every response, 429 past the limit, shared across replicas."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import cast

import grpc
import httpx
import pytest

from neuroforge.common.v1 import pipeline_pb2 as common_pb
from neuroforge.inference.v1 import inference_service_pb2 as pb
from neuroforge.inference.v1 import inference_service_pb2_grpc as pb_grpc
from nf_devtools.mesh import Mesh, running_mesh

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def replicated_mesh(tmp_path_factory: pytest.TempPathFactory, redis_url: str) -> Iterator[Mesh]:
    """Two orchestrator replicas behind Envoy, sharing their budgets through Redis."""
    work: Path = tmp_path_factory.mktemp("replicated")
    with running_mesh(work, extra_env={"NF_REDIS_URL": redis_url}, orchestrator_replicas=2) as mesh:
        yield mesh


def test_every_response_reports_the_budget(replicated_mesh: Mesh) -> None:
    mesh = replicated_mesh
    headers = mesh.auth(f"user-{uuid.uuid4().hex[:8]}", "budget-tenant")
    first = httpx.get(f"{mesh.gateway_url}/api/v1/inferences", headers=headers, timeout=10)
    second = httpx.get(f"{mesh.gateway_url}/api/v1/inferences", headers=headers, timeout=10)

    assert first.headers["x-ratelimit-limit"] == "100"
    assert int(first.headers["x-ratelimit-remaining"]) == 99
    assert int(second.headers["x-ratelimit-remaining"]) == 98
    assert 1 <= int(first.headers["x-ratelimit-reset"]) <= 60


def _list(port: int, token: str) -> grpc.StatusCode:
    with grpc.insecure_channel(f"127.0.0.1:{port}") as channel:
        try:
            pb_grpc.InferenceServiceStub(channel).ListInferences(
                pb.ListInferencesRequest(page_size=1),
                timeout=10,
                metadata=(("authorization", f"Bearer {token}"),),
            )
        except grpc.RpcError as error:
            return error.code()
    return grpc.StatusCode.OK


def test_the_101st_request_in_a_minute_is_429_across_two_replicas(
    replicated_mesh: Mesh,
) -> None:
    mesh = replicated_mesh
    first, second = mesh.orchestrator_ports
    token = mesh.token(f"user-{uuid.uuid4().hex[:8]}", f"tenant-{uuid.uuid4().hex[:8]}")

    # Alternate replicas deterministically: each alone has seen only 50 requests.
    statuses = [_list(first if n % 2 else second, token) for n in range(100)]
    refused = httpx.get(
        f"{mesh.gateway_url}/api/v1/inferences",
        headers={"authorization": f"Bearer {token}"},
        timeout=10,
    )
    other_user = httpx.get(
        f"{mesh.gateway_url}/api/v1/inferences",
        headers=mesh.auth("someone-else", "another-tenant"),
        timeout=10,
    )

    assert statuses == [grpc.StatusCode.OK] * 100
    assert refused.status_code == 429, refused.text
    assert refused.headers["x-ratelimit-remaining"] == "0"
    assert 1 <= int(refused.headers["retry-after"]) <= 60
    assert "100 requests per minute per user" in refused.json()["message"]
    assert _list(first, token) == grpc.StatusCode.RESOURCE_EXHAUSTED
    assert _list(second, token) == grpc.StatusCode.RESOURCE_EXHAUSTED
    assert other_user.status_code == 200


def _stream(port: int, token: str) -> tuple[grpc.StatusCode, int, dict[str, str]]:
    """Status, messages received and trailing metadata of one StreamInfer call."""
    request = pb.StreamInferRequest(
        domain=common_pb.DOMAIN_GENERAL,
        task_type=common_pb.TASK_TYPE_ANALYSIS,
        context_pack_id="general-demo",
        user_query="How do vaccines train the immune system?",
    )
    received = 0
    with grpc.insecure_channel(f"127.0.0.1:{port}") as channel:
        call = pb_grpc.InferenceServiceStub(channel).StreamInfer(
            request, timeout=30, metadata=(("authorization", f"Bearer {token}"),)
        )
        try:
            for _ in call:
                received += 1
        except grpc.RpcError as error:
            metadata = cast("grpc.Call", error).trailing_metadata() or ()
            trailing = {key: str(value) for key, value in metadata}
            return error.code(), received, trailing
    return grpc.StatusCode.OK, received, {}


def test_a_stream_is_charged_like_any_request_and_refused_past_the_budget(
    replicated_mesh: Mesh,
) -> None:
    mesh = replicated_mesh
    first, second = mesh.orchestrator_ports
    token = mesh.token(f"user-{uuid.uuid4().hex[:8]}", f"tenant-{uuid.uuid4().hex[:8]}")

    statuses = [_list(first if n % 2 else second, token) for n in range(99)]
    allowed = _stream(first, token)  # the 100th request of the minute
    refused = _stream(second, token)
    with httpx.stream(
        "POST",
        f"{mesh.gateway_url}/api/v1/inference:stream",
        json={
            "domain": "DOMAIN_GENERAL",
            "task_type": "TASK_TYPE_ANALYSIS",
            "context_pack_id": "general-demo",
            "user_query": "How do vaccines train the immune system?",
        },
        headers={"authorization": f"Bearer {token}"},
        timeout=10,
    ) as response:
        body = response.read()

    assert statuses == [grpc.StatusCode.OK] * 99
    assert allowed[0] == grpc.StatusCode.OK
    assert allowed[1] >= 2  # deltas, then the result
    assert refused[:2] == (grpc.StatusCode.RESOURCE_EXHAUSTED, 0)  # refused before any message
    assert 1 <= int(refused[2]["retry-after"]) <= 60
    assert response.status_code == 429
    assert 1 <= int(response.headers["retry-after"]) <= 60
    assert "100 requests per minute per user" in body.decode()
