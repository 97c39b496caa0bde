"""Server interceptors, one concern each: request id, access log and metrics, error mapping.

grpc.aio interceptors see only the handler, so each one wraps the handler's behaviour; the
``_wrap`` helper does that for unary-unary and unary-stream methods alike.
"""

from __future__ import annotations

import inspect
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TYPE_CHECKING, Any, cast

import grpc
from grpc import aio
from opentelemetry.trace import TracerProvider

from nf_core import metrics
from nf_core.errors import ServiceError
from nf_core.request_context import (
    REQUEST_ID_HEADER,
    accept_request_id,
    add_response_metadata,
    request_id_var,
    start_response_metadata,
    take_response_metadata,
)
from nf_core.tracing import (
    TRACE_ID_HEADER,
    continue_trace,
    current_trace_id,
    otel_server_interceptor,
    records,
    sampled_trace_id,
)

logger = logging.getLogger(__name__)

UnaryBehavior = Callable[[Any, aio.ServicerContext[Any, Any]], Awaitable[Any]]
StreamBehavior = Callable[[Any, aio.ServicerContext[Any, Any]], AsyncIterator[Any]]
Wrapper = Callable[[UnaryBehavior, str], UnaryBehavior]
StreamWrapper = Callable[[StreamBehavior, str], StreamBehavior]

if TYPE_CHECKING:  # the stubs make these generic; the runtime classes are not subscriptable
    Handler = grpc.RpcMethodHandler[Any, Any]
    _ServerInterceptor = aio.ServerInterceptor[Any, Any]
else:
    Handler = grpc.RpcMethodHandler
    _ServerInterceptor = aio.ServerInterceptor
Continuation = Callable[[grpc.HandlerCallDetails], Awaitable["Handler | None"]]


async def stream_items(result: Any) -> AsyncIterator[Any]:
    """Items of a server-streaming handler, whichever form it takes.

    grpc.aio accepts async generators and coroutines that stream with ``context.write`` (the
    standard health service's Watch is one); the latter yield nothing here.
    """
    if inspect.isawaitable(result):
        await result
        return
    async for item in result:
        yield item


def _wrap(  # the stubs type behaviours as sync; in a grpc.aio server they are coroutines
    handler: Handler, method: str, unary: Wrapper, stream: StreamWrapper
) -> Handler:
    if handler.unary_unary is not None:
        return grpc.unary_unary_rpc_method_handler(
            unary(cast(UnaryBehavior, handler.unary_unary), method),
            request_deserializer=handler.request_deserializer,
            response_serializer=handler.response_serializer,
        )
    if handler.unary_stream is not None:
        return grpc.unary_stream_rpc_method_handler(
            stream(cast(StreamBehavior, handler.unary_stream), method),
            request_deserializer=handler.request_deserializer,
            response_serializer=handler.response_serializer,
        )
    return handler  # client-streaming methods are not used by NeuroForge.


class BehaviorInterceptor(_ServerInterceptor):
    """Base: subclasses implement ``wrap_unary`` and ``wrap_stream``."""

    async def intercept_service(  # type: ignore[override]  # None = unknown method
        self, continuation: Continuation, handler_call_details: grpc.HandlerCallDetails
    ) -> Handler | None:
        handler = await continuation(handler_call_details)
        if handler is None:
            return None
        return _wrap(handler, handler_call_details.method, self.wrap_unary, self.wrap_stream)

    def wrap_unary(self, behavior: UnaryBehavior, method: str) -> UnaryBehavior:
        raise NotImplementedError

    def wrap_stream(self, behavior: StreamBehavior, method: str) -> StreamBehavior:
        raise NotImplementedError


def metadata_value(context: aio.ServicerContext[Any, Any], key: str) -> str | None:
    """First value of an invocation metadata key, or None."""
    for item_key, value in context.invocation_metadata() or ():
        if item_key == key:
            return value.decode() if isinstance(value, bytes) else value
    return None


class EnteringInterceptor(BehaviorInterceptor):
    """Base: runs ``enter`` before the handler, in the call's own context."""

    def enter(self, context: aio.ServicerContext[Any, Any]) -> None:
        raise NotImplementedError

    def wrap_unary(self, behavior: UnaryBehavior, method: str) -> UnaryBehavior:
        async def run(request: Any, context: aio.ServicerContext[Any, Any]) -> Any:
            self.enter(context)
            return await behavior(request, context)

        return run

    def wrap_stream(self, behavior: StreamBehavior, method: str) -> StreamBehavior:
        async def run(request: Any, context: aio.ServicerContext[Any, Any]) -> AsyncIterator[Any]:
            self.enter(context)
            async for item in stream_items(behavior(request, context)):
                yield item

        return run


