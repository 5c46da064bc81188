"""Task timelines as printed ("Quý IV/2023", "Thường xuyên"…): derive a due date, roll a plan forward."""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass
from datetime import date, timedelta

from .text import fold
from .vnformat import fmt_date, roman

KINDS = ("recurring", "dated", "conditional", "unknown", "empty")

TIMELINE_KIND_LABELS = {
    "recurring": "Thường xuyên, định kỳ",
    "dated": "Có thời hạn",
    "conditional": "Theo chỉ đạo, hướng dẫn",
    "unknown": "Chưa xác định thời hạn",
    "empty": "Chưa ghi thời gian",
}


@dataclass(frozen=True)
class Timeline:
    text: str
    kind: str
    due_date: date | None
    period_label: str | None


# All patterns below run on fold()ed text: lower case, no diacritics, single spaces.
_RECURRING = (
    ("thuong xuyen", "Thường xuyên"),
    ("hang nam", "Hằng năm"),
    ("hang quy", "Hằng quý"),
    ("hang thang", "Hằng tháng"),
    ("hang tuan", "Hằng tuần"),
    ("hang ngay", "Hằng ngày"),
    ("dinh ky", "Định kỳ"),
    ("lien tuc", "Liên tục"),
    # "Quý, 6 tháng, 9 tháng, năm và theo quy định" (seed 002): every reporting period.
    ("quy, 6 thang", "Định kỳ"),
)
_RECURRING_RE = [(re.compile(rf"{re.escape(p)}(?![a-z0-9])"), label) for p, label in _RECURRING]

# Wording that waits for an outside event: no date can be derived, the text is the deadline.
_CONDITIONAL_RE = re.compile(
    r"(?:(?:thuc hien|phoi hop|trien khai|hoan thanh)\s+)?"
    r"(?:theo|khi|ngay khi|ngay sau khi|sau khi|truoc khi|tuy theo|tuy thuoc)(?![a-z0-9])"
)

_LEAD = r"(?:(?:hoan thanh|thuc hien|trien khai|ban hanh)\s+)?"
_SCOPE = r"(?:(?:trong|den het|den|cuoi|vao)\s+)?"
_QUARTER = r"(?P<q>iv|iii|ii|i|[1-4])"
_YEAR_TAIL = r"(?:/(?P<y>\d{4})|\s+nam\s+(?P<y2>\d{4}))?"
_DATE_PRE = (
    r"(?:(?P<pre>truoc ngay|truoc|cham nhat la ngay|cham nhat ngay|cham nhat|"
    r"den het ngay|den ngay|den|trong ngay|vao ngay|ngay)\s*)?"
)

_PATTERNS = {
    "month_prev": re.compile(
        _LEAD + _SCOPE + r"thang\s+(?P<m>\d{1,2})\s+(?:cua\s+)?nam\s+truoc(?:\s+lien\s+ke)?"
    ),
    "range": re.compile(
        _LEAD
        + _SCOPE
        + r"(?:giai doan\s+|tu\s+)?(?:nam\s+)?(?P<y1>\d{4})(?:-|\s+den\s+)(?:nam\s+)?(?P<y>\d{4})"
    ),
    "year": re.compile(_LEAD + _SCOPE + r"(?:nam\s+)?(?P<y>\d{4})"),
    # "Trong năm", "Cuối năm" without a number: the plan's own year.
    "plan_year": re.compile(_LEAD + _SCOPE + r"nam(?:\s+nay|\s+ke\s+hoach)?"),
    "quarter": re.compile(_LEAD + _SCOPE + r"quy\s+" + _QUARTER + _YEAR_TAIL),
    "month": re.compile(_LEAD + _SCOPE + r"thang\s+(?P<m>\d{1,2})" + _YEAR_TAIL),
    "half": re.compile(_LEAD + _SCOPE + r"6\s+thang\s+(?P<half>dau|cuoi)\s+nam(?:\s+(?P<y>\d{4}))?"),
    "nine": re.compile(_LEAD + _SCOPE + r"9\s+thang(?:\s+dau)?(?:\s+nam)?(?:\s+(?P<y>\d{4}))?"),
    "date": re.compile(_LEAD + _DATE_PRE + r"(?P<d>\d{1,2})/(?P<m>\d{1,2})(?:/(?P<y>\d{4}))?"),
    "date_words": re.compile(
        _LEAD + _DATE_PRE + r"(?P<d>\d{1,2})\s+thang\s+(?P<m>\d{1,2})(?:\s+nam\s+(?P<y>\d{4}))?"
    ),
}

_QUARTER_NUMBERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _year_of(match: re.Match[str], plan_year: int) -> int:
    groups = match.groupdict()
    text = groups.get("y") or groups.get("y2")
    return int(text) if text else plan_year


