"""The processes of a local mesh: six services and Envoy (shared by `make run` and the tests)."""

from __future__ import annotations

import asyncio
import os
import random
import secrets
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import grpc
import httpx
from grpc import aio
from grpc_health.v1 import health_pb2, health_pb2_grpc

from nf_core.settings import MeshSettings, Stage
from nf_devtools.devkeys import ensure_dev_keys, mint
from nf_devtools.gateway import GatewayConfig, envoy_binary, write
from nf_devtools.paths import REPO_ROOT

# Stages first so the orchestrator and Envoy find them serving.
START_ORDER = (
    Stage.CONTEXT_BUILDER,
    Stage.PROMPT_ENGINE,
    Stage.MODEL_ROUTER,
    Stage.EVALUATOR,
    Stage.POST_PROCESSOR,
    Stage.ORCHESTRATOR,
)


@dataclass(frozen=True)
class ProcessSpec:
    """One process to launch."""

    name: str
    argv: list[str]


def service_processes() -> list[ProcessSpec]:
    """The six gRPC services, run with the current interpreter."""
    return [
        ProcessSpec(stage.value, [sys.executable, "-m", f"services.{stage.value}"])
        for stage in START_ORDER
    ]


def envoy_process(config: GatewayConfig, config_path: Path) -> ProcessSpec:
    """Envoy with a freshly rendered config."""
    write(config, config_path)
    return ProcessSpec(
        "gateway",
        [envoy_binary(), "-c", str(config_path), "--use-dynamic-base-id", "--log-level", "warning"],
    )


async def _serving(address: str, probe_seconds: float) -> bool:
    async with aio.insecure_channel(address) as channel:
        try:
            response = await health_pb2_grpc.HealthStub(channel).Check(
                health_pb2.HealthCheckRequest(), timeout=probe_seconds
            )
        except grpc.RpcError:
            return False
    return bool(response.status == health_pb2.HealthCheckResponse.SERVING)


async def wait_until_serving(
    settings: MeshSettings,
    deadline_seconds: float,
    processes: list[subprocess.Popen[bytes]] | None = None,
) -> list[str]:
    """Poll every service's health until all are SERVING; return those that never were.

    Gives up early when one of ``processes`` has exited (it will never serve).
    """
    pending = {stage: f"{settings.bind_host}:{settings.port_of(stage)}" for stage in START_ORDER}
    give_up = time.monotonic() + deadline_seconds
    while pending and time.monotonic() < give_up:
        if processes and any(process.poll() is not None for process in processes):
            break
        results = await asyncio.gather(*(_serving(a, 0.5) for a in pending.values()))
        for stage, ok in zip(list(pending), results, strict=True):
            if ok:
                del pending[stage]
        if pending:
            await asyncio.sleep(0.2)
    return [stage.value for stage in pending]


METRICS_OFFSET = 1000


@dataclass(frozen=True)
class Mesh:
    """Addresses of a running local mesh."""

    settings: MeshSettings
    gateway_url: str
    gateway_admin_port: int
    env: dict[str, str]
    log_dir: Path
    jwt_dir: Path
    internal_token: str
    orchestrator_ports: tuple[int, ...] = ()
    processes: dict[str, int] = field(default_factory=dict)

    def token(
        self,
        subject: str = "alice",
        tenant: str = "acme",
        roles: tuple[str, ...] = ("user",),
        **overrides: Any,
    ) -> str:
        """A token signed with this mesh's test keys (see ``devkeys.mint`` for overrides)."""
        return mint(subject, tenant, list(roles), directory=self.jwt_dir, **overrides)

    def auth(
        self, subject: str = "alice", tenant: str = "acme", roles: tuple[str, ...] = ("user",)
    ) -> dict[str, str]:
        """An ``authorization`` header for REST calls."""
        return {"authorization": f"Bearer {self.token(subject, tenant, roles)}"}

    def grpc_address(self, stage: Stage) -> str:
        """host:port of a service."""
        return self.settings.address_of(stage)

    def metrics_url(self, stage: Stage) -> str:
        """URL of a service's Prometheus endpoint."""
        return f"http://127.0.0.1:{self.settings.port_of(stage) + METRICS_OFFSET}/metrics"


def _port_is_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def free_port_block(size: int) -> int:
    """A base port such that base..base+size-1 and their metrics twins are free on loopback."""
    for _ in range(200):
        base = random.randrange(20_000, 40_000, 20)
        if all(
            _port_is_free(p) and _port_is_free(p + METRICS_OFFSET) for p in range(base, base + size)
        ):
            return base
    raise RuntimeError("no free port block on 127.0.0.1")


def stop_processes(processes: list[subprocess.Popen[bytes]]) -> None:
    """SIGTERM every process (they drain in parallel), then wait; kill any still up after 10 s."""
    for process in processes:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
    for process in processes:
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


async def gateway_ready(url: str, deadline_seconds: float) -> bool:
    """Poll ``/health/ready`` through Envoy until it answers 200 or the deadline passes."""
    async with httpx.AsyncClient(timeout=1.0) as client:
        give_up = time.monotonic() + deadline_seconds
        while time.monotonic() < give_up:
            try:
                if (await client.get(f"{url}/health/ready")).status_code == 200:
                    return True
            except httpx.HTTPError:
                pass
            await asyncio.sleep(0.2)
    return False


