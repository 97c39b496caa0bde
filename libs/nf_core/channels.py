"""Client channels to other services: keepalive, message limits and a transparent retry policy."""

from __future__ import annotations

import json

from grpc import aio

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


def create_channel(target: str) -> aio.Channel:
    """Open an insecure (loopback / in-cluster) channel with NeuroForge's standard options."""
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
    return aio.insecure_channel(target, options=options)


def server_options() -> list[tuple[str, int]]:
    """Server-side options matching ``create_channel``."""
    return [
        ("grpc.max_send_message_length", _MAX_MESSAGE_BYTES),
        ("grpc.max_receive_message_length", _MAX_MESSAGE_BYTES),
        ("grpc.keepalive_permit_without_calls", 1),
        ("grpc.http2.min_ping_interval_without_data_ms", 10_000),
        ("grpc.so_reuseport", 0),
    ]
