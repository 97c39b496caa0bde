"""Text views the patterns read: normalised, and with obfuscation tricks folded away."""

# The look-alike letters below are the point of this module.
# ruff: noqa: RUF001

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import nf_tokenizer

# nf_tokenizer.normalize already drops zero-width and bidi controls and applies NFKC; these are
# the other invisible characters attackers use to split words (ZWJ/ZWNJ, soft hyphen, word
# joiners, variation selectors). Unicode tag characters are decoded separately (decoders.py).
_INVISIBLE = re.compile(
    "[\u00ad\u034f\u200b-\u200f\u2060-\u2064\ufe00-\ufe0f\U000e0000-\U000e007f]"
)

# Latin letters with diacritics → base letter, so "instrucciónes" and "instrucoes" meet.
# Built once for Latin-1 Supplement and Latin Extended-A/B only: stripping marks from
# Cyrillic or kana would change the letters those patterns are written in.
_ACCENTS = {
    code: base
    for code in range(0xC0, 0x250)
    if (base := unicodedata.normalize("NFKD", chr(code))[:1]).isascii() and base.isalpha()
}
_ACCENTS[0xDF] = "ss"

# Cyrillic and Greek look-alikes of Latin letters, folded only in text that is mostly Latin so
# that real Russian or Greek text is left alone.
_HOMOGLYPHS = str.maketrans(
    {
        "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i",
        "ј": "j", "ѕ": "s", "ԁ": "d", "ɡ": "g", "һ": "h", "ո": "n", "ν": "v", "ο": "o",
        "α": "a", "ε": "e", "ι": "i", "κ": "k", "ρ": "p", "τ": "t", "υ": "u", "χ": "x",
        "к": "k", "м": "m", "н": "h", "т": "t", "в": "b",
    }
)  # fmt: skip
_LATIN = re.compile(r"[a-z]")
_LOOKALIKE = re.compile("[\u0370-\u03ff\u0400-\u052f\u0250-\u02af]")

_LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i",
     "|": "l", "+": "t", "€": "e"}
)  # fmt: skip
# A token with a letter and a leet character ("1gn0r3", "$ystem"); pure numbers stay numbers.
_LEET_TOKEN = re.compile(
    r"(?<![a-z0-9@$!|+€])(?=[a-z0-9@$!|+€]*[a-z])(?=[a-z0-9@$!|+€]*[0-9@$!|+€])"
    r"[a-z0-9@$!|+€]{3,20}(?![a-z0-9@$!|+€])"
)
# Numbers with a unit or suffix ("10am", "5kg", "2nd", "1990s") and tokens with a run of three
# or more digits ("b2b2024") are numbers, not leetspeak: a notice listing "10am-12pm, 2pm-7pm"
# added up to three substitutions and read as obfuscated text.
# The units are listed: a free "digits + letters" rule would also keep "4ll" from reading "all".
_NUMERIC_TOKEN = re.compile(
    r"[0-9]+(?:am|pm|st|nd|rd|th|s|k|m|b|x|h|d|y|p|g|l|v|w|kg|mg|km|cm|mm|ml|kb|mb|gb|tb|hz|ms"
    r"|min|hr|hrs|yr|yrs|mo|px|pt|kw|kwh|mph|gen)|.*[0-9]{3}.*"
)
# Fewer substitutions than this are ordinary tokens ("mp3", "q4"), not leetspeak.
_MIN_LEET_CHANGES = 3
# Four or more single letters separated by spaces or punctuation: "i g n o r e", "i.g.n.o.r.e".
_SPACED = re.compile(r"(?<![a-z])[a-z](?:[\s.\-_*/·~]{1,3}[a-z](?![a-z])){3,}")
_SPACED_SEPARATORS = re.compile(r"[\s.\-_*/·~]+")


@dataclass(frozen=True)
class Views:
    """The text as patterns should read it.

    ``plain`` is NFKC-normalised, invisible characters removed, lower-cased and with Latin accents
    stripped; ``folded`` additionally undoes homoglyphs, leetspeak and letter spacing, and is
    ``None`` when it would equal ``plain``. ``tricks`` names the obfuscations that were undone.
    """

    plain: str
    folded: str | None
    tricks: tuple[str, ...]


def _despace(match: re.Match[str]) -> str:
    # The most common separator joins letters; any other one (a wider gap, the space between
    # dotted words) separates words.
    run = match.group()
    gaps = _SPACED_SEPARATORS.findall(run)
    # On a tie the narrower gap joins letters. (A max over set(gaps) broke ties by the
    # process's string hash seed, so the same text folded differently from run to run.)
    letter_gap = max(sorted(set(gaps)), key=lambda gap: (gaps.count(gap), -len(gap)))
    letters = _SPACED_SEPARATORS.split(run)
    parts = [letters[0]]
    for gap, letter in zip(gaps, letters[1:], strict=True):
        parts.append(letter if gap == letter_gap else " " + letter)
    return "".join(parts)


def _unleet(match: re.Match[str]) -> str:
    token = match.group()
    return token if _NUMERIC_TOKEN.fullmatch(token) else token.translate(_LEET)


def views(text: str) -> Views:
    """Normalise ``text`` and fold the obfuscations it uses (see ``Views``)."""
    tricks: list[str] = []
    # Wide gaps must survive normalisation (which collapses whitespace) to keep word boundaries
    # in spaced-out text, so they are marked first.
    spaced_hint = "  " in text and _SPACED.search(text.lower()) is not None
    raw = text.replace("  ", " / ") if spaced_hint else text
    if not raw.isascii():
        stripped = _INVISIBLE.sub("", raw)
        if len(stripped) != len(raw):
            tricks.append("invisible_characters")
        raw = nf_tokenizer.normalize(stripped)
    else:
        raw = " ".join(raw.split())
    plain = raw.lower()
    if not plain.isascii():
        plain = plain.translate(_ACCENTS)
    folded = plain
    if not folded.isascii():
        foreign = len(_LOOKALIKE.findall(folded))
        if foreign and len(_LATIN.findall(folded)) > foreign:
            folded = folded.translate(_HOMOGLYPHS)
            tricks.append("homoglyphs")
    if _LEET_TOKEN.search(folded):
        leet = _LEET_TOKEN.sub(_unleet, folded)
        if sum(a != b for a, b in zip(leet, folded, strict=True)) >= _MIN_LEET_CHANGES:
            folded = leet
            tricks.append("leetspeak")
    if _SPACED.search(folded):
        folded = _SPACED.sub(_despace, folded)
        tricks.append("letter_spacing")
    if spaced_hint:
        plain = plain.replace(" / ", "  ")
    return Views(plain, folded if folded != plain else None, tuple(tricks))
