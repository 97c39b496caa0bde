"""Client channels to other services: keepalive, limits, retries, credential and trace context."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import grpc
from grpc import aio
from opentelemetry.trace import TracerProvider

from nf_core.tracing import otel_client_interceptors, outbound_traceparent, records

INTERNAL_TOKEN_HEADER = "x-nf-internal-token"

_MAX_MESSAGE_BYTES = 16 * 1024 * 1024

_MAX_CONNECTION_AGE_MS = 300_000
_MAX_CONNECTION_AGE_GRACE_MS = 30_000

# round_robin: a target that resolves to several addresses (a headless Kubernetes Service, or
# ``ipv4:a:p,b:p``) gets its calls spread over all of them; gRPC's default, pick_first, sends
# everything down one connection to one pod.
# Retries only UNAVAILABLE (the call never reached a handler, or the server is draining), with
# short backoff: the caller's deadline still bounds the total, and every internal RPC is safe to
# repeat (pure functions, or writes keyed by a caller-assigned id).
_SERVICE_CONFIG = json.dumps(
    {
        "loadBalancingConfig": [{"round_robin": {}}],
        "methodConfig": [
            {
                "name": [{}],
                "retryPolicy": {
                    "maxAttempts": 3,
                    "initialBackoff": "0.05s",
                    "maxBackoff": "0.5s",
                    "backoffMultiplier": 2,
                    "retryableStatusCodes": ["UNAVAILABLE"],
                },
            }
        ],
    }
)


def _with_metadata(
    details: aio.ClientCallDetails, extra: list[tuple[str, str]]
) -> aio.ClientCallDetails:
    metadata = aio.Metadata(*(details.metadata or ()))
    for key, value in extra:
        metadata.add(key, value)
    return aio.ClientCallDetails(
        details.method, details.timeout, metadata, details.credentials, details.wait_for_ready
    )


class _Outbound:
    """What every call carries: the internal credential and the trace context.

    While spans are recorded, the maintained OpenTelemetry interceptor makes a client span and
    injects ``traceparent``; with export off only the header is added (see ``TracingInterceptor``
    for why).
    """

    def __init__(self, token: str | None, provider: TracerProvider | None, otel: Any) -> None:
        self._token = [(INTERNAL_TOKEN_HEADER, token)] if token else []
        self._provider = provider
        self._otel = otel

    def traced(self) -> bool:
        return records(self._provider)

    def details(self, details: aio.ClientCallDetails, traced: bool) -> aio.ClientCallDetails:
        extra = self._token if traced else [*self._token, *outbound_traceparent()]
        return _with_metadata(details, extra) if extra else details

    def untraced_metadata(self, metadata: Metadata) -> tuple[tuple[str, str | bytes], ...]:
        """The caller's metadata followed by what ``details`` adds when spans are not recorded."""
        return (*(metadata or ()), *self._token, *outbound_traceparent())


class _OutboundUnary(_Outbound, aio.UnaryUnaryClientInterceptor):  # type: ignore[type-arg]
    async def intercept_unary_unary(
        self,
        continuation: Callable[..., Any],
        client_call_details: aio.ClientCallDetails,
        request: Any,
    ) -> Any:
        traced = self.traced()
        details = self.details(client_call_details, traced)
        if traced:
            return await self._otel.intercept_unary_unary(continuation, details, request)
        return await continuation(details, request)


class _OutboundStream(_Outbound, aio.UnaryStreamClientInterceptor):  # type: ignore[type-arg]
    async def intercept_unary_stream(
        self,
        continuation: Callable[..., Any],
        client_call_details: aio.ClientCallDetails,
        request: Any,
    ) -> Any:
        traced = self.traced()
        details = self.details(client_call_details, traced)
        if traced:
            return await self._otel.intercept_unary_stream(continuation, details, request)
        return await continuation(details, request)


