"""The job runner: work on a worker thread, results and progress on the UI thread, Cancel rolls back, close waits."""

from __future__ import annotations

import hashlib
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from dtidesk.errors import Cancelled, ValidationError
from dtidesk.gui import jobs
from dtidesk.gui.session import Session
from dtidesk.store import open_agency_file

FIXTURES = Path(__file__).resolve().parent.parent / "importers" / "fixtures"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def counts(af) -> dict[str, int]:
    return {t: af.db.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0] for t in af.db.table_names()}


@pytest.fixture
def parent(qtbot):
    w = QWidget()
    qtbot.addWidget(w)
    return w


@pytest.fixture
def session(demo_path):
    s = Session(open_agency_file(demo_path))
    yield s
    jobs.shutdown()
    s.close()


class Gate:
    """Holds the worker at a progress call until the test lets it go."""

    def __init__(self):
        self.reached = threading.Event()
        self.go = threading.Event()

    def wrap(self, progress, at: int = 1):
        calls = {"n": 0}

        def gated(done: int, total: int, text: str = "") -> None:
            calls["n"] += 1
            if calls["n"] == at:
                self.reached.set()
                assert self.go.wait(20)
            progress(done, total, text)
        return gated


def test_work_runs_on_a_worker_and_on_done_on_the_ui_thread(parent):
    ui = threading.get_ident()
    seen: dict[str, int] = {}

    def work(progress):
        seen["work"] = threading.get_ident()
        return 42

    def done(value):
        seen["done"] = threading.get_ident()
        seen["value"] = value

    job = jobs.run_job(parent, "t", work, done)
    assert jobs.wait_idle(10)
    assert seen["work"] != ui and seen["work"] == job.worker_thread_id
    assert seen["done"] == ui and seen["value"] == 42
    assert job.thread.isFinished() and job.dialog is None


def test_progress_reaches_the_dialog_which_shows_only_when_the_job_lasts(parent, qtbot):
    gate = Gate()

    def work(progress):
        progress(0, 4, "")
        progress(1, 4, "Đang ghi đơn vị 1")
        gate.reached.set()
        assert gate.go.wait(20)
        return "ok"

    job = jobs.run_job(parent, "Thử", work, lambda _v: None)
    assert not job.dialog.isVisible()  # never flashes for a short job
    qtbot.waitUntil(lambda: job.dialog is not None and job.dialog.bar.maximum() == 4, timeout=5000)
    qtbot.waitUntil(lambda: job.dialog.label.text() == "Đang ghi đơn vị 1", timeout=5000)
    qtbot.waitUntil(job.dialog.isVisible, timeout=5000)
    assert job.dialog.isModal() and job.dialog.cancel_button is not None
    gate.go.set()
    assert jobs.wait_idle(10)
    assert job.dialog is None


def test_a_refusal_goes_to_on_failed_and_a_bug_to_the_error_path(parent, monkeypatch):
    messages: list[str] = []

    def refuse(progress):
        raise ValidationError("Điểm vượt quá điểm tối đa.", "Điểm")

    jobs.run_job(parent, "t", refuse, lambda _v: None, on_failed=messages.append)
    assert jobs.wait_idle(10)
    assert messages == ["Điểm vượt quá điểm tối đa."]

    hooked: list[BaseException] = []
    monkeypatch.setattr("sys.excepthook", lambda t, e, tb: hooked.append(e))

    def bug(progress):
        raise ZeroDivisionError("bug")

    jobs.run_job(parent, "t", bug, lambda _v: None, on_failed=messages.append)
    assert jobs.wait_idle(10)
    assert len(messages) == 1 and isinstance(hooked[0], ZeroDivisionError)


