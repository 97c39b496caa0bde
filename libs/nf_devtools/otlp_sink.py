"""An in-memory OTLP/gRPC trace collector on loopback, for tests and quick local looks."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent import futures
from dataclasses import dataclass
from typing import Any

import grpc
from opentelemetry.proto.collector.trace.v1 import trace_service_pb2 as collector_pb
from opentelemetry.proto.collector.trace.v1 import trace_service_pb2_grpc as collector_grpc
from opentelemetry.proto.common.v1.common_pb2 import AnyValue


@dataclass(frozen=True)
class ReceivedSpan:
    """One exported span, flattened: ids as lowercase hex, attributes as Python values."""

    service: str
    name: str
    kind: int
    trace_id: str
    span_id: str
    parent_span_id: str
    attributes: dict[str, Any]
    events: tuple[tuple[str, dict[str, Any]], ...]


def _value(value: AnyValue) -> Any:
    field = value.WhichOneof("value")
    if field == "array_value":
        return [_value(item) for item in value.array_value.values]
    if field == "kvlist_value":
        return {kv.key: _value(kv.value) for kv in value.kvlist_value.values}
    return getattr(value, field) if field else None


def _flatten(request: collector_pb.ExportTraceServiceRequest) -> list[ReceivedSpan]:
    spans = []
    for resource_spans in request.resource_spans:
        resource = {a.key: _value(a.value) for a in resource_spans.resource.attributes}
        for scope_spans in resource_spans.scope_spans:
            for span in scope_spans.spans:
                spans.append(
                    ReceivedSpan(
                        service=str(resource.get("service.name", "")),
                        name=span.name,
                        kind=span.kind,
                        trace_id=span.trace_id.hex(),
                        span_id=span.span_id.hex(),
                        parent_span_id=span.parent_span_id.hex(),
                        attributes={a.key: _value(a.value) for a in span.attributes},
                        events=tuple(
                            (e.name, {a.key: _value(a.value) for a in e.attributes})
                            for e in span.events
                        ),
                    )
                )
    return spans


class _TraceService(collector_grpc.TraceServiceServicer):
    def __init__(self, sink: OtlpSink) -> None:
        self._sink = sink

    def Export(
        self, request: collector_pb.ExportTraceServiceRequest, context: grpc.ServicerContext
    ) -> collector_pb.ExportTraceServiceResponse:
        self._sink.add(_flatten(request))
        return collector_pb.ExportTraceServiceResponse()


class OtlpSink:
    """Keeps every span exported to it; ``endpoint`` is what services and Envoy point at."""

    def __init__(self) -> None:
        self._spans: list[ReceivedSpan] = []
        self._lock = threading.Lock()
        self._server = grpc.server(futures.ThreadPoolExecutor(max_workers=4))
        # opentelemetry-proto's generated gRPC module has no type stubs.
        collector_grpc.add_TraceServiceServicer_to_server(  # type: ignore[no-untyped-call]
            _TraceService(self), self._server
        )
        self.port = self._server.add_insecure_port("127.0.0.1:0")

    @property
    def endpoint(self) -> str:
        """``http://127.0.0.1:<port>``: the OTLP/gRPC endpoint."""
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> OtlpSink:
        """Start serving (in gRPC's worker threads)."""
        self._server.start()
        return self

    def stop(self) -> None:
        """Stop serving immediately."""
        self._server.stop(None)

    def add(self, spans: list[ReceivedSpan]) -> None:
        """Store spans (called by the Export handler)."""
        with self._lock:
            self._spans.extend(spans)

    def spans(self) -> list[ReceivedSpan]:
        """A snapshot of every span received so far."""
        with self._lock:
            return list(self._spans)

    def wait_for(
        self, done: Callable[[list[ReceivedSpan]], bool], timeout_seconds: float
    ) -> list[ReceivedSpan]:
        """Poll until ``done(spans)`` holds or the timeout passes; return the spans either way."""
        give_up = time.monotonic() + timeout_seconds
        while True:
            spans = self.spans()
            if done(spans) or time.monotonic() >= give_up:
                return spans
            time.sleep(0.1)
