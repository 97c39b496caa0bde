"""Monitoring as shipped: metric catalogue, dashboards, alert rules, chart objects, runbook."""

from __future__ import annotations

import importlib
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import helm_python
import jsonschema
import promql_parser
import pytest
import yaml
from google.protobuf import descriptor_pb2
from prometheus_client.metrics import MetricWrapperBase

from nf_core.metrics import BREAKER_STATES
from nf_devtools import chart, dashboards
from nf_devtools.paths import DESCRIPTOR_SET, REPO_ROOT

Manifests = list[dict[str, Any]]

OPERATIONS = REPO_ROOT / "docs" / "operations.md"
RULES_FILE = chart.CHART_DIR / "files" / "prometheus-rules.yaml"
METRIC_MODULES = (
    "nf_core.metrics",
    "services.context_builder.metrics",
    "services.model_router.metrics",
    "services.prompt_engine.metrics",
    "services.post_processor.metrics",
)
# Envoy's own series the dashboards may use (checked against a live Envoy in the mesh tests).
ENVOY_PREFIX = "envoy_"
MONITORING_ON = {
    "metrics": {
        "podAnnotations": True,
        "prometheusRule": {"enabled": True, "labels": {"release": "kube-prometheus-stack"}},
        "grafanaDashboards": {"enabled": True, "annotations": {"grafana_folder": "NeuroForge"}},
    }
}


def registered_metrics() -> dict[str, tuple[str, ...]]:
    """Every NeuroForge metric as exposed (counters with ``_total``) -> its label names."""
    found: dict[str, tuple[str, ...]] = {}
    for name in METRIC_MODULES:
        for value in vars(importlib.import_module(name)).values():
            # prometheus_client keeps name, type and labels only in private attributes.
            if isinstance(value, MetricWrapperBase) and not value._labelvalues:
                suffix = "_total" if value._type == "counter" else ""
                found[value._name + suffix] = tuple(value._labelnames)
    found["nf_circuit_breaker_state"] = ("dependency",)  # the scrape-time collector
    assert BREAKER_STATES is not None
    return found


def catalogue() -> dict[str, tuple[str, ...]]:
    """The metric table of docs/operations.md: metric -> label names (backticked)."""
    rows: dict[str, tuple[str, ...]] = {}
    for line in OPERATIONS.read_text().splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == 5 and re.fullmatch(r"`nf_\w+`", cells[0]):
            labels = re.findall(r"`([a-z_]+)`", re.sub(r"`model:<[^`]*>`", "", cells[2]))
            rows[cells[0].strip("`")] = tuple(labels)
    return rows


def _dashboard_files() -> list[Path]:
    return sorted(dashboards.DASHBOARD_DIR.glob("*.json"))


def _dashboard_exprs() -> Iterator[tuple[str, str]]:
    for path in _dashboard_files():
        for panel in json.loads(path.read_text())["panels"]:
            for target in panel["targets"]:
                yield f"{path.name}: {panel['title']}", target["expr"]


def _rules() -> list[dict[str, Any]]:
    document = yaml.safe_load(RULES_FILE.read_text())
    return [rule for group in document["groups"] for rule in group["rules"]]


def metric_names(expr: str) -> set[str]:
    """Metric names a PromQL expression selects (Grafana's range variable set to 5m)."""
    parsed = promql_parser.parse(expr.replace("$__rate_interval", "5m"))
    names: set[str] = set()

    def visit(node: Any) -> None:
        if isinstance(node, promql_parser.VectorSelector) and node.name:
            names.add(node.name)

    promql_parser.walk(parsed, visit)
    return names


def _base(name: str) -> str:
    """A histogram's series name -> the histogram's name."""
    return re.sub(r"_(bucket|sum|count)$", "", name)


def _anchors(markdown: str) -> set[str]:
    """GitHub's anchors for the headings of a Markdown text."""
    anchors = set()
    for heading in re.findall(r"^#{1,6} (.+)$", markdown, flags=re.MULTILINE):
        slug = re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")
        anchors.add(slug)
    return anchors


def test_the_documented_catalogue_is_exactly_what_the_services_register() -> None:
    assert catalogue() == registered_metrics()


def test_dashboards_are_generated_and_up_to_date() -> None:
    assert dashboards.stale() == [], "run: python -m nf_devtools.dashboards"
    assert {p.stem for p in _dashboard_files()} == {
        "nf-overview",
        "nf-stages",
        "nf-providers",
        "nf-caches",
        "nf-champion",
    }


