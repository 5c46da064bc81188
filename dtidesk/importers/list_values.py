"""Reading the values of list cells: group codes, thresholds ("tối thiểu 97%"), statuses, unit kinds, ranks."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal

from ..domain.status import TaskStatus
from ..domain.text import fold
from ..domain.vnformat import parse_number

_ROMAN = re.compile(r"(?:x{0,3})(?:ix|iv|v?i{0,3})")
_ARABIC = re.compile(r"\d{1,3}(?:\.\d{1,3})*")


def cell_text(value: object) -> str:
    """A cell as text: numbers without a spurious “.0”, dates as dd/mm/yyyy, whitespace collapsed."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return f"{value.day:02d}/{value.month:02d}/{value.year}"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value)
    if _UNTIDY.search(text) is None:
        return text  # already tidy: the sheet's own string, not a copy of every long text read
    return " ".join(text.split())


_UNTIDY = re.compile(r"^\s|\s$|\s\s|(?! )\s")  # what str.split() and " ".join would change


def normalise_code(value: object) -> str:
    """“1.1.”, “ I ”, “1)”, “a)” → “1.1”, “I”, “1”, “a”."""
    text = cell_text(value).strip().rstrip(".)/:").strip()
    return text.lstrip("(").strip()


def code_level(code: str) -> int | None:
    """Depth of a heading code: A/B above I/II above 1 above 1.1 …; None when it is not a heading code."""
    if not code:
        return None
    low = code.lower()
    if re.fullmatch(r"[a-h]", low) and code.isupper():
        return 0
    if _ROMAN.fullmatch(low) and code.isupper():
        return 1
    if _ARABIC.fullmatch(code):
        return 2 + code.count(".")
    if re.fullmatch(r"[a-z]", code):
        return 9
    return None


@dataclass(frozen=True)
class Threshold:
    comparison: str  # ">=", ">", "<=", "<", "=" as in domain.models.Target
    value: Decimal
    unit: str  # "%" or ""


_WORDS = (  # folded; longest first so “tối thiểu” is not read as “tối”
    ("khong thap hon", ">="), ("khong duoi", ">="), ("toi thieu", ">="), ("it nhat", ">="),
    ("tu", ">="), ("tren", ">"), ("cao hon", ">"), ("lon hon", ">"), ("vuot", ">"),
    ("khong qua", "<="), ("khong vuot qua", "<="), ("toi da", "<="), ("duoi", "<"), ("thap hon", "<"),
    ("nho hon", "<"), ("bang", "="),
)
_SYMBOLS = {"≥": ">=", ">=": ">=", "=>": ">=", ">": ">", "≤": "<=", "<=": "<=", "=<": "<=", "<": "<", "=": "="}
_NUMBER = r"(\d+(?:[.,]\d+)*)\s*(%|phan tram)?"
_WORD_RE = re.compile(r"(?<![a-z])(" + "|".join(w for w, _ in _WORDS) + r")\s+(?:muc\s+|ty le\s+)?" + _NUMBER)
_SYMBOL_RE = re.compile(r"(≥|>=|=>|≤|<=|=<|>|<|=)\s*" + _NUMBER)
_DAT_RE = re.compile(r"(?<![a-z])dat\s+" + _NUMBER)
_BARE_RE = re.compile(r"^" + _NUMBER + r"$")
_PERCENT_RE = re.compile(r"(\d+(?:[.,]\d+)*)\s*(?:%|phan tram)")