async def _every_replica_routed(
    url: str, admin_port: int, ports: tuple[int, ...], deadline_seconds: float
) -> bool:
    """Probe through Envoy until it has routed a request to every orchestrator replica.

    Envoy can list a host as healthy a moment before every worker routes to it; tests that
    compare replicas need the routing, so wait for that instead. Probes use fresh connections
    so that they reach every Envoy worker.
    """
    fresh = httpx.Limits(max_keepalive_connections=0)
    async with httpx.AsyncClient(timeout=1.0, limits=fresh) as client:
        give_up = time.monotonic() + deadline_seconds
        while time.monotonic() < give_up:
            try:
                await client.get(f"{url}/health/live")
                clusters = (await client.get(f"http://127.0.0.1:{admin_port}/clusters")).text
            except httpx.HTTPError:
                clusters = ""
            routed = {
                int(line.split("::")[1].rsplit(":", 1)[1])
                for line in clusters.splitlines()
                if line.startswith("orchestrator::")
                and "::rq_total::" in line
                and not line.endswith("::rq_total::0")
            }
            if set(ports) <= routed:
                return True
            await asyncio.sleep(0.1)
    return False


@contextmanager
def running_mesh(
    work_dir: Path,
    extra_env: dict[str, str] | None = None,
    gateway_overrides: dict[str, Any] | None = None,
    orchestrator_replicas: int = 1,
) -> Iterator[Mesh]:
    """Start six services and Envoy on free loopback ports; stop them on exit.

    Services get the embedded defaults (SQLite in ``work_dir``) and fresh signing keys and
    internal credential unless ``extra_env`` overrides them; each process logs to
    ``work_dir/<name>.log``. Extra orchestrator replicas listen on the ports after the stages'
    and all sit behind Envoy. ``NF_TRACING_OTLP_ENDPOINT`` / ``NF_TRACING_SAMPLE_RATIO`` in
    ``extra_env`` point Envoy at the same collector as the services.
    """
    jwt_dir = work_dir / "jwt"
    ensure_dev_keys(jwt_dir)
    internal_token = secrets.token_urlsafe(24)
    base = free_port_block(12)
    ports = {f"{stage.value}_port": base + offset for offset, stage in enumerate(START_ORDER)}
    env = {key: value for key, value in os.environ.items() if not key.startswith("NF_")}
    env.update({f"NF_{name.upper()}": str(port) for name, port in ports.items()})
    env.update(
        {
            "NF_BIND_HOST": "127.0.0.1",
            "NF_METRICS_PORT_OFFSET": str(METRICS_OFFSET),
            "NF_DATABASE_URL": f"sqlite:///{work_dir / 'neuroforge.sqlite3'}",
            "NF_GATEWAY_PORT": str(base + 10),
            "NF_GATEWAY_ADMIN_PORT": str(base + 11),
            "NF_SHUTDOWN_GRACE_SECONDS": "1",
            "NF_AUTH_JWKS_FILE": str(jwt_dir / "jwks.json"),
            "NF_INTERNAL_TOKEN": internal_token,
        }
    )
    env.update(extra_env or {})
    settings = MeshSettings(bind_host="127.0.0.1", **ports)  # type: ignore[arg-type]
    replica_ports = (
        settings.orchestrator_port,
        *range(base + 6, base + 6 + orchestrator_replicas - 1),
    )
    tracing = {
        "tracing_endpoint": env.get("NF_TRACING_OTLP_ENDPOINT", ""),
        "tracing_sample_ratio": float(env.get("NF_TRACING_SAMPLE_RATIO", "1")),
    }
    gateway = GatewayConfig(
        listen_port=base + 10,
        admin_port=base + 11,
        orchestrators=[("127.0.0.1", port) for port in replica_ports],
        jwks_file=jwt_dir / "jwks.json",
        **{**tracing, **(gateway_overrides or {})},
    )
    launches = [(spec, env) for spec in service_processes()]
    for number, port in enumerate(replica_ports[1:], start=2):
        replica = ProcessSpec(f"orchestrator-{number}", service_processes()[-1].argv)
        launches.append((replica, {**env, "NF_ORCHESTRATOR_PORT": str(port)}))
    launches.append((envoy_process(gateway, work_dir / "envoy.yaml"), env))
    processes: list[subprocess.Popen[bytes]] = []
    try:
        for spec, spec_env in launches:
            with (work_dir / f"{spec.name}.log").open("wb") as log:
                processes.append(
                    subprocess.Popen(
                        spec.argv,
                        cwd=REPO_ROOT,
                        env=spec_env,
                        stdout=log,
                        stderr=subprocess.STDOUT,
                    )
                )
        missing = asyncio.run(wait_until_serving(settings, 60, processes))
        if missing:
            raise RuntimeError(f"never SERVING: {missing}; see logs in {work_dir}")
        url = f"http://127.0.0.1:{base + 10}"
        if not asyncio.run(gateway_ready(url, 30)):
            raise RuntimeError(f"Envoy never reported the mesh ready; see {work_dir}/gateway.log")
        if not asyncio.run(_every_replica_routed(url, base + 11, replica_ports, 30)):
            raise RuntimeError(f"Envoy never routed to every orchestrator; see {work_dir}")
        pids = {
            spec.name: process.pid for (spec, _), process in zip(launches, processes, strict=True)
        }
        yield Mesh(
            settings,
            url,
            base + 11,
            env,
            work_dir,
            jwt_dir,
            internal_token,
            tuple(replica_ports),
            pids,
        )
    finally:
        stop_processes(processes)