def test_a_stale_dashboard_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dashboards, "DASHBOARD_DIR", tmp_path)
    assert dashboards.main([]) == 0
    (tmp_path / "nf-caches.json").write_text("{}\n")
    (tmp_path / "hand-made.json").write_text("{}\n")

    assert [p.name for p in dashboards.stale()] == ["hand-made.json", "nf-caches.json"]
    assert dashboards.main(["--check"]) == 1


@pytest.mark.parametrize("path", _dashboard_files(), ids=lambda p: p.stem)
def test_a_dashboard_is_grafana_json_with_unique_ids_and_a_prometheus_datasource(
    path: Path,
) -> None:
    board = json.loads(path.read_text())
    panels = board["panels"]

    assert board["uid"] == path.stem
    assert board["title"].startswith("NeuroForge / ")
    assert len({p["id"] for p in panels}) == len(panels)
    assert all(p["targets"] and p["datasource"]["uid"] == "${datasource}" for p in panels)
    for panel in panels:
        grid = panel["gridPos"]
        assert grid["x"] >= 0
        assert grid["x"] + grid["w"] <= 24
    refs = [[t["refId"] for t in p["targets"]] for p in panels]
    assert all(len(set(r)) == len(r) for r in refs)
    assert board["templating"]["list"][0]["query"] == "prometheus"


def test_every_dashboard_query_parses_and_uses_only_catalogued_or_envoy_metrics() -> None:
    known = set(registered_metrics())
    used: set[str] = set()
    for where, expr in _dashboard_exprs():
        names = metric_names(expr)
        assert names, where
        unknown = {n for n in names if _base(n) not in known and not n.startswith(ENVOY_PREFIX)}
        assert not unknown, f"{where} uses {unknown}"
        used |= {_base(n) for n in names}
    # Every family on the list is on some dashboard, so a new metric is not forgotten there.
    assert known - used == set()


def test_a_mistyped_metric_or_query_is_caught() -> None:
    assert metric_names("sum(rate(nf_router_hedgs_total[5m]))") == {"nf_router_hedgs_total"}
    assert "nf_router_hedgs_total" not in registered_metrics()
    with pytest.raises(ValueError, match="parenthesis"):
        metric_names("sum(rate(nf_router_hedges_total[5m])")


def test_alert_rules_are_well_formed_and_cover_the_failure_modes() -> None:
    document = yaml.safe_load(RULES_FILE.read_text())
    assert set(document) == {"groups"}
    for group in document["groups"]:
        assert set(group) == {"name", "rules"}
        assert group["name"].startswith("neuroforge.")
    rules = _rules()
    assert {r["alert"] for r in rules} == {
        "NeuroForgeDataForgeDown",
        "NeuroForgeCircuitBreakerOpen",
        "NeuroForgeHighErrorRate",
        "NeuroForgeHighLatencyP99",
        "NeuroForgeSpoolGrowing",
        "NeuroForgeChampionFlapping",
    }
    known = set(registered_metrics())
    for rule in rules:
        assert set(rule) == {"alert", "expr", "for", "labels", "annotations"}, rule["alert"]
        assert re.fullmatch(r"[0-9]+[smh]", rule["for"])
        assert rule["labels"]["severity"] in {"warning", "critical"}
        assert {"summary", "description", "runbook_url"} <= set(rule["annotations"])
        names = metric_names(rule["expr"])
        assert names
        assert {_base(n) for n in names} <= known, rule["alert"]


def test_every_runbook_link_is_a_section_of_operations_md() -> None:
    anchors = _anchors(OPERATIONS.read_text())
    for rule in _rules():
        url = rule["annotations"]["runbook_url"]
        page, _, anchor = url.partition("#")
        assert page.endswith("/docs/operations.md"), url
        assert anchor in anchors, url
    assert {"finding-a-slow-request", "invalidating-caches"} <= anchors


def test_the_rules_file_is_a_plain_prometheus_rules_file_and_the_prometheusrule_spec(
    render: Callable[..., Manifests],
) -> None:
    objects = render(MONITORING_ON)
    rule = chart.find(objects, "PrometheusRule", "nf-neuroforge-alerts")

    assert rule["apiVersion"] == "monitoring.coreos.com/v1"
    assert rule["metadata"]["labels"]["release"] == "kube-prometheus-stack"
    assert rule["spec"] == yaml.safe_load(RULES_FILE.read_text())


