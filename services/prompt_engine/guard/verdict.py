"""The guard's decision: block, flag or allow a request; neutralise suspicious context chunks."""

from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from services.prompt_engine.guard.classifier import Thresholds
from services.prompt_engine.guard.decoders import decode_payloads
from services.prompt_engine.guard.normalize import views
from services.prompt_engine.guard.patterns import STRONG, signals


class Action(StrEnum):
    """What happens to the request."""

    ALLOW = "allow"
    FLAG = "flag"
    BLOCK = "block"


class Scorer(Protocol):
    """Probability that a text is an injection, with its block and flag cut-offs (classifier.py)."""

    thresholds: Thresholds

    def score(self, text: str) -> float:
        """Probability in [0, 1]."""
        ...


class SemanticMatcher(Protocol):
    """Similarity of a text to a corpus of known attacks (semantic.py)."""

    def max_similarity(self, text: str) -> float:
        """Cosine similarity in [-1, 1] to the nearest known attack."""
        ...


@dataclass(frozen=True)
class GuardVerdict:
    """The decision on one text: its action, the reason code of a block and every flag raised."""

    action: Action
    reason: str = ""
    flags: tuple[str, ...] = ()


ALLOW = GuardVerdict(Action.ALLOW)


@dataclass(frozen=True)
class ChunkScan:
    """A context chunk after scanning: its (possibly neutralised) text and what was found."""

    text: str
    neutralized: bool
    reasons: tuple[str, ...] = field(default=())


# Weak signals that together make an attack, with the reason code the block reports.
_COMBINATIONS: tuple[tuple[frozenset[str], str], ...] = (
    (frozenset({"persona", "unrestricted"}), "role_play_override"),
    (frozenset({"unrestricted", "override_phrase"}), "override_instructions"),
    (frozenset({"unrestricted", "reveal_request"}), "reveal_secrets"),
    (frozenset({"unrestricted", "secret_mention"}), "reveal_secrets"),
    (frozenset({"persona", "override_phrase"}), "override_instructions"),
    (frozenset({"persona", "reveal_request"}), "reveal_secrets"),
    (frozenset({"role_header", "override_phrase"}), "chat_template_tokens"),
    (frozenset({"role_header", "unrestricted"}), "chat_template_tokens"),
)
_OBFUSCATION = frozenset({"invisible_characters", "homoglyphs", "leetspeak", "letter_spacing"})
# Blocks that no ordinary pasted document produces.
_NEVER_EXCUSED = frozenset({"chat_template_tokens", "encoded_payload"})
# In pasted text a pattern's block is excused below this classifier score. Chosen on the
# validation split: in session 4, 0.3 and 0.5 kept every detected attack and removed 3 and 4 of
# 13 false blocks (0.7 let 0.6 % of attacks through); in session 5, with the classifier reading
# quotation marks and 712 benign validation requests, 0.7 removed 5 of 16 false blocks at no
# cost in detection; 0.8 removed one more and blocked 2 fewer attacks.
PASTED_PATTERN_VETO = 0.7
# A removed chat token ends a turn, so it ends a sentence too.
_SENTENCE = re.compile(r"(?<=[.!?\n\]])\s+")
_TEMPLATE_TOKEN = re.compile(
    r"<\|[A-Za-z_ ]{2,30}\|>|\[/?INST\]|<</?SYS>>|<(?:start|end)_of_turn>|</?(?:system|assistant|"
    r"developer)>",
    re.IGNORECASE,
)
# Double, curly and angle quotes; single quotes only where they cannot be apostrophes (not
# between letters: "don't", "the author's"). Narrower than quoting.py on purpose: dropping the
# question rule and reading every quoted span (session 5) excused JSON metadata such as
# {"relevance": 1.0, "passed": true} and attack phrases quoted in retrieved chunks.
_QUOTED = re.compile(
    r'"[^"\n]{3,120}"|“[^”\n]{3,120}”|«[^»\n]{3,120}»|\u2018[^\u2019\n]{3,120}\u2019'
    r"|(?<!\w)'[^'\n]{3,120}'(?!\w)"
)
_TOKEN_PLACEHOLDER = "[chat token removed]"
_PLACEHOLDER = "[passage text removed by the prompt guard: {reason}]"
_PLACEHOLDERS = re.compile(
    r"\[chat token removed\]|\[passage text removed by the prompt guard: \w+\]"
)
_MAX_DECODE_DEPTH = 2


