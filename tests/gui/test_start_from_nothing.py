"""From an empty file: no index ticked, empty tabs say what to do, a plan or a year made, shown and undone."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from dtidesk.domain.models import Agency
from dtidesk.gui.dialogs import NewFileDialog
from dtidesk.gui.main_window import MainWindow
from dtidesk.gui.new_plan_dialog import NewAssessmentDialog, NewPlanDialog
from dtidesk.gui.session import Session
from dtidesk.services.files import new_file


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    w.setProperty("noModal", True)
    qtbot.addWidget(w)
    yield w
    w.set_session(None)


def _wizard_file(qtbot, monkeypatch, path: Path):
    """The new-file wizard, accepted as an officer of Bắc Giang would: nothing ticked."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    dlg = NewFileDialog()
    qtbot.addWidget(dlg)
    dlg.ui.parentEdit.setText("Ủy ban nhân dân tỉnh Bắc Giang")
    dlg.ui.agencyEdit.setText("Sở Nội vụ")
    dlg.ui.shortCodeEdit.setText("SNV")
    dlg.accept()
    assert dlg.result_file is not None
    return dlg.result_file


def _open_new(window, qtbot, monkeypatch, tmp_path):
    af = _wizard_file(qtbot, monkeypatch, tmp_path / "snv.dtidesk")
    window.set_session(Session(af, window))
    return af


def test_the_wizard_ticks_no_index_and_says_it_can_be_imported_later(qtbot):
    dlg = NewFileDialog()
    qtbot.addWidget(dlg)
    items = [dlg.ui.frameworksList.item(i) for i in range(dlg.ui.frameworksList.count())]
    assert items and "Tuyên Quang" in items[0].text()
    assert all(i.checkState() == Qt.CheckState.Unchecked for i in items)
    assert dlg.catalogs() == []
    assert "Tệp → Nhập danh mục bộ chỉ số…" in dlg.ui.frameworksNote.text()


def test_a_wizard_file_has_no_other_provinces_index(qtbot, monkeypatch, tmp_path):
    af = _wizard_file(qtbot, monkeypatch, tmp_path / "snv.dtidesk")
    try:
        assert af.repo.frameworks.all() == []
    finally:
        af.close()


def test_start_page_says_how_to_start(window):
    assert "Bắt đầu từ tệp trống" in window.start_page.steps.text()
    assert "Nhập danh mục bộ chỉ số" in window.start_page.steps.text()


def test_empty_tabs_say_what_to_do_next(window, qtbot, monkeypatch, tmp_path):
    _open_new(window, qtbot, monkeypatch, tmp_path)
    assert window.year_combo.count() == 1  # this year, to start from
    assert not window.plan_setup.tasks_hint.isHidden() and window.tasks_tab.isHidden()
    assert window.plan_setup.tasks_hint.heading.text() == "Chưa có kế hoạch"
    assert [b.defaultAction() for b in window.plan_setup.tasks_hint.buttons] == [window.plan_setup.new_plan_action,
                                                                      window.import_plan_action]
    assert all(b.isEnabled() for b in window.plan_setup.tasks_hint.buttons)
    window.ui.tabs.setCurrentWidget(window.ui.criteriaTab)
    assert not window.plan_setup.criteria_hint.isHidden() and window.criteria_tab.isHidden()
    assert window.plan_setup.criteria_hint.heading.text() == "Chưa có bộ chỉ số"
    assert [b.defaultAction() for b in window.plan_setup.criteria_hint.buttons][:2] == [
        window.import_index_action, window.ui.actionImportCatalog]  # the province's decision first


def test_create_a_plan_from_the_menu_then_undo_and_redo(window, qtbot, monkeypatch, tmp_path):
    _open_new(window, qtbot, monkeypatch, tmp_path)
    menu = [a.text() for a in window.findChild(type(window.ui.menuFile), "menuPlan").actions()]
    assert menu[:2] == ["&Tạo kế hoạch mới…", "Tạo kỳ tự &đánh giá…"]
    assert not window.tasks_tab.act_add.isEnabled()
    window.plan_setup.new_plan_action.trigger()
    dlg = window.last_dialog
    assert isinstance(dlg, NewPlanDialog)
    dlg.kind_combo.setCurrentIndex(dlg.kind_combo.findData("cchc"))
    dlg.year_spin.setValue(2026)
    assert dlg.title_edit.text() == "Cải cách hành chính năm 2026"  # proposed until the officer types
    dlg.number_edit.setText("12")
    dlg.accept()
    plan_id = dlg.created.plan_id
    assert dlg.result() == dlg.DialogCode.Accepted and plan_id is not None
    assert window.plan_combo.currentData() == plan_id
    assert window.plan_combo.currentText() == "2026 — Cải cách hành chính năm 2026"
    assert window.year_combo.currentData() == 2026
    assert window.plan_setup.tasks_hint.isHidden() and not window.tasks_tab.isHidden()
    assert window.tasks_tab.plan_id == plan_id and window.tasks_tab.act_add.isEnabled()
    assert window.undo_action.text() == "&Hoàn tác tạo kế hoạch năm 2026"

    window.undo_action.trigger()
    assert window.plan_combo.count() == 0 and window.session.af.repo.plans.all() == []
    assert not window.plan_setup.tasks_hint.isHidden() and not window.tasks_tab.act_add.isEnabled()
    window.redo_action.trigger()
    assert window.plan_combo.findData(plan_id) >= 0  # the same plan, under the same id
    assert window.session.af.repo.plans.get(plan_id).number == 12


