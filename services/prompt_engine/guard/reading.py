"""One pass over a text for both classifier models: views, quoted spans, concepts, signals."""

from __future__ import annotations

from dataclasses import dataclass

from services.prompt_engine.guard.lexicon import concept_hits
from services.prompt_engine.guard.normalize import views
from services.prompt_engine.guard.patterns import signals
from services.prompt_engine.guard.quoting import split_quoted

# Queries are short; a pasted document is read up to here (chunks are also scored sentence by
# sentence by the chunk scan), which bounds the cost per text.
MAX_CHARS = 2000


@dataclass(frozen=True)
class QuotedSpan:
    """The inside of one pair of quotation marks, with its signal codes and concepts."""

    text: str
    signals: tuple[str, ...]
    concepts: tuple[str, ...]


@dataclass(frozen=True)
class ViewReading:
    """One view of the text (normalised or folded) with its quoted spans cut out."""

    outside: str
    hits: list[tuple[int, str]]
    """Concept hits of ``outside[:MAX_CHARS]`` as (offset, concept), sorted."""
    signals: tuple[str, ...]
    quoted: tuple[QuotedSpan, ...]


@dataclass(frozen=True)
class Reading:
    """What both models' features are built from."""

    views: tuple[ViewReading, ...]
    tricks: tuple[str, ...]
    length: int
    question: bool


def _read_view(view: str) -> ViewReading:
    outside, spans = split_quoted(view)
    quoted = tuple(
        QuotedSpan(span, tuple(signals(span)), tuple(code for _, code in concept_hits(span)))
        for span in spans
    )
    return ViewReading(
        outside, sorted(concept_hits(outside[:MAX_CHARS])), tuple(signals(outside)), quoted
    )


def read(text: str) -> Reading:
    """Normalise and fold ``text`` once and find what both models need in each view."""
    seen = views(text)
    return Reading(
        tuple(_read_view(view) for view in (seen.plain, seen.folded) if view is not None),
        seen.tricks,
        len(text),
        text.rstrip().endswith("?"),
    )
