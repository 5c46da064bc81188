"""The columns of the target, project and directive lists: what each cell shows, edits and tells."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from ..domain.periods import Period
from ..domain.status import TaskStatus
from ..services.directives import DirectiveRow, directive_rows
from ..services.projects import ProjectRow, project_rows
from ..services.targets import TargetRow, target_rows
from .labels import period_labels, status_labels
from .locale_format import date_input, fmt_date, fmt_number, fmt_percent
from .plan_list_models import Column, PlanItemTableModel
from .session import Session

translate = QCoreApplication.translate  # called with literals so that pyside6-lupdate finds them

MET_FG = QColor("#2e7d32")
NOT_MET_FG = QColor("#a4262c")


def met_label(met: bool | None) -> str:
    if met is None:
        return ""
    return translate("PlanListsTab", "Met") if met else translate("PlanListsTab", "Not met")


def figure(value, unit: str) -> str:
    """A target's figure with its unit of measure (“97%”, “12 văn bản”)."""
    if value is None:
        return ""
    if unit == "%":
        return fmt_percent(value, 3)
    return fmt_number(value, 3) + (f" {unit}" if unit else "")


class TargetTableModel(PlanItemTableModel):
    kind = "targets"
    COLUMNS = (Column("code", "code", width=44), Column("content", "content", stretch=True, width=300),
               Column("threshold", "threshold_text", "threshold", 84),
               Column("unit_of_measure", "unit_of_measure", width=52),
               Column("lead", "lead_unit_id", "unit", 150), Column("monitor", "monitor_unit_id", "unit", 120),
               Column("result", width=116, right=True), Column("met", width=80))

    def read_rows(self, session: Session, plan_id: int) -> list[TargetRow]:
        return target_rows(session.af, plan_id)

    def item_of(self, row: TargetRow):
        return row.target

    def headers(self) -> list[tuple[str, str]]:
        tip_threshold = translate("PlanListsTab", "Type as the plan words it: ≥ 97%, tối thiểu 97%, đạt trên 70%")
        tip_result = translate("PlanListsTab", "The plan year's most recent achieved figure (record it on the right)")
        tip_met = translate("PlanListsTab", "Whether the latest result meets the period's planned figure, or the "
                                            "threshold")
        return [(translate("PlanListsTab", "No."), ""), (translate("PlanListsTab", "Target"), ""),
                (translate("PlanListsTab", "Threshold"), tip_threshold),
                (translate("PlanListsTab", "Unit"), translate("PlanListsTab", "Unit of measure")),
                (translate("PlanListsTab", "Lead unit"), ""),
                (translate("PlanListsTab", "Monitoring unit"), translate("PlanListsTab", "Unit that monitors and urges")),
                (translate("PlanListsTab", "Latest result"), tip_result),
                (translate("PlanListsTab", "Assessment"), tip_met)]

    def display(self, row: TargetRow, key: str) -> str:
        t = row.target
        if key == "threshold":
            return row.threshold
        if key == "lead":
            return row.lead_name
        if key == "monitor":
            return row.monitor_name
        if key == "result":
            if row.latest is None:
                return ""
            return f"{figure(row.latest.achieved, t.unit_of_measure)} ({period_labels()[Period(row.latest.period)]})"
        if key == "met":
            return met_label(row.met)
        return str(getattr(t, key))

    def edit_value(self, row: TargetRow, key: str) -> object:
        if key == "lead":
            return row.target.lead_unit_id
        if key == "monitor":
            return row.target.monitor_unit_id
        return self.display(row, key)

    def cell_tip(self, row: TargetRow, key: str) -> str:
        if key == "content" and row.group_title:
            return f"{row.target.content}\n({row.group_title})"
        return ""

    def foreground(self, row: TargetRow, key: str):
        if key in ("met", "result") and row.met is not None:
            return MET_FG if row.met else NOT_MET_FG
        return None

    def filter_units(self, row: TargetRow) -> set[int]:
        return {u for u in (row.target.lead_unit_id, row.target.monitor_unit_id) if u is not None}

    def filter_state(self, row: TargetRow) -> str:
        return "no_result" if row.met is None else ("met" if row.met else "not_met")


