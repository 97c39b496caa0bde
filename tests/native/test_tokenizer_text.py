"""normalize() and clean_html(): behaviour, and native == pure-Python fallback."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nf_tokenizer import Tokenizer

FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

NORMALIZE_CASES = [
    ("", ""),
    ("  Hello,\u3000ｗｏｒｌｄ！ ", "Hello, world!"),
    ("ﬁ ① ㎏ ¼ x²", "fi 1 kg 1⁄4 x2"),
    ("e\u0301 A\u030a", "é Å"),
    ("a\u200bb\u2060c\ufeffd\u180ee", "abcde"),
    ("\u202eevil\u202c \u2066iso\u2069 \u200eLRM\u200f \u061c", "evil iso LRM"),
    ("👨\u200d👩\u200d👧 می\u200cخواهم", "👨\u200d👩\u200d👧 می\u200cخواهم"),  # ZWJ/ZWNJ kept
    ("a \t b\u00a0\u00a0c\u2003d", "a b c d"),
    ("l1\r\nl2\rl3\nl4\x0bl5\x0cl6\x85l7\u2028l8\u2029l9", "l1\nl2\nl3\nl4\nl5\nl6\nl7\nl8\nl9"),
    ("p1\n\n\n\n\np2\r\n\r\n\r\np3", "p1\n\np2\n\np3"),
    ("  line  \n   indented   \n\n  ", "line\nindented"),
    ("\n\n \t \n", ""),
]


@pytest.mark.parametrize(("text", "want"), NORMALIZE_CASES)
def test_normalize_cases(any_backend: Tokenizer, text: str, want: str) -> None:
    assert any_backend.normalize(text) == want


HTML_CASES = [
    ("", ""),
    ("plain text", "plain text"),
    ("<p>Hello <b>world</b></p><p>Second</p>", "Hello world\n\nSecond"),
    ("<script>var x = '<p>no</p>';</script>kept<style>p { color: red }</style>", "kept"),
    ("<SCRIPT type='x'>a</ScRiPt >b<Style>c</STYLE>d", "bd"),
    ("<script>never closed <p>x</p>", ""),
    ("a<!-- comment <p>x</p> -->b<!---->c", "abc"),
    ("<!DOCTYPE html><?xml version='1.0'?>x", "x"),
    ("&amp; &lt;tag&gt; &quot;q&quot; &#39;s &copy; &euro; &nbsp;|", '& <tag> "q" \'s © € \xa0|'),
    ("&#65;&#x42;&#X43;&#0;&#x80;&#xD800;&#1114112;&#1;", "ABC\ufffd€\ufffd\ufffd"),
    ("&ampx &notit; &unknown; & &#; AT&T", "&x ¬it; &unknown; & &#; AT&T"),
    ("line1<br>line2<br/>line3<br><br>para", "line1\nline2\nline3\n\npara"),
    ("<ul><li>one</li><li>two</li></ul>after", "one\ntwo\n\nafter"),
    ("<table><tr><td>a</td><td>b</td></tr><tr><th>c</th><td>d</td></tr></table>", "a b\nc d"),
    ("<div>  lots   of\n\n\t whitespace  </div>", "lots of whitespace"),
    ("<a href=\"x>y\" title='>'>link</a> text", "link text"),
    ("3 < 4 and 5 > 2, a<b", "3 < 4 and 5 > 2, a"),
    ("<h1>Title</h1>\n<p>Body &mdash; text.</p>\n<footer>f</footer>", "Title\n\nBody — text.\n\nf"),
    ("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>", "<script>alert(1)</script>"),
    ("x&#10;y&#9;z", "x y z"),
    ("<pre>  code\n  block</pre>", "code block"),
    ("<template><p>t</p></template><noscript>n</noscript>ok", "ok"),
]


@pytest.mark.parametrize(("html", "want"), HTML_CASES)
def test_clean_html_cases(any_backend: Tokenizer, html: str, want: str) -> None:
    assert any_backend.clean_html(html) == want


def assigned_in_python(c: str) -> bool:
    """Chars whose NFKC is the same in Python's unicodedata and the Rust crate.

    NFKC is stable for chars assigned in both Unicode versions; chars newer
    than the interpreter's Unicode version may differ (documented limitation).
    """
    return unicodedata.category(c) not in ("Cn", "Cs")


TEXT = st.text(st.characters(exclude_categories=["Cs"]).filter(assigned_in_python))
WS_HEAVY = st.text(
    st.sampled_from(list("ab中 \t\n\r\x0b\x0c\x85\u2028\u2029\u00a0\u3000\u200b\u202e\ufb01①")),
    max_size=40,
)


@FAST
@given(st.one_of(TEXT, WS_HEAVY))
def test_normalize_native_equals_fallback(
    native: Tokenizer, fallback: Tokenizer, text: str
) -> None:
    got = native.normalize(text)
    assert got == fallback.normalize(text)
    assert got == got.strip(" \n")
    assert "\n\n\n" not in got
    assert native.normalize(got) == got  # idempotent


HTML_ALPHABET = st.sampled_from(
    [
        "<",
        ">",
        "/",
        "&",
        ";",
        "#",
        "x",
        "!",
        "-",
        "?",
        "'",
        '"',
        " ",
        "\n",
        "\t",
        "=",
        "a",
        "p",
        "é",
        "中",
        "<p>",
        "</p>",
        "<br>",
        "<li>",
        "<td>",
        "<script>",
        "</script>",
        "<style>",
        "</STYLE>",
        "<!--",
        "-->",
        "&amp",
        "&amp;",
        "&lt;",
        "&#x",
        "&#",
        "&nbsp",
        "&notin;",
        "&not",
        "41",
        "9",
        "<div class='a>b'>",
        "<!DOCTYPE html>",
        "<?x?>",
    ]
)
HTML = st.one_of(st.lists(HTML_ALPHABET, max_size=40).map("".join), TEXT)


@FAST
@given(HTML)
def test_clean_html_native_equals_fallback(
    native: Tokenizer, fallback: Tokenizer, html: str
) -> None:
    got = native.clean_html(html)
    assert got == fallback.clean_html(html)
    assert got == got.strip(" \t\n\r\x0c")
    assert "\n\n\n" not in got


def test_text_on_large_inputs(
    native: Tokenizer, fallback: Tokenizer, stdlib_texts: list[str]
) -> None:
    big = "\n".join(stdlib_texts[:50])
    assert native.normalize(big) == fallback.normalize(big)
    page = "<html><body>" + "".join(f"<p>{t[:2000]}</p>" for t in stdlib_texts[:50]) + "</body>"
    assert native.clean_html(page) == fallback.clean_html(page)
