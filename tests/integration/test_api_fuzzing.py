"""The REST surface against its generated OpenAPI: fresh spec, and property-based fuzzing."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from nf_devtools.mesh import Mesh
from nf_devtools.openapi import OPENAPI_PATH, render
from nf_devtools.paths import venv_tool

pytestmark = pytest.mark.integration

CHECKS = (
    "not_a_server_error,status_code_conformance,content_type_conformance,"
    "response_schema_conformance"
)


def test_committed_openapi_matches_the_protos() -> None:
    assert OPENAPI_PATH.read_text() == render()


def test_schemathesis_finds_no_server_error_or_schema_violation(mesh: Mesh, tmp_path: Path) -> None:
    token = mesh.token("fuzzer", "fuzz-tenant", ("user", "admin"))

    completed = subprocess.run(
        [
            venv_tool("schemathesis"),
            "run",
            str(OPENAPI_PATH),
            "--url",
            mesh.gateway_url,
            "-H",
            f"Authorization: Bearer {token}",
            "--max-examples",
            "60",
            "--generation-deterministic",
            "--checks",
            CHECKS,
            "--request-timeout",
            "30",
            "--no-color",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=480,
        check=False,
    )

    output = completed.stdout + completed.stderr
    assert completed.returncode == 0, output[-4000:]
    counts = re.search(r"(\d+) generated, (\d+) passed", output)
    assert counts is not None, output[-2000:]
    generated, passed = int(counts[1]), int(counts[2])
    assert generated >= 500, output[-2000:]
    assert passed == generated, output[-4000:]
