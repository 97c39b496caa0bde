"""Page sizes and opaque, filter-bound page tokens."""

from __future__ import annotations

import base64
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nf_core.errors import InvalidArgumentError
from services.post_processor.pagination import (
    DEFAULT_PAGE_SIZE,
    MAX_PAGE_SIZE,
    Cursor,
    decode_token,
    encode_token,
    page_size_of,
)

FILTERS = ("literary", "analysis")


def test_zero_page_size_means_the_default_of_one_hundred() -> None:
    assert DEFAULT_PAGE_SIZE == 100
    assert page_size_of(0) == 100


@pytest.mark.parametrize("size", [1, 37, 1000])
def test_page_sizes_within_limits_are_kept(size: int) -> None:
    assert page_size_of(size) == size


@pytest.mark.parametrize("size", [-1, MAX_PAGE_SIZE + 1, 10**9])
def test_page_sizes_outside_limits_are_invalid(size: int) -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        page_size_of(size)

    assert caught.value.field == "page_size"
    assert "1000" in caught.value.message


@given(
    created_at_us=st.integers(min_value=0, max_value=2**62),
    inference_id=st.text(min_size=1, max_size=64),
    domain=st.sampled_from(["", "literary", "market"]),
)
def test_token_round_trips_its_cursor(created_at_us: int, inference_id: str, domain: str) -> None:
    filters = (domain, "")
    cursor = Cursor(created_at_us, inference_id)

    assert decode_token(encode_token(cursor, filters), filters) == cursor


def test_empty_token_means_the_first_page() -> None:
    assert decode_token("", FILTERS) is None


def test_token_is_url_safe() -> None:
    token = encode_token(Cursor(2**40, "id/with+odd?chars"), FILTERS)

    assert set(token) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=")


def _b64(payload: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(payload).encode()).decode()


@pytest.mark.parametrize(
    "token",
    [
        "garbage!!",
        "bm90IGpzb24=",  # "not json"
        _b64({"c": 1, "i": "x"}),  # no filter fingerprint
        _b64({"c": "soon", "i": "x", "f": "0"}),  # non-numeric position
        _b64([1, 2, 3]),
        base64.urlsafe_b64encode(b"\xff\xfe\xfd").decode(),
    ],
    ids=["garbage", "not-json", "missing-key", "bad-number", "list", "not-utf8"],
)
def test_malformed_token_is_invalid_argument_naming_page_token(token: str) -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        decode_token(token, FILTERS)

    assert caught.value.field == "page_token"
    assert "page_token" in str(caught.value)


def test_token_from_other_filters_is_invalid_argument_naming_page_token() -> None:
    token = encode_token(Cursor(123, "abc"), ("literary", ""))

    with pytest.raises(InvalidArgumentError) as caught:
        decode_token(token, ("market", ""))

    assert caught.value.field == "page_token"
    assert "filters" in caught.value.message
