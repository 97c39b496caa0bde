"""`make run`: start the six services, Envoy and a readiness reporter under honcho."""

from __future__ import annotations

import shlex
import sys

from honcho.manager import Manager

from nf_devtools.devkeys import ensure_dev_keys, ensure_internal_token
from nf_devtools.gateway import config_from_settings
from nf_devtools.mesh import envoy_process, service_processes
from nf_devtools.paths import GATEWAY_BUILD_DIR, REPO_ROOT


def main() -> None:
    ensure_dev_keys()
    ensure_internal_token()
    processes = [
        *service_processes(),
        envoy_process(config_from_settings(), GATEWAY_BUILD_DIR / "envoy.yaml"),
    ]
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
