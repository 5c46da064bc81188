"""The change history window (issue 18): Công cụ → Lịch sử thay đổi…, a task's and a criterion's “Lịch sử…”,
filters, lazy reading of a long log, the Excel export off the window's thread, and what it says about undo."""

from __future__ import annotations

import getpass

import openpyxl
import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from dtidesk.gui import jobs
from dtidesk.gui.main_window import MainWindow
from dtidesk.services import history, scoring
from dtidesk.services import tasks as task_ops
from dtidesk.store import misc

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform says so for any shown window

@pytest.fixture
def window(qtbot):
    w = MainWindow()
    w.setProperty("noModal", True)
    qtbot.addWidget(w)
    yield w
    w.set_session(None)


def _rows(dialog) -> list[tuple[str, ...]]:
    return [dialog.model.cells(r) for r in range(dialog.model.rowCount())]


def _task(window):
    return window.session.af.repo.tasks.for_plan(window.plan_combo.currentData())[0]


def test_tools_menu_opens_the_file_history_and_says_undo_is_not_kept(window, demo_path, qtbot, tmp_path):
    action = window.change_history_action
    assert action in window.findChild(QMenu, "menuTools").actions() and action.text() == "&Lịch sử thay đổi…"
    assert not action.isEnabled()
    window.open_path(demo_path)
    assert action.isEnabled()
    s = window.session
    t = _task(window)
    s.notify(task_ops.update_task(s.af, t.id, status="done", due_date="30/6/2024"))
    action.trigger()
    dialog = window.last_history
    assert dialog.isVisible() and not dialog.isModal()
    note = dialog.note.text()
    assert "được lưu ngay trong tệp" in note and "đóng tệp rồi mở lại" in note and "Hoàn tác (Ctrl+Z) thì không" in note
    assert dialog.model.rowCount() == history.count(s.af) == 3
    at, who, computer, kind, action_text, item, change = _rows(dialog)[0]
    assert (who, kind, action_text) == (getpass.getuser(), "Nhiệm vụ", "Sửa nhiệm vụ")
    assert change.startswith("Tình trạng: Chưa thực hiện → Hoàn thành; Hạn hoàn thành: (trống) → 30/6/2024")
    assert t.code in item and "Số thay đổi: 3" == dialog.count_label.text()
    dialog.table.selectRow(0)
    assert "Tình trạng: Chưa thực hiện → Hoàn thành" in dialog.detail.toPlainText().splitlines()
    # It follows the file: a new edit shows at the top at once.
    s.notify(task_ops.update_task(s.af, t.id, result="Xong"))
    assert dialog.model.rowCount() == 4 and _rows(dialog)[0][6] == "Kết quả: (trống) → Xong"
    dialog.grab().save(str(tmp_path / "history.png"))
    # Closing the file closes its history; a read-only file has one too.
    window.close_file()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())
    assert not action.isEnabled()
    window.open_path(demo_path, readonly=True)
    assert action.isEnabled()
    action.trigger()
    assert window.last_history.model.rowCount() == 4  # still there after closing and opening the file


def test_filters_by_person_date_and_kind(window, demo_path, monkeypatch):
    window.open_path(demo_path)
    s = window.session
    t = _task(window)
    s.notify(task_ops.update_task(s.af, t.id, result="một"))
    monkeypatch.setattr(misc, "who_and_where", lambda: ("tranthib", "KHTC-PC"))
    s.notify(task_ops.update_task(s.af, t.id, result="hai"))
    window.change_history_action.trigger()
    d = window.last_history
    assert [d.who_combo.itemText(i) for i in range(d.who_combo.count())] == [
        "Mọi người", *sorted([getpass.getuser(), "tranthib"])]
    d.who_combo.setCurrentIndex(d.who_combo.findData("tranthib"))
    assert [(r[1], r[2], r[6]) for r in _rows(d)] == [("tranthib", "KHTC-PC", "Kết quả: một → hai")]
    d.since_edit.setText("31/02/2024")
    d.since_edit.editingFinished.emit()
    assert not d.refusal.isHidden() and "31/02/2024" in d.refusal.text() and "Từ ngày" in d.refusal.text()
    assert d.model.rowCount() == 1  # the refused date changed nothing
    d.since_edit.setText("01/01/2099")
    d.since_edit.editingFinished.emit()
    assert d.refusal.isHidden() and d.model.rowCount() == 0 and not d.export_button.isEnabled()
    d.clear_filters()
    assert d.model.rowCount() == 4 and d.who_combo.currentIndex() == 0
    d.kind_combo.setCurrentIndex(d.kind_combo.findData("unit"))
    assert {r[3] for r in _rows(d)} == {"Đơn vị, cơ quan"}


