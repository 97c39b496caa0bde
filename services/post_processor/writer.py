"""Stores inferences without losing any: the database when it is up, the spool when it is not.

While the spool holds anything, new inferences join its tail, so they reach the database in the
order they were accepted. A background task replays the spool as soon as the database answers;
``save`` is idempotent on the inference id, so a crash between storing and dequeuing cannot
store a record twice.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass

from neuroforge.postprocess.v1 import post_processor_service_pb2 as pb
from nf_core.db import DatabaseUnavailableError
from services.post_processor import metrics
from services.post_processor.repository import InferenceRepository, SaveOutcome
from services.post_processor.spool import Spool

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class WriteOutcome:
    """The saved outcome, or None when the request waits in the spool."""

    saved: SaveOutcome | None

    @property
    def spooled(self) -> bool:
        """True when the database was unavailable."""
        return self.saved is None


class InferenceWriter:
    """Database first, spool on outage, replay in order."""

    def __init__(self, repository: InferenceRepository, spool: Spool, retry_seconds: float) -> None:
        self._repository = repository
        self._spool = spool
        self._retry_seconds = retry_seconds
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._spooled = 0
        self.on_saved: list[asyncio.Event] = []

    async def start(self) -> None:
        """Start the replayer (there may be items left from a previous run)."""
        self._spooled = await self._spool.depth()
        self._task = asyncio.create_task(self._replay_forever())
        if self._spooled:
            self._wake.set()

    async def stop(self) -> None:
        """Stop the replayer; spooled items stay on disk for the next start."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    @property
    def spool_depth(self) -> int:
        """Items waiting (as of the last change)."""
        return self._spooled

    async def write(self, request: pb.RecordInferenceRequest) -> WriteOutcome:
        """Store a request, or spool it when the database is down or a backlog exists."""
        if self._spooled == 0:
            try:
                return WriteOutcome(await self._save(request))
            except DatabaseUnavailableError as error:
                logger.warning(
                    "database unavailable, spooling %s: %s", request.record.inference_id, error
                )
        await self._spool.append(request.SerializeToString())
        self._spooled += 1
        metrics.SPOOLED.inc()
        self._wake.set()
        return WriteOutcome(None)

    async def _save(self, request: pb.RecordInferenceRequest) -> SaveOutcome:
        outcome = await self._repository.save(
            request.record, request.idempotency_key, request.request_fingerprint
        )
        if outcome.inserted:
            for event in self.on_saved:
                event.set()
        return outcome

    async def _replay_forever(self) -> None:
        while True:
            await self._wake.wait()
            self._wake.clear()
            while await self._replay_batch():
                pass
            if self._spooled:
                await asyncio.sleep(self._retry_seconds)
                self._wake.set()

    async def _replay_batch(self) -> bool:
        """Replay up to 100 items in order; False when empty or the database is still down."""
        items = await self._spool.head(100)
        if not items:
            self._spooled = 0
            return False
        for seq, payload in items:
            request = pb.RecordInferenceRequest.FromString(payload)
            try:
                await self._save(request)
            except DatabaseUnavailableError:
                return False
            await self._spool.remove(seq)
            self._spooled = max(0, self._spooled - 1)
            metrics.REPLAYED.inc()
        logger.info("replayed %d spooled inferences", len(items))
        return True
