"""Per-request values carried in context variables (request id) and propagated downstream."""

from __future__ import annotations

import re
import uuid
from contextvars import ContextVar

REQUEST_ID_HEADER = "x-request-id"
_VALID_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")

request_id_var: ContextVar[str] = ContextVar("request_id", default="-")
# Headers for the caller, collected by interceptors and sent once: as initial metadata before the
# handler runs, or as trailing metadata when the call fails before that.
_response_metadata_var: ContextVar[dict[str, str] | None] = ContextVar(
    "response_metadata", default=None
)


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


def start_response_metadata(request_id: str) -> None:
    """Begin collecting response metadata for a new call."""
    _response_metadata_var.set({REQUEST_ID_HEADER: request_id})


def add_response_metadata(key: str, value: str) -> None:
    """Add a header to send to the caller (ignored outside a call)."""
    collected = _response_metadata_var.get()
    if collected is not None:
        collected[key] = value


def response_metadata() -> tuple[tuple[str, str], ...]:
    """The headers collected so far."""
    return tuple((_response_metadata_var.get() or {}).items())


def take_response_metadata() -> tuple[tuple[str, str], ...]:
    """The collected headers, once: later calls return nothing (they have been sent)."""
    collected = _response_metadata_var.get()
    if not collected:
        return ()
    headers = tuple(collected.items())
    collected.clear()
    return headers


def outbound_metadata() -> tuple[tuple[str, str], ...]:
    """Metadata to attach to calls made while serving a request."""
    return ((REQUEST_ID_HEADER, current_request_id()),)
