"""Issue 15 in the window: Tệp → Nhập bộ chỉ số (a preview, one undo step) and the Criteria tab's scoring panel
(inputs → computed score → component and total, undo, an override with its reason, refusals in Vietnamese)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QFileDialog, QLineEdit

from dtidesk.cli import main
from dtidesk.domain.methods import KIND_NAMES
from dtidesk.gui.criteria_tab import CriteriaTab
from dtidesk.gui.index_import_dialog import IndexImportDialog
from dtidesk.gui.jobs import wait_idle
from dtidesk.gui.main_window import MainWindow
from dtidesk.gui.session import Session
from dtidesk.services import plan_setup
from dtidesk.services.frameworks import list_frameworks
from dtidesk.services.index_import import import_index, read_index
from dtidesk.services.scoring import assessment_view
from dtidesk.store import open_agency_file

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "index"
TABLE = "\n".join([
    "ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG THÁP", "Số: 123/QĐ-UBND", "Đồng Tháp, ngày 15 tháng 3 năm 2023",
    "PHỤ LỤC", "BỘ CHỈ SỐ ĐÁNH GIÁ MỨC ĐỘ CHUYỂN ĐỔI SỐ CÁC SỞ, BAN, NGÀNH NĂM 2023",
    "STT\tChỉ số/Tiêu chí\tĐiểm tối đa\tCách tính điểm\tTài liệu kiểm chứng",
    "1\tNhận thức số\t32,5\t\t",
    "1.1.\tNgười đứng đầu là Trưởng ban chỉ đạo\t10\tTrưởng ban là Giám đốc: Điểm tối đa; là Phó Giám đốc: "
    "1/2*Điểm tối đa; chưa có: 0 điểm\tQuyết định thành lập",
    "1.2.\tTỷ lệ hồ sơ trực tuyến\t20\ta = Số hồ sơ nộp trực tuyến\tBáo cáo",
    "\t\t\tb = Tổng số hồ sơ",
    "\t\t\tĐiểm = a/b x Điểm tối đa",
    "1.3\tDữ liệu mở\t2,5\tCó: 2,5 điểm\t",
    "\tTổng cộng\t32,5\t\t",
])


@pytest.fixture
def bare(tmp_path) -> Path:
    path = tmp_path / "a.dtidesk"
    assert main(["new", str(path), "--agency", "SỞ Y TẾ"]) == 0
    return path


@pytest.fixture
def session(bare):
    s = Session(open_agency_file(bare))
    yield s
    s.close()


@pytest.fixture
def failures(session):
    messages: list[str] = []
    session.failed.connect(messages.append)
    return messages


@pytest.fixture
def dialog(qtbot, session):
    d = IndexImportDialog(session)
    qtbot.addWidget(d)
    return d


def codes(session: Session) -> list[tuple[str, int]]:
    return [(f.code, f.version_year) for f in list_frameworks(session.af)]


def test_preview_shows_the_index_and_its_issue_line_then_one_undo_step(dialog, session, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(FIXTURES / "huyen_dti_table.xlsx"), ""))
    dialog.choose_file()
    assert wait_idle()  # read as a job
    top = dialog.tree.topLevelItem(0)
    assert [top.text(c) for c in range(3)] == ["1", "Nhận thức số", "100"]
    assert [top.child(i).text(0) for i in range(top.childCount())] == ["1.1", "1.2", "1.3"]
    assert top.child(1).text(3) == KIND_NAMES["ratio"] and top.child(0).text(3) == KIND_NAMES["bands"]
    assert top.child(2).text(4).startswith("Văn bản, tài liệu chứng minh")
    assert dialog.issue_list.count() == 1
    issue = dialog.issue_list.item(0)
    assert issue.text().startswith("dòng 2: 1 “Nhận thức số”: ghi tối đa 100 điểm")
    dialog.tree.setCurrentItem(top.child(2))
    dialog.issue_list.itemClicked.emit(issue)
    assert dialog.tree.currentItem() is top  # the row the line names
    assert dialog.level_label.text() == "cấp huyện"
    # The document states no year: Import waits for one.
    assert dialog.year() is None and not dialog.import_button.isEnabled()
    dialog.year_spin.setValue(2024)
    assert dialog.code_edit.text() == "DTI-HUYEN" and dialog.import_button.isEnabled()
    dialog.import_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.imported is not None and (dialog.imported.code, dialog.imported.version_year) == ("DTI-HUYEN", 2024)
    assert codes(session) == [("DTI-HUYEN", 2024)]
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert codes(session) == []
    session.undo_stack.redo()
    assert codes(session) == [("DTI-HUYEN", 2024)]


def test_word_decision_states_its_number_date_and_year(dialog):
    dialog.load_file(FIXTURES / "tayninh_2747_table.docx")
    assert wait_idle()
    assert dialog.decision_label.text() == "2747/QĐ-UBND ngày 18/12/2019"
    assert dialog.province_label.text() == "Tây Ninh"
    assert dialog.year() == 2019 and dialog.code_edit.text() == "DTI-TN"
    assert dialog.issue_list.item(0).text().startswith("đoạn 8: I “CÁC TIÊU CHÍ")
    assert dialog.tree.topLevelItem(0).child(1).text(3) == KIND_NAMES["absolute"]


def test_refusals_are_shown_in_the_dialog_and_nothing_is_written(dialog, session, failures):
    dialog.source_tabs.setCurrentIndex(1)
    dialog.paste_edit.setPlainText("Kính gửi các phòng.")
    dialog.paste_button.click()
    assert wait_idle()
    assert "không có bộ chỉ số đọc được" in dialog.status.text() and not dialog.import_button.isEnabled()
    assert "Traceback" not in dialog.status.text()
    dialog.paste_edit.setPlainText(TABLE)
    dialog.paste_button.click()
    assert wait_idle() and dialog.import_button.isEnabled()
    assert dialog.year() == 2023 and dialog.issue_list.count() == 0
    dialog.code_edit.setText("mã có dấu")
    dialog.import_button.click()
    assert "không hợp lệ" in dialog.refusal.text() and dialog.refusal.isVisibleTo(dialog)
    assert codes(session) == [] and session.undo_stack.count() == 0
    import_index(session.af, read_index(text=TABLE), code="DTI-DT-SO")  # the file has that code already
    dialog.code_edit.setText("DTI-DT-SO")
    dialog.import_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "đã có bộ chỉ số DTI-DT-SO năm 2023" in dialog.refusal.text()
    assert codes(session) == [("DTI-DT-SO", 2023)] and session.undo_stack.count() == 0 and failures == []
    dialog.reject()
    assert codes(session) == [("DTI-DT-SO", 2023)]


# -- the scoring panel ---------------------------------------------------------------------------
@pytest.fixture
def scored(session):
    """The index of TABLE with a 2023 assessment."""
    imported, _ = import_index(session.af, read_index(text=TABLE))
    plan_setup.create_assessment(session.af, imported.code, 2023)
    return imported


@pytest.fixture
def tab(qtbot, session, scored):
    t = CriteriaTab()
    qtbot.addWidget(t)
    t.resize(1366, 700)
    t.set_session(session)
    t.set_year(2023)
    return t


def node(tab: CriteriaTab, code: str):
    return tab.view.tree.by_code(code)


def line_edits(tab: CriteriaTab) -> list[QLineEdit]:
    return [f.widget for f in tab.method_panel.fields if isinstance(f.widget, QLineEdit)]


def type_into(edit: QLineEdit, text: str) -> None:
    edit.setText(text)
    edit.setModified(True)
    edit.editingFinished.emit()


def test_inputs_compute_the_score_and_the_total_at_once_and_undo(tab, session, failures):
    panel = tab.method_panel
    tab.select(node(tab, "1.2").id)
    assert "Tỷ lệ = a/b" in panel.method_label.text()
    assert "a/b x Điểm tối đa" in panel.text_label.text()  # the document's own words below
    a, b = line_edits(tab)
    assert [f.input.name for f in panel.fields] == ["a", "b"] and a.isEnabled()
    type_into(a, "45")
    assert node(tab, "1.2").self_score is None and "Tổng số hồ sơ" in panel.computed_label.text()  # b missing
    type_into(b, "60")
    assert node(tab, "1.2").self_score == Decimal(15)  # 45/60 × 20
    assert node(tab, "1").self_score == Decimal(15) and tab.view.tree.total.self_score == Decimal(15)
    assert "15" in panel.computed_label.text() and "Tài liệu kiểm chứng" in panel.missing_label.text()
    type_into(a, "40,5")  # a decimal comma
    assert node(tab, "1.2").self_score == Decimal("13.5")
    assert session.undo_stack.count() == 3
    session.undo_stack.undo()
    assert node(tab, "1.2").self_score == Decimal(15) and tab.view.tree.total.self_score == Decimal(15)
    assert line_edits(tab)[0].text() == "45"
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert node(tab, "1.2").self_score is None and failures == []


def test_a_choice_and_a_check_box(tab):
    panel = tab.method_panel
    tab.select(node(tab, "1.1").id)
    (combo,) = [f.widget for f in panel.fields]
    assert isinstance(combo, QComboBox) and combo.count() == 4
    combo.setCurrentIndex(2)
    combo.activated.emit(2)
    assert node(tab, "1.1").self_score == Decimal(5)  # ½ × 10
    tab.select(node(tab, "1.3").id)
    (box,) = [f.widget for f in panel.fields]
    assert isinstance(box, QCheckBox) and panel.none_button.isVisibleTo(panel)
    box.click()
    assert node(tab, "1.3").self_score == Decimal("2.5") and tab.view.tree.total.self_score == Decimal("7.5")


def test_a_non_number_is_refused_in_vietnamese_and_nothing_is_written(tab, session, failures):
    panel = tab.method_panel
    tab.select(node(tab, "1.2").id)
    a, _b = line_edits(tab)
    type_into(a, "bốn mươi")
    assert "không phải là một số" in panel.refusal.text() and panel.refusal.isVisibleTo(panel)
    assert "#a61b1b" in a.styleSheet() and a.text() == "bốn mươi"  # the typed text stays, marked
    assert session.undo_stack.count() == 0 and node(tab, "1.2").self_score is None and failures == []
    type_into(a, "10")
    assert not panel.refusal.isVisibleTo(panel) and a.styleSheet() == ""


def test_override_with_a_reason_then_back_to_the_computed_score(tab, session):
    panel = tab.method_panel
    tab.select(node(tab, "1.2").id)
    a, b = line_edits(tab)
    type_into(a, "45")
    type_into(b, "60")
    refused: list[str] = []

    def answer(score: str, reason: str):
        def ask(d) -> bool:
            d.score_edit.setText(score)
            d.reason_edit.setPlainText(reason)
            d.accept()
            if d.result() != QDialog.DialogCode.Accepted:
                refused.append(d.error_label.text())
            return d.result() == QDialog.DialogCode.Accepted
        return ask

    panel.ask_override = answer("25", "nhiều hơn tối đa")
    assert not panel.override() and "20" in refused[-1]  # above the maximum: refused in the dialog
    panel.ask_override = answer("18", "")
    assert not panel.override() and refused[-1]  # a changed score needs its reason
    panel.ask_override = answer("18", "Hội đồng tính cả cuộc họp ngày 12/3")
    assert panel.override()
    assert node(tab, "1.2").self_score == Decimal(18) and tab.view.tree.total.self_score == Decimal(18)
    assert "ngày 12/3" in panel.score_label.text() and "15" in panel.computed_label.text()
    panel.ask_override = answer("", "")
    assert panel.override()  # blank: back to the computed score
    assert node(tab, "1.2").self_score == Decimal(15) and "12/3" not in panel.score_label.text()
    session.undo_stack.undo()
    assert node(tab, "1.2").self_score == Decimal(18)
    session.undo_stack.undo()
    assert node(tab, "1.2").self_score == Decimal(15)


def test_without_an_assessment_the_inputs_wait_for_it(qtbot, session, scored):
    t = CriteriaTab()
    qtbot.addWidget(t)
    t.set_session(session)
    t.set_year(2024)
    panel = t.method_panel
    t.select(t.view.tree.by_code("1.2").id)
    assert all(not f.widget.isEnabled() for f in panel.fields)
    assert "2024" in panel.hint.text() and panel.create_button.isVisibleTo(panel)
    panel.create_button.click()
    assert assessment_view(session.af, 2024).assessment is not None
    assert all(f.widget.isEnabled() for f in panel.fields) and not panel.create_button.isVisibleTo(panel)


def test_a_manual_criterion_shows_the_council_and_no_inputs(qtbot, demo_path):
    s = Session(open_agency_file(demo_path))
    try:
        t = CriteriaTab()
        qtbot.addWidget(t)
        t.set_session(s)
        t.set_year(2022)
        t.select(t.view.tree.by_code("1.1").id)
        panel = t.method_panel
        assert panel.fields == [] and not panel.override_button.isVisibleTo(panel)
        assert KIND_NAMES["manual"] in panel.method_label.text() and panel.hint.isVisibleTo(panel)
    finally:
        s.close()


def test_file_menu_imports_and_the_criteria_tab_shows_the_index(qtbot, bare):
    w = MainWindow()
    w.setProperty("noModal", True)
    qtbot.addWidget(w)
    try:
        assert w.open_path(bare)
        assert w.import_index_action in w.ui.menuFile.actions() and w.import_index_action.isEnabled()
        w.import_index_action.trigger()
        dlg = w.last_dialog
        assert isinstance(dlg, IndexImportDialog)
        dlg.load_file(FIXTURES / "tayninh_2747_table.docx")
        assert wait_idle()
        dlg.year_spin.setValue(2024)
        dlg.import_button.click()
        assert w.ui.tabs.currentWidget() is w.ui.criteriaTab
        assert w.criteria_tab.view is not None and w.criteria_tab.view.framework.code == "DTI-TN"
        assert w.criteria_tab.isVisibleTo(w) and not w.plan_setup.criteria_hint.isVisibleTo(w)
        w.undo_action.trigger()
        assert list_frameworks(w.session.af) == []
    finally:
        w.set_session(None)
