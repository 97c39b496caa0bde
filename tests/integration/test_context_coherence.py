"""Three Context Builder replicas sharing Redis: one cache, and invalidations reach all of them."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator

import grpc
import pytest
import redis

from neuroforge.common.v1 import pipeline_pb2 as common_pb
from neuroforge.context.v1 import context_service_pb2 as context_pb
from neuroforge.context.v1 import context_service_pb2_grpc as context_grpc
from neuroforge.stage.v1 import stage_info_service_pb2 as stage_pb
from neuroforge.stage.v1 import stage_info_service_pb2_grpc as stage_grpc
from nf_core.channels import INTERNAL_TOKEN_HEADER
from nf_core.settings import Stage
from nf_devtools.fake_dataforge import FakeDataForge, send_context_updated
from nf_devtools.mesh import Mesh, free_port_block, running_mesh, stop_processes
from nf_devtools.paths import REPO_ROOT

SECRET = "coherence-secret"
QUERY = "What makes a narrator unreliable?"


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeDataForge]:
    dataforge = FakeDataForge().start_in_thread()
    yield dataforge
    dataforge.stop_thread()


@pytest.fixture(scope="module")
def replicas(
    tmp_path_factory: pytest.TempPathFactory, fake: FakeDataForge, redis_url: str
) -> Iterator[tuple[Mesh, list[str]]]:
    """A mesh plus two extra Context Builder processes: three replicas, one Redis."""
    client = redis.Redis.from_url(redis_url)
    for key in client.scan_iter(match="nf:ctx:*"):
        client.unlink(key)
    client.close()
    work = tmp_path_factory.mktemp("coherence")
    env = {
        "NF_REDIS_URL": redis_url,
        "NF_DATAFORGE_URL": fake.url,
        "NF_DATAFORGE_WEBHOOK_SECRET": SECRET,
        "NF_CONTEXT_LKG_PATH": str(work / "lkg.sqlite3"),
    }
    with running_mesh(work, extra_env=env) as mesh:
        base = free_port_block(2)
        extra: list[subprocess.Popen[bytes]] = []
        try:
            for port in (base, base + 1):
                with (work / f"context_builder-{port}.log").open("wb") as log:
                    extra.append(
                        subprocess.Popen(
                            [sys.executable, "-m", "services.context_builder"],
                            cwd=REPO_ROOT,
                            env={**mesh.env, "NF_CONTEXT_BUILDER_PORT": str(port)},
                            stdout=log,
                            stderr=subprocess.STDOUT,
                        )
                    )
            addresses = [mesh.grpc_address(Stage.CONTEXT_BUILDER)] + [
                f"127.0.0.1:{port}" for port in (base, base + 1)
            ]
            _wait_subscribed(mesh, addresses, 30.0)
            yield mesh, addresses
        finally:
            stop_processes(extra)


def _details(mesh: Mesh, address: str) -> dict[str, str]:
    with grpc.insecure_channel(address) as channel:
        response = stage_grpc.StageInfoServiceStub(channel).GetStageInfo(
            stage_pb.GetStageInfoRequest(),
            timeout=2,
            metadata=((INTERNAL_TOKEN_HEADER, mesh.internal_token),),
        )
    return dict(response.details)


def _wait_subscribed(mesh: Mesh, addresses: list[str], seconds: float) -> None:
    give_up = time.monotonic() + seconds
    pending = set(addresses)
    while pending and time.monotonic() < give_up:
        for address in list(pending):
            try:
                if _details(mesh, address).get("invalidation_channel") == "subscribed":
                    pending.discard(address)
            except grpc.RpcError:
                pass
        time.sleep(0.1)
    if pending:
        raise RuntimeError(f"replicas never subscribed: {sorted(pending)}")


def _build(mesh: Mesh, address: str) -> common_pb.ContextWindow:
    with grpc.insecure_channel(address) as channel:
        response = context_grpc.ContextServiceStub(channel).BuildContext(
            context_pb.BuildContextRequest(
                pack_id="literary-demo", domain=common_pb.DOMAIN_LITERARY, query=QUERY
            ),
            timeout=10,
            metadata=((INTERNAL_TOKEN_HEADER, mesh.internal_token),),
        )
    return response.context


def test_replicas_share_one_cache(replicas: tuple[Mesh, list[str]], fake: FakeDataForge) -> None:
    mesh, addresses = replicas
    before = len(fake.recorded("/v1/context"))

    windows = [_build(mesh, address) for address in addresses]

    assert len(fake.recorded("/v1/context")) == before + 1
    assert {w.tier for w in windows} == {common_pb.CONTEXT_TIER_DATAFORGE}
    assert len({w.SerializeToString() for w in windows}) == 1


def test_webhook_invalidation_reaches_all_three_replicas_within_one_second(
    replicas: tuple[Mesh, list[str]], fake: FakeDataForge
) -> None:
    mesh, addresses = replicas
    for address in addresses:
        _build(mesh, address)
    new_version = fake.bump_version("literary-demo")

    started = time.monotonic()
    response = send_context_updated(mesh.gateway_url, SECRET, "literary-demo", new_version)
    assert response.status_code == 200, response.text
    expected = f"literary-demo:{response.json()['generation']}"
    reached: dict[str, float] = {}
    while len(reached) < len(addresses) and time.monotonic() - started < 5:
        for address in addresses:
            if address not in reached and expected in _details(mesh, address).get(
                "invalidation_generations", ""
            ):
                reached[address] = time.monotonic() - started
        time.sleep(0.01)

    assert sorted(reached) == sorted(addresses)
    assert max(reached.values()) < 1.0, reached
    assert {_build(mesh, address).pack_version for address in addresses} == {new_version}
