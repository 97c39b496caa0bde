"""The five evaluation scores and their weighted combination.

Methods (each score is in [0, 1] and carries a one-sentence reason):

* relevance, ``embedding-cosine:<model>`` when embeddings are on: cosine of query and output
  MiniLM embeddings mapped from [0.1, 0.6] onto [0, 1]; otherwise ``lexical-recall``: share of
  the query's content terms (stemmed, stopwords removed) that the output uses.
* correctness, ``sentence-support``: share of the output's sentences whose content terms are at
  least 70% present in the context passages.
* coherence, ``structure``: mean of four checks: sentences of readable length, no repeated
  sentences, no repeated word trigrams, and a complete last sentence.
* policy_compliance, ``pattern-policy``: 1 when no finding, 0 on any hard finding (personal data,
  secrets, system-prompt leakage, unsafe instructions); a hard finding also fails the evaluation.
* context_overlap, ``term-precision``: share of the output's content terms found in the context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nf_core.text import content_terms, split_sentences, words
from services.evaluator.embeddings import Embedder
from services.evaluator.policy import check_policy

_SUPPORT_THRESHOLD = 0.7
# MiniLM cosines of unrelated texts sit near 0.1 and of a good answer to its question above 0.6;
# the relevance score maps that span linearly onto [0, 1].
_COSINE_FLOOR = 0.1
_COSINE_FULL = 0.6
_CITATION = re.compile(r"\s*\[\d+(?:,\s*\d+)*\]")


@dataclass(frozen=True)
class ScoreResult:
    """One dimension's value, method and reason."""

    value: float
    method: str
    reason: str


@dataclass(frozen=True)
class EvaluationResult:
    """All dimensions plus the weighted verdict."""

    scores: dict[str, ScoreResult]
    overall: float
    passed: bool
    threshold: float
    hard_failure: bool = False


def prose(output: str) -> str:
    """The output without citation markers."""
    return _CITATION.sub("", output)


def relevance(query: str, output: str, embedder: Embedder | None = None) -> ScoreResult:
    """Semantic similarity of query and output, or the share of query terms the output uses."""
    output = prose(output)
    if embedder is not None and output.strip():
        query_vector, output_vector = embedder.embed([query, output])
        cosine = float(query_vector @ output_vector)
        value = min(1.0, max(0.0, (cosine - _COSINE_FLOOR) / (_COSINE_FULL - _COSINE_FLOOR)))
        return ScoreResult(
            value, f"embedding-cosine:{embedder.name}", f"query/output cosine is {cosine:.2f}"
        )
    query_terms = set(content_terms(query))
    if not query_terms:
        return ScoreResult(0.5, "lexical-recall", "the query has no content terms to match")
    output_terms = set(content_terms(output))
    matched = query_terms & output_terms
    value = len(matched) / len(query_terms)
    return ScoreResult(
        value, "lexical-recall", f"the output uses {len(matched)} of {len(query_terms)} query terms"
    )


def correctness(output: str, context_terms: set[str]) -> ScoreResult:
    """Share of output sentences supported by the context."""
    output = prose(output)
    sentences = [s for s in split_sentences(output) if content_terms(s)]
    if not sentences:
        return ScoreResult(0.0, "sentence-support", "the output has no checkable sentences")
    supported = 0
    for sentence in sentences:
        terms = set(content_terms(sentence))
        if len(terms & context_terms) / len(terms) >= _SUPPORT_THRESHOLD:
            supported += 1
    return ScoreResult(
        supported / len(sentences),
        "sentence-support",
        f"{supported} of {len(sentences)} sentences are supported by the context",
    )


def coherence(output: str) -> ScoreResult:
    """Structural readability of the output."""
    output = prose(output)
    sentences = split_sentences(output)
    tokens = words(output)
    if not sentences or not tokens:
        return ScoreResult(0.0, "structure", "the output is empty")
    lengths = [len(words(s)) for s in sentences]
    readable = sum(1 for n in lengths if 4 <= n <= 60) / len(lengths)
    unique_sentences = len({s.lower() for s in sentences}) / len(sentences)
    trigrams = [tuple(tokens[i : i + 3]) for i in range(len(tokens) - 2)]
    unique_trigrams = len(set(trigrams)) / len(trigrams) if trigrams else 1.0
    complete = 1.0 if output.rstrip()[-1:] in ".!?\"'" else 0.0
    value = (readable + unique_sentences + unique_trigrams + complete) / 4
    problems = [
        name
        for name, part in (
            ("sentence length", readable),
            ("repeated sentences", unique_sentences),
            ("repeated phrasing", unique_trigrams),
            ("unfinished ending", complete),
        )
        if part < 0.9
    ]
    reason = "well-formed" if not problems else "issues: " + ", ".join(problems)
    return ScoreResult(value, "structure", reason)


def context_overlap(output: str, context_terms: set[str]) -> ScoreResult:
    """Share of the output's content terms drawn from the context."""
    output = prose(output)
    terms = content_terms(output)
    if not terms:
        return ScoreResult(0.0, "term-precision", "the output has no content terms")
    inside = sum(1 for t in terms if t in context_terms)
    return ScoreResult(
        inside / len(terms),
        "term-precision",
        f"{inside} of {len(terms)} output terms appear in the context",
    )


def evaluate(
    query: str,
    output: str,
    context_text: str,
    system_prompt: str,
    weights: dict[str, float],
    threshold: float,
    embedder: Embedder | None = None,
) -> EvaluationResult:
    """Score an output and decide whether it passes.

    Every score reads the output without citation markers such as ``[2]``: they are
    references, not prose, so they neither form sentences of their own nor count as terms.
    """
    context_terms = set(content_terms(context_text))
    findings = check_policy(output, system_prompt, context_text)
    policy = ScoreResult(
        0.0 if findings else 1.0,
        "pattern-policy",
        "no findings" if not findings else "found: " + ", ".join(f.kind for f in findings),
    )
    scores = {
        "relevance": relevance(query, output, embedder),
        "correctness": correctness(output, context_terms),
        "coherence": coherence(output),
        "policy_compliance": policy,
        "context_overlap": context_overlap(output, context_terms),
    }
    return combine(scores, weights, threshold, any(f.hard for f in findings))


def combine(
    scores: dict[str, ScoreResult], weights: dict[str, float], threshold: float, hard_failure: bool
) -> EvaluationResult:
    """Weighted overall score and verdict; a hard policy failure fails whatever the total."""
    total_weight = sum(weights.values())
    overall = sum(scores[name].value * weight for name, weight in weights.items()) / total_weight
    return EvaluationResult(
        scores,
        round(overall, 4),
        overall >= threshold and not hard_failure,
        threshold,
        hard_failure,
    )
