"""Undoable actions on targets, projects and directives: each returns an OpCommand calling their use cases."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from PySide6.QtCore import QCoreApplication

from ..services import directives as directive_ops
from ..services import projects as project_ops
from ..services import targets as target_ops
from ..services.changes import Changes
from .session import OpCommand, Session

translate = QCoreApplication.translate  # called with literals so that pyside6-lupdate finds them

KINDS = ("targets", "projects", "directives")


@dataclass
class Outcome:
    """What a command did the first time, for the caller (the id of a new row)."""

    item_id: int | None = None


def _get(af, kind: str, item_id: int):
    return {"targets": target_ops.get_target, "projects": project_ops.get_project,
            "directives": directive_ops.get_directive}[kind](af, item_id)


def _update(af, kind: str, item_id: int, fields: dict) -> Changes:
    return {"targets": target_ops.update_target, "projects": project_ops.update_project,
            "directives": directive_ops.update_directive}[kind](af, item_id, **fields)


def _editable(kind: str) -> tuple[str, ...]:
    return {"targets": target_ops.EDITABLE, "projects": project_ops.EDITABLE,
            "directives": directive_ops.EDITABLE}[kind]


def _delete(af, kind: str, ids: list[int]):
    return {"targets": target_ops.delete_targets, "projects": project_ops.delete_projects,
            "directives": directive_ops.delete_directives}[kind](af, ids)


def _restore(af, kind: str, deleted: list) -> Changes:
    return {"targets": target_ops.restore_targets, "projects": project_ops.restore_projects,
            "directives": directive_ops.restore_directives}[kind](af, deleted)


def _edit_text(kind: str) -> str:
    if kind == "targets":
        return translate("PlanListsTab", "edit target")
    if kind == "projects":
        return translate("PlanListsTab", "edit project")
    return translate("PlanListsTab", "edit directive")


def edit_item(session: Session, kind: str, item_id: int, **fields) -> OpCommand:
    """Edit fields of one row. Undo restores exactly what changed (a threshold typed as “tối thiểu 97%”
    sets comparison, threshold and unit together; a number and symbol may set the type)."""
    af = session.af
    state: dict = {}

    def snapshot() -> dict:
        values = asdict(_get(af, kind, item_id))
        return {k: values[k] for k in _editable(kind)}

    def do() -> Changes:
        if "new" in state:  # redo after undo: the very values the first run stored
            return _update(af, kind, item_id, state["new"])
        before = snapshot()
        changes = _update(af, kind, item_id, dict(fields))
        after = snapshot()
        keys = [k for k in before if before[k] != after[k]]
        state["old"], state["new"] = {k: before[k] for k in keys}, {k: after[k] for k in keys}
        return changes

    def undo() -> Changes:
        return _update(af, kind, item_id, state["old"]) if state.get("old") else Changes()

    return OpCommand(session, _edit_text(kind), do, undo)


def add_item(session: Session, kind: str, plan_id: int, text: str, outcome: Outcome, *,
             after_id: int | None = None, **fields) -> OpCommand:
    """Add a row; redo after undo puts the same row (same id) back in the same place."""
    af = session.af
    state: dict = {}

    def do() -> Changes:
        if "deleted" in state:
            return _restore(af, kind, state["deleted"])
        if kind == "targets":
            new_id, changes = target_ops.add_target(af, plan_id, text, after_id=after_id, **fields)
        elif kind == "projects":
            new_id, changes = project_ops.add_project(af, plan_id, text, after_id=after_id, **fields)
        else:
            new_id, changes = directive_ops.add_directive(af, plan_id, text, **fields)
        state["id"] = outcome.item_id = new_id
        return changes

    def undo() -> Changes:
        deleted, changes = _delete(af, kind, [state["id"]])
        state["deleted"] = deleted
        return changes

    if kind == "targets":
        label = translate("PlanListsTab", "add target")
    elif kind == "projects":
        label = translate("PlanListsTab", "add project")
    else:
        label = translate("PlanListsTab", "add directive")
    return OpCommand(session, label, do, undo)


def delete_items(session: Session, kind: str, ids: list[int]) -> OpCommand:
    """Delete rows in one step; undo brings each back whole (figures, task links) with its id and place."""
    af = session.af
    deleted: list = []

    def do() -> Changes:
        rows, changes = _delete(af, kind, ids)
        deleted[:] = rows
        return changes

    if kind == "targets":
        label = translate("PlanListsTab", "delete {0} targets")
    elif kind == "projects":
        label = translate("PlanListsTab", "delete {0} projects")
    else:
        label = translate("PlanListsTab", "delete {0} directives")
    return OpCommand(session, label.format(len(ids)), do, lambda: _restore(af, kind, deleted))


def set_target_value(session: Session, target_id: int, year: int, period: str, **fields) -> OpCommand:
    """Record a period's planned or achieved figure; undo puts the period back as it was."""
    af = session.af
    state: dict = {}

    def do() -> Changes:
        old, changes = target_ops.set_target_value(af, target_id, year, period, **fields)
        state.setdefault("old", old)
        return changes

    return OpCommand(session, translate("PlanListsTab", "record target result"), do,
                     lambda: target_ops.restore_target_value(af, target_id, state["old"]))


def set_directive_tasks(session: Session, directive_id: int, task_ids: list[int]) -> OpCommand:
    """Choose the tasks a directive gave rise to."""
    af = session.af
    state: dict = {}

    def do() -> Changes:
        old, changes = directive_ops.set_directive_tasks(af, directive_id, list(task_ids))
        state.setdefault("old", old)
        return changes

    return OpCommand(session, translate("PlanListsTab", "link tasks to a directive"), do,
                     lambda: directive_ops.set_directive_tasks(af, directive_id, state["old"])[1])
