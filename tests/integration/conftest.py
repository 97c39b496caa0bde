"""The real mesh (six service processes and Envoy) and both databases for integration tests."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import AbstractAsyncContextManager
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr

from neuroforge.postprocess.v1 import post_processor_service_pb2_grpc as post_grpc
from nf_core.channels import create_channel
from nf_core.db import Database, PostgresDatabase, SqliteDatabase
from nf_core.server import start
from nf_devtools.mesh import Mesh, running_mesh
from services.post_processor.server import build_spec
from services.post_processor.settings import PostProcessorSettings

ALLOWED_ORIGIN = "https://app.neuroforge.test"
INTERNAL_TOKEN = "internal-test-token"

PostProcessorStarter = Callable[
    ..., AbstractAsyncContextManager["post_grpc.PostProcessorServiceAsyncStub"]
]


@pytest.fixture
def post_processor_at(tmp_path: Path) -> PostProcessorStarter:
    """Starts an in-process Post-Processor on a database URL; yields a stub for the block.

    Extra keyword arguments override its settings (the spool lives in ``tmp_path``).
    """

    @contextlib.asynccontextmanager
    async def started(
        database_url: str, **overrides: Any
    ) -> AsyncIterator[post_grpc.PostProcessorServiceAsyncStub]:
        settings = PostProcessorSettings(
            **{
                "database_url": database_url,
                "metrics_port_offset": 0,
                "bind_host": "127.0.0.1",
                "internal_token": SecretStr(INTERNAL_TOKEN),
                "post_spool_path": tmp_path / "spool.sqlite3",
                **overrides,
            }
        )
        running = await start(build_spec(settings), port=0)
        channel = create_channel(f"127.0.0.1:{running.port}", INTERNAL_TOKEN)
        try:
            yield post_grpc.PostProcessorServiceStub(channel)
        finally:
            await channel.close(None)
            await running.stop(0)

    return started


@pytest.fixture(scope="session")
def mesh(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Mesh]:
    """One mesh per session with the embedded defaults (SQLite, local packs, local model)."""
    work = tmp_path_factory.mktemp("mesh")
    try:
        with running_mesh(
            work,
            # Many tests share one user; test_rate_limits checks the default budgets separately.
            extra_env={
                "NF_RATELIMIT_USER_PER_MINUTE": "100000",
                "NF_RATELIMIT_TENANT_PER_MINUTE": "1000000",
            },
            gateway_overrides={"cors_origins": (ALLOWED_ORIGIN,)},
        ) as running:
            yield running
    except RuntimeError as error:
        logs = "\n".join(f"--- {p.name}\n{p.read_text()[-1500:]}" for p in work.glob("*.log"))
        pytest.fail(f"{error}\n{logs}", pytrace=False)


@pytest.fixture(params=["sqlite", "postgres"])
async def database(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Database]:
    """An empty database of each backend (SQLite in ``tmp_path/data``, the test PostgreSQL)."""
    db: Database
    if request.param == "sqlite":
        db = await SqliteDatabase.open(tmp_path / "data" / "neuroforge.db")
    else:
        db = await PostgresDatabase.open(request.getfixturevalue("postgres_dsn"), 1, 4)
    try:
        yield db
    finally:
        await db.close()
