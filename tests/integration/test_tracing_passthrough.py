"""With no collector configured, Envoy passes a client's traceparent through to the mesh."""

from __future__ import annotations

import httpx
import pytest

from nf_devtools.mesh import Mesh

pytestmark = pytest.mark.integration

TRACE_ID = "0af7651916cd43dd8448eb211c80319c"
TRACEPARENT = f"00-{TRACE_ID}-b7ad6b7169203331-01"


def _infer(mesh: Mesh, **overrides: object) -> httpx.Response:
    return httpx.post(
        f"{mesh.gateway_url}/api/v1/inference",
        json={
            "domain": "DOMAIN_LITERARY",
            "task_type": "TASK_TYPE_ANALYSIS",
            "context_pack_id": "literary-demo",
            "user_query": "Why does the narrator hesitate?",
            **overrides,
        },
        headers={**mesh.auth(), "traceparent": TRACEPARENT},
        timeout=30,
    )


def test_a_client_traceparent_reaches_the_orchestrator_and_comes_back_as_x_trace_id(
    mesh: Mesh,
) -> None:
    response = _infer(mesh)
    assert response.status_code == 200, response.text
    assert response.headers["x-trace-id"] == TRACE_ID


def test_without_traceparent_every_answer_gets_a_fresh_trace_id(mesh: Mesh) -> None:
    ids = {
        httpx.get(f"{mesh.gateway_url}/api/v1/inferences", headers=mesh.auth(), timeout=10).headers[
            "x-trace-id"
        ]
        for _ in range(2)
    }
    assert len(ids) == 2
    assert all(len(i) == 32 and int(i, 16) for i in ids)


def test_an_error_answered_by_the_orchestrator_carries_the_trace_id(mesh: Mesh) -> None:
    response = _infer(mesh, temperature=7)
    assert response.status_code == 400, response.text
    assert response.headers["x-trace-id"] == TRACE_ID
