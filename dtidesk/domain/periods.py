"""Reporting periods (quý I, 6 tháng, 9 tháng, năm), their data cut-offs and report deadlines."""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum


class Period(StrEnum):
    Q1 = "Q1"
    H1 = "H1"
    M9 = "M9"
    Y = "Y"
    ADHOC = "ADHOC"


STANDARD_PERIODS = (Period.Q1, Period.H1, Period.M9, Period.Y)

PERIOD_LABELS = {
    Period.Q1: "Quý I",
    Period.H1: "6 tháng",
    Period.M9: "9 tháng",
    Period.Y: "Năm",
    Period.ADHOC: "Đột xuất",
}

# The period's name inside a sentence ("Hạn báo cáo quý I: …"); the Roman numeral stays upper case.
_IN_SENTENCE = {
    Period.Q1: "quý I",
    Period.H1: "6 tháng",
    Period.M9: "9 tháng",
    Period.Y: "năm",
    Period.ADHOC: "đột xuất",
}

_TITLES = {
    Period.Q1: "quý I năm {year}",
    Period.H1: "6 tháng đầu năm {year}",
    Period.M9: "9 tháng năm {year}",
    Period.Y: "năm {year}",
    Period.ADHOC: "đột xuất năm {year}",
}

# Last day (day, month) of each period's data. All standard periods are cumulative from
# 15/12 of the previous year (Văn bản 581/BNV-CCHC; NĐ 09/2019 as applied by provinces).
_CUTOFF_END = {Period.Q1: (14, 3), Period.H1: (14, 6), Period.M9: (14, 9), Period.Y: (14, 12)}


def period_title(period: Period | str, year: int) -> str:
    """Title wording of a report: "quý I năm 2022", "6 tháng đầu năm 2022", "9 tháng năm 2022", "năm 2022"."""
    return _TITLES[Period(period)].format(year=year)


def cutoff_range(period: Period | str, year: int) -> tuple[date, date]:
    """First and last day of data a report covers: 15/12 of year−1 to 14/3, 14/6, 14/9 or 14/12 of year."""
    period = Period(period)
    if period not in _CUTOFF_END:
        raise ValueError(f"Kỳ báo cáo {_IN_SENTENCE[period]} không có mốc chốt số liệu cố định.")
    day, month = _CUTOFF_END[period]
    return date(year - 1, 12, 15), date(year, month, day)


def reporting_year(d: date) -> int:
    """The report year a day's data belongs to: from 15/12 on, it counts toward next year's reports."""
    return d.year + 1 if (d.month, d.day) >= (12, 15) else d.year


def period_of_date(d: date) -> Period:
    """The smallest standard period of reporting_year(d) whose cut-off range contains d."""
    year = reporting_year(d)
    for period in STANDARD_PERIODS:
        first, last = cutoff_range(period, year)
        if first <= d <= last:
            return period
    raise AssertionError("unreachable: the year period covers 15/12 to 14/12")


_DAY_MONTH_RE = re.compile(r"(\d{1,2})\s*/\s*(\d{1,2})")


def _check_day_month(day: int, month: int) -> bool:
    try:
        date(2023, month, day)  # a non-leap year: 29/02 is not a date every year
    except ValueError:
        return False
    return True


