"""Learned injection score: two logistic models (hashed n-grams; concepts only), mixed."""

from __future__ import annotations

import itertools
import json
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from services.prompt_engine.guard.concept_features import concept_features_of
from services.prompt_engine.guard.decoders import decode_payloads
from services.prompt_engine.guard.hashing import BUCKETS, bucket, scale
from services.prompt_engine.guard.reading import MAX_CHARS, QuotedSpan, Reading, read

WEIGHTS = Path(__file__).parent / "data" / "classifier.npz"
_WORD = re.compile(r"\w+")
_CHAR_SIZES = (3, 4, 5)
# 3 beat 1 on validation: multilingual attacks missed 27 -> 21 of 59 (detection 81.6 -> 83.0 %).
CONCEPT_COPIES = 3
# Near concept pairs (below): pairs starting at most PAIR_WINDOW characters apart, entered
# PAIR_COPIES times. On validation, at the same false blocks (13 of 520): no pairs 74.4 %
# detection, 25/2 77.0 %, 40/2 77.8 %, 60/3 79.1 %, 60/5 79.3 %, 80/3 76.8 %, 100/4 77.8 %.
PAIR_WINDOW = 60
PAIR_COPIES = 3


def _features_of_view(text: str, into: set[int]) -> None:
    words = _WORD.findall(text[:MAX_CHARS])
    into.update(bucket("w:" + word) for word in words)
    into.update(bucket(f"b:{a} {b}") for a, b in itertools.pairwise(words))
    joined = " " + " ".join(words) + " "
    for size in _CHAR_SIZES:
        into.update(bucket("c:" + joined[i : i + size]) for i in range(len(joined) - size + 1))


def _concept_features(hits: list[tuple[int, str]], into: set[int]) -> None:
    # Language-neutral concepts (lexicon.py): what an English example teaches about "disregard
    # + prior + instructions" then holds for the same words in Polish or Thai. Each is entered
    # CONCEPT_COPIES times (distinct buckets), which weighs a concept like that many n-grams:
    # among a text's hundreds of n-grams a single feature is drowned out.
    found = {code for _, code in hits}
    for copy in range(CONCEPT_COPIES):
        into.update(bucket(f"k{copy}:{code}") for code in found)
    # Pairs of different concepts a few words apart ("forget" right before "your guidelines"),
    # in any order, since languages order them differently. Only near pairs: pairs across a
    # whole text grow with the square of a long passage's concepts and made ordinary prose
    # look like an attack (a literary pack paragraph scored 0.91).
    pairs: set[str] = set()
    for index, (offset, code) in enumerate(hits):
        # By index: islice(hits, index + 1, None) would walk the list from its start each time.
        for later_offset, later in (hits[j] for j in range(index + 1, len(hits))):
            if later_offset - offset > PAIR_WINDOW:
                break
            if later != code:
                pairs.add(f"{min(code, later)}+{max(code, later)}")
    for copy in range(PAIR_COPIES):
        into.update(bucket(f"p{copy}:{pair}") for pair in pairs)


def _quoted_features(spans: tuple[QuotedSpan, ...], into: set[int]) -> None:
    # Inside quotation marks an attack phrase is usually reported ("someone posted 'ignore all
    # previous instructions'"), so quoted words, signals and concepts get features of their
    # own and the model learns how little they weigh. With them, the n-gram model's validation
    # detection at the same block rule rose from 58.8 % to 64.9 % once the session-5
    # documents that quote attacks were in the set.
    for span in spans:
        into.update(bucket("qw:" + word) for word in _WORD.findall(span.text))
        into.update(bucket("qs:" + code) for code in span.signals)
        into.update(bucket("qk:" + code) for code in span.concepts)
    if spans:
        into.add(bucket("quoted"))


