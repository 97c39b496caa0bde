"""PromptEngine.render: templates per domain and task, passage order, token accounting."""

from __future__ import annotations

import itertools

import pytest

import nf_tokenizer
from services.prompt_engine.budget import ChunkTokenCounter, Passage
from services.prompt_engine.engine import PromptEngine
from services.prompt_engine.templates import TEMPLATE_VERSION

DOMAINS = ("literary", "market", "general")
TASKS = ("analysis", "generation", "reasoning")
QUERY = "Why does the narrator of The Good Soldier admit he does not know what happened?"

PRIMARY = Passage(
    "literary-demo/01-unreliable-narrators#5",
    "Unreliable Narrators",
    "Readers recognize unreliable narration through textual clues.",
)
SUPPORTING = [
    Passage("literary-demo/01-unreliable-narrators#3", "Unreliable Narrators", "Booth coined it."),
    Passage("literary-demo/07-irony-in-austen#1", "Irony in Austen", "Irony is a gap."),
]


@pytest.fixture
def engine() -> PromptEngine:
    return PromptEngine(default_budget=2000, counter=ChunkTokenCounter(100))


def test_user_prompt_contains_passages_in_rank_order_then_the_query(engine: PromptEngine) -> None:
    rendered = engine.render("literary", "analysis", QUERY, "", PRIMARY, SUPPORTING)

    user = rendered.user_prompt
    positions = [user.index(p.text) for p in [PRIMARY, *SUPPORTING]]
    assert positions == sorted(positions)
    assert user.index(QUERY) > positions[-1]
    assert f"[1] ({PRIMARY.title}) {PRIMARY.text}" in user
    assert f"[3] ({SUPPORTING[1].title}) {SUPPORTING[1].text}" in user


def test_additional_context_sits_between_passages_and_query(engine: PromptEngine) -> None:
    extra = "The reader is studying modernist novels."

    user = engine.render("literary", "analysis", QUERY, extra, PRIMARY, SUPPORTING).user_prompt

    assert user.index(SUPPORTING[-1].text) < user.index(extra) < user.index(QUERY)


def test_absent_additional_context_adds_no_section(engine: PromptEngine) -> None:
    user = engine.render("literary", "analysis", QUERY, "", PRIMARY, []).user_prompt

    assert "Additional context" not in user


@pytest.mark.parametrize(("domain", "task"), list(itertools.product(DOMAINS, TASKS)))
def test_template_id_names_domain_task_and_version(
    engine: PromptEngine, domain: str, task: str
) -> None:
    rendered = engine.render(domain, task, QUERY, "", PRIMARY, [])

    assert rendered.template_id == f"{domain}/{task}@{TEMPLATE_VERSION}"


def test_every_domain_and_task_combination_has_its_own_system_prompt(
    engine: PromptEngine,
) -> None:
    prompts = {
        engine.render(d, t, QUERY, "", PRIMARY, []).system_prompt
        for d, t in itertools.product(DOMAINS, TASKS)
    }

    assert len(prompts) == 9


def test_prompt_tokens_are_system_plus_user_token_counts(engine: PromptEngine) -> None:
    rendered = engine.render("market", "reasoning", QUERY, "extra notes", PRIMARY, SUPPORTING)

    expected = nf_tokenizer.count(rendered.system_prompt) + nf_tokenizer.count(rendered.user_prompt)
    assert rendered.prompt_tokens == expected


def test_default_budget_applies_when_none_is_given(engine: PromptEngine) -> None:
    assert engine.render("general", "analysis", QUERY, "", PRIMARY, []).budget == 2000
    assert engine.render("general", "analysis", QUERY, "", PRIMARY, [], budget=150).budget == 150


def test_passages_beyond_the_budget_are_left_out_of_the_prompt(engine: PromptEngine) -> None:
    budget = nf_tokenizer.count(PRIMARY.text) + nf_tokenizer.count(SUPPORTING[0].text)

    rendered = engine.render("literary", "analysis", QUERY, "", PRIMARY, SUPPORTING, budget)

    assert SUPPORTING[0].text in rendered.user_prompt
    assert SUPPORTING[1].text not in rendered.user_prompt
    assert rendered.context.dropped == 1
