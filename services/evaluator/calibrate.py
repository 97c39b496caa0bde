"""Heuristic scores vs labels and vs the LLM judge: ``python -m services.evaluator.calibrate``."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from neuroforge.common.v1 import pipeline_pb2 as common_pb
from nf_core.channels import create_channel
from services.evaluator.embeddings import Embedder, MiniLMEmbedder
from services.evaluator.judge import RouterJudge, judged_evaluation
from services.evaluator.scoring import EvaluationResult, evaluate
from services.evaluator.settings import EvaluatorSettings

DATA = Path(__file__).parent / "data" / "calibration_set.jsonl"
RESULTS = Path(__file__).parent / "data" / "calibration_results.json"
_DOMAINS = {
    "literary": common_pb.DOMAIN_LITERARY,
    "market": common_pb.DOMAIN_MARKET,
    "general": common_pb.DOMAIN_GENERAL,
}


@dataclass(frozen=True)
class Labelled:
    """One labelled (query, context, output) example."""

    id: str
    domain: str
    kind: str
    passed: bool
    query: str
    context: str
    output: str


def load(path: Path = DATA) -> list[Labelled]:
    """Read the calibration set (JSON lines)."""
    rows = [json.loads(line) for line in path.read_text().splitlines() if line]
    return [
        Labelled(
            r["id"],
            r["domain"],
            r["kind"],
            r["label"] == "pass",
            r["query"],
            r["context"],
            r["output"],
        )
        for r in rows
    ]


def _ranks(values: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    order = values.argsort(kind="stable")
    ranks = np.empty(len(values))
    ranks[order] = np.arange(len(values))
    for value in np.unique(values):  # average ranks of ties
        tied = values == value
        ranks[tied] = ranks[tied].mean()
    return ranks


def agreement(
    a: list[float], b: list[float], a_pass: list[bool], b_pass: list[bool]
) -> dict[str, float]:
    """Pearson and Spearman correlation of two score lists and their pass/fail agreement."""
    x, y = np.array(a, dtype=float), np.array(b, dtype=float)
    pearson = spearman = float("nan")
    if x.std() and y.std():
        pearson = float(np.corrcoef(x, y)[0, 1])
        spearman = float(np.corrcoef(_ranks(x), _ranks(y))[0, 1])
    same = sum(p == q for p, q in zip(a_pass, b_pass, strict=True)) / len(a_pass)
    return {
        "pearson": round(pearson, 4),
        "spearman": round(spearman, 4),
        "pass_fail_agreement": round(same, 4),
        "n": len(a),
    }


async def run(
    examples: list[Labelled],
    settings: EvaluatorSettings,
    embedder: Embedder | None,
    judge: RouterJudge | None,
) -> dict[str, Any]:
    """Score every example heuristically (and with the judge) and compare."""
    heuristic: list[EvaluationResult] = []
    judged: list[tuple[Labelled, EvaluationResult, EvaluationResult]] = []
    fallbacks = 0
    for example in examples:
        weights = settings.weights_for(example.domain)
        threshold = settings.threshold_for(example.domain)
        result = evaluate(
            example.query, example.output, example.context, "", weights, threshold, embedder
        )
        heuristic.append(result)
        if judge is not None:
            with_judge, outcome = await judged_evaluation(
                judge,
                result,
                weights,
                domain=_DOMAINS[example.domain],
                task_type=common_pb.TASK_TYPE_ANALYSIS,
                query=example.query,
                context_text=example.context,
                output=example.output,
                remaining=None,
            )
            fallbacks += outcome.fallback
            if not outcome.fallback:
                judged.append((example, result, with_judge))
    labels = [1.0 if e.passed else 0.0 for e in examples]
    report: dict[str, Any] = {
        "examples": len(examples),
        "relevance_method": heuristic[0].scores["relevance"].method,
        "heuristic_vs_labels": agreement(
            [r.overall for r in heuristic],
            labels,
            [r.passed for r in heuristic],
            [e.passed for e in examples],
        ),
        "heuristic_misjudged": [
            e.id for e, r in zip(examples, heuristic, strict=True) if r.passed != e.passed
        ],
    }
    if judge is not None:
        report["judge_model_id"] = judge.model_id
        report["judge_fallbacks"] = fallbacks
        # A fallback *is* the heuristic result; counting it would report agreement the judge
        # never gave, so only examples the judge actually scored are compared.
        report["judge_answered"] = len(judged)
        if not judged:
            report["judge_vs_labels"] = report["heuristic_vs_judge"] = None
            return report
        report["judge_vs_labels"] = agreement(
            [j.overall for _, _, j in judged],
            [1.0 if e.passed else 0.0 for e, _, _ in judged],
            [j.passed for _, _, j in judged],
            [e.passed for e, _, _ in judged],
        )
        report["heuristic_vs_judge"] = agreement(
            [h.overall for _, h, _ in judged],
            [j.overall for _, _, j in judged],
            [h.passed for _, h, _ in judged],
            [j.passed for _, _, j in judged],
        )
    return report


def main(argv: list[str] | None = None) -> int:
    """Print the agreement figures and write them as JSON."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument("--embeddings", action="store_true", help="MiniLM relevance")
    parser.add_argument("--judge-model", default="", help="judge model id (router registry)")
    parser.add_argument("--router", default="", help="router host:port (default from settings)")
    args = parser.parse_args(argv)
    settings = EvaluatorSettings()
    embedder = MiniLMEmbedder.from_installed_package() if args.embeddings else None

    async def go() -> dict[str, Any]:
        judge = None
        if args.judge_model:
            from nf_core.settings import Stage

            address = args.router or settings.address_of(Stage.MODEL_ROUTER)
            channel = create_channel(address, settings.resolve_internal_token())
            judge = RouterJudge(channel, args.judge_model, settings.evaluator_judge_timeout_seconds)
        return await run(load(args.data), settings, embedder, judge)

    report = asyncio.run(go())
    json.dump(report, sys.stdout, indent=2)
    sys.stdout.write("\n")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
