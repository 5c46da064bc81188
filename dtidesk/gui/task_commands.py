"""Undoable task actions: each factory returns an OpCommand whose redo/undo call the task use cases."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from ..domain.models import Task
from ..services import tasks as uc
from ..services.changes import Changes
from .session import OpCommand, Session

translate = QCoreApplication.translate  # called with literals so that pyside6-lupdate finds them


@dataclass
class Outcome:
    """What a command did the first time, for the caller (the id of a new task)."""

    task_id: int | None = None
    task_ids: list[int] = field(default_factory=list)


def _fields_of(task: Task) -> dict:
    return {k: getattr(task, k) for k in uc.EDITABLE}


def edit_task(session: Session, task_id: int, text: str | None = None, **fields) -> OpCommand:
    """Edit fields of one task. Undo restores exactly what the edit changed, including the due date
    a new timeline derived and the completion date a new status set."""
    af = session.af
    state: dict = {}

    def do() -> Changes:
        if "new" in state:  # redo after undo: the very values the first run stored
            return uc.update_task(af, task_id, **state["new"])
        before = _fields_of(uc.get_task(af, task_id))
        changes = uc.update_task(af, task_id, **fields)
        after = _fields_of(uc.get_task(af, task_id))
        keys = [k for k in uc.EDITABLE if before[k] != after[k]]
        if not keys:  # e.g. a deadline re-typed as it was: no step to undo (Session.execute skips it)
            command.setObsolete(True)
        state["old"] = {k: before[k] for k in keys}
        state["new"] = {k: after[k] for k in keys}
        return changes

    def undo() -> Changes:
        return uc.update_task(af, task_id, **state["old"]) if state.get("old") else Changes()

    command = OpCommand(session, text or translate("TasksTab", "edit task"), do, undo)
    return command


def set_units(session: Session, task_id: int, role: str, unit_ids: list[int]) -> OpCommand:
    af = session.af
    task = uc.get_task(af, task_id)
    old = list(task.lead_unit_ids if role == "lead" else task.coop_unit_ids)
    old_written = task.lead_written if role == "lead" else task.coop_written  # the plan's own words, put back
    if role == "lead":
        text = translate("TasksTab", "change lead unit")
    else:
        text = translate("TasksTab", "change coordinating units")
    return OpCommand(session, text, lambda: uc.set_task_units(af, task_id, role, list(unit_ids)),
                     lambda: uc.set_task_units(af, task_id, role, old, written=old_written))


def set_progress(session: Session, task_id: int, year: int, period: str, note: str) -> OpCommand:
    af = session.af
    old = uc.get_task(af, task_id).progress.get((year, period), "")
    return OpCommand(session, translate("TasksTab", "record progress"),
                     lambda: uc.set_progress(af, task_id, year, period, note),
                     lambda: uc.set_progress(af, task_id, year, period, old))


def add_task(session: Session, plan_id: int, content: str, outcome: Outcome, *,
             after_task_id: int | None = None, **fields) -> OpCommand:
    """Add a task; redo after undo puts the same task (same id) back in the same place."""
    af = session.af
    state: dict = {}

    def do() -> Changes:
        if "task" in state:
            return uc.restore_task(af, state["task"])
        tid, changes = uc.add_task(af, plan_id, content, after_task_id=after_task_id, **fields)
        state["task"] = uc.get_task(af, tid)
        outcome.task_id = tid
        return changes

    def undo() -> Changes:
        return uc.delete_task(af, state["task"].id)[1]

    return OpCommand(session, translate("TasksTab", "add task"), do, undo)


def duplicate_task(session: Session, task_id: int, outcome: Outcome) -> OpCommand:
    af = session.af
    state: dict = {}

    def do() -> Changes:
        if "task" in state:
            return uc.restore_task(af, state["task"])
        new_id, changes = uc.duplicate_task(af, task_id)
        state["task"] = uc.get_task(af, new_id)
        outcome.task_id = new_id
        return changes

    def undo() -> Changes:
        return uc.delete_task(af, state["task"].id)[1]

    return OpCommand(session, translate("TasksTab", "duplicate task"), do, undo)


def delete_tasks(session: Session, task_ids: list[int]) -> OpCommand:
    """Delete one or more tasks; undo restores each whole (units, progress) with its id and place."""
    af = session.af
    deleted: list[Task] = []

    def do() -> Changes:
        tasks, changes = uc.delete_tasks(af, task_ids)
        deleted[:] = tasks
        return changes

    def undo() -> Changes:
        return uc.restore_tasks(af, deleted)

    if len(task_ids) == 1:
        text = translate("TasksTab", "delete task")
    else:
        text = translate("TasksTab", "delete {0} tasks").format(len(task_ids))
    return OpCommand(session, text, do, undo)


def move_task(session: Session, task_id: int, delta: int) -> OpCommand:
    """Move in the plan's order by `delta` places; the caller checks the move is possible."""
    af = session.af
    return OpCommand(session, translate("TasksTab", "move task"), lambda: uc.move_task(af, task_id, delta),
                     lambda: uc.move_task(af, task_id, -delta))


def set_status_many(session: Session, task_ids: list[int], status: str) -> OpCommand:
    """Status of one or many tasks; only “Hoàn thành” stamps a completion date (today, fixed when the
    command is made so that redo writes the same day), and only on tasks not done already."""
    af = session.af
    old: dict = {}
    done_on = dt.date.today()

    def do() -> Changes:
        previous, changes = uc.set_status_many(af, task_ids, status, done_on)
        if not previous:  # every task had this status already: nothing to undo
            command.setObsolete(True)
        old.clear()
        old.update(previous)
        return changes

    text = (translate("TasksTab", "change status") if len(task_ids) == 1
            else translate("TasksTab", "change status of {0} tasks").format(len(task_ids)))
    command = OpCommand(session, text, do, lambda: uc.restore_statuses(af, old))
    return command


def link_criterion(session: Session, task_ids: list[int], criterion_id: int | None) -> OpCommand:
    """Link many tasks to one criterion (or unlink them) as one action."""
    af = session.af
    old: dict[int, int | None] = {}

    def do() -> Changes:
        previous, changes = uc.link_tasks(af, task_ids, criterion_id)
        if not previous:  # linked to it already: nothing to undo
            command.setObsolete(True)
        old.clear()
        old.update(previous)
        return changes

    def undo() -> Changes:
        return uc.restore_links(af, old)

    command = OpCommand(session, translate("TasksTab", "link criterion"), do, undo)
    return command
