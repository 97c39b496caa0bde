"""The provider interface and the errors the router reasons about."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True)
class Passage:
    """A context passage as the prompt presented it."""

    title: str
    text: str


@dataclass(frozen=True)
class GenerationRequest:
    """What a provider needs to answer."""

    model_name: str
    system_prompt: str
    user_prompt: str
    user_query: str
    passages: list[Passage]
    task_type: str
    temperature: float
    max_tokens: int
    options: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class GenerationResult:
    """A provider's answer; token counts are filled in by the router when the provider has none."""

    text: str
    finish_reason: str
    prompt_tokens: int | None = None
    completion_tokens: int | None = None


class ProviderError(Exception):
    """A failed provider call.

    Attributes:
        retryable: True when another attempt (or another provider) may succeed.
    """

    def __init__(self, message: str, *, retryable: bool) -> None:
        super().__init__(message)
        self.retryable = retryable


class Provider(Protocol):
    """A model backend."""

    async def generate(self, request: GenerationRequest) -> GenerationResult:
        """Answer one request or raise ``ProviderError``."""
        ...