def test_a_long_log_is_read_a_page_at_a_time(window, demo_path, qtbot):
    window.open_path(demo_path)
    af = window.session.af
    with af.transaction():
        for n in range(450):
            af.repo.log.add("update_task", "tasks", 1, f"dòng {n}", before={"result": ""}, after={"result": str(n)})
    window.change_history_action.trigger()
    d = window.last_history
    assert d.model.rowCount() == history.PAGE and d.model.canFetchMore(d.model.index(-1, -1))
    assert d.count_label.text() == "Số thay đổi: 452"
    d.table.scrollToBottom()
    qtbot.waitUntil(lambda: d.model.rowCount() > history.PAGE)
    while d.model.canFetchMore(d.model.index(-1, -1)):
        d.model.fetchMore(d.model.index(-1, -1))
    assert d.model.rowCount() == 452
    ids = [e.id for e in d.model.entries]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == 452


def test_export_runs_off_the_window_thread(window, demo_path, tmp_path):
    window.open_path(demo_path)
    s = window.session
    s.notify(task_ops.update_task(s.af, _task(window).id, result='=HYPERLINK("x")'))
    window.change_history_action.trigger()
    d = window.last_history
    out = tmp_path / "lich-su.xlsx"
    d.export_to(out)
    assert jobs.busy()  # on the worker; the window keeps painting
    assert jobs.wait_idle()
    assert out.exists() and str(out) in d.count_label.text()
    ws = openpyxl.load_workbook(out).active
    cells = [c for row in ws.iter_rows(min_row=5) for c in row if isinstance(c.value, str) and "HYPERLINK" in c.value]
    assert cells and all(c.data_type == "s" for c in cells)


def test_a_tasks_history_from_its_context_menu(window, demo_path):
    window.open_path(demo_path)
    s = window.session
    tab = window.tasks_tab
    first, second = s.af.repo.tasks.for_plan(window.plan_combo.currentData())[:2]
    s.notify(task_ops.update_task(s.af, first.id, result="A"))
    s.notify(task_ops.update_task(s.af, second.id, result="B"))
    s.notify(task_ops.update_task(s.af, first.id, result="C"))
    assert tab.view.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert tab.act_history in tab.view.actions() and tab.act_history.text() == "Lịch sử…"
    tab.select_task(first.id)
    tab.act_history.trigger()
    d = tab.history_dialog
    assert d.heading.text().startswith(f"Nhiệm vụ {first.code}:") and d.kind_combo.isHidden()
    assert [r[6] for r in _rows(d)] == ["Kết quả: A → C", "Kết quả: (trống) → A"]


def test_a_criterions_history_from_its_context_menu(window, demo_path, monkeypatch):
    window.open_path(demo_path)
    s = window.session
    window.ui.tabs.setCurrentWidget(window.ui.criteriaTab)
    tab = window.criteria_tab
    a = s.af.repo.assessments.all()[0]
    node = scoring.assessment_view(s.af, a.year).tree.by_code("1.1")
    other = scoring.assessment_view(s.af, a.year).tree.by_code("1.2")
    s.notify(scoring.set_score(s.af, a.id, node.id, "self_score", "1"))
    s.notify(scoring.set_score(s.af, a.id, other.id, "self_score", "1"))
    tab.select(node.id)
    shown: list[QMenu] = []
    monkeypatch.setattr(QMenu, "popup", lambda menu, *args: shown.append(menu))
    tab._context_menu(tab.tree.visualRect(tab.tree.currentIndex()).center())
    item = next(a for a in shown[0].actions() if a.text() == "Lịch sử…")
    item.trigger()
    d = tab.history_dialog
    assert d.heading.text().startswith("Điểm tiêu chí 1.1")
    assert [(r[4], r[6].split(" → ")[1]) for r in _rows(d)] == [("Sửa điểm", "1")]
