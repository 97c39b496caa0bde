"""Clients of the five stages, with status translation and per-stage latency metrics."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import grpc
from grpc import aio

from neuroforge.context.v1 import context_service_pb2_grpc as context_grpc
from neuroforge.evaluator.v1 import evaluator_service_pb2_grpc as evaluator_grpc
from neuroforge.postprocess.v1 import post_processor_service_pb2_grpc as post_grpc
from neuroforge.prompt.v1 import prompt_service_pb2_grpc as prompt_grpc
from neuroforge.router.v1 import router_service_pb2_grpc as router_grpc
from nf_core import metrics
from nf_core.channels import create_channel
from nf_core.errors import DeadlineExceededError, ServiceError, UnavailableError
from nf_core.request_context import outbound_metadata
from nf_core.settings import PIPELINE_STAGES, MeshSettings, Stage

T = TypeVar("T")

# Statuses that describe the caller's request: passed through unchanged.
_CALLER_STATUSES = {
    grpc.StatusCode.INVALID_ARGUMENT,
    grpc.StatusCode.NOT_FOUND,
    grpc.StatusCode.ALREADY_EXISTS,
    grpc.StatusCode.FAILED_PRECONDITION,
    grpc.StatusCode.RESOURCE_EXHAUSTED,
    grpc.StatusCode.PERMISSION_DENIED,
    grpc.StatusCode.OUT_OF_RANGE,
}


class StageError(ServiceError):
    """A stage answered with a status the orchestrator forwards as is."""

    def __init__(self, code: grpc.StatusCode, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass
class StageClients:
    """Stubs of every stage and the channels behind them."""

    channels: dict[Stage, aio.Channel]
    context: context_grpc.ContextServiceAsyncStub
    prompt: prompt_grpc.PromptServiceAsyncStub
    router: router_grpc.RouterServiceAsyncStub
    evaluator: evaluator_grpc.EvaluatorServiceAsyncStub
    post: post_grpc.PostProcessorServiceAsyncStub

    @classmethod
    def connect(cls, settings: MeshSettings) -> StageClients:
        """Open one channel per stage."""
        token = settings.resolve_internal_token()
        channels = {
            stage: create_channel(settings.address_of(stage), token) for stage in PIPELINE_STAGES
        }
        return cls(
            channels=channels,
            context=context_grpc.ContextServiceStub(channels[Stage.CONTEXT_BUILDER]),
            prompt=prompt_grpc.PromptServiceStub(channels[Stage.PROMPT_ENGINE]),
            router=router_grpc.RouterServiceStub(channels[Stage.MODEL_ROUTER]),
            evaluator=evaluator_grpc.EvaluatorServiceStub(channels[Stage.EVALUATOR]),
            post=post_grpc.PostProcessorServiceStub(channels[Stage.POST_PROCESSOR]),
        )

    async def close(self) -> None:
        """Close every channel."""
        for channel in self.channels.values():
            await channel.close(None)


async def call_stage(stage: Stage, budget_seconds: float, call: Callable[[], Awaitable[T]]) -> T:
    """Await one stage call, translating its failure into a caller-facing error."""
    started = time.perf_counter()
    outcome = "ok"
    try:
        return await call()
    except aio.AioRpcError as error:
        outcome = error.code().name.lower()
        raise _translate(stage, budget_seconds, error) from None
    except BaseException:  # the caller went away mid-call: not a success
        outcome = "cancelled"
        raise
    finally:
        metrics.STAGE_LATENCY.labels(stage.value, outcome).observe(time.perf_counter() - started)


async def stream_stage(
    stage: Stage, budget_seconds: float, start: Callable[[], aio.UnaryStreamCall[Any, T]]
) -> AsyncIterator[T]:
    """Relay one server-streaming stage call, translating its failure like ``call_stage``.

    A failure after messages arrived gets its own wording: the caller already holds part of
    the answer. Leaving early (the caller cancelled) cancels the upstream call at once instead
    of leaving it to run until garbage collection.
    """
    started = time.perf_counter()
    outcome = "ok"
    received = 0
    call = start()
    try:
        async for message in call:
            received += 1
            yield message
    except aio.AioRpcError as error:
        outcome = error.code().name.lower()
        if received == 0:
            raise _translate(stage, budget_seconds, error) from None
        raise _broken_stream(stage, error, received) from None
    except BaseException:
        outcome = "cancelled"
        raise
    finally:
        if not call.done():
            call.cancel()
        metrics.STAGE_LATENCY.labels(stage.value, outcome).observe(time.perf_counter() - started)


def _broken_stream(stage: Stage, error: aio.AioRpcError, received: int) -> ServiceError:
    code = error.code()
    if code == grpc.StatusCode.DEADLINE_EXCEEDED:
        return DeadlineExceededError(
            f"{stage.value} was still streaming at the deadline; the answer is incomplete"
        )
    return UnavailableError(
        f"{stage.value} stream broke after {received} messages ({code.name}); the answer is "
        "incomplete: retry the request"
    )


def _translate(stage: Stage, timeout: float, error: aio.AioRpcError) -> ServiceError:
    code = error.code()
    if code in _CALLER_STATUSES:
        return StageError(code, error.details() or code.name)
    if code == grpc.StatusCode.DEADLINE_EXCEEDED:
        return DeadlineExceededError(f"{stage.value} did not answer within {timeout:.2f}s")
    if code == grpc.StatusCode.UNAVAILABLE:
        return UnavailableError(f"{stage.value} is unavailable; retry later")
    return StageError(grpc.StatusCode.INTERNAL, f"{stage.value} failed ({code.name})")


async def ask(
    stage: Stage,
    method: Callable[..., Awaitable[T]],
    request: object,
    cap: float,
    caller_remaining: float | None,
) -> T:
    """One stage RPC bounded by min(cap, the caller's remaining time), with request metadata."""
    timeout = cap if caller_remaining is None else min(cap, caller_remaining)
    return await call_stage(
        stage, timeout, lambda: method(request, timeout=timeout, metadata=outbound_metadata())
    )
