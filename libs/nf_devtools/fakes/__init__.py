"""Fake model servers on 127.0.0.1 that speak each provider's real wire protocol, with faults.

``openai`` (chat completions + SSE), ``anthropic`` (messages + SSE events) and ``ollama``
(``/api/chat`` NDJSON) share ``server.FakeModelServer``: a dependency-free asyncio HTTP/1.1
server that records every request and applies a script of ``Fault``s, one per request.
"""
