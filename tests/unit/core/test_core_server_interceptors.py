"""The shared bootstrap end to end: a real in-process grpc.aio server with the interceptor chain."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from typing import Any

import grpc
import pytest
from grpc import aio
from grpc_health.v1 import health_pb2, health_pb2_grpc

from neuroforge.stage.v1 import stage_info_service_pb2 as stage_pb
from neuroforge.stage.v1 import stage_info_service_pb2_grpc as stage_grpc
from nf_core.channels import INTERNAL_TOKEN_HEADER
from nf_core.errors import InvalidArgumentError, NotFoundError
from nf_core.request_context import REQUEST_ID_HEADER, current_request_id
from nf_core.server import RunningService, ServiceSpec, start
from nf_core.settings import MeshSettings, Stage

SERVICE = "nftest.v1.Probe"
SECRET = "password=hunter2 at db.internal:5432"


async def _invalid(request: bytes, context: aio.ServicerContext[Any, Any]) -> bytes:
    raise InvalidArgumentError("temperature", "must be between 0 and 2")


async def _missing(request: bytes, context: aio.ServicerContext[Any, Any]) -> bytes:
    raise NotFoundError("inference 'abc' not found")


async def _crash(request: bytes, context: aio.ServicerContext[Any, Any]) -> bytes:
    raise RuntimeError(f"connection failed: {SECRET}")


async def _echo_request_id(request: bytes, context: aio.ServicerContext[Any, Any]) -> bytes:
    return current_request_id().encode()


async def _count(request: bytes, context: aio.ServicerContext[Any, Any]) -> AsyncIterator[bytes]:
    for number in range(3):
        yield str(number).encode()


async def _count_then_fail(
    request: bytes, context: aio.ServicerContext[Any, Any]
) -> AsyncIterator[bytes]:
    yield b"0"
    raise InvalidArgumentError("page_size", "too large")


def _register(server: aio.Server) -> None:
    handlers = {
        "Invalid": grpc.unary_unary_rpc_method_handler(_invalid),
        "Missing": grpc.unary_unary_rpc_method_handler(_missing),
        "Crash": grpc.unary_unary_rpc_method_handler(_crash),
        "Echo": grpc.unary_unary_rpc_method_handler(_echo_request_id),
        "Count": grpc.unary_stream_rpc_method_handler(_count),
        "CountThenFail": grpc.unary_stream_rpc_method_handler(_count_then_fail),
    }
    server.add_generic_rpc_handlers((grpc.method_handlers_generic_handler(SERVICE, handlers),))


def _unary(channel: aio.Channel, method: str) -> aio.UnaryUnaryMultiCallable[bytes, bytes]:
    return channel.unary_unary(method, None, None)  # raw bytes both ways


def _stream(channel: aio.Channel, method: str) -> aio.UnaryStreamMultiCallable[bytes, bytes]:
    return channel.unary_stream(method, None, None)


@pytest.fixture
def shutdown_calls() -> list[str]:
    return []


@pytest.fixture
async def running(shutdown_calls: list[str]) -> AsyncIterator[RunningService]:
    async def on_shutdown() -> None:
        shutdown_calls.append("stopped")

    spec = ServiceSpec(
        stage=Stage.EVALUATOR,
        settings=MeshSettings(metrics_port_offset=0),
        registrars=[_register],
        service_names=[SERVICE],
        details=lambda: {"probe": "yes"},
        on_shutdown=[on_shutdown],
    )
    service = await start(spec, port=0)
    try:
        yield service
    finally:
        await service.stop(grace=0)


@pytest.fixture
async def channel(running: RunningService) -> AsyncIterator[aio.Channel]:
    async with aio.insecure_channel(f"127.0.0.1:{running.port}") as chan:
        yield chan


async def _call(channel: aio.Channel, method: str) -> aio.AioRpcError:
    with pytest.raises(aio.AioRpcError) as caught:
        await _unary(channel, f"/{SERVICE}/{method}")(b"", timeout=5)
    return caught.value


async def test_invalid_argument_error_maps_to_invalid_argument_naming_the_field(
    channel: aio.Channel,
) -> None:
    error = await _call(channel, "Invalid")

    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert error.details() == "temperature: must be between 0 and 2"


async def test_not_found_error_maps_to_not_found(channel: aio.Channel) -> None:
    error = await _call(channel, "Missing")

    assert error.code() == grpc.StatusCode.NOT_FOUND
    assert "abc" in (error.details() or "")


async def test_unexpected_exception_maps_to_internal_without_leaking_its_text(
    channel: aio.Channel,
) -> None:
    error = await _call(channel, "Crash")

    assert error.code() == grpc.StatusCode.INTERNAL
    details = error.details() or ""
    assert "hunter2" not in details
    assert "connection failed" not in details
    assert "x-request-id" in details


async def test_client_request_id_is_echoed_in_initial_metadata_and_visible_to_handler(
    channel: aio.Channel,
) -> None:
    call = _unary(channel, f"/{SERVICE}/Echo")(
        b"", metadata=aio.Metadata((REQUEST_ID_HEADER, "client-req-42")), timeout=5
    )

    initial = await call.initial_metadata()
    response = await call

    assert initial.get(REQUEST_ID_HEADER) == "client-req-42"
    assert response == b"client-req-42"


async def test_request_id_is_echoed_even_when_the_call_fails(channel: aio.Channel) -> None:
    call = _unary(channel, f"/{SERVICE}/Invalid")(
        b"", metadata=aio.Metadata((REQUEST_ID_HEADER, "failing-req-7")), timeout=5
    )

    initial = await call.initial_metadata()
    with pytest.raises(aio.AioRpcError):
        await call

    assert initial.get(REQUEST_ID_HEADER) == "failing-req-7"


async def test_malformed_client_request_id_is_replaced_by_a_generated_one(
    channel: aio.Channel,
) -> None:
    call = _unary(channel, f"/{SERVICE}/Echo")(
        b"", metadata=aio.Metadata((REQUEST_ID_HEADER, "bad id; drop table")), timeout=5
    )

    initial = await call.initial_metadata()
    response = await call

    echoed = initial.get(REQUEST_ID_HEADER)
    assert isinstance(echoed, str)
    assert re.fullmatch(r"[0-9a-f]{32}", echoed)
    assert response == echoed.encode()


async def test_stage_info_reports_the_stage_and_details(channel: aio.Channel) -> None:
    stub = stage_grpc.StageInfoServiceStub(channel)

    info = await stub.GetStageInfo(stage_pb.GetStageInfoRequest(), timeout=5)

    assert info.name == "evaluator"
    # pytest-asyncio runs the standard loop; services run uvloop (tests/integration).
    assert dict(info.details) == {"event_loop": "asyncio", "probe": "yes"}


async def test_streaming_handler_streams_all_items_with_request_id(channel: aio.Channel) -> None:
    call = _stream(channel, f"/{SERVICE}/Count")(
        b"", metadata=aio.Metadata((REQUEST_ID_HEADER, "stream-req-1")), timeout=5
    )

    items = [item async for item in call]

    assert items == [b"0", b"1", b"2"]
    assert (await call.initial_metadata()).get(REQUEST_ID_HEADER) == "stream-req-1"


async def test_streaming_handler_error_maps_to_its_status_after_partial_output(
    channel: aio.Channel,
) -> None:
    call = _stream(channel, f"/{SERVICE}/CountThenFail")(b"", timeout=5)
    received: list[bytes] = []

    async def drain() -> None:
        async for item in call:
            received.append(item)

    with pytest.raises(aio.AioRpcError) as caught:
        await drain()

    assert received == [b"0"]
    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert caught.value.details() == "page_size: too large"


async def test_health_is_serving_then_not_serving_after_stop(
    running: RunningService, channel: aio.Channel, shutdown_calls: list[str]
) -> None:
    health = health_pb2_grpc.HealthStub(channel)
    for name in ("", SERVICE):
        reply = await health.Check(health_pb2.HealthCheckRequest(service=name), timeout=5)
        assert reply.status == health_pb2.HealthCheckResponse.SERVING

    await running.stop(grace=0.2)

    for name in ("", SERVICE):
        # The server no longer takes calls, so ask the servicer that answered the probes.
        after = await running.health.Check(health_pb2.HealthCheckRequest(service=name), None)
        assert after.status == health_pb2.HealthCheckResponse.NOT_SERVING
    assert shutdown_calls == ["stopped"]
    with pytest.raises(aio.AioRpcError) as caught:
        await health.Check(health_pb2.HealthCheckRequest(service=""), timeout=1)
    assert caught.value.code() == grpc.StatusCode.UNAVAILABLE


@pytest.mark.filterwarnings("ignore:coroutine 'HealthServicer.Watch' was never awaited")
async def test_health_watch_streams_serving_then_not_serving_on_stop(
    running: RunningService, channel: aio.Channel
) -> None:
    watch = health_pb2_grpc.HealthStub(channel).Watch(
        health_pb2.HealthCheckRequest(service=""), timeout=5
    )
    first = await watch.read()
    assert isinstance(first, health_pb2.HealthCheckResponse)
    assert first.status == health_pb2.HealthCheckResponse.SERVING

    await running.stop(grace=0.2)

    after = await watch.read()
    assert isinstance(after, health_pb2.HealthCheckResponse)
    assert after.status == health_pb2.HealthCheckResponse.NOT_SERVING


async def test_a_stage_service_returns_its_metadata_as_trailers_without_a_headers_write() -> None:
    settings = MeshSettings(metrics_port_offset=0, internal_token="probe-token")
    spec = ServiceSpec(
        stage=Stage.EVALUATOR,
        settings=settings,
        registrars=[_register],
        service_names=[SERVICE],
        internal_only=True,
    )
    service = await start(spec, port=0)
    metadata = aio.Metadata(
        (REQUEST_ID_HEADER, "stage-req-9"), (INTERNAL_TOKEN_HEADER, "probe-token")
    )
    try:
        async with aio.insecure_channel(f"127.0.0.1:{service.port}") as chan:
            call = _unary(chan, f"/{SERVICE}/Echo")(b"", metadata=metadata, timeout=5)
            response = await call
            initial, trailing = await call.initial_metadata(), await call.trailing_metadata()
            stream = _stream(chan, f"/{SERVICE}/Count")(b"", metadata=metadata, timeout=5)
            items = [item async for item in stream]
            stream_trailing = await stream.trailing_metadata()
            failing = _unary(chan, f"/{SERVICE}/Invalid")(b"", metadata=metadata, timeout=5)
            with pytest.raises(aio.AioRpcError) as caught:
                await failing
    finally:
        await service.stop(grace=0)

    assert response == b"stage-req-9"
    assert initial.get(REQUEST_ID_HEADER) is None  # no early headers batch
    assert trailing.get(REQUEST_ID_HEADER) == "stage-req-9"
    assert items == [b"0", b"1", b"2"]
    assert stream_trailing.get(REQUEST_ID_HEADER) == "stage-req-9"
    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    sent: Any = caught.value.trailing_metadata() or ()  # grpc-stubs types the items oddly
    failed_trailers = {str(key): str(value) for key, value in sent}
    assert failed_trailers[REQUEST_ID_HEADER] == "stage-req-9"
