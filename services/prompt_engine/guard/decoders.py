"""Decoding of payloads hidden in encodings (base64, hex, URL, entities, ROT13, tag characters)."""

from __future__ import annotations

import base64
import binascii
import codecs
import html
import re
import urllib.parse

_BASE64 = re.compile(r"(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/_-]{16,}={0,2}(?![A-Za-z0-9+/=_-])")
_HEX = re.compile(r"(?<![0-9a-fA-F])(?:[0-9a-fA-F]{2}[ :]?){8,}(?![0-9a-fA-F])")
_HEX_ESCAPES = re.compile(r"(?:(?:\\x|0x)[0-9a-fA-F]{2}[ ,]*){4,}")
_PERCENT = re.compile(r"%[0-9a-fA-F]{2}")
_ENTITY = re.compile(r"&(?:#[0-9]{2,7}|#x[0-9a-fA-F]{2,6}|[a-zA-Z]{2,8});")
_UNICODE_ESCAPE = re.compile(r"\\u[0-9a-fA-F]{4}")
_TAGS = re.compile("[\U000e0020-\U000e007e]+")
_ROT13_HINT = re.compile(r"\brot[\s-]?13\b|\bcaesar\b", re.IGNORECASE)
_REVERSE_HINT = re.compile(r"\b(?:reversed?|backwards?)\b", re.IGNORECASE)
_MIN_PRINTABLE = 0.9


def _readable(data: bytes) -> str | None:
    """The bytes as text when they look like words, else None (hashes, binary)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if len(text) < 6:
        return None
    printable = sum(1 for c in text if c.isprintable() or c in "\n\t")
    letters = sum(1 for c in text if c.isalpha())
    if printable / len(text) < _MIN_PRINTABLE or letters / len(text) < 0.5:
        return None
    return text


def _base64(token: str) -> str | None:
    padded = token + "=" * (-len(token) % 4)
    try:
        data = base64.b64decode(padded, altchars=b"-_" if "-" in token or "_" in token else None)
    except (binascii.Error, ValueError):
        return None
    return _readable(data)


def _hex(token: str) -> str | None:
    digits = re.sub(r"[^0-9a-fA-F]", "", token.replace("\\x", "").replace("0x", ""))
    if len(digits) % 2:
        return None
    try:
        return _readable(bytes.fromhex(digits))
    except ValueError:
        return None


def decode_payloads(text: str) -> list[tuple[str, str]]:
    """(encoding, decoded text) for every readable payload found in ``text``.

    Cheap when there is nothing to decode: each detector is one precompiled search.
    """
    found: list[tuple[str, str]] = []
    tags = _TAGS.findall(text)
    if tags:
        found.append(("unicode_tags", "".join(chr(ord(c) - 0xE0000) for c in "".join(tags))))
    for match in _BASE64.finditer(text):
        decoded = _base64(match.group())
        if decoded:
            found.append(("base64", decoded))
    for pattern in (_HEX, _HEX_ESCAPES):
        for match in pattern.finditer(text):
            decoded = _hex(match.group())
            if decoded:
                found.append(("hex", decoded))
    if len(_PERCENT.findall(text)) >= 3:
        decoded = urllib.parse.unquote(text)
        if decoded != text:
            found.append(("url", decoded))
    if len(_ENTITY.findall(text)) >= 3:
        found.append(("html_entities", html.unescape(text)))
    if len(_UNICODE_ESCAPE.findall(text)) >= 3:
        found.append(
            ("unicode_escapes", _UNICODE_ESCAPE.sub(lambda m: chr(int(m.group()[2:], 16)), text))
        )
    if _ROT13_HINT.search(text):
        found.append(("rot13", codecs.encode(text, "rot13")))
    if _REVERSE_HINT.search(text):
        found.append(("reversed", text[::-1]))
    return found
