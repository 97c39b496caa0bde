"""Tiers: DataForge → last-known-good → local pack → domain fallback; strict and non-strict."""

from __future__ import annotations

import random
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from nf_core.breaker import CircuitBreaker
from nf_core.errors import NotFoundError, UnavailableError
from nf_devtools.fake_dataforge import FakeDataForge
from services.context_builder.builder import ContextBuilder
from services.context_builder.contract import CONTEXT_PATH
from services.context_builder.dataforge import DataForgeClient, RetryPolicy
from services.context_builder.lkg import LastKnownGoodStore
from services.context_builder.packs import Pack
from services.context_builder.retrieved import Tier
from services.context_builder.tiers import ContextSources
from services.context_builder.window_cache import MemoryWindowCache

QUERY = "What makes a narrator unreliable?"


class WallClock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> WallClock:
    return WallClock()


@pytest.fixture
async def lkg(tmp_path: Path, clock: WallClock) -> AsyncIterator[LastKnownGoodStore]:
    store = await LastKnownGoodStore.open(tmp_path / "lkg.sqlite3", 86_400.0, clock)
    yield store
    await store.close()


def make_builder(
    fake: FakeDataForge,
    packs: dict[str, Pack],
    lkg: LastKnownGoodStore | None,
    strict: bool = False,
) -> ContextBuilder:
    client = DataForgeClient(
        fake.url,
        RetryPolicy(0.3, 1, 0.01, 0.02),
        CircuitBreaker(5, 60.0),
        rng=random.Random(1),
    )
    sources = ContextSources(packs, client, lkg, strict)
    return ContextBuilder(sources, MemoryWindowCache(100, 300.0), 6, early_refresh_beta=0.0)


async def test_dataforge_serves_first_and_is_not_degraded(
    fake_dataforge: FakeDataForge, bundled_packs: dict[str, Pack], lkg: LastKnownGoodStore
) -> None:
    builder = make_builder(fake_dataforge, bundled_packs, lkg)

    window = await builder.build("literary-demo", "literary", QUERY)

    assert window.tier is Tier.DATAFORGE
    assert not window.degraded
    assert window.pack.version == fake_dataforge.version_of("literary-demo")
    assert "unreliable narrator" in window.primary.chunk.text


async def test_each_tier_is_reached_in_turn(
    fake_dataforge: FakeDataForge,
    bundled_packs: dict[str, Pack],
    lkg: LastKnownGoodStore,
    clock: WallClock,
) -> None:
    builder = make_builder(fake_dataforge, bundled_packs, lkg)
    await builder.build("literary-demo", "literary", QUERY)
    await lkg.flush()
    fake_dataforge.set_fault("status_503")

    from_lkg = await builder.build("literary-demo", "literary", QUERY + " please")
    clock.now += 86_401  # the copy is now older than the maximum age
    from_local = await builder.build("literary-demo", "literary", QUERY + " now")
    from_fallback = await builder.build("literary-demo", "literary", "xyzzy plugh")

    assert from_lkg.tier is Tier.LAST_KNOWN_GOOD
    assert from_lkg.degraded
    assert "HTTP 503" in from_lkg.degraded_reason
    assert from_lkg.pack.version == fake_dataforge.version_of("literary-demo")
    assert "unreliable narrator" in from_lkg.primary.chunk.text
    assert from_local.tier is Tier.LOCAL_PACK
    assert from_local.degraded
    assert "local pack" in from_local.degraded_reason
    assert from_fallback.tier is Tier.DOMAIN_FALLBACK
    assert from_fallback.degraded


async def test_a_pack_only_dataforge_knows_falls_back_to_the_domain_summary(
    fake_dataforge: FakeDataForge, bundled_packs: dict[str, Pack]
) -> None:
    remote_only = {"remote-pack": bundled_packs["literary-demo"]}
    fake_dataforge.packs = remote_only
    local = {k: v for k, v in bundled_packs.items() if k != "literary-demo"}
    builder = make_builder(fake_dataforge, local, None)

    served = await builder.build("remote-pack", "literary", QUERY)
    fake_dataforge.set_fault("timeout")
    degraded = await builder.build("remote-pack", "literary", QUERY + "?", remaining_seconds=1.0)

    assert served.tier is Tier.DATAFORGE
    assert degraded.tier is Tier.DOMAIN_FALLBACK
    assert degraded.degraded
    assert "timed out" in degraded.degraded_reason


