"""Per-user and per-tenant budgets decided by the moving window."""

from __future__ import annotations

import pytest

from nf_core.moving_window import InProcessMovingWindow
from nf_core.rate_limit import RateLimiter, window_for


async def test_the_user_budget_refuses_the_request_after_the_limit() -> None:
    limiter = RateLimiter(InProcessMovingWindow(), per_user_per_minute=3, per_tenant_per_minute=100)

    verdicts = [await limiter.charge("acme", "alice") for _ in range(4)]

    assert [v.allowed for v in verdicts] == [True, True, True, False]
    assert [v.remaining for v in verdicts] == [2, 1, 0, 0]
    assert verdicts[-1].scope == "user"
    assert all(1 <= v.reset_seconds <= 60 for v in verdicts)


async def test_users_have_separate_budgets() -> None:
    limiter = RateLimiter(InProcessMovingWindow(), per_user_per_minute=1, per_tenant_per_minute=100)

    assert (await limiter.charge("acme", "alice")).allowed
    assert not (await limiter.charge("acme", "alice")).allowed
    assert (await limiter.charge("acme", "bob")).allowed


async def test_the_tenant_budget_caps_all_its_users_together() -> None:
    limiter = RateLimiter(InProcessMovingWindow(), per_user_per_minute=10, per_tenant_per_minute=3)

    verdicts = [await limiter.charge("acme", user) for user in ("a", "b", "c", "d")]
    other_tenant = await limiter.charge("globex", "a")

    assert [v.allowed for v in verdicts] == [True, True, True, False]
    assert verdicts[-1].scope == "tenant"
    assert verdicts[-1].limit == 3
    assert other_tenant.allowed


def test_redis_urls_are_checked_and_an_empty_url_means_process_memory() -> None:
    assert isinstance(window_for("", "nf:ratelimit"), InProcessMovingWindow)
    with pytest.raises(ValueError, match="redis://"):
        window_for("http://127.0.0.1:6379", "nf:ratelimit")
