"""Anthropic's Messages API through the official SDK, streamed as server-sent events.

The SDK's own retries are off: the router is the only retry loop. The current SDK no longer
takes ``temperature`` (recent models fix their own sampling), so the request's temperature is
not sent.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import anthropic

from services.model_router.providers.base import GenerationRequest, ProviderError
from services.model_router.providers.errors import (
    TRANSPORT_ERRORS,
    connect_error,
    content_policy_error,
    status_error,
    timeout_error,
    transport_error,
)
from services.model_router.providers.streaming import Delta, DeltaStreamProvider

_NAME = "anthropic"
_FINISH_REASONS = {"end_turn": "stop", "stop_sequence": "stop", "max_tokens": "length"}


class AnthropicMessagesProvider(DeltaStreamProvider):
    """One model endpoint (``provider = "anthropic"`` in the registry)."""

    def __init__(
        self,
        *,
        api_key: str,
        timeout_seconds: float,
        base_url: str | None = None,
    ) -> None:
        self._client = anthropic.AsyncAnthropic(
            api_key=api_key, base_url=base_url, timeout=timeout_seconds, max_retries=0
        )

    async def deltas(self, request: GenerationRequest) -> AsyncIterator[Delta]:
        """Stream a message: usage from ``message_start``/``message_delta``, text from deltas."""
        system: Any = request.system_prompt or anthropic.omit
        try:
            stream = await self._client.messages.create(
                model=request.model_name,
                system=system,
                messages=[{"role": "user", "content": request.user_prompt}],
                max_tokens=request.max_tokens,
                stream=True,
            )
            async with stream:
                async for event in stream:
                    delta = _delta(event)
                    if delta is not None:
                        yield delta
        except anthropic.APIError as error:
            raise _mapped(error) from error
        except TRANSPORT_ERRORS as error:
            raise transport_error(_NAME, error) from error

    async def aclose(self) -> None:
        """Close the SDK's connection pool."""
        await self._client.close()


def _delta(event: Any) -> Delta | None:
    if event.type == "message_start":
        usage = event.message.usage
        return Delta(prompt_tokens=usage.input_tokens, completion_tokens=usage.output_tokens)
    if event.type == "content_block_delta" and event.delta.type == "text_delta":
        return Delta(event.delta.text)
    if event.type == "message_delta":
        stop_reason = event.delta.stop_reason
        if stop_reason == "refusal":
            raise content_policy_error(_NAME, "stop_reason refusal")
        return Delta(
            finish_reason=_FINISH_REASONS.get(stop_reason or "", stop_reason),
            completion_tokens=event.usage.output_tokens,
        )
    return None


def _mapped(error: anthropic.APIError) -> ProviderError:
    if isinstance(error, anthropic.APITimeoutError):
        return timeout_error(_NAME)
    if isinstance(error, anthropic.APIConnectionError):
        return connect_error(_NAME, error.__cause__ or error)
    if isinstance(error, anthropic.APIStatusError):
        message = error.api_message or error.message
        return status_error(
            _NAME, error.status_code, message, error.response.headers, _error_type(error.body)
        )
    return ProviderError(f"{_NAME} failed mid-stream: {error.message}", kind="server")


def _error_type(body: object) -> str | None:
    """``error.type`` of an Anthropic error body (``overloaded_error``, …)."""
    if isinstance(body, dict):
        inner = body.get("error", body)
        if isinstance(inner, dict) and isinstance(inner.get("type"), str):
            return str(inner["type"])
    return None