def _dated(kind: str, match: re.Match[str], plan_year: int) -> tuple[date, str]:
    """Due date and label for one recognised pattern; ValueError when the date does not exist."""
    year = _year_of(match, plan_year)
    if kind in ("year", "plan_year"):
        return date(year, 12, 31), f"Năm {year}"
    if kind == "range":
        first = int(match["y1"])
        if first > year:
            raise ValueError("range backwards")
        return date(year, 12, 31), f"Giai đoạn {first}-{year}"
    if kind == "quarter":
        quarter = _QUARTER_NUMBERS[match["q"]]
        return _month_end(year, quarter * 3), f"Quý {roman(quarter)}/{year}"
    if kind == "month_prev":
        year = plan_year - 1
        month = int(match["m"])
        return _month_end(year, month), f"Tháng {month}/{year}"
    if kind == "month":
        month = int(match["m"])
        return _month_end(year, month), f"Tháng {month}/{year}"
    if kind == "half":
        if match["half"] == "dau":
            return date(year, 6, 30), f"6 tháng đầu năm {year}"
        return date(year, 12, 31), f"6 tháng cuối năm {year}"
    if kind == "nine":
        return date(year, 9, 30), f"9 tháng năm {year}"
    # kind is "date" or "date_words"
    due = date(year, int(match["m"]), int(match["d"]))
    # "trước (ngày) D" is strictly before D: the last allowed day is the day before
    # (seed 002 writes "quý I trước ngày 13/3, 6 tháng trước 13/6" for the same rule).
    if (match["pre"] or "").startswith("truoc"):
        due -= timedelta(days=1)
    return due, f"Đến {fmt_date(due)}"


def _normalise(text: str) -> str:
    folded = fold(text)
    folded = re.sub(r"\s*/\s*", "/", folded)
    folded = re.sub(r"(?<=\d)\s*-\s*(?=\d)", "-", folded)
    return folded.strip(" .;,:!")


# Plans repeat a handful of timelines ("Thường xuyên", "Quý II/2024") and the task list parses one per row
# on every load; the result is immutable, so one parse per distinct text serves them all.
@functools.lru_cache(maxsize=4096)
def parse_timeline(text: str, plan_year: int) -> Timeline:
    """Classify a printed timeline and derive its due date (the last day of what it names)."""
    main = _normalise(text.split(";", 1)[0])
    if not main:
        return Timeline(text, "empty" if not _normalise(text) else "unknown", None, None)
    for pattern, label in _RECURRING_RE:
        if pattern.match(main):
            return Timeline(text, "recurring", None, label)
    if _CONDITIONAL_RE.match(main):
        return Timeline(text, "conditional", None, None)
    for kind, pattern in _PATTERNS.items():
        match = pattern.fullmatch(main)
        if match:
            try:
                due, label = _dated(kind, match, plan_year)
            except ValueError:  # 31/02, tháng 13, a year 0000: never guessed
                return Timeline(text, "unknown", None, None)
            return Timeline(text, "dated", due, label)
    return Timeline(text, "unknown", None, None)


# A citation of another document keeps its dates: "số 45/KH-UBND ngày 22/01/2023",
# "Nghị quyết 15/2023/NQ-HĐND ngày 8/12/2023". It starts at the word "số" or at a
# number/symbol with upper-case letters, and runs to the end of an optional "ngày <date>".
_CITED_DATE = r"(?:\s+ngày\s+\d{1,2}(?:\s*/\s*\d{1,2}\s*/\s*\d{4}|\s+tháng\s+\d{1,2}\s+năm\s+\d{4}))?"
_CITATION_RE = re.compile(
    r"(?:(?<![^\W\d_])số\s*:?\s*[^\s,;]+|(?<![\w/])\d+(?:/\d{4})?/[A-ZĐ][\w&.\-]*)" + _CITED_DATE,
    re.IGNORECASE,
)
_SYMBOL_CASE_RE = re.compile(r"\d+(?:/\d{4})?/[A-ZĐ]")
_SHIFT_RE = re.compile(
    r"(?P<d>\d{1,2})(?P<s1>\s*/\s*)(?P<m>\d{1,2})(?P<s2>\s*/\s*)(?P<y>\d{4})(?!\d)"
    r"|(?P<wd>\d{1,2})(?P<w1>\s+tháng\s+)(?P<wm>\d{1,2})(?P<w2>\s+năm\s+)(?P<wy>\d{4})(?!\d)"
    r"|(?<![\d.,])(?P<year>\d{4})(?![\d]|[.,]\d)",
    re.IGNORECASE,
)


