"""The next report due of each plan: the reminder shown whenever a file is opened.

Apart from services.report so that opening a file does not import the report's heavy model and forms.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from ..domain.models import Plan
from ..domain.periods import DEFAULT_SCHEDULE, Period, ReportingSchedule
from ..store import AgencyFile


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


__all__ = ["DueReport", "next_reports", "schedule_of"]
