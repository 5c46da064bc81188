"""User action “Xem danh sách” (dtidesk-cli list): a plan's targets, projects, directives or tasks as plain records."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ..domain.plan_items import threshold_met
from ..domain.status import OUTCOME_LABELS, STATUS_LABELS, TaskStatus
from ..errors import ValidationError
from ..store import AgencyFile
from .directives import directive_rows
from .projects import project_rows
from .targets import target_rows
from .tasks import task_rows

LIST_KINDS = ("targets", "projects", "directives", "tasks")
LIST_LABELS = {"targets": "Chỉ tiêu", "projects": "Dự án", "directives": "Văn bản chỉ đạo", "tasks": "Nhiệm vụ"}


def _num(v: Decimal | None) -> int | float | None:
    if v is None:
        return None
    return int(v) if v == v.to_integral_value() else float(v)


def _day(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _targets(af: AgencyFile, plan_id: int) -> list[dict]:
    out = []
    for r in target_rows(af, plan_id):
        t = r.target
        out.append({
            "id": t.id, "code": t.code, "group": r.group_title, "content": t.content,
            "comparison": t.comparison, "threshold": _num(t.threshold), "threshold_text": r.threshold,
            "unit_of_measure": t.unit_of_measure, "lead_unit": r.lead_name, "monitor_unit": r.monitor_name,
            "note": t.note,
            "values": [{"year": v.year, "period": v.period, "planned": _num(v.planned), "achieved": _num(v.achieved),
                        "met": threshold_met(t, v), "note": v.note} for v in r.values],
            "latest": {"year": r.latest.year, "period": r.latest.period, "achieved": _num(r.latest.achieved)}
            if r.latest else None,
            "met": r.met,
        })
    return out


def _projects(af: AgencyFile, plan_id: int) -> list[dict]:
    out = []
    for r in project_rows(af, plan_id):
        p = r.project
        out.append({
            "id": p.id, "name": p.name, "scale": p.scale, "timeframe": p.timeframe, "lead_unit": r.lead_name,
            "budget_total": _num(p.budget_total), "budget_state": _num(p.budget_state),
            "budget_social": _num(p.budget_social), "budget_other": _num(p.budget_other),
            "disbursed": _num(p.disbursed),
            "disbursed_percent": _num(round(r.disbursed_percent, 2)) if r.disbursed_percent is not None else None,
            "budget_mismatch": r.mismatch, "status": p.status, "status_label": STATUS_LABELS[TaskStatus(p.status)],
            "note": p.note,
        })
    return out


def _directives(af: AgencyFile, plan_id: int) -> list[dict]:
    return [{
        "id": r.directive.id, "doc_type": r.directive.doc_type, "number_symbol": r.directive.number_symbol,
        "issued_on": _day(r.directive.issued_on), "issuer": r.directive.issuer, "summary": r.directive.summary,
        "note": r.directive.note, "plan_id": r.directive.plan_id,
        "tasks": [{"id": tid, "label": label} for tid, label in zip(r.task_ids, r.task_labels, strict=True)],
    } for r in directive_rows(af, plan_id)]


def _tasks(af: AgencyFile, plan_id: int) -> list[dict]:
    return [{
        "id": r.task.id, "code": r.task.code, "group": r.group_title, "content": r.task.content,
        "objective": r.task.objective, "output": r.task.output, "lead_units": r.lead_names,
        "coop_units": r.coop_names, "timeline": r.task.timeline, "due_date": _day(r.task.due_date),
        "status": r.task.status, "outcome": r.outcome, "outcome_label": OUTCOME_LABELS[r.outcome],
        "overdue": r.overdue, "completed_on": _day(r.task.completed_on), "result": r.task.result,
        "criterion": r.criterion_code, "directive_ids": list(r.task.directive_ids),
    } for r in task_rows(af, plan_id)]


def plan_list(af: AgencyFile, plan_id: int, kind: str) -> list[dict]:
    """Every item of one kind, keys in English snake_case, numbers as numbers and dates as ISO text."""
    if kind not in LIST_KINDS:
        raise ValidationError(f"Loại danh sách “{kind}” không hợp lệ (chọn: {', '.join(LIST_KINDS)}).", "Loại")
    return {"targets": _targets, "projects": _projects, "directives": _directives, "tasks": _tasks}[kind](af, plan_id)
