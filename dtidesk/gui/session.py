"""One open file in the window: the AgencyFile, its undo stack and the change signal tabs listen to."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from ..buglog import write_bug
from ..errors import BackupFailed, DtideskError
from ..services.changes import Changes
from ..services.files import AgencyFile


def not_saved_message(action: str, exc: BaseException) -> str:
    """What is true after a program error inside a use case: its transaction rolled back, so this action
    (and only this one) was not saved. The details go to the error log."""
    where = write_bug(exc, action)
    return QCoreApplication.translate(
        "Session", "Not saved: “{0}”. A program error stopped it, so the file is as it was before this action; "
        "earlier changes are saved. Details were written to {1}.").format(action, where or "dtidesk.log")


def ask_without_backup(parent: QWidget | None, message: str) -> bool:
    """The backup before the first write failed: go on without one this time, or stop (the default)."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Session", "No backup"), message,
                      QMessageBox.StandardButton.NoButton, parent)
    go_on = box.addButton(QCoreApplication.translate("Session", "Continue without a backup"),
                          QMessageBox.ButtonRole.AcceptRole)
    stop = box.addButton(QCoreApplication.translate("Session", "Stop"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(stop)
    box.exec()
    return box.clickedButton() is go_on


class Session(QObject):
    changed = Signal(object)  # Changes
    failed = Signal(str)  # a Vietnamese message for the user

    def __init__(self, af: AgencyFile, parent: QObject | None = None):
        super().__init__(parent)
        self.af = af
        self.undo_stack = QUndoStack(self)

    def prepare_write(self) -> bool:
        """Before a write: make this opening's backup, and if that fails ask whether to go on without it.
        False means the officer chose to stop; nothing was written."""
        try:
            self.af.ensure_backup()
        except BackupFailed as exc:
            parent = self.parent() if isinstance(self.parent(), QWidget) else None
            if not ask_without_backup(parent, exc.message):
                return False
            self.af.skip_backup()
        return True

    def execute(self, command: OpCommand) -> bool:
        """Run a command once; push it for undo only if it succeeded (refused input changes nothing)."""
        if not self.prepare_write():
            return False
        try:
            command.redo()
        except DtideskError as exc:
            if exc.kind == "bug":
                write_bug(exc, command.text())
            self.failed.emit(exc.message)
            return False
        except Exception as exc:  # a bug: the use case's transaction rolled back, so say exactly that
            self.failed.emit(not_saved_message(command.text(), exc))
            return False
        if command.isObsolete():  # it found nothing to change: no empty step on the undo stack
            return True
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
