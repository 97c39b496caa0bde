"""The built-in local provider: grounded extractive answers, no network, no weights.

It ranks the sentences of the prompt's context passages against the query (BM25-style term
weighting over the candidate sentences) and composes the best ones, in the order they appear in
the passages, each with a citation of its passage number. That keeps ``make run`` useful offline
and gives the evaluator a real, grounded output to score.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass

import nf_tokenizer
from nf_core.text import content_terms, split_sentences
from services.model_router.providers.base import GenerationRequest, GenerationResult

_K1 = 1.2
_B = 0.75


@dataclass(frozen=True)
class _Candidate:
    passage_number: int
    position: int
    text: str
    terms: list[str]


def _candidates(request: GenerationRequest) -> list[_Candidate]:
    found: list[_Candidate] = []
    for number, passage in enumerate(request.passages, start=1):
        for position, sentence in enumerate(split_sentences(passage.text)):
            terms = content_terms(sentence)
            if len(terms) >= 3:
                found.append(_Candidate(number, position, sentence, terms))
    return found


def _scores(candidates: list[_Candidate], query_terms: set[str]) -> list[float]:
    count = len(candidates)
    average_length = sum(len(c.terms) for c in candidates) / count
    document_frequency: Counter[str] = Counter()
    for candidate in candidates:
        document_frequency.update(set(candidate.terms) & query_terms)
    scores = []
    for candidate in candidates:
        frequencies = Counter(t for t in candidate.terms if t in query_terms)
        score = 0.0
        for term, frequency in frequencies.items():
            idf = math.log(
                1 + (count - document_frequency[term] + 0.5) / (document_frequency[term] + 0.5)
            )
            norm = frequency + _K1 * (1 - _B + _B * len(candidate.terms) / average_length)
            score += idf * frequency * (_K1 + 1) / norm
        # Earlier passages were ranked more relevant by retrieval: a gentle prior.
        scores.append(score * (1 + 0.15 / candidate.passage_number))
    return scores


class LocalExtractiveProvider:
    """Answers from the prompt's own passages (``provider = "local"`` in the registry)."""

    async def generate(self, request: GenerationRequest) -> GenerationResult:
        """Compose a cited extractive answer within ``max_tokens``."""
        max_sentences = int(request.options.get("max_sentences", 4))  # type: ignore[call-overload]
        candidates = _candidates(request)
        query_terms = set(content_terms(request.user_query))
        if not candidates:
            return GenerationResult("The provided context contains no usable passages.", "stop")
        scores = _scores(candidates, query_terms) if query_terms else [0.0] * len(candidates)
        ranked = sorted(range(len(candidates)), key=lambda i: -scores[i])
        chosen = [i for i in ranked[:max_sentences] if scores[i] > 0]
        if not chosen:
            first = candidates[0]
            text = (
                "The context does not directly address this question. The closest material "
                f"says: {first.text} [{first.passage_number}]"
            )
        else:
            ordered = sorted(
                chosen, key=lambda i: (candidates[i].passage_number, candidates[i].position)
            )
            sentences = [f"{candidates[i].text} [{candidates[i].passage_number}]" for i in ordered]
            text = _compose(sentences, request.task_type)
        return _limit(text, request.max_tokens)

    async def stream(self, request: GenerationRequest) -> AsyncIterator[str]:
        """The same answer, a word (with its trailing space) at a time."""
        text = (await self.generate(request)).text
        for fragment in re.findall(r"\S+\s*|\s+", text):
            yield fragment


def _compose(sentences: list[str], task_type: str) -> str:
    if task_type == "reasoning" and len(sentences) > 1:
        steps = [f"{n}. {s}" for n, s in enumerate(sentences[:-1], start=1)]
        return "\n".join([*steps, f"Conclusion: {sentences[-1]}"])
    return " ".join(sentences)


def _limit(text: str, max_tokens: int) -> GenerationResult:
    if nf_tokenizer.count(text) <= max_tokens:
        return GenerationResult(text, "stop")
    return GenerationResult(nf_tokenizer.truncate(text, max_tokens), "length")
