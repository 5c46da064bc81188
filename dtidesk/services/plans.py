"""Plans as the front ends list them: which plans and years can be picked, a plan's groups and targets."""

from __future__ import annotations

import datetime as dt

from ..domain.models import Plan, Target, TaskGroup
from ..store import AgencyFile


def list_plans(af: AgencyFile) -> list[Plan]:
    """Every plan, in the file's order."""
    return af.repo.plans.all()


def find_plan(af: AgencyFile, plan_id: int) -> Plan | None:
    """The plan, or None when it is gone (an undone roll-forward removes the plan a view still shows)."""
    return af.repo.plans.get(plan_id)


def plans_for_picking(af: AgencyFile) -> list[Plan]:
    """The window's plan list: the agency's own plans before sample ones, newest year first."""
    return sorted(af.repo.plans.all(), key=lambda p: (bool(p.sample_note), -p.year, p.id))


def selectable_years(af: AgencyFile, today: dt.date | None = None) -> list[int]:
    """Years with scores or plans, newest first, and the year after the last one so that next year's
    assessment can be made. A file with neither offers this year: the year an officer starts from."""
    years = {a.year for a in af.repo.assessments.all()} | {p.year for p in af.repo.plans.all()}
    if not years:
        return [(today or dt.date.today()).year]
    return sorted(years | {max(years) + 1}, reverse=True)


def plan_groups(af: AgencyFile, plan_id: int) -> list[TaskGroup]:
    return af.repo.plans.groups(plan_id)


def plan_targets(af: AgencyFile, plan_id: int) -> list[Target]:
    return af.repo.targets.for_plan(plan_id)
