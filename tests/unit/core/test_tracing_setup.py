"""Tracing setup, sampling and settings; the JSON log format and per-service log levels."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator

import pytest
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, format_span_id, format_trace_id
from pydantic import ValidationError

from nf_core.logging_setup import CorrelationFilter, JsonFormatter, apply_levels, configure_logging
from nf_core.request_context import request_id_var
from nf_core.settings import MeshSettings, parse_log_levels
from nf_core.tracing import annotate, build_provider, current_ids, otlp_exporter


@pytest.fixture
def recording() -> Iterator[tuple[TracerProvider, InMemorySpanExporter]]:
    exported = InMemorySpanExporter()
    provider = build_provider("evaluator", MeshSettings(), exporter=exported)
    yield provider, exported
    provider.shutdown()


@pytest.fixture
def restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    touched = ["httpx", "services.model_router.router", "model_router"]
    levels = {name: logging.getLogger(name).level for name in touched}
    yield
    root.handlers[:] = handlers
    root.setLevel(level)
    for name, old in levels.items():
        logging.getLogger(name).setLevel(old)


def _record(message: str = "hello") -> logging.LogRecord:
    record = logging.LogRecord("services.x", logging.INFO, __file__, 1, message, (), None)
    CorrelationFilter().filter(record)
    return record


def test_json_line_outside_a_span_has_dashes_for_trace_and_span() -> None:
    line = json.loads(JsonFormatter("evaluator").format(_record()))
    assert line["trace_id"] == "-"
    assert line["span_id"] == "-"
    assert line["request_id"] == "-"
    assert line["service"] == "evaluator"
    assert line["message"] == "hello"


def test_json_line_inside_a_span_carries_its_ids_and_the_request_id(
    recording: tuple[TracerProvider, InMemorySpanExporter],
) -> None:
    provider, _ = recording
    token = request_id_var.set("req-42")
    try:
        with provider.get_tracer("t").start_as_current_span("work", kind=SpanKind.SERVER) as span:
            line = json.loads(JsonFormatter("evaluator").format(_record()))
    finally:
        request_id_var.reset(token)
    context = span.get_span_context()
    assert line["trace_id"] == format_trace_id(context.trace_id)
    assert line["span_id"] == format_span_id(context.span_id)
    assert line["request_id"] == "req-42"


def test_configure_logging_writes_json_with_ids_and_text_with_the_trace_id(
    restore_logging: None, capsys: pytest.CaptureFixture[str]
) -> None:
    configure_logging("prompt_engine", "INFO", "json")
    logging.getLogger("services.prompt_engine").info("built", extra={"fields": {"tokens": 9}})
    line = json.loads(capsys.readouterr().err.strip().splitlines()[-1])
    assert {"trace_id", "span_id", "request_id"} <= line.keys()
    assert line["tokens"] == 9
    configure_logging("prompt_engine", "INFO", "text")
    logging.getLogger("services.prompt_engine").info("built")
    assert "[- -] built" in capsys.readouterr().err


def test_a_stage_override_replaces_the_root_level_of_that_stage_only(
    restore_logging: None,
) -> None:
    overrides = "model_router=DEBUG,evaluator=ERROR,httpx=WARNING"
    apply_levels("model_router", "INFO", overrides)
    assert logging.getLogger().level == logging.DEBUG
    assert logging.getLogger("httpx").level == logging.WARNING
    apply_levels("prompt_engine", "INFO", overrides)
    assert logging.getLogger().level == logging.INFO
    # Another stage's name is not treated as a logger of this process.
    assert logging.getLogger("model_router").level == logging.NOTSET


def test_log_level_overrides_parse_and_reject_what_they_cannot_use() -> None:
    assert parse_log_levels(" httpx = warning , evaluator=DEBUG,") == {
        "httpx": "WARNING",
        "evaluator": "DEBUG",
    }
    with pytest.raises(ValueError, match="name=LEVEL"):
        parse_log_levels("httpx")
    with pytest.raises(ValidationError, match="LOUD"):
        MeshSettings(log_levels="httpx=LOUD")


@pytest.mark.parametrize(
    "endpoint", ["otel-collector:4317", "grpc://otel:4317", "http://otel", "http://:4317"]
)
def test_tracing_endpoint_must_be_an_http_url_with_a_port(endpoint: str) -> None:
    with pytest.raises(ValidationError, match="http"):
        MeshSettings(tracing_otlp_endpoint=endpoint)


def test_otlp_exporter_accepts_a_plain_or_tls_endpoint_and_rejects_others() -> None:
    otlp_exporter("http://127.0.0.1:4317").shutdown()
    otlp_exporter("https://tempo.example.com:443").shutdown()
    with pytest.raises(ValueError, match="NF_TRACING_OTLP_ENDPOINT"):
        otlp_exporter("127.0.0.1:4317")


def test_sampler_keeps_requests_and_their_children_and_drops_background_roots(
    recording: tuple[TracerProvider, InMemorySpanExporter],
) -> None:
    provider, exported = recording
    tracer = provider.get_tracer("t")
    with (
        tracer.start_as_current_span("/svc/Method", kind=SpanKind.SERVER),
        tracer.start_as_current_span("GET", kind=SpanKind.CLIENT),
    ):
        pass
    with tracer.start_as_current_span("EVALSHA", kind=SpanKind.CLIENT) as background:
        assert not background.is_recording()
        assert background.get_span_context().is_valid  # ids still flow to logs
    with tracer.start_as_current_span("/grpc.health.v1.Health/Check", kind=SpanKind.SERVER):
        pass
    provider.force_flush()
    assert [span.name for span in exported.get_finished_spans()] == ["GET", "/svc/Method"]


def test_sample_ratio_zero_records_no_new_trace() -> None:
    exported = InMemorySpanExporter()
    provider = build_provider("orchestrator", MeshSettings(tracing_sample_ratio=0), exported)
    with provider.get_tracer("t").start_as_current_span("/svc/M", kind=SpanKind.SERVER) as span:
        assert current_ids()[0] == format_trace_id(span.get_span_context().trace_id)
    provider.shutdown()
    assert exported.get_finished_spans() == ()


def test_annotate_is_a_no_op_without_a_recording_span() -> None:
    annotate(model_id="local/extractive")  # no active span: must not raise
    assert current_ids() == ("-", "-")


def test_provider_names_the_service_and_namespace(
    recording: tuple[TracerProvider, InMemorySpanExporter],
) -> None:
    provider, _ = recording
    attributes = provider.resource.attributes
    assert attributes["service.name"] == "evaluator"
    assert attributes["service.namespace"] == "neuroforge"
