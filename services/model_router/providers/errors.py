"""Mapping of HTTP failures to ``ProviderError`` kinds, shared by every network provider."""

from __future__ import annotations

import email.utils
import time
from collections.abc import Mapping

import httpx
import httpx2

from services.model_router.providers.base import ErrorKind, ProviderError

# Transport failures as raised by httpx (Ollama) and by httpx2, the client inside the openai and
# anthropic SDKs, which lets them escape unwrapped once a stream has started.
TRANSPORT_ERRORS = (httpx.TransportError, httpx2.TransportError)
_TIMEOUTS = (httpx.TimeoutException, httpx2.TimeoutException)

# Longest wait we believe from a Retry-After header; anything longer is treated as "not soon".
_MAX_RETRY_AFTER = 3600.0


def parse_retry_after(headers: Mapping[str, str]) -> float | None:
    """Seconds to wait from ``retry-after-ms`` or ``retry-after`` (seconds or HTTP date)."""
    millis = headers.get("retry-after-ms")
    if millis:
        try:
            return min(max(float(millis) / 1000, 0.0), _MAX_RETRY_AFTER)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return min(max(float(value), 0.0), _MAX_RETRY_AFTER)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return min(max(when.timestamp() - time.time(), 0.0), _MAX_RETRY_AFTER)


def kind_of_status(status: int, code: str | None = None) -> ErrorKind:
    """The error kind of an HTTP status (``code`` is the body's error code or type, if any)."""
    if code and "content_policy" in code:
        return "content_policy"
    if status == 429:
        return "rate_limited"
    if status in (503, 529) or code == "overloaded_error":
        return "overloaded"
    if status == 408:
        return "timeout"
    if status == 409 or status >= 500:
        return "server"
    if status in (401, 403):
        return "auth"
    if status == 404:
        return "not_found"
    return "invalid_request"


def status_error(
    provider: str,
    status: int,
    message: str,
    headers: Mapping[str, str],
    code: str | None = None,
) -> ProviderError:
    """A ``ProviderError`` for an HTTP error response."""
    kind = kind_of_status(status, code)
    return ProviderError(
        f"{provider} answered HTTP {status}: {message}",
        kind=kind,
        retry_after=parse_retry_after(headers),
    )


def connect_error(provider: str, error: BaseException) -> ProviderError:
    """A ``ProviderError`` for a failure to reach the endpoint or a dropped connection."""
    return ProviderError(
        f"{provider} is unreachable: {error or type(error).__name__}", kind="connect"
    )


def transport_error(provider: str, error: BaseException) -> ProviderError:
    """A ``ProviderError`` for an httpx/httpx2 transport failure: a timeout or a lost connection."""
    if isinstance(error, _TIMEOUTS):
        return timeout_error(provider)
    return connect_error(provider, error)


def timeout_error(provider: str) -> ProviderError:
    """A ``ProviderError`` for a call that did not answer within its timeout."""
    return ProviderError(f"{provider} did not answer in time", kind="timeout")


def content_policy_error(provider: str, detail: str) -> ProviderError:
    """A ``ProviderError`` for an answer withheld by the provider's content policy."""
    return ProviderError(f"{provider} refused on content policy: {detail}", kind="content_policy")
