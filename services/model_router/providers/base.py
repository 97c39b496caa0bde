"""The provider interface and the errors the router reasons about."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Literal, Protocol

ErrorKind = Literal[
    "rate_limited",
    "overloaded",
    "server",
    "connect",
    "timeout",
    "invalid_request",
    "content_policy",
    "auth",
    "not_found",
]

# Worth another attempt on the same model after a backoff.
RETRYABLE_KINDS: frozenset[str] = frozenset(
    {"rate_limited", "overloaded", "server", "connect", "timeout"}
)
# The request itself is at fault: every other model would refuse it too.
REQUEST_FAULT_KINDS: frozenset[str] = frozenset({"invalid_request", "content_policy"})


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
        retryable: True when another attempt on the same model may succeed.
        retry_after: Seconds the provider asked us to wait (``Retry-After``), if it said.
        kind: Why it failed; ``REQUEST_FAULT_KINDS`` would fail on every model.
    """

    def __init__(
        self,
        message: str,
        *,
        retryable: bool | None = None,
        retry_after: float | None = None,
        kind: ErrorKind | None = None,
    ) -> None:
        super().__init__(message)
        if kind is None:
            kind = "server" if retryable or retryable is None else "invalid_request"
        self.kind: ErrorKind = kind
        self.retryable = kind in RETRYABLE_KINDS if retryable is None else retryable
        self.retry_after = retry_after

    @property
    def request_fault(self) -> bool:
        """True when the request, not the model, is at fault (invalid, content policy)."""
        return self.kind in REQUEST_FAULT_KINDS


class Provider(Protocol):
    """A model backend."""

    async def generate(self, request: GenerationRequest) -> GenerationResult:
        """Answer one request or raise ``ProviderError``."""
        ...


class StreamingProvider(Provider, Protocol):
    """A backend that can also yield the answer as it is produced."""

    def stream(self, request: GenerationRequest) -> AsyncIterator[str]:
        """Yield text fragments in order, or raise ``ProviderError``."""
        ...