def test_a_refused_plan_keeps_the_dialog_open_with_the_reason(window, qtbot, monkeypatch, tmp_path):
    _open_new(window, qtbot, monkeypatch, tmp_path)
    window.plan_setup.new_plan_action.trigger()
    dlg = window.last_dialog
    dlg.title_edit.setText("   ")
    dlg.accept()
    assert dlg.result() != dlg.DialogCode.Accepted and not dlg.error.isHidden()
    assert dlg.error.text() == "Tên kế hoạch: không được để trống."
    assert window.session.af.repo.plans.all() == [] and window.session.undo_stack.count() == 0


def test_add_a_year_creates_its_self_assessment(window, tmp_path):
    af = new_file(tmp_path / "stp.dtidesk", Agency(agency="SỞ TƯ PHÁP"), frameworks=True)
    window.set_session(Session(af, window))
    window.ui.tabs.setCurrentWidget(window.ui.criteriaTab)
    assert window.plan_setup.criteria_hint.isHidden() and not window.criteria_tab.isHidden()
    window.plan_setup.add_year_button.click()
    dlg = window.last_dialog
    assert isinstance(dlg, NewAssessmentDialog) and dlg.framework_combo.currentData() == "DTI-TQ-SO"
    dlg.year_spin.setValue(2031)
    dlg.accept()
    assert window.year_combo.currentData() == 2031
    assert window.criteria_tab.view.assessment is not None and window.criteria_tab.view.assessment.year == 2031
    # The same year again is refused in the dialog, naming the index.
    window.plan_setup.new_assessment_action.trigger()
    again = window.last_dialog
    again.year_spin.setValue(2031)
    again.accept()
    assert "Đã có kỳ đánh giá năm 2031 theo bộ chỉ số DTI-TQ-SO" in again.error.text()
    window.undo_action.trigger()
    assert window.year_combo.findData(2031) < 0


def test_the_criteria_tabs_create_button_is_undoable(window, tmp_path):
    af = new_file(tmp_path / "stp.dtidesk", Agency(agency="SỞ TƯ PHÁP"), frameworks=True)
    window.set_session(Session(af, window))
    tab = window.criteria_tab
    year = window.year_combo.currentData()
    assert tab.view.assessment is None and "chưa có kỳ đánh giá" in tab.summary.text()
    tab.create_button.click()
    assert tab.view.assessment is not None and tab.view.assessment.year == year
    window.undo_action.trigger()
    assert tab.view.assessment is None


def test_a_plan_on_an_index_brings_last_years_assessment(window, tmp_path):
    af = new_file(tmp_path / "stp.dtidesk", Agency(agency="SỞ TƯ PHÁP"), frameworks=True)
    window.set_session(Session(af, window))
    window.plan_setup.new_plan_action.trigger()
    dlg = window.last_dialog
    dlg.year_spin.setValue(2026)
    assert dlg.framework_combo.currentData() == "DTI-TQ-SO"  # the file's only DTI index, for a DTI plan
    assert "2025" in dlg.note.text()
    dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    years = [window.year_combo.itemData(i) for i in range(window.year_combo.count())]
    assert years == [2027, 2026, 2025]
    window.undo_action.trigger()
    assert af.repo.assessments.all() == [] and af.repo.plans.all() == []


def test_read_only_file_offers_nothing_to_create(window, qtbot, monkeypatch, tmp_path):
    af = _wizard_file(qtbot, monkeypatch, tmp_path / "snv.dtidesk")
    af.close()
    window.open_path(tmp_path / "snv.dtidesk", readonly=True)
    assert not window.plan_setup.new_plan_action.isEnabled() and not window.plan_setup.add_year_button.isEnabled()
    assert not window.plan_setup.tasks_hint.buttons[0].isEnabled()
