"""Learned injection score: logistic regression over hashed n-grams and the patterns' signals."""

from __future__ import annotations

import itertools
import json
import math
import re
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from services.prompt_engine.guard.decoders import decode_payloads
from services.prompt_engine.guard.lexicon import concept_hits
from services.prompt_engine.guard.normalize import views
from services.prompt_engine.guard.patterns import signals

WEIGHTS = Path(__file__).parent / "data" / "classifier.npz"
# 2**18 buckets keep collisions rare for a few thousand training texts' n-grams while the
# committed file stays small (only the buckets seen in training are stored).
BUCKETS = 1 << 18
_WORD = re.compile(r"\w+")
_CHAR_SIZES = (3, 4, 5)
# Queries are short; a pasted document is scored on its first part (chunks are also scored
# sentence by sentence by the chunk scan), which bounds the cost per text.
_MAX_CHARS = 2000
# Vectors are scaled by 1/sqrt(max(n, MIN_NORM)) for n features: a text of a few words has too
# little evidence for a handful of n-grams to reach a confident score on their own (200 beat 1,
# 100 and 300 on validation detection).
MIN_NORM = 200
# 3 beat 1 on validation: multilingual attacks missed 27 -> 21 of 59 (detection 81.6 -> 83.0 %).
CONCEPT_COPIES = 3
# Near concept pairs (below): pairs starting at most PAIR_WINDOW characters apart, entered
# PAIR_COPIES times. On validation, at the same false blocks (13 of 520): no pairs 74.4 %
# detection, 25/2 77.0 %, 40/2 77.8 %, 60/3 79.1 %, 60/5 79.3 %, 80/3 76.8 %, 100/4 77.8 %.
PAIR_WINDOW = 60
PAIR_COPIES = 3


def scale(count: int) -> float:
    """The feature value of each n-gram of a text with ``count`` n-grams."""
    return 1.0 / math.sqrt(max(count, MIN_NORM))


def _bucket(feature: str) -> int:
    # crc32, not hash(): Python's str hash is salted per process, the weights must not be.
    return zlib.crc32(feature.encode("utf-8")) & (BUCKETS - 1)


def _features_of_view(text: str, into: set[int]) -> None:
    words = _WORD.findall(text[:_MAX_CHARS])
    into.update(_bucket("w:" + word) for word in words)
    into.update(_bucket(f"b:{a} {b}") for a, b in itertools.pairwise(words))
    joined = " " + " ".join(words) + " "
    for size in _CHAR_SIZES:
        into.update(_bucket("c:" + joined[i : i + size]) for i in range(len(joined) - size + 1))


def _concept_features(text: str, into: set[int]) -> None:
    # Language-neutral concepts (lexicon.py): what an English example teaches about "disregard
    # + prior + instructions" then holds for the same words in Polish or Thai. Each is entered
    # CONCEPT_COPIES times (distinct buckets), which weighs a concept like that many n-grams:
    # among a text's hundreds of n-grams a single feature is drowned out.
    hits = sorted(concept_hits(text[:_MAX_CHARS]))
    found = {code for _, code in hits}
    for copy in range(CONCEPT_COPIES):
        into.update(_bucket(f"k{copy}:{code}") for code in found)
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
        into.update(_bucket(f"p{copy}:{pair}") for pair in pairs)


def features(text: str) -> np.ndarray[Any, np.dtype[np.int64]]:
    """Sorted bucket ids of the text's n-grams (normalised view, plus the folded one if any).

    Presence, not counts: repeating a phrase should not make a text more suspicious.
    """
    seen = views(text)
    found: set[int] = set()
    for view in (seen.plain, seen.folded):
        if view is not None:
            _features_of_view(view, found)
            # The patterns' signals (weak ones included) as features: their knowledge of
            # which phrasings matter, weighed against everything else in the text.
            found.update(_bucket("s:" + code) for code in signals(view))
            _concept_features(view, found)
    found.update(_bucket("t:" + trick) for trick in seen.tricks)
    return np.fromiter(sorted(found), dtype=np.int64, count=len(found))


@dataclass(frozen=True)
class Thresholds:
    """Probability cut-offs chosen on the validation split (see train.py)."""

    block: float
    flag: float


class InjectionClassifier:
    """Probability that a text is an injection attempt.

    Args:
        indices: bucket ids with a non-zero weight (sorted).
        weights: the weight of each of those buckets.
        bias: the intercept.
        thresholds: block and flag cut-offs.
    """

    def __init__(
        self,
        indices: np.ndarray[Any, Any],
        weights: np.ndarray[Any, Any],
        bias: float,
        thresholds: Thresholds,
    ) -> None:
        self._dense = np.zeros(BUCKETS, dtype=np.float64)
        self._dense[indices] = weights
        self._bias = bias
        self.thresholds = thresholds

    @classmethod
    def load(cls, path: Path = WEIGHTS) -> InjectionClassifier:
        """The classifier from a weights file written by ``train.py``."""
        with np.load(path) as data:
            meta = json.loads(str(data["meta"]))
            return cls(
                data["indices"],
                data["weights"].astype(np.float64),
                float(meta["bias"]),
                Thresholds(float(meta["block"]), float(meta["flag"])),
            )

    def score_features(self, ids: np.ndarray[Any, Any]) -> float:
        """Probability for precomputed ``features`` (vector L2-normalised as in training)."""
        if not len(ids):
            return 1.0 / (1.0 + math.exp(-self._bias))
        logit = float(self._dense[ids].sum()) * scale(len(ids)) + self._bias
        return 1.0 / (1.0 + math.exp(-max(min(logit, 50.0), -50.0)))

    def score(self, text: str) -> float:
        """Probability that ``text`` (or a payload decoded from it) is an injection."""
        best = self.score_features(features(text))
        for _, payload in decode_payloads(text):
            best = max(best, self.score_features(features(payload)))
        return best
