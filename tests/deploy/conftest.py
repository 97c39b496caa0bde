"""Fixtures of the deployment tests: the chart rendered once per set of values."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from nf_devtools import chart
from nf_devtools.devkeys import ensure_dev_keys

Manifests = list[dict[str, Any]]


@pytest.fixture(scope="session")
def render() -> Callable[..., Manifests]:
    """Render the chart (release ``nf``, namespace ``ai``) into Kubernetes objects."""

    def _render(values: dict[str, Any] | None = None) -> Manifests:
        return chart.manifests(chart.render(values, release="nf", namespace="ai"))

    return _render


@pytest.fixture(scope="session")
def default_objects(render: Callable[..., Manifests]) -> Manifests:
    """The chart rendered with its default values."""
    return render()


@pytest.fixture(scope="session")
def dev_jwks(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A development JWKS document (JSON text) with fresh keys."""
    directory = tmp_path_factory.mktemp("jwt")
    ensure_dev_keys(directory)
    return (directory / "jwks.json").read_text()