if TYPE_CHECKING:  # the stubs make these generic; the runtime classes are not subscriptable
    _UnaryUnaryBase = aio.UnaryUnaryMultiCallable[Any, Any]
    _UnaryStreamBase = aio.UnaryStreamMultiCallable[Any, Any]
else:
    _UnaryUnaryBase = aio.UnaryUnaryMultiCallable
    _UnaryStreamBase = aio.UnaryStreamMultiCallable
Metadata = aio.Metadata | Sequence[tuple[str, str | bytes]] | None
Serializer = Callable[[Any], bytes] | None
Deserializer = Callable[[bytes], Any] | None


class _Routed:
    """Sends a call down ``plain`` with the outbound metadata added, or ``traced`` while spans
    are recorded (the interceptors there add it, with a client span)."""

    def __init__(
        self, outbound: _Outbound, plain: Callable[..., Any], traced: Callable[..., Any]
    ) -> None:
        self._outbound = outbound
        self._plain = plain
        self._traced = traced

    def _route(
        self,
        request: Any,
        timeout: float | None,
        metadata: Metadata,
        credentials: grpc.CallCredentials | None,
        wait_for_ready: bool | None,
        compression: grpc.Compression | None,
    ) -> Any:
        target = self._traced
        if not self._outbound.traced():
            target, metadata = self._plain, self._outbound.untraced_metadata(metadata)
        return target(
            request,
            timeout=timeout,
            metadata=metadata,
            credentials=credentials,
            wait_for_ready=wait_for_ready,
            compression=compression,
        )


class _UnaryUnary(_Routed, _UnaryUnaryBase):
    def __call__(
        self,
        request: Any,
        timeout: float | None = None,
        metadata: Metadata = None,
        credentials: grpc.CallCredentials | None = None,
        wait_for_ready: bool | None = None,
        compression: grpc.Compression | None = None,
    ) -> aio.UnaryUnaryCall[Any, Any]:
        call: aio.UnaryUnaryCall[Any, Any] = self._route(
            request, timeout, metadata, credentials, wait_for_ready, compression
        )
        return call


class _UnaryStream(_Routed, _UnaryStreamBase):
    def __call__(
        self,
        request: Any,
        timeout: float | None = None,
        metadata: Metadata = None,
        credentials: grpc.CallCredentials | None = None,
        wait_for_ready: bool | None = None,
        compression: grpc.Compression | None = None,
    ) -> aio.UnaryStreamCall[Any, Any]:
        call: aio.UnaryStreamCall[Any, Any] = self._route(
            request, timeout, metadata, credentials, wait_for_ready, compression
        )
        return call


