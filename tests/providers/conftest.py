"""Fake provider servers on 127.0.0.1 with the router's real SDK-based providers on them."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from nf_devtools.fakes.harness import KINDS, Backend, Kind, start_backend

REPLY = "Unreliable narrators misreport events, and readers notice the gaps."


@pytest.fixture(params=KINDS)
async def backend(request: pytest.FixtureRequest) -> AsyncIterator[Backend]:
    """Each provider in turn against its fake."""
    kind: Kind = request.param
    started = await start_backend(kind, reply=REPLY)
    yield started
    await started.stop()


@pytest.fixture
async def backends() -> AsyncIterator[dict[Kind, Backend]]:
    """All three providers against their fakes at once."""
    started = {kind: await start_backend(kind, reply=REPLY) for kind in KINDS}
    yield started
    for one in started.values():
        await one.stop()
