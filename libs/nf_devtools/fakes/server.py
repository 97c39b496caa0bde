"""A small asyncio HTTP/1.1 server with scripted faults, the base of every fake provider."""

from __future__ import annotations

import asyncio
import contextlib
import json
import math
import re
import time
from abc import ABC, abstractmethod
from collections import deque
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Literal, Self

FaultKind = Literal["status", "hang", "stall", "cut", "slow", "drop", "content_policy"]
_REASONS = {200: "OK", 400: "Bad Request", 404: "Not Found", 429: "Too Many Requests"}
_MAX_BODY = 16 * 1024 * 1024


@dataclass(frozen=True)
class Fault:
    """What the fake does to one request instead of answering normally."""

    kind: FaultKind
    status: int = 0
    retry_after: float | None = None
    seconds: float = 0.0
    code: str | None = None

    @classmethod
    def error(cls, status: int, retry_after: float | None = None, code: str | None = None) -> Fault:
        """Answer with an HTTP error in the provider's error format (``retry-after`` if given)."""
        return cls("status", status=status, retry_after=retry_after, code=code)

    @classmethod
    def hang(cls) -> Fault:
        """Read the request and never answer (until the server stops)."""
        return cls("hang")

    @classmethod
    def stall(cls) -> Fault:
        """Start a streamed answer, send one piece, then never finish it."""
        return cls("stall")

    @classmethod
    def cut(cls) -> Fault:
        """Start a streamed answer, send one piece, then close the connection mid-answer."""
        return cls("cut")

    @classmethod
    def slow(cls, seconds: float) -> Fault:
        """Wait ``seconds`` before answering normally."""
        return cls("slow", seconds=seconds)

    @classmethod
    def drop(cls) -> Fault:
        """Close the connection without answering."""
        return cls("drop")

    @classmethod
    def content_policy(cls) -> Fault:
        """Answer the way the provider withholds content (finish reason, stop reason)."""
        return cls("content_policy")


@dataclass(frozen=True)
class HttpRequest:
    """One recorded request."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    received_at: float = field(default_factory=time.monotonic)

    def json(self) -> Any:
        """The body parsed as JSON (``{}`` when empty)."""
        return json.loads(self.body) if self.body else {}


class Responder:
    """Writes responses on one keep-alive connection."""

    def __init__(self, writer: asyncio.StreamWriter) -> None:
        self._writer = writer

    def _head(self, status: int, headers: dict[str, str]) -> bytes:
        lines = [f"HTTP/1.1 {status} {_REASONS.get(status, 'Status')}"]
        lines += [f"{name}: {value}" for name, value in headers.items()]
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")

    async def send_json(
        self, status: int, body: object, headers: dict[str, str] | None = None
    ) -> None:
        """Send a complete JSON response."""
        payload = json.dumps(body).encode()
        head = {"content-type": "application/json", "content-length": str(len(payload))}
        self._writer.write(self._head(status, {**head, **(headers or {})}) + payload)
        await self._writer.drain()

    async def stream(self, content_type: str, chunks: AsyncIterator[bytes]) -> None:
        """Send a 200 response with chunked transfer encoding, flushing every chunk."""
        head = {"content-type": content_type, "transfer-encoding": "chunked"}
        self._writer.write(self._head(200, head))
        await self._writer.drain()
        async for chunk in chunks:
            self._writer.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
            await self._writer.drain()
        self._writer.write(b"0\r\n\r\n")
        await self._writer.drain()


def pieces_of(text: str) -> list[str]:
    """Split an answer into word-sized stream pieces (whitespace kept with its word)."""
    return re.findall(r"\S+\s*|\s+", text)


def prompt_size(messages: list[dict[str, Any]]) -> int:
    """A deterministic stand-in for a prompt's token count: its words."""
    return sum(len(str(m.get("content", "")).split()) for m in messages)


class _CutError(Exception):
    """Raised inside a streamed answer to close the connection mid-answer."""


