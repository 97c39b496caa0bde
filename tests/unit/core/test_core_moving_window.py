"""The in-process moving window: same decisions as ``limits``, expiry, idle keys swept."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from limits import RateLimitItemPerMinute
from limits.aio.storage import MemoryStorage
from limits.aio.strategies import MovingWindowRateLimiter

from nf_core.moving_window import InProcessMovingWindow


class FakeClock:
    def __init__(self, now: float = 1_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@settings(max_examples=30, deadline=None)
@given(
    limit=st.integers(min_value=1, max_value=5),
    users=st.lists(st.sampled_from(["ann", "bob", "cy"]), min_size=1, max_size=25),
)
async def test_decisions_and_remaining_match_the_limits_library_within_one_window(
    limit: int, users: list[str]
) -> None:
    item = RateLimitItemPerMinute(limit)
    ours = InProcessMovingWindow()
    reference = MovingWindowRateLimiter(MemoryStorage())

    for user in users:
        expected = await reference.hit(item, "user", user)
        assert await ours.hit(item, "user", user) == expected
        assert (await ours.get_window_stats(item, "user", user)).remaining == (
            await reference.get_window_stats(item, "user", user)
        ).remaining


async def test_a_hit_leaves_the_window_sixty_seconds_later() -> None:
    clock = FakeClock()
    window = InProcessMovingWindow(clock=clock)
    item = RateLimitItemPerMinute(2)
    start = clock.now

    assert await window.hit(item, "alice")
    clock.now += 30
    assert await window.hit(item, "alice")
    assert not await window.hit(item, "alice")
    stats = await window.get_window_stats(item, "alice")
    assert stats.reset_time == start + 60
    assert stats.remaining == 0

    clock.now = start + 60  # the first hit is now exactly one window old
    assert await window.hit(item, "alice")
    assert not await window.hit(item, "alice")


async def test_refused_hits_are_not_counted() -> None:
    clock = FakeClock()
    window = InProcessMovingWindow(clock=clock)
    item = RateLimitItemPerMinute(1)

    assert await window.hit(item, "alice")
    for _ in range(5):
        assert not await window.hit(item, "alice")
    clock.now += 60
    assert (await window.get_window_stats(item, "alice")).remaining == 1


async def test_idle_keys_are_swept_so_memory_follows_active_users() -> None:
    clock = FakeClock()
    window = InProcessMovingWindow(clock=clock, sweep_interval_seconds=10)
    item = RateLimitItemPerMinute(100)
    for user in range(1000):
        await window.hit(item, "user", f"u{user}")
    assert len(window) == 1000

    clock.now += 61
    await window.hit(item, "user", "still-here")

    assert len(window) == 1
