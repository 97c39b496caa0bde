"""The mesh with DataForge configured: tiers end to end, health, feedback and the signed webhook."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from nf_devtools.fake_dataforge import FakeDataForge, send_context_updated
from nf_devtools.mesh import Mesh, running_mesh
from services.context_builder.contract import CONTEXT_PATH, FEEDBACK_PATH

SECRET = "webhook-test-secret"


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeDataForge]:
    dataforge = FakeDataForge().start_in_thread()
    yield dataforge
    dataforge.stop_thread()


@pytest.fixture(scope="module")
def df_mesh(tmp_path_factory: pytest.TempPathFactory, fake: FakeDataForge) -> Iterator[Mesh]:
    work = tmp_path_factory.mktemp("dataforge-mesh")
    env = {
        "NF_DATAFORGE_URL": fake.url,
        "NF_DATAFORGE_WEBHOOK_SECRET": SECRET,
        "NF_DATAFORGE_HEALTH_INTERVAL_SECONDS": "0.5",
        "NF_DATAFORGE_TIMEOUT_SECONDS": "0.5",
        "NF_CONTEXT_LKG_PATH": str(work / "lkg.sqlite3"),
        "NF_POST_FEEDBACK_RETRY_SECONDS": "0.2",
    }
    try:
        with running_mesh(work, extra_env=env) as running:
            yield running
    except RuntimeError as error:
        logs = "\n".join(f"--- {p.name}\n{p.read_text()[-1500:]}" for p in Path(work).glob("*.log"))
        pytest.fail(f"{error}\n{logs}", pytrace=False)


def infer(mesh: Mesh, query: str) -> dict[str, Any]:
    response = httpx.post(
        f"{mesh.gateway_url}/api/v1/inference",
        json={
            "domain": "DOMAIN_LITERARY",
            "task_type": "TASK_TYPE_ANALYSIS",
            "context_pack_id": "literary-demo",
            "user_query": query,
        },
        headers=mesh.auth(),
        timeout=30,
    )
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def stored(mesh: Mesh, inference_id: str) -> dict[str, Any]:
    response = httpx.get(
        f"{mesh.gateway_url}/api/v1/inference/{inference_id}", headers=mesh.auth(), timeout=10
    )
    assert response.status_code == 200, response.text
    record: dict[str, Any] = response.json()["inference"]
    return record


def context_calls(fake: FakeDataForge) -> int:
    return len(fake.recorded(CONTEXT_PATH))


def test_dataforge_serves_context_and_nothing_is_degraded(
    df_mesh: Mesh, fake: FakeDataForge
) -> None:
    answer = infer(df_mesh, "What makes a narrator unreliable?")

    record = stored(df_mesh, answer["inference_id"])
    assert answer["context_degraded"] is False
    assert record["provenance"]["tier"] == "CONTEXT_TIER_DATAFORGE"
    assert record["provenance"]["degraded"] is False
    assert record["provenance"]["pack_version"] == fake.version_of("literary-demo")


def test_outage_degrades_to_the_last_known_good_copy(df_mesh: Mesh, fake: FakeDataForge) -> None:
    infer(df_mesh, "Who is the narrator of the story?")  # served by DataForge, copied
    fake.set_fault("status_503")
    try:
        answer = infer(df_mesh, "Why would a narrator be unreliable?")
    finally:
        fake.set_fault("none")

    record = stored(df_mesh, answer["inference_id"])
    assert answer["context_degraded"] is True
    assert record["provenance"]["degraded"] is True
    assert record["provenance"]["tier"] == "CONTEXT_TIER_LAST_KNOWN_GOOD"


def test_dataforge_health_is_public_and_reported(df_mesh: Mesh) -> None:
    response = httpx.get(f"{df_mesh.gateway_url}/health/dataforge", timeout=10)
    ready = httpx.get(f"{df_mesh.gateway_url}/health/ready", timeout=10).json()

    assert response.status_code == 200
    assert response.json()["configured"] is True
    assert response.json()["status"] == "up"
    assert response.json()["circuit_state"] == "closed"
    assert "dataforge=up" in ready["stages"][0]["detail"]


def test_feedback_reaches_dataforge_after_evaluation(df_mesh: Mesh, fake: FakeDataForge) -> None:
    answer = infer(df_mesh, "What is an unreliable narrator in fiction?")

    give_up = time.monotonic() + 15
    posted: list[dict[str, Any]] = []
    while time.monotonic() < give_up and not posted:
        posted = [
            r.json()
            for r in fake.recorded(FEEDBACK_PATH)
            if r.json()["inference_id"] == answer["inference_id"]
        ]
        time.sleep(0.1)
    assert posted, "no feedback reached DataForge"
    assert posted[0]["pack_id"] == "literary-demo"
    assert posted[0]["chunk_ids"]
    assert posted[0]["score"] == pytest.approx(answer["evaluation_score"])


def test_bad_webhook_signature_is_401_and_invalidates_nothing(
    df_mesh: Mesh, fake: FakeDataForge
) -> None:
    query = "How does an unreliable narrator mislead?"
    infer(df_mesh, query)
    calls = context_calls(fake)

    refused = send_context_updated(
        df_mesh.gateway_url, SECRET, "literary-demo", valid_signature=False
    )
    infer(df_mesh, query)

    assert refused.status_code == 401
    assert context_calls(fake) == calls  # still cached


def test_signed_webhook_invalidates_and_a_replay_is_refused(
    df_mesh: Mesh, fake: FakeDataForge
) -> None:
    query = "Can a narrator lie to the reader?"
    infer(df_mesh, query)
    calls = context_calls(fake)
    new_version = fake.bump_version("literary-demo")
    timestamp = int(time.time())

    accepted = send_context_updated(
        df_mesh.gateway_url, SECRET, "literary-demo", new_version, timestamp=timestamp, body=None
    )
    answer = infer(df_mesh, query)
    replay = httpx.post(
        f"{df_mesh.gateway_url}/webhooks/dataforge/context-updated",
        content=accepted.request.content,
        headers=dict(accepted.request.headers),
        timeout=10,
    )

    assert accepted.status_code == 200, accepted.text
    assert accepted.json()["pack_version"] == new_version
    assert context_calls(fake) == calls + 1
    assert stored(df_mesh, answer["inference_id"])["provenance"]["pack_version"] == new_version
    assert replay.status_code == 401
    assert "already received" in replay.json()["message"]
