"""Keep the Helm chart in step with the repository: copied files and the generated values schema.

``python -m nf_devtools.chart`` copies the files the chart must carry (Helm cannot read outside
the chart: the Envoy template and the default model registry) and writes ``values.schema.json``
from the ``## @param`` comments of ``values.yaml`` plus the constraints below;
``--check`` only reports what is stale (a test runs it).
"""

from __future__ import annotations

import argparse
import copy
import fnmatch
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from nf_devtools.paths import GATEWAY_DIR, REPO_ROOT

CHART_DIR = REPO_ROOT / "helm" / "neuroforge"
VALUES_FILE = CHART_DIR / "values.yaml"
SCHEMA_FILE = CHART_DIR / "values.schema.json"
VALUES_DIR = REPO_ROOT / "helm" / "values"

# Source in the repository -> byte-identical copy inside the chart.
SYNCED_FILES: dict[Path, Path] = {
    GATEWAY_DIR / "envoy.yaml.tmpl": CHART_DIR / "files" / "envoy.yaml.tmpl",
    REPO_ROOT / "services" / "model_router" / "models.toml": CHART_DIR / "files" / "models.toml",
}

# The six Python services (values key -> settings prefix); the gateway scales without shared state.
APP_COMPONENTS = (
    "orchestrator",
    "contextBuilder",
    "promptEngine",
    "modelRouter",
    "evaluator",
    "postProcessor",
)
ALL_COMPONENTS = (*APP_COMPONENTS, "gateway")

_INT_OR_STRING = {"type": ["integer", "string"]}
_SECRET_NAME = {"pattern": r"^([a-z0-9]([-a-z0-9.]*[a-z0-9])?)?$", "maxLength": 253}

# What a `## @param` comment cannot say: ranges, enums, formats. Keys are fnmatch patterns over
# the dotted parameter path.
CONSTRAINTS: dict[str, dict[str, Any]] = {
    "*.replicaCount": {"minimum": 0, "maximum": 100},
    "*.autoscaling.minReplicas": {"minimum": 1},
    "*.autoscaling.maxReplicas": {"minimum": 1},
    "*.autoscaling.targetCPUUtilizationPercentage": {"minimum": 1, "maximum": 100},
    "*.autoscaling.targetMemoryUtilizationPercentage": {"minimum": 0, "maximum": 100},
    "*.updateStrategy.type": {"enum": ["RollingUpdate", "Recreate"]},
    "*.updateStrategy.rollingUpdate.maxSurge": _INT_OR_STRING,
    "*.updateStrategy.rollingUpdate.maxUnavailable": _INT_OR_STRING,
    "*.pdb.minAvailable": _INT_OR_STRING,
    "*.pdb.maxUnavailable": _INT_OR_STRING,
    "*.terminationGracePeriodSeconds": {"minimum": 0, "maximum": 3600},
    "*.image.repository": {"minLength": 1},
    "*.service.type": {"enum": ["ClusterIP", "NodePort", "LoadBalancer"]},
    "*.service.port": {"minimum": 1, "maximum": 65535},
    "*.settings": {
        "propertyNames": {"pattern": "^NF_[A-Z0-9_]+$"},
        "additionalProperties": {"type": ["string", "number", "boolean"]},
    },
    "image.pullPolicy": {"enum": ["Always", "IfNotPresent", "Never"]},
    "config.logLevel": {"enum": ["DEBUG", "INFO", "WARNING", "ERROR"]},
    "config.logFormat": {"enum": ["json", "text"]},
    "config.shutdownGraceSeconds": {"minimum": 0, "maximum": 300},
    "config.logLevels": {"pattern": r"^([A-Za-z0-9_.]+=(DEBUG|INFO|WARNING|ERROR),?)*$"},
    "tracing.otlpEndpoint": {"pattern": r"^(https?://[^/:]+:[0-9]+)?$"},
    "tracing.sampleRatio": {"minimum": 0, "maximum": 1},
    "config.settings": {
        "propertyNames": {"pattern": "^NF_[A-Z0-9_]+$"},
        "additionalProperties": {"type": ["string", "number", "boolean"]},
    },
    "metrics.portOffset": {"minimum": 1, "maximum": 10000},
    # Kubernetes label and annotation values are strings; a bare 1 would fail at apply time.
    "metrics.*.labels": {"additionalProperties": {"type": "string"}},
    "metrics.grafanaDashboards.annotations": {"additionalProperties": {"type": "string"}},
    "auth.issuer": {"minLength": 1},
    "auth.audience": {"minLength": 1},
    "auth.jwksUrl": {"pattern": r"^(https?://[^/:\s]+(:[0-9]+)?(/\S*)?)?$"},
    "auth.jwksCacheSeconds": {"minimum": 0},
    "auth.clockSkewSeconds": {"minimum": 0, "maximum": 300},
    "redis.url": {"pattern": r"^(rediss?://\S+)?$"},
    "postgresql.url": {"pattern": r"^(postgres(ql)?://\S+)?$"},
    "postgresql.poolMin": {"minimum": 1},
    "postgresql.poolMax": {"minimum": 1},
    "*.existingSecret": _SECRET_NAME,
    "gateway.routeTimeout": {"pattern": r"^[0-9]+(\.[0-9]+)?s$"},
    "gateway.maxRequestBytes": {"minimum": 1024},
    "gateway.logLevel": {
        "enum": ["trace", "debug", "info", "warning", "warn", "error", "critical", "off"]
    },
    "gateway.corsOrigins": {"items": {"type": "string", "pattern": r"^https?://\S+$"}},
    "migrations.backoffLimit": {"minimum": 0},
}

