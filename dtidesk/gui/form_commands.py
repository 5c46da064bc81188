"""Undoable actions on statistics forms: each runs a use case, and undo/redo put back exact snapshots."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from ..domain.progress import Progress, no_progress
from ..errors import DtideskError
from ..services import form_snapshots as snaps
from ..services.changes import Changes
from .jobs import run_job
from .session import Session, not_saved_message

Triple = tuple[int, int, str]  # (form id, year, period)


class FiguresCommand(QUndoCommand):
    """Runs `action` once; undo restores the figures of the given periods as they were, redo as they became."""

    def __init__(self, session: Session, text: str, triples: list[Triple], action: Callable[[], Changes]):
        super().__init__(text)
        self.session = session
        self.triples = list(dict.fromkeys(triples))
        self.action = action
        self.before: list[snaps.FiguresSnapshot] = []
        self.after: list[snaps.FiguresSnapshot] = []
        self.first = True

    def _take(self) -> list[snaps.FiguresSnapshot]:
        out = []
        for form_id, year, period in self.triples:
            out += snaps.snapshot_period(self.session.af, form_id, year, period)
        return out

    def run(self) -> Changes:
        self.before = self._take()
        changes = self.action()
        self.after = self._take()
        return changes

    def redo(self) -> None:
        if self.first:  # the work was done by run() before the push
            self.first = False
            return
        self._put(self.after)

    def undo(self) -> None:
        self._put(self.before)

    def _put(self, state: list[snaps.FiguresSnapshot]) -> None:
        try:
            self.session.notify(snaps.restore(self.session.af, state, "undo_redo_form_values"))
        except DtideskError as exc:
            self.session.failed.emit(exc.message)


def run_figures_action(session: Session, text: str, triples: list[Triple],
                       action: Callable[[], Changes]) -> bool:
    """Run a form action as one undo step; a refused action (DtideskError) changes nothing and is reported."""
    if not session.prepare_write():  # the backup failed and the officer chose to stop
        return False
    cmd = FiguresCommand(session, text, triples, action)
    try:
        changes = cmd.run()
    except DtideskError as exc:
        session.failed.emit(exc.message)
        return False
    except Exception as exc:  # a bug: the action's transaction rolled back
        session.failed.emit(not_saved_message(text, exc))
        return False
    if cmd.before == cmd.after:  # nothing changed: no undo step
        session.notify(changes)
        return True
    session.undo_stack.push(cmd)
    session.notify(changes)
    return True


def run_figures_job(parent: QWidget, session: Session, text: str,
                    triples: list[Triple] | Callable[[Progress], list[Triple]],
                    action: Callable[[Progress], Changes], *, title: str,
                    on_done: Callable[[Changes], None] | None = None, job_text: str = "") -> None:
    """run_figures_action as a job: the snapshots and the action run on the worker with the session's connection
    (the job's dialog keeps the window off it); the undo step is pushed and the views refreshed on the UI thread.
    `triples` may be a function of the progress, for periods known only once the files are read."""
    cmd = FiguresCommand(session, text, [], lambda: action(no_progress))
    if not session.prepare_write():  # the backup failed and the officer chose to stop
        return

    def work(progress: Progress) -> Changes:
        found = triples(progress) if callable(triples) else triples
        cmd.triples = list(dict.fromkeys(found))
        cmd.action = lambda: action(progress)
        return cmd.run()

    def done(changes: Changes) -> None:
        if cmd.before != cmd.after:  # nothing changed: no undo step
            session.undo_stack.push(cmd)
        session.notify(changes)
        if on_done is not None:
            on_done(changes)

    run_job(parent, title, work, done, on_failed=session.failed.emit, text=job_text)
