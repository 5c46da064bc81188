"""Numbers and dates on screen in the interface language (babel); documents keep domain.vnformat's Vietnamese."""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from . import i18n

if TYPE_CHECKING:
    from babel import Locale
    from babel.numbers import NumberPattern

# babel is imported on first use: at start the window shows only Vietnamese dates, which need none of it.

Number = Decimal | int | float

# Vietnamese officers read and type the short numeric date (14/6/2022, as documents print it);
# other languages get their locale's unambiguous medium date ("Jun 14, 2022").
_DATE_FORMAT = {"vi": "d/M/yyyy"}
_DATETIME_FORMAT = {"vi": "HH:mm:ss d/M/yyyy"}


@cache
def _locale(lang: str) -> Locale:
    from babel import Locale

    return Locale.parse(lang)


@cache
def _pattern(max_decimals: int) -> NumberPattern:
    from babel.numbers import parse_pattern

    return parse_pattern("#,##0" + ("." + "#" * max_decimals if max_decimals > 0 else ""))


def _lang(lang: str | None) -> str:
    return lang or i18n.active_language()


def _rounded(value: Number, max_decimals: int) -> Decimal:
    # Half-up like domain.vnformat (46,665 → 46,67), so screen and paper never disagree on the last digit.
    number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    result = number.quantize(Decimal(1).scaleb(-max_decimals), rounding=ROUND_HALF_UP)
    return result if result != 0 else Decimal(0)


def fmt_number(value: Number | None, max_decimals: int = 2, *, lang: str | None = None) -> str:
    """46.666 → "46,67" (vi) or "46.67" (en); 1870 → "1.870" / "1,870"; trailing zeros dropped; None → ""."""
    if value is None:
        return ""
    return str(_pattern(max_decimals).apply(_rounded(value, max_decimals), _locale(_lang(lang))))


def fmt_score(value: Number | None, max_decimals: int = 2, *, lang: str | None = None) -> str:
    return fmt_number(value, max_decimals, lang=lang)


def fmt_percent(value: Number | None, max_decimals: int = 2, *, lang: str | None = None) -> str:
    """A value already in percent: 78.79 → "78,79%" / "78.79%"."""
    return "" if value is None else fmt_number(value, max_decimals, lang=lang) + "%"


def fmt_date(d: date | None, *, lang: str | None = None) -> str:
    """14/6/2022 (vi) or Jun 14, 2022 (en); None → ""."""
    if d is None:
        return ""
    return _fmt_date(d, _lang(lang))


@lru_cache(maxsize=4096)
def _fmt_date(d: date, lang: str) -> str:
    # Cached: a plan's thousands of tasks share a few dozen due dates, and babel takes some µs for each.
    if lang == "vi":  # _DATE_FORMAT["vi"] written directly, digit for digit as babel writes it
        return f"{d.day}/{d.month}/{d.year:04d}"
    from babel.dates import format_date

    return format_date(d, _DATE_FORMAT.get(lang, "medium"), locale=_locale(lang))


def date_input(d: date | None) -> str:
    """A date as put into an editable field: day/month/year in every language, the form the core parses."""
    return "" if d is None else f"{d.day}/{d.month}/{d.year}"


def fmt_datetime(dt: datetime | None, *, lang: str | None = None) -> str:
    if dt is None:
        return ""
    from babel.dates import format_datetime

    lang = _lang(lang)
    return format_datetime(dt, _DATETIME_FORMAT.get(lang, "medium"), locale=_locale(lang))


def number_input(text: str, *, lang: str | None = None) -> str:
    """A number typed in the interface language, rewritten in the Vietnamese notation the core parses.

    English "46.667" or "1,870.5" become "46,667" and "1870,5"; anything English grouping rules refuse
    ("46,67", a typo) is passed on unchanged, so the core reads a comma as the decimal mark or names the
    bad text in its own message.
    """
    if _lang(lang) == "vi" or not text.strip():
        return text
    from babel.numbers import NumberFormatError, parse_decimal

    try:
        value = parse_decimal(text.strip(), locale=_locale(_lang(lang)), strict=True)
    except NumberFormatError:
        return text
    return format(value, "f").replace(".", ",")


__all__ = ["date_input", "fmt_date", "fmt_datetime", "fmt_number", "fmt_percent", "fmt_score", "number_input"]
