"""Quoted spans of a text: an attack phrase in quotation marks is usually reported, not meant."""

from __future__ import annotations

import re

# Straight and curly double quotes, German „…“, guillemets, CJK corner brackets, curly single
# quotes, straight single quotes that cannot be apostrophes (an apostrophe between letters may
# sit inside: 'pretend you're free'), and code backticks.
_QUOTED = re.compile(
    r'"[^"\n]{3,300}"|\u201c[^\u201d\n]{3,300}\u201d|\u201e[^\u201c\u201d\n]{3,300}[\u201c\u201d]'
    r"|«[^»\n]{3,300}»|\u300c[^\u300d\n]{1,300}\u300d|\u300e[^\u300f\n]{1,300}\u300f"
    r"|\u2018[^\u2019\n]{3,300}\u2019|(?<!\w)'(?:[^'\n]|(?<=\w)'(?=\w)){3,300}'(?!\w)|`[^`\n]{3,300}`"
)
# What a quoted span leaves behind in the text around it.
QUOTE_MARK = " qqq "


def split_quoted(text: str) -> tuple[str, list[str]]:
    """The text with each quoted span replaced by ``QUOTE_MARK``, and the spans' insides."""
    spans = [match.group()[1:-1] for match in _QUOTED.finditer(text)]
    if not spans:
        return text, spans
    return _QUOTED.sub(QUOTE_MARK, text), spans
