"""`make run`: start the six services, Envoy and a readiness reporter under honcho."""

from __future__ import annotations

import shlex
import sys

from honcho.manager import Manager

from nf_core.settings import MeshSettings
from nf_devtools.gateway import GatewayConfig
from nf_devtools.mesh import envoy_process, service_processes
from nf_devtools.paths import GATEWAY_BUILD_DIR, REPO_ROOT
from nf_devtools.settings import DevSettings


def main() -> None:
    mesh, dev = MeshSettings(), DevSettings()
    gateway = GatewayConfig(
        listen_port=dev.gateway_port,
        admin_port=dev.gateway_admin_port,
        orchestrators=[(mesh.bind_host, mesh.orchestrator_port)],
    )
    processes = [*service_processes(), envoy_process(gateway, GATEWAY_BUILD_DIR / "envoy.yaml")]
    manager = Manager()
    for process in processes:
        manager.add_process(process.name, shlex.join(process.argv), cwd=str(REPO_ROOT))
    manager.add_process(
        "ready", shlex.join([sys.executable, "-m", "nf_devtools.ready"]), cwd=str(REPO_ROOT)
    )
    manager.loop()
    sys.exit(manager.returncode)


if __name__ == "__main__":
    main()
