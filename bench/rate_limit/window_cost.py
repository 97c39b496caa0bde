"""CPU per rate-limited request: our in-process moving window vs ``limits``' asyncio MemoryStorage.

Each peer charges a per-user and a per-tenant budget (as the orchestrator does) for requests
arriving at a fixed rate from N distinct users, in the same process, one after the other; the
figure is process CPU per request, and the ratio is ours / limits. Bounded: ``--requests`` per
peer and user count.

    .venv/bin/python bench/rate_limit/window_cost.py
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import time

from limits.aio.storage import MemoryStorage
from limits.aio.strategies import MovingWindowRateLimiter

from nf_core.moving_window import InProcessMovingWindow
from nf_core.rate_limit import MovingWindow, RateLimiter


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


async def _cpu_ms_per_request(window: MovingWindow, users: int, requests: int, rate: int) -> float:
    limiter = RateLimiter(window, per_user_per_minute=100, per_tenant_per_minute=10**9)
    for user in range(users):  # every user has hits in the window, as in a busy minute
        await limiter.charge("acme", f"user-{user}")
    await asyncio.sleep(0.2)
    started = _cpu_seconds()
    for index in range(requests):
        await limiter.charge("acme", f"user-{index % users}")
        await asyncio.sleep(1 / rate)  # idle time in which background work can run
    return 1000 * (_cpu_seconds() - started) / requests


async def _main(args: argparse.Namespace) -> None:
    rows = []
    for users in args.users:
        ours = await _cpu_ms_per_request(InProcessMovingWindow(), users, args.requests, args.rate)
        peer = await _cpu_ms_per_request(
            MovingWindowRateLimiter(MemoryStorage()), users, args.requests, args.rate
        )
        rows.append(
            {
                "users": users,
                "ours_cpu_ms": round(ours, 3),
                "limits_cpu_ms": round(peer, 3),
                "ratio": round(ours / peer, 3),
            }
        )
        print(json.dumps(rows[-1]), flush=True)
    print(json.dumps({"rate": args.rate, "requests": args.requests, "rows": rows}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, nargs="+", default=[1, 100, 1000])
    parser.add_argument("--requests", type=int, default=500)
    parser.add_argument("--rate", type=int, default=100, help="requests per second")
    started = time.monotonic()
    asyncio.run(_main(parser.parse_args()))
    print(f"took {time.monotonic() - started:.1f} s")


if __name__ == "__main__":
    main()
