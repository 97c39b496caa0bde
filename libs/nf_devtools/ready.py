"""Waits until the whole mesh answers, then prints how to call it (a `make run` process)."""

from __future__ import annotations

import asyncio
import signal
import sys

from nf_core.settings import MeshSettings
from nf_devtools.devkeys import mint
from nf_devtools.mesh import gateway_ready, wait_until_serving
from nf_devtools.settings import DevSettings

_EXAMPLE_BODY = (
    '{"domain":"DOMAIN_LITERARY","task_type":"TASK_TYPE_ANALYSIS",'
    '"context_pack_id":"literary-demo","user_query":"What makes a narrator unreliable?"}'
)


def instructions(mesh: MeshSettings, dev: DevSettings, token: str) -> str:
    """The lines printed once the mesh is up."""
    gateway = f"http://127.0.0.1:{dev.gateway_port}"
    grpc_address = f"{mesh.bind_host}:{mesh.orchestrator_port}"
    return "\n".join(
        [
            "",
            "NeuroForge is up: six services and Envoy.",
            f"  REST gateway   {gateway}   (health: {gateway}/health/ready)",
            f"  gRPC           {grpc_address}",
            "",
            "A development token (alice, tenant acme, role user; 24 h; make token for others):",
            f"  export NF_TOKEN={token}",
            "",
            "Try it:",
            f'  curl -s {gateway}/api/v1/inference -H "authorization: Bearer $NF_TOKEN" \\',
            f"       -H 'content-type: application/json' -d '{_EXAMPLE_BODY}'",
            f"  .venv/bin/grpcurl -plaintext {grpc_address} list",
            '  .venv/bin/grpcurl -plaintext -H "authorization: Bearer $NF_TOKEN" \\',
            f"       -d '{_EXAMPLE_BODY}' \\",
            f"       {grpc_address} neuroforge.inference.v1.InferenceService/Infer",
            "",
            "Ctrl-C stops everything.",
            "",
        ]
    )


async def _main() -> int:
    mesh, dev = MeshSettings(), DevSettings()
    missing = await wait_until_serving(mesh, 60)
    if missing:
        print(f"these services did not become SERVING: {', '.join(missing)}", file=sys.stderr)
        return 1
    if not await gateway_ready(f"http://127.0.0.1:{dev.gateway_port}", 30):
        print("Envoy did not report the mesh ready within 30 s", file=sys.stderr)
        return 1
    token = mint("alice", "acme", ["user"], ttl_seconds=24 * 3600)
    print(instructions(mesh, dev, token), flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    await stop.wait()
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(_main()))