def features_of(reading: Reading) -> np.ndarray[Any, np.dtype[np.int64]]:
    """``features`` from a text already read (``reading.read``)."""
    found: set[int] = set()
    for view in reading.views:
        _features_of_view(view.outside, found)
        # The patterns' signals (weak ones included) as features: their knowledge of which
        # phrasings matter, weighed against everything else in the text.
        found.update(bucket("s:" + code) for code in view.signals)
        _concept_features(view.hits, found)
        _quoted_features(view.quoted, found)
    found.update(bucket("t:" + trick) for trick in reading.tricks)
    return np.fromiter(sorted(found), dtype=np.int64, count=len(found))


def features(text: str) -> np.ndarray[Any, np.dtype[np.int64]]:
    """Sorted bucket ids of the text's n-grams (normalised view, plus the folded one if any).

    Presence, not counts: repeating a phrase should not make a text more suspicious.
    """
    return features_of(read(text))


@dataclass(frozen=True)
class Thresholds:
    """Probability cut-offs chosen on the validation split (see train.py)."""

    block: float
    flag: float


class LinearModel:
    """Logistic regression over hashed features: a weight per bucket, a bias, a scale floor.

    Args:
        indices: bucket ids with a non-zero weight (sorted).
        weights: the weight of each of those buckets.
        bias: the intercept.
        min_norm: the floor of ``scale`` the model was trained with.
    """

    def __init__(
        self,
        indices: np.ndarray[Any, Any],
        weights: np.ndarray[Any, Any],
        bias: float,
        min_norm: int,
    ) -> None:
        self._dense = np.zeros(BUCKETS, dtype=np.float64)
        self._dense[indices] = weights
        self.bias = bias
        self.min_norm = min_norm

    def logit(self, ids: np.ndarray[Any, Any]) -> float:
        """The log-odds for a text's feature ids (vector scaled as in training)."""
        if not len(ids):
            return self.bias
        return float(self._dense[ids].sum()) * scale(len(ids), self.min_norm) + self.bias


def _sigmoid(logit: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(min(logit, 50.0), -50.0)))


class InjectionClassifier:
    """Probability that a text is an injection attempt.

    The n-gram model knows phrasings, the concept model knows what the concepts of any language
    add up to; the score is the sigmoid of ``(1 - concept_share) * ngram + concept_share *
    concept`` log-odds.

    Args:
        ngrams: the model over ``features``.
        concepts: the model over ``concept_features``.
        concept_share: the concept model's share of the mixed log-odds.
        thresholds: block and flag cut-offs.
    """

    def __init__(
        self,
        ngrams: LinearModel,
        concepts: LinearModel,
        concept_share: float,
        thresholds: Thresholds,
    ) -> None:
        self._ngrams = ngrams
        self._concepts = concepts
        self._concept_share = concept_share
        self.thresholds = thresholds

    @classmethod
    def load(cls, path: Path = WEIGHTS) -> InjectionClassifier:
        """The classifier from a weights file written by ``train.py``."""
        with np.load(path) as data:
            meta = json.loads(str(data["meta"]))
            return cls(
                LinearModel(
                    data["indices"], data["weights"].astype(np.float64), float(meta["bias"]),
                    int(meta["min_norm"]),
                ),
                LinearModel(
                    data["concept_indices"], data["concept_weights"].astype(np.float64),
                    float(meta["concept_bias"]), int(meta["concept_min_norm"]),
                ),
                float(meta["concept_share"]),
                Thresholds(float(meta["block"]), float(meta["flag"])),
            )  # fmt: skip

    def _score_one(self, text: str) -> float:
        # Read once: both models' features come from the same views, concepts and signals.
        reading = read(text)
        share = self._concept_share
        ngram = self._ngrams.logit(features_of(reading))
        concept = self._concepts.logit(concept_features_of(reading)) if share else 0.0
        return _sigmoid((1.0 - share) * ngram + share * concept)

    def score(self, text: str) -> float:
        """Probability that ``text`` (or a payload decoded from it) is an injection."""
        best = self._score_one(text)
        for _, payload in decode_payloads(text):
            best = max(best, self._score_one(payload))
        return best
