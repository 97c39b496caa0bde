"""Hedged fallback: run candidates one after another, overlapping them when one is slow.

The first candidate starts at once. The next one starts when every running candidate has
failed (fallback) or when the newest has not answered within the hedge delay (hedge). The
first success wins; every other call is cancelled and awaited before returning, so nothing
outlives the request. The deadline (loop time) bounds the whole race.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

C = TypeVar("C")
T = TypeVar("T")


@dataclass
class RaceReport(Generic[C]):
    """What happened to each candidate, in the order things happened."""

    started: list[C] = field(default_factory=list)
    hedged: list[C] = field(default_factory=list)
    skipped: list[C] = field(default_factory=list)
    failures: list[tuple[C, BaseException]] = field(default_factory=list)


class NoWinnerError(Exception, Generic[C]):
    """No candidate answered: all failed or were skipped, a fatal error, or the deadline."""

    def __init__(self, report: RaceReport[C], *, fatal: BaseException | None, timed_out: bool):
        super().__init__("no candidate answered")
        self.report = report
        self.fatal = fatal
        self.timed_out = timed_out


async def hedged_race(
    candidates: Sequence[C],
    run: Callable[[C], Awaitable[T]],
    *,
    hedge_delay: float,
    deadline: float,
    admit: Callable[[C], bool] = lambda _: True,
    is_fatal: Callable[[BaseException], bool] = lambda _: False,
) -> tuple[C, T, RaceReport[C]]:
    """Return the first candidate to succeed, its result and the report.

    ``admit`` can refuse a candidate when its turn comes (an open circuit): it is skipped.
    A failure for which ``is_fatal`` is true stops the race (the request itself is at fault).

    Raises:
        NoWinnerError: nobody succeeded; ``timed_out`` when the deadline passed first.
    """
    loop = asyncio.get_running_loop()
    report: RaceReport[C] = RaceReport()
    waiting = iter(candidates)
    running: dict[asyncio.Task[T], C] = {}

    def start_next(hedge: bool = False) -> bool:
        for candidate in waiting:
            if not admit(candidate):
                report.skipped.append(candidate)
                continue
            running[asyncio.ensure_future(run(candidate))] = candidate
            report.started.append(candidate)
            if hedge:
                report.hedged.append(candidate)
            return True
        return False

    try:
        if loop.time() < deadline:
            start_next()
        next_hedge = loop.time() + hedge_delay
        while running:
            now = loop.time()
            if now >= deadline:
                raise NoWinnerError(report, fatal=None, timed_out=True)
            done, _ = await asyncio.wait(
                running, timeout=min(deadline, next_hedge) - now, return_when="FIRST_COMPLETED"
            )
            if not done:
                if loop.time() < deadline and start_next(hedge=True):
                    next_hedge = loop.time() + hedge_delay
                elif loop.time() < deadline:
                    next_hedge = deadline
                continue
            # Prefer a success, and among successes the earliest started candidate.
            for task in sorted(done, key=lambda t: report.started.index(running[t])):
                if not task.cancelled() and task.exception() is None:
                    return running[task], task.result(), report
            for task in done:
                candidate = running.pop(task)
                error = task.exception() if not task.cancelled() else asyncio.CancelledError()
                assert error is not None
                report.failures.append((candidate, error))
                if is_fatal(error):
                    raise NoWinnerError(report, fatal=error, timed_out=False)
            if not running and loop.time() < deadline and start_next():
                next_hedge = loop.time() + hedge_delay
        raise NoWinnerError(report, fatal=None, timed_out=loop.time() >= deadline)
    finally:
        for task in running:
            task.cancel()
        if running:
            await asyncio.gather(*running, return_exceptions=True)
