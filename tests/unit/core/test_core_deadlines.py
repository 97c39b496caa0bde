"""DeadlineBudget: per-stage timeouts that leave later stages their reserve."""

from __future__ import annotations

import pytest

from nf_core.deadlines import DeadlineBudget
from nf_core.errors import DeadlineExceededError

ORDER = ["context", "prompt", "router", "evaluator"]
RESERVES = {"context": 0.5, "prompt": 0.5, "router": 3.0, "evaluator": 1.0}
SLACK = 0.5  # generous: the budget runs on the real monotonic clock


def test_timeout_leaves_the_reserves_of_all_later_stages() -> None:
    budget = DeadlineBudget(10.0, RESERVES, ORDER)

    timeout = budget.timeout_for("context", cap=100.0)

    later_reserves = 0.5 + 3.0 + 1.0
    assert 10.0 - later_reserves - SLACK < timeout <= 10.0 - later_reserves


def test_stage_reserve_of_itself_is_not_subtracted() -> None:
    budget = DeadlineBudget(10.0, RESERVES, ORDER)

    timeout = budget.timeout_for("router", cap=100.0)

    assert 10.0 - 1.0 - SLACK < timeout <= 10.0 - 1.0


def test_last_stage_may_use_everything_that_remains() -> None:
    budget = DeadlineBudget(10.0, RESERVES, ORDER)

    assert 10.0 - SLACK < budget.timeout_for("evaluator", cap=100.0) <= 10.0


def test_cap_applies_when_it_is_below_the_available_time() -> None:
    budget = DeadlineBudget(10.0, RESERVES, ORDER)

    assert budget.timeout_for("context", cap=2.0) == 2.0


def test_exhausted_budget_raises_deadline_exceeded() -> None:
    budget = DeadlineBudget(1.0, RESERVES, ORDER)  # later reserves (4.5 s) exceed the total

    with pytest.raises(DeadlineExceededError, match="context"):
        budget.timeout_for("context", cap=5.0)


def test_zero_total_budget_raises_even_for_the_last_stage() -> None:
    budget = DeadlineBudget(0.0, RESERVES, ORDER)

    with pytest.raises(DeadlineExceededError):
        budget.timeout_for("evaluator", cap=5.0)


def test_remaining_counts_down_from_the_total() -> None:
    budget = DeadlineBudget(10.0, RESERVES, ORDER)

    assert 10.0 - SLACK < budget.remaining() <= 10.0
