"""Fixtures shared by every test folder: real PostgreSQL, started if installed but stopped."""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import asyncpg
import pytest
import redis

POSTGRES_ADMIN_DSN = os.environ.get(
    "NF_TEST_POSTGRES_DSN", "postgresql://postgres@127.0.0.1:5432/test"
)


async def _postgres_answers(dsn: str) -> bool:
    try:
        connection = await asyncpg.connect(dsn, timeout=3)
    except (OSError, asyncpg.PostgresError, TimeoutError):
        return False
    await connection.close()
    return True


def _start_postgres() -> None:
    if shutil.which("pg_ctlcluster") is None or not Path("/etc/postgresql").is_dir():
        pytest.fail(
            "PostgreSQL is not installed on this machine: the persistence tests need a server at "
            f"{POSTGRES_ADMIN_DSN} (apt-get install postgresql, or set NF_TEST_POSTGRES_DSN)",
            pytrace=False,
        )
    for version in sorted(os.listdir("/etc/postgresql")):
        subprocess.run(
            ["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "start"],
            check=False,
            capture_output=True,
            timeout=60,
        )


@pytest.fixture(scope="session")
def postgres_admin_dsn() -> str:
    """DSN of a running PostgreSQL (started here when installed but stopped)."""
    if asyncio.run(_postgres_answers(POSTGRES_ADMIN_DSN)):
        return POSTGRES_ADMIN_DSN
    _start_postgres()
    for _ in range(30):
        if asyncio.run(_postgres_answers(POSTGRES_ADMIN_DSN)):
            return POSTGRES_ADMIN_DSN
        time.sleep(1)
    pytest.fail(
        f"PostgreSQL did not answer at {POSTGRES_ADMIN_DSN} after starting it", pytrace=False
    )


@pytest.fixture
def postgres_dsn(postgres_admin_dsn: str) -> Iterator[str]:
    """A fresh, empty database for one test, dropped afterwards."""
    name = f"nf_test_{uuid.uuid4().hex[:12]}"

    async def admin(sql: str) -> None:
        connection = await asyncpg.connect(postgres_admin_dsn)
        try:
            await connection.execute(sql)
        finally:
            await connection.close()

    asyncio.run(admin(f'CREATE DATABASE "{name}"'))
    base = postgres_admin_dsn.rsplit("/", 1)[0]
    try:
        yield f"{base}/{name}"
    finally:
        asyncio.run(admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


REDIS_URL = os.environ.get("NF_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
REDIS_START = [
    "redis-server",
    "--daemonize",
    "yes",
    "--bind",
    "127.0.0.1",
    "-::1",
    "--port",
    "6379",
    "--save",
    "",
    "--appendonly",
    "no",
    "--dir",
    "/var/lib/redis",
    "--logfile",
    "/var/log/redis/ci.log",
]


def _redis_answers(url: str) -> bool:
    client = redis.Redis.from_url(url, socket_connect_timeout=2)
    try:
        return bool(client.ping())
    except redis.RedisError:
        return False
    finally:
        client.close()


@pytest.fixture(scope="session")
def redis_url() -> str:
    """URL of a running Redis (started here when installed but stopped)."""
    if _redis_answers(REDIS_URL):
        return REDIS_URL
    if shutil.which("redis-server") is None:
        pytest.fail(
            f"Redis is not installed: the shared-state tests need a server at {REDIS_URL} "
            "(apt-get install redis-server, or set NF_TEST_REDIS_URL)",
            pytrace=False,
        )
    subprocess.run(REDIS_START, check=False, capture_output=True, timeout=30)
    for _ in range(30):
        if _redis_answers(REDIS_URL):
            return REDIS_URL
        time.sleep(0.5)
    pytest.fail(f"Redis did not answer at {REDIS_URL} after starting it", pytrace=False)
