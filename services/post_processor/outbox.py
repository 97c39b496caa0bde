"""Delivers champion score events to the Model Router: stored first, sent later, never lost.

Each stored inference writes its score event in the same transaction (the outbox pattern). This
task sends pending events in creation order and marks them delivered; while the router (or the
database) is unavailable it retries, so feedback never blocks a response and is never dropped.
"""

from __future__ import annotations

import logging
import time

import grpc

from neuroforge.router.v1 import router_service_pb2 as router_pb
from neuroforge.router.v1 import router_service_pb2_grpc as router_grpc
from nf_core.db import Database
from nf_core.enums import DOMAIN_VALUES, TASK_TYPE_VALUES
from services.post_processor.delivery_loop import DeliveryLoop

logger = logging.getLogger(__name__)

_PENDING = (
    "SELECT event_id, domain, task_type, model_id, score FROM champion_score_events "
    "WHERE delivered_at_us IS NULL ORDER BY created_at_us, event_id LIMIT $1"
)
_MARK = "UPDATE champion_score_events SET delivered_at_us = $1 WHERE event_id = $2"


class ScoreOutbox(DeliveryLoop):
    """Sends pending score events to the router in order."""

    label = "score feedback"

    def __init__(
        self,
        database: Database,
        router: router_grpc.RouterServiceAsyncStub,
        timeout_seconds: float,
        retry_seconds: float,
    ) -> None:
        super().__init__()
        self._db = database
        self._router = router
        self._timeout = timeout_seconds
        self._retry = retry_seconds

    def next_delay(self) -> float:
        """A fixed retry period: router feedback is cheap to retry."""
        return self._retry

    async def deliver_pending(self) -> int:
        """Send what is pending; return how many were delivered before the first failure."""
        delivered = 0
        while True:
            rows = await self._db.fetch(_PENDING, 100)
            if not rows:
                return delivered
            for row in rows:
                try:
                    await self._router.RecordScore(
                        router_pb.RecordScoreRequest(
                            domain=DOMAIN_VALUES[row["domain"]],
                            task_type=TASK_TYPE_VALUES[row["task_type"]],
                            model_id=row["model_id"],
                            score=row["score"],
                        ),
                        timeout=self._timeout,
                    )
                except grpc.RpcError as error:
                    logger.warning("score feedback deferred: %s", error)
                    return delivered
                await self._db.execute(_MARK, time.time_ns() // 1000, row["event_id"])
                delivered += 1
