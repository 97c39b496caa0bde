"""API behaviour of both backends: round trips, truncate, batches, errors."""

from __future__ import annotations

import pytest
import tiktoken
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import nf_tokenizer
from nf_tokenizer import Tokenizer

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def test_default_backend_is_native(native: Tokenizer) -> None:
    assert nf_tokenizer.backend() == "native"
    assert nf_tokenizer.get_tokenizer() is native


def test_module_functions(native: Tokenizer) -> None:
    text = "Hello world, héllo 世界!"
    ids = nf_tokenizer.encode(text)
    assert ids == native.encode(text)
    assert nf_tokenizer.count(text) == len(ids)
    assert nf_tokenizer.decode(ids) == text
    assert nf_tokenizer.truncate(text, 2) == native.truncate(text, 2)
    assert nf_tokenizer.count_batch([text, ""]) == [len(ids), 0]
    assert nf_tokenizer.normalize(" a  b ") == "a b"
    assert nf_tokenizer.clean_html("<p>a</p><p>b</p>") == "a\n\nb"


def test_known_ids(any_backend: Tokenizer) -> None:
    assert any_backend.encode("hello world") == [15339, 1917]
    assert any_backend.encode("") == []


def test_round_trip_corpus(any_backend: Tokenizer, corpus_text: str) -> None:
    assert any_backend.decode(any_backend.encode(corpus_text)) == corpus_text


@FAST
@given(st.text())
def test_round_trip_hypothesis(native: Tokenizer, text: str) -> None:
    assert native.decode(native.encode(text)) == text


@FAST
@given(st.lists(st.integers(min_value=0, max_value=100_255), max_size=30))
def test_decode_matches_tiktoken(
    native: Tokenizer, reference: tiktoken.Encoding, ids: list[int]
) -> None:
    """Arbitrary id sequences (often invalid UTF-8) decode like tiktoken (U+FFFD)."""
    assert native.decode(ids) == reference.decode(ids)


def test_special_tokens_are_ordinary_text(any_backend: Tokenizer) -> None:
    ids = any_backend.encode("<|endoftext|>")
    assert 100257 not in ids
    assert len(ids) > 1
    assert any_backend.decode([100257]) == "<|endoftext|>"
    assert any_backend.decode([100276]) == "<|endofprompt|>"


@pytest.mark.parametrize("bad", [[-1], [100256], [100261], [100277], [2**40], [2**70], [1, -5]])
def test_decode_invalid_ids(any_backend: Tokenizer, bad: list[int]) -> None:
    with pytest.raises(ValueError, match="invalid token id"):
        any_backend.decode(bad)


def test_lone_surrogates_like_tiktoken(
    any_backend: Tokenizer, reference: tiktoken.Encoding
) -> None:
    text = "a\ud800b\udfff"
    assert any_backend.encode(text) == reference.encode_ordinary(text)
    assert any_backend.count(text) == len(reference.encode_ordinary(text))
    assert any_backend.count_batch([text, "x"]) == [any_backend.count(text), 1]
    assert any_backend.truncate(text, 100) == "a\ufffdb\ufffd"


def check_truncate(tok: Tokenizer, text: str, max_tokens: int) -> str:
    out = tok.truncate(text, max_tokens)
    assert text.startswith(out)
    assert tok.count(out) <= max_tokens
    out.encode("utf-8")  # valid text: no surrogates / broken sequences
    if tok.count(text) <= max_tokens:
        assert out == text
    return out


def test_truncate_corpus(any_backend: Tokenizer, corpus_text: str) -> None:
    n = any_backend.count(corpus_text)
    for max_tokens in {0, 1, 2, 3, n // 2, max(n - 1, 0), n, n + 5}:
        check_truncate(any_backend, corpus_text, max_tokens)


def test_truncate_backs_off_inside_a_char(any_backend: Tokenizer) -> None:
    # U+1F9D1 is split over several byte-level tokens in cl100k.
    text = "🧑🧑🧑"
    assert any_backend.count(text) > 3
    seen = {check_truncate(any_backend, text, k) for k in range(any_backend.count(text) + 1)}
    assert seen <= {"", "🧑", "🧑🧑", "🧑🧑🧑"}
    assert "" in seen
    assert "🧑" in seen


def test_truncate_keeps_token_prefix(any_backend: Tokenizer) -> None:
    text = "The quick brown fox jumps over the lazy dog"
    ids = any_backend.encode(text)
    for k in range(len(ids) + 1):
        assert any_backend.truncate(text, k) == any_backend.decode(ids[:k])


def test_truncate_negative(any_backend: Tokenizer) -> None:
    with pytest.raises(ValueError, match="max_tokens"):
        any_backend.truncate("abc", -1)


@FAST
@given(st.text(), st.integers(min_value=0, max_value=40))
def test_truncate_hypothesis(native: Tokenizer, fallback: Tokenizer, text: str, k: int) -> None:
    assert check_truncate(native, text, k) == fallback.truncate(text, k)


def test_count_batch(any_backend: Tokenizer, corpus: list[str], stdlib_texts: list[str]) -> None:
    texts = corpus + stdlib_texts[:200] + corpus
    assert any_backend.count_batch(texts) == [any_backend.count(t) for t in texts]
    assert any_backend.count_batch(tuple(corpus)) == [any_backend.count(t) for t in corpus]
    assert any_backend.count_batch([]) == []


def test_count_batch_large_parallel(native: Tokenizer) -> None:
    """Big enough to take the multi-threaded path."""
    texts = [f"document {i}: " + "lorem ipsum dolor sit amet " * (i % 97) for i in range(3000)]
    assert native.count_batch(texts) == [native.count(t) for t in texts]