class ProjectTableModel(PlanItemTableModel):
    kind = "projects"
    MONEY = ("budget_total", "budget_state", "budget_social", "budget_other", "disbursed")
    COLUMNS = (Column("name", "name", stretch=True, width=260), Column("timeframe", "timeframe", width=84),
               Column("lead", "lead_unit_id", "unit", 130),
               *(Column(k, k, "number", 88, right=True) for k in MONEY),
               Column("status", "status", "status", 112))

    def read_rows(self, session: Session, plan_id: int) -> list[ProjectRow]:
        return project_rows(session.af, plan_id)

    def item_of(self, row: ProjectRow):
        return row.project

    def headers(self) -> list[tuple[str, str]]:
        money = translate("PlanListsTab", "million đồng")
        return [(translate("PlanListsTab", "Project, investment item"), ""),
                (translate("PlanListsTab", "Period"), translate("PlanListsTab", "Implementation period")),
                (translate("PlanListsTab", "Lead unit"), ""),
                (translate("PlanListsTab", "Total budget"), translate("PlanListsTab", "Total budget, {0}").format(money)),
                (translate("PlanListsTab", "State budget"),
                 translate("PlanListsTab", "State budget (NSNN), {0}").format(money)),
                (translate("PlanListsTab", "Socialised"),
                 translate("PlanListsTab", "Socialised capital (xã hội hóa), {0}").format(money)),
                (translate("PlanListsTab", "Other"), translate("PlanListsTab", "Other sources, {0}").format(money)),
                (translate("PlanListsTab", "Disbursed"), translate("PlanListsTab", "Disbursed so far, {0}").format(money)),
                (translate("PlanListsTab", "Status"), "")]

    def display(self, row: ProjectRow, key: str) -> str:
        p = row.project
        if key == "lead":
            return row.lead_name
        if key in self.MONEY:
            return fmt_number(getattr(p, key), 3)
        if key == "status":
            return status_labels()[TaskStatus(p.status)]
        return str(getattr(p, key))

    def edit_value(self, row: ProjectRow, key: str) -> object:
        if key == "lead":
            return row.project.lead_unit_id
        if key == "status":
            return row.project.status
        return self.display(row, key)

    def cell_tip(self, row: ProjectRow, key: str) -> str:
        p = row.project
        if key == "name" and p.scale:
            return f"{p.name}\n{p.scale}"
        if key == "budget_total" and row.mismatch:
            return translate("PlanListsTab", "The sources do not add up to the total")
        if key == "disbursed" and row.over_disbursed:
            return translate("PlanListsTab", "More disbursed than the total budget")
        if key == "disbursed" and row.disbursed_percent is not None:
            return translate("PlanListsTab", "{0} of the budget").format(fmt_percent(row.disbursed_percent, 1))
        return ""

    def foreground(self, row: ProjectRow, key: str):
        if (key == "budget_total" and row.mismatch) or (key == "disbursed" and row.over_disbursed):
            return NOT_MET_FG
        if key == "status" and row.project.status == TaskStatus.DONE:
            return MET_FG
        return None

    def filter_units(self, row: ProjectRow) -> set[int]:
        return {row.project.lead_unit_id} if row.project.lead_unit_id is not None else set()

    def filter_state(self, row: ProjectRow) -> str:
        return row.project.status


class DirectiveTableModel(PlanItemTableModel):
    kind = "directives"
    COLUMNS = (Column("doc_type", "doc_type", "doc_type", 92), Column("number_symbol", "number_symbol", width=116),
               Column("issued_on", "issued_on", "date", 92), Column("issuer", "issuer", width=150),
               Column("summary", "summary", stretch=True, width=320), Column("tasks", width=90, right=True))

    def read_rows(self, session: Session, plan_id: int) -> list[DirectiveRow]:
        return directive_rows(session.af, plan_id)

    def item_of(self, row: DirectiveRow):
        return row.directive

    def headers(self) -> list[tuple[str, str]]:
        return [(translate("PlanListsTab", "Type"), ""), (translate("PlanListsTab", "Number, symbol"), ""),
                (translate("PlanListsTab", "Issued on"), ""), (translate("PlanListsTab", "Issuing body"), ""),
                (translate("PlanListsTab", "Summary"), ""),
                (translate("PlanListsTab", "Tasks"), translate("PlanListsTab", "Tasks the directive gave rise to"))]

    def display(self, row: DirectiveRow, key: str) -> str:
        d = row.directive
        if key == "issued_on":
            return fmt_date(d.issued_on)
        if key == "tasks":
            return translate("PlanListsTab", "{0} tasks").format(len(row.task_ids)) if row.task_ids else ""
        return str(getattr(d, key))

    def edit_value(self, row: DirectiveRow, key: str) -> object:
        if key == "issued_on":
            return date_input(row.directive.issued_on)
        return self.display(row, key)

    def cell_tip(self, row: DirectiveRow, key: str) -> str:
        if key == "tasks":
            return "\n".join(row.task_labels)
        if key == "summary" and row.shared:
            return row.directive.summary + "\n" + translate("PlanListsTab", "(cited by every plan)")
        return ""

    def filter_state(self, row: DirectiveRow) -> str:
        return row.directive.doc_type
