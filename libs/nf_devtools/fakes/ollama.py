"""A fake Ollama server: ``POST /api/chat`` as NDJSON lines (or one JSON object)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

from nf_devtools.fakes.server import (
    FakeModelServer,
    Fault,
    HttpRequest,
    Responder,
    pieces_of,
    prompt_size,
    retry_after_headers,
)


class FakeOllama(FakeModelServer):
    """``POST /api/chat`` as Ollama serves it (streaming unless ``"stream": false``)."""

    paths = frozenset({"/api/chat"})

    @property
    def base_url(self) -> str:
        """The server's origin."""
        return self.origin

    async def answer(self, request: HttpRequest, responder: Responder, fault: Fault | None) -> None:
        """NDJSON lines of ``message.content``; the last has ``done: true`` and eval counts."""
        body = request.json()
        model = str(body.get("model", "fake"))
        final: dict[str, Any] = {
            "model": model,
            "created_at": "2025-01-01T00:00:00Z",
            "message": {"role": "assistant", "content": ""},
            "done": True,
            "done_reason": "stop",
            "total_duration": 1000,
            "prompt_eval_count": prompt_size(body.get("messages", [])),
            "eval_count": len(pieces_of(self.reply)),
        }
        if body.get("stream") is False:
            final["message"]["content"] = self.reply
            await responder.send_json(200, final)
            return

        async def lines() -> AsyncIterator[bytes]:
            async for piece in self.pieces(fault):
                line = {
                    "model": model,
                    "created_at": final["created_at"],
                    "message": {"role": "assistant", "content": piece},
                    "done": False,
                }
                yield (json.dumps(line) + "\n").encode()
            yield (json.dumps(final) + "\n").encode()

        await responder.stream("application/x-ndjson", lines())

    async def send_error(
        self, responder: Responder, status: int, message: str, fault: Fault | None = None
    ) -> None:
        """``{"error": "…"}`` with ``retry-after`` when scripted."""
        await responder.send_json(status, {"error": message}, retry_after_headers(fault))
