"""The real mesh (six service processes and Envoy) and both databases for integration tests."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from nf_core.db import Database, PostgresDatabase, SqliteDatabase
from nf_devtools.mesh import Mesh, running_mesh

ALLOWED_ORIGIN = "https://app.neuroforge.test"


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
