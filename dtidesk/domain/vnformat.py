"""Vietnamese number, date and numbering formats as printed in official documents."""

from __future__ import annotations

import re
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import cache, lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from babel import Locale
    from babel.numbers import NumberPattern

# babel is imported when a number is first formatted: dates are written directly, and the window's
# start (which formats dates but no numbers) need not load babel and its locale data.

# A day or month left blank, to be written by hand at signing (NĐ 30 practice): the whole
# gap between the words is six spaces, "ngày      tháng 5 năm 2023", room for two digits.
DATE_BLANK = " " * 6

Number = Decimal | int | float


@cache
def _locale() -> Locale:
    from babel import Locale

    return Locale.parse("vi")


@lru_cache(maxsize=16)
def _pattern(max_decimals: int) -> NumberPattern:
    from babel.numbers import parse_pattern

    fraction = "." + "#" * max_decimals if max_decimals > 0 else ""
    return parse_pattern("#,##0" + fraction)


def _to_decimal(value: Number) -> Decimal:
    if isinstance(value, bool):
        raise TypeError("bool is not a number here")
    if isinstance(value, float):
        # repr() gives the shortest decimal that round-trips, so 0.1 stays 0.1.
        result = Decimal(repr(value))
    else:
        result = Decimal(value)
    if not result.is_finite():
        raise ValueError(f"Giá trị “{value}” không phải là một số hữu hạn.")
    return result


def _rounded(value: Number, max_decimals: int) -> Decimal:
    # Half-up, as officers round by hand (46,665 → 46,67); babel alone would round half-even.
    quantum = Decimal(1).scaleb(-max_decimals)
    result = _to_decimal(value).quantize(quantum, rounding=ROUND_HALF_UP)
    return result if result != 0 else Decimal(0)


def fmt_number(value: Number | None, max_decimals: int = 2) -> str:
    """Decimal comma, thousands dot, trailing zeros dropped: "46,67", "1.870", "0,5"; None → ""."""
    if value is None:
        return ""
    if max_decimals < 0:
        raise ValueError("max_decimals must not be negative")
    return str(_pattern(max_decimals).apply(_rounded(value, max_decimals), _locale()))


def fmt_score(value: Number | None, pad: bool = False, max_decimals: int = 2) -> str:
    """A score; with pad=True whole numbers 1–9 get a leading zero ("05/05 điểm", "đứng thứ 01/18")."""
    if value is None:
        return ""
    rounded = _rounded(value, max_decimals)
    # Seed 000 prints "đạt 05/05 điểm" beside "đạt 0/10 điểm": zero itself is never padded.
    if pad and rounded == rounded.to_integral_value() and 0 < rounded < 10:
        return f"{int(rounded):02d}"
    return fmt_number(rounded, max_decimals)


def fmt_percent(value: Number | None, max_decimals: int = 2) -> str:
    """A value already in percent (97 → "97%", 33.333 → "33,33%"); no space before %, as documents print."""
    if value is None:
        return ""
    return fmt_number(value, max_decimals) + "%"


def fmt_date(d: date | None) -> str:
    """Short date d/M/yyyy of body text and tables: "14/6/2022"; None → ""."""
    if d is None:
        return ""
    return f"{d.day}/{d.month}/{d.year:04d}"  # babel's d/M/yyyy for "vi", digit for digit


def fmt_date_padded(d: date | None) -> str:
    """Padded date dd/MM/yyyy of citations: "Kế hoạch số 09/KH-STP ngày 26/01/2023"; None → ""."""
    if d is None:
        return ""
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"  # babel's dd/MM/yyyy for "vi"


