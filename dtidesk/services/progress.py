"""Progress of a plan for a reporting period: what was due, what is done on time or late, per unit."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..domain.periods import (
    DEFAULT_SCHEDULE,
    Period,
    ReportingSchedule,
    cutoff_range,
    task_in_period,
    task_window,
)
from ..domain.status import summarise
from ..errors import NotFound
from ..store import AgencyFile


@dataclass
class PeriodProgress:
    plan_id: int
    year: int
    period: Period
    start: dt.date
    end: dt.date
    tasks_until: dt.date
    deadline: dt.date | None
    deadline_is_default: bool
    overall: dict[str, int]
    per_unit: list[tuple[str, dict[str, int]]] = field(default_factory=list)


def schedule_of(plan_reporting: dict[str, str]) -> tuple[ReportingSchedule, bool]:
    """The plan's own deadlines for the periods it sets, the national default for the rest."""
    try:
        own = ReportingSchedule.parse(plan_reporting or {})
    except ValueError:
        own = ReportingSchedule({})
    merged = dict(DEFAULT_SCHEDULE.before)
    merged.update(own.before)
    return ReportingSchedule(merged), not own.before


def period_progress(af: AgencyFile, plan_id: int, period: Period | str, today: dt.date | None = None,
                    year: int | None = None) -> PeriodProgress:
    """Tasks counted for a period: those due by its cut-off (cumulative over the year) and recurring ones."""
    today = today or dt.date.today()
    plan = af.repo.plans.get(plan_id)
    if plan is None:
        raise NotFound("Không tìm thấy kế hoạch.")
    period = Period(period)
    year = year or plan.year
    start, end = cutoff_range(period, year)
    schedule, _ = schedule_of(plan.reporting)
    own = ReportingSchedule.parse(plan.reporting or {}) if plan.reporting else ReportingSchedule({})
    deadline = schedule.deadline(period, year)
    units = {u.id: u.name for u in af.repo.units.all()}
    _first, last = task_window(period, year)
    in_period = [t for t in af.repo.tasks.for_plan(plan_id) if task_in_period(t.due_date, period, year)]
    # Judge "overdue" as of the period's end, unless the period is still running.
    as_of = min(today, last)
    overall = summarise(((t.status, t.due_date, t.completed_on) for t in in_period), as_of)
    per_unit = []
    by_unit: dict[int, list] = {}
    for t in in_period:
        for uid in t.lead_unit_ids:
            by_unit.setdefault(uid, []).append(t)
    for uid, tasks in sorted(by_unit.items(), key=lambda kv: units.get(kv[0], "")):
        per_unit.append((units.get(uid, "?"), summarise(((t.status, t.due_date, t.completed_on) for t in tasks),
                                                        as_of)))
    return PeriodProgress(plan_id, year, period, start, end, last, deadline, period not in own.before, overall,
                          per_unit)


__all__ = ["PeriodProgress", "period_progress", "schedule_of"]
