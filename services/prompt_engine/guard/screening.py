"""Screening of one BuildPrompt request: block, flag, and neutralise context chunks."""

from __future__ import annotations

from dataclasses import dataclass

from nf_core.errors import InvalidArgumentError
from services.prompt_engine.budget import Passage
from services.prompt_engine.guard.verdict import Action, PromptGuard


@dataclass(frozen=True)
class Screening:
    """What the guard did to a request that may proceed.

    ``flags`` are the signals raised on the user's text and the reason codes of neutralised
    chunks, as ``<field>:<code>`` with field ``user_query``, ``additional_context`` or
    ``context_chunk`` (recorded, not blocking);
    ``neutralized`` maps the id of every chunk whose text was changed to the reason codes.
    """

    flags: tuple[str, ...]
    primary: Passage
    supporting: list[Passage]
    neutralized: dict[str, tuple[str, ...]]

    @property
    def neutralized_chunk_ids(self) -> list[str]:
        """Ids of the neutralised chunks, in rank order."""
        return list(self.neutralized)


def _blocked(field: str, reason: str) -> InvalidArgumentError:
    return InvalidArgumentError(field, f"blocked by the prompt-injection guard (reason: {reason})")


def screen(
    guard: PromptGuard,
    query: str,
    additional_context: str,
    primary: Passage,
    supporting: list[Passage],
) -> Screening:
    """Check the user's text and scan every retrieved chunk.

    Raises:
        InvalidArgumentError: the query or the additional context is an injection attempt; the
            message names the field and carries a stable reason code.
    """
    flags: list[str] = []
    for field, text in (("user_query", query), ("additional_context", additional_context)):
        verdict = guard.check(text, pasted=field == "additional_context")
        if verdict.action is Action.BLOCK:
            raise _blocked(field, verdict.reason)
        flags.extend(f"{field}:{flag}" for flag in verdict.flags)
    neutralized: dict[str, tuple[str, ...]] = {}

    def scanned(passage: Passage) -> Passage:
        result = guard.scan_chunk(passage.chunk_id, passage.text)
        if not result.neutralized:
            return passage
        neutralized[passage.chunk_id] = result.reasons
        return Passage(passage.chunk_id, passage.title, result.text)

    primary_scanned = scanned(primary)
    supporting_scanned = [scanned(passage) for passage in supporting]
    # The reason codes travel with the flags ("context_chunk:<code>"), so the stored record
    # says why chunks were neutralised, not only which ones.
    flags.extend(f"context_chunk:{code}" for codes in neutralized.values() for code in codes)
    return Screening(tuple(dict.fromkeys(flags)), primary_scanned, supporting_scanned, neutralized)
