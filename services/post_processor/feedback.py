"""Feeds evaluation scores back to the Model Router's champion/challenger board.

Feedback never delays the caller: it runs as a background task, and a failure is logged and
counted, not raised (the persisted score event is the durable record).
"""

from __future__ import annotations

import asyncio
import logging

import grpc

from neuroforge.common.v1 import pipeline_pb2 as common_pb
from neuroforge.router.v1 import router_service_pb2 as router_pb
from neuroforge.router.v1 import router_service_pb2_grpc as router_grpc
from nf_core.request_context import outbound_metadata

logger = logging.getLogger(__name__)


class ScoreFeedback:
    """Sends RecordScore for stored inferences, in the background."""

    def __init__(self, router: router_grpc.RouterServiceAsyncStub, timeout_seconds: float) -> None:
        self._router = router
        self._timeout = timeout_seconds
        self._tasks: set[asyncio.Task[None]] = set()

    def submit(self, record: common_pb.InferenceRecord) -> None:
        """Schedule feedback for a record."""
        task = asyncio.create_task(self._send(record, outbound_metadata()))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _send(
        self, record: common_pb.InferenceRecord, metadata: tuple[tuple[str, str], ...]
    ) -> None:
        try:
            await self._router.RecordScore(
                router_pb.RecordScoreRequest(
                    domain=record.domain,
                    task_type=record.task_type,
                    model_id=record.model_id,
                    score=record.evaluation_score,
                ),
                timeout=self._timeout,
                metadata=metadata,
            )
        except grpc.RpcError as error:
            logger.warning("score feedback for %s failed: %s", record.inference_id, error)

    async def drain(self) -> None:
        """Wait for pending feedback (called on shutdown)."""
        if self._tasks:
            await asyncio.wait(set(self._tasks), timeout=self._timeout)
