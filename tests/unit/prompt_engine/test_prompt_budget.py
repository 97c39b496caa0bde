"""fit_to_budget and ChunkTokenCounter: rank-ordered packing of passages into a token budget."""

from __future__ import annotations

from collections import Counter

import nf_tokenizer
from services.prompt_engine.budget import ChunkTokenCounter, Passage, fit_to_budget


def _words(n: int, tag: str) -> str:
    return " ".join(f"{tag}{i}" for i in range(n))


def _passage(chunk_id: str, n_words: int) -> Passage:
    return Passage(chunk_id, f"title {chunk_id}", _words(n_words, chunk_id))


def _word_counter() -> ChunkTokenCounter:
    """A counter where one word is one token, so budgets are easy to reason about."""
    return ChunkTokenCounter(1000, count=lambda text: len(text.split()))


def test_supporting_passages_are_added_in_rank_order_until_the_budget() -> None:
    primary = _passage("p", 10)
    supporting = [_passage("a", 5), _passage("b", 5), _passage("c", 5), _passage("d", 1)]

    fitted = fit_to_budget(primary, supporting, budget=22, counter=_word_counter())

    assert [(p.chunk_id, n) for p, n in fitted.passages] == [("p", 10), ("a", 5), ("b", 5)]
    assert fitted.dropped == 2
    assert fitted.tokens == 20
    assert not fitted.truncated_primary


def test_passage_that_exactly_fills_the_budget_is_kept() -> None:
    fitted = fit_to_budget(_passage("p", 10), [_passage("a", 10)], 20, _word_counter())

    assert [p.chunk_id for p, _ in fitted.passages] == ["p", "a"]
    assert fitted.dropped == 0


def test_larger_passage_is_never_skipped_to_fit_a_later_smaller_one() -> None:
    supporting = [_passage("a", 5), _passage("big", 20), _passage("small", 2)]

    fitted = fit_to_budget(_passage("p", 10), supporting, budget=20, counter=_word_counter())

    assert [p.chunk_id for p, _ in fitted.passages] == ["p", "a"]
    assert fitted.dropped == 2


def test_primary_within_budget_is_kept_whole() -> None:
    primary = _passage("p", 30)

    fitted = fit_to_budget(primary, [_passage("a", 1)], budget=30, counter=_word_counter())

    assert fitted.passages[0] == (primary, 30)
    assert not fitted.truncated_primary
    assert fitted.dropped == 1


def test_primary_alone_over_budget_is_truncated_to_the_budget() -> None:
    text = "The unreliable narrator conceals what happened, and readers notice the gaps. " * 10
    primary = Passage("p", "Narrators", text)
    counter = ChunkTokenCounter(100)
    assert nf_tokenizer.count(text) > 25

    fitted = fit_to_budget(primary, [_passage("a", 3), _passage("b", 3)], 25, counter)

    assert fitted.truncated_primary
    [(kept, tokens)] = fitted.passages
    assert kept.chunk_id == "p"
    assert text.startswith(kept.text)
    assert 0 < tokens <= 25
    assert tokens == nf_tokenizer.count(kept.text)
    assert fitted.dropped == 2


def test_counter_counts_each_distinct_passage_once() -> None:
    calls: Counter[str] = Counter()

    def fake_count(text: str) -> int:
        calls[text] += 1
        return len(text)

    counter = ChunkTokenCounter(100, count=fake_count)
    a, b = Passage("a", "A", "alpha text"), Passage("b", "B", "beta")

    assert [counter(a), counter(b), counter(a), counter(b), counter(a)] == [10, 4, 10, 4, 10]
    assert calls == {"alpha text": 1, "beta": 1}


def test_counter_recounts_a_chunk_whose_text_changed() -> None:
    calls: list[str] = []

    def fake_count(text: str) -> int:
        calls.append(text)
        return len(text)

    counter = ChunkTokenCounter(100, count=fake_count)

    assert counter(Passage("a", "A", "v1")) == 2
    assert counter(Passage("a", "A", "version two")) == 11
    assert calls == ["v1", "version two"]


def test_counter_forgets_least_recently_used_beyond_capacity() -> None:
    calls: list[str] = []

    def fake_count(text: str) -> int:
        calls.append(text)
        return 1

    counter = ChunkTokenCounter(2, count=fake_count)
    a, b, c = Passage("a", "", "a"), Passage("b", "", "b"), Passage("c", "", "c")
    for passage in (a, b, a, c, a, b):
        counter(passage)

    # a stays cached (recently used); b is evicted by c and must be counted again.
    assert calls == ["a", "b", "c", "b"]


def test_fitting_reuses_cached_counts_across_requests() -> None:
    calls: Counter[str] = Counter()

    def fake_count(text: str) -> int:
        calls[text] += 1
        return len(text.split())

    counter = ChunkTokenCounter(100, count=fake_count)
    primary, supporting = _passage("p", 4), [_passage("a", 3), _passage("b", 3)]
    for _ in range(3):
        fit_to_budget(primary, supporting, 100, counter)

    assert set(calls.values()) == {1}
    assert len(calls) == 3
