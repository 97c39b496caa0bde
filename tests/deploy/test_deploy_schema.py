"""values.schema.json: generated from the ``## @param`` comments, and it rejects bad values."""

from __future__ import annotations

import json
from typing import Any

import helm_python
import jsonschema
import pytest
import yaml

from nf_devtools import chart

SCHEMA: dict[str, Any] = json.loads(chart.SCHEMA_FILE.read_text())
DEFAULTS: dict[str, Any] = yaml.safe_load(chart.VALUES_FILE.read_text())
REDIS = {"redis": {"url": "redis://redis:6379/0"}}
POSTGRES = {"postgresql": {"url": "postgresql://nf@pg:5432/nf"}}

# name -> (values given to the chart, text every validator's error must contain)
BAD_VALUES: dict[str, tuple[dict[str, Any], str]] = {
    "replicas as a string": ({"evaluator": {"replicaCount": "two"}}, "replicaCount"),
    "orchestrator replicas without redis": ({"orchestrator": {"replicaCount": 2}}, "redis"),
    "router autoscaled without redis": (
        {"modelRouter": {"autoscaling": {"enabled": True}}},
        "redis",
    ),
    "post-processor replicas without postgresql": (
        {**REDIS, "postProcessor": {"replicaCount": 2}},
        "postgresql",
    ),
    "negative replicas": ({"gateway": {"replicaCount": -1}}, "replicaCount"),
    "misspelt key": ({"orchestrator": {"replicas": 2}}, "replicas"),
    "unknown log level": ({"config": {"logLevel": "VERBOSE"}}, "logLevel"),
    "jwks url not http": ({"auth": {"jwksUrl": "ftp://keys/jwks"}}, "jwksUrl"),
    "no keys at all": ({"auth": {"jwksUrl": ""}}, "localJwks"),
    "redis url of another scheme": ({"redis": {"url": "http://redis:6379"}}, "url"),
    "setting that is not NF_": ({"promptEngine": {"settings": {"LOG_LEVEL": "x"}}}, "LOG_LEVEL"),
    "boolean as a string": ({"networkPolicy": {"enabled": "yes"}}, "enabled"),
    "missing issuer": ({"auth": {"issuer": None}}, "issuer"),
    "route timeout in ms": ({"gateway": {"routeTimeout": "250ms"}}, "routeTimeout"),
}

GOOD_VALUES: dict[str, dict[str, Any]] = {
    "defaults": {},
    "scaled with redis and postgresql": {
        **REDIS,
        **POSTGRES,
        "orchestrator": {"replicaCount": 3},
        "postProcessor": {"autoscaling": {"enabled": True}},
    },
    "orchestrator scaled with redis, post-processor alone on sqlite": {
        **REDIS,
        "orchestrator": {"replicaCount": 2},
    },
    "existing secrets instead of urls": {
        "redis": {"existingSecret": "nf-redis"},
        "postgresql": {"existingSecret": "nf-db"},
        "postProcessor": {"replicaCount": 2},
    },
    "production": chart.values_file("production"),
    "production + ha": chart.merge_values(chart.values_file("production"), chart.values_file("ha")),
}


def _json_errors(values: dict[str, Any]) -> list[str]:
    """jsonschema's messages for the values Helm would use (defaults coalesced, nulls removed)."""
    merged = chart.merge_values(DEFAULTS, values)
    if values.get("auth", {}).get("issuer", "") is None:
        del merged["auth"]["issuer"]
    validator = jsonschema.Draft7Validator(SCHEMA)
    return [
        f"{'/'.join(map(str, error.absolute_path))}: {error.message} "
        + " ".join(str(sub.message) for sub in error.context or [])
        + " "
        + " ".join(map(str, error.schema_path))
        for error in validator.iter_errors(merged)
    ]


def test_schema_is_a_valid_draft7_schema() -> None:
    jsonschema.Draft7Validator.check_schema(SCHEMA)


@pytest.mark.parametrize("case", sorted(BAD_VALUES))
def test_schema_rejects_bad_values(case: str) -> None:
    values, expected = BAD_VALUES[case]
    errors = _json_errors(values)
    assert errors, f"jsonschema accepted {values}"
    assert any(expected in error for error in errors), errors


@pytest.mark.parametrize("case", sorted(BAD_VALUES))
def test_helm_rejects_bad_values_before_rendering(case: str) -> None:
    values, expected = BAD_VALUES[case]
    with pytest.raises(helm_python.HelmValuesError) as raised:
        chart.render(values)
    assert expected in str(raised.value)


@pytest.mark.parametrize("case", sorted(GOOD_VALUES))
def test_schema_accepts_good_values(case: str) -> None:
    values = GOOD_VALUES[case]
    assert _json_errors(values) == []
    chart.render(values)


def test_every_value_needs_a_param_comment() -> None:
    text = chart.VALUES_FILE.read_text() + "\nundocumented: 1\n"
    with pytest.raises(ValueError, match="undocumented"):
        chart.generate_schema(text)


def test_param_comments_give_types_descriptions_and_defaults() -> None:
    replicas = SCHEMA["properties"]["orchestrator"]["properties"]["replicaCount"]
    assert replicas["type"] == "integer"
    assert replicas["default"] == 1
    assert replicas["minimum"] == 0
    assert "redis" in replicas["description"]
    resources = SCHEMA["properties"]["gateway"]["properties"]["resources"]
    assert resources["type"] == "object"
    assert "additionalProperties" not in resources, "free-form [object] values stay open"
