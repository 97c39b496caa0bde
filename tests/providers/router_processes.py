"""Real Model Router processes (``python -m services.model_router``) on free loopback ports."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import grpc
import redis.asyncio as aioredis
from grpc import aio
from grpc_health.v1 import health_pb2, health_pb2_grpc

from neuroforge.router.v1 import router_service_pb2_grpc as pb_grpc
from nf_devtools.fakes.harness import unused_port
from nf_devtools.mesh import stop_processes

REPO_ROOT = Path(__file__).resolve().parents[2]
TOKEN_HEADER = "x-nf-internal-token"


@dataclass
class Replica:
    """One running router and a stub on it."""

    address: str
    process: subprocess.Popen[bytes]
    channel: aio.Channel
    stub: pb_grpc.RouterServiceAsyncStub


@dataclass
class Replicas:
    """The running routers and what a caller needs to talk to them."""

    replicas: list[Replica]
    metadata: tuple[tuple[str, str], ...]
    prefix: str


async def _serving(address: str) -> bool:
    async with aio.insecure_channel(address) as channel:
        try:
            response = await health_pb2_grpc.HealthStub(channel).Check(
                health_pb2.HealthCheckRequest(), timeout=0.5
            )
        except grpc.RpcError:
            return False
    return bool(response.status == health_pb2.HealthCheckResponse.SERVING)


async def _drop_keys(redis_url: str, prefix: str) -> None:
    client = aioredis.Redis.from_url(redis_url)
    try:
        keys = [key async for key in client.scan_iter(match=f"{prefix}*")]
        if keys:
            await client.delete(*keys)
    finally:
        await client.aclose()


def _launch(log: Path, env: dict[str, str], port: int) -> subprocess.Popen[bytes]:
    with log.open("wb") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "services.model_router"],
            cwd=REPO_ROOT,
            env={**env, "NF_MODEL_ROUTER_PORT": str(port)},
            stdout=out,
            stderr=subprocess.STDOUT,
        )


def _logs(log_dir: Path) -> str:
    return "\n".join(p.read_text()[-1500:] for p in sorted(log_dir.glob("router-*.log")))


@asynccontextmanager
async def router_replicas(
    count: int, redis_url: str, log_dir: Path, extra_env: dict[str, str] | None = None
) -> AsyncIterator[Replicas]:
    """Start ``count`` routers sharing one Redis under a fresh key prefix; stop them and drop
    the prefix's keys afterwards."""
    token = uuid.uuid4().hex
    prefix = f"nf:test:{uuid.uuid4().hex[:10]}:"
    env = {key: value for key, value in os.environ.items() if not key.startswith("NF_")}
    env.update(
        {
            "NF_BIND_HOST": "127.0.0.1",
            "NF_METRICS_PORT_OFFSET": "0",
            "NF_REDIS_URL": redis_url,
            "NF_ROUTER_STATE_PREFIX": prefix,
            "NF_INTERNAL_TOKEN": token,
            "NF_LOG_LEVEL": "WARNING",
            **(extra_env or {}),
        }
    )
    processes: list[subprocess.Popen[bytes]] = []
    replicas: list[Replica] = []
    try:
        addresses = []
        for number in range(count):
            port = unused_port()
            addresses.append(f"127.0.0.1:{port}")
            processes.append(_launch(log_dir / f"router-{number}.log", env, port))
        give_up = time.monotonic() + 60
        pending = set(addresses)
        while pending:
            if time.monotonic() > give_up or any(p.poll() is not None for p in processes):
                logs = await asyncio.to_thread(_logs, log_dir)
                raise RuntimeError(f"routers never SERVING: {sorted(pending)}\n{logs}")
            ready = await asyncio.gather(*(_serving(a) for a in sorted(pending)))
            pending -= {a for a, ok in zip(sorted(pending), ready, strict=True) if ok}
            await asyncio.sleep(0.1)
        for address, process in zip(addresses, processes, strict=True):
            channel = aio.insecure_channel(address)
            replicas.append(Replica(address, process, channel, pb_grpc.RouterServiceStub(channel)))
        yield Replicas(replicas, ((TOKEN_HEADER, token),), prefix)
    finally:
        for replica in replicas:
            await replica.channel.close(None)
        await asyncio.to_thread(stop_processes, processes)
        await _drop_keys(redis_url, prefix)
