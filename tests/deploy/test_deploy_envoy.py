"""The chart's Envoy config is the local gateway's template, and Envoy accepts it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from nf_devtools import chart
from nf_devtools.chart import find
from nf_devtools.gateway import GatewayConfig, validate
from nf_devtools.gateway import render as render_locally
from nf_devtools.paths import DESCRIPTOR_SET

DESCRIPTOR_IN_POD = "/etc/neuroforge/descriptor/neuroforge.binpb"
JWKS_IN_POD = "/etc/neuroforge/jwks/jwks.json"
ORCHESTRATOR = ("nf-neuroforge-orchestrator-headless.ai.svc.cluster.local", 50051)

# Chart values -> the GatewayConfig that `python -m nf_devtools.gateway` would need to match.
CASES: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {
    "remote https JWKS (default)": (
        {},
        {"jwks_url": "https://auth.neuroforge.local/dev/.well-known/jwks.json"},
    ),
    "remote http JWKS with a port, CORS, limits": (
        {
            "auth": {
                "jwksUrl": "http://keys.identity.svc:8081/jwks",
                "jwksCacheSeconds": 60,
                "issuer": "https://id.example.com/",
                "audience": "nf-api",
                "clockSkewSeconds": 10,
            },
            "gateway": {
                "corsOrigins": ["https://app.example.com", "http://localhost:3000"],
                "maxRequestBytes": 1_000_000,
                "routeTimeout": "120s",
                "port": 8443,
                "adminPort": 9000,
            },
        },
        {
            "jwks_url": "http://keys.identity.svc:8081/jwks",
            "jwks_cache_seconds": 60,
            "jwt_issuer": "https://id.example.com/",
            "jwt_audience": "nf-api",
            "clock_skew_seconds": 10,
            "cors_origins": ("https://app.example.com", "http://localhost:3000"),
            "max_request_bytes": 1_000_000,
            "route_timeout": "120s",
            "listen_port": 8443,
            "admin_port": 9000,
        },
    ),
}


def _envoy_yaml(values: dict[str, Any]) -> str:
    objects = chart.manifests(chart.render(values, release="nf", namespace="ai"))
    text: str = find(objects, "ConfigMap", "nf-neuroforge-gateway")["data"]["envoy.yaml"]
    return text


def _with_local_files(config: str, tmp_path: Path, jwks: str) -> Path:
    """The rendered config with the pod's mount paths pointed at files on this machine."""
    (tmp_path / "jwks.json").write_text(jwks)
    config = config.replace(DESCRIPTOR_IN_POD, str(DESCRIPTOR_SET))
    config = config.replace(JWKS_IN_POD, str(tmp_path / "jwks.json"))
    path = tmp_path / "envoy.yaml"
    path.write_text(config)
    return path


@pytest.mark.parametrize("case", sorted(CASES))
def test_chart_renders_the_template_exactly_like_the_local_gateway(case: str) -> None:
    values, overrides = CASES[case]
    local = render_locally(
        GatewayConfig(
            listen_host="0.0.0.0",
            admin_host="0.0.0.0",
            orchestrators=[ORCHESTRATOR],
            descriptor_set=Path(DESCRIPTOR_IN_POD),
            **overrides,
        )
    )
    # YAML's block scalar keeps one final newline where the template may leave two.
    assert _envoy_yaml(values).rstrip("\n") == local.rstrip("\n")


def test_local_jwks_renders_like_the_local_gateway(dev_jwks: str) -> None:
    rendered = _envoy_yaml({"auth": {"jwksUrl": "", "localJwks": dev_jwks}})
    local = render_locally(
        GatewayConfig(
            listen_host="0.0.0.0",
            admin_host="0.0.0.0",
            orchestrators=[ORCHESTRATOR],
            descriptor_set=Path(DESCRIPTOR_IN_POD),
            jwks_file=Path(JWKS_IN_POD),
        )
    )
    assert rendered.rstrip("\n") == local.rstrip("\n")
    assert "remote_jwks" not in rendered


@pytest.mark.parametrize(
    "values",
    [
        pytest.param({}, id="default"),
        pytest.param(chart.values_file("production"), id="production"),
        pytest.param(CASES["remote http JWKS with a port, CORS, limits"][0], id="cors"),
        pytest.param({"auth": {"jwksUrl": ""}}, id="local-jwks"),
    ],
)
def test_envoy_accepts_the_rendered_config(
    values: dict[str, Any], tmp_path: Path, dev_jwks: str
) -> None:
    if values.get("auth", {}).get("jwksUrl") == "":
        values = chart.merge_values(values, {"auth": {"localJwks": dev_jwks}})
    assert DESCRIPTOR_SET.exists(), "build it with: make setup"
    path = _with_local_files(_envoy_yaml(values), tmp_path, dev_jwks)
    result = validate(path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_envoy_rejects_a_config_whose_descriptor_is_missing(tmp_path: Path, dev_jwks: str) -> None:
    # Proves the validation above reads the files the chart mounts.
    (tmp_path / "jwks.json").write_text(dev_jwks)
    path = tmp_path / "envoy.yaml"
    path.write_text(_envoy_yaml({}))
    assert validate(path).returncode != 0


def test_rendered_config_is_yaml_that_targets_the_headless_orchestrator_service() -> None:
    config = yaml.safe_load(_envoy_yaml({}))
    (orchestrator,) = [
        c for c in config["static_resources"]["clusters"] if c["name"] == "orchestrator"
    ]
    assert orchestrator["type"] == "STRICT_DNS"
    endpoint = orchestrator["load_assignment"]["endpoints"][0]["lb_endpoints"][0]["endpoint"]
    assert endpoint["address"]["socket_address"] == {
        "address": ORCHESTRATOR[0],
        "port_value": ORCHESTRATOR[1],
    }