def parse_threshold(text: object, whole_cell: bool = True) -> Threshold | None:
    """“≥ 97%”, “tối thiểu 97%”, “đạt trên 70%”, “100%”, 97 → a Threshold; None when none is stated.

    With whole_cell=False the text is a target's sentence: a threshold is taken only when it states
    exactly one (“80% tại cấp sở, 40% tại cấp huyện” names three and is left alone).
    """
    if isinstance(text, (int, float, Decimal)) and not isinstance(text, bool):
        return Threshold(">=", Decimal(repr(text)) if isinstance(text, float) else Decimal(text), "")
    folded = fold(str(text or ""))
    if not folded:
        return None
    found: list[tuple[str, str, str]] = []
    for m in _SYMBOL_RE.finditer(folded):
        found.append((_SYMBOLS[m.group(1)], m.group(2), m.group(3) or ""))
    words = dict(_WORDS)
    for m in _WORD_RE.finditer(folded):
        found.append((words[m.group(1)], m.group(2), m.group(3) or ""))
    if not found:
        for m in _DAT_RE.finditer(folded):
            found.append(("=" if not m.group(2) else ">=", m.group(1), m.group(2) or ""))
    if not found and whole_cell:
        m = _BARE_RE.match(folded)
        if m:
            found.append((">=", m.group(1), m.group(2) or ""))
    if not found and not whole_cell:
        found = [(">=", m.group(1), "%") for m in _PERCENT_RE.finditer(folded)]
    numbers = {(c, n) for c, n, _ in found}
    if len(numbers) != 1 or (not whole_cell and len(_PERCENT_RE.findall(folded)) > 1):
        return None
    comparison, number, unit = found[0]
    try:
        value = parse_number(number)
    except ValueError:
        return None
    return Threshold(comparison, value, "%" if unit else "")


_STATUSES = {
    "chua thuc hien": TaskStatus.NOT_STARTED, "chua": TaskStatus.NOT_STARTED,
    "chua trien khai": TaskStatus.NOT_STARTED, "chua bat dau": TaskStatus.NOT_STARTED,
    "dang thuc hien": TaskStatus.IN_PROGRESS, "dang trien khai": TaskStatus.IN_PROGRESS,
    "dang lam": TaskStatus.IN_PROGRESS, "dang": TaskStatus.IN_PROGRESS,
    "hoan thanh": TaskStatus.DONE, "da hoan thanh": TaskStatus.DONE, "xong": TaskStatus.DONE,
    "da thuc hien": TaskStatus.DONE, "hoan thanh dung han": TaskStatus.DONE,
    "hoan thanh qua han": TaskStatus.DONE,
    **{s.value: s for s in TaskStatus},
}
OVERDUE_WORDS = ("qua han", "cham tien do", "tre han")


def parse_status(text: str) -> TaskStatus | None:
    """A status as officers write it; None when not recognised (“quá hạn” is derived, see OVERDUE_WORDS)."""
    return _STATUSES.get(" ".join(fold(text).strip(" .").split()))


_KINDS = {
    "van phong": "office", "office": "office",
    "phong": "unit", "phong don vi": "unit", "phong don vi thuoc co quan": "unit", "don vi thuoc so": "unit",
    "phong chuyen mon": "unit", "don vi": "unit", "unit": "unit",
    "don vi su nghiep": "public_service", "dvsn": "public_service", "public service": "public_service",
    "co quan ben ngoai": "outside", "ben ngoai": "outside", "co quan ngoai": "outside", "outside": "outside",
    "nhom don vi": "collective", "nhom": "collective", "tap the": "collective", "collective": "collective",
}


def parse_unit_kind(text: str) -> str | None:
    return _KINDS.get(" ".join(re.sub(r"[^0-9a-z]+", " ", fold(text)).split()))


def parse_rank(text: object) -> tuple[int | None, int | None] | None:
    """“3”, “3/18”, “thứ 3/18”, “đứng thứ 3 trên 18” → (3, 18); None when unreadable."""
    if isinstance(text, (int, float)) and not isinstance(text, bool) and float(text).is_integer():
        return int(text), None
    folded = fold(str(text or ""))
    m = re.fullmatch(r"(?:dung\s+)?(?:thu\s+)?(\d+)\s*(?:(?:/|tren)\s*(\d+))?", folded.strip(" ."))
    if not m:
        return None
    return int(m.group(1)), int(m.group(2)) if m.group(2) else None


def split_unit_names(text: str) -> list[str]:
    """Names in one cell, split on “;”, line breaks and list bullets. Commas and a dash between words stay:
    they occur in names (“Phòng Kế hoạch - Tài chính”); a dash opening a line is a bullet."""
    parts = re.split(r"[;\n]+|(?:^|\s)[+•]\s+", text)
    out = []
    for p in parts:
        name = " ".join(p.split()).strip(" .,-–+•")
        if name:
            out.append(name)
    return out
