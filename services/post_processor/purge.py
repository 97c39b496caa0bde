"""Retention: delete inferences older than the retention period.

Usage: ``python -m services.post_processor.purge [--days N]`` (default
``NF_DATABASE_RETENTION_DAYS``; 0 means keep everything and the command does nothing).
"""

from __future__ import annotations

import argparse
import asyncio
import time

from nf_core.db import connected
from services.post_processor.repository import InferenceRepository
from services.post_processor.settings import PostProcessorSettings

_DAY_US = 86_400 * 1_000_000


async def purge(database_url: str, days: int, now_us: int | None = None) -> int:
    """Delete what is older than ``days`` days; return how many inferences went."""
    if days <= 0:
        return 0
    cutoff = (now_us if now_us is not None else time.time_ns() // 1000) - days * _DAY_US
    async with connected(database_url) as database:
        return await InferenceRepository(database).purge_older_than(cutoff)


def main() -> None:
    settings = PostProcessorSettings()
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--days", type=int, default=settings.database_retention_days)
    args = parser.parse_args()
    if args.days <= 0:
        print("retention is 0 days (keep forever): nothing purged")
        return
    deleted = asyncio.run(purge(settings.database_url, args.days))
    print(f"purged {deleted} inferences older than {args.days} days")


if __name__ == "__main__":
    main()
