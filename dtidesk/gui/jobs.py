"""The one way the window runs long work: a worker thread, a delayed modal progress dialog, Cancel."""

from __future__ import annotations

import inspect
import logging
import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.progress import Progress, no_progress
from ..errors import Cancelled, DtideskError, ProgramError
from ..services.changes import Changes
from .session import OpCommand, Session, not_saved_message

T = TypeVar("T")
log = logging.getLogger("dtidesk")

SHOW_AFTER_MS = 300  # a job shorter than this never flashes a dialog

# What the officer can do to the window; blocked while a job runs, before its dialog is even on screen.
_INPUT_EVENTS = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel, QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride,
    QEvent.Type.Shortcut, QEvent.Type.ContextMenu, QEvent.Type.Drop, QEvent.Type.TouchBegin,
})


class JobDialog(QDialog):
    """The running job's progress, modal to its window; Escape and the close box mean Cancel, never "go away"."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None, title: str, text: str, cancellable: bool):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.text = text
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the use case says how much there is
        lay = QVBoxLayout(self)
        # No minimum size pushed to the platform window (the offscreen platform warns about it).
        lay.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        lay.addWidget(self.label)
        lay.addWidget(self.bar)
        self.cancel_button: QPushButton | None = None
        if cancellable:
            self.cancel_button = QPushButton(self.tr("Cancel"))
            self.cancel_button.clicked.connect(self.request_cancel)
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(self.cancel_button)
            lay.addLayout(row)
        self.resize(440, self.sizeHint().height())

    def set_progress(self, done: int, total: int, text: str) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        if text and (self.cancel_button is None or self.cancel_button.isEnabled()):
            self.label.setText(text)

    def request_cancel(self) -> None:
        if self.cancel_button is None or not self.cancel_button.isEnabled():
            return
        self.cancel_button.setEnabled(False)
        # The dialog stays up until the worker has rolled back: the window must not touch the file before.
        self.label.setText(self.tr("Cancelling…"))
        self.cancel_requested.emit()

    def reject(self) -> None:  # Escape
        self.request_cancel()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        event.ignore()
        self.request_cancel()


class _Worker(QThread):
    """Runs the job's work; hands whatever came out to the job, which lives on the UI thread."""

    def __init__(self, job: Job):
        super().__init__()
        self.job = job

    def run(self) -> None:
        job = self.job
        job.worker_thread_id = threading.get_ident()
        try:
            if job.cancel_event.is_set():
                raise Cancelled()
            outcome: tuple[str, Any] = ("done", job.work(job.report))
        except BaseException as exc:  # noqa: BLE001 - every failure goes to the UI thread, bugs included
            outcome = ("failed", exc)
        job.ended.emit(outcome)