_PARAM = re.compile(r"^\s*## @param\s+(?P<path>\S+)\s*(?P<modifiers>(\[[^\]]*\]\s*)*)(?P<text>.*)$")
_SKIP = re.compile(r"^\s*## @skip\s+(?P<path>\S+)")
_MODIFIER = re.compile(r"\[([^\]]*)\]")


@dataclass(frozen=True)
class Param:
    """One ``## @param`` line: dotted path, Bitnami-style modifiers and description."""

    path: str
    modifiers: tuple[str, ...]
    description: str


def parse_params(text: str) -> tuple[list[Param], list[str]]:
    """The documented parameters and the skipped paths of a ``values.yaml`` text."""
    params: list[Param] = []
    skipped: list[str] = []
    for line in text.splitlines():
        if match := _PARAM.match(line):
            modifiers = tuple(m.strip() for m in _MODIFIER.findall(match["modifiers"]))
            params.append(Param(match["path"], modifiers, match["text"].strip()))
        elif match := _SKIP.match(line):
            skipped.append(match["path"])
    return params, skipped


def _lookup(values: dict[str, Any], path: str) -> Any:
    node: Any = values
    for part in path.split("."):
        if not isinstance(node, dict) or part not in node:
            raise KeyError(f"## @param {path}: no such key in values.yaml")
        node = node[part]
    return node


def _json_type(value: Any, modifiers: tuple[str, ...], path: str) -> dict[str, Any]:
    for wanted in ("array", "object", "string", "integer", "number", "boolean"):
        if wanted in modifiers:
            return {"type": wanted}
    if isinstance(value, bool):
        return {"type": "boolean"}
    if isinstance(value, int):
        return {"type": "integer"}
    if isinstance(value, float):
        return {"type": "number"}
    if isinstance(value, str):
        return {"type": "string"}
    if isinstance(value, list):
        return {"type": "array"}
    if isinstance(value, dict):
        return {"type": "object"}
    raise ValueError(f"## @param {path}: give a type modifier for a null default")


def _leaves(node: Any, prefix: str = "") -> list[str]:
    if isinstance(node, dict) and node:
        return [leaf for key, child in node.items() for leaf in _leaves(child, f"{prefix}{key}.")]
    return [prefix.rstrip(".")]


def _constraints(path: str) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for pattern, rule in CONSTRAINTS.items():
        if fnmatch.fnmatchcase(path, pattern):
            merged.update(rule)
    return merged


def _scaled(component: str) -> dict[str, Any]:
    """Matches values in which ``component`` may run more than one pod."""
    return {
        "properties": {
            component: {
                "anyOf": [
                    {"properties": {"replicaCount": {"minimum": 2}}, "required": ["replicaCount"]},
                    {
                        "properties": {
                            "autoscaling": {
                                "properties": {"enabled": {"const": True}},
                                "required": ["enabled"],
                            }
                        },
                        "required": ["autoscaling"],
                    },
                ]
            }
        },
        "required": [component],
    }


def _configured(section: str, why: str) -> dict[str, Any]:
    """Requires ``<section>.url`` or ``<section>.existingSecret`` to be non-empty."""
    return {
        "properties": {
            section: {
                "description": why,
                "anyOf": [
                    {"properties": {"url": {"minLength": 1}}, "required": ["url"]},
                    {
                        "properties": {"existingSecret": {"minLength": 1}},
                        "required": ["existingSecret"],
                    },
                ],
            }
        },
        "required": [section],
    }


def cross_field_rules() -> list[dict[str, Any]]:
    """Rules between values: shared state is required as soon as a service has replicas."""
    redis = "Redis is required when any NeuroForge service runs more than one replica"
    postgres = "PostgreSQL is required when the post-processor runs more than one replica"
    rules: list[dict[str, Any]] = [
        {"if": _scaled(component), "then": _configured("redis", redis)}
        for component in APP_COMPONENTS
    ]
    rules.append({"if": _scaled("postProcessor"), "then": _configured("postgresql", postgres)})
    # Without a remote JWKS the chart needs the keys themselves (development clusters).
    rules.append(
        {
            "anyOf": [
                {"properties": {"auth": {"properties": {"jwksUrl": {"minLength": 1}}}}},
                {"properties": {"auth": {"properties": {"localJwks": {"minLength": 1}}}}},
            ]
        }
    )
    return rules


