"""A fake DataForge on 127.0.0.1 for tests and demos, with switchable faults.

It serves the bundled context packs through DataForge's contract (docs/dataforge.md), with a
version per pack that tests can bump, records every request, and can answer with 500/503,
time out, answer slowly, send malformed JSON, omit or add fields. ``send_context_updated`` calls
NeuroForge's webhook with a valid or an invalid signature.

Run standalone: ``python -m nf_devtools.fake_dataforge --port 8090``; control it over HTTP with
``POST /_fake/fault {"mode": "status_503", "count": 3}`` and ``POST /_fake/bump {"pack_id": …}``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import hashlib
import hmac
import json
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from services.context_builder.contract import (
    API_VERSION_HEADER,
    CONTEXT_PATH,
    FEEDBACK_PATH,
    HEALTH_PATH,
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    WEBHOOK_PATH,
)
from services.context_builder.packs import Pack, load_packs
from services.context_builder.settings import BUNDLED_PACKS_DIR

FAULT_MODES = (
    "none",
    "status_500",
    "status_503",
    "timeout",
    "slow",
    "malformed_json",
    "missing_fields",
    "extra_fields",
    "not_found",
)


@dataclass(frozen=True)
class RecordedRequest:
    """One request the fake received."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        """The body parsed as JSON."""
        return json.loads(self.body)


@dataclass
class Faults:
    """What the context endpoint does instead of answering normally."""

    mode: str = "none"
    remaining: int | None = None  # None: until changed
    slow_seconds: float = 0.5
    health: str = "ok"  # ok, degraded, down (answers 503)
    feedback_failures: int = 0  # the next N feedback posts answer 503


@dataclass
class FakeDataForge:
    """The fake's state; serve it with ``serve`` or ``start_in_thread``."""

    packs: dict[str, Pack] = field(default_factory=lambda: load_packs(BUNDLED_PACKS_DIR))
    faults: Faults = field(default_factory=Faults)
    requests: list[RecordedRequest] = field(default_factory=list)
    versions: dict[str, int] = field(default_factory=dict)
    port: int = 0
    _server: asyncio.Server | None = None
    _loop: asyncio.AbstractEventLoop | None = None
    _thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """Base URL of the running fake."""
        return f"http://127.0.0.1:{self.port}"

    def version_of(self, pack_id: str) -> str:
        """The pack version the fake currently serves."""
        return f"{self.packs[pack_id].manifest.version}+df{self.versions.get(pack_id, 1)}"

    def bump_version(self, pack_id: str) -> str:
        """Publish a new version of a pack; return it."""
        self.versions[pack_id] = self.versions.get(pack_id, 1) + 1
        return self.version_of(pack_id)

    def set_fault(self, mode: str, count: int | None = None, slow_seconds: float = 0.5) -> None:
        """Misbehave on the next ``count`` context calls (forever when None)."""
        if mode not in FAULT_MODES:
            raise ValueError(f"unknown fault {mode!r}; one of {FAULT_MODES}")
        self.faults.mode, self.faults.remaining, self.faults.slow_seconds = (
            mode,
            count,
            slow_seconds,
        )

    def recorded(self, path: str) -> list[RecordedRequest]:
        """Requests received on one path."""
        return [r for r in list(self.requests) if r.path == path]

    def _take_fault(self) -> str:
        faults = self.faults
        if faults.mode == "none":
            return "none"
        mode = faults.mode
        if faults.remaining is not None:
            faults.remaining -= 1
            if faults.remaining <= 0:
                faults.mode, faults.remaining = "none", None
        return mode

    def context_answer(self, body: dict[str, Any]) -> dict[str, Any] | None:
        """The contract answer for a context request; None for an unknown pack."""
        pack_id = str(body.get("pack_id", ""))
        pack = self.packs.get(pack_id)
        if pack is None:
            return None
        limit = max(1, int(body.get("max_chunks", 6)))
        ranked = pack.search(str(body.get("query", "")), limit) or [
            *pack.search(pack.manifest.title, limit)
        ]
        if not ranked:
            ranked = []
        primary = ranked[0] if ranked else None
        return {
            "primary_text": primary.chunk.text if primary else pack.manifest.fallback_summary,
            "primary_chunk_id": primary.chunk.chunk_id
            if primary
            else f"{pack.manifest.pack_id}/summary",
            "primary_score": primary.score if primary else 0.0,
            "supporting_chunks": [
                {
                    "chunk_id": c.chunk.chunk_id,
                    "text": c.chunk.text,
                    "score": c.score,
                    "title": c.chunk.document_title,
                }
                for c in ranked[1:]
            ],
            "metadata": {
                "pack_version": self.version_of(pack_id),
                "pack_title": pack.manifest.title,
                "domain": pack.manifest.domain,
            },
        }

    async def _respond(self, method: str, path: str, body: bytes) -> tuple[int, bytes]:
        if path == HEALTH_PATH:
            if self.faults.health == "down":
                return 503, b'{"status":"down"}'
            return 200, json.dumps({"status": self.faults.health, "version": "fake-1"}).encode()
        if path == FEEDBACK_PATH:
            if self.faults.feedback_failures > 0:
                self.faults.feedback_failures -= 1
                return 503, b'{"error":"try later"}'
            return 202, b'{"accepted":true}'
        if path == "/_fake/fault":
            spec = json.loads(body or b"{}")
            self.set_fault(
                spec.get("mode", "none"), spec.get("count"), spec.get("slow_seconds", 0.5)
            )
            return 200, b"{}"
        if path == "/_fake/bump":
            return 200, json.dumps(
                {"pack_version": self.bump_version(json.loads(body)["pack_id"])}
            ).encode()
        if path != CONTEXT_PATH or method != "POST":
            return 404, b'{"error":"not found"}'
        fault = self._take_fault()
        if fault in ("status_500", "status_503"):
            return int(fault[-3:]), b'{"error":"injected"}'
        if fault == "timeout":
            await asyncio.sleep(3600)
        if fault == "slow":
            await asyncio.sleep(self.faults.slow_seconds)
        if fault == "malformed_json":
            return 200, b'{"primary_text": "truncated'
        answer = self.context_answer(json.loads(body or b"{}"))
        if answer is None or fault == "not_found":
            return 404, b'{"error":"unknown pack"}'
        if fault == "missing_fields":
            del answer["metadata"]
        if fault == "extra_fields":
            answer["unexpected"] = {"nested": [1, 2, 3]}
            answer["metadata"]["shard"] = "eu-1"
            for chunk in answer["supporting_chunks"]:
                chunk["embedding"] = [0.1, 0.2]
        return 200, json.dumps(answer).encode()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        # A hanging request ends when the fake stops (cancelled): that is not an error here.
        with contextlib.suppress(
            ConnectionError, asyncio.IncompleteReadError, asyncio.CancelledError
        ):
            while True:
                request_line = await reader.readline()
                if not request_line:
                    break
                method, target, _ = request_line.decode("latin-1").split(" ", 2)
                headers: dict[str, str] = {}
                while (line := await reader.readline()) not in (b"\r\n", b"\n", b""):
                    name, _, value = line.decode("latin-1").partition(":")
                    headers[name.strip().lower()] = value.strip()
                body = await reader.readexactly(int(headers.get("content-length", "0") or 0))
                path = target.split("?", 1)[0]
                self.requests.append(RecordedRequest(method, path, headers, body))
                status, payload = await self._respond(method, path, body)
                writer.write(
                    f"HTTP/1.1 {status} X\r\ncontent-type: application/json\r\n"
                    f"content-length: {len(payload)}\r\nconnection: keep-alive\r\n\r\n".encode()
                    + payload
                )
                await writer.drain()
        writer.close()

    async def serve(self, port: int = 0) -> None:
        """Listen on 127.0.0.1 (``port`` 0 picks a free one, stored in ``self.port``)."""
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", port)
        self.port = self._server.sockets[0].getsockname()[1]

    async def close(self) -> None:
        """Stop listening."""
        if self._server is not None:
            self._server.close()

    def start_in_thread(self) -> FakeDataForge:
        """Serve from a background thread (for synchronous tests); returns self."""
        ready = threading.Event()

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            loop.run_until_complete(self.serve())
            ready.set()
            loop.run_forever()

        self._thread = threading.Thread(target=run, name="fake-dataforge", daemon=True)
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError("fake DataForge did not start")
        return self

    def stop_thread(self) -> None:
        """Stop a fake started with ``start_in_thread``."""
        if self._loop is not None and self._thread is not None:
            asyncio.run_coroutine_threadsafe(self.close(), self._loop).result(5)
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(5)


