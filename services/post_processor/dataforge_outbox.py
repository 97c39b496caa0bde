"""Delivers evaluation feedback to DataForge: stored with the inference, posted later, never lost.

The repository queues (pack id, chunk ids, evaluation score) in the inference's transaction; this
task posts pending rows in creation order to DataForge's feedback endpoint (docs/dataforge.md)
and marks them delivered. Failures back off exponentially with full jitter; the rows stay until
DataForge takes them, so feedback never blocks a response and survives restarts. A definite
refusal (4xx other than 408/429) is recorded and not retried, so one bad row cannot block the
queue forever.
"""

from __future__ import annotations

import json
import logging
import time

import httpx

from nf_core.backoff import full_jitter
from nf_core.db import Database
from services.post_processor.delivery_loop import DeliveryLoop

logger = logging.getLogger(__name__)

# Mirrors services/context_builder/contract.py (a test keeps the two equal).
API_VERSION = "2025-06-01"
API_VERSION_HEADER = "X-DataForge-Api-Version"
FEEDBACK_PATH = "/v1/feedback"

_RETRYABLE = frozenset({408, 425, 429})
_PENDING = (
    "SELECT inference_id, pack_id, pack_version, chunk_ids, score FROM dataforge_feedback_events "
    "WHERE delivered_at_us IS NULL ORDER BY created_at_us, inference_id LIMIT $1"
)
_MARK = (
    "UPDATE dataforge_feedback_events SET delivered_at_us = $1, attempts = attempts + 1, "
    "last_error = $2 WHERE inference_id = $3"
)
_FAILED = (
    "UPDATE dataforge_feedback_events SET attempts = attempts + 1, last_error = $1 "
    "WHERE inference_id = $2"
)


class DataForgeFeedbackOutbox(DeliveryLoop):
    """Posts pending feedback rows to DataForge in order.

    Args:
        database: Where the rows are queued.
        client: httpx client whose base URL is DataForge's.
        retry_base_seconds: First retry delay ceiling (doubles per failure, full jitter).
        retry_max_seconds: Largest retry delay ceiling.
    """

    label = "DataForge feedback"

    def __init__(
        self,
        database: Database,
        client: httpx.AsyncClient,
        retry_base_seconds: float = 0.5,
        retry_max_seconds: float = 60.0,
    ) -> None:
        super().__init__()
        self._db = database
        self._client = client
        self._base = retry_base_seconds
        self._max = retry_max_seconds
        self._failures = 0

    async def deliver_pending(self) -> int:
        """Post what is pending; return how many were delivered before the first failure."""
        delivered = 0
        while True:
            rows = await self._db.fetch(_PENDING, 100)
            if not rows:
                return delivered
            for row in rows:
                payload = {
                    "inference_id": row["inference_id"],
                    "pack_id": row["pack_id"],
                    "pack_version": row["pack_version"],
                    "chunk_ids": json.loads(row["chunk_ids"]),
                    "score": float(row["score"]),
                }
                try:
                    response = await self._client.post(
                        FEEDBACK_PATH,
                        json=payload,
                        headers={
                            API_VERSION_HEADER: API_VERSION,
                            "idempotency-key": row["inference_id"],
                        },
                    )
                except httpx.HTTPError as error:
                    await self._defer(row["inference_id"], type(error).__name__)
                    return delivered
                status = response.status_code
                if status >= 500 or status in _RETRYABLE:
                    await self._defer(row["inference_id"], f"HTTP {status}")
                    return delivered
                refused = "" if status < 300 else f"refused: HTTP {status}"
                if refused:
                    logger.warning(
                        "DataForge refused feedback %s: %s", row["inference_id"], refused
                    )
                await self._db.execute(_MARK, time.time_ns() // 1000, refused, row["inference_id"])
                self._failures = 0
                delivered += 1

    async def _defer(self, inference_id: str, reason: str) -> None:
        self._failures += 1
        logger.warning("DataForge feedback deferred (%s)", reason)
        await self._db.execute(_FAILED, reason, inference_id)

    def next_delay(self) -> float:
        """Seconds until the next attempt: long after failures, short when healthy."""
        if self._failures == 0:
            return self._max
        return max(0.05, full_jitter(self._failures, self._base, self._max))
