"""Well-known locations in the repository checkout."""

from __future__ import annotations

import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
PROTO_ROOT = REPO_ROOT / "protos"
GENERATED_ROOT = REPO_ROOT / "libs"
GENERATED_PACKAGE = GENERATED_ROOT / "neuroforge"
GATEWAY_DIR = REPO_ROOT / "gateway"
GATEWAY_BUILD_DIR = GATEWAY_DIR / "build"
DESCRIPTOR_SET = GATEWAY_BUILD_DIR / "neuroforge.binpb"
DEV_DIR = REPO_ROOT / ".dev"
VENV_BIN = Path(sys.executable).parent


def venv_tool(name: str) -> str:
    """Return the path of a console script installed next to the running interpreter."""
    candidate = VENV_BIN / name
    return str(candidate) if candidate.exists() else name
