"""Projects (dự án, hạng mục đầu tư) of a plan: list with budget checks, add, edit, delete/restore."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..domain.models import Project
from ..domain.plan_items import (
    PROJECT_STATUSES,
    budget_mismatch,
    budget_total,
    disbursed_percent,
    over_disbursed,
)
from ..domain.status import STATUS_LABELS, TaskStatus
from ..domain.text import fold
from ..domain.validation import parse_decimal_input, require_text
from ..errors import NotFound, ValidationError
from ..store import AgencyFile
from .changes import Changes
from .plan_item_checks import check_unit, place_after, plan_of

EDITABLE = ("name", "scale", "timeframe", "lead_unit_id", "budget_total", "budget_state", "budget_social",
            "budget_other", "disbursed", "status", "note")
MONEY = {"budget_total": "Tổng kinh phí", "budget_state": "Ngân sách nhà nước", "budget_social": "Vốn xã hội hóa",
         "budget_other": "Nguồn khác", "disbursed": "Đã giải ngân"}


@dataclass
class ProjectRow:
    """A project as the list shows it: lead unit named, the budget's sums checked."""

    project: Project
    lead_name: str
    total: Decimal | None  # as stated, else the sum of its sources
    mismatch: bool  # the sources do not add up to the stated total
    over_disbursed: bool
    disbursed_percent: Decimal | None
    search_key: str


def project_rows(af: AgencyFile, plan_id: int) -> list[ProjectRow]:
    plan_of(af, plan_id)
    units = {u.id: u.name for u in af.repo.units.all()}
    rows = []
    for p in af.repo.projects.for_plan(plan_id):
        lead = units.get(p.lead_unit_id or 0, "")
        rows.append(ProjectRow(p, lead, budget_total(p), budget_mismatch(p), over_disbursed(p), disbursed_percent(p),
                               fold(" ".join([p.name, p.scale, p.timeframe, lead, p.note,
                                              STATUS_LABELS[TaskStatus(p.status)]]))))
    return rows


def get_project(af: AgencyFile, project_id: int) -> Project:
    p = af.repo.projects.get(project_id)
    if p is None:
        raise NotFound("Không tìm thấy dự án (có thể đã bị xóa).")
    return p


def _clean(af: AgencyFile, values: dict) -> dict:
    out: dict = {}
    for key, value in values.items():
        if key not in EDITABLE:
            raise KeyError(key)
        if key == "name":
            value = require_text(value, "Tên dự án")
        elif key in MONEY:
            value = parse_decimal_input(value, MONEY[key])
            if value is not None and value < 0:
                raise ValidationError(f"{MONEY[key]}: số tiền nhỏ hơn 0.", MONEY[key])
        elif key == "lead_unit_id":
            value = check_unit(af, value, "Đơn vị chủ trì")
        elif key == "status":
            if value not in PROJECT_STATUSES:
                raise ValidationError(f"Tình trạng “{value}” không hợp lệ.", "Tình trạng")
        elif isinstance(value, str):
            value = value.strip()
        out[key] = value
    return out


def add_project(af: AgencyFile, plan_id: int, name: str, *, after_id: int | None = None,
                **fields) -> tuple[int, Changes]:
    """User action “Thêm dự án”: appended, or placed right after another project."""
    plan_of(af, plan_id)
    values = _clean(af, {"name": name, **fields})
    with af.transaction():
        pid = af.repo.projects.insert(Project(id=0, plan_id=plan_id, **values))
        place_after(af.repo.projects, plan_id, pid, after_id)
        af.repo.log.add("add_project", "projects", pid, values["name"][:80])
    return pid, Changes.of("projects")


def update_project(af: AgencyFile, project_id: int, **fields) -> Changes:
    """Edit any of a project's fields in one commit (the budget's sums are flagged, not refused: the
    officer types the total and its sources one after the other)."""
    get_project(af, project_id)
    values = _clean(af, fields)
    with af.transaction():
        af.repo.projects.update(project_id, **values)
        af.repo.log.add("update_project", "projects", project_id, ", ".join(values))
    return Changes.of("projects")


def delete_projects(af: AgencyFile, project_ids: list[int]) -> tuple[list[Project], Changes]:
    """User action “Xóa dự án”: all the selected in one commit; returns them whole for restore_projects."""
    deleted = []
    with af.transaction():
        for pid in project_ids:
            p = get_project(af, pid)
            deleted.append(p)
            af.repo.projects.delete(pid)
            af.repo.log.add("delete_project", "projects", pid, p.name[:80])
    return deleted, Changes.of("projects")


def restore_projects(af: AgencyFile, deleted: list[Project]) -> Changes:
    """Undo of delete_projects: same ids and places."""
    with af.transaction():
        for p in sorted(deleted, key=lambda p: (p.position, p.id)):
            af.repo.projects.insert(p)
            af.repo.log.add("restore_project", "projects", p.id, p.name[:80])
    return Changes.of("projects")