async def test_strict_mode_fails_fast_with_unavailable(
    fake_dataforge: FakeDataForge, bundled_packs: dict[str, Pack], lkg: LastKnownGoodStore
) -> None:
    builder = make_builder(fake_dataforge, bundled_packs, lkg, strict=True)
    fake_dataforge.set_fault("status_500")

    with pytest.raises(UnavailableError) as caught:
        await builder.build("literary-demo", "literary", QUERY)

    assert "DataForge unavailable" in caught.value.message


async def test_strict_mode_reports_a_pack_dataforge_does_not_know_as_not_found(
    fake_dataforge: FakeDataForge, bundled_packs: dict[str, Pack]
) -> None:
    builder = make_builder(fake_dataforge, bundled_packs, None, strict=True)
    fake_dataforge.set_fault("not_found")

    with pytest.raises(NotFoundError):
        await builder.build("literary-demo", "literary", QUERY)


async def test_degraded_windows_are_not_cached_so_recovery_is_immediate(
    fake_dataforge: FakeDataForge, bundled_packs: dict[str, Pack]
) -> None:
    builder = make_builder(fake_dataforge, bundled_packs, None)
    fake_dataforge.set_fault("status_503", count=2)

    during = await builder.build("literary-demo", "literary", QUERY)
    after = await builder.build("literary-demo", "literary", QUERY)
    cached = await builder.build("literary-demo", "literary", QUERY)

    assert during.tier is Tier.LOCAL_PACK
    assert after.tier is Tier.DATAFORGE
    assert cached == after
    assert len(fake_dataforge.recorded(CONTEXT_PATH)) == 3


async def test_version_bump_with_invalidation_serves_the_new_version(
    fake_dataforge: FakeDataForge, bundled_packs: dict[str, Pack]
) -> None:
    builder = make_builder(fake_dataforge, bundled_packs, None)
    before = await builder.build("literary-demo", "literary", QUERY)

    new_version = fake_dataforge.bump_version("literary-demo")
    stale = await builder.build("literary-demo", "literary", QUERY)
    result = await builder.invalidate("literary-demo", new_version)
    after = await builder.build("literary-demo", "literary", QUERY)

    assert stale.pack.version == before.pack.version  # cached until invalidated
    assert result.generation == 1
    assert result.dropped_entries == 1
    assert after.pack.version == new_version


async def test_last_known_good_survives_a_restart(
    tmp_path: Path, fake_dataforge: FakeDataForge, bundled_packs: dict[str, Pack], clock: WallClock
) -> None:
    path = tmp_path / "lkg.sqlite3"
    first = await LastKnownGoodStore.open(path, 86_400.0, clock)
    await make_builder(fake_dataforge, bundled_packs, first).build(
        "literary-demo", "literary", QUERY
    )
    await first.close()

    reopened = await LastKnownGoodStore.open(path, 86_400.0, clock)
    try:
        found = await reopened.search("literary-demo", QUERY, 4)
    finally:
        await reopened.close()

    assert found is not None
    manifest, ranked = found
    assert manifest.version == fake_dataforge.version_of("literary-demo")
    assert ranked
    assert "unreliable narrator" in ranked[0].chunk.text


async def test_without_dataforge_local_packs_are_primary_and_not_degraded(
    bundled_packs: dict[str, Pack],
) -> None:
    builder = ContextBuilder(ContextSources(bundled_packs), MemoryWindowCache(10, 300.0), 6)

    window = await builder.build("literary-demo", "literary", QUERY)

    assert window.tier is Tier.LOCAL_PACK
    assert not window.degraded
