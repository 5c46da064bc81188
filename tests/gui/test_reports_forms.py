"""Reports tab: the statistics-form grid (typed cells, import, consolidation, undo), report text, reminders."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from dtidesk.domain.periods import Period
from dtidesk.gui.form_model import FormCol
from dtidesk.gui.jobs import wait_idle
from dtidesk.gui.main_window import MainWindow
from dtidesk.services import forms as fo
from dtidesk.services.form_files import export_unit_form

# The window is shown (the grid is built when on screen); the offscreen platform warns about size hints.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def window(qtbot, demo_path, dialogs, monkeypatch):
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.open_path(demo_path)
    yield w
    w.set_session(None)


@pytest.fixture
def panel(window):
    tab = window.reports_tab
    window.show()  # the grid is built when its page is on screen
    window.ui.tabs.setCurrentWidget(window.ui.reportsTab)
    tab.pages.setCurrentWidget(tab.forms_panel)
    tab.period_combo.setCurrentIndex(tab.period_combo.findData("H1"))
    p = tab.forms_panel
    p.form_combo.setCurrentIndex(p.form_combo.findData(fo.get_form(window.session.af, "cchc-stats").id))
    p.year_spin.setValue(2023)
    return p


def cell(panel, code: str, col: FormCol = FormCol.VALUE):
    model = panel.rows_model
    return model.index(model.row_of(code), col)


def stored(window, code: str, unit_id=None):
    af = window.session.af
    return fo.values_for(af, fo.get_form(af, "cchc-stats").id, 2023, "H1", unit_id).value(code)


def test_typed_cells_recompute_ratio_and_undo(window, panel):
    model = panel.rows_model
    assert model.setData(cell(panel, "1.2.1"), "6")
    assert model.setData(cell(panel, "1.2.2"), "3")
    assert stored(window, "1.2.1") == Decimal(6)
    assert cell(panel, "1.2").data() == "50%"  # ratio row computed from its sub-rows, shown at once
    assert not model.flags(cell(panel, "1.2")) & Qt.ItemFlag.ItemIsEditable  # computed rows are read-only
    assert model.flags(cell(panel, "1.2.1")) & Qt.ItemFlag.ItemIsEditable
    window.undo_action.trigger()
    assert stored(window, "1.2.2") is None and cell(panel, "1.2").data() == ""
    window.redo_action.trigger()
    assert stored(window, "1.2.2") == Decimal(3)


def test_bad_input_is_refused_in_vietnamese_and_changes_nothing(window, panel, dialogs):
    panel.rows_model.setData(cell(panel, "1.2.1"), "6")
    steps = window.session.undo_stack.count()
    assert not panel.rows_model.setData(cell(panel, "1.2.1"), "sáu")
    assert dialogs[-1][0] == "warning" and "không phải là số" in dialogs[-1][2]
    assert not panel.rows_model.setData(cell(panel, "1.2.1"), "45%")  # a ratio typed into a count row
    assert "hãy ghi số lượng" in dialogs[-1][2]
    assert stored(window, "1.2.1") == Decimal(6)
    assert window.session.undo_stack.count() == steps


def test_findings_name_rows_and_color_them(window, panel):
    panel.rows_model.setData(cell(panel, "3.3.1.1"), "10")
    panel.rows_model.setData(cell(panel, "3.3.1.2"), "12")  # resolved more than received
    texts = [panel.findings_list.item(i).text() for i in range(panel.findings_list.count())]
    assert any("3.3.1" in t for t in texts), texts
    assert cell(panel, "3.3.1.2").data(Qt.ItemDataRole.BackgroundRole) is not None or \
        cell(panel, "3.3.1").data(Qt.ItemDataRole.BackgroundRole) is not None


def test_import_units_files_then_consolidate_with_undo(window, panel, tmp_path):
    af = window.session.af
    form = fo.get_form(af, "cchc-stats")
    units = [u for u in af.repo.units.all() if u.kind in fo.SUBMITTING_KINDS][:2]
    paths = []
    for n, unit in enumerate(units, start=1):
        path = export_unit_form(af, form.id, 2023, "H1", unit.id, tmp_path / f"u{n}.xlsx")
        wb = load_workbook(path)
        ws = wb.worksheets[0]
        rows = {ws.cell(r, 1).value: r for r in range(1, ws.max_row + 1)
                if isinstance(ws.cell(r, 1).value, str) and re.fullmatch(r"[\d.]+", ws.cell(r, 1).value)}
        ws.cell(rows["1.1"], 4).value = n * 2
        ws.cell(rows["1.2.1"], 4).value = n * 5
        wb.save(path)
        paths.append(str(path))
    bad = tmp_path / "hong.xlsx"
    bad.write_bytes(b"not a workbook")
    panel.import_files(paths + [str(bad)])
    assert wait_idle()  # read and imported by a job
    assert "2" in panel.last_import_report and "hong.xlsx" in panel.last_import_report
    assert stored(window, "1.1", units[0].id) == Decimal(2) and stored(window, "1.1", units[1].id) == Decimal(4)
    panel.consolidate()
    assert wait_idle()
    assert stored(window, "1.1") == Decimal(6)  # 2 + 4: the agency's figure is the units' sum
    assert stored(window, "1.2.1") == Decimal(15)
    assert panel.unit_combo.currentData() == -1
    window.undo_action.trigger()  # consolidation undone
    assert stored(window, "1.1") is None
    window.undo_action.trigger()  # import undone: the units' figures and submissions are gone
    assert stored(window, "1.1", units[0].id) is None
    assert not af.repo.forms.submissions(form.id, 2023, "H1")
    window.redo_action.trigger()
    assert stored(window, "1.1", units[1].id) == Decimal(4)
    assert set(af.repo.forms.submissions(form.id, 2023, "H1")) == {u.id for u in units}


def test_unit_view_shows_submission_state(window, panel):
    af = window.session.af
    unit = [u for u in af.repo.units.all() if u.kind in fo.SUBMITTING_KINDS][0]
    panel.unit_combo.setCurrentIndex(panel.unit_combo.findData(unit.id))
    assert "chưa gửi" in panel.submitted_label.text()
    panel.rows_model.setData(cell(panel, "1.1"), "3")
    assert stored(window, "1.1", unit.id) == Decimal(3)
    assert "Đã nhận" in panel.submitted_label.text()


def test_table_form_rows_edited_and_checked(window, panel):
    af = window.session.af
    tthc = fo.get_form(af, "tthc-results")
    panel.form_combo.setCurrentIndex(panel.form_combo.findData(tthc.id))
    editor = panel.table_editor
    assert panel.stack.currentWidget() is editor
    cols = [c.key for c in tthc.template.columns]
    editor.add_row()  # the first row of an empty table is a field (group) row
    field = next(i for i, r in enumerate(editor.rows) if r.get("kind") == "field")
    editor.table.item(field, 1 + cols.index("field")).setText("Báo chí")
    editor.table.setCurrentCell(next(i for i, r in enumerate(editor.rows) if r.get("kind") == "field"), 1)
    editor.add_row()

    def procedure_row() -> int:
        return next(i for i, r in enumerate(editor.rows) if r.get("kind") == "procedure")

    editor.table.item(procedure_row(), 1 + cols.index("procedure")).setText("Cấp giấy phép")
    editor.table.item(procedure_row(), 1 + cols.index("received")).setText("5")
    editor.table.item(procedure_row(), 1 + cols.index("resolved")).setText("7")
    rows = fo.table_rows(af, tthc.id, 2023, "H1")
    proc = next(r for r in rows if r.get("procedure") == "Cấp giấy phép")
    assert proc["received"] == "5" and proc["resolved"] == "7"
    total = [r for r in rows if r.get("kind") == "total"]
    assert total and total[0]["received"] == "5"  # the total is computed from the rows
    i = next(i for i, r in enumerate(editor.rows) if r.get("kind") == "total")
    assert not editor.table.item(i, 1 + cols.index("received")).flags() & Qt.ItemFlag.ItemIsEditable
    texts = [panel.findings_list.item(i).text() for i in range(panel.findings_list.count())]
    assert any("lớn hơn" in t or "khác" in t for t in texts), texts
    editor.table.item(procedure_row(), 1 + cols.index("received")).setText("năm")  # text in a count cell
    assert fo.table_rows(af, tthc.id, 2023, "H1") == rows  # refused whole, nothing changed
    window.undo_action.trigger()
    assert not any(r.get("resolved") == "7" for r in fo.table_rows(af, tthc.id, 2023, "H1"))


def test_report_text_saved_as_undoable_step(window):
    tab = window.reports_tab
    tab.pages.setCurrentWidget(tab.text_panel)
    panel = tab.text_panel
    panel.select_block("shortcomings")
    panel.editor.setPlainText("Một số nhiệm vụ còn chậm.")
    assert panel.save()
    af = window.session.af
    texts = af.repo.forms.report_texts(tab.plan_id, tab.plan_year(), str(tab.period()))
    assert texts == {"shortcomings": "Một số nhiệm vụ còn chậm."}
    panel.blocks.setCurrentRow(0)  # moving away keeps the text
    panel.select_block("shortcomings")
    assert panel.editor.toPlainText() == "Một số nhiệm vụ còn chậm."
    window.undo_action.trigger()
    assert af.repo.forms.report_texts(tab.plan_id, tab.plan_year(), str(tab.period())) == {}
    assert panel.editor.toPlainText() == ""


def test_reminder_lists_next_reports(window):
    tab = window.reports_tab
    text = tab.upcoming_text(today=dt.date(2023, 6, 1))
    assert text.startswith("Sắp đến hạn báo cáo:") and "14/6/2023" in text
    assert tab.upcoming_text(today=dt.date(2031, 1, 1)) == ""


def test_hidden_grid_waits_until_shown(window, panel):
    tab = window.reports_tab
    tab.pages.setCurrentWidget(tab.summary_box)
    panel.year_spin.setValue(2022)
    assert panel._stale  # not rebuilt while hidden
    tab.pages.setCurrentWidget(panel)
    assert not panel._stale and panel.rows_model.values.year == 2022


def test_period_change_reaches_the_grid(window, panel):
    tab = window.reports_tab
    tab.period_combo.setCurrentIndex(tab.period_combo.findData("Y"))
    assert panel.period() is Period.Y


def test_report_exported_from_the_reports_tab(window, tmp_path, qtbot):
    tab = window.reports_tab
    tab.text_panel.blocks.setCurrentRow(0)
    tab.text_panel.editor.setPlainText("Hoàn thành đúng hạn các nhiệm vụ trọng tâm.")
    tab.text_panel.save()
    ex = window.exports
    for fmt in ("pdf", "docx", "xlsx"):
        out = tmp_path / f"bc.{fmt}"
        ex.run_report(fmt, tab.plan_year(), str(tab.period()), out=out, quiet=True)
        qtbot.waitUntil(lambda o=out: ex.last_output == o, timeout=30000)
        assert out.stat().st_size > 1000
    import pdfplumber

    with pdfplumber.open(tmp_path / "bc.pdf") as pdf:
        text = "\n".join(p.extract_text() or "" for p in pdf.pages)
    assert "BÁO CÁO" in text and "Hoàn thành đúng hạn các nhiệm vụ trọng tâm." in text


def _cchc_report(window):
    """Plan 2 (CCHC, 2024), 6 tháng, the report's own page shown."""
    window.plan_combo.setCurrentIndex(window.plan_combo.findData(2))
    tab = window.reports_tab
    tab.period_combo.setCurrentIndex(tab.period_combo.findData("H1"))
    tab.pages.setCurrentWidget(tab.text_panel)
    return tab


