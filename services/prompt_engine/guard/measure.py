"""Measure the guard on the labelled set: ``python -m services.prompt_engine.guard.measure``."""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from services.prompt_engine.guard.classifier import InjectionClassifier
from services.prompt_engine.guard.dataset import SPLITS, Example, load
from services.prompt_engine.guard.verdict import Action, PromptGuard

RESULTS = Path(__file__).parent / "data" / "measurement.json"


def _rates(examples: list[Example], guard: PromptGuard) -> dict[str, Any]:
    attacks = [e for e in examples if e.label == "attack"]
    benign = [e for e in examples if e.label == "benign"]
    verdicts = {e.id: guard.check_request(e.text, e.additional_context) for e in examples}
    blocked = [e for e in attacks if verdicts[e.id].action is Action.BLOCK]
    caught = [e for e in attacks if verdicts[e.id].action is not Action.ALLOW]
    false_blocks = [e for e in benign if verdicts[e.id].action is Action.BLOCK]
    flagged = [e for e in benign if verdicts[e.id].action is Action.FLAG]
    hard = [e for e in benign if e.style == "hard_negative"]
    by_style: Counter[str] = Counter(e.style.split(":")[0] for e in attacks)
    missed_by_style: Counter[str] = Counter(
        e.style.split(":")[0] for e in attacks if e not in blocked
    )
    return {
        "attacks": len(attacks),
        "benign": len(benign),
        "hard_negatives": len(hard),
        "detection_rate": round(len(blocked) / max(len(attacks), 1), 4),
        "flag_or_block_rate": round(len(caught) / max(len(attacks), 1), 4),
        "false_positive_rate": round(len(false_blocks) / max(len(benign), 1), 4),
        "hard_negative_false_positive_rate": round(
            sum(1 for e in hard if e in false_blocks) / max(len(hard), 1), 4
        ),
        "benign_flag_rate": round(len(flagged) / max(len(benign), 1), 4),
        "detection_by_style": {
            style: round(1 - missed_by_style[style] / n, 4) for style, n in sorted(by_style.items())
        },
        "missed": [e.id for e in attacks if e not in blocked],
        "false_blocks": [e.id for e in false_blocks],
    }


def _latency_us(guard: PromptGuard, texts: list[str], rounds: int = 20) -> dict[str, float]:
    samples: list[float] = []
    for _ in range(rounds):
        for text in texts:
            started = time.perf_counter()
            guard.check(text)
            samples.append((time.perf_counter() - started) * 1e6)
    samples.sort()
    return {
        "median_us": round(statistics.median(samples), 1),
        "p99_us": round(samples[int(len(samples) * 0.99)], 1),
        "mean_us": round(statistics.fmean(samples), 1),
    }


def measure(guard: PromptGuard, examples: list[Example], *, latency: bool = True) -> dict[str, Any]:
    """Detection and false-positive figures per split (and per source in test), plus latency
    unless ``latency`` is false (20 timed rounds over the set are most of the run's cost)."""
    report: dict[str, Any] = {
        split: _rates([e for e in examples if e.split == split], guard) for split in SPLITS
    }
    for source in sorted({e.source for e in examples}):
        subset = [e for e in examples if e.split == "test" and e.source == source]
        if subset:
            report[f"test:{source}"] = _rates(subset, guard)
    if latency:
        ordinary = [e.text for e in examples if e.label == "benign"]
        report["latency_benign_queries"] = _latency_us(guard, ordinary)
        report["latency_all_queries"] = _latency_us(guard, [e.text for e in examples])
    return report


def main(argv: list[str] | None = None) -> int:
    """Print the figures and write them as JSON."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument(
        "--split", choices=(*SPLITS, "all"), default="all", help="print only this split"
    )
    parser.add_argument("--no-classifier", action="store_true", help="patterns only")
    parser.add_argument("--semantic", action="store_true", help="add the embedding matcher")
    args = parser.parse_args(argv)
    semantic = None
    if args.semantic:
        from services.prompt_engine.guard.semantic import AttackCorpusMatcher

        semantic = AttackCorpusMatcher.from_installed_model()
    classifier = None if args.no_classifier else InjectionClassifier.load()
    report = measure(PromptGuard(semantic, classifier=classifier), load())
    shown = {
        k: v
        for k, v in report.items()
        if args.split in ("all", k.split(":")[0]) or k.startswith("latency")
    }
    json.dump(shown, sys.stdout, indent=2)
    sys.stdout.write("\n")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
