"""Identity: bad tokens at Envoy and at the orchestrator, tenants, roles, stage credential."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from collections.abc import Callable, Iterator
from typing import Any

import grpc
import httpx
import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from grpc_health.v1 import health_pb2, health_pb2_grpc

from neuroforge.admin.v1 import admin_service_pb2 as admin_pb
from neuroforge.admin.v1 import admin_service_pb2_grpc as admin_grpc
from neuroforge.common.v1 import pipeline_pb2 as common_pb
from neuroforge.context.v1 import context_service_pb2 as context_pb
from neuroforge.context.v1 import context_service_pb2_grpc as context_grpc
from neuroforge.inference.v1 import inference_service_pb2 as pb
from neuroforge.inference.v1 import inference_service_pb2_grpc as pb_grpc
from nf_core.channels import INTERNAL_TOKEN_HEADER
from nf_core.settings import Stage
from nf_devtools.devkeys import DEV_AUDIENCE, DEV_ISSUER, RSA_KID
from nf_devtools.mesh import Mesh

pytestmark = pytest.mark.integration

INFER_BODY = {
    "domain": "DOMAIN_GENERAL",
    "task_type": "TASK_TYPE_ANALYSIS",
    "context_pack_id": "general-demo",
    "user_query": "How does the water cycle work?",
}


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _claims(**overrides: Any) -> dict[str, Any]:
    now = int(time.time())
    claims: dict[str, Any] = {
        "iss": DEV_ISSUER,
        "aud": DEV_AUDIENCE,
        "sub": "mallory",
        "tenant": "acme",
        "roles": ["user"],
        "iat": now,
        "exp": now + 600,
    }
    claims.update(overrides)
    return claims


def _unsigned(claims: dict[str, Any], header: dict[str, Any]) -> str:
    return f"{_b64(json.dumps(header).encode())}.{_b64(json.dumps(claims).encode())}"


def _hs256_with_public_key(mesh: Mesh) -> str:
    jwks = json.loads((mesh.jwt_dir / "jwks.json").read_text())
    rsa_jwk = next(k for k in jwks["keys"] if k["kid"] == RSA_KID)
    public_pem = jwt.PyJWK(rsa_jwk).key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    signing_input = _unsigned(_claims(), {"alg": "HS256", "typ": "JWT", "kid": RSA_KID})
    signature = hmac.new(public_pem, signing_input.encode(), hashlib.sha256).digest()
    return f"{signing_input}.{_b64(signature)}"


def _foreign_key_token(kid: str) -> str:
    stranger = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return jwt.encode(_claims(), stranger, algorithm="RS256", headers={"kid": kid})


BAD_TOKENS: dict[str, Callable[[Mesh], str | None]] = {
    "missing": lambda mesh: None,
    "malformed": lambda mesh: "not-a-jwt",
    "expired": lambda mesh: mesh.token(ttl_seconds=-3600),
    "not_yet_valid": lambda mesh: mesh.token(not_before=int(time.time()) + 3600),
    "wrong_issuer": lambda mesh: mesh.token(issuer="https://evil.example"),
    "wrong_audience": lambda mesh: mesh.token(audience="someone-else"),
    "unknown_key": lambda mesh: _foreign_key_token(RSA_KID),
    "kid_points_nowhere": lambda mesh: _foreign_key_token("no-such-kid"),
    "alg_none": lambda mesh: _unsigned(_claims(), {"alg": "none", "kid": RSA_KID}) + ".",
    "hs256_with_public_key": _hs256_with_public_key,
}


@pytest.mark.parametrize("kind", list(BAD_TOKENS))
def test_bad_tokens_are_rejected_by_envoy_with_401_json_and_www_authenticate(
    mesh: Mesh, kind: str
) -> None:
    token = BAD_TOKENS[kind](mesh)
    headers = {"authorization": f"Bearer {token}"} if token is not None else {}

    response = httpx.post(
        f"{mesh.gateway_url}/api/v1/inference", json=INFER_BODY, headers=headers, timeout=10
    )

    assert response.status_code == 401, response.text
    assert response.headers["www-authenticate"].startswith("Bearer")
    assert response.headers["content-type"] == "application/json"
    assert response.json()["http_status"] == 401


@pytest.mark.parametrize("kind", list(BAD_TOKENS))
def test_bad_tokens_are_rejected_by_the_orchestrator_itself(mesh: Mesh, kind: str) -> None:
    token = BAD_TOKENS[kind](mesh)
    metadata = (("authorization", f"Bearer {token}"),) if token is not None else ()
    request = pb.InferRequest(
        domain=common_pb.DOMAIN_GENERAL,
        task_type=common_pb.TASK_TYPE_ANALYSIS,
        context_pack_id="general-demo",
        user_query="What is rain?",
    )

    with (
        grpc.insecure_channel(mesh.grpc_address(Stage.ORCHESTRATOR)) as channel,
        pytest.raises(grpc.RpcError) as raised,
    ):
        pb_grpc.InferenceServiceStub(channel).Infer(request, timeout=10, metadata=metadata)

    assert raised.value.code() == grpc.StatusCode.UNAUTHENTICATED


def test_valid_rs256_and_es256_tokens_are_accepted(mesh: Mesh) -> None:
    for algorithm in ("RS256", "ES256"):
        token = mesh.token(algorithm=algorithm)
        response = httpx.post(
            f"{mesh.gateway_url}/api/v1/inference",
            json=INFER_BODY,
            headers={"authorization": f"Bearer {token}"},
            timeout=30,
        )
        assert response.status_code == 200, (algorithm, response.text)


def test_health_routes_need_no_token(mesh: Mesh) -> None:
    for path in ("/health", "/health/ready", "/health/live"):
        assert httpx.get(f"{mesh.gateway_url}{path}", timeout=10).status_code == 200


@pytest.fixture
def as_user(mesh: Mesh) -> Iterator[Callable[..., httpx.Client]]:
    clients: list[httpx.Client] = []

    def make(subject: str, tenant: str, roles: tuple[str, ...] = ("user",)) -> httpx.Client:
        client = httpx.Client(
            base_url=mesh.gateway_url, timeout=30, headers=mesh.auth(subject, tenant, roles)
        )
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


def test_another_tenant_cannot_read_or_list_an_inference(
    as_user: Callable[..., httpx.Client],
) -> None:
    alice = as_user("alice", "tenant-a")
    bob = as_user("bob", "tenant-b")
    created = alice.post("/api/v1/inference", json=INFER_BODY).json()

    mine = alice.get(f"/api/v1/inference/{created['inference_id']}")
    theirs = bob.get(f"/api/v1/inference/{created['inference_id']}")
    bob_list = bob.get("/api/v1/inferences", params={"page_size": 1000}).json()

    assert mine.status_code == 200
    assert mine.json()["inference"]["tenant_id"] == "tenant-a"
    assert mine.json()["inference"]["user_id"] == "alice"
    assert theirs.status_code == 404
    assert theirs.json()["message"] == f"inference {created['inference_id']} not found"
    assert created["inference_id"] not in {i["inference_id"] for i in bob_list["inferences"]}


def test_users_see_their_own_inferences_and_tenant_readers_see_the_tenant(
    as_user: Callable[..., httpx.Client],
) -> None:
    carol = as_user("carol", "tenant-c")
    dave = as_user("dave", "tenant-c")
    reader = as_user("erin", "tenant-c", ("user", "tenant_reader"))
    created = carol.post("/api/v1/inference", json=INFER_BODY).json()["inference_id"]

    assert dave.get(f"/api/v1/inference/{created}").status_code == 404
    assert created not in {
        i["inference_id"] for i in dave.get("/api/v1/inferences").json()["inferences"]
    }
    assert reader.get(f"/api/v1/inference/{created}").status_code == 200
    assert created in {
        i["inference_id"] for i in reader.get("/api/v1/inferences").json()["inferences"]
    }


ADMIN_ROUTES = [
    ("GET", "/api/v1/admin/models", None),
    ("GET", "/api/v1/admin/champion/status", None),
    (
        "POST",
        "/api/v1/admin/champion/promote",
        {
            "domain": "DOMAIN_GENERAL",
            "task_type": "TASK_TYPE_ANALYSIS",
            "model_id": "local/extractive",
        },
    ),
    (
        "POST",
        "/api/v1/admin/champion/demote",
        {"domain": "DOMAIN_GENERAL", "task_type": "TASK_TYPE_ANALYSIS"},
    ),
    ("POST", "/api/v1/admin/context/invalidate", {"pack_id": "general-demo"}),
]


@pytest.mark.parametrize(("method", "path", "body"), ADMIN_ROUTES)
def test_admin_routes_refuse_non_admins_with_403(
    as_user: Callable[..., httpx.Client],
    method: str,
    path: str,
    body: dict[str, Any] | None,
) -> None:
    response = as_user("alice", "acme").request(method, path, json=body)

    assert response.status_code == 403, response.text
    assert "admin" in response.json()["message"]


def test_admin_grpc_refuses_non_admins_with_permission_denied(mesh: Mesh) -> None:
    with (
        grpc.insecure_channel(mesh.grpc_address(Stage.ORCHESTRATOR)) as channel,
        pytest.raises(grpc.RpcError) as raised,
    ):
        admin_grpc.AdminServiceStub(channel).ListModels(
            admin_pb.ListModelsRequest(),
            timeout=10,
            metadata=(("authorization", f"Bearer {mesh.token()}"),),
        )

    assert raised.value.code() == grpc.StatusCode.PERMISSION_DENIED


@pytest.mark.parametrize("credential", [None, "wrong-token"])
def test_stage_services_refuse_direct_calls_without_the_internal_credential(
    mesh: Mesh,
    credential: str | None,
) -> None:
    metadata = ((INTERNAL_TOKEN_HEADER, credential),) if credential else ()
    request = context_pb.BuildContextRequest(
        pack_id="general-demo", domain=common_pb.DOMAIN_GENERAL, query="rain"
    )
    with grpc.insecure_channel(mesh.grpc_address(Stage.CONTEXT_BUILDER)) as channel:
        with pytest.raises(grpc.RpcError) as raised:
            context_grpc.ContextServiceStub(channel).BuildContext(
                request, timeout=10, metadata=metadata
            )
        health = health_pb2_grpc.HealthStub(channel).Check(
            health_pb2.HealthCheckRequest(), timeout=10
        )
        allowed = context_grpc.ContextServiceStub(channel).BuildContext(
            request, timeout=10, metadata=((INTERNAL_TOKEN_HEADER, mesh.internal_token),)
        )

    assert raised.value.code() == grpc.StatusCode.UNAUTHENTICATED
    assert health.status == health_pb2.HealthCheckResponse.SERVING
    assert allowed.context.pack_id == "general-demo"
