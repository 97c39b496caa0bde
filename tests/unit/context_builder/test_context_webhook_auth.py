"""The orchestrator's check of DataForge's signed context-updated webhook."""

from __future__ import annotations

import json

import pytest

from nf_core.errors import InvalidArgumentError, UnauthenticatedError
from nf_devtools.fake_dataforge import signature_for
from services.orchestrator.webhook import (
    MemoryReplayGuard,
    WebhookAuthenticator,
    parse_event,
    sign,
)

SECRET = "s3cret"
NOW = 1_800_000_000
BODY = json.dumps({"pack_id": "literary-demo", "pack_version": "2"}).encode()


def authenticator(secret: str | None = SECRET) -> WebhookAuthenticator:
    return WebhookAuthenticator(secret, 300, MemoryReplayGuard(), clock=lambda: NOW)


def test_fake_dataforge_signs_like_the_orchestrator_verifies() -> None:
    assert signature_for(SECRET, "1", BODY) == sign(SECRET, "1", BODY)


async def test_a_correctly_signed_fresh_request_is_accepted_once() -> None:
    auth = authenticator()
    signature = sign(SECRET, str(NOW), BODY)

    assert await auth.authenticate(BODY, signature, str(NOW)) == signature
    with pytest.raises(UnauthenticatedError, match="already received"):
        await auth.authenticate(BODY, signature, str(NOW))


@pytest.mark.parametrize(
    ("signature", "timestamp", "problem"),
    [
        (None, str(NOW), "send"),
        (sign(SECRET, str(NOW), BODY), None, "send"),
        (sign("other", str(NOW), BODY), str(NOW), "does not match"),
        (sign(SECRET, str(NOW), BODY + b" "), str(NOW), "does not match"),
        (sign(SECRET, str(NOW - 301), BODY), str(NOW - 301), "outside"),
        (sign(SECRET, str(NOW + 301), BODY), str(NOW + 301), "outside"),
        (sign(SECRET, "soon", BODY), "soon", "unix seconds"),
    ],
)
async def test_bad_signatures_and_stale_timestamps_are_refused(
    signature: str | None, timestamp: str | None, problem: str
) -> None:
    with pytest.raises(UnauthenticatedError, match=problem):
        await authenticator().authenticate(BODY, signature, timestamp)


async def test_without_a_configured_secret_every_request_is_refused() -> None:
    with pytest.raises(UnauthenticatedError, match="NF_DATAFORGE_WEBHOOK_SECRET"):
        await authenticator(None).authenticate(BODY, sign("", str(NOW), BODY), str(NOW))


async def test_a_forgotten_signature_may_be_delivered_again() -> None:
    auth = authenticator()
    signature = sign(SECRET, str(NOW), BODY)
    await auth.authenticate(BODY, signature, str(NOW))

    await auth.guard.forget(signature)

    assert await auth.authenticate(BODY, signature, str(NOW)) == signature


def test_event_body_is_validated_and_unknown_fields_ignored() -> None:
    event = parse_event(b'{"pack_id": "market-demo", "extra": 1}')

    assert (event.pack_id, event.pack_version) == ("market-demo", "")
    with pytest.raises(InvalidArgumentError, match="pack_id"):
        parse_event(b'{"pack_version": "2"}')
    with pytest.raises(InvalidArgumentError):
        parse_event(b"not json")
