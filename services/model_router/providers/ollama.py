"""Ollama's native chat API over httpx: ``POST /api/chat`` streamed as NDJSON lines."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import httpx

from services.model_router.providers.base import GenerationRequest, ProviderError
from services.model_router.providers.errors import (
    TRANSPORT_ERRORS,
    status_error,
    transport_error,
)
from services.model_router.providers.streaming import Delta, DeltaStreamProvider, chat_messages

_NAME = "ollama"
DEFAULT_BASE_URL = "http://127.0.0.1:11434"


class OllamaProvider(DeltaStreamProvider):
    """One Ollama server (``provider = "ollama"`` in the registry)."""

    def __init__(self, *, timeout_seconds: float, base_url: str | None = None) -> None:
        self._client = httpx.AsyncClient(
            base_url=base_url or DEFAULT_BASE_URL, timeout=httpx.Timeout(timeout_seconds)
        )

    async def deltas(self, request: GenerationRequest) -> AsyncIterator[Delta]:
        """Stream ``/api/chat``; the last line (``done: true``) carries the eval counts."""
        body = {
            "model": request.model_name,
            "messages": chat_messages(request),
            "stream": True,
            "options": {"temperature": request.temperature, "num_predict": request.max_tokens},
        }
        try:
            async with self._client.stream("POST", "/api/chat", json=body) as response:
                if response.status_code >= 400:
                    await response.aread()
                    raise status_error(
                        _NAME, response.status_code, _error_text(response), response.headers
                    )
                async for line in response.aiter_lines():
                    if line.strip():
                        yield _delta(json.loads(line))
        except TRANSPORT_ERRORS as error:
            raise transport_error(_NAME, error) from error
        except json.JSONDecodeError as error:
            raise ProviderError(f"{_NAME} sent a malformed line: {error}", kind="server") from error

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._client.aclose()


def _delta(line: dict[str, Any]) -> Delta:
    if "error" in line:
        raise ProviderError(f"{_NAME} failed mid-stream: {line['error']}", kind="server")
    text = str(line.get("message", {}).get("content", ""))
    if not line.get("done"):
        return Delta(text)
    return Delta(
        text,
        str(line.get("done_reason") or "stop"),
        line.get("prompt_eval_count"),
        line.get("eval_count"),
    )


def _error_text(response: httpx.Response) -> str:
    try:
        return str(response.json().get("error", response.text))
    except (ValueError, AttributeError):
        return response.text[:200]