def signature_for(secret: str, timestamp: str, body: bytes) -> str:
    """The ``x-dataforge-signature`` value DataForge sends."""
    return (
        "sha256="
        + hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    )


def send_context_updated(
    gateway_url: str,
    secret: str,
    pack_id: str,
    pack_version: str = "",
    *,
    valid_signature: bool = True,
    timestamp: int | None = None,
    body: bytes | None = None,
) -> httpx.Response:
    """POST the context-updated webhook as DataForge would (optionally with a bad signature)."""
    payload = (
        body
        if body is not None
        else json.dumps(
            {"pack_id": pack_id, "pack_version": pack_version, "event_id": f"evt-{time.time_ns()}"}
        ).encode()
    )
    sent_at = str(int(time.time()) if timestamp is None else timestamp)
    signature = signature_for(secret if valid_signature else secret + "-wrong", sent_at, payload)
    return httpx.post(
        gateway_url.rstrip("/") + WEBHOOK_PATH,
        content=payload,
        headers={
            "content-type": "application/json",
            SIGNATURE_HEADER: signature,
            TIMESTAMP_HEADER: sent_at,
            API_VERSION_HEADER: "fake",
        },
        timeout=10,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=8090)
    parser.add_argument("--packs", type=Path, default=BUNDLED_PACKS_DIR)
    args = parser.parse_args()

    async def run() -> None:
        fake = FakeDataForge(packs=load_packs(args.packs))
        await fake.serve(args.port)
        print(f"fake DataForge on {fake.url}", flush=True)
        await asyncio.Event().wait()

    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(run())


if __name__ == "__main__":
    main()
