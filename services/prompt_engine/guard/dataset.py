"""The guard's labelled set: train / validation / test splits (``data/guard_set.jsonl``)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).parent / "data" / "guard_set.jsonl"
SPLITS = ("train", "validation", "test")


@dataclass(frozen=True)
class Example:
    """One labelled request: the query and optional pasted context, with where it came from.

    ``source`` is ``v1`` (the first set), ``probe`` (paraphrases written after the patterns were
    frozen), ``v2`` (the second, larger set), ``v3`` (session 3: 1,566 more, 18 languages),
    ``v4`` (session 4: 2,151 more, 29 languages and English weak spots) or ``v5`` (session 5:
    1,900 more, 30 languages besides English); v2 to v5 are split 60/20/20 by a hash of
    the id. ``style`` says how the text was written.
    """

    id: str
    split: str
    label: str
    category: str
    style: str
    source: str
    text: str
    additional_context: str


def load(path: Path = DATA) -> list[Example]:
    """Read the labelled set (JSON lines)."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [
        Example(
            r["id"], r["split"], r["label"], r["category"], r["style"], r["source"], r["text"],
            r.get("additional_context", ""),
        )
        for r in rows
    ]  # fmt: skip


def texts_of(example: Example) -> list[tuple[str, int]]:
    """The texts the guard checks separately, each with its label (1 = injection).

    An attack hidden in pasted context labels the context, not the innocent question before it.
    """
    if example.label == "benign":
        return [(t, 0) for t in (example.text, example.additional_context) if t]
    return [(example.additional_context or example.text, 1)]
