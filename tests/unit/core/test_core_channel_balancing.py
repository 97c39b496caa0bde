"""Internal channels spread calls over every address a target resolves to (round_robin)."""

from __future__ import annotations

from collections import Counter
from collections.abc import AsyncIterator
from typing import Any

import grpc
import pytest
from grpc import aio

from nf_core.channels import create_channel, server_options

SERVICE = "nftest.v1.Balance"


def _backend(name: str) -> grpc.GenericRpcHandler[Any, Any]:
    async def whoami(request: bytes, context: aio.ServicerContext[Any, Any]) -> bytes:
        return name.encode()

    handlers = {"WhoAmI": grpc.unary_unary_rpc_method_handler(whoami)}
    return grpc.method_handlers_generic_handler(SERVICE, handlers)


@pytest.fixture
async def two_backends() -> AsyncIterator[list[int]]:
    servers, ports = [], []
    for name in ("a", "b"):
        server = aio.server(options=server_options())
        server.add_generic_rpc_handlers((_backend(name),))
        ports.append(server.add_insecure_port("127.0.0.1:0"))
        await server.start()
        servers.append(server)
    yield ports
    for server in servers:
        await server.stop(0)


async def _answers(channel: aio.Channel, calls: int) -> Counter[str]:
    method = channel.unary_unary(f"/{SERVICE}/WhoAmI", None, None)
    return Counter([(await method(b"", timeout=5)).decode() for _ in range(calls)])


async def test_calls_are_spread_over_every_resolved_address(two_backends: list[int]) -> None:
    target = "ipv4:" + ",".join(f"127.0.0.1:{port}" for port in two_backends)
    channel = create_channel(target)
    try:
        await channel.channel_ready()
        answers = await _answers(channel, 40)
    finally:
        await channel.close(None)

    # round_robin alternates once both subchannels are ready; pick_first would answer 40/0.
    assert set(answers) == {"a", "b"}
    assert min(answers.values()) >= 10


async def test_a_plain_channel_would_pin_every_call_to_one_backend(
    two_backends: list[int],
) -> None:
    # The contrast that makes the test above meaningful: gRPC's default policy.
    target = "ipv4:" + ",".join(f"127.0.0.1:{port}" for port in two_backends)
    async with aio.insecure_channel(target) as channel:
        answers = await _answers(channel, 20)

    assert len(answers) == 1
