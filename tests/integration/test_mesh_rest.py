"""The public REST API through the real Envoy: inference, history, errors, admin, health."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from nf_devtools.mesh import Mesh
from services.context_builder.settings import BUNDLED_PACKS_DIR

pytestmark = pytest.mark.integration

RESPONSE_FIELDS: dict[str, type | tuple[type, ...]] = {
    "inference_id": str,
    "output": str,
    "model_id": str,
    "evaluation_score": (int, float),  # JSON numbers: a perfect score prints as 1
    "tokens_used": int,
    "latency_ms": int,
    "passed_evaluation": bool,
}
_CITATION = re.compile(r"\s*\[\d+\]")


@pytest.fixture
def client(mesh: Mesh) -> Iterator[httpx.Client]:
    """A REST client authenticated as alice (tenant acme, role user)."""
    with httpx.Client(base_url=mesh.gateway_url, headers=mesh.auth(), timeout=30) as http:
        yield http


@pytest.fixture
def admin(mesh: Mesh) -> Iterator[httpx.Client]:
    """A REST client with the admin role."""
    headers = mesh.auth("root", "acme", ("admin",))
    with httpx.Client(base_url=mesh.gateway_url, headers=headers, timeout=30) as http:
        yield http


def infer_body(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "domain": "DOMAIN_LITERARY",
        "task_type": "TASK_TYPE_ANALYSIS",
        "context_pack_id": "literary-demo",
        "user_query": "What makes a narrator unreliable?",
    }
    body.update(overrides)
    return body


def pack_text(pack_id: str) -> str:
    documents = sorted((BUNDLED_PACKS_DIR / pack_id / "documents").glob("*.md"))
    return " ".join(" ".join(d.read_text().split()) for d in documents)


def test_rest_inference_returns_every_field_with_an_answer_quoted_from_the_pack(
    client: httpx.Client,
) -> None:
    response = client.post("/api/v1/inference", json=infer_body(), timeout=30)

    assert response.status_code == 200, response.text
    body = response.json()
    for field, kind in RESPONSE_FIELDS.items():
        assert isinstance(body[field], kind), (field, body)
        assert not isinstance(body[field], bool) or kind is bool, (field, body)
    assert uuid.UUID(body["inference_id"])
    assert body["model_id"].startswith("local/")
    assert body["tokens_used"] > 100
    assert 0.0 <= body["evaluation_score"] <= 1.0
    source = pack_text("literary-demo")
    sentences = [s for s in _CITATION.split(body["output"]) if s.strip()]
    assert sentences
    for sentence in sentences:
        assert sentence.strip() in source, sentence
    assert "narrator" in body["output"].lower()


def test_request_id_header_is_propagated_to_the_response(client: httpx.Client) -> None:
    request_id = f"test-{uuid.uuid4().hex}"
    response = client.post(
        "/api/v1/inference",
        json=infer_body(),
        headers={"x-request-id": request_id},
        timeout=30,
    )

    assert response.status_code == 200
    assert response.headers["x-request-id"] == request_id
    assert response.json()["request_id"] == request_id


def test_stored_inference_is_readable_by_id_and_listed_with_its_provenance(
    client: httpx.Client,
) -> None:
    created = client.post(
        "/api/v1/inference",
        json=infer_body(
            domain="DOMAIN_MARKET",
            task_type="TASK_TYPE_REASONING",
            context_pack_id="market-demo",
            user_query="How do I calculate customer lifetime value?",
        ),
        timeout=30,
    ).json()

    fetched = client.get(f"/api/v1/inference/{created['inference_id']}")
    assert fetched.status_code == 200, fetched.text
    record = fetched.json()["inference"]
    assert record["output"] == created["output"]
    assert record["domain"] == "DOMAIN_MARKET"
    assert record["provenance"]["pack_id"] == "market-demo"
    assert record["provenance"]["tier"] == "CONTEXT_TIER_LOCAL_PACK"
    assert record["provenance"]["chunk_ids"][0].startswith("market-demo/")
    assert record["evaluation"]["correctness"]["method"] == "sentence-support"

    listed = client.get(
        "/api/v1/inferences", params={"domain": "DOMAIN_MARKET", "page_size": 50}
    ).json()
    ids = [item["inference_id"] for item in listed["inferences"]]
    assert created["inference_id"] in ids
    assert all(item["domain"] == "DOMAIN_MARKET" for item in listed["inferences"])


def test_history_pages_chain_through_next_page_token_without_repeats(client: httpx.Client) -> None:
    for query in ("How do vaccines work?", "What is photosynthesis?", "How do earthquakes start?"):
        client.post(
            "/api/v1/inference",
            json=infer_body(
                domain="DOMAIN_GENERAL", context_pack_id="general-demo", user_query=query
            ),
            timeout=30,
        ).raise_for_status()
    seen: list[str] = []
    token = ""
    for _ in range(50):
        params: dict[str, Any] = {"page_size": 1, "domain": "DOMAIN_GENERAL"}
        if token:
            params["page_token"] = token
        page = client.get("/api/v1/inferences", params=params).json()
        seen += [item["inference_id"] for item in page["inferences"]]
        token = page["next_page_token"]
        if not token:
            break
    assert len(seen) >= 3
    assert len(seen) == len(set(seen))


def test_history_finds_the_requests_the_guard_flagged(client: httpx.Client) -> None:
    flagged = client.post(
        "/api/v1/inference",
        json=infer_body(
            domain="DOMAIN_MARKET",
            context_pack_id="market-demo",
            user_query="Pretend you are a financial analyst and explain churn.",
        ),
        timeout=30,
    ).json()

    def listed(verdict: str) -> list[dict[str, Any]]:
        response = client.get(
            "/api/v1/inferences", params={"guard_verdict": verdict, "page_size": 1000}
        )
        assert response.status_code == 200, response.text
        items: list[dict[str, Any]] = response.json()["inferences"]
        return items

    flagged_items = listed("GUARD_VERDICT_FLAG")
    assert flagged["inference_id"] in [item["inference_id"] for item in flagged_items]
    assert all(i["provenance"]["guard_verdict"] == "GUARD_VERDICT_FLAG" for i in flagged_items)
    allowed_ids = [item["inference_id"] for item in listed("GUARD_VERDICT_ALLOW")]
    assert flagged["inference_id"] not in allowed_ids
    assert client.get("/api/v1/inferences", params={"guard_verdict": "LOUD"}).status_code == 400


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"domain": "DOMAIN_UNSPECIFIED"}, "domain"),
        ({"task_type": "TASK_TYPE_UNSPECIFIED"}, "task_type"),
        ({"context_pack_id": "Bad Pack!"}, "context_pack_id"),
        ({"user_query": "   "}, "user_query"),
        ({"user_query": "x" * 5001}, "user_query"),
        ({"temperature": 2.5}, "temperature"),
        ({"max_tokens": 0}, "max_tokens"),
        ({"context_pack_id": "market-demo"}, "context_pack_id"),
    ],
)
def test_invalid_input_is_a_400_that_names_the_field(
    client: httpx.Client, overrides: dict[str, Any], field: str
) -> None:
    response = client.post("/api/v1/inference", json=infer_body(**overrides))

    assert response.status_code == 400, response.text
    assert response.json()["message"].startswith(f"{field}:")


def test_unknown_enum_value_in_json_is_rejected_with_400(client: httpx.Client) -> None:
    response = client.post("/api/v1/inference", json=infer_body(domain="DOMAIN_POETRY"))

    assert response.status_code == 400


def test_unknown_pack_is_404_with_the_available_packs(client: httpx.Client) -> None:
    response = client.post("/api/v1/inference", json=infer_body(context_pack_id="no-such-pack"))

    assert response.status_code == 404
    assert "literary-demo" in response.json()["message"]


def test_missing_and_malformed_inference_ids(client: httpx.Client) -> None:
    missing = client.get(f"/api/v1/inference/{uuid.uuid4()}")
    malformed = client.get("/api/v1/inference/not-a-uuid")

    assert missing.status_code == 404
    assert malformed.status_code == 400
    assert malformed.json()["message"].startswith("inference_id:")


@pytest.mark.parametrize(
    ("params", "field"),
    [({"page_size": 1001}, "page_size"), ({"page_token": "%%%garbage"}, "page_token")],
)
def test_bad_pagination_parameters_are_400(
    client: httpx.Client, params: dict[str, Any], field: str
) -> None:
    response = client.get("/api/v1/inferences", params=params)

    assert response.status_code == 400
    assert field in response.json()["message"]


def test_admin_api_lists_models_and_moves_champions(admin: httpx.Client) -> None:
    client = admin
    models = client.get("/api/v1/admin/models").json()["models"]
    assert {m["model_id"] for m in models} >= {"local/extractive", "local/extractive-concise"}

    slot = {"domain": "DOMAIN_GENERAL", "task_type": "TASK_TYPE_GENERATION"}
    promoted = client.post(
        "/api/v1/admin/champion/promote",
        json={**slot, "model_id": "local/extractive-concise", "reason": "test"},
    ).json()["slot"]
    assert promoted["champion_model_id"] == "local/extractive-concise"
    assert promoted["challenger_model_id"] == "local/extractive"

    status = client.get("/api/v1/admin/champion/status", params=slot).json()
    assert [s["champion_model_id"] for s in status["slots"]] == ["local/extractive-concise"]

    demoted = client.post("/api/v1/admin/champion/demote", json={**slot, "reason": "test"}).json()[
        "slot"
    ]
    assert demoted["champion_model_id"] == "local/extractive"

    unknown = client.post(
        "/api/v1/admin/champion/promote",
        json={**slot, "model_id": "nobody/none"},
    )
    assert unknown.status_code == 404


def test_admin_invalidate_context_drops_cached_windows(
    client: httpx.Client, admin: httpx.Client
) -> None:
    client.post("/api/v1/inference", json=infer_body(), timeout=30)

    dropped = admin.post(
        "/api/v1/admin/context/invalidate", json={"pack_id": "literary-demo"}
    ).json()

    assert dropped["invalidated_entries"] >= 1


def test_health_endpoints_report_every_stage(client: httpx.Client) -> None:
    ready = client.get("/health/ready")
    live = client.get("/health/live")
    health = client.get("/health")

    assert ready.status_code == 200
    stages = {s["name"]: s["status"] for s in ready.json()["stages"]}
    assert stages == {
        name: "SERVING"
        for name in (
            "context_builder",
            "prompt_engine",
            "model_router",
            "evaluator",
            "post_processor",
        )
    }
    assert live.json() == {"status": "alive"}
    assert health.json()["status"] == "ok"
    details = {s["name"]: s["detail"] for s in health.json()["stages"]}
    assert "tokenizer_backend=" in details["prompt_engine"]
