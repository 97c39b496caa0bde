"""Champion stores (in-process and Redis, same behaviour): EMA, window, promotion, concurrency."""

from __future__ import annotations

import asyncio

import pytest
import redis.asyncio as aioredis

from nf_core.errors import InvalidArgumentError, NotFoundError
from services.model_router.champion import (
    AUTO_ACTOR,
    EMA_ALPHA,
    ChampionPolicy,
    ChampionStore,
    Standing,
)
from services.model_router.champion_redis import RedisChampionStore
from services.model_router.redis_state import Keys
from tests.unit.model_router.conftest import DOMAINS, MODELS, TASKS, MakeStore


async def _challenger(store: ChampionStore, domain: str, task_type: str) -> Standing:
    challenger = (await store.slot(domain, task_type)).challenger
    assert challenger is not None
    return challenger


@pytest.fixture
def store(make_store: MakeStore) -> ChampionStore:
    return make_store()


async def test_first_model_is_champion_and_second_is_challenger_in_every_slot(
    store: ChampionStore,
) -> None:
    slots = await store.slots()

    assert len(slots) == 4
    assert {
        (s.champion.model_id, s.challenger.model_id if s.challenger else "") for s in slots
    } == {("m-champ", "m-chall")}
    assert {s.changed_by for s in slots} == {"bootstrap"}


async def test_first_score_seeds_the_average_and_later_ones_use_alpha(
    store: ChampionStore,
) -> None:
    assert EMA_ALPHA == 0.2
    await store.record("literary", "analysis", "m-champ", 0.5)
    await store.record("literary", "analysis", "m-champ", 1.0)
    slot = await store.record("literary", "analysis", "m-champ", 0.0)

    # 0.5 -> 0.2*1.0 + 0.8*0.5 = 0.6 -> 0.2*0.0 + 0.8*0.6 = 0.48
    assert slot.champion.ema == pytest.approx(0.48)
    assert slot.champion.samples == 3
    assert slot.challenger is not None
    assert slot.challenger.samples == 0


async def test_both_stores_compute_bit_identical_averages(make_store: MakeStore) -> None:
    scores = [0.1, 0.73, 0.333, 0.9, 0.05, 0.61]
    expected = Standing("m-champ")
    for score in scores:
        expected = expected.updated(score)
    store = make_store()

    for score in scores:
        slot = await store.record("market", "analysis", "m-champ", score)

    assert slot.champion == expected


async def test_window_keeps_the_latest_scores_with_peak_low_and_trend(
    make_store: MakeStore,
) -> None:
    store = make_store(policy=ChampionPolicy(window=4, min_samples=1000))
    for score in (0.9, 0.1, 0.2, 0.4, 0.6, 0.8):
        slot = await store.record("literary", "analysis", "m-champ", score)

    champion = slot.champion
    assert champion.window == (0.2, 0.4, 0.6, 0.8)
    assert champion.samples == 6
    assert (champion.peak, champion.low) == (0.8, 0.2)
    assert champion.window_mean == pytest.approx(0.5)
    assert champion.trend == pytest.approx(0.7 - 0.3)


async def test_scores_land_only_in_their_own_slot(store: ChampionStore) -> None:
    await store.record("market", "reasoning", "m-chall", 0.9)

    assert (await _challenger(store, "market", "reasoning")).ema == pytest.approx(0.9)
    assert (await _challenger(store, "market", "analysis")).samples == 0
    assert (await _challenger(store, "literary", "reasoning")).samples == 0


async def test_a_score_for_a_model_outside_the_slot_changes_nothing(store: ChampionStore) -> None:
    slot = await store.record("market", "reasoning", "m-third", 0.9)

    assert (slot.champion.samples, slot.challenger.samples if slot.challenger else -1) == (0, 0)


@pytest.mark.parametrize("score", [-0.01, 1.01, float("nan")])
async def test_score_outside_unit_interval_is_invalid(store: ChampionStore, score: float) -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        await store.record("literary", "analysis", "m-champ", score)

    assert caught.value.field == "score"
    assert (await store.slot("literary", "analysis")).champion.samples == 0


@pytest.mark.parametrize("score", [0.0, 1.0])
async def test_unit_interval_bounds_are_accepted(store: ChampionStore, score: float) -> None:
    slot = await store.record("literary", "analysis", "m-champ", score)

    assert slot.champion.ema == score


async def test_promoting_the_challenger_swaps_roles_keeping_standings_and_records_who(
    make_store: MakeStore,
) -> None:
    store = make_store(clock=lambda: 1_800_000_000.5)
    await store.record("literary", "analysis", "m-champ", 0.4)
    await store.record("literary", "analysis", "m-chall", 0.9)

    slot = await store.promote("literary", "analysis", "m-chall", "alice", "beats champion")

    assert slot.champion.model_id == "m-chall"
    assert slot.champion.ema == pytest.approx(0.9)
    assert slot.challenger is not None
    assert slot.challenger.model_id == "m-champ"
    assert slot.challenger.ema == pytest.approx(0.4)
    assert (slot.changed_by, slot.changed_at) == ("alice", 1_800_000_000.5)
    assert slot.change_reason == "beats champion"
    assert await store.slot("literary", "analysis") == slot
    assert (await store.slot("market", "analysis")).champion.model_id == "m-champ"


