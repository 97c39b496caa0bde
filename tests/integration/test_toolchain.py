"""Contracts and gateway config stay consistent: fresh generated code, buf, Envoy validate."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from nf_devtools.codegen import stale_files
from nf_devtools.gateway import GatewayConfig, validate, write
from nf_devtools.paths import GENERATED_ROOT, REPO_ROOT, venv_tool


def test_generated_code_matches_the_protos() -> None:
    assert stale_files(GENERATED_ROOT) == []


def test_stale_generated_code_is_detected(tmp_path: Path) -> None:
    copy = tmp_path / "libs"
    shutil.copytree(GENERATED_ROOT / "neuroforge", copy / "neuroforge")
    target = copy / "neuroforge" / "inference" / "v1" / "inference_service_pb2.py"
    target.write_text(target.read_text() + "\n# edited by hand\n")

    assert stale_files(copy) == ["neuroforge/inference/v1/inference_service_pb2.py"]


@pytest.mark.parametrize("command", [["lint"], ["format", "--diff", "--exit-code"]])
def test_buf_lint_and_format_are_clean(command: list[str]) -> None:
    completed = subprocess.run(
        [venv_tool("buf"), *command],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )

    assert completed.returncode == 0, completed.stdout + completed.stderr


def test_rendered_gateway_config_passes_envoy_validation(tmp_path: Path) -> None:
    path = write(
        GatewayConfig(orchestrators=[("127.0.0.1", 50051), ("127.0.0.1", 50061)]),
        tmp_path / "envoy.yaml",
    )

    result = validate(path)

    assert result.returncode == 0, result.stdout + result.stderr


def test_envoy_validation_rejects_a_missing_descriptor_set(tmp_path: Path) -> None:
    path = write(GatewayConfig(descriptor_set=tmp_path / "missing.binpb"), tmp_path / "envoy.yaml")

    assert validate(path).returncode != 0


@pytest.mark.parametrize("script", sorted((REPO_ROOT / "bench" / "mesh" / "k6").glob("*.js")))
def test_bench_k6_scripts_parse_with_the_locked_k6(script: Path) -> None:
    # `make bench` must work on a fresh checkout: k6 comes from the lock and its scripts (with
    # the protos the gRPC profile loads) parse.
    script_env = {
        "VUS": "1",
        "DURATION": "1s",
        "TARGET_URL": "http://127.0.0.1:9",
        "BODY": "{}",
        "PROTO_ROOT": str(REPO_ROOT / "protos"),
    }
    env_flags = [flag for key, value in script_env.items() for flag in ("-e", f"{key}={value}")]
    completed = subprocess.run(
        [venv_tool("k6"), "inspect", *env_flags, str(script)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )

    assert completed.returncode == 0, completed.stdout + completed.stderr