class _OutboundChannel(aio.Channel):
    """Adds the internal credential and trace context to every unary-request call.

    grpc.aio runs client interceptors through an extra call object and task per call; with
    export off all ``_OutboundUnary``/``_OutboundStream`` do is add metadata, so those calls go
    straight down a channel without interceptors, the metadata added here. While spans are
    recorded, calls take a sibling channel (same target and options: gRPC shares the
    connections) that has the interceptors, OpenTelemetry's among them, exactly as before.
    """

    def __init__(self, plain: aio.Channel, traced: aio.Channel, outbound: _Outbound) -> None:
        self._plain = plain
        self._traced = traced
        self._outbound = outbound

    async def __aenter__(self) -> _OutboundChannel:
        return self

    async def __aexit__(self, exc_type: Any, exc_val: Any, exc_tb: Any) -> None:
        await self.close(None)

    async def close(self, grace: float | None = None) -> None:
        await self._traced.close(grace)
        await self._plain.close(grace)

    def get_state(self, try_to_connect: bool = False) -> grpc.ChannelConnectivity:
        return self._plain.get_state(try_to_connect)

    async def wait_for_state_change(self, last_observed_state: grpc.ChannelConnectivity) -> None:
        await self._plain.wait_for_state_change(last_observed_state)

    async def channel_ready(self) -> None:
        await self._plain.channel_ready()

    def unary_unary(
        self,
        method: str,
        request_serializer: Serializer = None,
        response_deserializer: Deserializer = None,
        **kwargs: Any,  # grpc's private ``_registered_method``, passed by generated stubs
    ) -> _UnaryUnaryBase:
        return _UnaryUnary(
            self._outbound,
            self._plain.unary_unary(method, request_serializer, response_deserializer, **kwargs),
            self._traced.unary_unary(method, request_serializer, response_deserializer, **kwargs),
        )

    def unary_stream(
        self,
        method: str,
        request_serializer: Serializer = None,
        response_deserializer: Deserializer = None,
        **kwargs: Any,  # grpc's private ``_registered_method``, passed by generated stubs
    ) -> _UnaryStreamBase:
        return _UnaryStream(
            self._outbound,
            self._plain.unary_stream(method, request_serializer, response_deserializer, **kwargs),
            self._traced.unary_stream(method, request_serializer, response_deserializer, **kwargs),
        )

    # Client-streaming calls never had interceptors (NeuroForge makes none): passed through.
    def stream_unary(
        self,
        method: str,
        request_serializer: Serializer = None,
        response_deserializer: Deserializer = None,
        **kwargs: Any,  # grpc's private ``_registered_method``, passed by generated stubs
    ) -> Any:
        return self._plain.stream_unary(method, request_serializer, response_deserializer, **kwargs)

    def stream_stream(
        self,
        method: str,
        request_serializer: Serializer = None,
        response_deserializer: Deserializer = None,
        **kwargs: Any,  # grpc's private ``_registered_method``, passed by generated stubs
    ) -> Any:
        return self._plain.stream_stream(
            method, request_serializer, response_deserializer, **kwargs
        )


def create_channel(
    target: str, internal_token: str | None = None, tracer_provider: TracerProvider | None = None
) -> aio.Channel:
    """Open an insecure (loopback / in-cluster) channel with NeuroForge's standard options.

    Every call gets an OpenTelemetry client span and carries ``traceparent`` (from
    ``tracer_provider``, default the global one). With ``internal_token`` every call also
    carries the internal credential stage services require.
    """
    options = [
        ("grpc.keepalive_time_ms", 30_000),
        ("grpc.keepalive_timeout_ms", 10_000),
        ("grpc.keepalive_permit_without_calls", 1),
        ("grpc.http2.max_pings_without_data", 0),
        ("grpc.max_send_message_length", _MAX_MESSAGE_BYTES),
        ("grpc.max_receive_message_length", _MAX_MESSAGE_BYTES),
        ("grpc.enable_retries", 1),
        ("grpc.service_config", _SERVICE_CONFIG),
    ]
    unary, stream, *_ = otel_client_interceptors(tracer_provider)
    interceptors: list[Any] = [
        _OutboundUnary(internal_token, tracer_provider, unary),
        _OutboundStream(internal_token, tracer_provider, stream),
    ]
    return _OutboundChannel(
        aio.insecure_channel(target, options=options),
        aio.insecure_channel(target, options=options, interceptors=interceptors),
        _Outbound(internal_token, tracer_provider, None),
    )


def server_options() -> list[tuple[str, int]]:
    """Server-side options matching ``create_channel``."""
    return [
        ("grpc.max_send_message_length", _MAX_MESSAGE_BYTES),
        ("grpc.max_receive_message_length", _MAX_MESSAGE_BYTES),
        ("grpc.keepalive_permit_without_calls", 1),
        ("grpc.http2.min_ping_interval_without_data_ms", 10_000),
        ("grpc.so_reuseport", 0),
        # Clients reconnect (and so re-resolve DNS) at least this often, so pods added by a
        # scale-up start receiving calls from long-lived round_robin channels.
        ("grpc.max_connection_age_ms", _MAX_CONNECTION_AGE_MS),
        ("grpc.max_connection_age_grace_ms", _MAX_CONNECTION_AGE_GRACE_MS),
    ]
