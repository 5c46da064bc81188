"""The “Sắp đến hạn / Quá hạn” tab and the start page's list (issue 18): counts, red overdue lines, jumps, exports."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from dtidesk.domain.calendar import DueKind
from dtidesk.gui.due_panel import DueCol
from dtidesk.gui.main_window import MainWindow
from dtidesk.gui.task_model import OVERDUE_FG
from dtidesk.services import forms as fo

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

TODAY = dt.date(2024, 6, 1)  # the demo's CCHC plan of 2024: its 6-month report is due 12/6 ("trước ngày 13/6")


@pytest.fixture
def window(qtbot, demo_path, dialogs, monkeypatch):
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    w = MainWindow()
    qtbot.addWidget(w)
    w.due.panel.today = TODAY
    w.start_page.due_panel.today = TODAY
    w.resize(1366, 768)
    w.show()
    assert w.open_path(demo_path)
    assert w.due.panel.calendar is None  # not read at opening: the first look and keystrokes do not wait for it
    w.ui.tabs.setCurrentWidget(w.due.panel)
    qtbot.waitUntil(lambda: w.due.panel.calendar is not None, timeout=3000)
    yield w
    w.set_session(None)


def _row(panel, kind: DueKind, **match) -> int:
    for r, item in enumerate(panel.model.items):
        if item.kind == kind and all(getattr(item, k) == v for k, v in match.items()):
            return r
    raise AssertionError(f"no {kind} line with {match}")


def test_tab_counts_overdue_and_shows_them_red(window):
    panel = window.due.panel
    tabs = window.ui.tabs
    overdue = sum(1 for i in panel.model.items if i.overdue)
    assert overdue > 0 and tabs.tabText(window.due.index) == f"Sắp đến hạn / Quá hạn ({overdue})"
    assert tabs.tabBar().tabTextColor(window.due.index) == OVERDUE_FG
    m = panel.model
    first = m.index(0, DueCol.LEFT)
    assert panel.model.items[0].overdue and m.data(first).startswith("quá hạn ")
    assert m.data(first, Qt.ItemDataRole.ForegroundRole) == OVERDUE_FG
    report = _row(panel, DueKind.REPORT, period="H1")
    assert m.data(m.index(report, DueCol.TITLE)) == "Báo cáo 6 tháng đầu năm 2024"
    assert m.data(m.index(report, DueCol.LEFT)) == "còn 11 ngày"
    assert m.data(m.index(report, DueCol.LEFT), Qt.ItemDataRole.ForegroundRole) != OVERDUE_FG
    assert m.data(m.index(report, DueCol.DATE)) == "12/6/2024" and m.data(m.index(report, DueCol.START)) == "29/5/2024"
    assert "Quá hạn:" in panel.summary.text() and m.headerData(0, Qt.Orientation.Horizontal) == "Hạn"
    # the kind filter and the number of days
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData("report"))
    assert {i.kind for i in panel.model.items} == {DueKind.REPORT}
    panel.days_spin.setValue(5)
    assert panel.model.items == [] or all(i.overdue or i.days_left <= 5 for i in panel.model.items)


def test_double_click_jumps_to_the_task_the_report_and_the_form(window, qtbot):
    panel = window.due.panel
    window.ui.tabs.setCurrentWidget(panel)
    task = panel.model.items[_row(panel, DueKind.TASK)]
    panel.view.doubleClicked.emit(panel.model.index(_row(panel, DueKind.TASK), DueCol.TITLE))
    assert window.ui.tabs.currentWidget() is window.ui.tasksTab
    assert window.plan_combo.currentData() == task.plan_id and window.tasks_tab.current_task_id() == task.task_id

    report = panel.model.items[_row(panel, DueKind.REPORT, period="H1")]
    window.due.jump(report)
    rt = window.reports_tab
    assert window.ui.tabs.currentWidget() is window.ui.reportsTab and window.plan_combo.currentData() == report.plan_id
    assert rt.period_combo.currentData() == "H1" and rt.pages.currentWidget() is rt.text_panel

    form_item = panel.model.items[_row(panel, DueKind.UNIT_FORM, period="H1")]
    window.due.jump(form_item)
    fp = rt.forms_panel
    assert rt.pages.currentWidget() is fp and fp.form_id() == form_item.form_id
    assert fp.unit_id() == form_item.unit_id and fp.year() == 2024 and str(fp.period()) == "H1"


def test_a_unit_that_sends_leaves_the_list(window, qtbot):
    panel = window.due.panel
    before = [i for i in panel.model.items if i.kind == DueKind.UNIT_FORM and i.period == "H1"]
    unit = before[0]
    af = window.session.af
    form = fo.get_form(af, unit.form_id)
    code = next(r.code for r in form.template.rows if r.editable and r.type != "group")
    changes = fo.set_values(af, form.id, 2024, "H1", unit.unit_id, {code: "1"})
    window.session.notify(changes)
    qtbot.waitUntil(lambda: len([i for i in panel.model.items if i.kind == DueKind.UNIT_FORM and i.period == "H1"])
                    == len(before) - 1, timeout=3000)


def test_start_page_lists_the_last_file_and_opens_it_on_double_click(window, qtbot):
    window.close_file()
    start = window.start_page.due_panel
    qtbot.waitUntil(lambda: start.calendar is not None, timeout=3000)
    assert window.start_page.due_title.text() == "Sắp đến hạn và quá hạn trong tệp demo.dtidesk"
    assert start.view.isColumnHidden(DueCol.WHERE) and start.model.rowCount() > 0
    row = _row(start, DueKind.REPORT, period="H1")
    start.view.doubleClicked.emit(start.model.index(row, DueCol.TITLE))
    assert window.session is not None and window.ui.tabs.currentWidget() is window.ui.reportsTab


def test_export_ics_and_print_the_list(window, qtbot, tmp_path):
    panel = window.due.panel
    ics, pdf = tmp_path / "lich.ics", tmp_path / "han.pdf"
    panel.export_ics(ics)
    qtbot.waitUntil(lambda: panel.last_output == ics, timeout=5000)
    text = ics.read_bytes()
    assert text.startswith(b"BEGIN:VCALENDAR\r\n") and text.count(b"BEGIN:VEVENT") == len(panel.calendar.items)
    panel.print_list(pdf)
    qtbot.waitUntil(lambda: panel.last_output == pdf, timeout=5000)
    assert pdf.read_bytes().startswith(b"%PDF")


def test_panel_screenshot(window, tmp_path):
    window.ui.tabs.setCurrentWidget(window.due.panel)
    shot = tmp_path / "due.png"
    assert window.grab().save(str(shot)) and shot.stat().st_size > 10_000
