"""A stage that is down or hangs yields a clear status within the deadline, never a hang."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import grpc
import pytest
from grpc import aio
from pydantic import SecretStr

from neuroforge.common.v1 import pipeline_pb2 as common_pb
from neuroforge.inference.v1 import inference_service_pb2 as pb
from neuroforge.inference.v1 import inference_service_pb2_grpc as pb_grpc
from nf_core.server import RunningService, start
from nf_devtools.devkeys import ensure_dev_keys, mint
from nf_devtools.mesh import free_port_block
from services.orchestrator.server import build_spec
from services.orchestrator.settings import OrchestratorSettings

pytestmark = pytest.mark.integration

REQUEST = pb.InferRequest(
    domain=common_pb.DOMAIN_GENERAL,
    task_type=common_pb.TASK_TYPE_ANALYSIS,
    context_pack_id="general-demo",
    user_query="What is the water cycle?",
)


async def _hanging_context_builder(port: int) -> aio.Server:
    """A server that accepts BuildContext and never answers."""

    async def hang(request: bytes, context: aio.ServicerContext[bytes, bytes]) -> bytes:
        await asyncio.sleep(3600)
        return b""

    handler = grpc.method_handlers_generic_handler(
        "neuroforge.context.v1.ContextService",
        {"BuildContext": grpc.unary_unary_rpc_method_handler(hang)},
    )
    server = aio.server()
    server.add_generic_rpc_handlers((handler,))
    server.add_insecure_port(f"127.0.0.1:{port}")
    await server.start()
    return server


@dataclass(frozen=True)
class LoneOrchestrator:
    """An orchestrator without its stages."""

    address: str
    base_port: int
    metadata: tuple[tuple[str, str], ...]


@pytest.fixture
async def orchestrator_alone(tmp_path: Path) -> AsyncIterator[LoneOrchestrator]:
    """An orchestrator whose stages point at free (closed) ports."""
    ensure_dev_keys(tmp_path)
    token = mint("alice", "acme", ["user"], directory=tmp_path)
    base = free_port_block(8)
    settings = OrchestratorSettings(
        bind_host="127.0.0.1",
        context_builder_port=base + 1,
        prompt_engine_port=base + 2,
        model_router_port=base + 3,
        evaluator_port=base + 4,
        post_processor_port=base + 5,
        orchestrator_default_deadline_seconds=2.0,
        metrics_port_offset=0,
        auth_jwks_file=tmp_path / "jwks.json",
        internal_token=SecretStr("internal-test-token"),
    )
    running: RunningService = await start(build_spec(settings), port=0)
    try:
        yield LoneOrchestrator(
            f"127.0.0.1:{running.port}", base, (("authorization", f"Bearer {token}"),)
        )
    finally:
        await running.stop(0)


async def test_stage_down_answers_unavailable_well_within_the_deadline(
    orchestrator_alone: LoneOrchestrator,
) -> None:
    address = orchestrator_alone.address
    started = time.monotonic()
    async with aio.insecure_channel(address) as channel:
        with pytest.raises(aio.AioRpcError) as raised:
            await pb_grpc.InferenceServiceStub(channel).Infer(
                REQUEST, timeout=10, metadata=orchestrator_alone.metadata
            )
    elapsed = time.monotonic() - started

    assert raised.value.code() == grpc.StatusCode.UNAVAILABLE
    assert "context_builder" in (raised.value.details() or "")
    assert elapsed < 5


async def test_hanging_stage_ends_with_deadline_exceeded_near_the_default_deadline(
    orchestrator_alone: LoneOrchestrator,
) -> None:
    address, base = orchestrator_alone.address, orchestrator_alone.base_port
    hanging = await _hanging_context_builder(base + 1)
    try:
        started = time.monotonic()
        async with aio.insecure_channel(address) as channel:
            with pytest.raises(aio.AioRpcError) as raised:
                # No client deadline, like a REST caller: the orchestrator's default (2 s) applies.
                await pb_grpc.InferenceServiceStub(channel).Infer(
                    REQUEST, metadata=orchestrator_alone.metadata
                )
        elapsed = time.monotonic() - started
    finally:
        await hanging.stop(0)

    assert raised.value.code() == grpc.StatusCode.DEADLINE_EXCEEDED
    assert "context_builder" in (raised.value.details() or "")
    assert elapsed < 2.0 + 1.0


async def test_caller_deadline_shorter_than_default_is_honoured(
    orchestrator_alone: LoneOrchestrator,
) -> None:
    address, base = orchestrator_alone.address, orchestrator_alone.base_port
    hanging = await _hanging_context_builder(base + 1)
    try:
        started = time.monotonic()
        async with aio.insecure_channel(address) as channel:
            with pytest.raises(aio.AioRpcError) as raised:
                await pb_grpc.InferenceServiceStub(channel).Infer(
                    REQUEST, timeout=0.8, metadata=orchestrator_alone.metadata
                )
        elapsed = time.monotonic() - started
    finally:
        await hanging.stop(0)

    assert raised.value.code() == grpc.StatusCode.DEADLINE_EXCEEDED
    assert elapsed < 0.8 + 0.7
