"""Undoable “new plan” and “new self-assessment”: OpCommands whose redo/undo call the plan_setup use cases."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ..services import plan_setup as uc
from ..services.changes import Changes
from .session import OpCommand, Session

translate = QCoreApplication.translate  # called with literals so that pyside6-lupdate finds them


@dataclass
class Created:
    """What a command made the first time, for the window to select it."""

    plan_id: int | None = None
    assessment_id: int | None = None
    year: int | None = None


def create_plan(session: Session, created: Created, kind: str, year: int, title: str, number: object = None,
                framework_code: str | None = None) -> OpCommand:
    """Redo after undo writes the same plan (and the assessment made with it) back under the same ids."""
    af = session.af
    state: dict = {}

    def do() -> Changes:
        if "made" in state:
            return uc.restore_created_plan(af, state["made"])
        made, changes = uc.create_plan(af, kind, year, title, number, framework_code)
        state["made"] = made
        created.plan_id, created.year = made.plan.id, made.plan.year
        return changes

    def undo() -> Changes:
        return uc.remove_created_plan(af, state["made"])

    return OpCommand(session, translate("PlanCommands", "create plan {0}").format(year), do, undo)


def create_assessment(session: Session, created: Created, framework_code: str, year: int) -> OpCommand:
    af = session.af
    state: dict = {}

    def do() -> Changes:
        if "made" in state:
            return uc.restore_created_assessment(af, state["made"])
        made, changes = uc.create_assessment(af, framework_code, year)
        state["made"] = made
        created.assessment_id, created.year = made.id, made.year
        return changes

    def undo() -> Changes:
        return uc.remove_created_assessment(af, state["made"])

    return OpCommand(session, translate("PlanCommands", "create {0} self-assessment").format(year), do, undo)
