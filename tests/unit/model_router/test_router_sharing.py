"""Answer sharing: one call for identical in-flight requests, the window, the output cache."""

from __future__ import annotations

import asyncio
from dataclasses import replace

import pytest
import redis.asyncio as aioredis

from nf_core.errors import DeadlineExceededError, UnavailableError
from services.model_router.providers.base import GenerationRequest, Passage
from services.model_router.redis_state import Keys
from services.model_router.registry import ModelSpec
from services.model_router.remote_flight import RedisFlights
from services.model_router.request_key import request_key
from services.model_router.router import RouteOutcome, RouteRequest
from services.model_router.sharing import AnswerSharing, SharingConfig, Source

SPEC = ModelSpec("m", "fake", "m", 8192, 0.0, 0.0, 10, {})
WINDOW = 0.5


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class CountingRoute:
    """A stand-in for ``Router.route`` that counts calls and can be held open."""

    def __init__(self, fail: BaseException | None = None) -> None:
        self.calls = 0
        self.release = asyncio.Event()
        self.release.set()
        self.fail = fail

    async def __call__(self, request: RouteRequest, caller_deadline: float | None) -> RouteOutcome:
        self.calls += 1
        await self.release.wait()
        if self.fail is not None:
            raise self.fail
        return RouteOutcome(SPEC, f"answer {self.calls}", "stop", 10, 3, 5, ["m"])


def _request(temperature: float = 0.0, query: str = "why?") -> RouteRequest:
    generation = GenerationRequest(
        model_name="",
        system_prompt="You are\nhelpful.",
        user_prompt=f"Question: {query}",
        user_query=query,
        passages=[Passage("Doc", "Some text.")],
        task_type="analysis",
        temperature=temperature,
        max_tokens=100,
    )
    return RouteRequest("general", "analysis", 20, generation)


def _sharing(
    route: CountingRoute, clock: Clock, ttl: float = 60.0, remote: RedisFlights | None = None
) -> AnswerSharing:
    config = SharingConfig(window_seconds=WINDOW, cache_ttl_seconds=ttl, deadline_seconds=5.0)
    return AnswerSharing(route, [SPEC], config, remote, clock)


def test_the_key_ignores_surrounding_whitespace_and_line_endings_but_not_parameters() -> None:
    base = _request()
    spaced = replace(
        base,
        generation=replace(
            base.generation, system_prompt="You are\r\nhelpful.\n", user_query=" why? "
        ),
    )
    hotter = replace(base, generation=replace(base.generation, temperature=0.5))
    pinned = replace(base, model_id="m")

    assert request_key(spaced, "domain_optimized") == request_key(base, "domain_optimized")
    keys = {
        request_key(r, "domain_optimized") for r in (base, hotter, pinned, _request(query="how?"))
    }
    assert len(keys) == 4
    assert request_key(base, "cost_optimized") != request_key(base, "domain_optimized")


async def test_twenty_identical_concurrent_requests_make_one_call() -> None:
    route, clock = CountingRoute(), Clock()
    route.release.clear()
    sharing = _sharing(route, clock)

    pending = [asyncio.ensure_future(sharing.answer(_request(0.7), None)) for _ in range(20)]
    await asyncio.sleep(0.01)
    route.release.set()
    answers = await asyncio.gather(*pending)

    assert route.calls == 1
    assert {a.outcome.text for a in answers} == {"answer 1"}
    assert sorted(a.source for a in answers).count(Source.SHARED) == 19


async def test_a_repeat_within_the_window_shares_and_after_it_calls_again() -> None:
    route, clock = CountingRoute(), Clock()
    sharing = _sharing(route, clock, ttl=0.0)
    await sharing.answer(_request(0.7), None)

    clock.now += WINDOW - 0.01
    within = await sharing.answer(_request(0.7), None)
    clock.now += 0.02
    after = await sharing.answer(_request(0.7), None)

    assert (within.source, within.outcome.text) == (Source.SHARED, "answer 1")
    assert (after.source, after.outcome.text) == (Source.PROVIDER, "answer 2")


async def test_deterministic_answers_are_cached_until_the_ttl_and_sampled_ones_are_not() -> None:
    route, clock = CountingRoute(), Clock()
    sharing = _sharing(route, clock, ttl=60.0)
    await sharing.answer(_request(0.0), None)
    await sharing.answer(_request(0.7), None)

    clock.now += 30
    cached = await sharing.answer(_request(0.0), None)
    sampled = await sharing.answer(_request(0.7), None)
    clock.now += 31
    expired = await sharing.answer(_request(0.0), None)

    assert (cached.source, cached.outcome.text) == (Source.CACHE, "answer 1")
    assert sampled.source is Source.PROVIDER
    assert (expired.source, route.calls) == (Source.PROVIDER, 4)


