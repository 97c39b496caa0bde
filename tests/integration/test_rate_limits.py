"""Per-user budgets: headers on every response, 429 past the limit, shared across replicas."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import grpc
import httpx
import pytest

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
