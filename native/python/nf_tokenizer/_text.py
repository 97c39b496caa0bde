"""Pure-Python ``normalize`` and ``clean_html`` for the tiktoken fallback backend.

A line-by-line port of ``native/src/text.rs``; the test-suite checks that both
give identical results. (NFKC uses the interpreter's ``unicodedata``, whose
Unicode version may lag behind the Rust crate's for newly assigned chars.)
"""

from __future__ import annotations

import html as _html
import re
import unicodedata
from typing import Final

__all__ = ["clean_html", "normalize"]

_INVISIBLE: Final = frozenset(
    "\u200b\u2060\ufeff\u180e"  # zero-width
    "\u061c\u200e\u200f"  # bidi marks
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"  # embeddings/isolates
)
_LINE_BREAK: Final = frozenset("\n\r\x0b\x0c\x85\u2028\u2029")
_INLINE_SPACE: Final = frozenset(
    "\t \xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u202f\u205f\u3000"
)
_HTML_SPACE: Final = frozenset(" \t\n\r\x0c")

_RAW_TEXT: Final = frozenset({"noscript", "script", "style", "template"})
_LINE_TAGS: Final = frozenset({"dd", "dt", "li", "tr"})
_BLOCK_TAGS: Final = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "caption", "details", "div",
        "dl", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
        "h5", "h6", "head", "header", "hr", "html", "main", "nav", "ol", "p", "pre",
        "section", "summary", "table", "tbody", "tfoot", "thead", "title", "ul",
    }
)  # fmt: skip
_CELL_TAGS: Final = frozenset({"td", "th"})
_NAME_CHARS: Final = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")
_ASCII_LETTERS: Final = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


class _Joiner:
    """Writes content chars with at most one pending separator between them."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self.space = False
        self.newlines = 0

    def line_breaks(self, n: int) -> None:
        self.newlines = min(self.newlines + n, 2)

    def line(self) -> None:
        self.newlines = max(self.newlines, 1)

    def paragraph(self) -> None:
        self.newlines = 2

    def push(self, c: str) -> None:
        if self.out:
            if self.newlines:
                self.out.append("\n" * self.newlines)
            elif self.space:
                self.out.append(" ")
        self.space = False
        self.newlines = 0
        self.out.append(c)

    def text(self) -> str:
        return "".join(self.out)


def normalize(text: str) -> str:
    """Python port of ``text::normalize`` (see ``nf_tokenizer.normalize``).

    Args:
        text: Any text.

    Returns:
        The normalized text.
    """
    filtered = "".join(c for c in text if c not in _INVISIBLE)
    j = _Joiner()
    after_cr = False
    for c in unicodedata.normalize("NFKC", filtered):
        was_cr, after_cr = after_cr, c == "\r"
        if c == "\n" and was_cr:
            continue
        if c in _LINE_BREAK:
            j.line_breaks(1)
        elif c in _INLINE_SPACE:
            j.space = True
        else:
            j.push(c)
    return j.text()


def _tag_end(s: str, i: int) -> int:
    """Index just past the ``>`` closing a tag (quotes may contain ``>``), or len."""
    quote = ""
    n = len(s)
    while i < n:
        c = s[i]
        if not quote:
            if c == ">":
                return i + 1
            if c in "\"'":
                quote = c
        elif c == quote:
            quote = ""
        i += 1
    return n


def _flush(j: _Joiner, raw: str) -> None:
    for c in _html.unescape(raw):
        if c in _HTML_SPACE:
            j.space = True
        else:
            j.push(c)


def clean_html(html: str) -> str:
    """Python port of ``text::clean_html`` (see ``nf_tokenizer.clean_html``).

    Args:
        html: An HTML document or fragment.

    Returns:
        The text, with paragraphs separated by blank lines.
    """
    j = _Joiner()
    n = len(html)
    i = 0
    text_start = 0
    while i < n:
        if html[i] != "<":
            nxt = html.find("<", i)
            i = n if nxt < 0 else nxt
            continue
        if html.startswith("!--", i + 1):
            k = html.find("-->", i + 4)
            end = n if k < 0 else k + 3
        elif html[i + 1 : i + 2] in ("!", "?"):
            end = _tag_end(html, i + 2)
        else:
            closing = html[i + 1 : i + 2] == "/"
            name_start = i + 1 + int(closing)
            name_end = name_start
            while name_end < n and html[name_end] in _NAME_CHARS:
                name_end += 1
            if name_end == name_start or html[name_start] not in _ASCII_LETTERS:
                i += 1  # a literal '<'
                continue
            name = html[name_start:name_end].lower()
            end = _tag_end(html, name_end)
            _flush(j, html[text_start:i])
            if not closing and name in _RAW_TEXT:
                close = "</" + name
                m = re.compile(re.escape(close), re.IGNORECASE | re.ASCII).search(html, end)
                end = n if m is None else _tag_end(html, m.start() + len(close))
            elif name == "br":
                j.line_breaks(1)
            elif name in _LINE_TAGS:
                j.line()
            elif name in _BLOCK_TAGS:
                j.paragraph()
            elif name in _CELL_TAGS:
                j.space = True
            i = text_start = end
            continue
        _flush(j, html[text_start:i])
        i = text_start = end
    _flush(j, html[text_start:])
    return j.text()