async def test_promoting_a_model_outside_the_slot_starts_it_fresh(store: ChampionStore) -> None:
    await store.record("literary", "analysis", "m-champ", 0.4)
    await store.record("literary", "analysis", "m-chall", 0.7)

    slot = await store.promote("literary", "analysis", "m-third", "bob", "")

    assert slot.champion.model_id == "m-third"
    assert slot.champion.samples == 0
    assert slot.challenger is not None
    assert slot.challenger.model_id == "m-champ"
    assert slot.changed_by == "bob"
    assert slot.change_reason == "manual promotion"
    # The old challenger left the slot: promoted again later, it starts from nothing.
    again = await store.promote("literary", "analysis", "m-chall", "bob", "")
    assert (again.champion.model_id, again.champion.samples) == ("m-chall", 0)


async def test_promoting_an_unknown_model_is_not_found(store: ChampionStore) -> None:
    with pytest.raises(NotFoundError, match="m-ghost"):
        await store.promote("literary", "analysis", "m-ghost", "alice", "why not")

    assert (await store.slot("literary", "analysis")).champion.model_id == "m-champ"


async def test_demote_swaps_champion_and_challenger_recording_actor_and_reason(
    store: ChampionStore,
) -> None:
    slot = await store.demote("market", "reasoning", "carol", "regression in evals")

    assert slot.champion.model_id == "m-chall"
    assert slot.challenger is not None
    assert slot.challenger.model_id == "m-champ"
    assert (slot.changed_by, slot.change_reason) == ("carol", "regression in evals")


async def test_demote_without_a_challenger_is_invalid(make_store: MakeStore) -> None:
    solo = make_store(["only"])

    with pytest.raises(InvalidArgumentError):
        await solo.demote("literary", "analysis", "carol", "")


POLICY = ChampionPolicy(margin=0.2, min_samples=5)


async def test_challenger_beating_the_champion_by_more_than_the_margin_is_promoted(
    make_store: MakeStore,
) -> None:
    store = make_store(policy=POLICY)
    for _ in range(5):
        await store.record("literary", "analysis", "m-champ", 0.5)
    for _ in range(4):
        slot = await store.record("literary", "analysis", "m-chall", 0.9)
        assert slot.champion.model_id == "m-champ"  # not enough challenger samples yet

    slot = await store.record("literary", "analysis", "m-chall", 0.9)

    assert slot.champion.model_id == "m-chall"
    assert slot.challenger is not None
    assert (slot.challenger.model_id, slot.challenger.samples) == ("m-champ", 5)
    assert slot.changed_by == AUTO_ACTOR
    assert "beat champion" in slot.change_reason
    assert "20%" in slot.change_reason


async def test_a_lead_within_the_margin_changes_nothing(make_store: MakeStore) -> None:
    store = make_store(policy=POLICY)
    for _ in range(10):
        await store.record("literary", "analysis", "m-champ", 0.5)
        slot = await store.record("literary", "analysis", "m-chall", 0.6)  # exactly +20%

    assert slot.champion.model_id == "m-champ"


async def test_a_falling_champion_is_demoted_by_the_same_rule(make_store: MakeStore) -> None:
    store = make_store(policy=POLICY)
    for _ in range(5):
        await store.record("market", "reasoning", "m-champ", 0.8)
        await store.record("market", "reasoning", "m-chall", 0.7)

    for _ in range(3):
        slot = await store.record("market", "reasoning", "m-champ", 0.2)

    assert slot.champion.model_id == "m-chall"
    assert slot.changed_by == AUTO_ACTOR


async def test_concurrent_records_are_all_counted_in_the_right_standing(
    store: ChampionStore,
) -> None:
    scores = [(i % 5) / 4 for i in range(1000)]
    owners = ["m-champ" if i % 4 else "m-chall" for i in range(1000)]

    await asyncio.gather(
        *(
            store.record("literary", "reasoning", owner, score)
            for owner, score in zip(owners, scores, strict=True)
        )
    )

    slot = await store.slot("literary", "reasoning")
    assert slot.challenger is not None
    samples = {s.model_id: s.samples for s in (slot.champion, slot.challenger)}
    assert samples == {"m-champ": 750, "m-chall": 250}


async def test_redis_state_survives_a_new_store_and_is_the_same_for_every_replica(
    redis_client: aioredis.Redis, state_prefix: str
) -> None:
    def replica() -> RedisChampionStore:
        return RedisChampionStore(redis_client, Keys(state_prefix), MODELS, DOMAINS, TASKS)

    first = replica()
    await first.record("literary", "analysis", "m-champ", 0.7)
    await first.promote("literary", "analysis", "m-chall", "alice", "trial")

    second = replica()

    assert await second.slot("literary", "analysis") == await first.slot("literary", "analysis")
    assert (await second.slot("literary", "analysis")).changed_by == "alice"
