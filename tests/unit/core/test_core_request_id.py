"""accept_request_id: trust well-formed caller ids, replace anything else."""

from __future__ import annotations

import re

import pytest

from nf_core.request_context import accept_request_id

_GENERATED = re.compile(r"^[0-9a-f]{32}$")


@pytest.mark.parametrize(
    "candidate", ["abc", "req-123_ABC.def:9", "0" * 128, "f47ac10b-58cc-4372-a567-0e02b2c3d479"]
)
def test_well_formed_request_id_is_kept(candidate: str) -> None:
    assert accept_request_id(candidate) == candidate


@pytest.mark.parametrize(
    "candidate",
    [None, "", "has space", "new\nline", "semi;colon", "ünïcode", "a" * 129, "x-id\r\nSet: y"],
)
def test_malformed_or_oversized_request_id_is_replaced(candidate: str | None) -> None:
    replacement = accept_request_id(candidate)

    assert replacement != candidate
    assert _GENERATED.match(replacement)


def test_each_replacement_is_a_fresh_id() -> None:
    assert accept_request_id("bad id") != accept_request_id("bad id")
