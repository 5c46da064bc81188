"""The import dialog: mapping prefilled, problems highlighted, Import only without errors, template saved."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from dtidesk.gui.jobs import wait_idle
from dtidesk.gui.list_import_dialog import ERROR_BRUSH, ListImportDialog
from dtidesk.gui.session import Session

from .conftest import CCHC_PLAN, DTI_PLAN

HEADER = ["STT", "Mục tiêu", "Việc cần làm", "Chủ trì", "Thời hạn"]
ROWS = [["I", "Cải cách thể chế"],
        ["1", "Văn bản ban hành đúng hạn", "Rà soát văn bản quy phạm", "Văn phòng Sở", "Quý IV/2024"],
        [None, None, "Cập nhật cơ sở dữ liệu", "Phòng Dữ liệu mới", "Năm 2024"]]


@pytest.fixture
def session(demo):
    s = Session(demo)
    yield s
    s.undo_stack.clear()


@pytest.fixture
def shown(monkeypatch):
    boxes: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, text, *a: boxes.append(("info", text)))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a: boxes.append(("warning", text)))
    return boxes


def _combo(dialog, letter):
    t = dialog.mapping_table
    return next(t.cellWidget(r, 2) for r in range(t.rowCount()) if t.item(r, 0).text() == letter)


def test_map_a_column_then_import(qtbot, session, xlsx, shown):
    dialog = ListImportDialog(session, CCHC_PLAN)
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()
    dialog.set_file(xlsx("nv.xlsx", HEADER, ROWS, titles=("DANH SÁCH NHIỆM VỤ",)))
    assert wait_idle()  # the workbook is read by a job
    assert dialog.sheet_combo.currentText() == "Phụ lục"
    assert dialog.mapping_table.rowCount() == 5
    assert _combo(dialog, "A").currentData() == "code" and _combo(dialog, "C").currentData() == ""
    assert not dialog.import_button.isEnabled()  # “Việc cần làm” is not a known heading: no task column
    assert any("chưa chọn cột" in dialog.problems_list.item(i).text() for i in range(dialog.problems_list.count()))

    dialog.set_field("C", "content")
    assert wait_idle()
    assert dialog.preview.mapping_source == "user" and dialog.preview.ok
    assert dialog.import_button.isEnabled()
    assert dialog.preview_table.rowCount() == 3 and dialog.preview_table.columnCount() == 6
    assert dialog.preview_table.item(0, 2).font().bold()  # the group row
    assert "Phòng Dữ liệu mới" in dialog.new_units_label.text() and not dialog.create_units.isHidden()

    changed = []
    session.changed.connect(changed.append)
    before = session.af.repo.tasks.count()
    dialog.import_button.click()
    assert wait_idle()
    assert session.af.repo.tasks.count() == before + 2
    assert changed and changed[0].touches("tasks")
    assert shown == [("info", "Đã nhập 2 nhiệm vụ, 1 nhóm, 1 đơn vị mới.")]
    # One undo step takes the whole import back out, and redo puts it in again.
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert session.af.repo.tasks.count() == before and session.af.repo.units.by_name("Phòng Dữ liệu mới") is None
    session.undo_stack.redo()
    assert session.af.repo.tasks.count() == before + 2

    # The same headings again: the mapping chosen above comes back by itself.
    again = ListImportDialog(session, CCHC_PLAN)
    qtbot.addWidget(again)
    again.set_file(xlsx("nv2.xlsx", HEADER, ROWS[1:2]))
    assert wait_idle()
    assert again.preview.mapping_source == "remembered" and _combo(again, "C").currentData() == "content"


def test_score_errors_highlighted_and_import_disabled(qtbot, session, xlsx):
    dialog = ListImportDialog(session, DTI_PLAN, year=2022)
    qtbot.addWidget(dialog)
    dialog.set_kind("scores")
    dialog.set_file(xlsx("diem.xlsx", ["Mã tiêu chí", "Tên tiêu chí", "Tự chấm", "Thẩm định"],
                         [["1.2", "Chuyên mục", 10, 12], ["8.8", "Không có", "x", 1]]))
    assert wait_idle()
    assert not dialog.import_button.isEnabled()
    texts = [dialog.problems_list.item(i).text() for i in range(dialog.problems_list.count())]
    assert any("Dòng 2, cột D (Điểm thẩm định): tiêu chí 1.2: điểm 12 vượt quá điểm tối đa 10." in t for t in texts)
    assert any("Dòng 3, cột A (Mã tiêu chí)" in t for t in texts)
    cell = dialog.preview_table.item(0, 4)  # row 2, column D
    assert cell.background() == ERROR_BRUSH and "vượt quá" in cell.toolTip()
    dialog.problems_list.setCurrentRow(0)
    assert dialog.preview_table.currentRow() == 0

    dialog.set_field("D", "")  # ignoring the bad column leaves the unknown code: still refused
    assert wait_idle()
    assert not dialog.import_button.isEnabled()


def test_template_button_saves_the_kind_chosen(qtbot, session, tmp_path, monkeypatch, shown):
    dialog = ListImportDialog(session, CCHC_PLAN)
    qtbot.addWidget(dialog)
    dialog.set_kind("projects")
    out = tmp_path / "mau.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    dialog.template_button.click()
    assert out.exists() and shown[-1][0] == "info"
    from openpyxl import load_workbook

    assert load_workbook(out).active["B1"].value == "Tên dự án, hạng mục đầu tư"


def test_bad_file_explained(qtbot, session, tmp_path):
    bad = tmp_path / "bad.xlsx"
    bad.write_text("không phải bảng tính")
    dialog = ListImportDialog(session, CCHC_PLAN)
    qtbot.addWidget(dialog)
    dialog.set_file(bad)
    assert wait_idle()
    assert "Không mở được tệp “bad.xlsx”" in dialog.problems_list.item(0).text()
    assert not dialog.import_button.isEnabled()


def test_refusal_at_import_time_is_shown_in_the_dialog(qtbot, session, xlsx):
    dialog = ListImportDialog(session, CCHC_PLAN)
    qtbot.addWidget(dialog)
    dialog.set_file(xlsx("nv.xlsx", ["STT", "Nhiệm vụ"], [["1", "Việc"]]))
    assert wait_idle()
    assert dialog.import_button.isEnabled()
    with session.af.transaction():  # the plan goes away between preview and import (another window)
        session.af.repo.plans.delete(CCHC_PLAN)
    before = session.af.repo.tasks.count()
    dialog.import_button.click()
    assert wait_idle()
    assert session.af.repo.tasks.count() == before and session.undo_stack.count() == 0
    assert dialog.problems_list.item(0).text() == "Không tìm thấy kế hoạch (có thể đã bị xóa)."
    assert not dialog.import_button.isEnabled()
