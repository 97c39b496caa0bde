"""Language-neutral features for the classifier's concept model: concepts, their order, signals.

The n-gram model (classifier.py) learns mostly what English attacks look like; its concept
features are a few among hundreds of n-grams. The concept model sees nothing but the text's
concepts (lexicon.py) and the patterns' signals, so what it learns from English examples must
hold for the same concepts in any language. Its score is mixed into the n-gram model's.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Any

import numpy as np

from services.prompt_engine.guard.hashing import bucket
from services.prompt_engine.guard.reading import Reading, read

# Two concepts starting this close (characters) form a pair; three within TRIPLE_WINDOW a triple.
PAIR_WINDOW = 60
TRIPLE_WINDOW = 100


def _hit_features(hits: list[tuple[int, str]], into: set[int]) -> None:
    counts = Counter(code for _, code in hits)
    into.update(bucket("k:" + code) for code in counts)
    into.update(bucket("k2:" + code) for code, n in counts.items() if n >= 2)
    for i, (offset, code) in enumerate(hits):
        for j in range(i + 1, len(hits)):
            second_offset, second = hits[j]
            if second_offset - offset > PAIR_WINDOW:
                break
            if second == code:
                continue
            # Unordered, since languages order words differently; ordered as well, since
            # "forget + instructions" and "instructions + forget" often differ in meaning.
            into.add(bucket(f"p:{min(code, second)}+{max(code, second)}"))
            into.add(bucket(f"o:{code}>{second}"))
            for third_offset, third in hits[j + 1 :]:
                if third_offset - offset > TRIPLE_WINDOW:
                    break
                if third not in (code, second):
                    into.add(bucket("t:" + "+".join(sorted((code, second, third)))))


def concept_features_of(reading: Reading) -> np.ndarray[Any, np.dtype[np.int64]]:
    """``concept_features`` from a text already read (``reading.read``)."""
    found: set[int] = set()
    for view in reading.views:
        _hit_features(view.hits, found)
        found.update(bucket("s:" + code) for code in view.signals)
        # Quoted concepts and signals count apart, as in the n-gram model.
        for span in view.quoted:
            found.update(bucket("qk:" + code) for code in span.concepts)
            found.update(bucket("qs:" + code) for code in span.signals)
        if view.quoted:
            found.add(bucket("quoted"))
    found.update(bucket("tr:" + trick) for trick in reading.tricks)
    # Shape: a one-line question and a pasted page differ in how many concepts chance brings.
    found.add(bucket(f"len:{min(int(math.log2(reading.length + 1)), 12)}"))
    if reading.question:
        found.add(bucket("question"))
    return np.fromiter(sorted(found), dtype=np.int64, count=len(found))


def concept_features(text: str) -> np.ndarray[Any, np.dtype[np.int64]]:
    """Sorted bucket ids: concepts (and repeats), near pairs and triples, signals, tricks, shape;
    concepts and signals inside quotation marks apart."""
    return concept_features_of(read(text))
