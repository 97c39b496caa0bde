"""A fake Anthropic Messages API server: JSON, or SSE events when ``stream`` is set."""

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

_ERROR_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    429: "rate_limit_error",
    529: "overloaded_error",
}


class FakeAnthropic(FakeModelServer):
    """``POST /v1/messages`` as the Anthropic API serves it."""

    paths = frozenset({"/v1/messages"})

    @property
    def base_url(self) -> str:
        """The SDK's ``base_url``: the origin (the SDK adds ``/v1/messages``)."""
        return self.origin

    async def answer(self, request: HttpRequest, responder: Responder, fault: Fault | None) -> None:
        """A message, or ``message_start`` … ``message_stop`` events when ``stream`` is set."""
        body = request.json()
        refused = fault is not None and fault.kind == "content_policy"
        stop_reason = "refusal" if refused else "end_turn"
        system = (
            [{"content": body.get("system", "")}] if isinstance(body.get("system"), str) else []
        )
        input_tokens = prompt_size(system + list(body.get("messages", [])))
        output_tokens = 0 if refused else len(pieces_of(self.reply))
        message: dict[str, Any] = {
            "id": "msg_fake",
            "type": "message",
            "role": "assistant",
            "model": str(body.get("model", "fake")),
            "content": [] if refused else [{"type": "text", "text": self.reply}],
            "stop_reason": stop_reason,
            "stop_sequence": None,
            "usage": {"input_tokens": input_tokens, "output_tokens": output_tokens},
        }
        if not body.get("stream"):
            await responder.send_json(200, message)
            return

        async def frames() -> AsyncIterator[bytes]:
            start = {
                **message,
                "content": [],
                "stop_reason": None,
                "usage": {"input_tokens": input_tokens, "output_tokens": 1},
            }
            yield _event("message_start", {"type": "message_start", "message": start})
            if not refused:
                block = {"type": "text", "text": ""}
                yield _event(
                    "content_block_start",
                    {"type": "content_block_start", "index": 0, "content_block": block},
                )
                yield _event("ping", {"type": "ping"})
                async for piece in self.pieces(fault):
                    delta = {"type": "text_delta", "text": piece}
                    yield _event(
                        "content_block_delta",
                        {"type": "content_block_delta", "index": 0, "delta": delta},
                    )
                yield _event("content_block_stop", {"type": "content_block_stop", "index": 0})
            yield _event(
                "message_delta",
                {
                    "type": "message_delta",
                    "delta": {"stop_reason": stop_reason, "stop_sequence": None},
                    "usage": {"output_tokens": output_tokens},
                },
            )
            yield _event("message_stop", {"type": "message_stop"})

        await responder.stream("text/event-stream", frames())

    async def send_error(
        self, responder: Responder, status: int, message: str, fault: Fault | None = None
    ) -> None:
        """``{"type": "error", "error": {"type", "message"}}`` with ``retry-after`` if scripted."""
        error_type = fault.code if fault is not None and fault.code else None
        error_type = error_type or _ERROR_TYPES.get(status, "api_error")
        body = {"type": "error", "error": {"type": error_type, "message": message}}
        await responder.send_json(status, body, retry_after_headers(fault))


def _event(name: str, data: dict[str, Any]) -> bytes:
    return f"event: {name}\ndata: {json.dumps(data)}\n\n".encode()