def citation_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` cites another document ("số 45/KH-UBND ngày 22/01/2023"): dates there never move."""
    return _protected_spans(text)


def _protected_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for match in _CITATION_RE.finditer(text):
        # IGNORECASE must not make "45/kh" a symbol: symbols are written in capitals.
        if not match.group(0).lower().startswith("số") and not _SYMBOL_CASE_RE.match(match.group(0)):
            continue
        spans.append(match.span())
    return spans


def _shift_year(year_text: str, years: int) -> tuple[str, bool]:
    year = int(year_text)
    if not 1990 <= year <= 2100:
        return year_text, False
    return str(year + years), True


def _shift_day(day_text: str, month_text: str, new_year: int) -> str:
    # 29/02 rolled into a non-leap year becomes 28/02 (keeping the printed padding).
    if int(day_text) == 29 and int(month_text) == 2 and not calendar.isleap(new_year):
        return "28"
    return day_text


def shift_timeline(text: str, years: int = 1) -> str:
    """Roll a timeline forward by `years`: "Quý IV/2023" → "Quý IV/2024"; relative wording unchanged.

    Rule: every 4-digit year 1990–2100 is shifted, alone or inside a date (d/m/yyyy or
    "ngày d tháng m năm yyyy"), except inside a citation of another document — from the
    word "số", or from a symbol such as "45/KH-UBND" or "15/2023/NQ-HĐND", through its
    "ngày <date>" — because another document's number and date never change.
    """
    if years == 0 or not text:
        return text
    spans = _protected_spans(text)

    def replace(match: re.Match[str]) -> str:
        start = match.start()
        if any(a <= start < b for a, b in spans):
            return match.group(0)
        if match["year"]:
            return _shift_year(match["year"], years)[0]
        if match["y"]:
            new_year, shifted = _shift_year(match["y"], years)
            if not shifted:
                return match.group(0)
            day = _shift_day(match["d"], match["m"], int(new_year))
            return f"{day}{match['s1']}{match['m']}{match['s2']}{new_year}"
        new_year, shifted = _shift_year(match["wy"], years)
        if not shifted:
            return match.group(0)
        day = _shift_day(match["wd"], match["wm"], int(new_year))
        return f"{day}{match['w1']}{match['wm']}{match['w2']}{new_year}"

    return _SHIFT_RE.sub(replace, text)


def shift_date(d: date | None, years: int = 1) -> date | None:
    """The same day `years` later; 29/02 into a non-leap year becomes 28/02."""
    if d is None:
        return None
    year = d.year + years
    day = 28 if d.month == 2 and d.day == 29 and not calendar.isleap(year) else d.day
    return date(year, d.month, day)


@dataclass(frozen=True)
class RolledTimeline:
    """A task's timeline moved into the next plan: the new text, its due date, and why to look at it."""

    old: str
    new: str
    due_date: date | None
    warning: str = ""


# A span of years names a multi-year period ("Giai đoạn 2021-2025", "từ năm 2021 đến năm 2025").
_RANGE_RE = re.compile(
    r"(?<![\d/])(?P<y1>\d{4})\s*(?:-|–|đến\s+(?:hết\s+)?(?:năm\s+)?)\s*(?P<y2>\d{4})(?![\d/])", re.IGNORECASE
)
_FULL_DATE_RE = re.compile(r"(?<![\d/])(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})(?![\d/])")


def _bad_dates(text: str) -> list[str]:
    spans = _protected_spans(text)
    bad = []
    for m in _FULL_DATE_RE.finditer(text):
        if any(a <= m.start() < b for a, b in spans):
            continue
        try:
            date(int(m[3]), int(m[2]), int(m[1]))
        except ValueError:
            bad.append(m.group(0).replace(" ", ""))
    return bad


def roll_timeline(text: str, plan_year: int, years: int = 1, due_date: date | None = None) -> RolledTimeline:
    """Move a task's timeline from the plan of `plan_year` into the plan `years` later.

    Rules (shift_timeline's, plus two for roll forward):
    - a span of years is a period the task belongs to, not a deadline: it is kept as printed while
      the new plan's year lies inside it ("Giai đoạn 2021-2025" stays in the 2024 plan), and kept
      with a warning once the period has ended before the new year;
    - a date that does not exist ("31/02/2023") is never guessed: the text is kept, with a warning.
    The due date is derived from the new text for the new year, unless the old one (`due_date`) was
    set by hand (it differs from what the old text gives): then that date is moved by `years`.
    """
    if not 1990 <= plan_year <= 2100:
        raise ValueError(f"Năm kế hoạch {plan_year} không hợp lệ.")
    new_year = plan_year + years
    bad = _bad_dates(text)
    if bad:
        return RolledTimeline(text, text, shift_date(due_date, years),
                              f"Ngày {', '.join(bad)} không tồn tại: giữ nguyên, cần sửa thời gian thực hiện.")
    ranges = [m for m in _RANGE_RE.finditer(text) if int(m["y1"]) <= int(m["y2"])]
    warning = ""
    pieces, last = [], 0
    for m in ranges:
        pieces.append(shift_timeline(text[last:m.start()], years))
        pieces.append(m.group(0))
        last = m.end()
        if int(m["y2"]) < new_year:
            warning = (f"Giai đoạn {m['y1']}-{m['y2']} đã kết thúc trước năm {new_year}: "
                       f"giữ nguyên, cần xem lại thời gian thực hiện.")
    pieces.append(shift_timeline(text[last:], years))
    new = "".join(pieces) if ranges else shift_timeline(text, years)
    if due_date is not None and due_date != parse_timeline(text, plan_year).due_date:
        due = shift_date(due_date, years)  # typed by hand, not derived from the text: moved as it is
    else:
        due = parse_timeline(new, new_year).due_date
    return RolledTimeline(text, new, due, warning)
