"""OpenTelemetry for every service: tracer provider, sampling, export, instrumentation, helpers.

Context propagation always runs (the caller's W3C ``traceparent`` is continued, so trace ids
reach logs and the ``x-trace-id`` header); spans are recorded and exported only when an OTLP
endpoint is configured. With export off no span object is built at all: ``continue_trace`` makes
the caller's trace (or a new one) current and ``outbound_traceparent`` passes it on, which costs
a fraction of the maintained gRPC instrumentation's per-call work (see docs/tracing.md).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit

from opentelemetry import context as otel_context
from opentelemetry import trace
from opentelemetry.context import Context
from opentelemetry.instrumentation.grpc import aio_client_interceptors, aio_server_interceptor
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor, SpanExporter
from opentelemetry.sdk.trace.id_generator import RandomIdGenerator
from opentelemetry.sdk.trace.sampling import (
    ALWAYS_OFF,
    Decision,
    ParentBased,
    Sampler,
    SamplingResult,
    TraceIdRatioBased,
)
from opentelemetry.trace import (
    Link,
    NonRecordingSpan,
    SpanContext,
    SpanKind,
    format_span_id,
    format_trace_id,
)
from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator
from opentelemetry.util.types import Attributes, AttributeValue

import nf_core
from nf_core.settings import MeshSettings

logger = logging.getLogger(__name__)
_PROPAGATOR = TraceContextTextMapPropagator()
_IDS = RandomIdGenerator()

TRACE_ID_HEADER = "x-trace-id"
NAMESPACE = "neuroforge"
ATTRIBUTE_PREFIX = "neuroforge."

# Probes and introspection arrive every few seconds from Envoy, Kubernetes and the stages' own
# pollers: recording them would bury the request traces.
_QUIET_SERVICES = (
    "/grpc.health.v1.Health/",
    "/grpc.reflection.",
    "/neuroforge.stage.v1.StageInfoService/",
    "/neuroforge.health.v1.MeshHealthService/",
)


class RequestSampler(Sampler):
    """Samples traces that start at a served request; drops probes and background work.

    A span without a parent is kept only when it is a SERVER span (a request reaching the mesh);
    root CLIENT/INTERNAL spans come from background loops (outbox delivery, health pollers,
    champion refresh) and would each become a one-span trace. Children follow their parent's
    decision; roots are kept with probability ``ratio``.
    """

    def __init__(self, ratio: float) -> None:
        self._ratio = ratio
        self._delegate = ParentBased(TraceIdRatioBased(ratio))

    def should_sample(
        self,
        parent_context: Context | None,
        trace_id: int,
        name: str,
        kind: SpanKind | None = None,
        attributes: Attributes = None,
        links: Sequence[Link] | None = None,
        trace_state: trace.TraceState | None = None,
    ) -> SamplingResult:
        if name.startswith(_QUIET_SERVICES):
            return SamplingResult(Decision.DROP)
        parent = trace.get_current_span(parent_context).get_span_context()
        if not parent.is_valid and kind is not SpanKind.SERVER:
            return SamplingResult(Decision.DROP)
        return self._delegate.should_sample(
            parent_context, trace_id, name, kind, attributes, links, trace_state
        )

    def get_description(self) -> str:
        return f"RequestSampler{{ratio={self._ratio}}}"


def otlp_exporter(endpoint: str, timeout_seconds: float = 5.0) -> SpanExporter:
    """An OTLP/gRPC span exporter for ``http://host:port`` (plaintext) or ``https://...`` (TLS).

    Raises:
        ValueError: when the endpoint is not an http(s) URL with a host.
    """
    from opentelemetry.exporter.otlp.proto.grpc.trace_exporter import OTLPSpanExporter

    url = urlsplit(endpoint)
    if url.scheme not in ("http", "https") or not url.hostname:
        raise ValueError(f"NF_TRACING_OTLP_ENDPOINT must be http(s)://host:port, got {endpoint!r}")
    return OTLPSpanExporter(
        endpoint=endpoint, insecure=url.scheme == "http", timeout=int(timeout_seconds)
    )


def build_provider(
    service: str, settings: MeshSettings, exporter: SpanExporter | None = None
) -> TracerProvider:
    """A tracer provider for ``service``; records spans only when there is somewhere to send them.

    Args:
        service: ``service.name`` of every span (the stage name).
        settings: Tracing settings (``NF_TRACING_*``).
        exporter: Overrides the OTLP exporter (tests pass an in-memory one).
    """
    if exporter is None and settings.tracing_otlp_endpoint:
        exporter = otlp_exporter(settings.tracing_otlp_endpoint)
    resource = Resource.create(
        {
            "service.name": service,
            "service.namespace": NAMESPACE,
            "service.version": nf_core.__version__,
        }
    )
    sampler: Sampler = (
        ALWAYS_OFF if exporter is None else RequestSampler(settings.tracing_sample_ratio)
    )
    provider = TracerProvider(resource=resource, sampler=sampler)
    if exporter is not None:
        provider.add_span_processor(
            BatchSpanProcessor(
                exporter, schedule_delay_millis=settings.tracing_export_delay_seconds * 1000
            )
        )
    return provider


def _instrument_libraries(provider: TracerProvider) -> None:
    # Outbound spans exist only to be exported: with export off these patches would cost time on
    # every Redis command and HTTP call for nothing.
    from opentelemetry.instrumentation.asyncpg import AsyncPGInstrumentor
    from opentelemetry.instrumentation.httpx import HTTPXClientInstrumentor
    from opentelemetry.instrumentation.redis import RedisInstrumentor

    HTTPXClientInstrumentor().instrument(tracer_provider=provider)
    RedisInstrumentor().instrument(tracer_provider=provider)
    AsyncPGInstrumentor().instrument(tracer_provider=provider)  # type: ignore[no-untyped-call]


def configure_tracing(
    service: str, settings: MeshSettings, exporter: SpanExporter | None = None
) -> TracerProvider:
    """Install the process-wide tracer provider and, when exporting, the library instrumentations.

    Call once at start-up; channels and interceptors made earlier follow it (they check
    ``records()`` on every call).

    Returns:
        The provider, so that shutdown can flush it.
    """
    provider = build_provider(service, settings, exporter)
    trace.set_tracer_provider(provider)
    exporting = exporter is not None or bool(settings.tracing_otlp_endpoint)
    if exporting:
        _instrument_libraries(provider)
    logger.info(
        "tracing %s",
        "exports to " + settings.tracing_otlp_endpoint if exporting else "propagates ids only",
        extra={"fields": {"sample_ratio": settings.tracing_sample_ratio}},
    )
    return provider


def otel_server_interceptor(provider: trace.TracerProvider | None = None) -> Any:
    """The maintained OpenTelemetry grpc.aio server interceptor (used while spans are recorded).

    Without ``provider`` it uses the global one, resolved lazily.
    """
    return aio_server_interceptor(tracer_provider=provider)  # type: ignore[no-untyped-call]


def otel_client_interceptors(provider: trace.TracerProvider | None = None) -> list[Any]:
    """The maintained grpc.aio client interceptors (unary-unary, unary-stream, ...): a span each."""
    return list(aio_client_interceptors(tracer_provider=provider))  # type: ignore[no-untyped-call]


def records(provider: trace.TracerProvider | None = None) -> bool:
    """True when ``provider`` (default: the global one) can record spans, i.e. exports them."""
    chosen = trace.get_tracer_provider() if provider is None else provider
    return isinstance(chosen, TracerProvider) and chosen.sampler is not ALWAYS_OFF


def continue_trace(headers: Mapping[str, str]) -> None:
    """Export-off path: make the caller's trace, or a new one, current for this call.

    The call gets a fresh span id (for its log lines and as the parent it passes on) on a
    non-recording span; nothing is allocated for export.
    """
    parent = trace.get_current_span(_PROPAGATOR.extract(headers)).get_span_context()
    trace_id = parent.trace_id if parent.is_valid else _IDS.generate_trace_id()
    span = NonRecordingSpan(SpanContext(trace_id, _IDS.generate_span_id(), is_remote=False))
    otel_context.attach(trace.set_span_in_context(span))


def outbound_traceparent() -> list[tuple[str, str]]:
    """Export-off path: the ``traceparent`` (and ``tracestate``) headers of the current trace."""
    carrier: dict[str, str] = {}
    _PROPAGATOR.inject(carrier)
    return list(carrier.items())


def current_ids() -> tuple[str, str]:
    """The (trace id, span id) of the active span as lowercase hex, or ("-", "-") without one."""
    context = trace.get_current_span().get_span_context()
    if not context.is_valid:
        return "-", "-"
    return format_trace_id(context.trace_id), format_span_id(context.span_id)


def current_trace_id() -> str | None:
    """The 32-hex trace id of the active span, or None without one."""
    context = trace.get_current_span().get_span_context()
    return format_trace_id(context.trace_id) if context.is_valid else None


def sampled_trace_id() -> str | None:
    """The trace id when the active span is sampled (its trace reaches the backend), else None.

    Used as a metrics exemplar: linking a latency bucket to a trace that was never exported
    would send the operator to nothing.
    """
    context = trace.get_current_span().get_span_context()
    if not (context.is_valid and context.trace_flags.sampled):
        return None
    return format_trace_id(context.trace_id)


def annotate(**attributes: AttributeValue | None) -> None:
    """Set ``neuroforge.<name>`` attributes on the active span; None values are skipped.

    Cheap when the span is not recording (export off or not sampled). Never pass user text,
    prompts, outputs or credentials: spans leave the mesh.
    """
    span = trace.get_current_span()
    if not span.is_recording():
        return
    span.set_attributes(
        {ATTRIBUTE_PREFIX + name: value for name, value in attributes.items() if value is not None}
    )


def tracer(name: str) -> trace.Tracer:
    """A tracer from the global provider, for hand-written spans."""
    return trace.get_tracer(name, nf_core.__version__)