def _mentioned_only(text: str) -> bool:
    """True for a question whose every injection signal sits inside quotation marks."""
    if not text.rstrip().endswith("?") or not _QUOTED.search(text):
        return False
    return not _combine(signals(_QUOTED.sub(" ", text)))


def _combine(found: dict[str, int]) -> str:
    """The reason code when the signals amount to an attack, else an empty string."""
    for code, strength in found.items():
        if strength >= STRONG:
            return code
    for needed, reason in _COMBINATIONS:
        if needed <= found.keys():
            return reason
    return ""


class PromptGuard:
    """Runs the lexical, learned (and optionally semantic) checks; cheap enough for every request.

    Args:
        semantic: optional matcher against known attacks; ``None`` keeps the guard lexical.
        semantic_block: similarity at or above which a text is blocked (``semantic_similarity``).
        semantic_flag: similarity at or above which a text is flagged.
        chunk_cache_size: context chunks whose scan result is remembered (packs repeat).
        classifier: the learned scorer; it judges what the patterns let through, so a paraphrase
            without the usual vocabulary is still caught. ``None`` keeps the guard to patterns.
    """

    def __init__(
        self,
        semantic: SemanticMatcher | None = None,
        semantic_block: float = 0.8,
        semantic_flag: float = 0.6,
        chunk_cache_size: int = 10_000,
        *,
        classifier: Scorer | None = None,
    ) -> None:
        self._classifier = classifier
        self._semantic = semantic
        self._semantic_block = semantic_block
        self._semantic_flag = semantic_flag
        self._chunks: OrderedDict[tuple[str, int], ChunkScan] = OrderedDict()
        self._chunk_cache_size = chunk_cache_size

    def check(self, text: str, *, pasted: bool = False) -> GuardVerdict:
        """Decide on one user-supplied text: the query, or with ``pasted`` the additional context.

        Pasted material (e-mails, articles, policies) quotes attack phrases and talks about
        passwords far more often than people's own questions do, so there a pattern's block
        stands only if the classifier, which reads the whole text, does not find it clearly
        ordinary (score below ``PASTED_PATTERN_VETO``); otherwise the request is flagged.
        Chat-template tokens, encoded payloads and obfuscated text are never excused.
        """
        if not text:
            return ALLOW
        reason, flags = self._lexical(text, 0)
        probability: float | None = None
        if (
            reason
            and pasted
            and self._classifier is not None
            and reason not in _NEVER_EXCUSED
            and not set(flags) & _OBFUSCATION
        ):
            probability = self._classifier.score(text)
            if probability < PASTED_PATTERN_VETO:
                flags.append(reason)
                reason = ""
        if not reason and self._classifier is not None:
            if probability is None:
                probability = self._classifier.score(text)
            if probability >= self._classifier.thresholds.block:
                reason = "injection_classifier"
            elif probability >= self._classifier.thresholds.flag:
                flags.append("injection_classifier")
        if not reason and self._semantic is not None:
            similarity = self._semantic.max_similarity(text)
            if similarity >= self._semantic_block:
                reason = "semantic_similarity"
            elif similarity >= self._semantic_flag:
                flags.append("semantic_similarity")
        if reason:
            return GuardVerdict(Action.BLOCK, reason, tuple(flags))
        return GuardVerdict(Action.FLAG, "", tuple(flags)) if flags else ALLOW

    def check_request(self, query: str, additional_context: str) -> GuardVerdict:
        """Decide on a request: the query and the additional context are checked separately.

        Separately, so that a flag-level word in one and another in the other do not add up
        to a block: the additional context is often pasted material, not the user's own words.
        """
        first = self.check(query)
        if first.action is Action.BLOCK or not additional_context:
            return first
        second = self.check(additional_context, pasted=True)
        if second.action is Action.BLOCK:
            return GuardVerdict(Action.BLOCK, second.reason, first.flags + second.flags)
        flags = tuple(dict.fromkeys(first.flags + second.flags))
        return GuardVerdict(Action.FLAG, "", flags) if flags else ALLOW

    def _lexical(self, text: str, depth: int) -> tuple[str, list[str]]:
        """(reason code or "", flags) from patterns over every view and decoded payload."""
        seen = views(text)
        found = signals(seen.plain)
        flags: list[str] = []
        if seen.folded is not None:
            for code, strength in signals(seen.folded).items():
                found.setdefault(code, strength)
            flags.extend(seen.tricks)
        elif seen.tricks:
            flags.extend(seen.tricks)
        reason = _combine(found)
        if reason and depth == 0 and _mentioned_only(seen.plain):
            # A question about a quoted attack phrase mentions it rather than uses it; the
            # classifier (which reads the whole question) still decides.
            reason = ""
            flags.append("quoted_instructions")
        if not reason and flags and set(flags) & _OBFUSCATION and found:
            # Obfuscation plus any injection-like signal: nobody leetspeaks a book question.
            reason = next(iter(found))
        flags.extend(code for code, strength in found.items() if strength < STRONG)
        if reason or depth >= _MAX_DECODE_DEPTH:
            return reason, flags
        for encoding, payload in decode_payloads(text):
            inner, inner_flags = self._lexical(payload, depth + 1)
            if inner or set(inner_flags) - {"secret_mention"}:
                return "encoded_payload", [*flags, f"encoded:{encoding}", *inner_flags]
            flags.append(f"encoded:{encoding}")
        return reason, flags

    def scan_chunk(self, chunk_id: str, text: str) -> ChunkScan:
        """Scan a retrieved passage; neutralise the sentences that carry an injection.

        Chat-template tokens are replaced where they stand; a sentence that would be blocked in
        a query is replaced by a placeholder naming the reason; if the injection only shows
        across sentences, the whole passage text is replaced.
        Results are cached per (chunk id, text), because packs serve the same passages again.
        """
        key = (chunk_id, hash(text))
        cached = self._chunks.get(key)
        if cached is not None:
            self._chunks.move_to_end(key)
            return cached
        result = self._scan_chunk(text)
        self._chunks[key] = result
        if len(self._chunks) > self._chunk_cache_size:
            self._chunks.popitem(last=False)
        return result

    def _scan_chunk(self, text: str) -> ChunkScan:
        whole = self.check(text)
        if whole.action is not Action.BLOCK:
            return ChunkScan(text, False)
        reasons: list[str] = []
        # Template tokens are defanged where they stand, so the prose around them survives.
        defanged = _TEMPLATE_TOKEN.sub(_TOKEN_PLACEHOLDER, text)
        if defanged != text:
            reasons.append("chat_template_tokens")
        kept: list[str] = []
        for sentence in _SENTENCE.split(defanged):
            if not sentence.strip():
                continue
            verdict = self.check(sentence)
            if verdict.action is Action.BLOCK:
                reasons.append(verdict.reason)
                kept.append(_PLACEHOLDER.format(reason=verdict.reason))
            else:
                kept.append(sentence)
        # The placeholders are our words, not the passage's: the re-check reads what is left.
        left = _PLACEHOLDERS.sub(" ", " ".join(kept))
        if not reasons or self.check(left).action is Action.BLOCK:
            # The injection spans sentences (or survives the edits): drop the passage text.
            return ChunkScan(_PLACEHOLDER.format(reason=whole.reason), True, (whole.reason,))
        return ChunkScan(" ".join(kept), True, tuple(dict.fromkeys(reasons)))