def fmt_issue_date(place: str, day: int | None, month: int | None, year: int) -> str:
    """The NĐ 30 place-and-date line: "Tuyên Quang, ngày 05 tháng 01 năm 2023"; a missing day/month is a blank."""
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f"Tháng ban hành “{month}” không hợp lệ (1–12).")
    if day is not None:
        if not 1 <= day <= 31:
            raise ValueError(f"Ngày ban hành “{day}” không hợp lệ (1–31).")
        if month is not None:
            try:
                date(year, month, day)
            except ValueError:
                raise ValueError(f"Ngày ban hành {day}/{month}/{year} không tồn tại.") from None
    # NĐ 30/2020, Phụ lục I: days below 10 and the months 1 and 2 take a leading zero.
    day_part = DATE_BLANK if day is None else f" {day:02d} "
    if month is None:
        month_part = DATE_BLANK
    elif month in (1, 2):
        month_part = f" {month:02d} "
    else:
        month_part = f" {month} "
    line = f"ngày{day_part}tháng{month_part}năm {year}"
    place = place.strip()
    return f"{place}, {line}" if place else line


_ROMAN = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)  # fmt: skip
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def roman(n: int) -> str:
    """1 → "I", 4 → "IV", 9 → "IX", 40 → "XL" (1–3999)."""
    if not 1 <= n <= 3999:
        raise ValueError(f"Không viết được số La Mã cho {n} (chỉ từ 1 đến 3999).")
    parts = []
    for value, letters in _ROMAN:
        count, n = divmod(n, value)
        parts.append(letters * count)
    return "".join(parts)


def from_roman(s: str) -> int:
    """Roman numeral to int, "IV" → 4; case-insensitive; only the standard subtractive form."""
    text = s.strip().upper()
    if not text or any(c not in _ROMAN_VALUES for c in text):
        raise ValueError(f"“{s}” không phải là số La Mã.")
    total = 0
    for i, c in enumerate(text):
        value = _ROMAN_VALUES[c]
        if i + 1 < len(text) and _ROMAN_VALUES[text[i + 1]] > value:
            total -= value
        else:
            total += value
    # Round-trip rejects "IIII", "IC", "VX" and the like.
    if not 1 <= total <= 3999 or roman(total) != text:
        raise ValueError(f"“{s}” không phải là số La Mã.")
    return total


_SIGN = r"[+-]?"
_PLAIN = re.compile(_SIGN + r"\d+(?:,\d+)?")
_GROUPED_COMMA = re.compile(_SIGN + r"[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?")
_SINGLE_DOT = re.compile(_SIGN + r"(\d+)\.(\d+)")


def parse_number(text: str) -> Decimal:
    """A number as typed: "46,67", "1.870", "1.870,5", "46.67", "05"; ValueError naming the text otherwise.

    A comma is always the decimal mark. Without a comma, dots are thousands separators when
    every group after them has exactly 3 digits ("1.870", "1.234.567"), except that a single
    dot after 0 or a leading-zero part is a decimal point ("0.125"); a single dot followed by
    any other number of digits is a decimal point ("46.67", "3.14159").
    """
    raw = text.strip().replace("\u00a0", "").replace(" ", "")
    try:
        if _PLAIN.fullmatch(raw):
            return Decimal(raw.replace(",", "."))
        if _GROUPED_COMMA.fullmatch(raw):
            return Decimal(raw.replace(".", "").replace(",", "."))
        single = _SINGLE_DOT.fullmatch(raw)
        if single:
            whole, fraction = single.groups()
            if len(fraction) == 3 and len(whole) <= 3 and not whole.startswith("0"):
                return Decimal(raw.replace(".", ""))
            return Decimal(raw)
    except InvalidOperation:
        pass
    raise ValueError(f"“{text}” không phải là một số hợp lệ (viết như 46,67 hoặc 1.870).")


def doc_number(n: int | None) -> str:
    """A document number as printed after "Số:": 5 → "05", 123 → "123", None → "" (left blank)."""
    if n is None:
        return ""
    if n < 1:
        raise ValueError(f"Số văn bản phải là số nguyên dương, không phải {n}.")
    return f"{n:02d}"