async def test_when_the_first_caller_goes_away_the_waiting_ones_start_over_together() -> None:
    route, clock = CountingRoute(), Clock()
    route.release.clear()
    sharing = _sharing(route, clock)
    first = asyncio.ensure_future(sharing.answer(_request(), None))
    await asyncio.sleep(0)
    waiting = [asyncio.ensure_future(sharing.answer(_request(), None)) for _ in range(3)]
    await asyncio.sleep(0)

    first.cancel()
    await asyncio.sleep(0.01)
    route.release.set()
    answers = await asyncio.gather(*waiting)

    assert first.cancelled()
    assert {a.outcome.text for a in answers} == {"answer 2"}
    assert route.calls == 2


async def test_a_failure_reaches_waiting_callers_but_is_not_shared_afterwards() -> None:
    route, clock = CountingRoute(UnavailableError("down")), Clock()
    route.release.clear()
    sharing = _sharing(route, clock)
    pending = [asyncio.ensure_future(sharing.answer(_request(), None)) for _ in range(3)]
    await asyncio.sleep(0)
    route.release.set()

    results = await asyncio.gather(*pending, return_exceptions=True)
    route.fail = None
    again = await sharing.answer(_request(), None)

    assert all(isinstance(r, UnavailableError) for r in results)
    assert (again.source, route.calls) == (Source.PROVIDER, 2)


async def test_a_waiting_caller_keeps_its_own_deadline() -> None:
    route, clock = CountingRoute(), Clock()
    route.release.clear()
    sharing = _sharing(route, clock)
    leader = asyncio.ensure_future(sharing.answer(_request(), None))
    await asyncio.sleep(0)

    with pytest.raises(DeadlineExceededError):
        await sharing.answer(_request(), 0.05)
    route.release.set()
    await leader


@pytest.fixture
def keys(state_prefix: str) -> Keys:
    return Keys(state_prefix)


async def test_two_replicas_sharing_redis_make_one_call_for_identical_requests(
    redis_client: aioredis.Redis, keys: Keys
) -> None:
    route, clock = CountingRoute(), Clock()
    route.release.clear()
    replicas = [_sharing(route, clock, remote=RedisFlights(redis_client, keys)) for _ in range(2)]

    pending = [asyncio.ensure_future(replicas[i % 2].answer(_request(0.7), 5.0)) for i in range(20)]
    await asyncio.sleep(0.05)
    route.release.set()
    answers = await asyncio.gather(*pending)

    assert route.calls == 1
    assert all(a.outcome == answers[0].outcome for a in answers)
    assert [a.source for a in answers].count(Source.PROVIDER) == 1


async def test_the_redis_output_cache_serves_another_replica_after_the_window(
    redis_client: aioredis.Redis, keys: Keys
) -> None:
    route, clock = CountingRoute(), Clock()
    first = _sharing(route, clock, remote=RedisFlights(redis_client, keys))
    second = _sharing(route, clock, remote=RedisFlights(redis_client, keys))
    await first.answer(_request(0.0), 5.0)
    await asyncio.sleep(WINDOW + 0.05)

    cached = await second.answer(_request(0.0), 5.0)

    assert (cached.source, cached.outcome.text, route.calls) == (Source.CACHE, "answer 1", 1)
    assert await redis_client.pttl(keys.cached(request_key(_request(0.0), "domain_optimized"))) > 0


async def test_when_the_leading_replica_fails_the_other_calls_for_itself(
    redis_client: aioredis.Redis, keys: Keys
) -> None:
    failing, working, clock = CountingRoute(UnavailableError("down")), CountingRoute(), Clock()
    failing.release.clear()
    leader = _sharing(failing, clock, remote=RedisFlights(redis_client, keys))
    follower = _sharing(working, clock, remote=RedisFlights(redis_client, keys))
    leading = asyncio.ensure_future(leader.answer(_request(), 5.0))
    await asyncio.sleep(0.05)
    following = asyncio.ensure_future(follower.answer(_request(), 5.0))
    await asyncio.sleep(0.05)

    failing.release.set()

    with pytest.raises(UnavailableError):
        await leading
    assert (await following).source is Source.PROVIDER
    assert (failing.calls, working.calls) == (1, 1)
