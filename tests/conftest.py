"""Fixtures shared by every test folder: real PostgreSQL and Redis, inference records."""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import time
import uuid
from collections.abc import Callable, Coroutine, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

import asyncpg
import pytest
import redis

from neuroforge.common.v1 import pipeline_pb2 as common_pb

T = TypeVar("T")

POSTGRES_ADMIN_DSN = os.environ.get(
    "NF_TEST_POSTGRES_DSN", "postgresql://postgres@127.0.0.1:5432/test"
)


def _run(coroutine: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine to completion from sync code, even inside a running event loop."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


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
    if _run(_postgres_answers(POSTGRES_ADMIN_DSN)):
        return POSTGRES_ADMIN_DSN
    _start_postgres()
    for _ in range(30):
        if _run(_postgres_answers(POSTGRES_ADMIN_DSN)):
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

    _run(admin(f'CREATE DATABASE "{name}"'))
    base = postgres_admin_dsn.rsplit("/", 1)[0]
    try:
        yield f"{base}/{name}"
    finally:
        _run(admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


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


RecordFactory = Callable[..., common_pb.InferenceRecord]

_BASE_CREATED_US = 1_767_225_600_000_000  # 2026-01-01T00:00:00Z


def _score(value: float, method: str) -> common_pb.Score:
    return common_pb.Score(value=value, method=method, reason=f"{method} reason")


def _make_record(
    inference_id: str,
    *,
    tenant_id: str = "tenant-a",
    domain: common_pb.Domain.ValueType = common_pb.DOMAIN_LITERARY,
    task_type: common_pb.TaskType.ValueType = common_pb.TASK_TYPE_ANALYSIS,
    created_at_us: int = _BASE_CREATED_US,
    chunk_ids: Sequence[str] = ("literary-demo/01-unreliable-narrators#3",),
    output: str = "An unreliable narrator is one whose account the reader doubts. [1]",
) -> common_pb.InferenceRecord:
    record = common_pb.InferenceRecord(
        inference_id=inference_id,
        request_id=f"req-{inference_id}",
        domain=domain,
        task_type=task_type,
        context_pack_id="literary-demo",
        user_query="What makes a narrator unreliable?",
        additional_context="",
        temperature=0.7,
        max_tokens=512,
        output=output,
        model_id="local/extractive",
        evaluation_score=0.8125,
        passed_evaluation=True,
        tokens_used=321,
        latency_ms=42,
        provenance=common_pb.Provenance(
            pack_id="literary-demo",
            pack_version="2026.11.1",
            chunk_ids=list(chunk_ids),
            tier=common_pb.CONTEXT_TIER_LOCAL_PACK,
            degraded=False,
            template_id="literary/analysis@1",
        ),
        evaluation=common_pb.Evaluation(
            overall_score=0.8125,
            passed=True,
            pass_threshold=0.6,
            relevance=_score(0.75, "lexical-recall"),
            correctness=_score(1.0, "sentence-support"),
            coherence=_score(0.875, "structure"),
            policy_compliance=_score(1.0, "pattern-policy"),
            context_overlap=_score(0.5, "term-precision"),
        ),
        tenant_id=tenant_id,
        user_id="user-1",
        fallback_used=False,
    )
    record.created_at.FromMicroseconds(created_at_us)
    return record


@pytest.fixture
def make_record() -> RecordFactory:
    """Factory for a complete ``InferenceRecord``; keyword arguments override the defaults."""
    return _make_record


@pytest.fixture
def base_created_us() -> int:
    """A fixed creation time (microseconds since the epoch) for building record timelines."""
    return _BASE_CREATED_US
