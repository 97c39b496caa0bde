"""Fixtures of the Context Builder tests: an in-process fake DataForge."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from nf_devtools.fake_dataforge import FakeDataForge
from services.context_builder.packs import Pack


@pytest.fixture
async def fake_dataforge(bundled_packs: dict[str, Pack]) -> AsyncIterator[FakeDataForge]:
    """A fake DataForge serving the bundled packs on a free loopback port."""
    fake = FakeDataForge(packs=bundled_packs)
    await fake.serve()
    yield fake
    await fake.close()
