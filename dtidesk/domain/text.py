"""Accent-insensitive text folding and matching for Vietnamese search boxes."""

from __future__ import annotations

import re
import unicodedata


def _build_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    # Latin-1, Latin Extended-A/B and Latin Extended Additional cover every Vietnamese letter.
    ranges = [(0x00C0, 0x0250), (0x1E00, 0x1F00)]
    for start, stop in ranges:
        for code in range(start, stop):
            char = chr(code)
            base = "".join(
                c for c in unicodedata.normalize("NFD", char.lower()) if not unicodedata.combining(c)
            )
            if base != char and base.isascii():
                table[code] = base
    # đ/Đ do not decompose in Unicode: they are letters of their own.
    table[ord("đ")] = "d"
    table[ord("Đ")] = "d"
    # Combining marks of text typed in decomposed form (NFD, e.g. from macOS).
    for code in range(0x0300, 0x0370):
        table[code] = None
    return table


_TABLE = _build_table()


# Anything that is neither ASCII nor a combining diacritic (U+0300–U+036F) once text is decomposed.
_NOT_PLAIN = re.compile(r"[^\x00-\x7f\u0300-\u036f]")


def fold(s: str) -> str:
    """Lower case, Vietnamese diacritics removed (đ → d), whitespace collapsed to single spaces."""
    low = s.lower()
    if not low.isascii():
        # Fast path with the table's result (test_text.py compares the two on every BMP character):
        # Vietnamese text decomposes into ASCII letters and diacritics, which C code drops at once, where
        # a table lookup per character was most of the time of reading a plan of thousands of tasks.
        decomposed = unicodedata.normalize("NFD", low).replace("đ", "d")
        if _NOT_PLAIN.search(decomposed) is None:
            return " ".join(decomposed.encode("ascii", "ignore").decode("ascii").split())
    folded = low.translate(_TABLE)
    if not folded.isascii() and not unicodedata.is_normalized("NFD", folded):
        # Rare characters outside the table (e.g. other scripts' accented letters).
        folded = "".join(
            c for c in unicodedata.normalize("NFD", folded) if not unicodedata.combining(c)
        ).translate(_TABLE)
    return " ".join(folded.split())


def matches(haystack: str, needle: str) -> bool:
    """True when every word of the needle occurs in the haystack, ignoring case and diacritics."""
    words = fold(needle).split()
    if not words:
        return True
    folded = fold(haystack)
    return all(word in folded for word in words)


# Characters Windows refuses in a file name, plus control characters.
_UNSAFE = dict.fromkeys([*map(ord, '/\\:*?"<>|'), *range(32), 127], " ")
# Names Windows reserves whatever the extension (CON.xlsx opens the console).
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}


def safe_file_stem(text: str, fallback: str = "tep", limit: int = 120) -> str:
    """A file name the program proposes from user text (a unit's name, a plan title): no path separators,
    no characters Windows refuses, no "..", no reserved device names; Vietnamese letters are kept."""
    stem = " ".join(text.translate(_UNSAFE).split())
    stem = stem.replace("..", ".").strip(" .")
    while ".." in stem:
        stem = stem.replace("..", ".")
    stem = stem[:limit].rstrip(" .")
    if not stem or stem.split(".")[0].lower() in _RESERVED:
        stem = f"{fallback}-{stem}" if stem else fallback
    return stem
