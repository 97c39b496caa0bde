"""Chaos: PostgreSQL stops mid-load and comes back; no accepted inference is lost or doubled."""

from __future__ import annotations

import asyncio
import os
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import asyncpg
import httpx
import pytest

from nf_devtools.mesh import Mesh, running_mesh

pytestmark = pytest.mark.integration

BODY = {
    "domain": "DOMAIN_MARKET",
    "task_type": "TASK_TYPE_ANALYSIS",
    "context_pack_id": "market-demo",
    "user_query": "What are Porter's five forces?",
}


def _cluster(action: str) -> None:
    for version in sorted(os.listdir("/etc/postgresql")):
        subprocess.run(
            [
                "pg_ctlcluster",
                "--skip-systemctl-redirect",
                version,
                "main",
                action,
                *(["-m", "fast"] if action == "stop" else []),
            ],
            check=True,
            capture_output=True,
            timeout=60,
        )


def _stored_ids(dsn: str) -> list[str]:
    async def fetch() -> list[str]:
        connection = await asyncpg.connect(dsn, timeout=5)
        try:
            rows = await connection.fetch("SELECT inference_id FROM inferences")
        finally:
            await connection.close()
        return [row["inference_id"] for row in rows]

    return asyncio.run(fetch())


@pytest.fixture
def postgres_mesh(tmp_path: Path, postgres_dsn: str) -> Iterator[Mesh]:
    with running_mesh(
        tmp_path,
        extra_env={
            "NF_DATABASE_URL": postgres_dsn,
            "NF_POST_SPOOL_RETRY_SECONDS": "0.2",
            "NF_RATELIMIT_USER_PER_MINUTE": "100000",
        },
    ) as mesh:
        yield mesh


def test_every_inference_accepted_during_an_outage_is_stored_exactly_once(
    postgres_mesh: Mesh, postgres_dsn: str
) -> None:
    mesh = postgres_mesh
    accepted: list[str] = []
    headers = mesh.auth("chaos", "chaos-tenant")
    with httpx.Client(base_url=mesh.gateway_url, headers=headers, timeout=30) as client:

        def send(count: int) -> None:
            for _ in range(count):
                response = client.post("/api/v1/inference", json=BODY)
                assert response.status_code == 200, response.text
                accepted.append(response.json()["inference_id"])

        send(10)
        try:
            _cluster("stop")
            send(15)  # the database is down: answers still come, records wait in the spool
        finally:
            _cluster("start")
        send(10)

    deadline = time.monotonic() + 60
    stored: list[str] = []
    while time.monotonic() < deadline:
        try:
            stored = _stored_ids(postgres_dsn)
        except (OSError, asyncpg.PostgresError):
            stored = []
        if len(stored) >= len(accepted):
            break
        time.sleep(0.5)

    assert len(accepted) == 35
    assert sorted(stored) == sorted(accepted)  # every one, and none twice
