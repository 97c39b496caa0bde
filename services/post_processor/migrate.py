"""Versioned schema migrations with upgrade and downgrade.

Files are ``migrations/NNNN_name.up.sql`` and ``NNNN_name.down.sql``; the applied versions are
kept in ``schema_migrations``. Each step runs in its own transaction with its bookkeeping row.

Usage: ``python -m services.post_processor.migrate {up,down,status} [--steps N]``.
"""

from __future__ import annotations

import argparse
import asyncio
import re
import time
from dataclasses import dataclass
from pathlib import Path

from nf_core.db import Database, connected

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.up\.sql$")


@dataclass(frozen=True)
class Migration:
    """One schema step."""

    version: int
    name: str
    up_sql: str
    down_sql: str


def discover(directory: Path = MIGRATIONS_DIR) -> list[Migration]:
    """Read every migration, ordered by version; each needs its down file."""
    found = []
    for path in sorted(directory.glob("*.up.sql")):
        match = _NAME.match(path.name)
        if match is None:
            raise ValueError(f"bad migration file name {path.name}")
        down = path.with_name(path.name.replace(".up.sql", ".down.sql"))
        found.append(Migration(int(match[1]), match[2], path.read_text(), down.read_text()))
    versions = [m.version for m in found]
    if versions != sorted(set(versions)):
        raise ValueError("migration versions must be unique")
    return found


async def _ensure_table(database: Database) -> None:
    await database.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations "
        "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at_us BIGINT NOT NULL)"
    )


async def applied_versions(database: Database) -> list[int]:
    """Versions applied so far, ascending."""
    await _ensure_table(database)
    rows = await database.fetch("SELECT version FROM schema_migrations ORDER BY version")
    return [int(row["version"]) for row in rows]


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


async def upgrade(database: Database, target: int | None = None) -> list[int]:
    """Apply pending migrations up to ``target`` (all when None); return what was applied."""
    done = set(await applied_versions(database))
    applied = []
    for migration in discover():
        if migration.version in done or (target is not None and migration.version > target):
            continue
        bookkeeping = (
            "INSERT INTO schema_migrations (version, name, applied_at_us) VALUES "
            f"({migration.version}, {_quote(migration.name)}, {time.time_ns() // 1000});"
        )
        await database.execute_script(f"{migration.up_sql}\n{bookkeeping}")
        applied.append(migration.version)
    return applied


async def downgrade(database: Database, steps: int = 1) -> list[int]:
    """Revert the last ``steps`` applied migrations; return what was reverted."""
    by_version = {m.version: m for m in discover()}
    reverted = []
    for version in reversed((await applied_versions(database))[-steps:] if steps else []):
        migration = by_version[version]
        bookkeeping = f"DELETE FROM schema_migrations WHERE version = {version};"
        await database.execute_script(f"{migration.down_sql}\n{bookkeeping}")
        reverted.append(version)
    return reverted


async def _main(command: str, steps: int, url: str) -> None:
    async with connected(url) as database:
        if command == "up":
            print("applied:", await upgrade(database) or "nothing")
        elif command == "down":
            print("reverted:", await downgrade(database, steps) or "nothing")
        else:
            applied = await applied_versions(database)
            for migration in discover():
                state = "applied" if migration.version in applied else "pending"
                print(f"{migration.version:04d} {migration.name}: {state}")


def main() -> None:
    from services.post_processor.settings import PostProcessorSettings

    parser = argparse.ArgumentParser(description="Run schema migrations.")
    parser.add_argument("command", choices=["up", "down", "status"])
    parser.add_argument("--steps", type=int, default=1, help="how many to revert with down")
    args = parser.parse_args()
    asyncio.run(_main(args.command, args.steps, PostProcessorSettings().database_url))


if __name__ == "__main__":
    main()
