"""Tracing in the shared bootstrap: a real grpc.aio server and channel with the standard chain."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import grpc
import pytest
from grpc import aio
from grpc_health.v1 import health_pb2, health_pb2_grpc
from opentelemetry import trace
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, format_span_id, format_trace_id
from prometheus_client import REGISTRY
from prometheus_client.openmetrics.exposition import generate_latest

from nf_core.channels import create_channel
from nf_core.errors import InvalidArgumentError
from nf_core.server import RunningService, ServiceSpec, start
from nf_core.settings import MeshSettings, Stage
from nf_core.tracing import (
    TRACE_ID_HEADER,
    annotate,
    build_provider,
    continue_trace,
    current_ids,
)

SERVICE = "nftest.v1.Traced"
TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736"
PARENT_ID = "00f067aa0ba902b7"
TRACEPARENT = f"00-{TRACE_ID}-{PARENT_ID}-01"


async def _ids(request: bytes, context: aio.ServicerContext[Any, Any]) -> bytes:
    annotate(pack_id="literary-demo", skipped=None)
    trace_id, span_id = current_ids()
    return f"{trace_id} {span_id}".encode()


async def _invalid(request: bytes, context: aio.ServicerContext[Any, Any]) -> bytes:
    raise InvalidArgumentError("temperature", "must be between 0 and 2")


def _register(server: aio.Server) -> None:
    handlers = {
        "Ids": grpc.unary_unary_rpc_method_handler(_ids),
        "Invalid": grpc.unary_unary_rpc_method_handler(_invalid),
    }
    server.add_generic_rpc_handlers((grpc.method_handlers_generic_handler(SERVICE, handlers),))


def _settings(**overrides: Any) -> MeshSettings:
    return MeshSettings(internal_token="t", metrics_port_offset=0, **overrides)


@pytest.fixture
def exported() -> InMemorySpanExporter:
    return InMemorySpanExporter()


@pytest.fixture
def provider(exported: InMemorySpanExporter) -> Iterator[TracerProvider]:
    """A provider that records (as with an endpoint set) into ``exported``."""
    tracer_provider = build_provider("orchestrator", _settings(), exporter=exported)
    yield tracer_provider
    tracer_provider.shutdown()


async def _serve(tracer_provider: TracerProvider) -> RunningService:
    spec = ServiceSpec(
        stage=Stage.ORCHESTRATOR,
        settings=_settings(),
        registrars=[_register],
        service_names=[SERVICE],
    )
    return await start(spec, port=0, tracer_provider=tracer_provider)


@pytest.fixture
async def server(provider: TracerProvider) -> AsyncIterator[RunningService]:
    running = await _serve(provider)
    yield running
    await running.stop(0)


def _headers(*sent: Any) -> dict[str, str]:
    """Metadata (grpc-stubs types its items oddly) as one dict."""
    return {str(key): str(value) for part in sent for key, value in part or ()}


def _spans(provider: TracerProvider, exported: InMemorySpanExporter) -> list[ReadableSpan]:
    provider.force_flush()
    return list(exported.get_finished_spans())


async def _call_ids(
    port: int, metadata: tuple[tuple[str, str], ...] = ()
) -> tuple[str, str, dict[str, str]]:
    async with aio.insecure_channel(f"127.0.0.1:{port}") as channel:
        call = channel.unary_unary(f"/{SERVICE}/Ids", None, None)(b"", metadata=metadata)
        body = (await call).decode()
        headers = _headers(await call.initial_metadata())
    trace_id, span_id = body.split()
    return trace_id, span_id, headers


async def test_server_continues_the_callers_traceparent_and_answers_x_trace_id(
    server: RunningService, provider: TracerProvider, exported: InMemorySpanExporter
) -> None:
    trace_id, span_id, headers = await _call_ids(server.port, (("traceparent", TRACEPARENT),))
    assert trace_id == TRACE_ID
    assert headers[TRACE_ID_HEADER] == TRACE_ID
    [span] = _spans(provider, exported)
    assert span.kind is SpanKind.SERVER
    assert span.name == f"/{SERVICE}/Ids"
    assert format_trace_id(span.context.trace_id) == TRACE_ID
    assert span.parent is not None
    assert format_span_id(span.parent.span_id) == PARENT_ID
    assert format_span_id(span.context.span_id) == span_id  # the handler ran inside the span
    assert span.attributes is not None
    assert span.attributes["neuroforge.pack_id"] == "literary-demo"
    assert "neuroforge.skipped" not in span.attributes


async def test_server_starts_a_new_trace_without_traceparent(
    server: RunningService, provider: TracerProvider, exported: InMemorySpanExporter
) -> None:
    trace_id, _, headers = await _call_ids(server.port)
    assert len(trace_id) == 32
    assert trace_id != TRACE_ID
    assert int(trace_id, 16) != 0
    assert headers[TRACE_ID_HEADER] == trace_id
    [span] = _spans(provider, exported)
    assert span.parent is None


async def test_errors_also_carry_the_trace_id(server: RunningService) -> None:
    async with aio.insecure_channel(f"127.0.0.1:{server.port}") as channel:
        call = channel.unary_unary(f"/{SERVICE}/Invalid", None, None)(
            b"", metadata=(("traceparent", TRACEPARENT),)
        )
        with pytest.raises(aio.AioRpcError) as raised:
            await call
    error = raised.value
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
    headers = _headers(error.initial_metadata(), error.trailing_metadata())
    assert headers[TRACE_ID_HEADER] == TRACE_ID


async def test_health_probes_answer_but_leave_no_span(
    server: RunningService, provider: TracerProvider, exported: InMemorySpanExporter
) -> None:
    async with aio.insecure_channel(f"127.0.0.1:{server.port}") as channel:
        call = health_pb2_grpc.HealthStub(channel).Check(health_pb2.HealthCheckRequest())
        response = await call
        headers = _headers(await call.initial_metadata())
    assert response.status == health_pb2.HealthCheckResponse.SERVING
    assert len(str(headers[TRACE_ID_HEADER])) == 32  # still an id for its logs and headers
    assert _spans(provider, exported) == []


async def test_channel_makes_a_client_span_the_parent_of_the_server_span(
    server: RunningService, provider: TracerProvider, exported: InMemorySpanExporter
) -> None:
    # The caller records into the same exporter as if it were another process of the mesh.
    root = provider.get_tracer("test").start_span("/caller/Infer", kind=SpanKind.SERVER)
    channel = create_channel(f"127.0.0.1:{server.port}", "t", tracer_provider=provider)
    try:
        with trace.use_span(root, end_on_exit=True):
            await channel.unary_unary(f"/{SERVICE}/Ids", None, None)(b"")
    finally:
        await channel.close(None)
    spans = {span.kind: span for span in _spans(provider, exported) if span.name != "/caller/Infer"}
    client, served = spans[SpanKind.CLIENT], spans[SpanKind.SERVER]
    assert client.parent is not None
    assert client.parent.span_id == root.get_span_context().span_id
    assert served.parent is not None
    assert served.parent.span_id == client.context.span_id
    assert served.context.trace_id == root.get_span_context().trace_id


async def test_with_export_off_ids_propagate_and_nothing_is_recorded() -> None:
    off = build_provider("orchestrator", _settings())  # no endpoint: no exporter
    watched = InMemorySpanExporter()
    off.add_span_processor(SimpleSpanProcessor(watched))
    running = await _serve(off)
    try:
        trace_id, _, headers = await _call_ids(running.port, (("traceparent", TRACEPARENT),))
        fresh_id, _, fresh_headers = await _call_ids(running.port)
    finally:
        await running.stop(0)
        off.shutdown()
    assert trace_id == headers[TRACE_ID_HEADER] == TRACE_ID
    assert fresh_id == fresh_headers[TRACE_ID_HEADER] != TRACE_ID  # a new, valid trace id
    assert len(fresh_id) == 32
    assert watched.get_finished_spans() == ()


async def test_with_export_off_a_channel_passes_the_callers_trace_on() -> None:
    off = build_provider("context_builder", _settings())
    running = await _serve(off)
    channel = create_channel(f"127.0.0.1:{running.port}", "t", tracer_provider=off)
    try:
        continue_trace({"traceparent": TRACEPARENT})  # as a served request would
        caller_trace, caller_span = current_ids()
        body = await channel.unary_unary(f"/{SERVICE}/Ids", None, None)(b"")
    finally:
        await channel.close(None)
        await running.stop(0)
        off.shutdown()
    trace_id, span_id = body.decode().split()
    assert caller_trace == trace_id == TRACE_ID
    assert span_id not in (caller_span, PARENT_ID)  # each hop has its own span id


async def test_a_call_refused_before_its_handler_still_answers_the_trace_id(
    provider: TracerProvider,
) -> None:
    spec = ServiceSpec(
        stage=Stage.EVALUATOR,
        settings=_settings(),
        registrars=[_register],
        service_names=[SERVICE],
        internal_only=True,
    )
    running = await start(spec, port=0, tracer_provider=provider)
    try:
        async with aio.insecure_channel(f"127.0.0.1:{running.port}") as channel:
            call = channel.unary_unary(f"/{SERVICE}/Ids", None, None)(
                b"", metadata=(("traceparent", TRACEPARENT),)
            )
            with pytest.raises(aio.AioRpcError) as raised:
                await call  # no internal credential
    finally:
        await running.stop(0)
    assert raised.value.code() == grpc.StatusCode.UNAUTHENTICATED
    assert _headers(raised.value.trailing_metadata())[TRACE_ID_HEADER] == TRACE_ID


def _latency_exemplars(method: str) -> set[str]:
    """Trace ids attached as exemplars to this method's latency buckets (OpenMetrics text)."""
    text = generate_latest(REGISTRY).decode()  # type: ignore[no-untyped-call]
    prefix = f'nf_grpc_server_handling_seconds_bucket{{grpc_method="{method}"'
    return {
        line.split('trace_id="', 1)[1].split('"', 1)[0]
        for line in text.splitlines()
        if line.startswith(prefix) and 'trace_id="' in line
    }


async def test_exported_calls_leave_their_trace_id_as_a_latency_exemplar(
    server: RunningService,
) -> None:
    await _call_ids(server.port, (("traceparent", TRACEPARENT),))

    assert TRACE_ID in _latency_exemplars("Ids")


async def test_calls_whose_trace_is_not_exported_leave_no_exemplar() -> None:
    running = await _serve(build_provider("orchestrator", _settings()))  # export off
    try:
        unexported = f"00-{'a' * 32}-{PARENT_ID}-01"
        await _call_ids(running.port, (("traceparent", unexported),))
    finally:
        await running.stop(0)

    assert "a" * 32 not in _latency_exemplars("Ids")
