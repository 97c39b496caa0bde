"""ContextBuilder: validation of pack ids, ranked retrieval, fallback and caching."""

from __future__ import annotations

import pytest

from nf_core.errors import InvalidArgumentError, NotFoundError
from services.context_builder.builder import ContextBuilder
from services.context_builder.packs import Pack
from services.context_builder.retrieved import Tier
from services.context_builder.tiers import ContextSources
from services.context_builder.window_cache import MemoryWindowCache

NARRATOR_QUERY = "What makes a narrator unreliable?"


@pytest.fixture
def builder(bundled_packs: dict[str, Pack]) -> ContextBuilder:
    cache = MemoryWindowCache(max_entries=100, ttl_seconds=300.0)
    return ContextBuilder(ContextSources(bundled_packs), cache, default_max_chunks=6)


async def test_passage_defining_unreliable_narrators_ranks_first(builder: ContextBuilder) -> None:
    window = await builder.build("literary-demo", "literary", NARRATOR_QUERY)

    assert window.tier == Tier.LOCAL_PACK
    assert not window.degraded
    assert window.primary.chunk.chunk_id.startswith("literary-demo/01-unreliable-narrators#")
    assert "unreliable narrator is" in window.primary.chunk.text
    scores = [window.primary.score, *(c.score for c in window.supporting)]
    assert scores == sorted(scores, reverse=True)
    assert all(score > 0 for score in scores)


async def test_window_size_respects_max_chunks(builder: ContextBuilder) -> None:
    three = await builder.build("literary-demo", "literary", NARRATOR_QUERY, max_chunks=3)
    default = await builder.build("literary-demo", "literary", NARRATOR_QUERY)

    assert 1 + len(three.supporting) == 3
    assert 1 + len(default.supporting) == 6


async def test_unknown_pack_raises_not_found_listing_available_packs(
    builder: ContextBuilder,
) -> None:
    with pytest.raises(NotFoundError) as caught:
        await builder.build("poetry-demo", "literary", NARRATOR_QUERY)

    message = caught.value.message
    assert "poetry-demo" in message
    for known in ("general-demo", "literary-demo", "market-demo"):
        assert known in message


@pytest.mark.parametrize(
    "pack_id", ["", "ab", "Literary-Demo", "literary_demo", "-literary", "x" * 65]
)
async def test_malformed_pack_id_raises_invalid_argument(
    builder: ContextBuilder, pack_id: str
) -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        await builder.build(pack_id, "literary", NARRATOR_QUERY)

    assert caught.value.field == "context_pack_id"


async def test_pack_of_another_domain_raises_invalid_argument(builder: ContextBuilder) -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        await builder.build("market-demo", "literary", "What is a market?")

    assert caught.value.field == "context_pack_id"
    assert "'market'" in caught.value.message
    assert "'literary'" in caught.value.message


async def test_query_without_matching_terms_falls_back_to_the_domain_summary(
    builder: ContextBuilder, bundled_packs: dict[str, Pack]
) -> None:
    window = await builder.build("general-demo", "general", "xyzzy plugh quux")

    assert window.tier == Tier.DOMAIN_FALLBACK
    assert window.degraded
    assert window.degraded_reason
    assert window.primary.chunk.text == bundled_packs["general-demo"].manifest.fallback_summary
    assert window.supporting == []


async def test_repeated_query_is_a_cache_hit_even_with_different_spacing_and_case(
    builder: ContextBuilder,
) -> None:
    first = await builder.build("literary-demo", "literary", NARRATOR_QUERY)
    second = await builder.build(
        "literary-demo", "literary", "  what MAKES a narrator   unreliable?"
    )

    assert second == first
    assert builder.stats.misses == 1
    assert builder.stats.hits == 1


async def test_different_max_chunks_is_cached_separately(builder: ContextBuilder) -> None:
    await builder.build("literary-demo", "literary", NARRATOR_QUERY, max_chunks=2)
    await builder.build("literary-demo", "literary", NARRATOR_QUERY, max_chunks=4)

    assert builder.stats.misses == 2
    assert builder.stats.hits == 0


async def test_invalidate_drops_only_that_packs_entries(builder: ContextBuilder) -> None:
    await builder.build("literary-demo", "literary", NARRATOR_QUERY)
    await builder.build("literary-demo", "literary", "What is a sonnet?")
    await builder.build("market-demo", "market", "How do you size a market?")

    assert (await builder.invalidate("literary-demo")).dropped_entries == 2

    await builder.build("market-demo", "market", "How do you size a market?")
    assert builder.stats.hits == 1
    await builder.build("literary-demo", "literary", NARRATOR_QUERY)
    assert builder.stats.misses == 4


async def test_invalidate_with_empty_id_drops_every_pack(builder: ContextBuilder) -> None:
    await builder.build("literary-demo", "literary", NARRATOR_QUERY)
    await builder.build("market-demo", "market", "How do you size a market?")

    assert (await builder.invalidate("")).dropped_entries == 2
    assert len(builder.cache) == 0