def test_cchc_report_is_written_by_area(window):
    tab = _cchc_report(window)
    panel = tab.text_panel
    labels = [panel.blocks.item(i).text() for i in range(panel.blocks.count())]
    assert labels[1].startswith("II.1 Công tác chỉ đạo, điều hành") and any(t.startswith("Mặt tích cực") for t in labels)
    panel.select_block("area_3")
    panel.editor.setPlainText("Đã niêm yết công khai bộ thủ tục hành chính.")
    assert panel.save()
    texts = window.session.af.repo.forms.report_texts(2, 2024, "H1")
    assert texts == {"area_3": "Đã niêm yết công khai bộ thủ tục hành chính."}


def test_figures_that_differ_are_shown_and_the_export_asks(window, dialogs, tmp_path, qtbot, monkeypatch):
    from dtidesk.services.changes import Changes

    tab = _cchc_report(window)
    panel = tab.text_panel
    assert panel.conflicts.isHidden()
    af = window.session.af
    fo.set_values(af, fo.get_form(af, "cchc-stats").id, 2024, "H1", None, {"1.1": "3"})
    window.session.changed.emit(Changes.of("form_values"))
    assert not panel.conflicts.isHidden()
    shown = panel.conflicts.text()
    assert shown.startswith("Báo cáo sẽ ghi các số liệu sau ở hai nơi") and "Phụ lục 02 (dòng 1.1): 3" in shown
    ex = window.exports
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    ex.run_report("pdf", 2024, "H1", out=tmp_path / "no.pdf", quiet=True)  # the officer goes back to fix
    assert not (tmp_path / "no.pdf").exists() and ex.last_output is None
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a: asked.append((title, text))
                        or QMessageBox.StandardButton.Yes)
    out = tmp_path / "yes.pdf"
    ex.run_report("pdf", 2024, "H1", out=out, quiet=True)
    qtbot.waitUntil(lambda: ex.last_output == out, timeout=30000)
    assert asked[0][0] == "Số liệu không khớp" and "Phụ lục 02 (dòng 1.1): 3" in asked[0][1]
    fo.set_values(af, fo.get_form(af, "cchc-stats").id, 2024, "H1", None, {"1.1": ""})
    window.session.changed.emit(Changes.of("form_values"))
    assert panel.conflicts.isHidden()
