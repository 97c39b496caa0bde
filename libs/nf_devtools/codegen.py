"""Generate Python code and the gateway descriptor set from protos/ (one reproducible command).

buf builds the image from the sources (it is the only parser of our protos); protoc's Python
plugins then generate from that image, so buf and the generated code cannot disagree.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from nf_devtools.paths import DESCRIPTOR_SET, GENERATED_PACKAGE, PROTO_ROOT, VENV_BIN, venv_tool


def _own_proto_files() -> list[str]:
    return sorted(
        str(path.relative_to(PROTO_ROOT)) for path in (PROTO_ROOT / "neuroforge").rglob("*.proto")
    )


def build_image(output: Path) -> None:
    """Build a self-contained FileDescriptorSet (imports included) with buf."""
    output.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [venv_tool("buf"), "build", "--as-file-descriptor-set", "-o", str(output)],
        check=True,
        cwd=PROTO_ROOT.parent,
    )


def generate_python(image: Path, out_dir: Path) -> None:
    """Generate *_pb2.py, *_pb2_grpc.py and their .pyi stubs for our own protos."""
    out_dir.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, PATH=f"{VENV_BIN}{os.pathsep}{os.environ.get('PATH', '')}")
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "grpc_tools.protoc",
            f"--descriptor_set_in={image}",
            f"--python_out={out_dir}",
            f"--grpc_python_out={out_dir}",
            f"--mypy_out={out_dir}",
            f"--mypy_grpc_out={out_dir}",
            *_own_proto_files(),
        ],
        check=False,
        env=env,
        capture_output=True,
        text=True,
    )
    if completed.returncode != 0:  # the mypy plugins chatter on stderr even on success
        raise RuntimeError(f"protoc failed:\n{completed.stderr}")
    package = out_dir / "neuroforge"
    for directory in [package, *(p for p in package.rglob("*") if p.is_dir())]:
        (directory / "__init__.py").touch()
    (package / "py.typed").touch()


def generate(python_out: Path, image_out: Path) -> None:
    """Run the whole generation into the given locations."""
    build_image(image_out)
    with tempfile.TemporaryDirectory() as scratch:
        generate_python(image_out, Path(scratch))
        target = python_out / "neuroforge"
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(Path(scratch) / "neuroforge", target)


def stale_files(python_out: Path) -> list[str]:
    """List generated files that differ from what the protos would generate now."""
    with tempfile.TemporaryDirectory() as scratch:
        scratch_path = Path(scratch)
        image = scratch_path / "image.binpb"
        build_image(image)
        fresh = scratch_path / "out"
        generate_python(image, fresh)
        comparison = filecmp.dircmp(fresh / "neuroforge", python_out / "neuroforge")
        return _differences(comparison, "neuroforge")


def _differences(comparison: filecmp.dircmp[str], prefix: str) -> list[str]:
    found = [f"{prefix}/{name}" for name in comparison.left_only + comparison.right_only]
    for name in comparison.common_files:
        left = Path(comparison.left) / name
        right = Path(comparison.right) / name
        if left.read_bytes() != right.read_bytes():
            found.append(f"{prefix}/{name}")
    for name, sub in comparison.subdirs.items():
        if name != "__pycache__":
            found.extend(_differences(sub, f"{prefix}/{name}"))
    return [path for path in found if "__pycache__" not in path]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if generated code is stale")
    parser.add_argument(
        "--descriptor-only", action="store_true", help="only build the gateway descriptor set"
    )
    args = parser.parse_args()
    if args.descriptor_only:
        build_image(DESCRIPTOR_SET)
        print(f"built {DESCRIPTOR_SET}")
        return
    if args.check:
        stale = stale_files(GENERATED_PACKAGE.parent)
        if stale:
            sys.exit("generated code is stale; run `make proto`:\n  " + "\n  ".join(stale))
        print("generated code is up to date")
        return
    generate(GENERATED_PACKAGE.parent, DESCRIPTOR_SET)
    print(f"generated {GENERATED_PACKAGE} and {DESCRIPTOR_SET}")


if __name__ == "__main__":
    main()