class FakeModelServer(ABC):
    """Listens on 127.0.0.1, records requests and answers them, unless a scripted fault says no.

    Faults are consumed one per request in order; with none left every request is answered
    normally after ``delay_seconds``, streamed pieces ``piece_delay_seconds`` apart.
    ``client_disconnects`` counts answers the client hung up on while they were being written.
    """

    #: POST paths this protocol serves.
    paths: frozenset[str] = frozenset()

    def __init__(
        self,
        *,
        reply: str = "A fake answer from the fake model.",
        delay_seconds: float = 0.0,
        piece_delay_seconds: float = 0.0,
    ) -> None:
        self.reply = reply
        self.delay_seconds = delay_seconds
        self.piece_delay_seconds = piece_delay_seconds
        self.client_disconnects = 0
        self.faults: deque[Fault] = deque()
        self.requests: list[HttpRequest] = []
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self.port = 0

    def script(self, *faults: Fault) -> Self:
        """Queue faults for the next requests, in order."""
        self.faults.extend(faults)
        return self

    @property
    def origin(self) -> str:
        """``http://127.0.0.1:<port>``."""
        return f"http://127.0.0.1:{self.port}"

    @property
    @abstractmethod
    def base_url(self) -> str:
        """What to give the provider's client as its base URL."""

    async def start(self, port: int = 0) -> Self:
        """Listen on 127.0.0.1 (a free port unless one is given)."""
        self._server = await asyncio.start_server(self._accept, "127.0.0.1", port)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def stop(self) -> None:
        """Stop listening and end every open connection, hanging ones included."""
        if self._server is not None:
            self._server.close()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._server is not None:
            await self._server.wait_closed()
            self._server = None

    async def __aenter__(self) -> Self:
        return await self.start()

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    async def serve_forever(self, port: int) -> None:
        """Run standalone until cancelled (Ctrl-C); prints the base URL once listening."""
        await self.start(port)
        print(f"{type(self).__name__} serving {self.base_url}", flush=True)
        try:
            await asyncio.Event().wait()
        finally:
            await self.stop()

    def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.get_running_loop().create_task(self._connection(reader, writer))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        responder = Responder(writer)
        try:
            while (request := await _read_request(reader)) is not None:
                self.requests.append(request)
                if not await self._respond(request, responder):
                    break
        except ConnectionError:  # the client hung up while an answer was being written
            self.client_disconnects += 1
        except (_CutError, asyncio.IncompleteReadError, ValueError):
            pass
        finally:
            writer.close()
            with contextlib.suppress(ConnectionError, asyncio.CancelledError):
                await writer.wait_closed()

    async def _respond(self, request: HttpRequest, responder: Responder) -> bool:
        """Answer one request; False closes the connection."""
        if request.method != "POST" or request.path.split("?")[0] not in self.paths:
            await self.send_error(responder, 404, f"no route for {request.method} {request.path}")
            return True
        fault = self.faults.popleft() if self.faults else None
        if fault is not None and fault.kind == "status":
            await self.send_error(responder, fault.status, "scripted failure", fault)
            return True
        if fault is not None and fault.kind == "drop":
            return False
        if fault is not None and fault.kind == "hang":
            await asyncio.Event().wait()
        delay = fault.seconds if fault is not None and fault.kind == "slow" else self.delay_seconds
        if delay > 0:
            await asyncio.sleep(delay)
        await self.answer(request, responder, fault)
        return True

    async def pieces(self, fault: Fault | None) -> AsyncIterator[str]:
        """The reply's stream pieces; a ``stall`` fault stops after the first one forever."""
        for index, piece in enumerate(pieces_of(self.reply)):
            if index == 1 and fault is not None and fault.kind == "stall":
                await asyncio.Event().wait()
            if index == 1 and fault is not None and fault.kind == "cut":
                raise _CutError
            if index > 0 and self.piece_delay_seconds > 0:
                await asyncio.sleep(self.piece_delay_seconds)
            yield piece

    @abstractmethod
    async def answer(self, request: HttpRequest, responder: Responder, fault: Fault | None) -> None:
        """Answer normally (streamed or not, as the request asks); honour content faults."""

    @abstractmethod
    async def send_error(
        self, responder: Responder, status: int, message: str, fault: Fault | None = None
    ) -> None:
        """Answer with an error in the provider's format."""


def retry_after_headers(fault: Fault | None) -> dict[str, str]:
    """``retry-after`` in whole seconds, plus ``retry-after-ms`` when that would round."""
    if fault is None or fault.retry_after is None:
        return {}
    seconds = fault.retry_after
    headers = {"retry-after": str(math.ceil(seconds))}
    if seconds != math.ceil(seconds):
        headers["retry-after-ms"] = str(round(seconds * 1000))
    return headers


async def _read_request(reader: asyncio.StreamReader) -> HttpRequest | None:
    line = await reader.readline()
    if not line:
        return None
    method, target, _ = line.decode("latin-1").split(" ", 2)
    headers: dict[str, str] = {}
    while (header := await reader.readline()) not in (b"\r\n", b"\n", b""):
        name, _, value = header.decode("latin-1").partition(":")
        headers[name.strip().lower()] = value.strip()
    if headers.get("transfer-encoding", "").lower() == "chunked":
        body = await _read_chunked(reader)
    else:
        length = int(headers.get("content-length", "0"))
        if length > _MAX_BODY:
            raise ValueError("request body too large")
        body = await reader.readexactly(length)
    return HttpRequest(method, target, headers, body)


async def _read_chunked(reader: asyncio.StreamReader) -> bytes:
    body = bytearray()
    while (size := int((await reader.readline()).split(b";")[0], 16)) > 0:
        body += await reader.readexactly(size)
        await reader.readexactly(2)
        if len(body) > _MAX_BODY:
            raise ValueError("request body too large")
    await reader.readline()
    return bytes(body)
