"""ChampionBoard: EMA standings, promotion, demotion and concurrent recording."""

from __future__ import annotations

import asyncio

import pytest

from nf_core.errors import InvalidArgumentError, NotFoundError
from services.model_router.champion import EMA_ALPHA, ChampionBoard, Standing

DOMAINS = ("literary", "market")
TASKS = ("analysis", "reasoning")


def _challenger(board: ChampionBoard, domain: str, task_type: str) -> Standing:
    challenger = board.slot(domain, task_type).challenger
    assert challenger is not None
    return challenger


@pytest.fixture
def board() -> ChampionBoard:
    return ChampionBoard(["m-champ", "m-chall", "m-third"], DOMAINS, TASKS)


def test_first_model_is_champion_and_second_is_challenger_in_every_slot(
    board: ChampionBoard,
) -> None:
    slots = board.slots()

    assert len(slots) == 4
    assert {
        (s.champion.model_id, s.challenger.model_id if s.challenger else "") for s in slots
    } == {("m-champ", "m-chall")}


async def test_first_score_seeds_the_average_and_later_ones_use_alpha(
    board: ChampionBoard,
) -> None:
    assert EMA_ALPHA == 0.2
    await board.record("literary", "analysis", "m-champ", 0.5)
    await board.record("literary", "analysis", "m-champ", 1.0)
    slot = await board.record("literary", "analysis", "m-champ", 0.0)

    # 0.5 -> 0.2*1.0 + 0.8*0.5 = 0.6 -> 0.2*0.0 + 0.8*0.6 = 0.48
    assert slot.champion.ema == pytest.approx(0.48)
    assert slot.champion.samples == 3
    assert slot.challenger is not None
    assert slot.challenger.samples == 0


async def test_scores_land_only_in_their_own_slot(board: ChampionBoard) -> None:
    await board.record("market", "reasoning", "m-chall", 0.9)

    assert _challenger(board, "market", "reasoning").ema == pytest.approx(0.9)
    assert _challenger(board, "market", "analysis").samples == 0
    assert _challenger(board, "literary", "reasoning").samples == 0


@pytest.mark.parametrize("score", [-0.01, 1.01, float("nan")])
async def test_score_outside_unit_interval_is_invalid(board: ChampionBoard, score: float) -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        await board.record("literary", "analysis", "m-champ", score)

    assert caught.value.field == "score"
    assert board.slot("literary", "analysis").champion.samples == 0


@pytest.mark.parametrize("score", [0.0, 1.0])
async def test_unit_interval_bounds_are_accepted(board: ChampionBoard, score: float) -> None:
    slot = await board.record("literary", "analysis", "m-champ", score)

    assert slot.champion.ema == score


async def test_promoting_the_challenger_swaps_roles_keeping_standings_and_records_who(
    board: ChampionBoard,
) -> None:
    await board.record("literary", "analysis", "m-champ", 0.4)
    await board.record("literary", "analysis", "m-chall", 0.9)

    slot = await board.promote("literary", "analysis", "m-chall", "alice", "beats champion")

    assert slot.champion.model_id == "m-chall"
    assert slot.champion.ema == pytest.approx(0.9)
    assert slot.challenger is not None
    assert slot.challenger.model_id == "m-champ"
    assert slot.challenger.ema == pytest.approx(0.4)
    assert slot.changed_by == "alice"
    assert slot.change_reason == "beats champion"
    assert board.slot("literary", "analysis") == slot
    assert board.slot("market", "analysis").champion.model_id == "m-champ"


async def test_promoting_a_model_outside_the_slot_starts_it_fresh(board: ChampionBoard) -> None:
    await board.record("literary", "analysis", "m-champ", 0.4)

    slot = await board.promote("literary", "analysis", "m-third", "bob", "")

    assert slot.champion.model_id == "m-third"
    assert slot.champion.samples == 0
    assert slot.challenger is not None
    assert slot.challenger.model_id == "m-champ"
    assert slot.changed_by == "bob"
    assert slot.change_reason == "manual promotion"


async def test_promoting_an_unknown_model_is_not_found(board: ChampionBoard) -> None:
    with pytest.raises(NotFoundError, match="m-ghost"):
        await board.promote("literary", "analysis", "m-ghost", "alice", "why not")

    assert board.slot("literary", "analysis").champion.model_id == "m-champ"


async def test_demote_swaps_champion_and_challenger_recording_actor_and_reason(
    board: ChampionBoard,
) -> None:
    slot = await board.demote("market", "reasoning", "carol", "regression in evals")

    assert slot.champion.model_id == "m-chall"
    assert slot.challenger is not None
    assert slot.challenger.model_id == "m-champ"
    assert (slot.changed_by, slot.change_reason) == ("carol", "regression in evals")


async def test_demote_without_a_challenger_is_invalid() -> None:
    solo = ChampionBoard(["only"], DOMAINS, TASKS)

    with pytest.raises(InvalidArgumentError):
        await solo.demote("literary", "analysis", "carol", "")


async def test_concurrent_records_are_all_counted_in_the_right_standing(
    board: ChampionBoard,
) -> None:
    scores = [(i % 5) / 4 for i in range(1000)]
    owners = ["m-champ" if i % 4 else "m-chall" for i in range(1000)]

    await asyncio.gather(
        *(
            board.record("literary", "reasoning", owner, score)
            for owner, score in zip(owners, scores, strict=True)
        )
    )

    slot = board.slot("literary", "reasoning")
    assert slot.challenger is not None
    assert slot.champion.samples == 750
    assert slot.challenger.samples == 250
    assert slot.champion.samples + slot.challenger.samples == 1000