class Job(QObject):
    """One piece of long work. Its signals are emitted on the worker and delivered to its slots on the UI thread."""

    progressed = Signal()
    ended = Signal(object)

    def __init__(self, parent: QWidget, title: str, work: Callable[[Progress], Any], on_done: Callable[[Any], None],
                 on_failed: Callable[[str], None] | None, on_cancelled: Callable[[], None] | None,
                 cancellable: bool, text: str):
        super().__init__()  # no Qt parent: the runner keeps it; created here, so it lives on the UI thread
        self.parent_widget = parent
        self.title = title
        self.text = text or title
        self.work = work
        self.on_done = on_done
        self.on_failed = on_failed
        self.on_cancelled = on_cancelled
        self.cancellable = cancellable
        self.cancel_event = threading.Event()
        self.abandoned = False  # the window is closing: nothing is delivered any more
        self.finished = False
        self.worker_thread_id: int | None = None
        self.dialog: JobDialog | None = None
        self.thread: _Worker | None = None
        self._latest_lock = threading.Lock()
        self._latest: tuple[int, int, str] | None = None
        self._posted = False
        # Explicitly queued, to bound methods of an object living on the UI thread: the slots run there.
        self.progressed.connect(self._show_progress, Qt.ConnectionType.QueuedConnection)
        self.ended.connect(self._end, Qt.ConnectionType.QueuedConnection)

    # -- on the worker ---------------------------------------------------------------------------
    def report(self, done: int, total: int, text: str = "") -> None:
        """The Progress handed to the work: posts to the dialog, and raises Cancelled once Cancel was pressed."""
        if self.cancel_event.is_set():
            raise Cancelled()
        # Coalesced: a use case may report thousands of rows; the UI thread gets one update per turn of its
        # event loop, always the latest, never a backlog.
        with self._latest_lock:
            self._latest = (int(done), int(total), str(text or ""))
            if self._posted:
                return
            self._posted = True
        self.progressed.emit()

    # -- on the UI thread --------------------------------------------------------------------------
    def start(self) -> None:
        window = self.parent_widget.window() if shiboken6.isValid(self.parent_widget) else None
        self.dialog = JobDialog(window, self.title, self.text, self.cancellable)
        self.dialog.cancel_requested.connect(self.cancel)
        QTimer.singleShot(SHOW_AFTER_MS, self, self._show_dialog)
        self.thread = _Worker(self)
        self.thread.start()

    def _show_dialog(self) -> None:
        # The timer may fire on a wrapper PySide6 made anew for this QObject once the job that was delivered
        # has been let go (seen under load, 1 run in ~10): such a wrapper has none of the job's attributes,
        # and the job is over. getattr, not an AttributeError in the event loop.
        dialog = getattr(self, "dialog", None)
        if not getattr(self, "finished", True) and dialog is not None and shiboken6.isValid(dialog):
            dialog.show()

    def cancel(self) -> None:
        if self.cancellable:
            self.cancel_event.set()

    def _show_progress(self) -> None:
        if not hasattr(self, "_latest_lock"):  # a fresh wrapper of a job let go (see _show_dialog)
            return
        with self._latest_lock:
            latest, self._posted = self._latest, False
        if latest is not None and self.dialog is not None and not self.finished:
            self.dialog.set_progress(*latest)

    def _close(self) -> None:
        """The worker has returned: wait for its thread to end, take the dialog down."""
        self.finished = True
        if self.thread is not None:
            self.thread.wait()
        if self.dialog is not None and shiboken6.isValid(self.dialog):  # gone already if its window was deleted
            self.dialog.hide()
            self.dialog.deleteLater()
        self.dialog = None

    def _end(self, outcome: tuple[str, Any]) -> None:
        if self.abandoned:
            return
        self._close()
        runner = _runner()
        runner.job_ended(self)
        try:
            if not shiboken6.isValid(self.parent_widget):  # its dialog or window is gone: nobody to tell
                log.warning("job %r ended after its window was closed", self.title)
                return
            self._deliver(*outcome)
        finally:
            runner.start_next()

    def _deliver(self, kind: str, value: Any) -> None:
        if kind == "done":
            self.on_done(value)
        elif isinstance(value, Cancelled):
            if self.on_cancelled is not None:
                self.on_cancelled()
            else:
                window = self.parent_widget.window()
                if isinstance(window, QMainWindow):
                    window.statusBar().showMessage(value.message, 8000)
        elif isinstance(value, DtideskError):
            if self.on_failed is not None:
                self.on_failed(value.message)
            else:
                QMessageBox.warning(self.parent_widget, self.title, value.message)
        else:  # a bug: the program's own error path logs it and tells the officer
            sys.excepthook(type(value), value, value.__traceback__)

    def wait_abandoned(self) -> None:
        """The window is closing: cancel if that is safe, and wait for the worker either way."""
        self.abandoned = True
        self.cancel()
        if self.thread is not None:
            while not self.thread.wait(50):
                # Keep painting while the worker rolls back; the officer cannot start anything meanwhile.
                QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        self._close()


class _InputBlocker(QObject):
    """Swallows clicks and keys meant for anything but the job's dialog (the dialog shows only after a delay)."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() not in _INPUT_EVENTS:
            return False
        if isinstance(obj, QWidget):
            return not isinstance(obj.window(), JobDialog)
        return event.type() == QEvent.Type.Shortcut  # delivered to actions and shortcuts, not to widgets


class JobRunner(QObject):
    """Runs jobs one at a time, in order: the session's connection is only ever used by one thread."""

    def __init__(self, app: QCoreApplication):
        super().__init__(app)
        self.current: Job | None = None
        self.queue: deque[Job] = deque()
        self._blocker: _InputBlocker | None = None
        app.aboutToQuit.connect(self.shutdown)

    def submit(self, job: Job) -> None:
        self.queue.append(job)
        self.start_next()

    def start_next(self) -> None:
        while self.current is None and self.queue:
            job = self.queue.popleft()
            if not shiboken6.isValid(job.parent_widget):
                continue
            self.current = job
            self._block(True)
            job.start()

    def job_ended(self, job: Job) -> None:
        if self.current is job:
            self.current = None
        self._block(False)  # also while on_done shows a message box: the next job starts after it

    def busy(self) -> bool:
        return self.current is not None or bool(self.queue)

    def shutdown(self) -> None:
        """Closing: drop what has not started, cancel what runs (or let it finish) and wait for its thread."""
        self.queue.clear()
        job, self.current = self.current, None
        if job is not None:
            job.wait_abandoned()
        self._block(False)

    def _block(self, on: bool) -> None:
        app = QCoreApplication.instance()
        if on and self._blocker is None:
            self._blocker = _InputBlocker(self)
            app.installEventFilter(self._blocker)
            if isinstance(app, QApplication):
                QApplication.setOverrideCursor(QCursor(Qt.CursorShape.BusyCursor))
        elif not on and self._blocker is not None:
            app.removeEventFilter(self._blocker)
            self._blocker.deleteLater()
            self._blocker = None
            if isinstance(app, QApplication):
                QApplication.restoreOverrideCursor()


