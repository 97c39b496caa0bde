"""Idempotency keys, request fingerprints, per-key serialisation and history time filters."""

from __future__ import annotations

import asyncio
from dataclasses import replace

import pytest

from neuroforge.inference.v1 import inference_service_pb2 as pb
from nf_core.errors import InvalidArgumentError
from services.orchestrator.history import time_filters
from services.orchestrator.idempotency import KeyedLocks, accept_key, fingerprint
from services.orchestrator.validation import ValidInferRequest

REQUEST = ValidInferRequest("literary", "analysis", "literary-demo", "What is irony?", "", 0.7, 512)
# REQUEST's fingerprint for alice before routing_strategy existed: keys stored then must still
# match their retries.
PRE_STRATEGY_FINGERPRINT = "c7b933b5dbbee31f1c305b9f4a85d90c992c742e0f776680c35de9a37f4d8e21"


def test_the_key_comes_from_the_field_or_the_header() -> None:
    assert accept_key("abc-1", None) == "abc-1"
    assert accept_key("", "from-header") == "from-header"
    assert accept_key("same", "same") == "same"
    assert accept_key("", None) == ""


@pytest.mark.parametrize(
    ("field", "header"), [("bad key!", None), ("x" * 129, None), ("one", "two")]
)
def test_malformed_or_conflicting_keys_are_invalid(field: str, header: str | None) -> None:
    with pytest.raises(InvalidArgumentError) as raised:
        accept_key(field, header)
    assert raised.value.field == "idempotency_key"


def test_the_fingerprint_changes_with_any_request_field_or_the_user() -> None:
    base = fingerprint(REQUEST, "alice")
    assert fingerprint(REQUEST, "alice") == base
    assert fingerprint(REQUEST, "bob") != base
    changed = ValidInferRequest(
        "literary", "analysis", "literary-demo", "What is irony?", "", 0.8, 512
    )
    assert fingerprint(changed, "alice") != base


def test_a_routing_strategy_changes_the_fingerprint_but_unspecified_keeps_the_old_one() -> None:
    unspecified = fingerprint(REQUEST, "alice")
    cost = fingerprint(replace(REQUEST, routing_strategy="cost_optimized"), "alice")
    speed = fingerprint(replace(REQUEST, routing_strategy="speed_optimized"), "alice")

    assert len({unspecified, cost, speed}) == 3
    assert unspecified == PRE_STRATEGY_FINGERPRINT


async def test_keyed_locks_serialise_one_key_and_release_their_memory() -> None:
    locks = KeyedLocks()
    active = 0
    most = 0

    async def enter(key: tuple[str, str]) -> None:
        nonlocal active, most
        async with locks.hold(key):
            active += 1
            most = max(most, active)
            await asyncio.sleep(0.01)
            active -= 1

    await asyncio.gather(*(enter(("t", "k")) for _ in range(10)))
    assert most == 1
    assert len(locks) == 0
    active = most = 0
    await asyncio.gather(*(enter(("t", f"k{n}")) for n in range(10)))
    assert most == 10


def test_time_filters_parse_rfc3339_and_reject_bad_ranges() -> None:
    filters = time_filters(
        pb.ListInferencesRequest(
            created_after="2026-11-01T00:00:00Z",
            created_before="2026-11-02T00:00:00+00:00",
            passed_evaluation=False,
        )
    )
    assert filters["created_after"].ToSeconds() == 1_793_491_200
    assert filters["passed_evaluation"] is False
    assert time_filters(pb.ListInferencesRequest()) == {}
    for bad in (
        pb.ListInferencesRequest(created_after="yesterday"),
        pb.ListInferencesRequest(created_after="2026-11-01T00:00:00"),
        pb.ListInferencesRequest(
            created_after="2026-11-02T00:00:00Z", created_before="2026-11-01T00:00:00Z"
        ),
    ):
        with pytest.raises(InvalidArgumentError) as raised:
            time_filters(bad)
        assert raised.value.field == "created_after"
