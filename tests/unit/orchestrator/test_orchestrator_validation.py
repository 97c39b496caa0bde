"""validate_infer: each malformed field is named in the InvalidArgumentError; defaults apply."""

from __future__ import annotations

import math
from typing import Any

import pytest

from neuroforge.common.v1 import pipeline_pb2 as common_pb
from neuroforge.inference.v1 import inference_service_pb2 as pb
from nf_core.errors import InvalidArgumentError
from services.orchestrator.validation import (
    MAX_ADDITIONAL_CONTEXT_CHARS,
    MAX_QUERY_CHARS,
    ValidInferRequest,
    validate_infer,
)

DEFAULT_TEMPERATURE = 0.7
DEFAULT_MAX_TOKENS = 512
MAX_TOKENS_LIMIT = 4096


def _request(**overrides: Any) -> pb.InferRequest:
    fields: dict[str, Any] = {
        "domain": common_pb.DOMAIN_LITERARY,
        "task_type": common_pb.TASK_TYPE_ANALYSIS,
        "context_pack_id": "literary-demo",
        "user_query": "What makes a narrator unreliable?",
    }
    fields.update(overrides)
    return pb.InferRequest(**fields)


def _validate(request: pb.InferRequest) -> ValidInferRequest:
    return validate_infer(request, DEFAULT_TEMPERATURE, DEFAULT_MAX_TOKENS, MAX_TOKENS_LIMIT)


def test_valid_request_gets_names_and_defaults() -> None:
    valid = _validate(_request(user_query="  What makes a narrator unreliable?  "))

    assert valid == ValidInferRequest(
        domain="literary",
        task_type="analysis",
        context_pack_id="literary-demo",
        user_query="What makes a narrator unreliable?",
        additional_context="",
        temperature=0.7,
        max_tokens=512,
    )


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"domain": common_pb.DOMAIN_UNSPECIFIED}, "domain"),
        ({"task_type": common_pb.TASK_TYPE_UNSPECIFIED}, "task_type"),
        ({"context_pack_id": ""}, "context_pack_id"),
        ({"context_pack_id": "Literary-Demo"}, "context_pack_id"),
        ({"context_pack_id": "lit demo"}, "context_pack_id"),
        ({"context_pack_id": "x" * 65}, "context_pack_id"),
        ({"user_query": ""}, "user_query"),
        ({"user_query": " \n\t "}, "user_query"),
        ({"user_query": "q" * (MAX_QUERY_CHARS + 1)}, "user_query"),
        ({"additional_context": "c" * (MAX_ADDITIONAL_CONTEXT_CHARS + 1)}, "additional_context"),
        ({"temperature": -0.1}, "temperature"),
        ({"temperature": 2.1}, "temperature"),
        ({"temperature": math.nan}, "temperature"),
        ({"temperature": math.inf}, "temperature"),
        ({"max_tokens": 0}, "max_tokens"),
        ({"max_tokens": -5}, "max_tokens"),
        ({"max_tokens": MAX_TOKENS_LIMIT + 1}, "max_tokens"),
    ],
    ids=[
        "domain-unspecified",
        "task-unspecified",
        "pack-empty",
        "pack-upper-case",
        "pack-space",
        "pack-too-long",
        "query-empty",
        "query-blank",
        "query-5001-chars",
        "additional-context-too-long",
        "temperature-negative",
        "temperature-above-2",
        "temperature-nan",
        "temperature-inf",
        "max-tokens-zero",
        "max-tokens-negative",
        "max-tokens-over-limit",
    ],
)
def test_bad_field_is_invalid_argument_naming_that_field(
    overrides: dict[str, Any], field: str
) -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        _validate(_request(**overrides))

    assert caught.value.field == field
    assert caught.value.message.startswith(f"{field}: ")


def test_query_of_exactly_the_limit_is_accepted() -> None:
    assert len(_validate(_request(user_query="q" * MAX_QUERY_CHARS)).user_query) == 5000


def test_additional_context_of_exactly_the_limit_is_accepted() -> None:
    text = "c" * MAX_ADDITIONAL_CONTEXT_CHARS

    assert _validate(_request(additional_context=text)).additional_context == text


@pytest.mark.parametrize("temperature", [0.0, 1.3, 2.0])
def test_explicit_temperature_within_range_is_kept_even_zero(temperature: float) -> None:
    assert _validate(_request(temperature=temperature)).temperature == temperature


@pytest.mark.parametrize("max_tokens", [1, 2048, MAX_TOKENS_LIMIT])
def test_explicit_max_tokens_within_range_is_kept(max_tokens: int) -> None:
    assert _validate(_request(max_tokens=max_tokens)).max_tokens == max_tokens


def test_first_offending_field_is_reported_when_several_are_bad() -> None:
    request = _request(context_pack_id="BAD", user_query="", temperature=9.0)

    with pytest.raises(InvalidArgumentError) as caught:
        _validate(request)

    assert caught.value.field == "context_pack_id"


def test_stream_request_has_exactly_the_fields_of_infer_request() -> None:
    # StreamInfer validates its request by re-reading the bytes as an InferRequest.
    def shape(message: type[Any]) -> list[tuple[str, int, int, bool]]:
        return [(f.name, f.number, f.type, f.has_presence) for f in message.DESCRIPTOR.fields]

    assert shape(pb.StreamInferRequest) == shape(pb.InferRequest)


def test_an_unknown_routing_strategy_names_the_field_and_the_choices() -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        _validate(_request(routing_strategy=9))

    assert caught.value.field == "routing_strategy"
    assert "ROUTING_STRATEGY_QUALITY_OPTIMIZED" in caught.value.message


def test_a_named_routing_strategy_is_carried_by_name() -> None:
    valid = _validate(_request(routing_strategy=common_pb.ROUTING_STRATEGY_SPEED_OPTIMIZED))

    assert valid.routing_strategy == "speed_optimized"
    assert _validate(_request()).routing_strategy == ""