def _insert(schema: dict[str, Any], path: str, leaf: dict[str, Any]) -> None:
    node = schema
    for part in path.split(".")[:-1]:
        properties = node.setdefault("properties", {})
        node = properties.setdefault(
            part, {"type": "object", "additionalProperties": False, "properties": {}}
        )
    node.setdefault("properties", {})[path.split(".")[-1]] = leaf


def _require_all(node: dict[str, Any]) -> None:
    """Every documented key is required: values.yaml supplies them, so only a null removes one."""
    properties = node.get("properties")
    if not properties or node.get("additionalProperties") is not False:
        return
    node["required"] = sorted(properties)
    for child in properties.values():
        _require_all(child)


def generate_schema(values_text: str) -> dict[str, Any]:
    """The JSON schema of a ``values.yaml`` text.

    Raises:
        ValueError: when a value has no ``## @param`` (or ``## @skip``) or a param has no value.
    """
    values = yaml.safe_load(values_text)
    params, skipped = parse_params(values_text)
    documented = {p.path for p in params}
    covered = documented | set(skipped)
    undocumented = [
        leaf
        for leaf in _leaves(values)
        if not any(leaf == c or leaf.startswith(f"{c}.") for c in covered)
    ]
    if undocumented:
        raise ValueError(f"values without a ## @param comment: {undocumented}")
    schema: dict[str, Any] = {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "title": "NeuroForge Helm chart values",
        "type": "object",
        "additionalProperties": False,
        "properties": {},
    }
    for param in params:
        default = _lookup(values, param.path)
        leaf: dict[str, Any] = {
            **_json_type(default, param.modifiers, param.path),
            "description": param.description,
            "default": default,
        }
        leaf.update(_constraints(param.path))
        if "nullable" in param.modifiers:
            types = leaf["type"] if isinstance(leaf["type"], list) else [leaf["type"]]
            leaf["type"] = [*types, "null"]
        _insert(schema, param.path, leaf)
    for path in skipped:
        _insert(schema, path, {})
    _require_all(schema)
    schema["allOf"] = cross_field_rules()
    return schema


def render_schema() -> str:
    """The text ``values.schema.json`` should have."""
    return json.dumps(generate_schema(VALUES_FILE.read_text()), indent=2) + "\n"


def stale() -> list[Path]:
    """Chart files that differ from what ``sync`` would write."""
    out = [
        target for source, target in SYNCED_FILES.items() if _differs(source.read_bytes(), target)
    ]
    if _differs(render_schema().encode(), SCHEMA_FILE):
        out.append(SCHEMA_FILE)
    return out


def _differs(content: bytes, path: Path) -> bool:
    return not path.exists() or path.read_bytes() != content


def sync() -> list[Path]:
    """Copy the shared files into the chart and regenerate the schema; return what changed."""
    changed = stale()
    for source, target in SYNCED_FILES.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(source.read_bytes())
    SCHEMA_FILE.write_text(render_schema())
    return changed


def values_file(name: str) -> dict[str, Any]:
    """A values file of ``helm/values/`` (``production``, ``ha``, ``development``) as a dict."""
    loaded: dict[str, Any] = yaml.safe_load((VALUES_DIR / f"{name}.yaml").read_text())
    return loaded


def render(
    values: dict[str, Any] | None = None,
    *,
    release: str = "neuroforge",
    namespace: str = "neuroforge",
) -> dict[str, str]:
    """``helm template``: rendered files by template path (Helm validates the schema first).

    Raises:
        helm_python.HelmError: when the values break the schema or a template fails.
    """
    import helm_python

    with helm_python.Chart.load(CHART_DIR) as chart:
        return chart.render(values or {}, name=release, namespace=namespace)


def manifests(rendered: dict[str, str]) -> list[dict[str, Any]]:
    """Every Kubernetes object of a rendering (NOTES.txt and empty documents left out)."""
    objects: list[dict[str, Any]] = []
    for path, text in sorted(rendered.items()):
        if path.endswith(".yaml"):
            objects.extend(doc for doc in yaml.safe_load_all(text) if doc)
    return objects


def merge_values(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    """Helm's coalescing of values files: maps merge key by key, anything else replaces."""
    merged = copy.deepcopy(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = merge_values(merged[key], value)
        else:
            merged[key] = copy.deepcopy(value)
    return merged


def find(objects: list[dict[str, Any]], kind: str, name: str) -> dict[str, Any]:
    """The one rendered object of ``kind`` called ``name``.

    Raises:
        LookupError: when there is none or more than one.
    """
    matches = [o for o in objects if o["kind"] == kind and o["metadata"]["name"] == name]
    if len(matches) != 1:
        raise LookupError(f"{kind}/{name}: {len(matches)} rendered")
    return matches[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail when the chart is stale")
    args = parser.parse_args()
    if args.check:
        if out_of_date := stale():
            names = ", ".join(str(p.relative_to(REPO_ROOT)) for p in out_of_date)
            sys.exit(f"stale chart files (run python -m nf_devtools.chart): {names}")
        return
    for path in sync():
        print(f"updated {path.relative_to(REPO_ROOT)}")


if __name__ == "__main__":
    main()