def _runner() -> JobRunner:
    app = QCoreApplication.instance()
    runner = app.findChild(JobRunner)
    if runner is None:
        runner = JobRunner(app)
    return runner


# -- the API ---------------------------------------------------------------------------------------------
def run_job(parent: QWidget, title: str, work: Callable[[Progress], T], on_done: Callable[[T], None], *,
            on_failed: Callable[[str], None] | None = None, on_cancelled: Callable[[], None] | None = None,
            cancellable: bool = True, text: str = "") -> Job:
    """Run `work(progress)` on a worker thread; then, on the UI thread, `on_done(result)`.

    A DtideskError goes to `on_failed(message)` (default: a warning box titled `title`); Cancelled to
    `on_cancelled()` (default: a line in the window's status bar); anything else is a bug and goes to
    sys.excepthook. Work that completes is always delivered, Cancel or not: a commit that made it must get
    its undo step. Jobs run one at a time; one submitted while another runs waits for it.
    """
    job = Job(parent, title, work, on_done, on_failed, on_cancelled, cancellable, text)
    _runner().submit(job)
    return job


def run_op(parent: QWidget, session: Session, command_text: str, do: Callable[[Progress], Changes],
           undo: Callable[[], Changes], *, title: str, on_done: Callable[[Changes], None] | None = None,
           on_failed: Callable[[str], None] | None = None, on_cancelled: Callable[[], None] | None = None,
           cancellable: bool = True, text: str = "") -> Job | None:
    """An undoable write as a job: the first `do` runs on the worker with the session's connection, then the
    command is pushed without running again (OpCommand.first_done) and the views refresh. Redo after an undo
    calls `do` again on the UI thread, without progress. A refusal is reported as Session.execute does."""
    command = OpCommand(session, command_text, lambda: do(no_progress), undo)
    if not session.prepare_write():  # the backup failed and the officer chose to stop
        return None

    def guarded(progress: Progress) -> Changes:
        try:
            return do(progress)
        except DtideskError:
            raise
        except Exception as exc:  # a bug: the transaction rolled back; say which action was not saved
            raise ProgramError(not_saved_message(command_text, exc)) from exc

    def done(changes: Changes) -> None:
        command.first_done = True
        session.undo_stack.push(command)
        session.notify(changes)
        if on_done is not None:
            on_done(changes)

    def failed(message: str) -> None:
        session.failed.emit(message)
        if on_failed is not None:
            on_failed(message)

    return run_job(parent, title, guarded, done, on_failed=failed, on_cancelled=on_cancelled,
                   cancellable=cancellable, text=text)


def call_with_progress(fn: Callable[..., T], *args: Any, progress: Progress, **kwargs: Any) -> T:
    """Call a use case, passing `progress=` only if it takes one (not every use case reports yet)."""
    try:
        accepts = "progress" in inspect.signature(fn).parameters
    except (TypeError, ValueError):
        accepts = False
    if accepts:
        kwargs["progress"] = progress
    return fn(*args, **kwargs)


def busy() -> bool:
    """Is a job running or waiting?"""
    app = QCoreApplication.instance()
    runner = app.findChild(JobRunner) if app is not None else None
    return runner is not None and runner.busy()


def current_job() -> Job | None:
    app = QCoreApplication.instance()
    runner = app.findChild(JobRunner) if app is not None else None
    return runner.current if runner is not None else None


def shutdown() -> None:
    """The window is closing: see JobRunner.shutdown."""
    app = QCoreApplication.instance()
    runner = app.findChild(JobRunner) if app is not None else None
    if runner is not None:
        runner.shutdown()


def wait_idle(timeout: float = 60.0) -> bool:
    """Process events until every job has ended and delivered (for tests and scripts); False on timeout."""
    deadline = time.monotonic() + timeout
    while busy():
        if time.monotonic() > deadline:
            return False
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.002)
    QCoreApplication.processEvents()
    return True


__all__ = ["Job", "JobDialog", "busy", "call_with_progress", "current_job", "run_job", "run_op", "shutdown",
           "wait_idle"]
