"""LocalExtractiveProvider: grounded, cited, token-limited extractive answers."""

from __future__ import annotations

import re

import nf_tokenizer
from services.model_router.providers.base import GenerationRequest, Passage
from services.model_router.providers.local import LocalExtractiveProvider

PASSAGES = [
    Passage(
        "Unreliable Narrators",
        "An unreliable narrator is a narrator whose account of events the reader has good reason "
        "to doubt. What makes a narrator unreliable is a credibility gap between what the narrator "
        "says and what the text shows. Wayne C. Booth introduced the term in 1961.",
    ),
    Passage(
        "Signals",
        "Readers recognize unreliable narration through textual clues such as contradictions. "
        "Other characters may react in ways that contradict the narrator's version of events. "
        "A naive narrator reports events accurately but misunderstands their moral meaning.",
    ),
    Passage(
        "Gothic Fiction",
        "Gothic fiction combines terror, mystery and decaying settings such as castles. "
        "Frankenstein explores the dangers of ambition and scientific overreach.",
    ),
]
_CITED = re.compile(r"(.+?)\s*\[(\d+)\]")


def _request(
    query: str,
    *,
    task_type: str = "analysis",
    max_tokens: int = 512,
    passages: list[Passage] | None = None,
    max_sentences: int = 4,
) -> GenerationRequest:
    return GenerationRequest(
        model_name="extractive",
        system_prompt="system",
        user_prompt="user",
        user_query=query,
        passages=PASSAGES if passages is None else passages,
        task_type=task_type,
        temperature=0.7,
        max_tokens=max_tokens,
        options={"max_sentences": max_sentences},
    )


def _cited_sentences(text: str) -> list[tuple[str, int]]:
    body = re.sub(r"^(\d+\. |Conclusion: )", "", text, flags=re.MULTILINE)
    return [(m[1].strip(), int(m[2])) for m in _CITED.finditer(body)]


async def test_every_sentence_is_copied_verbatim_from_the_passage_it_cites() -> None:
    result = await LocalExtractiveProvider().generate(_request("What makes a narrator unreliable?"))

    cited = _cited_sentences(result.text)
    assert cited
    for sentence, number in cited:
        assert sentence in PASSAGES[number - 1].text
    assert result.finish_reason == "stop"


async def test_answer_draws_on_relevant_passages_not_unrelated_ones() -> None:
    result = await LocalExtractiveProvider().generate(_request("What makes a narrator unreliable?"))

    assert "credibility gap" in result.text
    assert "Gothic" not in result.text
    assert {number for _, number in _cited_sentences(result.text)} <= {1, 2}


async def test_max_sentences_option_limits_the_answer() -> None:
    result = await LocalExtractiveProvider().generate(
        _request("narrator unreliable narration events", max_sentences=2)
    )

    assert len(_cited_sentences(result.text)) == 2


async def test_long_answer_is_cut_to_max_tokens_with_length_finish_reason() -> None:
    result = await LocalExtractiveProvider().generate(
        _request("What makes a narrator unreliable?", max_tokens=12)
    )

    assert result.finish_reason == "length"
    assert 0 < nf_tokenizer.count(result.text) <= 12


async def test_answer_within_max_tokens_is_not_cut() -> None:
    full = await LocalExtractiveProvider().generate(_request("What makes a narrator unreliable?"))
    exact = nf_tokenizer.count(full.text)

    fitted = await LocalExtractiveProvider().generate(
        _request("What makes a narrator unreliable?", max_tokens=exact)
    )

    assert fitted.finish_reason == "stop"
    assert fitted.text == full.text


async def test_reasoning_task_gives_numbered_steps_and_a_conclusion() -> None:
    result = await LocalExtractiveProvider().generate(
        _request("How do readers recognize an unreliable narrator?", task_type="reasoning")
    )

    lines = result.text.splitlines()
    assert len(lines) >= 2
    for number, line in enumerate(lines[:-1], start=1):
        assert line.startswith(f"{number}. ")
    assert lines[-1].startswith("Conclusion: ")


async def test_irrelevant_query_says_the_context_does_not_address_it() -> None:
    result = await LocalExtractiveProvider().generate(_request("quantum chromodynamics gluons"))

    assert "does not directly address" in result.text
    assert PASSAGES[0].text.split(". ")[0] in result.text


async def test_no_usable_passages_is_said_plainly() -> None:
    result = await LocalExtractiveProvider().generate(
        _request("anything", passages=[Passage("Empty", "Too short.")])
    )

    assert "no usable passages" in result.text


async def test_local_stream_fragments_join_to_the_generated_text() -> None:
    provider = LocalExtractiveProvider()
    request = _request("What makes a narrator unreliable?", task_type="reasoning")

    fragments = [fragment async for fragment in provider.stream(request)]

    assert len(fragments) > 1
    assert "".join(fragments) == (await provider.generate(request)).text
