"""Discovery of versioned migration files (database runs are in the contract suite)."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.post_processor import migrate


def test_discover_finds_ordered_up_and_down_pairs() -> None:
    migrations = migrate.discover()

    versions = [m.version for m in migrations]
    assert versions == sorted(versions)
    assert versions[:2] == [1, 2]
    assert [m.name for m in migrations[:2]] == ["inferences", "score_events"]
    for migration in migrations:
        assert migration.up_sql.strip()
        assert migration.down_sql.strip()


def test_discover_orders_by_version_and_rejects_bad_names(tmp_path: Path) -> None:
    for name in ("0002_second", "0001_first"):
        (tmp_path / f"{name}.up.sql").write_text(f"-- up {name}")
        (tmp_path / f"{name}.down.sql").write_text(f"-- down {name}")

    found = migrate.discover(tmp_path)

    assert [(m.version, m.name, m.down_sql) for m in found] == [
        (1, "first", "-- down 0001_first"),
        (2, "second", "-- down 0002_second"),
    ]
    (tmp_path / "3_Bad-Name.up.sql").write_text("")
    with pytest.raises(ValueError, match="3_Bad-Name"):
        migrate.discover(tmp_path)


def test_discover_requires_a_down_file_for_every_up_file(tmp_path: Path) -> None:
    (tmp_path / "0001_lonely.up.sql").write_text("CREATE TABLE t (x INTEGER);")

    with pytest.raises(FileNotFoundError):
        migrate.discover(tmp_path)