class TracingInterceptor(EnteringInterceptor):
    """Outermost: continues the caller's trace so every later interceptor and log line sees it.

    While spans are recorded the call goes through the maintained OpenTelemetry interceptor (a
    server span per call). With export off that interceptor would still build a span, wrap the
    servicer context and collect attributes on every call for nothing, so the call only adopts
    the trace ids (``continue_trace``).
    """

    def __init__(self, tracer_provider: TracerProvider | None = None) -> None:
        self._provider = tracer_provider
        self._otel = otel_server_interceptor(tracer_provider)

    async def intercept_service(  # type: ignore[override]  # None = unknown method
        self, continuation: Continuation, handler_call_details: grpc.HandlerCallDetails
    ) -> Handler | None:
        if records(self._provider):
            handler: Handler | None = await self._otel.intercept_service(
                continuation, handler_call_details
            )
            return handler
        return await super().intercept_service(continuation, handler_call_details)

    def enter(self, context: aio.ServicerContext[Any, Any]) -> None:
        continue_trace(
            {
                key: value.decode() if isinstance(value, bytes) else value
                for key, value in context.invocation_metadata() or ()
            }
        )


class RequestIdInterceptor(EnteringInterceptor):
    """Adopts or creates the request id and starts the response metadata with it and the trace id.

    Runs inside ``TracingInterceptor``, so the call's trace is current.
    """

    def enter(self, context: aio.ServicerContext[Any, Any]) -> None:
        request_id = accept_request_id(metadata_value(context, REQUEST_ID_HEADER))
        request_id_var.set(request_id)
        start_response_metadata(request_id)
        trace_id = current_trace_id()
        if trace_id is not None:
            add_response_metadata(TRACE_ID_HEADER, trace_id)


class ResponseMetadataInterceptor(BehaviorInterceptor):
    """Innermost: sends the collected response metadata before the handler runs.

    With ``in_trailers`` the metadata travels as trailers with the status instead: no separate
    headers write per call (about 110 µs of CPU per hop across both ends, docs/benchmarks.md).
    Stage services use it; their only caller, the orchestrator, needs no early headers, while
    the orchestrator's own answers keep them as headers for Envoy and REST clients.
    """

    def __init__(self, in_trailers: bool = False) -> None:
        self._in_trailers = in_trailers

    def wrap_unary(self, behavior: UnaryBehavior, method: str) -> UnaryBehavior:
        if self._in_trailers:

            async def run_then_trail(request: Any, context: aio.ServicerContext[Any, Any]) -> Any:
                response = await behavior(request, context)
                context.set_trailing_metadata(take_response_metadata())
                return response

            return run_then_trail

        async def run(request: Any, context: aio.ServicerContext[Any, Any]) -> Any:
            await context.send_initial_metadata(take_response_metadata())
            return await behavior(request, context)

        return run

    def wrap_stream(self, behavior: StreamBehavior, method: str) -> StreamBehavior:
        # Headers go out with the first message, not before the handler: a stream that fails
        # before its first message then ends trailers-only, which Envoy's transcoder turns into
        # an HTTP error status (once headers are out, a REST caller is committed to a 200).
        if self._in_trailers:

            async def stream_then_trail(
                request: Any, context: aio.ServicerContext[Any, Any]
            ) -> AsyncIterator[Any]:
                async for item in stream_items(behavior(request, context)):
                    yield item
                context.set_trailing_metadata(take_response_metadata())

            return stream_then_trail

        async def run(request: Any, context: aio.ServicerContext[Any, Any]) -> AsyncIterator[Any]:
            result = behavior(request, context)
            if inspect.isawaitable(result):  # it writes with context.write: headers first
                await context.send_initial_metadata(take_response_metadata())
                await result
                return
            first = True
            async for item in result:
                if first:
                    await context.send_initial_metadata(take_response_metadata())
                    first = False
                yield item
            if first:
                await context.send_initial_metadata(take_response_metadata())

        return run


_QUIET_SERVICES = frozenset({"grpc.health.v1.Health", "neuroforge.stage.v1.StageInfoService"})


