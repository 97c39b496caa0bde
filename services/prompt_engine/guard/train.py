"""Train the injection classifier: ``python -m services.prompt_engine.guard.train``.

Fits on the ``train`` split only, picks the block and flag thresholds on ``validation`` only,
and writes ``data/classifier.npz``. Deterministic: the same set gives the same weights.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from services.prompt_engine.guard.classifier import (
    BUCKETS,
    WEIGHTS,
    InjectionClassifier,
    Thresholds,
    features,
    scale,
)
from services.prompt_engine.guard.dataset import Example, load, texts_of

# L2 strength: of 1e-3, 1e-4, 3e-5 and 1e-5 the one with the best validation detection at the
# thresholds below (3e-5 and 1e-5 tied; the stronger regularisation won the tie).
L2 = 3e-5
STEPS = 1500
LEARNING_RATE = 2.0
# Block above all but 1 % of validation benign scores (half the 2 % budget, the other half is
# left for texts unlike ours), plus a margin: a false block rejects a legitimate question,
# a missed paraphrase is still flagged and logged.
BLOCK_BENIGN_SHARE = 0.01
BLOCK_MARGIN = 0.02
# Floor under the block threshold. It was 0.8 while validation held ~160 benign texts, too few
# for a stable 1 % quantile; with 601 (session 4) the quantile is 0.76 and the floor only guards
# against a degenerate run.
MIN_BLOCK = 0.7
# Flag at the score that flags at most this share of validation benign texts.
FLAG_BENIGN_SHARE = 0.15


@dataclass(frozen=True)
class Fitted:
    """A trained model before it is written to disk."""

    indices: np.ndarray[Any, Any]
    weights: np.ndarray[Any, Any]
    bias: float
    thresholds: Thresholds


def _matrix(
    samples: list[tuple[str, int]],
) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any], np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    """Sparse rows as (row id per entry, bucket per entry, value per entry, labels)."""
    rows, cols, vals = [], [], []
    for row, (text, _) in enumerate(samples):
        ids = features(text)
        rows.append(np.full(len(ids), row, dtype=np.int64))
        cols.append(ids)
        vals.append(np.full(len(ids), scale(len(ids))))
    labels = np.array([label for _, label in samples], dtype=np.float64)
    return np.concatenate(rows), np.concatenate(cols), np.concatenate(vals), labels


def fit(samples: list[tuple[str, int]]) -> tuple[np.ndarray[Any, Any], float]:
    """Weights over all buckets and the bias: balanced log-loss + L2, Nesterov gradient descent."""
    rows, cols, vals, y = _matrix(samples)
    n = len(y)
    positives = y.sum()
    # Balanced classes: each class contributes half of the loss.
    sample_weight = np.where(y == 1, 0.5 / positives, 0.5 / (n - positives))
    w = np.zeros(BUCKETS)
    b = 0.0
    w_prev, b_prev = w.copy(), b
    for step in range(1, STEPS + 1):
        momentum = (step - 1) / (step + 2)
        w_look = w + momentum * (w - w_prev)
        b_look = b + momentum * (b - b_prev)
        logits = np.bincount(rows, weights=w_look[cols] * vals, minlength=n) + b_look
        residual = (1.0 / (1.0 + np.exp(-logits)) - y) * sample_weight
        grad_w = np.bincount(cols, weights=residual[rows] * vals, minlength=BUCKETS) + L2 * w_look
        grad_b = float(residual.sum())
        w_prev, b_prev = w, b
        w = w_look - LEARNING_RATE * grad_w
        b = b_look - LEARNING_RATE * grad_b
    return w, b


def choose_thresholds(benign_scores: list[float]) -> Thresholds:
    """Block above all but 1 % of validation benign scores; flag the top 15 % of benign."""
    ordered = sorted(benign_scores)
    tolerated = int(len(ordered) * BLOCK_BENIGN_SHARE)
    block = min(max(ordered[-1 - tolerated] + BLOCK_MARGIN, MIN_BLOCK), 0.99)
    flag = ordered[min(int(len(ordered) * (1 - FLAG_BENIGN_SHARE)), len(ordered) - 1)]
    return Thresholds(round(block, 4), round(min(flag, block), 4))


def train(examples: list[Example]) -> Fitted:
    """Fit on ``train``, choose thresholds on ``validation``."""
    samples = [s for e in examples if e.split == "train" for s in texts_of(e)]
    w, b = fit(samples)
    indices = np.flatnonzero(np.abs(w) > 1e-7)
    weights = w[indices].astype(np.float32)
    model = InjectionClassifier(indices, weights, b, Thresholds(1.0, 1.0))
    benign = [
        model.score(text)
        for e in examples
        if e.split == "validation"
        for text, label in texts_of(e)
        if label == 0
    ]
    return Fitted(indices.astype(np.int32), weights, b, choose_thresholds(benign))


def save(fitted: Fitted, path: Path = WEIGHTS) -> None:
    """Write the weights file (compressed numpy arrays plus a JSON header)."""
    meta = {
        "bias": round(fitted.bias, 8),
        "block": fitted.thresholds.block,
        "flag": fitted.thresholds.flag,
        "buckets": BUCKETS,
    }
    np.savez_compressed(
        path, indices=fitted.indices, weights=fitted.weights, meta=np.array(json.dumps(meta))
    )


def main(argv: list[str] | None = None) -> int:
    """Train, print the thresholds and write the weights file."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=WEIGHTS)
    args = parser.parse_args(argv)
    fitted = train(load())
    save(fitted, args.out)
    json.dump(
        {
            "nonzero_weights": len(fitted.indices),
            "bias": fitted.bias,
            "block": fitted.thresholds.block,
            "flag": fitted.thresholds.flag,
        },
        sys.stdout,
        indent=2,
    )
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
