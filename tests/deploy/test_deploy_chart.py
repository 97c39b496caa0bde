"""The Helm chart: lint, hardened workloads, network policies, checksums, hooks and secrets."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import helm_python
import pytest

from nf_devtools import chart
from nf_devtools.chart import find

Manifests = list[dict[str, Any]]

# Deployment suffix -> (Python module, gRPC port, components allowed to call it).
STAGES: dict[str, tuple[str, int, set[str]]] = {
    "orchestrator": ("orchestrator", 50051, {"gateway"}),
    "context-builder": ("context_builder", 50052, {"orchestrator"}),
    "prompt-engine": ("prompt_engine", 50053, {"orchestrator"}),
    "model-router": ("model_router", 50054, {"orchestrator", "post-processor"}),
    "evaluator": ("evaluator", 50055, {"orchestrator"}),
    "post-processor": ("post_processor", 50056, {"orchestrator"}),
}
SCALED_OUT = {
    "redis": {"url": "redis://redis.data:6379/0"},
    "postgresql": {"url": "postgresql://nf:secret@pg.data:5432/nf"},
    "orchestrator": {"replicaCount": 3},
    "postProcessor": {"replicaCount": 2},
}


def _container(deployment: dict[str, Any]) -> dict[str, Any]:
    containers: list[dict[str, Any]] = deployment["spec"]["template"]["spec"]["containers"]
    assert len(containers) == 1
    return containers[0]


def _annotations(objects: Manifests, name: str) -> dict[str, str]:
    deployment = find(objects, "Deployment", f"nf-neuroforge-{name}")
    annotations: dict[str, str] = deployment["spec"]["template"]["metadata"]["annotations"]
    return annotations


def _env(deployment: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {entry["name"]: entry for entry in _container(deployment).get("env", [])}


def test_chart_copies_and_schema_are_in_sync_with_the_repository() -> None:
    assert chart.stale() == [], "run: python -m nf_devtools.chart"
    for source, copy in chart.SYNCED_FILES.items():
        assert copy.read_bytes() == source.read_bytes()


def test_a_drifted_copy_is_reported_stale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source, copy = tmp_path / "envoy.yaml.tmpl", tmp_path / "copy.tmpl"
    source.write_text("admin: {}\n")
    copy.write_text("admin: {}  # edited in the chart\n")
    monkeypatch.setattr(chart, "SYNCED_FILES", {source: copy})
    assert chart.stale() == [copy]


@pytest.mark.parametrize("values_name", ["default", "production", "ha", "development"])
def test_helm_lint_is_clean(values_name: str, dev_jwks: str) -> None:
    values: dict[str, Any] = {}
    if values_name == "ha":
        values = chart.merge_values(chart.values_file("production"), chart.values_file("ha"))
    elif values_name == "development":
        values = chart.merge_values(
            chart.values_file("development"), {"auth": {"localJwks": dev_jwks}}
        )
    elif values_name != "default":
        values = chart.values_file(values_name)
    result = helm_python.lint(chart.CHART_DIR, values, strict=True)
    assert result["errors"] == []
    # Severity 1 is INFO ("icon is recommended"); warnings and errors are not accepted.
    assert [m for m in result["messages"] if m["severity"] > 1] == []


def test_lint_reports_values_that_break_the_schema() -> None:
    result = helm_python.lint(chart.CHART_DIR, {"orchestrator": {"replicaCount": 2}})
    assert result["errors"], "lint must fail for replicas > 1 without Redis"
    assert any("/redis" in error for error in result["errors"])


@pytest.mark.parametrize("stage", sorted(STAGES))
def test_every_service_deployment_is_hardened_and_probed(
    stage: str, default_objects: Manifests
) -> None:
    _, port, _ = STAGES[stage]
    deployment = find(default_objects, "Deployment", f"nf-neuroforge-{stage}")
    pod = deployment["spec"]["template"]["spec"]
    container = _container(deployment)

    assert deployment["spec"]["strategy"] == {
        "type": "RollingUpdate",
        "rollingUpdate": {"maxSurge": 1, "maxUnavailable": 0},
    }
    assert pod["securityContext"]["runAsNonRoot"] is True
    assert pod["securityContext"]["runAsUser"] == 10001
    assert pod["automountServiceAccountToken"] is False
    security = container["securityContext"]
    assert security["readOnlyRootFilesystem"] is True
    assert security["allowPrivilegeEscalation"] is False
    assert security["capabilities"] == {"drop": ["ALL"]}
    for probe in ("startupProbe", "livenessProbe", "readinessProbe"):
        assert container[probe]["grpc"] == {"port": port}, probe
    assert container["image"] == f"neuroforge/{stage}:0.1.0"
    assert {"name": "grpc", "containerPort": port, "protocol": "TCP"} in container["ports"]
    assert {"name": "tmp", "mountPath": "/tmp"} in container["volumeMounts"]
    token = _env(deployment)["NF_INTERNAL_TOKEN"]["valueFrom"]["secretKeyRef"]
    assert token == {"name": "nf-neuroforge-internal-token", "key": "internal-token"}

    settings = find(default_objects, "ConfigMap", f"nf-neuroforge-{stage}")["data"]
    assert settings["NF_BIND_HOST"] == "0.0.0.0"
    assert settings["NF_MODEL_ROUTER_ADDRESS"] == "dns:///nf-neuroforge-model-router-headless:50054"
    assert (
        settings["NF_POST_PROCESSOR_ADDRESS"]
        == "dns:///nf-neuroforge-post-processor-headless:50056"
    )
    service = find(default_objects, "Service", f"nf-neuroforge-{stage}")
    assert service["spec"]["ports"][0]["port"] == port
    for kind in ("ServiceAccount", "PodDisruptionBudget", "NetworkPolicy"):
        find(default_objects, kind, f"nf-neuroforge-{stage}")


def test_gateway_runs_envoy_hardened_with_the_descriptor_from_the_app_image(
    default_objects: Manifests,
) -> None:
    deployment = find(default_objects, "Deployment", "nf-neuroforge-gateway")
    pod = deployment["spec"]["template"]["spec"]
    envoy = _container(deployment)
    assert envoy["image"] == "docker.io/envoyproxy/envoy:v1.40-latest"
    assert envoy["securityContext"]["runAsUser"] == 101
    assert envoy["securityContext"]["readOnlyRootFilesystem"] is True
    assert envoy["securityContext"]["capabilities"] == {"drop": ["ALL"]}
    assert pod["securityContext"]["runAsNonRoot"] is True
    assert envoy["readinessProbe"]["httpGet"] == {"path": "/ready", "port": "admin"}
    assert deployment["spec"]["strategy"]["rollingUpdate"] == {"maxSurge": 1, "maxUnavailable": 0}
    (init,) = pod["initContainers"]
    assert init["image"] == "neuroforge/orchestrator:0.1.0"
    assert init["command"][-1] == "/etc/neuroforge/descriptor/neuroforge.binpb"
    assert init["securityContext"]["readOnlyRootFilesystem"] is True


def _peers(policy: dict[str, Any], port: int) -> set[str]:
    peers: set[str] = set()
    for rule in policy["spec"]["ingress"]:
        if {"port": port, "protocol": "TCP"} in rule["ports"]:
            for peer in rule["from"]:
                labels = peer["podSelector"]["matchLabels"]
                assert labels["app.kubernetes.io/instance"] == "nf"
                peers.add(labels["app.kubernetes.io/component"])
    return peers


@pytest.mark.parametrize("stage", sorted(set(STAGES) - {"orchestrator"}))
def test_each_stage_has_a_headless_service_its_callers_resolve_to_every_pod(
    stage: str, default_objects: Manifests
) -> None:
    _, port, _ = STAGES[stage]
    service = find(default_objects, "Service", f"nf-neuroforge-{stage}-headless")
    assert service["spec"]["clusterIP"] == "None"
    assert service["spec"]["selector"]["app.kubernetes.io/component"] == stage
    assert [p["port"] for p in service["spec"]["ports"]] == [port]
    env_name = f"NF_{STAGES[stage][0].upper()}_ADDRESS"
    for caller in ("orchestrator", "post-processor"):
        config = find(default_objects, "ConfigMap", f"nf-neuroforge-{caller}")
        assert config["data"][env_name] == f"dns:///nf-neuroforge-{stage}-headless:{port}"


@pytest.mark.parametrize("stage", sorted(STAGES))
def test_network_policy_admits_only_the_callers_of_each_service(
    stage: str, default_objects: Manifests
) -> None:
    _, port, callers = STAGES[stage]
    policy = find(default_objects, "NetworkPolicy", f"nf-neuroforge-{stage}")
    assert policy["spec"]["podSelector"]["matchLabels"]["app.kubernetes.io/component"] == stage
    assert policy["spec"]["policyTypes"] == ["Ingress"]
    assert _peers(policy, port) == callers
    # The only other rule opens the metrics port to the monitoring namespace.
    others = [r for r in policy["spec"]["ingress"] if r["ports"][0]["port"] != port]
    assert [r["ports"][0]["port"] for r in others] == [port + 1000]
    assert "podSelector" not in others[0]["from"][0]


def test_gateway_network_policy_keeps_the_admin_port_for_scrapers(
    default_objects: Manifests,
) -> None:
    policy = find(default_objects, "NetworkPolicy", "nf-neuroforge-gateway")
    public, admin = policy["spec"]["ingress"]
    assert public == {"ports": [{"port": 8080, "protocol": "TCP"}]}
    assert admin["ports"] == [{"port": 9901, "protocol": "TCP"}]
    assert "namespaceSelector" in admin["from"][0]


def test_config_checksums_roll_only_the_pods_whose_config_changed(
    render: Callable[..., Manifests], default_objects: Manifests
) -> None:
    louder = render({"orchestrator": {"settings": {"NF_LOG_LEVEL": "DEBUG"}}})
    assert (
        _annotations(louder, "orchestrator")["checksum/config"]
        != _annotations(default_objects, "orchestrator")["checksum/config"]
    )
    assert (
        _annotations(louder, "evaluator")["checksum/config"]
        == _annotations(default_objects, "evaluator")["checksum/config"]
    )

    registry = render({"modelRegistry": {"content": "# no models\n"}})
    assert (
        _annotations(registry, "model-router")["checksum/registry"]
        != _annotations(default_objects, "model-router")["checksum/registry"]
    )

    gateway = render({"gateway": {"routeTimeout": "30s"}})
    assert (
        _annotations(gateway, "gateway")["checksum/config"]
        != _annotations(default_objects, "gateway")["checksum/config"]
    )
    assert (
        _annotations(gateway, "orchestrator")["checksum/config"]
        == _annotations(default_objects, "orchestrator")["checksum/config"]
    )


def test_sqlite_is_the_single_replica_default(default_objects: Manifests) -> None:
    settings = find(default_objects, "ConfigMap", "nf-neuroforge-post-processor")["data"]
    assert settings["NF_DATABASE_URL"] == "sqlite:////data/neuroforge.sqlite3"
    assert settings["NF_DATABASE_MIGRATE_ON_START"] == "true"
    assert not [o for o in default_objects if o["kind"] == "Job"]
    deployment = find(default_objects, "Deployment", "nf-neuroforge-post-processor")
    assert {"name": "data", "mountPath": "/data"} in _container(deployment)["volumeMounts"]


def test_postgresql_gets_a_pre_upgrade_migration_job(render: Callable[..., Manifests]) -> None:
    objects = render(SCALED_OUT)
    job = find(objects, "Job", "nf-neuroforge-migrations")
    assert job["metadata"]["annotations"]["helm.sh/hook"] == "pre-install,pre-upgrade"
    container = job["spec"]["template"]["spec"]["containers"][0]
    assert container["args"] == ["services.post_processor.migrate", "up"]
    assert container["image"] == "neuroforge/post-processor:0.1.0"
    assert container["securityContext"]["readOnlyRootFilesystem"] is True
    secret = find(objects, "Secret", "nf-neuroforge-database")
    # The hook Secret must exist before the hook Job that reads it.
    assert int(secret["metadata"]["annotations"]["helm.sh/hook-weight"]) < int(
        job["metadata"]["annotations"]["helm.sh/hook-weight"]
    )

    settings = find(objects, "ConfigMap", "nf-neuroforge-post-processor")["data"]
    assert "NF_DATABASE_URL" not in settings, "the URL is a secret"
    assert settings["NF_DATABASE_MIGRATE_ON_START"] == "false"
    env = _env(find(objects, "Deployment", "nf-neuroforge-post-processor"))
    assert env["NF_DATABASE_URL"]["valueFrom"]["secretKeyRef"]["name"] == "nf-neuroforge-database"
    assert env["NF_REDIS_URL"]["valueFrom"]["secretKeyRef"]["name"] == "nf-neuroforge-redis"
    orchestrator = find(objects, "Deployment", "nf-neuroforge-orchestrator")
    assert orchestrator["spec"]["replicas"] == 3


def test_existing_secrets_replace_the_chart_secrets(render: Callable[..., Manifests]) -> None:
    objects = render(chart.values_file("production"))
    assert not [o for o in objects if o["kind"] == "Secret"]
    router = _env(find(objects, "Deployment", "nf-neuroforge-model-router"))
    assert router["NF_ANTHROPIC_API_KEY"]["valueFrom"]["secretKeyRef"] == {
        "name": "neuroforge-providers",
        "key": "anthropic-api-key",
        "optional": True,
    }
    assert router["NF_INTERNAL_TOKEN"]["valueFrom"]["secretKeyRef"]["name"] == (
        "neuroforge-internal-token"
    )
    job = find(objects, "Job", "nf-neuroforge-migrations")
    env = job["spec"]["template"]["spec"]["containers"][0]["env"]
    assert {"name": "neuroforge-database", "key": "database-url"} in [
        e.get("valueFrom", {}).get("secretKeyRef") for e in env
    ]
    # Autoscaled services leave the replica count to their HPA.
    hpa = find(objects, "HorizontalPodAutoscaler", "nf-neuroforge-orchestrator")
    assert hpa["spec"]["minReplicas"] == 2
    assert "replicas" not in find(objects, "Deployment", "nf-neuroforge-orchestrator")["spec"]
    assert len([o for o in objects if o["kind"] == "ServiceMonitor"]) == 2


def test_chart_values_become_secrets_not_config(render: Callable[..., Manifests]) -> None:
    objects = render(
        {
            "internalToken": {"value": "s3cret-token"},
            "providers": {"openaiApiKey": "sk-test"},
            "dataforge": {"webhookSecret": "hmac-key"},
        }
    )
    names = {o["metadata"]["name"] for o in objects if o["kind"] == "Secret"}
    assert names == {
        "nf-neuroforge-internal-token",
        "nf-neuroforge-providers",
        "nf-neuroforge-dataforge",
    }
    config_text = str([o for o in objects if o["kind"] in ("ConfigMap", "Deployment")])
    for secret in ("s3cret-token", "sk-test", "hmac-key"):
        assert secret not in config_text
