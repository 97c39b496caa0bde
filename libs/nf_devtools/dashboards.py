"""Grafana dashboards of the chart, written from the panel lists below.

``python -m nf_devtools.dashboards`` writes ``helm/neuroforge/dashboards/*.json``; ``--check``
reports stale files (a test runs it). Code instead of hand-edited JSON keeps ids, grid layout,
datasource and units uniform across the five dashboards.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nf_devtools.paths import REPO_ROOT

DASHBOARD_DIR = REPO_ROOT / "helm" / "neuroforge" / "dashboards"
DATASOURCE = {"type": "prometheus", "uid": "${datasource}"}
INFER = 'grpc_service="neuroforge.inference.v1.InferenceService"'
SERVER_ERRORS = (
    'grpc_code=~"UNKNOWN|INTERNAL|UNAVAILABLE|DEADLINE_EXCEEDED|DATA_LOSS|UNIMPLEMENTED"'
)
WINDOW = "$__rate_interval"


@dataclass(frozen=True)
class Panel:
    """One panel: a title, PromQL targets (expr, legend), a unit and a width (of 24)."""

    title: str
    targets: tuple[tuple[str, str], ...]
    unit: str = "short"
    kind: str = "timeseries"
    width: int = 12
    description: str = ""


@dataclass(frozen=True)
class Dashboard:
    """A dashboard file: uid, title and panels in reading order."""

    uid: str
    title: str
    description: str
    panels: tuple[Panel, ...] = field(default_factory=tuple)


def _quantile(q: str, metric: str, selector: str, by: str) -> str:
    buckets = _rate(f"{metric}_bucket", selector)
    return f"histogram_quantile({q}, sum by (le, {by}) ({buckets}))"


def _rate(metric: str, selector: str = "") -> str:
    matchers = f"{{{selector}}}" if selector else ""
    return f"rate({metric}{matchers}[{WINDOW}])"


def _sum_rate(metric: str, by: str, selector: str = "") -> str:
    return f"sum by ({by}) ({_rate(metric, selector)})"


DASHBOARDS = (
    Dashboard(
        "nf-overview",
        "NeuroForge / Overview",
        "Traffic, errors and latency of the public API, gateway, breakers, DataForge, spool.",
        (
            Panel(
                "Inference calls per second by status",
                (
                    (
                        _sum_rate("nf_grpc_server_handled_total", "grpc_method, grpc_code", INFER),
                        "{{grpc_method}} {{grpc_code}}",
                    ),
                ),
                unit="reqps",
            ),
            Panel(
                "Server-side error ratio (alert above 5%)",
                (
                    (
                        f"sum({_rate('nf_grpc_server_handled_total', f'{INFER}, {SERVER_ERRORS}')})"
                        f" / sum({_rate('nf_grpc_server_handled_total', INFER)})",
                        "errors",
                    ),
                ),
                unit="percentunit",
            ),
            Panel(
                "Infer latency p50 / p95 / p99",
                tuple(
                    (
                        _quantile(
                            q,
                            "nf_grpc_server_handling_seconds",
                            f'{INFER}, grpc_method="Infer"',
                            "grpc_method",
                        ),
                        f"p{q[2:]}",
                    )
                    for q in ("0.5", "0.95", "0.99")
                ),
                unit="s",
                description="From a spike to its traces: docs/operations.md#finding-a-slow-request",
            ),
            Panel(
                "Rate-limit rejections by budget",
                ((_sum_rate("nf_rate_limit_rejections_total", "scope"), "{{scope}}"),),
                unit="reqps",
            ),
            Panel(
                "Circuit breakers (0 closed, 1 half-open, 2 open)",
                (("max by (dependency) (nf_circuit_breaker_state)", "{{dependency}}"),),
                kind="stat",
            ),
            Panel(
                "DataForge up (configured replicas)",
                (("min(nf_context_dataforge_up and nf_context_dataforge_configured == 1)", "up"),),
                kind="stat",
            ),
            Panel(
                "Post-processor spool: depth, spooled and replayed per second",
                (
                    ("sum by (instance) (nf_post_spool_depth)", "depth {{instance}}"),
                    (f"sum({_rate('nf_post_spooled_total')})", "spooled"),
                    (f"sum({_rate('nf_post_spool_replayed_total')})", "replayed"),
                ),
            ),
            Panel(
                "Gateway responses by class (Envoy)",
                (
                    (
                        _sum_rate("envoy_http_downstream_rq_xx", "envoy_response_code_class"),
                        "{{envoy_response_code_class}}xx",
                    ),
                ),
                unit="reqps",
            ),
        ),
    ),
    Dashboard(
        "nf-stages",
        "NeuroForge / Stage latency",
        "Where a request spends its time: each stage as the orchestrator sees it, and each RPC.",
        (
            Panel(
                "Stage latency p99 (orchestrator's view)",
                ((_quantile("0.99", "nf_pipeline_stage_seconds", "", "stage"), "{{stage}}"),),
                unit="s",
                width=24,
            ),
            Panel(
                "Stage latency p50",
                ((_quantile("0.5", "nf_pipeline_stage_seconds", "", "stage"), "{{stage}}"),),
                unit="s",
            ),
            Panel(
                "Stage failures by status",
                (
                    (
                        _sum_rate(
                            "nf_pipeline_stage_seconds_count", "stage, outcome", 'outcome!="ok"'
                        ),
                        "{{stage}} {{outcome}}",
                    ),
                ),
                unit="reqps",
            ),
            Panel(
                "RPC latency p99 by service and method",
                (
                    (
                        _quantile(
                            "0.99",
                            "nf_grpc_server_handling_seconds",
                            "",
                            "grpc_service, grpc_method",
                        ),
                        "{{grpc_service}}/{{grpc_method}}",
                    ),
                ),
                unit="s",
            ),
            Panel(
                "RPCs per second by service and status",
                (
                    (
                        _sum_rate("nf_grpc_server_handled_total", "grpc_service, grpc_code"),
                        "{{grpc_service}} {{grpc_code}}",
                    ),
                ),
                unit="reqps",
            ),
            Panel(
                "Gateway upstream time p99 by cluster (Envoy)",
                (
                    (
                        _quantile(
                            "0.99", "envoy_cluster_upstream_rq_time", "", "envoy_cluster_name"
                        ),
                        "{{envoy_cluster_name}}",
                    ),
                ),
                unit="ms",
                width=24,
            ),
        ),
    ),
    Dashboard(
        "nf-providers",
        "NeuroForge / Providers and fallbacks",
        "Model calls by outcome, fallbacks and hedges by provider, tokens by model, breakers.",
        (
            Panel(
                "Model calls by model and outcome",
                (
                    (
                        _sum_rate("nf_router_model_calls_total", "model, outcome"),
                        "{{model}} {{outcome}}",
                    ),
                ),
                unit="reqps",
                width=24,
            ),
            Panel(
                "Fallbacks by provider",
                ((_sum_rate("nf_router_fallbacks_total", "provider"), "{{provider}}"),),
                unit="reqps",
            ),
            Panel(
                "Hedges by provider",
                ((_sum_rate("nf_router_hedges_total", "provider"), "{{provider}}"),),
                unit="reqps",
            ),
            Panel(
                "Tokens per second by model",
                (
                    (
                        _sum_rate("nf_router_tokens_total", "model, direction"),
                        "{{model}} {{direction}}",
                    ),
                ),
            ),
            Panel(
                "Answers by source (provider, shared, cache)",
                ((_sum_rate("nf_router_answers_total", "source"), "{{source}}"),),
                unit="reqps",
            ),
            Panel(
                "Breaker state by dependency",
                (("max by (dependency) (nf_circuit_breaker_state)", "{{dependency}}"),),
            ),
            Panel(
                "Breaker transitions",
                (
                    (
                        "sum by (dependency, state) "
                        f"(increase(nf_circuit_breaker_transitions_total[{WINDOW}]))",
                        "{{dependency}} -> {{state}}",
                    ),
                ),
            ),
        ),
    ),
    Dashboard(
        "nf-caches",
        "NeuroForge / Caches",
        "Hit ratio and lookups of every cache, context tiers served, invalidations.",
        (
            Panel(
                "Hit ratio by cache",
                (
                    (
                        _sum_rate("nf_cache_lookups_total", "cache", 'result=~"hit|joined"')
                        + " / "
                        + _sum_rate("nf_cache_lookups_total", "cache"),
                        "{{cache}}",
                    ),
                ),
                unit="percentunit",
            ),
            Panel(
                "Lookups by cache and result",
                ((_sum_rate("nf_cache_lookups_total", "cache, result"), "{{cache}} {{result}}"),),
                unit="ops",
            ),
            Panel(
                "Context windows by tier",
                (
                    (
                        _sum_rate("nf_context_windows_total", "tier, degraded"),
                        "{{tier}} degraded={{degraded}}",
                    ),
                ),
                unit="reqps",
            ),
            Panel(
                "Invalidations received and DataForge failures",
                (
                    (
                        f"sum(increase(nf_context_invalidations_received_total[{WINDOW}]))",
                        "invalidations",
                    ),
                    (
                        f"sum(increase(nf_context_dataforge_failures_total[{WINDOW}]))",
                        "DataForge failures",
                    ),
                ),
            ),
        ),
    ),
    Dashboard(
        "nf-champion",
        "NeuroForge / Champion and challenger",
        "Scores and champion changes per (domain, task type).",
        (
            Panel(
                "Champion score by slot",
                (
                    (
                        'max by (domain, task_type) (nf_router_champion_score{role="champion"})',
                        "{{domain}}/{{task_type}}",
                    ),
                ),
                unit="percentunit",
            ),
            Panel(
                "Challenger score by slot",
                (
                    (
                        'max by (domain, task_type) (nf_router_champion_score{role="challenger"})',
                        "{{domain}}/{{task_type}}",
                    ),
                ),
                unit="percentunit",
            ),
            Panel(
                "Champion changes in the last hour (alert above 3)",
                (
                    (
                        "sum by (domain, task_type, cause) "
                        "(increase(nf_router_champion_changes_total[1h]))",
                        "{{domain}}/{{task_type}} {{cause}}",
                    ),
                ),
                width=24,
            ),
        ),
    ),
)


def _panel(panel: Panel, panel_id: int, x: int, y: int) -> dict[str, Any]:
    return {
        "id": panel_id,
        "type": panel.kind,
        "title": panel.title,
        "description": panel.description,
        "datasource": DATASOURCE,
        "gridPos": {"h": 8, "w": panel.width, "x": x, "y": y},
        "fieldConfig": {"defaults": {"unit": panel.unit}, "overrides": []},
        "options": {},
        "targets": [
            {
                "refId": chr(ord("A") + i),
                "datasource": DATASOURCE,
                "expr": expr,
                "legendFormat": legend,
            }
            for i, (expr, legend) in enumerate(panel.targets)
        ],
    }


def render(dashboard: Dashboard) -> dict[str, Any]:
    """The Grafana JSON model of a dashboard (panels laid out left to right, 24 columns)."""
    panels: list[dict[str, Any]] = []
    x = y = 0
    for panel_id, panel in enumerate(dashboard.panels, start=1):
        if x + panel.width > 24:
            x, y = 0, y + 8
        panels.append(_panel(panel, panel_id, x, y))
        x += panel.width
    return {
        "uid": dashboard.uid,
        "title": dashboard.title,
        "description": dashboard.description,
        "tags": ["neuroforge"],
        "timezone": "browser",
        "schemaVersion": 39,
        "version": 1,
        "editable": True,
        "refresh": "30s",
        "time": {"from": "now-1h", "to": "now"},
        "templating": {
            "list": [
                {
                    "name": "datasource",
                    "label": "Prometheus",
                    "type": "datasource",
                    "query": "prometheus",
                    "current": {},
                    "hide": 0,
                }
            ]
        },
        "annotations": {"list": []},
        "links": [],
        "panels": panels,
    }


def expected_files() -> dict[Path, str]:
    """Every dashboard file and its exact content."""
    return {
        DASHBOARD_DIR / f"{d.uid}.json": json.dumps(render(d), indent=2) + "\n" for d in DASHBOARDS
    }


def stale() -> list[Path]:
    """Dashboard files that are missing, different, or no longer generated."""
    expected = expected_files()
    extra = set(DASHBOARD_DIR.glob("*.json")) - set(expected)
    changed = [p for p, text in expected.items() if not p.exists() or p.read_text() != text]
    return sorted([*changed, *extra])


def main(argv: list[str] | None = None) -> int:
    """Write the dashboards, or with ``--check`` list the stale ones and fail."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="only report stale files")
    args = parser.parse_args(argv)
    if args.check:
        outdated = stale()
        for path in outdated:
            print(f"stale: {path}")
        return 1 if outdated else 0
    DASHBOARD_DIR.mkdir(parents=True, exist_ok=True)
    for path in set(DASHBOARD_DIR.glob("*.json")) - set(expected_files()):
        path.unlink()
    for path, text in expected_files().items():
        path.write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
