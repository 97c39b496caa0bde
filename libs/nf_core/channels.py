"""Client channels to other services: keepalive, message limits and a transparent retry policy."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from grpc import aio
from opentelemetry.trace import TracerProvider

from nf_core.tracing import client_interceptors

INTERNAL_TOKEN_HEADER = "x-nf-internal-token"

_MAX_MESSAGE_BYTES = 16 * 1024 * 1024

# Retries only UNAVAILABLE (the call never reached a handler, or the server is draining), with
# short backoff: the caller's deadline still bounds the total, and every internal RPC is safe to
# repeat (pure functions, or writes keyed by a caller-assigned id).
_SERVICE_CONFIG = json.dumps(
    {
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
        ]
    }
)


def _with_token(details: aio.ClientCallDetails, token: str) -> aio.ClientCallDetails:
    metadata = aio.Metadata(*(details.metadata or ()))
    metadata.add(INTERNAL_TOKEN_HEADER, token)
    return aio.ClientCallDetails(
        details.method, details.timeout, metadata, details.credentials, details.wait_for_ready
    )


class _InternalTokenUnary(aio.UnaryUnaryClientInterceptor):  # type: ignore[type-arg]
    def __init__(self, token: str) -> None:
        self._token = token

    async def intercept_unary_unary(
        self,
        continuation: Callable[..., Any],
        client_call_details: aio.ClientCallDetails,
        request: Any,
    ) -> Any:
        return await continuation(_with_token(client_call_details, self._token), request)


class _InternalTokenStream(aio.UnaryStreamClientInterceptor):  # type: ignore[type-arg]
    def __init__(self, token: str) -> None:
        self._token = token

    async def intercept_unary_stream(
        self,
        continuation: Callable[..., Any],
        client_call_details: aio.ClientCallDetails,
        request: Any,
    ) -> Any:
        return await continuation(_with_token(client_call_details, self._token), request)


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
    interceptors: list[Any] = client_interceptors(tracer_provider)
    if internal_token:
        interceptors += [_InternalTokenUnary(internal_token), _InternalTokenStream(internal_token)]
    return aio.insecure_channel(target, options=options, interceptors=interceptors)


def server_options() -> list[tuple[str, int]]:
    """Server-side options matching ``create_channel``."""
    return [
        ("grpc.max_send_message_length", _MAX_MESSAGE_BYTES),
        ("grpc.max_receive_message_length", _MAX_MESSAGE_BYTES),
        ("grpc.keepalive_permit_without_calls", 1),
        ("grpc.http2.min_ping_interval_without_data_ms", 10_000),
        ("grpc.so_reuseport", 0),
    ]
