"""Fitting context passages into a token budget."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

import nf_tokenizer
from services.prompt_engine import metrics


@dataclass(frozen=True)
class Passage:
    """A context passage with the identity used for caching its token count."""

    chunk_id: str
    title: str
    text: str


@dataclass(frozen=True)
class FittedContext:
    """Passages kept in rank order with their token counts, and how many were dropped."""

    passages: list[tuple[Passage, int]]
    dropped: int
    truncated_primary: bool

    @property
    def tokens(self) -> int:
        """Tokens in the kept passages."""
        return sum(count for _, count in self.passages)


class ChunkTokenCounter:
    """Counts tokens per passage, remembering counts because packs repeat across requests."""

    def __init__(self, max_entries: int, count: Callable[[str], int] = nf_tokenizer.count) -> None:
        self._counts: OrderedDict[tuple[str, int], int] = OrderedDict()
        self._max_entries = max_entries
        self._count = count

    def __call__(self, passage: Passage) -> int:
        key = (passage.chunk_id, hash(passage.text))
        cached = self._counts.get(key)
        if cached is not None:
            self._counts.move_to_end(key)
            metrics.CHUNK_TOKENS_HIT.inc()
            return cached
        metrics.CHUNK_TOKENS_MISS.inc()
        value = self._count(passage.text)
        self._counts[key] = value
        if len(self._counts) > self._max_entries:
            self._counts.popitem(last=False)
        return value


def fit_to_budget(
    primary: Passage, supporting: list[Passage], budget: int, counter: ChunkTokenCounter
) -> FittedContext:
    """Keep the primary passage whole and add supporting passages by rank while they fit.

    The primary passage is cut only when it alone exceeds the budget; a lower-ranked passage
    that does not fit is dropped even if a later, shorter one would, so rank order is honoured.
    """
    primary_tokens = counter(primary)
    truncated = False
    if primary_tokens > budget:
        primary = Passage(
            primary.chunk_id, primary.title, nf_tokenizer.truncate(primary.text, budget)
        )
        primary_tokens = nf_tokenizer.count(primary.text)
        truncated = True
    kept = [(primary, primary_tokens)]
    used = primary_tokens
    for index, passage in enumerate(supporting):
        tokens = counter(passage)
        if used + tokens > budget:
            return FittedContext(kept, len(supporting) - index, truncated)
        kept.append((passage, tokens))
        used += tokens
    return FittedContext(kept, 0, truncated)
