"""Idempotency keys and history filters through the real gateway."""

from __future__ import annotations

import uuid
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from nf_devtools.mesh import Mesh

pytestmark = pytest.mark.integration

BODY = {
    "domain": "DOMAIN_GENERAL",
    "task_type": "TASK_TYPE_ANALYSIS",
    "context_pack_id": "general-demo",
    "user_query": "How does photosynthesis work?",
}


def _post(mesh: Mesh, headers: dict[str, str], body: dict[str, Any]) -> httpx.Response:
    return httpx.post(
        f"{mesh.gateway_url}/api/v1/inference", json=body, headers=headers, timeout=30
    )


def test_concurrent_duplicates_with_one_key_resolve_to_one_inference(mesh: Mesh) -> None:
    tenant = f"idem-{uuid.uuid4().hex[:8]}"
    headers = mesh.auth("alice", tenant)
    body = {**BODY, "idempotency_key": f"order-{uuid.uuid4().hex}"}

    with ThreadPoolExecutor(max_workers=8) as pool:
        responses = list(pool.map(lambda _: _post(mesh, headers, body), range(8)))

    assert [r.status_code for r in responses] == [200] * 8
    ids = {r.json()["inference_id"] for r in responses}
    assert len(ids) == 1
    assert sum(r.json()["idempotent_replay"] for r in responses) == 7
    listed = httpx.get(f"{mesh.gateway_url}/api/v1/inferences", headers=headers, timeout=10).json()[
        "inferences"
    ]
    assert [item["inference_id"] for item in listed] == list(ids)


def test_the_idempotency_key_header_works_like_the_field(mesh: Mesh) -> None:
    headers = {**mesh.auth(), "idempotency-key": f"hdr-{uuid.uuid4().hex}"}

    first = _post(mesh, headers, BODY).json()
    again = _post(mesh, headers, BODY).json()

    assert again["inference_id"] == first["inference_id"]
    assert again["output"] == first["output"]
    assert first["idempotent_replay"] is False
    assert again["idempotent_replay"] is True


def test_a_key_reused_for_a_different_request_is_409(mesh: Mesh) -> None:
    headers = {**mesh.auth(), "idempotency-key": f"reuse-{uuid.uuid4().hex}"}
    assert _post(mesh, headers, BODY).status_code == 200

    conflict = _post(mesh, headers, {**BODY, "user_query": "What is the water cycle?"})

    assert conflict.status_code == 409
    assert conflict.json()["message"].startswith("idempotency_key:")


def test_history_filters_by_pass_flag_and_time(mesh: Mesh) -> None:
    headers = mesh.auth("filter-user", f"filters-{uuid.uuid4().hex[:8]}")
    created = _post(mesh, headers, BODY).json()
    url = f"{mesh.gateway_url}/api/v1/inferences"

    def ids(params: dict[str, Any]) -> list[str]:
        response = httpx.get(url, params=params, headers=headers, timeout=10)
        assert response.status_code == 200, response.text
        return [item["inference_id"] for item in response.json()["inferences"]]

    passed = str(created["passed_evaluation"]).lower()
    failed = str(not created["passed_evaluation"]).lower()
    assert ids({"passed_evaluation": passed}) == [created["inference_id"]]
    assert ids({"passed_evaluation": failed}) == []
    assert ids({"created_after": "2000-01-01T00:00:00Z"}) == [created["inference_id"]]
    assert ids({"created_before": "2000-01-01T00:00:00Z"}) == []
    bad = httpx.get(url, params={"created_after": "last tuesday"}, headers=headers, timeout=10)
    assert bad.status_code == 400
    assert bad.json()["message"].startswith("created_after:")
