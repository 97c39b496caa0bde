"""Per-request values carried in context variables (request id) and propagated downstream."""

from __future__ import annotations

import re
import uuid
from contextvars import ContextVar

REQUEST_ID_HEADER = "x-request-id"
_VALID_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")

request_id_var: ContextVar[str] = ContextVar("request_id", default="-")


def new_request_id() -> str:
    """Return a fresh random request id."""
    return uuid.uuid4().hex


def accept_request_id(candidate: str | None) -> str:
    """Return the caller's request id when it is well-formed, else a new one.

    Ids end up in logs and headers, so anything outside a conservative alphabet is replaced
    rather than trusted.
    """
    if candidate and _VALID_REQUEST_ID.match(candidate):
        return candidate
    return new_request_id()


def current_request_id() -> str:
    """Return the request id of the request being served, or "-" outside a request."""
    return request_id_var.get()


def outbound_metadata() -> tuple[tuple[str, str], ...]:
    """Metadata to attach to calls made while serving a request."""
    return ((REQUEST_ID_HEADER, current_request_id()),)
