"""Edge hygiene at the gateway: body limit, JSON replies for unknown paths, CORS."""

from __future__ import annotations

import httpx
import pytest

from nf_devtools.mesh import Mesh

pytestmark = pytest.mark.integration

ALLOWED_ORIGIN = "https://app.neuroforge.test"


def test_oversized_body_is_413_json(mesh: Mesh) -> None:
    body = {
        "domain": "DOMAIN_GENERAL",
        "task_type": "TASK_TYPE_ANALYSIS",
        "context_pack_id": "general-demo",
        "user_query": "x" * 70_000,
    }

    response = httpx.post(
        f"{mesh.gateway_url}/api/v1/inference", json=body, headers=mesh.auth(), timeout=10
    )

    assert response.status_code == 413
    assert response.json()["http_status"] == 413


def test_unknown_path_is_404_json_with_the_request_id(mesh: Mesh) -> None:
    response = httpx.get(f"{mesh.gateway_url}/api/v1/nothing-here", headers=mesh.auth(), timeout=10)

    assert response.status_code == 404
    assert response.json()["http_status"] == 404
    assert response.json()["request_id"] == response.headers["x-request-id"]


def test_cors_preflight_allows_the_configured_origin_only(mesh: Mesh) -> None:
    def preflight(origin: str) -> httpx.Response:
        return httpx.options(
            f"{mesh.gateway_url}/api/v1/inference",
            headers={
                "origin": origin,
                "access-control-request-method": "POST",
                "access-control-request-headers": "authorization, content-type",
            },
            timeout=10,
        )

    allowed = preflight(ALLOWED_ORIGIN)
    foreign = preflight("https://evil.example")

    assert allowed.headers.get("access-control-allow-origin") == ALLOWED_ORIGIN
    assert "authorization" in allowed.headers.get("access-control-allow-headers", "")
    assert "access-control-allow-origin" not in foreign.headers