@dataclass(frozen=True)
class ReportingSchedule:
    """When each period's report is due, stored as the plan prints it: "trước ngày D/M".

    `before[p] = (day, month)` is exclusive: the report is due BEFORE that day, so the last
    allowed day (deadline) is the day before. "trước ngày 13/3" is stored as (13, 3) and its
    deadline is 12/3. The date falls in the report's own year.
    """

    before: dict[Period, tuple[int, int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        checked: dict[Period, tuple[int, int]] = {}
        for key, (day, month) in self.before.items():
            period = Period(key)
            if period is Period.ADHOC:
                raise ValueError("Báo cáo đột xuất không có hạn định kỳ.")
            if not _check_day_month(day, month):
                raise ValueError(f"Hạn báo cáo {_IN_SENTENCE[period]}: ngày {day}/{month} không hợp lệ.")
            checked[period] = (day, month)
        object.__setattr__(self, "before", checked)

    @classmethod
    def parse(cls, mapping: dict[str, str]) -> ReportingSchedule:
        """From stored text {"Q1": "13/03", …}, each meaning "trước ngày 13/3"; a blank value means not set."""
        before: dict[Period, tuple[int, int]] = {}
        for key, text in mapping.items():
            if not text.strip():
                continue
            try:
                period = Period(key.strip().upper())
            except ValueError:
                raise ValueError(f"Kỳ báo cáo “{key}” không hợp lệ (Q1, H1, M9, Y).") from None
            if period is Period.ADHOC:
                raise ValueError("Báo cáo đột xuất không có hạn định kỳ.")
            label = _IN_SENTENCE[period]
            match = _DAY_MONTH_RE.fullmatch(text.strip())
            if not match or not _check_day_month(int(match[1]), int(match[2])):
                raise ValueError(
                    f"Hạn báo cáo {label}: “{text}” không phải là ngày/tháng hợp lệ (ví dụ 13/03)."
                )
            before[period] = (int(match[1]), int(match[2]))
        return cls(before)

    def to_mapping(self) -> dict[str, str]:
        """For storage: {"Q1": "13/03", …} in period order, padded dd/mm."""
        return {
            str(p): f"{self.before[p][0]:02d}/{self.before[p][1]:02d}"
            for p in STANDARD_PERIODS
            if p in self.before
        }

    def deadline(self, period: Period | str, year: int) -> date:
        """The last day the report for `period` of `year` may be sent (the day before "trước ngày")."""
        period = Period(period)
        if period not in self.before:
            raise ValueError(f"Chưa đặt hạn báo cáo {_IN_SENTENCE[period]}.")
        day, month = self.before[period]
        return date(year, month, day) - timedelta(days=1)


# 581/BNV-CCHC: reports reach Bộ Nội vụ "no later than the 20th of the last month of the
# period", i.e. before the 21st.
DEFAULT_SCHEDULE = ReportingSchedule(
    {Period.Q1: (21, 3), Period.H1: (21, 6), Period.M9: (21, 9), Period.Y: (21, 12)}
)


def next_deadline(schedule: ReportingSchedule, today: date) -> tuple[Period, int, date]:
    """The next report due on or after today: (period, report year, deadline), rolling into next year."""
    if not schedule.before:
        raise ValueError("Chưa đặt hạn cho kỳ báo cáo nào.")
    for year in (today.year, today.year + 1):
        due = sorted((schedule.deadline(p, year), p) for p in schedule.before)
        for deadline, period in due:
            if deadline >= today:
                return period, year, deadline
    raise AssertionError("unreachable: next year's deadlines lie after today")


def task_window(period: Period | str, year: int) -> tuple[date, date]:
    """Due dates a period's report covers: from its data cut-off start (15/12 of the year before) to the
    end of its last month. Timelines give month-end due dates ("Quý I/2023" → 31/3, "Năm 2023" → 31/12),
    so the 14th-of-the-month cut-off alone would leave such tasks out of their own period."""
    first, last = cutoff_range(period, year)
    return first, last.replace(day=monthrange(last.year, last.month)[1])


def task_in_period(due_date: date | None, period: Period | str, year: int) -> bool:
    """A task counts in a period's report when due inside its window; a task without a due date
    (recurring, or waiting on a directive) is in force all year and always counts."""
    if due_date is None:
        return True
    first, last = task_window(period, year)
    return first <= due_date <= last


# -- the assessment period of an index ------------------------------------------------------------------
# A province's index decision states the period an assessment covers in its Điều 2, commonly "từ ngày
# 01/12 năm trước đến ngày 30/11 năm đánh giá" (the national DTI's data cut-off); an index that states none
# covers the calendar year. Stored on the index version as {"start": "12-01", "start_year": -1,
# "end": "11-30", "end_year": 0} (years relative to the assessment year).
CALENDAR_YEAR = {"start": "01-01", "start_year": 0, "end": "12-31", "end_year": 0}


def _relative_day(p: dict, key: str, year: int) -> date:
    """p[key] ("MM-DD") in the year year + p[key + "_year"]; 29/02 becomes 28/02 in a common year.
    KeyError, ValueError or TypeError when the entry is missing or malformed."""
    m, d = (int(x) for x in str(p[key]).split("-"))
    y = year + int(p.get(f"{key}_year", 0))
    return date(y, m, min(d, monthrange(y, m)[1]))


def assessment_period(period: dict | None, year: int) -> tuple[date, date]:
    p = (period if period and "start" in period else None) or CALENDAR_YEAR
    try:
        start, end = _relative_day(p, "start", year), _relative_day(p, "end", year)
    except (KeyError, ValueError, TypeError):
        return date(year, 1, 1), date(year, 12, 31)
    return (start, end) if start <= end else (date(year, 1, 1), date(year, 12, 31))


# The self-assessment's submission date, where the index decision states one ("các cơ quan gửi báo cáo tự
# đánh giá … trước ngày 15/12"): on the same JSON as {"submit": "12-15", "submit_year": 0}, stored as the
# decision prints it. Like a plan's "trước ngày" (ReportingSchedule), the dossier is due BEFORE that day,
# so the last day allowed is the day before; "chậm nhất ngày 15/12" is stored as "12-16".
def submission_date(period: dict | None, year: int) -> date | None:
    """The last day the self-assessment of `year` may be sent; None when the index states no date."""
    if not period or "submit" not in period:
        return None
    try:
        return _relative_day(period, "submit", year) - timedelta(days=1)
    except (KeyError, ValueError, TypeError):
        return None


def submission_rule_words(period: dict | None) -> str:
    """The submission date as the index states it ("trước ngày 15/12", "trước ngày 15/01 năm sau"); "" if none."""
    if not period or "submit" not in period:
        return ""
    try:
        m, d = (int(x) for x in str(period["submit"]).split("-"))
        after = int(period.get("submit_year", 0))
    except (ValueError, TypeError):
        return ""
    return f"trước ngày {d:02d}/{m:02d}" + (" năm sau" if after > 0 else "")


def period_words(period: dict | None, year: int) -> str:
    start, end = assessment_period(period, year)
    return f"từ {start.day:02d}/{start.month:02d}/{start.year} đến {end.day:02d}/{end.month:02d}/{end.year}"


def period_rule_words(period: dict | None) -> str:
    """The period as an index states it, relative to the assessment year ("từ 01/12 năm trước đến 30/11")."""
    submit = submission_rule_words(period)
    if submit:  # the period, then when the self-assessment goes in
        rest = {k: v for k, v in period.items() if not k.startswith("submit")} if period else {}
        return f"{period_rule_words(rest)}; gửi hồ sơ tự đánh giá {submit}"
    if not period:
        return "cả năm dương lịch (văn bản không ghi kỳ đánh giá)"
    try:
        sm, sd = (int(x) for x in str(period["start"]).split("-"))
        em, ed = (int(x) for x in str(period["end"]).split("-"))
    except (KeyError, ValueError):
        return "cả năm dương lịch"
    before = " năm trước" if int(period.get("start_year", 0)) < 0 else ""
    return f"từ {sd:02d}/{sm:02d}{before} đến {ed:02d}/{em:02d}"
