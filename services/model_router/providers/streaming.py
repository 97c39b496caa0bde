"""A base for providers that stream: ``generate`` and ``stream`` share one delta source."""

from __future__ import annotations

import contextlib
from abc import ABC, abstractmethod
from collections.abc import AsyncGenerator, AsyncIterator
from dataclasses import dataclass
from typing import cast

from services.model_router.providers.base import GenerationRequest, GenerationResult


@dataclass(frozen=True)
class Delta:
    """One step of a streamed answer: text, and the final reason and usage when known."""

    text: str = ""
    finish_reason: str | None = None
    prompt_tokens: int | None = None
    completion_tokens: int | None = None


class DeltaStreamProvider(ABC):
    """Implements ``generate`` (accumulated) and ``stream`` (text only) over ``deltas``."""

    @abstractmethod
    def deltas(self, request: GenerationRequest) -> AsyncIterator[Delta]:
        """Yield the answer as it arrives on the wire; raise ``ProviderError`` on failure."""

    async def generate(self, request: GenerationRequest) -> GenerationResult:
        """Stream the answer on the wire and return it whole."""
        parts: list[str] = []
        finish_reason = "stop"
        prompt_tokens: int | None = None
        completion_tokens: int | None = None
        async for delta in self.deltas(request):
            parts.append(delta.text)
            finish_reason = delta.finish_reason or finish_reason
            prompt_tokens = (
                delta.prompt_tokens if delta.prompt_tokens is not None else prompt_tokens
            )
            if delta.completion_tokens is not None:
                completion_tokens = delta.completion_tokens
        return GenerationResult("".join(parts), finish_reason, prompt_tokens, completion_tokens)

    async def stream(self, request: GenerationRequest) -> AsyncIterator[str]:
        """Yield the answer's text fragments in order."""
        # Closing this stream closes the wire stream at once (not at garbage collection);
        # every ``deltas`` is an async generator.
        wire = cast(AsyncGenerator[Delta], self.deltas(request))
        async with contextlib.aclosing(wire) as deltas:
            async for delta in deltas:
                if delta.text:
                    yield delta.text

    @abstractmethod
    async def aclose(self) -> None:
        """Release the connection pool."""


def chat_messages(request: GenerationRequest) -> list[dict[str, str]]:
    """The request as chat messages: the system prompt (when set) then the user prompt."""
    messages = (
        [{"role": "system", "content": request.system_prompt}] if request.system_prompt else []
    )
    messages.append({"role": "user", "content": request.user_prompt})
    return messages
