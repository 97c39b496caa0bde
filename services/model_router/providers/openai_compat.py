"""OpenAI chat completions through the official SDK; also any OpenAI-compatible server.

vLLM, llama.cpp's server and LM Studio speak the same protocol: point ``base_url`` at them.
The SDK's own retries are off: the router is the only retry loop.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import openai
from openai.types.chat import ChatCompletion, ChatCompletionMessageParam

from services.model_router.providers.base import (
    GenerationRequest,
    GenerationResult,
    ProviderError,
)
from services.model_router.providers.errors import (
    TRANSPORT_ERRORS,
    connect_error,
    content_policy_error,
    status_error,
    timeout_error,
    transport_error,
)
from services.model_router.providers.streaming import Delta, DeltaStreamProvider

_NAME = "openai"


class OpenAICompatProvider(DeltaStreamProvider):
    """One model endpoint (``provider = "openai"`` in the registry)."""

    def __init__(
        self,
        *,
        api_key: str,
        timeout_seconds: float,
        base_url: str | None = None,
    ) -> None:
        self._client = openai.AsyncOpenAI(
            api_key=api_key, base_url=base_url, timeout=timeout_seconds, max_retries=0
        )

    async def generate(self, request: GenerationRequest) -> GenerationResult:
        """One non-streaming completion: a whole answer is one JSON body, parsed once.

        Re-assembling SSE chunks through the SDK's models cost most of the router's CPU in the
        benchmark (docs/benchmarks.md); ``stream`` still streams. The body is already in the
        wire shape, so it goes through the SDK's documented ``post`` (same client, auth, timeout
        and error types) rather than ``create``, whose type-driven parameter transform cost
        about 0.8 ms of CPU per call here.
        """
        body: dict[str, object] = {
            "model": request.model_name,
            "messages": _messages(request),
            "temperature": request.temperature,
            "max_tokens": request.max_tokens,
        }
        try:
            completion = await self._client.post(
                "/chat/completions", body=body, cast_to=ChatCompletion
            )
        except openai.APIError as error:
            raise _mapped(error) from error
        except TRANSPORT_ERRORS as error:
            raise transport_error(_NAME, error) from error
        if not completion.choices:
            raise ProviderError(f"{_NAME} returned no choices", kind="server")
        choice = completion.choices[0]
        if choice.finish_reason == "content_filter":
            raise content_policy_error(_NAME, "finish_reason content_filter")
        usage = completion.usage
        return GenerationResult(
            choice.message.content or "",
            choice.finish_reason or "stop",
            usage.prompt_tokens if usage is not None else None,
            usage.completion_tokens if usage is not None else None,
        )

    async def deltas(self, request: GenerationRequest) -> AsyncIterator[Delta]:
        """Stream a chat completion (``stream_options.include_usage`` for token counts)."""
        try:
            stream = await self._client.chat.completions.create(
                model=request.model_name,
                messages=_messages(request),
                temperature=request.temperature,
                max_tokens=request.max_tokens,
                stream=True,
                stream_options={"include_usage": True},
            )
            async with stream:
                async for chunk in stream:
                    yield _delta(chunk)
        except openai.APIError as error:
            raise _mapped(error) from error
        except TRANSPORT_ERRORS as error:
            raise transport_error(_NAME, error) from error

    async def aclose(self) -> None:
        """Close the SDK's connection pool."""
        await self._client.close()


def _messages(request: GenerationRequest) -> list[ChatCompletionMessageParam]:
    messages: list[ChatCompletionMessageParam] = []
    if request.system_prompt:
        messages.append({"role": "system", "content": request.system_prompt})
    messages.append({"role": "user", "content": request.user_prompt})
    return messages


def _delta(chunk: Any) -> Delta:
    usage = chunk.usage
    prompt_tokens = usage.prompt_tokens if usage is not None else None
    completion_tokens = usage.completion_tokens if usage is not None else None
    if not chunk.choices:
        return Delta(prompt_tokens=prompt_tokens, completion_tokens=completion_tokens)
    choice = chunk.choices[0]
    if choice.finish_reason == "content_filter":
        raise content_policy_error(_NAME, "finish_reason content_filter")
    return Delta(
        choice.delta.content or "",
        choice.finish_reason,
        prompt_tokens,
        completion_tokens,
    )


def _mapped(error: openai.APIError) -> ProviderError:
    if isinstance(error, openai.APITimeoutError):
        return timeout_error(_NAME)
    if isinstance(error, openai.APIConnectionError):
        return connect_error(_NAME, error.__cause__ or error)
    if isinstance(error, openai.APIStatusError):
        code = error.code or error.type
        return status_error(_NAME, error.status_code, error.message, error.response.headers, code)
    # An error event in the middle of a stream: the server failed after it started answering.
    return ProviderError(f"{_NAME} failed mid-stream: {error.message}", kind="server")
