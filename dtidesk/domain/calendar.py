"""Everything due in an agency file: periodic reports, the self-assessment, tasks and the units' forms.

Plain items and the rules that date them; services.calendar gathers the plans, versions, tasks and forms.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import NamedTuple

from .periods import Period, ReportingSchedule, cutoff_range, period_title


class DueKind(StrEnum):
    REPORT = "report"
    ASSESSMENT = "assessment"
    TASK = "task"
    UNIT_FORM = "unit_form"


KIND_LABELS = {
    DueKind.REPORT: "Báo cáo định kỳ",
    DueKind.ASSESSMENT: "Tự đánh giá",
    DueKind.TASK: "Nhiệm vụ",
    DueKind.UNIT_FORM: "Biểu mẫu của đơn vị",
}

# How many days before its due date an item's warning starts: early enough to act, not on the day. One table
# for the window, the command line and the .ics alarms; meant to become a setting of the file later.
LEAD_DAYS = {
    # A periodic report waits for the units' figures, then consolidation and the leader's signature.
    DueKind.REPORT: 14,
    # The self-assessment gathers evidence for every criterion; missing evidence is the commonest reason a
    # score is cut (seed 000, footnote 4), and finding it takes weeks.
    DueKind.ASSESSMENT: 30,
    # The task's lead unit needs a week to finish it, or to explain why not in the next report.
    DueKind.TASK: 7,
    # The office sends the form out and the unit fills it in (seed 004: units fill it over about ten days).
    DueKind.UNIT_FORM: 10,
}

# The file does not record whether a report or a self-assessment was sent, so a passed date is shown as
# overdue for this many days and then only kept in the calendar. Tasks and units' forms stay overdue until
# they are done or sent, which the file does record.
KEEP_OVERDUE_DAYS = 30

_KIND_ORDER = {k: i for i, k in enumerate(DueKind)}
_LEAD = {k: timedelta(days=d) for k, d in LEAD_DAYS.items()}


class OpenTask(NamedTuple):
    """A task not done that has a due date: what the calendar needs of it (read in one query)."""

    id: int
    plan_id: int
    code: str
    content: str
    due_date: date
    lead_unit_ids: list[int]


# Not frozen: ten thousand tasks make ten thousand items, and a frozen dataclass's __init__ is several times
# slower (object.__setattr__ per field). Nothing changes an item after make_item.
@dataclass(slots=True)
class DueItem:
    kind: DueKind
    title: str
    date: date  # the last day allowed
    start: date  # the day the warning starts
    key: str  # stable per item across openings ("report/3/2024/H1", "task/812"): the .ics UID is made from it
    days_left: int  # from the calendar's today; negative once passed
    overdue: bool
    plan: str = ""
    form: str = ""
    unit: str = ""
    note: str = ""  # where the date comes from when it is not the item's own
    plan_id: int | None = None
    task_id: int | None = None
    form_id: int | None = None
    unit_id: int | None = None
    framework_code: str = ""
    year: int | None = None
    period: str = ""

    @property
    def warning(self) -> bool:
        """The warning has started and the date has not passed."""
        return 0 <= self.days_left <= (self.date - self.start).days

    def as_dict(self) -> dict[str, object]:
        return {"kind": str(self.kind), "title": self.title, "date": self.date.isoformat(),
                "start": self.start.isoformat(), "plan": self.plan, "form": self.form, "unit": self.unit,
                "days_left": self.days_left, "overdue": self.overdue}


def make_item(kind: DueKind, title: str, due: date, today: date, key: str, *, stays_open: bool,
              **fields: object) -> DueItem:
    """An item dated `due`, its warning LEAD_DAYS[kind] before. `stays_open`: the file knows when it is done
    (a task, a unit's form), so it is overdue until then; otherwise only for KEEP_OVERDUE_DAYS."""
    days_left = (due - today).days
    overdue = days_left < 0 and (stays_open or -days_left <= KEEP_OVERDUE_DAYS)
    return DueItem(kind, title, due, due - _LEAD[kind], key, days_left, overdue, **fields)  # type: ignore[arg-type]


def report_items(plan_id: int, plan_title: str, year: int, schedule: ReportingSchedule, own: bool,
                 today: date) -> list[DueItem]:
    """A plan's periodic reports of its year, each due the day before the plan's "trước ngày" (or the
    default of Văn bản 581/BNV-CCHC, noted, when the plan sets none)."""
    note = "" if own else "hạn mặc định theo Văn bản 581/BNV-CCHC (kế hoạch không ghi hạn)"
    return [make_item(DueKind.REPORT, f"Báo cáo {period_title(p, year)}", schedule.deadline(p, year), today,
                      f"report/{plan_id}/{year}/{p}", stays_open=False, plan=plan_title, note=note,
                      plan_id=plan_id, year=year, period=str(p))
            for p in sorted(schedule.before, key=list(Period).index)]


def assessment_item(framework_code: str, framework_name: str, year: int, due: date, today: date) -> DueItem:
    """The self-assessment of `year` under an index version whose decision states when it is sent."""
    return make_item(DueKind.ASSESSMENT, f"Gửi hồ sơ tự đánh giá năm {year}", due, today,
                     f"assessment/{framework_code}/{year}", stays_open=False, plan=framework_name,
                     framework_code=framework_code, year=year)


TASK_TITLE = 140  # characters of a task's content in a line of the list; the task itself has the rest


def task_item(task_id: int, code: str, content: str, due: date, plan_id: int, plan_title: str,
              units: Iterable[str], today: date) -> DueItem:
    # Spaces and line breaks folded only where there are some: ten thousand tasks go through here.
    text = " ".join(content.split()) if ("  " in content or "\n" in content or "\t" in content) else content.strip()
    if len(text) > TASK_TITLE:
        text = text[: TASK_TITLE - 1].rsplit(" ", 1)[0] + "…"
    title = f"{code}. {text}" if code else text
    return make_item(DueKind.TASK, title, due, today, f"task/{task_id}", stays_open=True, plan=plan_title,
                     unit="; ".join(units), plan_id=plan_id, task_id=task_id)


def unit_form_due(period: Period | str, year: int, plan_deadlines: Iterable[date] = ()) -> date:
    """When units' figures for a period are due at the office: at the data cut-off, "trước ngày 15 của tháng
    cuối quý" (Bắc Giang Sở Nội vụ, seed 003: units before the 15th, the office onwards before the 20th;
    the 14th is also the cut-off of 581/BNV-CCHC), or earlier where a plan of the year has the period's
    report due earlier (Đồng Nai, seed 002: units report quý I before 13/3)."""
    _first, last = cutoff_range(period, year)
    return min([last, *plan_deadlines])


def unit_form_item(form_id: int, form_label: str, form_short: str, year: int, period: Period | str,
                   unit_id: int, unit_name: str, due: date, today: date) -> DueItem:
    """A unit that has not sent its figures for the period yet."""
    return make_item(DueKind.UNIT_FORM, f"{unit_name}: gửi số liệu {form_short}, {period_title(period, year)}", due,
                     today, f"form/{form_id}/{year}/{period}/{unit_id}", stays_open=True, form=form_label,
                     unit=unit_name, form_id=form_id, unit_id=unit_id, year=year, period=str(period))


def days_words(item: DueItem) -> str:
    """“còn 5 ngày”, “hôm nay”, “quá hạn 3 ngày”; “đã qua 40 ngày” once a report no longer counts as overdue."""
    if item.days_left > 0:
        return f"còn {item.days_left} ngày"
    if item.days_left == 0:
        return "hôm nay"
    return f"quá hạn {-item.days_left} ngày" if item.overdue else f"đã qua {-item.days_left} ngày"


@dataclass
class Calendar:
    today: date
    agency: str = ""
    items: list[DueItem] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.items.sort(key=lambda i: (i.date, _KIND_ORDER[i.kind], i.title, i.key))

    def due(self, days: int) -> list[DueItem]:
        """What an officer acts on: every overdue item and those due within `days` days (today included)."""
        return [i for i in self.items if i.overdue or 0 <= i.days_left <= days]

    def overdue_count(self) -> int:
        return sum(1 for i in self.items if i.overdue)

    def warning_count(self) -> int:
        """Items whose warning has started and whose date has not passed."""
        return sum(1 for i in self.items if i.warning)


__all__ = ["KEEP_OVERDUE_DAYS", "KIND_LABELS", "LEAD_DAYS", "Calendar", "DueItem", "DueKind", "OpenTask", "assessment_item",
           "days_words", "make_item", "report_items", "task_item", "unit_form_due", "unit_form_item"]
