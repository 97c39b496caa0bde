"""The chunk token-count cache reports its hits and misses."""

from __future__ import annotations

from prometheus_client import REGISTRY

from services.prompt_engine.budget import ChunkTokenCounter, Passage


def _lookups(result: str) -> float:
    labels = {"cache": "prompt_chunk_tokens", "result": result}
    return REGISTRY.get_sample_value("nf_cache_lookups_total", labels) or 0.0


def test_a_repeated_passage_is_a_hit_and_a_new_one_a_miss() -> None:
    counter = ChunkTokenCounter(10, count=lambda text: len(text.split()))
    hits, misses = _lookups("hit"), _lookups("miss")

    counter(Passage("c1", "t", "one two"))
    counter(Passage("c1", "t", "one two"))
    counter(Passage("c2", "t", "three"))

    assert (_lookups("hit") - hits, _lookups("miss") - misses) == (1, 2)
