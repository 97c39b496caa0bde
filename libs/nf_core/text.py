"""Small text utilities shared by the local provider and the evaluator.

These are deliberately simple, deterministic and fast: they run on every request.
"""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_SENTENCE_END = re.compile(
    r"(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bvs\.)(?<!\be\.g\.)(?<!\bi\.e\.)"
    r"(?:(?<=[.!?])|(?<=[.!?][\"')\]]))\s+(?=[\"'(\[]?[A-Z0-9])"
)

_STOPWORD_TEXT = """
    a about above after again against all am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further
    had has have having he her here hers herself him himself his how i if in into is it its
    itself just me more most my myself no nor not now of off on once only or other our ours
    ourselves out over own same she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your yours yourself yourselves
    also may might must shall us one two use used using get gets got tell explain describe give
    show please
"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())


@lru_cache(maxsize=65_536)
def stem(word: str) -> str:
    """Strip common English suffixes so that "markets"/"market" and "pricing"/"price" meet."""
    if word.endswith("ies") and len(word) - 3 >= 3:
        return word[:-3] + "y"  # "companies" meets "company"
    for suffix, minimum in (
        ("ational", 4),
        ("ization", 4),
        ("ations", 4),
        ("ation", 4),
        ("ities", 3),
        ("ity", 3),
        ("ings", 3),
        ("ing", 3),
        ("edly", 3),
        ("ed", 3),
        ("ly", 3),
        ("es", 3),
        ("s", 3),
    ):
        if word.endswith(suffix) and len(word) - len(suffix) >= minimum:
            word = word[: -len(suffix)]
            break
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return word


def words(text: str) -> list[str]:
    """Lower-cased word tokens."""
    return _WORD.findall(text.lower())


def content_terms(text: str) -> list[str]:
    """Stemmed words that carry meaning (stopwords and one-letter tokens removed)."""
    return [stem(w) for w in words(text) if w not in STOPWORDS and len(w) > 1]


def split_sentences(text: str) -> list[str]:
    """Split prose into sentences on terminal punctuation followed by a capital or digit."""
    return [s.strip() for s in _SENTENCE_END.split(text.strip()) if s.strip()]
