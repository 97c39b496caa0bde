"""Renders a prompt: template selection, context fitting, token accounting."""

from __future__ import annotations

from dataclasses import dataclass

import nf_tokenizer
from services.prompt_engine.budget import ChunkTokenCounter, FittedContext, Passage, fit_to_budget
from services.prompt_engine.templates import template_for


@dataclass(frozen=True)
class RenderedPrompt:
    """A prompt ready for a model."""

    template_id: str
    system_prompt: str
    user_prompt: str
    prompt_tokens: int
    context: FittedContext
    budget: int


class PromptEngine:
    """Builds prompts within a context token budget."""

    def __init__(self, default_budget: int, counter: ChunkTokenCounter) -> None:
        self._default_budget = default_budget
        self._counter = counter

    def render(
        self,
        domain: str,
        task_type: str,
        query: str,
        additional_context: str,
        primary: Passage,
        supporting: list[Passage],
        budget: int = 0,
    ) -> RenderedPrompt:
        """Render the prompt for one request."""
        budget = budget or self._default_budget
        fitted = fit_to_budget(primary, supporting, budget, self._counter)
        template = template_for(domain, task_type)
        user_prompt = template.render_user(
            [(passage.title, passage.text) for passage, _ in fitted.passages],
            additional_context,
            query,
        )
        tokens = nf_tokenizer.count(template.system_prompt) + nf_tokenizer.count(user_prompt)
        return RenderedPrompt(
            template.template_id, template.system_prompt, user_prompt, tokens, fitted, budget
        )