def test_dashboards_ship_as_sidecar_configmaps_one_per_dashboard(
    render: Callable[..., Manifests],
) -> None:
    objects = render(MONITORING_ON)
    maps = [
        o
        for o in objects
        if o["kind"] == "ConfigMap" and o["metadata"].get("labels", {}).get("grafana_dashboard")
    ]

    assert len(maps) == len(_dashboard_files())
    for config_map in maps:
        assert config_map["metadata"]["labels"]["grafana_dashboard"] == "1"
        assert config_map["metadata"]["annotations"] == {"grafana_folder": "NeuroForge"}
        ((key, text),) = config_map["data"].items()
        assert json.loads(text) == json.loads((dashboards.DASHBOARD_DIR / key).read_text())


def test_monitoring_objects_are_off_by_default(default_objects: Manifests) -> None:
    kinds = {o["kind"] for o in default_objects}
    assert "PrometheusRule" not in kinds
    assert "ServiceMonitor" not in kinds
    assert not any(
        o["metadata"].get("labels", {}).get("grafana_dashboard") for o in default_objects
    )
    deployment = chart.find(default_objects, "Deployment", "nf-neuroforge-orchestrator")
    assert "prometheus.io/scrape" not in deployment["spec"]["template"]["metadata"]["annotations"]


@pytest.mark.parametrize(
    ("name", "port", "path"),
    [
        ("orchestrator", "51051", "/metrics"),
        ("post-processor", "51056", "/metrics"),
        ("gateway", "9901", "/stats/prometheus"),
    ],
)
def test_scrape_annotations_point_at_each_metrics_endpoint(
    render: Callable[..., Manifests], name: str, port: str, path: str
) -> None:
    deployment = chart.find(render(MONITORING_ON), "Deployment", f"nf-neuroforge-{name}")
    annotations = deployment["spec"]["template"]["metadata"]["annotations"]

    assert annotations["prometheus.io/scrape"] == "true"
    assert (annotations["prometheus.io/port"], annotations["prometheus.io/path"]) == (port, path)


def test_the_documented_rest_paths_exist_in_the_openapi_description() -> None:
    openapi = json.loads((REPO_ROOT / "gateway" / "openapi.json").read_text())
    calls = re.findall(
        r"curl -s (?:-X (POST) )?\"?http://127\.0\.0\.1:8080(/api/v1/[a-z/]+)",
        OPERATIONS.read_text(),
    )

    assert len(calls) >= 5
    for method, path in calls:
        assert (method or "GET").lower() in openapi["paths"][path], path


def test_the_documented_grpcurl_methods_exist_in_the_descriptor_set() -> None:
    descriptors = descriptor_pb2.FileDescriptorSet.FromString(DESCRIPTOR_SET.read_bytes())
    methods = {
        f"{f.package}.{service.name}/{method.name}"
        for f in descriptors.file
        for service in f.service
        for method in service.method
    }
    documented = re.findall(r"127\.0\.0\.1:50051 (neuroforge\.[\w.]+/\w+)", OPERATIONS.read_text())

    assert len(documented) >= 4
    assert set(documented) <= methods


def test_every_setting_the_runbook_names_exists() -> None:
    readme = (REPO_ROOT / "README.md").read_text()
    named = set(re.findall(r"`(NF_[A-Z0-9_]+)`", OPERATIONS.read_text()))

    assert named
    assert {n for n in named if f"| `{n}` |" not in readme} == set()


def test_helm_lint_is_clean_with_every_monitoring_object_on() -> None:
    values = chart.merge_values(MONITORING_ON, {"metrics": {"serviceMonitor": {"enabled": True}}})
    result = helm_python.lint(chart.CHART_DIR, values, strict=True)

    assert result["errors"] == []
    assert [m for m in result["messages"] if m["severity"] > 1] == []


@pytest.mark.parametrize(
    "values",
    [
        {"metrics": {"grafanaDashboards": {"labels": {"grafana_dashboard": 1}}}},
        {"metrics": {"prometheusRule": {"enabled": "yes"}}},
        {"metrics": {"podAnnotations": "true"}},
    ],
    ids=["numeric label value", "string for a boolean", "annotations toggle as a string"],
)
def test_the_schema_refuses_bad_monitoring_values(values: dict[str, Any]) -> None:
    schema = json.loads(chart.SCHEMA_FILE.read_text())
    merged = chart.merge_values(yaml.safe_load(chart.VALUES_FILE.read_text()), values)

    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(merged, schema)
