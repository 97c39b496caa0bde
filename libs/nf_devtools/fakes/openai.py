"""A fake OpenAI chat-completions server (JSON and SSE streaming), also runnable standalone.

``python -m nf_devtools.fakes.openai --port 9999 --delay-ms 0`` serves
``http://127.0.0.1:9999/v1`` with a fixed delay before every answer (for benchmarks).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import time
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
    429: "rate_limit_exceeded",
}


class FakeOpenAI(FakeModelServer):
    """``POST /v1/chat/completions`` as the OpenAI API (and vLLM, llama.cpp, LM Studio) serve it."""

    paths = frozenset({"/v1/chat/completions", "/chat/completions"})

    @property
    def base_url(self) -> str:
        """The SDK's ``base_url``: the origin plus ``/v1``."""
        return f"{self.origin}/v1"

    async def answer(self, request: HttpRequest, responder: Responder, fault: Fault | None) -> None:
        """A chat completion, or ``data:`` chunks ending in ``[DONE]`` when ``stream`` is set."""
        body = request.json()
        model = str(body.get("model", "fake"))
        finish = (
            "content_filter" if fault is not None and fault.kind == "content_policy" else "stop"
        )
        usage = {
            "prompt_tokens": prompt_size(body.get("messages", [])),
            "completion_tokens": len(pieces_of(self.reply)),
        }
        usage["total_tokens"] = usage["prompt_tokens"] + usage["completion_tokens"]
        created = int(time.time())
        if not body.get("stream"):
            message = {"role": "assistant", "content": "" if finish != "stop" else self.reply}
            await responder.send_json(
                200,
                {
                    "id": "chatcmpl-fake",
                    "object": "chat.completion",
                    "created": created,
                    "model": model,
                    "choices": [{"index": 0, "message": message, "finish_reason": finish}],
                    "usage": usage,
                },
            )
            return
        include_usage = bool((body.get("stream_options") or {}).get("include_usage"))

        def chunk(delta: dict[str, Any], finish_reason: str | None = None) -> bytes:
            choice = {"index": 0, "delta": delta, "finish_reason": finish_reason}
            return _event(_chunk(model, created, [choice], include_usage, None))

        async def frames() -> AsyncIterator[bytes]:
            yield chunk({"role": "assistant", "content": ""})
            if finish == "stop":
                async for piece in self.pieces(fault):
                    yield chunk({"content": piece})
            yield chunk({}, finish)
            if include_usage:
                yield _event(_chunk(model, created, [], include_usage, usage))
            yield b"data: [DONE]\n\n"

        await responder.stream("text/event-stream", frames())

    async def send_error(
        self, responder: Responder, status: int, message: str, fault: Fault | None = None
    ) -> None:
        """``{"error": {"message", "type", "code"}}`` with ``retry-after`` when scripted."""
        error_type = _ERROR_TYPES.get(status, "server_error")
        code = fault.code if fault is not None and fault.code else error_type
        body = {"error": {"message": message, "type": error_type, "param": None, "code": code}}
        await responder.send_json(status, body, retry_after_headers(fault))


def _chunk(
    model: str, created: int, choices: list[Any], include_usage: bool, usage: dict[str, int] | None
) -> dict[str, Any]:
    chunk: dict[str, Any] = {
        "id": "chatcmpl-fake",
        "object": "chat.completion.chunk",
        "created": created,
        "model": model,
        "choices": choices,
    }
    if include_usage:
        # With include_usage every chunk carries "usage": null except the last, usage-only one.
        chunk["usage"] = usage
    return chunk


def _event(data: dict[str, Any]) -> bytes:
    return f"data: {json.dumps(data)}\n\n".encode()


def main() -> None:
    """Serve until Ctrl-C."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=9999)
    parser.add_argument("--delay-ms", type=float, default=0.0, help="fixed delay before answering")
    parser.add_argument("--reply", default="A fake answer from the fake model.")
    args = parser.parse_args()
    fake = FakeOpenAI(reply=args.reply, delay_seconds=args.delay_ms / 1000)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(fake.serve_forever(args.port))


if __name__ == "__main__":
    main()
