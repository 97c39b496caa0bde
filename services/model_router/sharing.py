"""Answer sharing: identical requests share one provider call, and exact repeats hit a cache.

In one process, the first request for a key makes the call and every identical request that
arrives while it runs, or within the window after it finished, awaits its answer (when the
first caller goes away, the waiting ones start over among themselves). With Redis,
the process that starts the call first claims it across replicas (``remote_flight``). The
output cache keeps exact repeats for its TTL: in process memory, or in Redis when configured.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import StrEnum

from redis.exceptions import RedisError

from nf_core.cache import TtlLruCache
from nf_core.errors import DeadlineExceededError
from services.model_router import metrics
from services.model_router.registry import ModelSpec
from services.model_router.remote_flight import ClaimKind, RedisFlights
from services.model_router.request_key import (
    cacheable,
    decode_outcome,
    encode_outcome,
    request_key,
)
from services.model_router.router import RouteOutcome, RouteRequest

logger = logging.getLogger(__name__)

RouteFunction = Callable[[RouteRequest, float | None], Awaitable[RouteOutcome]]


class _LeaderGoneError(Exception):
    """The caller running a shared call was cancelled; the others must not inherit that."""


class Source(StrEnum):
    """Where an answer came from."""

    PROVIDER = "provider"
    SHARED = "shared"
    CACHE = "cache"


@dataclass(frozen=True)
class SharedAnswer:
    """An answer and where it came from."""

    outcome: RouteOutcome
    source: Source


@dataclass(frozen=True)
class SharingConfig:
    """The knobs of answer sharing (defaults match settings)."""

    default_strategy: str = "domain_optimized"
    deadline_seconds: float = 60.0
    window_seconds: float = 0.5
    cache_ttl_seconds: float = 300.0
    cache_max_entries: int = 10000
    cache_sampled: bool = False


class AnswerSharing:
    """Serves route requests through the output cache and in-flight sharing."""

    def __init__(
        self,
        route: RouteFunction,
        specs: list[ModelSpec],
        config: SharingConfig = SharingConfig(),
        remote: RedisFlights | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._route = route
        self._specs = {spec.model_id: spec for spec in specs}
        self._config = config
        self._remote = remote
        self._clock = clock
        self._cache: TtlLruCache[RouteOutcome] | None = (
            TtlLruCache(config.cache_max_entries, config.cache_ttl_seconds, clock)
            if config.cache_ttl_seconds > 0 and remote is None
            else None
        )
        # key -> (the call's answer, when it finished or None while it runs)
        self._flights: dict[str, tuple[asyncio.Future[SharedAnswer], float | None]] = {}

    @property
    def in_flight(self) -> int:
        """Calls running or still shareable (for tests and metrics)."""
        return len(self._flights)

    async def answer(self, request: RouteRequest, caller_deadline: float | None) -> SharedAnswer:
        """The answer to ``request`` within ``caller_deadline`` seconds (None: the router cap)."""
        key = request_key(request, self._config.default_strategy)
        use_cache = cacheable(request, self._config.cache_sampled)
        if use_cache and self._cache is not None:
            hit = self._cache.get(key)
            if hit is not None:
                metrics.ANSWER_CACHE_HIT.inc()
                return SharedAnswer(hit, Source.CACHE)
            metrics.ANSWER_CACHE_MISS.inc()
        flight = self._flights.get(key)
        if flight is not None:
            future, finished_at = flight
            if finished_at is None or self._clock() - finished_at < self._config.window_seconds:
                return await self._follow(future, request, caller_deadline)
        # The first caller runs the call inline (no task: this is the hot path); identical
        # callers wait on its future. If it is cancelled, they start over without it.
        future = asyncio.get_running_loop().create_future()
        self._flights[key] = (future, None)
        try:
            shared = await self._lead(key, request, caller_deadline, use_cache)
        except BaseException as error:
            if self._flights.get(key, (None, None))[0] is future:
                del self._flights[key]
            gone = isinstance(error, asyncio.CancelledError)
            future.set_exception(_LeaderGoneError() if gone else error)
            future.exception()  # retrieved: nobody waiting must not mean a logged warning
            raise
        future.set_result(shared)
        if self._config.window_seconds > 0:
            self._flights[key] = (future, self._clock())
            asyncio.get_running_loop().call_later(
                self._config.window_seconds, self._expire, key, future
            )
        else:
            del self._flights[key]
        return shared

    def _expire(self, key: str, future: asyncio.Future[SharedAnswer]) -> None:
        if self._flights.get(key, (None, None))[0] is future:
            del self._flights[key]

    async def _follow(
        self,
        future: asyncio.Future[SharedAnswer],
        request: RouteRequest,
        caller_deadline: float | None,
    ) -> SharedAnswer:
        started = self._clock()
        try:
            shared = await asyncio.wait_for(asyncio.shield(future), caller_deadline)
        except TimeoutError:
            raise DeadlineExceededError("no answer within the caller's deadline") from None
        except (_LeaderGoneError, DeadlineExceededError) as error:
            # The first caller went away, or had less time than this one: go again with what
            # is left (identical callers in the same position share that new call).
            left = None if caller_deadline is None else caller_deadline - (self._clock() - started)
            if left is not None and left <= 0:
                if isinstance(error, _LeaderGoneError):
                    raise DeadlineExceededError("no answer within the caller's deadline") from None
                raise
            return await self.answer(request, left)
        source = Source.CACHE if shared.source is Source.CACHE else Source.SHARED
        return SharedAnswer(shared.outcome, source)

    async def _lead(
        self, key: str, request: RouteRequest, caller_deadline: float | None, use_cache: bool
    ) -> SharedAnswer:
        if self._remote is not None:
            return await self._lead_across_replicas(key, request, caller_deadline, use_cache)
        outcome = await self._route(request, caller_deadline)
        if use_cache and self._cache is not None:
            self._cache.put(key, outcome)
        return SharedAnswer(outcome, Source.PROVIDER)

    async def _lead_across_replicas(
        self, key: str, request: RouteRequest, caller_deadline: float | None, use_cache: bool
    ) -> SharedAnswer:
        assert self._remote is not None
        budget = self._config.deadline_seconds
        if caller_deadline is not None:
            budget = min(budget, caller_deadline)
        started = self._clock()
        token = ""
        try:
            claim = await self._remote.claim(key, use_cache=use_cache, lock_seconds=budget)
        except RedisError as error:
            logger.warning("answer sharing without Redis for this request: %s", error)
            return SharedAnswer(await self._route(request, caller_deadline), Source.PROVIDER)
        if use_cache:
            hit = claim.kind is ClaimKind.CACHE
            (metrics.ANSWER_CACHE_HIT if hit else metrics.ANSWER_CACHE_MISS).inc()
        if claim.kind in (ClaimKind.CACHE, ClaimKind.SHARED):
            outcome = decode_outcome(claim.answer, self._specs)
            if outcome is not None:
                source = Source.CACHE if claim.kind is ClaimKind.CACHE else Source.SHARED
                return SharedAnswer(outcome, source)
        elif claim.kind is ClaimKind.FOLLOW:
            answer = await self._remote_wait(key, budget)
            outcome = decode_outcome(answer, self._specs) if answer else None
            if outcome is not None:
                return SharedAnswer(outcome, Source.SHARED)
        else:
            token = claim.token
        left = budget - (self._clock() - started)
        if left <= 0:
            raise DeadlineExceededError("no answer within the caller's deadline")
        try:
            outcome = await self._route(request, left)
        except BaseException:
            if token:
                await self._publish(key, b"", token, cache_ttl=0.0)
            raise
        cache_ttl = self._config.cache_ttl_seconds if use_cache else 0.0
        await self._publish(key, encode_outcome(outcome), token, cache_ttl)
        return SharedAnswer(outcome, Source.PROVIDER)

    async def _remote_wait(self, key: str, within: float) -> bytes | None:
        assert self._remote is not None
        try:
            return await self._remote.wait(key, within)
        except RedisError as error:
            logger.warning("could not wait for another replica's answer: %s", error)
            return None

    async def _publish(self, key: str, answer: bytes, token: str, cache_ttl: float) -> None:
        assert self._remote is not None
        try:
            await self._remote.publish(
                key, answer, token=token, window=self._config.window_seconds, cache_ttl=cache_ttl
            )
        except RedisError as error:
            logger.warning("could not share an answer through Redis: %s", error)