def test_jobs_run_one_at_a_time_in_order(parent):
    order: list[str] = []
    active = {"n": 0, "max": 0}

    def work(name):
        def run(progress):
            active["n"] += 1
            active["max"] = max(active["max"], active["n"])
            time.sleep(0.05)
            active["n"] -= 1
            return name
        return run

    for name in ("a", "b", "c"):
        jobs.run_job(parent, name, work(name), order.append)
    assert jobs.busy()
    assert jobs.wait_idle(10)
    assert order == ["a", "b", "c"] and active["max"] == 1


def test_the_window_takes_no_clicks_while_a_job_runs(parent, qtbot):
    button = QPushButton("x", parent)
    clicked: list[bool] = []
    button.clicked.connect(lambda: clicked.append(True))
    parent.show()
    gate = Gate()

    def work(progress):
        gate.reached.set()
        assert gate.go.wait(20)

    jobs.run_job(parent, "t", work, lambda _v: None)
    assert gate.reached.wait(5)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # before the dialog is even shown
    assert not clicked
    gate.go.set()
    assert jobs.wait_idle(10)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert clicked


def test_cancel_during_an_import_leaves_the_file_unchanged_and_no_undo_step(qtbot, session, demo_path, monkeypatch):
    from dtidesk.gui import plan_import_dialog as mod

    dialog = mod.PlanImportDialog(session)
    qtbot.addWidget(dialog)
    dialog.load_file(FIXTURES / "seed000_plan_stp_tuyenquang.txt")
    assert jobs.wait_idle(20) and dialog.import_button.isEnabled()
    session.af.conn.execute("PRAGMA schema_version")  # nothing pending: the bytes on disk are the file
    before_rows, before_hash = counts(session.af), digest(demo_path)
    gate = Gate()
    real = mod.apply_plan_import
    monkeypatch.setattr(mod, "apply_plan_import",
                        lambda af, preview, create, progress: real(af, preview, create, progress=gate.wrap(progress, 5)))
    dialog.import_button.click()
    assert gate.reached.wait(20)  # the worker is inside the transaction, some tasks written
    job = jobs.current_job()
    qtbot.waitUntil(job.dialog.isVisible, timeout=5000)
    qtbot.mouseClick(job.dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert job.dialog.isVisible() and not job.dialog.cancel_button.isEnabled()  # up until the rollback is done
    gate.go.set()
    assert jobs.wait_idle(20)
    assert session.undo_stack.count() == 0 and dialog.plan_id is None
    assert dialog.result() != dialog.DialogCode.Accepted
    assert counts(session.af) == before_rows
    assert digest(demo_path) == before_hash
    assert session.af.path.with_name(session.af.path.name + "-journal").exists() is False


def test_a_completed_import_is_one_undo_step(qtbot, session, dialogs):
    from dtidesk.gui.plan_import_dialog import PlanImportDialog

    dialog = PlanImportDialog(session)
    qtbot.addWidget(dialog)
    dialog.load_file(FIXTURES / "seed000_plan_stp_tuyenquang.txt")
    assert jobs.wait_idle(20)
    ui = threading.get_ident()
    threads: list[int] = []
    session.changed.connect(lambda _c: threads.append(threading.get_ident()))
    dialog.do_import()
    assert jobs.wait_idle(20)
    assert dialog.plan_id is not None and session.undo_stack.count() == 1
    assert threads and set(threads) == {ui}  # the views refresh on the UI thread
    session.undo_stack.undo()
    assert session.af.repo.plans.get(dialog.plan_id) is None


def test_export_from_the_menu_reaches_its_done_box_on_the_ui_thread(qtbot, demo_path, tmp_path, monkeypatch):
    from dtidesk.gui.main_window import MainWindow

    boxes: list[tuple[int, str]] = []

    def fake_exec(box):
        boxes.append((threading.get_ident(), box.windowTitle()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(demo_path)
    out = tmp_path / "kh.pdf"
    window.exports.run("appendix-tasks", "pdf", out=out)  # not quiet: the "Exported" box is made
    assert jobs.wait_idle(60)
    assert window.exports.last_output == out and out.read_bytes().startswith(b"%PDF")
    assert boxes == [(threading.get_ident(), "Đã xuất")]
    window.set_session(None)


def test_closing_the_window_cancels_the_job_and_waits_for_it(qtbot, demo_path):
    from dtidesk.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(demo_path)
    started = threading.Event()
    delivered: list[object] = []

    def endless(progress):
        started.set()
        for i in range(2000):  # 20 s unless cancelled
            progress(i, 2000, "")
            time.sleep(0.01)

    job = jobs.run_job(window, "t", endless, delivered.append, on_cancelled=lambda: delivered.append("cancelled"))
    assert started.wait(5)
    t0 = time.monotonic()
    window.close()
    assert time.monotonic() - t0 < 5
    assert job.thread.isFinished() and not jobs.busy()
    assert window.session is None and not delivered  # the closing window is told nothing
    qtbot.wait(50)


def test_closing_the_window_waits_for_a_job_that_cannot_be_cancelled(qtbot, demo_path):
    from dtidesk.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(demo_path)
    started, finished = threading.Event(), threading.Event()

    def restore_like(progress):
        started.set()
        time.sleep(0.4)
        progress(1, 1, "")  # closing asked to cancel; a job that cannot be cancelled is not stopped here
        finished.set()

    job = jobs.run_job(window, "t", restore_like, lambda _v: None, cancellable=False)
    assert started.wait(5) and job.dialog.cancel_button is None
    window.close()
    assert finished.is_set() and job.thread.isFinished()


def test_cancelled_default_tells_the_status_bar(qtbot, demo_path):
    from dtidesk.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)

    def work(progress):
        raise Cancelled()

    jobs.run_job(window, "t", work, lambda _v: None)
    assert jobs.wait_idle(10)
    assert window.statusBar().currentMessage() == Cancelled().message


def test_a_cancelled_consolidation_changes_nothing_and_a_finished_one_is_one_undo_step(session, demo_path, parent):
    from dtidesk.gui import form_commands
    from dtidesk.services import forms as fo

    af = session.af
    form = fo.get_form(af, "cchc-stats")
    unit = fo.submitting_units(af)[0]
    fo.set_value(af, form.id, 2023, "H1", unit.id, "1.1", "7")
    before_rows, before_hash = counts(af), digest(demo_path)
    gate = Gate()

    def action(progress):
        return fo.consolidate(af, form.id, 2023, "H1", progress=progress)[1]

    form_commands.run_figures_job(parent, session, "tổng hợp", [(form.id, 2023, "H1")],
                                  lambda progress: action(gate.wrap(progress)), title="t")
    assert gate.reached.wait(20)  # inside the consolidation's transaction
    jobs.current_job().dialog.request_cancel()
    gate.go.set()
    assert jobs.wait_idle(20)
    assert counts(af) == before_rows and digest(demo_path) == before_hash
    assert session.undo_stack.count() == 0 and fo.values_for(af, form.id, 2023, "H1").value("1.1") is None

    changed = []
    session.changed.connect(changed.append)
    form_commands.run_figures_job(parent, session, "tổng hợp", [(form.id, 2023, "H1")], action, title="t")
    assert jobs.wait_idle(20)
    assert fo.values_for(af, form.id, 2023, "H1").value("1.1") == 7
    assert session.undo_stack.count() == 1 and changed and changed[-1].touches("form_values")
    session.undo_stack.undo()
    assert fo.values_for(af, form.id, 2023, "H1").value("1.1") is None


def test_a_late_timer_on_a_job_already_let_go_does_nothing():
    """PySide6 may call the dialog timer's slot on a new, empty wrapper of a job that has been delivered and
    let go (seen under load): nothing to show, and no AttributeError in the event loop."""
    import types

    from dtidesk.gui.jobs import Job

    empty = types.SimpleNamespace()
    Job._show_dialog(empty)
    Job._show_progress(empty)
