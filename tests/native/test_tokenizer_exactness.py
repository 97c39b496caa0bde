"""Token ids must be byte-for-byte identical to tiktoken's cl100k_base."""

from __future__ import annotations

import sys

import pytest
import tiktoken
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nf_tokenizer import Tokenizer

FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check(native: Tokenizer, reference: tiktoken.Encoding, text: str) -> None:
    want = reference.encode_ordinary(text)
    got = native.encode(text)
    assert got == want, f"encode mismatch for {text[:200]!r}"
    assert native.count(text) == len(want)


def test_corpus(native: Tokenizer, reference: tiktoken.Encoding, corpus_text: str) -> None:
    check(native, reference, corpus_text)


def test_corpus_concatenated(
    native: Tokenizer, reference: tiktoken.Encoding, corpus: list[str]
) -> None:
    for sep in ("", " ", "\n", "\r\n", "  \t"):
        check(native, reference, sep.join(corpus))


def test_stdlib_sources(
    native: Tokenizer, reference: tiktoken.Encoding, stdlib_texts: list[str]
) -> None:
    assert len(stdlib_texts) > 50
    for text in stdlib_texts:
        check(native, reference, text)


def test_every_code_point(native: Tokenizer, reference: tiktoken.Encoding) -> None:
    """Every code point, in contexts sensitive to its \\p{L}/\\p{N}/\\s class."""
    chunk: list[str] = []
    for cp in range(sys.maxunicode + 1):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        c = chr(cp)
        chunk.append(f"a{c}1{c}{c} {c}'{c}\n")
        if len(chunk) == 4096 or cp == sys.maxunicode:
            check(native, reference, "".join(chunk))
            chunk.clear()


@FAST
@given(st.text())
def test_hypothesis_text(native: Tokenizer, reference: tiktoken.Encoding, text: str) -> None:
    check(native, reference, text)


# Text biased towards the pattern's interesting cases.
TRICKY = st.text(
    alphabet=st.sampled_from(
        list("aZé中ſ1٣½ '\"sStTlLvVeErRdDmM!?.\n\r\t\u00a0\u3000\u2028\u0301😀\u200d")
    ),
    max_size=60,
)


@FAST
@given(TRICKY)
def test_hypothesis_tricky(native: Tokenizer, reference: tiktoken.Encoding, text: str) -> None:
    check(native, reference, text)


@pytest.mark.parametrize(
    "text",
    [
        "a" * 20_000,
        "ab" * 10_000,
        " " * 20_000,
        "\n" * 20_000,
        "!" * 20_000,
        "1" * 20_000,
        "😀" * 5_000,
        "中" * 10_000,
        "x" * 10_000 + " y",
        "".join(chr(0x61 + (i * 7) % 26) for i in range(50_000)),  # 50 KB, no spaces
        "aé" * 10_000,
        " \t" * 10_000 + "x",
    ],
    ids=lambda t: f"{t[:4]!r}x{len(t)}",
)
def test_pathological_inputs(native: Tokenizer, reference: tiktoken.Encoding, text: str) -> None:
    """Long single pieces go through the heap merge; results must still match."""
    check(native, reference, text)
