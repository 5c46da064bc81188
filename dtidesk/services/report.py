"""The periodic report as data (the exporter lays it out), its officer-written text blocks, its deadlines."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import NamedTuple

from ..domain.forms import FormFinding, StoredForm
from ..domain.models import Agency, Directive, Plan, Task, Unit
from ..domain.periods import (
    DEFAULT_SCHEDULE,
    Period,
    ReportingSchedule,
    cutoff_range,
    period_title,
    task_in_period,
)
from ..domain.status import TaskStatus, summarise
from ..errors import NotFound, ValidationError
from ..store import AgencyFile
from . import forms as form_ops
from .changes import Changes

# The paragraphs an officer writes in every CCHC/DTI periodic report (đề cương of 581/BNV-CCHC).
REPORT_BLOCKS = {
    "results": "Kết quả đạt được",
    "shortcomings": "Tồn tại, hạn chế",
    "causes": "Nguyên nhân",
    "next_tasks": "Phương hướng, nhiệm vụ kỳ tới",
    "proposals": "Đề xuất, kiến nghị",
}
_BLOCK_KEY = re.compile(r"[a-z][a-z0-9_.-]{0,63}")


@dataclass(frozen=True)
class UnitProgress:
    unit: Unit | None  # None: tasks with no lead unit yet
    counts: dict[str, int]  # status.summarise: every outcome and "planned"


@dataclass(frozen=True)
class FormFigures:
    form: StoredForm
    values: form_ops.FormValues  # the agency's (consolidated) figures
    findings: list[FormFinding]
    missing_units: list[Unit]


@dataclass
class ReportModel:
    """Everything a periodic report prints, as data."""

    plan: Plan
    agency: Agency
    year: int
    period: Period
    title: str  # "6 tháng đầu năm 2022"
    cutoff: tuple[dt.date, dt.date]
    as_of: dt.date
    tasks: list[Task]
    progress: dict[str, int]
    by_unit: list[UnitProgress]
    directives: list[Directive]
    forms: list[FormFigures]
    texts: dict[str, str] = field(default_factory=dict)
    block_labels: dict[str, str] = field(default_factory=lambda: dict(REPORT_BLOCKS))


def report_range(period: Period | str, year: int) -> tuple[dt.date, dt.date]:
    """The data range of a report; an ad hoc report covers the year's range."""
    period = Period(period)
    return cutoff_range(Period.Y if period is Period.ADHOC else period, year)


def _status_on(task: Task, as_of: dt.date) -> tuple[str, dt.date | None, dt.date | None]:
    # A task finished after the cut-off was still open on the report's date.
    if task.status == TaskStatus.DONE and task.completed_on and task.completed_on > as_of:
        return TaskStatus.IN_PROGRESS, task.due_date, None
    return task.status, task.due_date, task.completed_on


def report_model(af: AgencyFile, plan_id: int, year: int, period: str, today: dt.date | None = None) -> ReportModel:
    """The data of the plan's report for a period: task progress as of the cut-off, directives, figures, texts."""
    plan = af.repo.plans.get(plan_id)
    if plan is None:
        raise NotFound("Không tìm thấy kế hoạch.")
    p = form_ops.check_period(period, year)
    first, last = report_range(p, year)
    as_of = min(today or dt.date.today(), last)
    # The same rule as the Reports tab and the Tasks tab's period filter (domain.periods.task_in_period).
    tasks = [t for t in af.repo.tasks.for_plan(plan_id)
             if task_in_period(t.due_date, Period.Y if p is Period.ADHOC else p, year)]
    by_unit = []
    for unit in [*af.repo.units.all(), None]:
        mine = [t for t in tasks if (unit.id in t.lead_unit_ids if unit else not t.lead_unit_ids)]
        if mine:
            by_unit.append(UnitProgress(unit, summarise((_status_on(t, as_of) for t in mine), as_of)))
    figures = []
    for form in af.repo.forms.all():
        if form.template.kind == "rows" and af.repo.forms.values(form.id, year, p, None):
            figures.append(FormFigures(form, form_ops.values_for(af, form.id, year, p),
                                       form_ops.check_form(af, form.id, year, p),
                                       form_ops.missing_units(af, form.id, year, p)))
    return ReportModel(
        plan=plan, agency=af.repo.agency.get(), year=year, period=p, title=period_title(p, year),
        cutoff=(first, last), as_of=as_of, tasks=tasks,
        progress=summarise((_status_on(t, as_of) for t in tasks), as_of), by_unit=by_unit,
        directives=[d for d in af.repo.directives.between(first, last) if d.plan_id in (None, plan_id)],
        forms=figures, texts=af.repo.forms.report_texts(plan_id, year, p))


def set_report_text(af: AgencyFile, plan_id: int, year: int, period: str, block_key: str, body: str) -> Changes:
    """User action “Sửa đoạn văn của báo cáo”; an empty body removes the block."""
    if af.repo.plans.get(plan_id) is None:
        raise NotFound("Không tìm thấy kế hoạch.")
    p = form_ops.check_period(period, year)
    if not _BLOCK_KEY.fullmatch(block_key or ""):
        raise ValidationError(f"Tên đoạn văn “{block_key}” không hợp lệ (chữ thường không dấu, số, “_”).",
                              "Đoạn văn")
    with af.transaction():
        af.repo.forms.set_report_text(plan_id, year, p, block_key, (body or "").strip())
        af.repo.log.add("set_report_text", "report_texts", plan_id, f"{block_key} {p}/{year}")
    return Changes.of("report_texts")


class DueReport(NamedTuple):
    plan: Plan
    period: Period
    year: int
    deadline: dt.date
    days_left: int


def schedule_of(plan: Plan) -> ReportingSchedule:
    """The plan's own "trước ngày" dates, or Bộ Nội vụ's default when unset or unreadable."""
    try:
        schedule = ReportingSchedule.parse(plan.reporting) if plan.reporting else DEFAULT_SCHEDULE
    except ValueError:
        return DEFAULT_SCHEDULE
    return schedule if schedule.before else DEFAULT_SCHEDULE


def next_reports(af: AgencyFile, today: dt.date) -> list[DueReport]:
    """Per plan, its next report still due in the plan's year (deadline ≥ today), soonest first."""
    out = []
    for plan in af.repo.plans.all():
        schedule = schedule_of(plan)
        due = sorted((schedule.deadline(p, plan.year), p) for p in schedule.before)
        upcoming = [(d, p) for d, p in due if d >= today]
        if upcoming:
            deadline, period = upcoming[0]
            out.append(DueReport(plan, period, plan.year, deadline, (deadline - today).days))
    return sorted(out, key=lambda r: (r.deadline, r.plan.id))