def _split_method(method: str) -> tuple[str, str]:
    service, _, name = method.lstrip("/").partition("/")
    return service, name


def _code_name(context: aio.ServicerContext[Any, Any], failed: bool) -> str:
    code = context.code()
    if isinstance(code, grpc.StatusCode):
        return str(code.name)
    return "UNKNOWN" if failed else "OK"


class ObservabilityInterceptor(BehaviorInterceptor):
    """Records one access-log line and the RPC metrics per call."""

    def _finish(
        self, method: str, context: aio.ServicerContext[Any, Any], started: float, failed: bool
    ) -> None:
        elapsed = time.perf_counter() - started
        service, name = _split_method(method)
        code = _code_name(context, failed)
        metrics.RPC_HANDLED.labels(service, name, code).inc()
        trace_id = sampled_trace_id()
        metrics.RPC_LATENCY.labels(service, name).observe(
            elapsed, {"trace_id": trace_id} if trace_id else None
        )
        # Health probes arrive every few seconds from Envoy and Kubernetes: keep them out of INFO.
        level = logging.DEBUG if service in _QUIET_SERVICES else logging.INFO
        logger.log(
            level,
            "rpc %s %s",
            method,
            code,
            extra={"fields": {"rpc": method, "code": code, "duration_ms": round(elapsed * 1e3, 2)}},
        )

    def wrap_unary(self, behavior: UnaryBehavior, method: str) -> UnaryBehavior:
        async def run(request: Any, context: aio.ServicerContext[Any, Any]) -> Any:
            started = time.perf_counter()
            failed = True
            try:
                response = await behavior(request, context)
                failed = False
                return response
            finally:
                self._finish(method, context, started, failed)

        return run

    def wrap_stream(self, behavior: StreamBehavior, method: str) -> StreamBehavior:
        async def run(request: Any, context: aio.ServicerContext[Any, Any]) -> AsyncIterator[Any]:
            started = time.perf_counter()
            failed = True
            try:
                async for item in stream_items(behavior(request, context)):
                    yield item
                failed = False
            finally:
                self._finish(method, context, started, failed)

        return run


async def _abort_for(error: BaseException, context: aio.ServicerContext[Any, Any]) -> None:
    # A call failing before its handler ran has sent no headers yet: send them as trailers,
    # which a trailers-only response (and so Envoy) turns into HTTP headers.
    trailing = take_response_metadata()
    if isinstance(error, ServiceError):
        await context.abort(error.code, error.message, trailing_metadata=trailing)
    logger.exception("unhandled error", exc_info=error)
    await context.abort(
        grpc.StatusCode.INTERNAL,
        "internal error; quote the x-request-id",
        trailing_metadata=trailing,
    )


class ErrorMappingInterceptor(BehaviorInterceptor):
    """Turns ``ServiceError`` into its status and anything unexpected into INTERNAL."""

    def wrap_unary(self, behavior: UnaryBehavior, method: str) -> UnaryBehavior:
        async def run(request: Any, context: aio.ServicerContext[Any, Any]) -> Any:
            try:
                return await behavior(request, context)
            except aio.AbortError:
                raise
            except Exception as error:
                await _abort_for(error, context)

        return run

    def wrap_stream(self, behavior: StreamBehavior, method: str) -> StreamBehavior:
        async def run(request: Any, context: aio.ServicerContext[Any, Any]) -> AsyncIterator[Any]:
            try:
                async for item in stream_items(behavior(request, context)):
                    yield item
            except aio.AbortError:
                raise
            except Exception as error:
                await _abort_for(error, context)

        return run


def default_interceptors(
    policies: list[_ServerInterceptor] | None = None,
    tracer_provider: TracerProvider | None = None,
    metadata_in_trailers: bool = False,
) -> list[_ServerInterceptor]:
    """The standard chain, outermost first; ``policies`` (auth, quotas) run inside error mapping.

    Tracing is outermost so that every other interceptor, and every log line they write, runs
    inside the call's trace. Policies raise ``ServiceError`` to
    refuse a call and may add response metadata; the metadata is sent once, just before the
    handler runs (or, with ``metadata_in_trailers``, with the status).
    """
    return [
        TracingInterceptor(tracer_provider),
        RequestIdInterceptor(),
        ObservabilityInterceptor(),
        ErrorMappingInterceptor(),
        *(policies or []),
        ResponseMetadataInterceptor(metadata_in_trailers),
    ]
