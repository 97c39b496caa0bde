"""Similarity of a text to a corpus of known attacks, with the local MiniLM embeddings."""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

import numpy as np

from services.evaluator.embeddings import Embedder, MiniLMEmbedder

KNOWN_ATTACKS = Path(__file__).parent / "data" / "known_attacks.txt"


class AttackCorpusMatcher:
    """Nearest known attack by cosine similarity; results are cached per text.

    The corpus is a short list of canonical attack phrasings (not the labelled evaluation set),
    embedded once at start.
    """

    def __init__(self, embedder: Embedder, attacks: list[str], cache_size: int = 4096) -> None:
        self._embedder = embedder
        self._matrix = np.stack(embedder.embed(attacks))
        self._cache: OrderedDict[str, float] = OrderedDict()
        self._cache_size = cache_size

    @classmethod
    def from_installed_model(cls) -> AttackCorpusMatcher:
        """The matcher over ``known_attacks.txt`` with the installed MiniLM weights.

        Raises:
            RuntimeError: the embedding packages are not installed.
        """
        attacks = [line for line in KNOWN_ATTACKS.read_text().splitlines() if line.strip()]
        return cls(MiniLMEmbedder.from_installed_package(), attacks)

    def max_similarity(self, text: str) -> float:
        """Cosine similarity in [-1, 1] to the nearest known attack."""
        cached = self._cache.get(text)
        if cached is not None:
            self._cache.move_to_end(text)
            return cached
        [vector] = self._embedder.embed([text])
        value = float((self._matrix @ vector).max())
        self._cache[text] = value
        if len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)
        return value
