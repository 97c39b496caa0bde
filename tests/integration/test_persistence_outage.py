"""Chaos: PostgreSQL stops mid-load and comes back; no accepted inference is lost or doubled.

The test runs its own PostgreSQL cluster so that stopping it disturbs nothing else on the host.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import asyncpg
import httpx
import pytest

from nf_devtools.mesh import Mesh, free_port_block, running_mesh

pytestmark = pytest.mark.integration
_PG_BIN = (
    f"/usr/lib/postgresql/{sorted(os.listdir('/etc/postgresql'))[-1]}/bin"
    if os.path.isdir("/etc/postgresql")
    else "/usr/lib/postgresql/bin"
)

BODY = {
    "domain": "DOMAIN_MARKET",
    "task_type": "TASK_TYPE_ANALYSIS",
    "context_pack_id": "market-demo",
    "user_query": "What are Porter's five forces?",
}


class PrivatePostgres:
    """A throwaway PostgreSQL cluster on its own port, so stopping it disturbs nobody else."""

    def __init__(self, directory: Path, port: int) -> None:
        self.directory = directory
        self.port = port
        self.dsn = f"postgresql://postgres@127.0.0.1:{port}/postgres"

    def _as_postgres(self, *argv: str) -> None:
        subprocess.run(
            ["runuser", "-u", "postgres", "--", *argv], check=True, capture_output=True, timeout=120
        )

    def init(self) -> None:
        """Create the cluster (trust authentication, loopback only)."""
        self.directory.mkdir(parents=True)
        shutil.chown(self.directory, "postgres", "postgres")
        self._as_postgres(
            f"{_PG_BIN}/initdb", "-D", str(self.directory / "data"), "-A", "trust", "-U", "postgres"
        )

    def start(self) -> None:
        """Start the server and wait until it accepts connections."""
        self._as_postgres(
            f"{_PG_BIN}/pg_ctl",
            "-D",
            str(self.directory / "data"),
            "-w",
            "-l",
            str(self.directory / "server.log"),
            "-o",
            f"-p {self.port} -k {self.directory} -c listen_addresses=127.0.0.1",
            "start",
        )

    def stop(self) -> None:
        """Stop the server at once (fast shutdown: connections are cut)."""
        self._as_postgres(
            f"{_PG_BIN}/pg_ctl", "-D", str(self.directory / "data"), "-w", "-m", "fast", "stop"
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
def private_postgres(postgres_admin_dsn: str) -> Iterator[PrivatePostgres]:
    """A private cluster; the machine's server answering proves the binaries are installed."""
    directory = Path(tempfile.mkdtemp(prefix="nf-chaos-pg-"))
    directory.rmdir()
    server = PrivatePostgres(directory, free_port_block(1))
    server.init()
    server.start()
    try:
        yield server
    finally:
        with contextlib.suppress(subprocess.CalledProcessError):
            server.stop()
        shutil.rmtree(directory, ignore_errors=True)


@pytest.fixture
def postgres_mesh(tmp_path: Path, private_postgres: PrivatePostgres) -> Iterator[Mesh]:
    with running_mesh(
        tmp_path,
        extra_env={
            "NF_DATABASE_URL": private_postgres.dsn,
            "NF_POST_SPOOL_RETRY_SECONDS": "0.2",
            "NF_RATELIMIT_USER_PER_MINUTE": "100000",
        },
    ) as mesh:
        yield mesh


def test_every_inference_accepted_during_an_outage_is_stored_exactly_once(
    postgres_mesh: Mesh, private_postgres: PrivatePostgres
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
        private_postgres.stop()
        try:
            send(15)  # the database is down: answers still come, records wait in the spool
        finally:
            private_postgres.start()
        send(10)

    deadline = time.monotonic() + 60
    stored: list[str] = []
    while time.monotonic() < deadline:
        try:
            stored = _stored_ids(private_postgres.dsn)
        except (OSError, asyncpg.PostgresError):
            stored = []
        if len(stored) >= len(accepted):
            break
        time.sleep(0.5)

    assert len(accepted) == 35
    assert sorted(stored) == sorted(accepted)  # every one, and none twice
