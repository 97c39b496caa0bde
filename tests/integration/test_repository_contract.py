"""One contract, two backends: every repository and migration test runs on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import pytest

from neuroforge.common.v1 import pipeline_pb2 as common_pb
from nf_core.db import Database
from nf_core.errors import AlreadyExistsError
from services.post_processor import migrate
from services.post_processor.pagination import Cursor, decode_token, encode_token
from services.post_processor.repository import HistoryFilter, InferenceRepository

pytestmark = pytest.mark.integration

RecordFactory = Callable[..., common_pb.InferenceRecord]


@pytest.fixture
async def repository(database: Database) -> InferenceRepository:
    await migrate.upgrade(database)
    return InferenceRepository(database)


async def _tables(database: Database) -> set[str]:
    if database.dialect == "sqlite":
        rows = await database.fetch("SELECT name FROM sqlite_master WHERE type = 'table'")
        return {row["name"] for row in rows}
    rows = await database.fetch("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
    return {row["tablename"] for row in rows}


async def _schema(database: Database) -> list[str]:
    """A comparable description of every table, column and index but the bookkeeping."""
    if database.dialect == "sqlite":
        rows = await database.fetch(
            "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
            "AND name != 'schema_migrations' ORDER BY name"
        )
        return [str(row["sql"]) for row in rows]
    columns = await database.fetch(
        "SELECT table_name, column_name, data_type, is_nullable, column_default "
        "FROM information_schema.columns WHERE table_schema = 'public' "
        "AND table_name != 'schema_migrations' ORDER BY table_name, column_name"
    )
    indexes = await database.fetch(
        "SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' "
        "AND tablename != 'schema_migrations' ORDER BY indexname"
    )
    return [repr(tuple(row.values())) for row in columns] + [row["indexdef"] for row in indexes]


def _created_us(record: common_pb.InferenceRecord) -> int:
    return record.created_at.seconds * 1_000_000 + record.created_at.nanos // 1000


async def test_upgrade_from_empty_then_downgrade_one_step_then_upgrade_again(
    database: Database,
) -> None:
    all_versions = [m.version for m in migrate.discover()]
    assert await migrate.upgrade(database, target=all_versions[-2]) == all_versions[:-1]
    previous_schema = await _schema(database)

    assert await migrate.upgrade(database) == [all_versions[-1]]
    assert await migrate.applied_versions(database) == all_versions
    latest_schema = await _schema(database)
    assert latest_schema != previous_schema
    assert {"inferences", "inference_chunks", "inference_scores", "champion_score_events"} <= (
        await _tables(database)
    )
    assert await migrate.upgrade(database) == []

    assert await migrate.downgrade(database, steps=1) == [all_versions[-1]]
    assert await migrate.applied_versions(database) == all_versions[:-1]
    assert await _schema(database) == previous_schema

    assert await migrate.upgrade(database) == [all_versions[-1]]
    assert await _schema(database) == latest_schema


async def test_upgrade_to_a_target_stops_there(database: Database) -> None:
    assert await migrate.upgrade(database, target=1) == [1]
    assert "champion_score_events" not in await _tables(database)


async def test_downgrade_everything_leaves_only_the_bookkeeping_table(
    database: Database,
) -> None:
    applied = await migrate.upgrade(database)

    assert await migrate.downgrade(database, steps=len(applied)) == list(reversed(applied))
    assert await _tables(database) == {"schema_migrations"}


async def test_saved_record_reads_back_with_chunks_scores_and_provenance(
    repository: InferenceRepository, make_record: RecordFactory
) -> None:
    record = make_record(
        "inf-1",
        chunk_ids=["literary-demo/a#2", "literary-demo/b#1", "literary-demo/a#1"],
        domain=common_pb.DOMAIN_MARKET,
        task_type=common_pb.TASK_TYPE_REASONING,
    )

    assert (await repository.save(record)).inserted
    loaded = await repository.get("tenant-a", "inf-1")

    assert loaded == record


async def test_saved_record_keeps_its_evaluation_pass_threshold(
    repository: InferenceRepository, make_record: RecordFactory
) -> None:
    record = make_record("inf-threshold")
    assert record.evaluation.pass_threshold == 0.6

    await repository.save(record)
    loaded = await repository.get("tenant-a", "inf-threshold")

    assert loaded is not None
    assert loaded.evaluation.pass_threshold == pytest.approx(0.6)


async def test_second_save_of_the_same_id_returns_false_and_stores_one_row(
    repository: InferenceRepository, database: Database, make_record: RecordFactory
) -> None:
    first = make_record("inf-dup", output="first answer")
    retry = make_record("inf-dup", output="retried answer")

    assert (await repository.save(first)).inserted
    assert not (await repository.save(retry)).inserted

    rows = await database.fetch("SELECT output FROM inferences WHERE inference_id = $1", "inf-dup")
    assert rows == [{"output": "first answer"}]
    chunk_rows = await database.fetch("SELECT * FROM inference_chunks")
    score_rows = await database.fetch("SELECT * FROM inference_scores")
    assert len(chunk_rows) == 1
    assert len(score_rows) == 5


async def test_get_is_scoped_to_the_tenant(
    repository: InferenceRepository, make_record: RecordFactory
) -> None:
    await repository.save(make_record("inf-a", tenant_id="tenant-a"))

    assert await repository.get("tenant-b", "inf-a") is None
    assert await repository.get("tenant-a", "missing") is None
    found = await repository.get("tenant-a", "inf-a")
    assert found is not None
    assert found.tenant_id == "tenant-a"


async def test_list_page_is_newest_first_filtered_and_tenant_scoped(
    repository: InferenceRepository, make_record: RecordFactory, base_created_us: int
) -> None:
    layout = [
        ("lit-analysis-old", common_pb.DOMAIN_LITERARY, common_pb.TASK_TYPE_ANALYSIS, "tenant-a"),
        ("mkt-analysis", common_pb.DOMAIN_MARKET, common_pb.TASK_TYPE_ANALYSIS, "tenant-a"),
        ("lit-reasoning", common_pb.DOMAIN_LITERARY, common_pb.TASK_TYPE_REASONING, "tenant-a"),
        ("lit-analysis-new", common_pb.DOMAIN_LITERARY, common_pb.TASK_TYPE_ANALYSIS, "tenant-a"),
        ("other-tenant", common_pb.DOMAIN_LITERARY, common_pb.TASK_TYPE_ANALYSIS, "tenant-b"),
    ]
    for offset, (inference_id, domain, task, tenant) in enumerate(layout):
        await repository.save(
            make_record(
                inference_id,
                domain=domain,
                task_type=task,
                tenant_id=tenant,
                created_at_us=base_created_us + offset * 1_000,
            )
        )

    async def ids(history_filter: HistoryFilter) -> list[str]:
        page = await repository.list_page("tenant-a", history_filter, 10, None)
        return [record.inference_id for record in page]

    assert await ids(HistoryFilter()) == [
        "lit-analysis-new",
        "lit-reasoning",
        "mkt-analysis",
        "lit-analysis-old",
    ]
    assert await ids(HistoryFilter(domain="literary")) == [
        "lit-analysis-new",
        "lit-reasoning",
        "lit-analysis-old",
    ]
    assert await ids(HistoryFilter(domain="literary", task_type="analysis")) == [
        "lit-analysis-new",
        "lit-analysis-old",
    ]
    assert await ids(HistoryFilter(task_type="analysis")) == [
        "lit-analysis-new",
        "mkt-analysis",
        "lit-analysis-old",
    ]


async def _page_through(
    repository: InferenceRepository,
    history_filter: HistoryFilter,
    page_size: int,
    between_pages: Callable[[int], Awaitable[None]] | None = None,
) -> list[str]:
    """Follow page tokens to the end; ``between_pages`` runs (awaited) after each page."""
    seen: list[str] = []
    token = ""
    page_number = 0
    while True:
        cursor = decode_token(token, history_filter.key())
        page = await repository.list_page("tenant-a", history_filter, page_size, cursor)
        seen.extend(record.inference_id for record in page)
        if len(page) < page_size:
            return seen
        last = page[-1]
        token = encode_token(Cursor(_created_us(last), last.inference_id), history_filter.key())
        if between_pages is not None:
            await between_pages(page_number)
        page_number += 1


async def test_keyset_paging_has_no_duplicates_or_gaps_while_newer_rows_arrive(
    repository: InferenceRepository, make_record: RecordFactory, base_created_us: int
) -> None:
    originals = [f"orig-{i:03d}" for i in range(250)]
    for i, inference_id in enumerate(originals):
        await repository.save(
            make_record(inference_id, created_at_us=base_created_us + i * 1_000, chunk_ids=[])
        )
    newest_us = base_created_us + 10_000_000

    async def insert_newer(page_number: int) -> None:
        for j in range(20):
            await repository.save(
                make_record(
                    f"new-{page_number}-{j:02d}",
                    created_at_us=newest_us + page_number * 100_000 + j,
                    chunk_ids=[],
                )
            )

    seen = await _page_through(repository, HistoryFilter(), 100, insert_newer)

    assert len(seen) == len(set(seen))
    assert seen == list(reversed(originals))


async def test_keyset_paging_splits_equal_timestamps_by_id_without_loss(
    repository: InferenceRepository, make_record: RecordFactory, base_created_us: int
) -> None:
    ids = [f"same-{i:02d}" for i in range(10)]
    for inference_id in ids:
        await repository.save(make_record(inference_id, created_at_us=base_created_us))

    seen = await _page_through(repository, HistoryFilter(), 3)

    assert seen == sorted(ids, reverse=True)


async def test_an_idempotency_key_resolves_a_retried_request_to_the_first_row(
    repository: InferenceRepository, database: Database, make_record: RecordFactory
) -> None:
    first = await repository.save(make_record("inf-first", output="first"), "key-1", "fp")
    retried = await repository.save(make_record("inf-second", output="second"), "key-1", "fp")

    assert first.inserted
    assert not first.deduplicated
    assert retried.deduplicated
    assert not retried.inserted
    assert retried.record.inference_id == "inf-first"
    assert retried.record.output == "first"
    rows = await database.fetch("SELECT inference_id FROM inferences")
    assert [row["inference_id"] for row in rows] == ["inf-first"]
    assert len(await database.fetch("SELECT * FROM inference_scores")) == 5


async def test_concurrent_saves_under_one_key_store_exactly_one_row(
    repository: InferenceRepository, database: Database, make_record: RecordFactory
) -> None:
    outcomes = await asyncio.gather(
        *(repository.save(make_record(f"inf-{n:02d}"), "same-key", "fp") for n in range(20))
    )

    winners = {outcome.record.inference_id for outcome in outcomes}
    assert len(winners) == 1
    assert sum(outcome.inserted for outcome in outcomes) == 1
    assert len(await database.fetch("SELECT * FROM inferences")) == 1
    assert len(await database.fetch("SELECT * FROM champion_score_events")) == 1


async def test_a_key_reused_for_a_different_request_is_refused(
    repository: InferenceRepository, make_record: RecordFactory
) -> None:
    await repository.save(make_record("inf-1"), "key-1", "fingerprint-a")

    with pytest.raises(AlreadyExistsError, match="idempotency_key"):
        await repository.save(make_record("inf-2"), "key-1", "fingerprint-b")
    with pytest.raises(AlreadyExistsError):
        await repository.find_by_key("tenant-a", "key-1", "fingerprint-b")


async def test_keys_are_scoped_to_the_tenant(
    repository: InferenceRepository, make_record: RecordFactory
) -> None:
    await repository.save(make_record("inf-a", tenant_id="tenant-a"), "shared-key", "fp")
    other = await repository.save(make_record("inf-b", tenant_id="tenant-b"), "shared-key", "fp")

    assert other.inserted
    assert await repository.find_by_key("tenant-b", "shared-key") is not None
    assert (await repository.find_by_key("tenant-c", "shared-key")) is None


async def test_history_filters_by_time_range_and_pass_flag(
    repository: InferenceRepository, make_record: RecordFactory, base_created_us: int
) -> None:
    for number in range(6):
        record = make_record(f"inf-{number}", created_at_us=base_created_us + number * 1000)
        record.passed_evaluation = number % 2 == 0
        await repository.save(record)

    window = HistoryFilter(
        created_after_us=base_created_us + 1000, created_before_us=base_created_us + 4000
    )
    passed = HistoryFilter(passed=True)
    failed_in_window = HistoryFilter(
        created_after_us=base_created_us + 1000,
        created_before_us=base_created_us + 4000,
        passed=False,
    )

    def ids(records: list[common_pb.InferenceRecord]) -> list[str]:
        return [record.inference_id for record in records]

    assert ids(await repository.list_page("tenant-a", window, 100, None)) == [
        "inf-3",
        "inf-2",
        "inf-1",
    ]
    assert ids(await repository.list_page("tenant-a", passed, 100, None)) == [
        "inf-4",
        "inf-2",
        "inf-0",
    ]
    assert ids(await repository.list_page("tenant-a", failed_in_window, 100, None)) == [
        "inf-3",
        "inf-1",
    ]


async def test_purge_deletes_only_what_is_older_than_the_cutoff_with_its_children(
    repository: InferenceRepository,
    database: Database,
    make_record: RecordFactory,
    base_created_us: int,
) -> None:
    await repository.save(make_record("inf-old", created_at_us=base_created_us))
    await repository.save(make_record("inf-new", created_at_us=base_created_us + 10_000_000))

    deleted = await repository.purge_older_than(base_created_us + 1)

    assert deleted == 1
    remaining = await database.fetch("SELECT inference_id FROM inferences")
    assert [row["inference_id"] for row in remaining] == ["inf-new"]
    chunk_owners = await database.fetch("SELECT DISTINCT inference_id FROM inference_chunks")
    assert [row["inference_id"] for row in chunk_owners] == ["inf-new"]
    score_owners = await database.fetch("SELECT DISTINCT inference_id FROM inference_scores")
    assert [row["inference_id"] for row in score_owners] == ["inf-new"]
