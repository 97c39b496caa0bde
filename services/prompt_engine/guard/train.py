"""Train the injection classifier: ``python -m services.prompt_engine.guard.train``.

Fits both models on the ``train`` split only, picks the block and flag thresholds on
``validation`` only, and writes ``data/classifier.npz``. Deterministic: the same set gives the
same weights.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from services.prompt_engine.guard.classifier import (
    WEIGHTS,
    InjectionClassifier,
    LinearModel,
    Thresholds,
    features,
)
from services.prompt_engine.guard.concept_features import concept_features
from services.prompt_engine.guard.dataset import Example, load, texts_of
from services.prompt_engine.guard.hashing import BUCKETS, scale

Featurizer = Callable[[str], np.ndarray[Any, Any]]

# L2 strength: of 1e-3, 1e-4, 3e-5 and 1e-5 the one with the best validation detection at the
# thresholds below (3e-5 and 1e-5 tied; the stronger regularisation won the tie).
L2 = 3e-5
# Vectors are scaled by 1/sqrt(max(n, MIN_NORM)) for n features: a text of a few words has too
# little evidence for a handful of n-grams to reach a confident score on their own (200 beat 1,
# 100 and 300 on validation detection).
MIN_NORM = 200
# The concept model: tens of features per text, not hundreds, hence the lower floor.
CONCEPT_L2 = 3e-5
CONCEPT_MIN_NORM = 10
# The concept model's share of the mixed log-odds.
CONCEPT_SHARE = 0.3
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
class FittedModel:
    """One trained linear model before it is written to disk."""

    indices: np.ndarray[Any, Any]
    weights: np.ndarray[Any, Any]
    bias: float
    min_norm: int

    def linear(self) -> LinearModel:
        """The model as the classifier uses it."""
        return LinearModel(self.indices, self.weights, self.bias, self.min_norm)


@dataclass(frozen=True)
class Fitted:
    """The trained classifier before it is written to disk."""

    ngrams: FittedModel
    concepts: FittedModel
    concept_share: float
    thresholds: Thresholds


def _matrix(
    samples: list[tuple[str, int]], featurize: Featurizer, min_norm: int
) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any], np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    """Sparse rows as (row id per entry, bucket per entry, value per entry, labels)."""
    rows, cols, vals = [], [], []
    for row, (text, _) in enumerate(samples):
        ids = featurize(text)
        rows.append(np.full(len(ids), row, dtype=np.int64))
        cols.append(ids)
        vals.append(np.full(len(ids), scale(len(ids), min_norm)))
    labels = np.array([label for _, label in samples], dtype=np.float64)
    return np.concatenate(rows), np.concatenate(cols), np.concatenate(vals), labels


def fit(
    samples: list[tuple[str, int]], featurize: Featurizer, min_norm: int, l2: float
) -> FittedModel:
    """Balanced log-loss + L2 by Nesterov gradient descent; keeps the non-zero weights."""
    rows, cols, vals, y = _matrix(samples, featurize, min_norm)
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
        grad_w = np.bincount(cols, weights=residual[rows] * vals, minlength=BUCKETS) + l2 * w_look
        grad_b = float(residual.sum())
        w_prev, b_prev = w, b
        w = w_look - LEARNING_RATE * grad_w
        b = b_look - LEARNING_RATE * grad_b
    indices = np.flatnonzero(np.abs(w) > 1e-7)
    return FittedModel(indices.astype(np.int32), w[indices].astype(np.float32), b, min_norm)


def choose_thresholds(benign_scores: list[float]) -> Thresholds:
    """Block above all but 1 % of validation benign scores; flag the top 15 % of benign."""
    ordered = sorted(benign_scores)
    tolerated = int(len(ordered) * BLOCK_BENIGN_SHARE)
    block = min(max(ordered[-1 - tolerated] + BLOCK_MARGIN, MIN_BLOCK), 0.99)
    flag = ordered[min(int(len(ordered) * (1 - FLAG_BENIGN_SHARE)), len(ordered) - 1)]
    return Thresholds(round(block, 4), round(min(flag, block), 4))


def train(examples: list[Example]) -> Fitted:
    """Fit both models on ``train``, choose thresholds on ``validation``."""
    samples = [s for e in examples if e.split == "train" for s in texts_of(e)]
    ngrams = fit(samples, features, MIN_NORM, L2)
    concepts = fit(samples, concept_features, CONCEPT_MIN_NORM, CONCEPT_L2)
    model = InjectionClassifier(
        ngrams.linear(), concepts.linear(), CONCEPT_SHARE, Thresholds(1.0, 1.0)
    )
    benign = [
        model.score(text)
        for e in examples
        if e.split == "validation"
        for text, label in texts_of(e)
        if label == 0
    ]
    return Fitted(ngrams, concepts, CONCEPT_SHARE, choose_thresholds(benign))


def save(fitted: Fitted, path: Path = WEIGHTS) -> None:
    """Write the weights file (compressed numpy arrays plus a JSON header)."""
    meta = {
        "bias": round(fitted.ngrams.bias, 8),
        "min_norm": fitted.ngrams.min_norm,
        "concept_bias": round(fitted.concepts.bias, 8),
        "concept_min_norm": fitted.concepts.min_norm,
        "concept_share": fitted.concept_share,
        "block": fitted.thresholds.block,
        "flag": fitted.thresholds.flag,
        "buckets": BUCKETS,
    }
    np.savez_compressed(
        path,
        indices=fitted.ngrams.indices,
        weights=fitted.ngrams.weights,
        concept_indices=fitted.concepts.indices,
        concept_weights=fitted.concepts.weights,
        meta=np.array(json.dumps(meta)),
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
            "nonzero_weights": len(fitted.ngrams.indices),
            "concept_nonzero_weights": len(fitted.concepts.indices),
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
