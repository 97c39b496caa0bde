"""Sentence splitting and content terms used by the local provider and the evaluator."""

from __future__ import annotations

import pytest

from nf_core.text import content_terms, split_sentences, stem


def test_split_sentences_keeps_honorifics_with_their_name() -> None:
    text = "Mr. Smith met Dr. Jones at noon. They talked about St. Paul's. Then they left!"

    assert split_sentences(text) == [
        "Mr. Smith met Dr. Jones at noon.",
        "They talked about St. Paul's.",
        "Then they left!",
    ]


def test_split_sentences_splits_after_closing_quote_and_before_digit() -> None:
    text = 'He said "stop." 42 people listened? Yes.'

    assert split_sentences(text) == ['He said "stop."', "42 people listened?", "Yes."]


def test_split_sentences_does_not_split_before_lower_case() -> None:
    assert split_sentences("Prices rose 3.5 percent. e.g. rent went up.") == [
        "Prices rose 3.5 percent. e.g. rent went up."
    ]


def test_split_sentences_of_blank_text_is_empty() -> None:
    assert split_sentences("   \n ") == []


def test_content_terms_drop_stopwords_and_one_letter_tokens() -> None:
    assert content_terms("What is the a of x and why would you explain it?") == []


def test_content_terms_keep_meaningful_words_in_order() -> None:
    assert content_terms("The narrator conceals the murder") == ["narrator", "conceal", "murder"]


@pytest.mark.parametrize(
    ("plural", "singular"),
    [("markets", "market"), ("prices", "price"), ("narrators", "narrator"), ("forces", "force")],
)
def test_content_terms_stem_plurals_to_the_singular_term(plural: str, singular: str) -> None:
    assert content_terms(plural) == content_terms(singular)


@pytest.mark.parametrize(
    ("plural", "singular"), [("companies", "company"), ("strategies", "strategy")]
)
def test_content_terms_stem_y_plurals_to_the_singular_term(plural: str, singular: str) -> None:
    assert content_terms(plural) == content_terms(singular)


def test_stem_leaves_short_words_alone() -> None:
    assert stem("is") == "is"
    assert stem("gas") == "gas"
