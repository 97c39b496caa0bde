"""Shared fixtures of the unit suite: the bundled context packs."""

from __future__ import annotations

import pytest

from services.context_builder.packs import Pack, load_packs
from services.context_builder.settings import BUNDLED_PACKS_DIR


@pytest.fixture(scope="session")
def bundled_packs() -> dict[str, Pack]:
    """The bundled context packs, loaded and indexed once per session."""
    return load_packs(BUNDLED_PACKS_DIR)
