"""Table forms offline: export a unit's sheet → fill it in a spreadsheet → import; wrong files refused whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from dtidesk.domain.form_sheet import META_SHEET
from dtidesk.services import forms as fo
from dtidesk.services.form_files import export_statistics_xlsx, export_unit_form, import_unit_files

from .conftest import UNITS, seed

FIRST = 9  # first line of the data area: header 6–7, the total on 8
COLS = ("kind", "name", "received", "resolved", "early", "on_time", "late", "note")  # columns B … I

LINES = [("Lĩnh vực", "Báo chí"),
         (None, "Cấp giấy phép xuất bản bản tin (địa phương)", 11, 11, 10, 1),
         ("Thủ tục", "Cho phép hợp báo (trong nước)", 1, 1, 1, None, None, "họp báo quý I"),
         ("Lĩnh vực", "Lĩnh vực Xuất bản, In và phát hành"),
         (None, "Cấp giấy phép xuất bản tài liệu không kinh doanh", "43", 45, 40, 3, 2)]

STORED = [
    {"kind": "total", "received": "55", "resolved": "57", "early": "51", "on_time": "4", "late": "2"},
    {"kind": "field", "stt": "I", "field": "Báo chí", "received": "12", "resolved": "12", "early": "11",
     "on_time": "1"},
    {"kind": "procedure", "stt": "1", "field": "Báo chí", "procedure": "Cấp giấy phép xuất bản bản tin (địa phương)",
     "received": "11", "resolved": "11", "early": "10", "on_time": "1"},
    {"kind": "procedure", "stt": "2", "field": "Báo chí", "procedure": "Cho phép hợp báo (trong nước)",
     "received": "1", "resolved": "1", "early": "1", "note": "họp báo quý I"},
    {"kind": "field", "stt": "II", "field": "Xuất bản, In và phát hành", "received": "43", "resolved": "45",
     "early": "40", "on_time": "3", "late": "2"},
    {"kind": "procedure", "stt": "1", "field": "Xuất bản, In và phát hành",
     "procedure": "Cấp giấy phép xuất bản tài liệu không kinh doanh", "received": "43", "resolved": "45",
     "early": "40", "on_time": "3", "late": "2"},
]


@pytest.fixture
def tthc(af):
    return fo.get_form(af, "tthc-results")


def export(af, form, unit, tmp_path: Path, name: str = "vp.xlsx", period: str = "H1", **kw) -> Path:
    return export_unit_form(af, form.id, 2022, period, unit.id, tmp_path / name, **kw)


def fill(path: Path, lines=LINES, edit=None, out: Path | None = None) -> Path:
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    for i, line in enumerate(lines):
        for j, value in enumerate(line):
            ws.cell(FIRST + i, 2 + j).value = value
    if edit:
        edit(ws)
    wb.save(out or path)
    return out or path


def test_round_trip_stores_the_lines(af, tthc, units, tmp_path):
    unit = units[UNITS[0]]
    path = fill(export(af, tthc, unit, tmp_path))
    results, changes = import_unit_files(af, [path], "tthc-results", 2022, "H1")
    (res,) = results
    assert res.accepted, [p.text() for p in res.problems]
    assert changes.touches("form_values", "form_submissions") and res.count == 6
    # resolved 45 > received 43 is legitimate (no carried-over column): reported, not refused
    assert [(p.severity, p.cell) for p in res.problems] == [("warning", "E8"), ("warning", "E12"), ("warning", "E13")]
    assert "Dòng 13 (Cấp giấy phép xuất bản tài liệu không kinh doanh): “Tổng số hồ sơ” 45 lớn hơn" in res.problems[2].message
    assert fo.table_rows(af, tthc.id, 2022, "H1", unit.id) == STORED
    assert fo.check_form(af, tthc.id, 2022, "H1", unit.id)[0].severity == "warning"
    sub = af.repo.forms.submissions(tthc.id, 2022, "H1")[unit.id]
    assert sub.source_file == "vp.xlsx"
    assert fo.missing_units(af, tthc.id, 2022, "H1") == [units[UNITS[1]], units[UNITS[2]]]


def test_unit_sheet_layout(af, tthc, units, tmp_path):
    wb = load_workbook(export(af, tthc, units[UNITS[0]], tmp_path))
    ws = wb.worksheets[0]
    assert [ws.cell(6, c).value for c in range(1, 10)] == [
        "STT", "Loại dòng", "Tên hồ sơ tiếp nhận", "Tổng số hồ sơ đã tiếp nhận", "Kết quả giải quyết",
        None, None, None, "Ghi chú"]
    assert [ws.cell(7, c).value for c in range(5, 9)] == ["Tổng số hồ sơ", "Trước hạn", "Đúng hạn", "Quá hạn"]
    assert {"E6:H6", "A6:A7", "C6:C7", "I6:I7"} <= {str(m) for m in ws.merged_cells.ranges}
    assert ws["A3"].value == f"Đơn vị báo cáo: {UNITS[0]}" and ws["A4"].value.startswith("Kỳ báo cáo: 6 tháng")
    assert ws.protection.sheet and not ws.protection.password and wb.security.lockStructure
    unlocked = {(c.column_letter, c.row) for row in ws.iter_rows() for c in row if not c.protection.locked}
    assert unlocked == {(col, r) for col in "BCDEFGHI" for r in range(FIRST, FIRST + 200)}
    assert ws["C8"].value == "Cộng"
    assert ws["D8"].value == '=IF(COUNT(D9:D208)=0,"",SUM(D9:D208)-SUMIF($B$9:$B$208,"Lĩnh vực",D9:D208))'
    assert ws["A10"].value.startswith('=IF($C10="","",IF($B10="Lĩnh vực",ROMAN(COUNTIF($B$9:$B10,"Lĩnh vực"))')
    validations = sorted((str(dv.sqref), dv.type, dv.formula1) for dv in ws.data_validations.dataValidation)
    assert validations == [("B9:B208", "list", '"Lĩnh vực,Thủ tục"'), *((f"{c}9:{c}208", "whole", "0") for c in "DEFGH")]
    cell = ws["C9"]
    assert cell.font.name == "Times New Roman" and cell.border.left.style == "thin" and cell.alignment.wrap_text
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9
    assert ws.print_title_rows == "$6:$7" and ws.page_setup.fitToWidth == 1
    assert ws.conditional_formatting  # sub-total lines turn bold as soon as their kind is chosen
    meta = {r[0].value: r[1].value for r in wb[META_SHEET].iter_rows(min_row=2)}
    assert wb[META_SHEET].sheet_state == "hidden"
    assert (meta["form_code"], meta["form_version"], meta["year"], meta["period"], meta["unit_name"]) == (
        "tthc-results", 2022, 2022, "H1", UNITS[0])
    assert (meta["first_row"], meta["last_row"], meta["total_row"]) == (9, 208, 8)


def test_prefill_uses_last_period_and_reimports_unchanged(af, tthc, units, tmp_path):
    unit = units[UNITS[1]]
    rows = seed("tthc_results_rows.json")
    fo.set_table_rows(af, tthc.id, 2022, "Q1", unit.id, rows, recompute=True)
    ws = load_workbook(export(af, tthc, unit, tmp_path, prefill=True)).worksheets[0]
    assert [ws.cell(r, 2).value for r in range(9, 16)] == ["Lĩnh vực", "Thủ tục", "Thủ tục", "Lĩnh vực", "Thủ tục",
                                                           "Lĩnh vực", "Thủ tục"]
    assert ws["C9"].value == "Lĩnh vực Báo chí" and ws["D9"].value is None  # the sub-total is summed on import
    assert ws["C10"].value == "Cấp giấy phép xuất bản bản tin (địa phương)" and ws["D10"].value == 11
    results, _ = import_unit_files(af, [tmp_path / "vp.xlsx"])
    assert results[0].accepted, [p.text() for p in results[0].problems]
    back = fo.table_rows(af, tthc.id, 2022, "H1", unit.id)
    assert [(r["kind"], r.get("received"), r.get("early")) for r in back] == [
        (r["kind"], r["received"], r["early"]) for r in rows]
    assert [r.get("stt", "") for r in back] == ["", "I", "1", "2", "II", "1", "III", "1"]  # the seed left Bưu chính's blank
    assert back == fo.table_rows(af, tthc.id, 2022, "Q1", unit.id)


def _text_in_number(ws):
    ws["F10"] = "mười"


def _deleted_column(ws):
    ws.delete_cols(4)


def _moved_column(ws):
    ws["F7"], ws["G7"] = "Đúng hạn", "Trước hạn"


def _eq_sum_broken(ws):
    ws["F10"] = 9  # resolved 11 ≠ 9 + 1 + ∅


def _unknown_kind(ws):
    ws["B11"] = "Nhóm"


def _line_outside_a_field(ws):
    ws["B9"] = None  # "Báo chí" becomes a procedure with no field above it


def _tampered_total(ws):
    ws["D8"] = 99


@pytest.mark.parametrize("edit,cell,expect", [
    (_text_in_number, "F10", "“mười” không phải là số"),
    (_deleted_column, "D6", "Cột “Tổng số hồ sơ đã tiếp nhận” phải ở cột D nhưng không còn trong trang tính"),
    (_moved_column, "F7", "Cột “Trước hạn” phải ở cột F nhưng đang ở cột G"),
    (_eq_sum_broken, "E10", "khác Trước hạn + Đúng hạn + Quá hạn = 10"),
    (_unknown_kind, "B11", "Loại dòng “Nhóm” không có trong biểu mẫu (chọn: Lĩnh vực, Thủ tục)"),
    (_line_outside_a_field, "C9", "phải nằm dưới một dòng “Lĩnh vực”"),
    (_tampered_total, "D8", "cộng các dòng được 55"),
])
def test_wrong_file_refused_whole(af, tthc, units, tmp_path, edit, cell, expect):
    good = fill(export(af, tthc, units[UNITS[0]], tmp_path, "tot.xlsx"))
    bad = fill(export(af, tthc, units[UNITS[1]], tmp_path, "sai.xlsx"), edit=edit)
    before = bad.read_bytes()
    results, _ = import_unit_files(af, [good, bad])
    assert [r.accepted for r in results] == [True, False]
    hit = [p for p in results[1].problems if expect in p.message]
    assert hit and hit[0].severity == "error" and hit[0].cell == cell, [p.text() for p in results[1].problems]
    assert hit[0].text().startswith(f"sai.xlsx, trang “Giải quyết thủ tục hành chính”, ô {cell}: ")
    assert fo.table_rows(af, tthc.id, 2022, "H1", units[UNITS[1]].id) == []  # nothing of it stored
    assert units[UNITS[1]].id not in af.repo.forms.submissions(tthc.id, 2022, "H1")
    assert fo.table_rows(af, tthc.id, 2022, "H1", units[UNITS[0]].id)  # the good file went in
    assert bad.read_bytes() == before


def test_every_bad_cell_is_reported(af, tthc, units, tmp_path):
    def edit(ws):
        ws["D10"], ws["G13"], ws["H11"] = "11 hồ sơ", "-2", 1.5

    results, _ = import_unit_files(af, [fill(export(af, tthc, units[UNITS[0]], tmp_path), edit=edit)])
    errors = {p.cell: p.message for p in results[0].problems if p.severity == "error"}
    assert set(errors) == {"D10", "G13", "H11"}
    assert "âm" in errors["G13"] and "số nguyên" in errors["H11"]


def test_same_line_twice_refused(af, tthc, units, tmp_path):
    lines = [*LINES, (None, "cap giay phep xuat ban tai lieu KHONG kinh doanh", 1, 1, 1)]
    results, _ = import_unit_files(af, [fill(export(af, tthc, units[UNITS[0]], tmp_path), lines)])
    (p,) = [p for p in results[0].problems if p.severity == "error"]
    assert p.cell == "C14" and "ghi hai lần (dòng 13 và dòng 14)" in p.message


def test_another_form_period_or_unit_refused(af, tthc, stats, units, tmp_path):
    unit = units[UNITS[0]]
    other_form = export(af, stats, unit, tmp_path, "pl02.xlsx")
    other_period = fill(export(af, tthc, unit, tmp_path, "q1.xlsx", period="Q1"))
    results, changes = import_unit_files(af, [other_form, other_period], "tthc-results", 2022, "H1")
    assert [r.accepted for r in results] == [False, False] and not changes.tables
    assert "không phải biểu mẫu “tthc-results”" in results[0].problems[0].message
    assert "quý I năm 2022, không phải 6 tháng đầu năm 2022" in results[1].problems[0].message

    stranger = fill(export(af, tthc, unit, tmp_path, "la.xlsx"))
    wb = load_workbook(stranger)
    for row in wb[META_SHEET].iter_rows(min_row=2):
        if row[0].value == "unit_name":
            row[1].value = "Phòng Không Có"
    wb.save(stranger)
    results, _ = import_unit_files(af, [stranger])
    assert not results[0].accepted and "“Phòng Không Có” ghi trong tệp không có" in results[0].problems[0].message
    assert fo.table_rows(af, tthc.id, 2022, "H1", unit.id) == []


def test_empty_sheet_is_an_empty_table(af, tthc, units, tmp_path):
    results, _ = import_unit_files(af, [export(af, tthc, units[UNITS[2]], tmp_path)])
    assert results[0].accepted and results[0].problems[0].severity == "warning"
    assert fo.table_rows(af, tthc.id, 2022, "H1", units[UNITS[2]].id) == [{"kind": "total"}]
    assert units[UNITS[2]].id in af.repo.forms.submissions(tthc.id, 2022, "H1")  # "no dossiers" is an answer


def test_agency_table_prints_with_live_sums(af, tthc, tmp_path):
    fo.set_table_rows(af, tthc.id, 2022, "H1", None, seed("tthc_results_rows.json"))
    wb = load_workbook(export_statistics_xlsx(af, tthc.id, 2022, "H1", tmp_path / "tthc.xlsx"))
    ws = wb.worksheets[0]
    assert not ws.protection.sheet and ws.cell(6, 2).value == "Tên hồ sơ tiếp nhận"  # no “Loại dòng” column
    assert [ws.cell(r, 2).value for r in (8, 9, 12)] == ["Cộng I+II+III", "Lĩnh vực Báo chí", "Lĩnh vực Bưu chính"]
    assert ws["C8"].value == '=IF(COUNT(C9,C12,C14)=0,"",SUM(C9,C12,C14))'
    assert ws["C9"].value == '=IF(COUNT(C10,C11)=0,"",SUM(C10,C11))' and ws["C10"].value == 11
    assert ws["B9"].font.bold and not ws["B10"].font.bold and ws.page_setup.orientation == "landscape"
