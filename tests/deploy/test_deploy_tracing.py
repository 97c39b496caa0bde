"""Tracing in the chart: Envoy tracer as in the local gateway; services get the settings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from nf_devtools import chart
from nf_devtools.chart import find
from nf_devtools.gateway import GatewayConfig, validate
from nf_devtools.gateway import render as render_locally
from nf_devtools.paths import DESCRIPTOR_SET

DESCRIPTOR_IN_POD = "/etc/neuroforge/descriptor/neuroforge.binpb"
ORCHESTRATOR = ("nf-neuroforge-orchestrator-headless.ai.svc.cluster.local", 50051)
COLLECTOR = "http://otel-collector.observability.svc:4317"


def _objects(values: dict[str, Any]) -> list[dict[str, Any]]:
    return chart.manifests(chart.render(values, release="nf", namespace="ai"))


def _envoy_yaml(values: dict[str, Any]) -> str:
    text: str = find(_objects(values), "ConfigMap", "nf-neuroforge-gateway")["data"]["envoy.yaml"]
    return text


@pytest.mark.parametrize(
    ("endpoint", "ratio"), [(COLLECTOR, 0.25), ("https://tempo.example.com:443", 1.0)]
)
def test_chart_renders_envoy_tracing_exactly_like_the_local_gateway(
    endpoint: str, ratio: float
) -> None:
    values = {"tracing": {"otlpEndpoint": endpoint, "sampleRatio": ratio}}
    local = render_locally(
        GatewayConfig(
            listen_host="0.0.0.0",
            admin_host="0.0.0.0",
            orchestrators=[ORCHESTRATOR],
            descriptor_set=Path(DESCRIPTOR_IN_POD),
            jwks_url="https://auth.neuroforge.local/dev/.well-known/jwks.json",
            tracing_endpoint=endpoint,
            tracing_sample_ratio=ratio,
        )
    )
    rendered = _envoy_yaml(values)
    assert rendered.rstrip("\n") == local.rstrip("\n")
    config = yaml.safe_load(rendered)
    manager = config["static_resources"]["listeners"][0]["filter_chains"][0]["filters"][0]
    tracing = manager["typed_config"]["tracing"]
    assert tracing["provider"]["name"] == "envoy.tracers.opentelemetry"
    assert tracing["random_sampling"]["value"] == ratio * 100
    clusters = {c["name"]: c for c in config["static_resources"]["clusters"]}
    address = clusters["otel_collector"]["load_assignment"]["endpoints"][0]["lb_endpoints"][0]
    assert address["endpoint"]["address"]["socket_address"]["port_value"] == int(
        endpoint.rsplit(":", 1)[1]
    )


def test_chart_without_an_endpoint_renders_no_tracer() -> None:
    config = yaml.safe_load(_envoy_yaml({}))
    manager = config["static_resources"]["listeners"][0]["filter_chains"][0]["filters"][0]
    assert "tracing" not in manager["typed_config"]
    assert "layered_runtime" not in config
    assert "otel_collector" not in {c["name"] for c in config["static_resources"]["clusters"]}


def test_envoy_accepts_the_chart_config_with_tracing(tmp_path: Path) -> None:
    values = {"tracing": {"otlpEndpoint": COLLECTOR}, "auth": {"jwksUrl": "http://keys:8080/j"}}
    path = tmp_path / "envoy.yaml"
    path.write_text(_envoy_yaml(values).replace(DESCRIPTOR_IN_POD, str(DESCRIPTOR_SET)))
    result = validate(path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_service_gets_the_tracing_and_log_level_settings() -> None:
    values = {
        "tracing": {"otlpEndpoint": COLLECTOR, "sampleRatio": 0.5},
        "config": {"logLevels": "model_router=DEBUG"},
    }
    objects = _objects(values)
    for component in chart.APP_COMPONENTS:
        name = "nf-neuroforge-" + "".join("-" + c.lower() if c.isupper() else c for c in component)
        data = find(objects, "ConfigMap", name)["data"]
        assert data["NF_TRACING_OTLP_ENDPOINT"] == COLLECTOR
        assert data["NF_TRACING_SAMPLE_RATIO"] == "0.5"
        assert data["NF_LOG_LEVELS"] == "model_router=DEBUG"


@pytest.mark.parametrize(
    "tracing",
    [
        {"otlpEndpoint": "otel-collector:4317"},  # no scheme
        {"otlpEndpoint": "http://otel-collector"},  # no port
        {"sampleRatio": 1.5},
    ],
)
def test_schema_rejects_bad_tracing_values(tracing: dict[str, Any]) -> None:
    values = chart.merge_values(yaml.safe_load(chart.VALUES_FILE.read_text()), {"tracing": tracing})
    schema = yaml.safe_load(chart.SCHEMA_FILE.read_text())
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(values, schema)
