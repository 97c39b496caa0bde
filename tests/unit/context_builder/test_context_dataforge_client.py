"""DataForge contract validation and the client's timeout, retries and circuit breaker."""

from __future__ import annotations

import json
import random
import time
from typing import Any

import pytest

from nf_core.breaker import CircuitBreaker, CircuitState
from nf_devtools.fake_dataforge import FakeDataForge
from services.context_builder.contract import (
    API_VERSION,
    CONTEXT_PATH,
    ContextRequest,
    ContractError,
    parse_context,
)
from services.context_builder.dataforge import (
    DataForgeClient,
    PackUnknownUpstreamError,
    RetryPolicy,
    UpstreamError,
)

REQUEST = ContextRequest(
    pack_id="literary-demo",
    query="What makes a narrator unreliable?",
    domain="literary",
    max_chunks=4,
)
VALID: dict[str, Any] = {
    "primary_text": "A narrator whose account the reader doubts.",
    "supporting_chunks": [{"chunk_id": "p/a#1", "text": "More.", "score": 1.5}],
    "metadata": {"pack_version": "7"},
}


def client_for(fake: FakeDataForge, breaker: CircuitBreaker | None = None) -> DataForgeClient:
    return DataForgeClient(
        fake.url,
        RetryPolicy(
            timeout_seconds=0.3, max_retries=3, backoff_base_seconds=0.01, backoff_max_seconds=0.02
        ),
        breaker or CircuitBreaker(5, 60.0),
        rng=random.Random(3),
    )


def test_contract_accepts_unknown_fields_anywhere() -> None:
    payload = {
        **VALID,
        "new_top_level": {"x": 1},
        "metadata": {"pack_version": "7", "shard": "eu"},
        "supporting_chunks": [{**VALID["supporting_chunks"][0], "embedding": [0.1]}],
    }

    parsed = parse_context(json.dumps(payload).encode())

    assert parsed.metadata.pack_version == "7"
    assert parsed.supporting_chunks[0].chunk_id == "p/a#1"


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        (b'{"primary_text": "x"', "not valid JSON"),
        (json.dumps({**VALID, "metadata": {}}).encode(), "metadata.pack_version"),
        (json.dumps({k: v for k, v in VALID.items() if k != "metadata"}).encode(), "metadata"),
        (json.dumps({**VALID, "primary_text": ""}).encode(), "primary_text"),
        (
            json.dumps({**VALID, "supporting_chunks": [{"chunk_id": "a", "text": "t"}]}).encode(),
            "supporting_chunks.0.score",
        ),
    ],
)
def test_contract_violations_become_errors_with_a_reason(payload: bytes, reason: str) -> None:
    with pytest.raises(ContractError) as caught:
        parse_context(payload)

    assert reason in caught.value.reason


async def test_fetch_sends_the_api_version_and_validates_the_answer(
    fake_dataforge: FakeDataForge,
) -> None:
    client = client_for(fake_dataforge)
    try:
        answer = await client.fetch_context(REQUEST)
    finally:
        await client.close()

    assert "unreliable narrator" in answer.primary_text
    assert answer.metadata.pack_version == fake_dataforge.version_of("literary-demo")
    sent = fake_dataforge.recorded(CONTEXT_PATH)[0]
    assert sent.headers["x-dataforge-api-version"] == API_VERSION
    assert sent.json()["domain"] == "literary"


@pytest.mark.parametrize("fault", ["status_500", "status_503"])
async def test_transient_errors_are_retried(fake_dataforge: FakeDataForge, fault: str) -> None:
    fake_dataforge.set_fault(fault, count=2)
    client = client_for(fake_dataforge)
    try:
        answer = await client.fetch_context(REQUEST)
    finally:
        await client.close()

    assert answer.primary_text
    assert len(fake_dataforge.recorded(CONTEXT_PATH)) == 3


async def test_retries_stop_after_three_and_report_the_reason(
    fake_dataforge: FakeDataForge,
) -> None:
    fake_dataforge.set_fault("status_503")
    client = client_for(fake_dataforge)
    try:
        with pytest.raises(UpstreamError) as caught:
            await client.fetch_context(REQUEST)
    finally:
        await client.close()

    assert "HTTP 503" in caught.value.reason
    assert len(fake_dataforge.recorded(CONTEXT_PATH)) == 4  # one call and three retries


@pytest.mark.parametrize("fault", ["malformed_json", "missing_fields"])
async def test_contract_breaches_fail_without_retrying(
    fake_dataforge: FakeDataForge, fault: str
) -> None:
    fake_dataforge.set_fault(fault)
    client = client_for(fake_dataforge)
    try:
        with pytest.raises(UpstreamError) as caught:
            await client.fetch_context(REQUEST)
    finally:
        await client.close()

    assert "JSON" in caught.value.reason or "metadata" in caught.value.reason
    assert len(fake_dataforge.recorded(CONTEXT_PATH)) == 1


async def test_extra_fields_are_tolerated(fake_dataforge: FakeDataForge) -> None:
    fake_dataforge.set_fault("extra_fields")
    client = client_for(fake_dataforge)
    try:
        answer = await client.fetch_context(REQUEST)
    finally:
        await client.close()

    assert answer.supporting_chunks


async def test_a_hanging_upstream_is_cut_off_by_the_request_deadline(
    fake_dataforge: FakeDataForge,
) -> None:
    fake_dataforge.set_fault("timeout")
    client = client_for(fake_dataforge)
    deadline = time.monotonic() + 0.5
    try:
        with pytest.raises(UpstreamError) as caught:
            await client.fetch_context(REQUEST, deadline)
    finally:
        await client.close()

    assert "timed out" in caught.value.reason or "no time left" in caught.value.reason
    assert time.monotonic() <= deadline + 0.1


async def test_unknown_pack_is_not_an_outage(fake_dataforge: FakeDataForge) -> None:
    breaker = CircuitBreaker(1, 60.0)
    client = client_for(fake_dataforge, breaker)
    try:
        with pytest.raises(PackUnknownUpstreamError):
            await client.fetch_context(REQUEST.model_copy(update={"pack_id": "nowhere-pack"}))
    finally:
        await client.close()

    assert breaker.state is CircuitState.CLOSED


async def test_breaker_opens_after_five_failed_fetches_and_then_makes_no_calls(
    fake_dataforge: FakeDataForge,
) -> None:
    fake_dataforge.set_fault("malformed_json")
    breaker = CircuitBreaker(5, 60.0)
    client = client_for(fake_dataforge, breaker)
    try:
        for _ in range(5):
            with pytest.raises(UpstreamError):
                await client.fetch_context(REQUEST)
        assert breaker.state is CircuitState.OPEN
        with pytest.raises(UpstreamError) as caught:
            await client.fetch_context(REQUEST)
    finally:
        await client.close()

    assert "circuit open" in caught.value.reason
    assert len(fake_dataforge.recorded(CONTEXT_PATH)) == 5
