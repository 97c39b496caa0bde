"""The real mesh (six service processes and Envoy) for the integration tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from nf_devtools.mesh import Mesh, running_mesh

ALLOWED_ORIGIN = "https://app.neuroforge.test"


@pytest.fixture(scope="session")
def mesh(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Mesh]:
    """One mesh per session with the embedded defaults (SQLite, local packs, local model)."""
    work = tmp_path_factory.mktemp("mesh")
    try:
        with running_mesh(
            work,
            # Many tests share one user; test_rate_limits checks the default budgets separately.
            extra_env={
                "NF_RATELIMIT_USER_PER_MINUTE": "100000",
                "NF_RATELIMIT_TENANT_PER_MINUTE": "1000000",
            },
            gateway_overrides={"cors_origins": (ALLOWED_ORIGIN,)},
        ) as running:
            yield running
    except RuntimeError as error:
        logs = "\n".join(f"--- {p.name}\n{p.read_text()[-1500:]}" for p in work.glob("*.log"))
        pytest.fail(f"{error}\n{logs}", pytrace=False)
