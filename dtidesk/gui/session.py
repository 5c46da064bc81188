"""One open file in the window: the AgencyFile, its undo stack and the change signal tabs listen to."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..errors import DtideskError
from ..services.changes import Changes
from ..services.files import AgencyFile


class Session(QObject):
    changed = Signal(object)  # Changes
    failed = Signal(str)  # a Vietnamese message for the user

    def __init__(self, af: AgencyFile, parent: QObject | None = None):
        super().__init__(parent)
        self.af = af
        self.undo_stack = QUndoStack(self)

    def execute(self, command: OpCommand) -> bool:
        """Run a command once; push it for undo only if it succeeded (refused input changes nothing)."""
        try:
            command.redo()
        except DtideskError as exc:
            self.failed.emit(exc.message)
            return False
        command.first_done = True
        self.undo_stack.push(command)
        return True

    def notify(self, changes: Changes) -> None:
        if changes.tables:
            self.changed.emit(changes)

    def close(self) -> None:
        from . import jobs  # jobs builds on this module

        jobs.shutdown()  # a job may be using the connection: cancel it, or let it finish, before closing
        self.undo_stack.clear()
        self.af.close()


class OpCommand(QUndoCommand):
    """An undoable user action whose redo/undo call use-case functions (the same ones the CLI calls)."""

    def __init__(self, session: Session, text: str, do: Callable[[], Changes],
                 undo: Callable[[], Changes]):
        super().__init__(text)
        self.session = session
        self._do = do
        self._undo = undo
        self.first_done = False

    def redo(self) -> None:
        if self.first_done:  # QUndoStack.push calls redo; the work was done in Session.execute
            self.first_done = False
            return
        try:
            changes = self._do()
        except DtideskError as exc:
            if self.session.undo_stack.count() and self.first_done is False and self._pushed():
                self.session.failed.emit(exc.message)
                return
            raise
        self.session.notify(changes)

    def undo(self) -> None:
        try:
            changes = self._undo()
        except DtideskError as exc:
            self.session.failed.emit(exc.message)
            return
        self.session.notify(changes)

    def _pushed(self) -> bool:
        stack = self.session.undo_stack
        return any(stack.command(i) is self for i in range(stack.count()))
