#!/usr/bin/env bash
# Builds the nf_tokenizer Rust extension and installs it into a Python environment.
#
#   bash native/build.sh <path-to-python>
#
# Idempotent: skipped when the sources are unchanged since the last successful
# build for this interpreter (stamp in native/target/) and the module imports.
# Rust crates come only from Debian packages (installed here if missing) via the
# source replacement in native/.cargo/config.toml; the build runs offline.
set -euo pipefail

die() { echo "native/build.sh: error: $*" >&2; exit 1; }
log() { echo "native/build.sh: $*" >&2; }

[ $# -eq 1 ] || die "usage: bash native/build.sh <path-to-python>"
PY=$1
# Absolute, but not resolved: a virtualenv's python is a symlink that must stay the venv's.
case "$PY" in
  */*) PY="$(cd "$(dirname "$PY")" && pwd)/$(basename "$PY")" ;;
esac
[ -x "$PY" ] || command -v "$PY" >/dev/null 2>&1 || die "python interpreter not found: $PY"
PY_ID=$("$PY" -c 'import sys; print(sys.executable, sys.version)') || die "cannot run $PY"

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
TARGET="$HERE/target"
STAMP="$TARGET/.build-stamp"
mkdir -p "$TARGET"

# Serialize concurrent builds of the same tree.
exec 9>"$TARGET/.build.lock"
flock 9

# Everything that affects the built wheel.
sources_hash() {
    (
        cd "$HERE"
        printf '%s\n' "$PY_ID"
        find Cargo.toml Cargo.lock pyproject.toml build.sh .cargo src python \
            -type f ! -name '*.pyc' ! -path '*/__pycache__/*' ! -name '*.so' 2>/dev/null |
            LC_ALL=C sort | xargs sha256sum
    ) | sha256sum | cut -d' ' -f1
}

module_imports() {
    (cd / && "$PY" -c 'import nf_tokenizer._native' >/dev/null 2>&1)
}

HASH=$(sources_hash)
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$HASH" ] && module_imports; then
    log "up to date (nf_tokenizer._native already built for $("$PY" -c 'import sys; print(sys.executable)'))"
    exit 0
fi

# 1. Debian packages providing the Rust crates (and a toolchain if none is on PATH).
export PATH="$PATH:${CARGO_HOME:-$HOME/.cargo}/bin"
PKGS=(librust-pyo3-dev librust-rustc-hash-dev librust-unicode-normalization-dev librust-once-cell-dev)
command -v cargo >/dev/null 2>&1 || PKGS+=(cargo rustc)
MISSING=()
for p in "${PKGS[@]}"; do
    dpkg -s "$p" >/dev/null 2>&1 || MISSING+=("$p")
done
if [ ${#MISSING[@]} -gt 0 ]; then
    log "installing Debian packages: ${MISSING[*]}"
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    # Another install (a second checkout's bootstrap, unattended upgrades) may hold the dpkg
    # lock: wait for it rather than fail.
    APT=(apt-get -o DPkg::Lock::Timeout=300)
    $SUDO "${APT[@]}" update -qq || die "apt-get update failed"
    DEBIAN_FRONTEND=noninteractive $SUDO "${APT[@]}" install -y -qq "${MISSING[@]}" >/dev/null ||
        die "apt-get install ${MISSING[*]} failed"
fi
command -v cargo >/dev/null 2>&1 || die "cargo not found"

# 2. maturin in the target interpreter's environment.
if ! "$PY" -m maturin --version >/dev/null 2>&1; then
    log "installing maturin into $PY's environment"
    "$PY" -m pip install -q 'maturin>=1.0,<2.0' || die "pip install maturin failed"
fi

# 3. Build the wheel (release, offline) and install it.
log "building (release, offline) with $(cargo --version)"
rm -rf "$TARGET/wheels"
(
    cd "$HERE"
    "$PY" -m maturin build --release --offline --interpreter "$PY" --out "$TARGET/wheels" 2>&1
) >"$TARGET/build.log" 2>&1 || { tail -n 40 "$TARGET/build.log" >&2; die "cargo/maturin build failed (log: $TARGET/build.log)"; }
WHEEL=$(ls "$TARGET"/wheels/nf_tokenizer-*.whl 2>/dev/null | head -n 1)
[ -n "$WHEEL" ] || die "no wheel produced (log: $TARGET/build.log)"
"$PY" -m pip install -q --force-reinstall --no-deps "$WHEEL" || die "pip install $WHEEL failed"

module_imports || die "nf_tokenizer._native does not import after installing $WHEEL"
# Re-hash: the build may have (re)generated Cargo.lock.
sources_hash >"$STAMP"
log "installed $(basename "$WHEEL")"
