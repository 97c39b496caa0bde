"""Opaque, filter-bound page tokens for keyset pagination (newest first).

A token names the last row of the previous page by (created_at_us, inference_id); the next page
starts strictly after it, so rows inserted meanwhile never cause duplicates or gaps.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass

from nf_core.errors import InvalidArgumentError

DEFAULT_PAGE_SIZE = 100
MAX_PAGE_SIZE = 1000


@dataclass(frozen=True)
class Cursor:
    """Position after which the next page starts."""

    created_at_us: int
    inference_id: str


def page_size_of(requested: int) -> int:
    """Validate a page size; 0 means the default."""
    if requested == 0:
        return DEFAULT_PAGE_SIZE
    if not 1 <= requested <= MAX_PAGE_SIZE:
        raise InvalidArgumentError("page_size", f"must be between 1 and {MAX_PAGE_SIZE}")
    return requested


def _fingerprint(filters: tuple[str, ...]) -> str:
    return hashlib.sha256("|".join(filters).encode()).hexdigest()[:16]


def encode_token(cursor: Cursor, filters: tuple[str, ...]) -> str:
    """Token for the page after ``cursor`` under ``filters``."""
    payload = {"c": cursor.created_at_us, "i": cursor.inference_id, "f": _fingerprint(filters)}
    return base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode()


def decode_token(token: str, filters: tuple[str, ...]) -> Cursor | None:
    """Cursor of a token (None for the first page).

    Raises:
        InvalidArgumentError: the token is malformed or was issued for other filters.
    """
    if not token:
        return None
    try:
        payload = json.loads(base64.urlsafe_b64decode(token.encode()))
        cursor = Cursor(int(payload["c"]), str(payload["i"]))
        fingerprint = str(payload["f"])
    except (binascii.Error, ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise InvalidArgumentError(
            "page_token", "malformed; pass a previous response's next_page_token unchanged"
        ) from None
    if fingerprint != _fingerprint(filters):
        raise InvalidArgumentError(
            "page_token", "was issued for different filters; keep filters the same across pages"
        )
    return cursor
