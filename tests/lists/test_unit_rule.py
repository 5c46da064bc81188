"""List import matches units by the same rule as plan import, remembers spellings, and keeps sentences as notes."""

from __future__ import annotations

import pytest

from dtidesk.services.list_import import apply_list_import, preview_list_import, undo_list_import
from dtidesk.services.plan_import import preview_plan_import
from dtidesk.services.units import add_unit, find_unit

from .conftest import CCHC_PLAN

HEADER = ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời hạn"]


def _plan_text(unit: str) -> str:
    return ("KẾ HOẠCH\nThử\nI. NHIỆM VỤ\n1. Lập dự toán năm 2025\n"
            f"- Đơn vị chủ trì: {unit}\n- Thời gian thực hiện: Quý IV/2024\n")


@pytest.mark.parametrize("in_file, written", [
    ("Phòng Kế hoạch - Tài chính", "Phòng Kế hoạch, Tài chính"),
    ("Phòng Kế hoạch, Tài chính", "Phòng Kế hoạch - Tài chính"),
    ("Phòng Kế hoạch và Tài chính", "P. KH-TC"),
])
def test_list_import_and_plan_import_agree(demo, xlsx, in_file, written):
    uid, _ = add_unit(demo, in_file)
    assert preview_plan_import(demo, _plan_text(written), pasted=True).units[written].unit_id == uid

    path = xlsx("nv.xlsx", HEADER, [["1", "Lập dự toán năm 2025", written, None, "Quý IV/2024"]])
    preview = preview_list_import(demo, path, "tasks", plan_id=CCHC_PLAN)
    assert preview.ok and preview.new_units == []
    assert preview.records[0].values["lead_units"] == [in_file]
    assert preview.unit_spellings == {written: in_file}
    receipt, _ = apply_list_import(demo, preview)
    task = demo.repo.tasks.get(receipt.tasks[0])
    assert task.lead_unit_ids == [uid] and task.units_note == ""
    assert demo.repo.units.get(uid).aliases == [written]  # remembered for the next list or plan
    undo_list_import(demo, receipt)
    assert demo.repo.units.get(uid).aliases == []


def test_spellings_of_one_new_unit_in_a_list_make_one_unit(demo, xlsx):
    rows = [["1", "Lập dự toán", "P. KH-TC", None, "Quý IV/2024"],
            ["2", "Quyết toán", "Phòng Kế hoạch - Tài chính", "VP", "Quý I/2025"],
            ["3", "Công khai ngân sách", "Phòng Kế hoạch, Tài chính", None, "Quý I/2025"]]
    preview = preview_list_import(demo, xlsx("nv.xlsx", HEADER, rows), "tasks", plan_id=CCHC_PLAN)
    assert preview.ok and preview.new_units == ["Phòng Kế hoạch - Tài chính"]  # the fullest spelling
    receipt, changes = apply_list_import(demo, preview)
    assert "1 đơn vị mới" in changes.summary
    unit = find_unit(demo, "Phòng Kế hoạch - Tài chính")
    assert unit.id in receipt.units and set(unit.aliases) == {"P. KH-TC", "Phòng Kế hoạch, Tài chính"}
    assert [demo.repo.tasks.get(t).lead_unit_ids for t in receipt.tasks] == [[unit.id]] * 3
    undo_list_import(demo, receipt)
    assert find_unit(demo, "P. KH-TC") is None


def test_a_sentence_in_a_unit_cell_is_a_note_not_a_unit(demo, xlsx):
    sentence = "Văn phòng Sở phối hợp với các phòng thuộc Sở có thủ tục hành chính"
    path = xlsx("nv.xlsx", HEADER, [["1", "Ban hành quy trình nội bộ", sentence, None, "Quý IV/2024"]])
    preview = preview_list_import(demo, path, "tasks", plan_id=CCHC_PLAN)
    assert preview.ok and preview.new_units == []
    assert any("là một câu" in p.message and p.severity == "warning" for p in preview.problems)
    receipt, _ = apply_list_import(demo, preview)
    task = demo.repo.tasks.get(receipt.tasks[0])
    assert task.lead_unit_ids == [find_unit(demo, "Văn phòng Sở").id] and sentence in task.units_note
    assert receipt.units == []


def test_a_units_list_refuses_a_second_spelling_of_one_unit(demo, xlsx):
    rows = [["Phòng Kế hoạch - Tài chính", "KHTC"], ["P. KH-TC", ""], ["VP", ""]]
    preview = preview_list_import(demo, xlsx("dv.xlsx", ["Tên đơn vị", "Tên viết tắt"], rows), "units")
    texts = [p.text() for p in preview.problems]
    assert any("“P. KH-TC” trùng với dòng" in t for t in texts), texts
    assert any("“Văn phòng Sở” đã có trong tệp" in t for t in texts), texts
