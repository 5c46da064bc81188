"""Unit files offline: export → fill in a spreadsheet → import, and wrong files refused whole."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from dtidesk.domain.form_sheet import META_SHEET
from dtidesk.errors import ValidationError
from dtidesk.services import forms as fo
from dtidesk.services.form_files import (
    export_statistics_xlsx,
    export_unit_form,
    fill_official,
    import_unit_files,
)

from .conftest import UNITS


def codes(ws) -> dict[str, int]:
    return {v: r for r in range(8, ws.max_row + 1) if (v := ws.cell(r, 1).value) and re.fullmatch(r"[\d.]+", v)}


def export(af, form, unit, tmp_path: Path, name: str = "vp.xlsx", period: str = "H1", **kw) -> Path:
    return export_unit_form(af, form.id, 2022, period, unit.id, tmp_path / name, **kw)


def fill(path: Path, values: dict[str, object], out: Path | None = None, edit=None) -> Path:
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    where = codes(ws)
    for code, value in values.items():
        cell = ws.cell(where[code], 4)
        if isinstance(value, tuple):  # (value, number format) as Excel stores "45%"
            cell.value, cell.number_format = value
        else:
            cell.value = value
    if edit:
        edit(ws, where)
    out = out or path
    wb.save(out)
    return out


FILLED = {"1.1": 2, "1.2.1": 6, "1.2.2": "2", "1.6": 1, "1.6.2": 2, "3.3.1.1": 56, "3.3.1.2": 56,
          "6.1.1": 1500.5, "6.1.2": "1.200,25", "7.3": (0.985, "0%"), "7.5.2": "100%", "4.2.1": "1.044"}


def test_round_trip_stores_what_was_typed(af, stats, units, tmp_path):
    unit = units[UNITS[0]]
    path = fill(export(af, stats, unit, tmp_path), FILLED)
    results, changes = import_unit_files(af, [path], "cchc-stats", 2022, "H1")
    assert [r.accepted for r in results] == [True], [p.text() for p in results[0].problems]
    assert changes.touches("form_values", "form_submissions")
    v = fo.values_for(af, stats.id, 2022, "H1", unit.id)
    assert v.typed == {"1.1": 2, "1.2.1": 6, "1.2.2": 2, "1.6": 1, "1.6.2": 2, "3.3.1.1": 56, "3.3.1.2": 56,
                       "6.1.1": Decimal("1500.5"), "6.1.2": Decimal("1200.25"), "7.3": Decimal("98.5"),
                       "7.5.2": 100, "4.2.1": 1044}
    assert v.value("1.2") == Decimal("33.333333") and v.value("3.3.1") == 100
    assert v.submission.source_file == "vp.xlsx"
    assert fo.missing_units(af, stats.id, 2022, "H1") == [units[UNITS[1]], units[UNITS[2]]]


def test_export_is_protected_and_readable_back(af, stats, units, tmp_path):
    wb = load_workbook(export(af, stats, units[UNITS[0]], tmp_path))
    ws = wb.worksheets[0]
    where = codes(ws)
    assert list(where)[:3] == ["1", "1.1", "1.2"] and len(where) == 153
    assert ws["D7"].value == "Số liệu" and ws["C6"].value == "Kết quả thống kê"
    assert ws["A3"].value == f"Đơn vị báo cáo: {UNITS[0]}"
    assert ws["A4"].value == "Kỳ báo cáo: 6 tháng đầu năm 2022 (số liệu từ 15/12/2021 đến 14/6/2022)"
    assert ws.protection.sheet and not ws.protection.password and wb.security.lockStructure
    unlocked = {c.coordinate for row in ws.iter_rows() for c in row if not c.protection.locked}
    assert unlocked and {c[0] for c in unlocked} == {"D"}  # the value column only
    assert f"D{where['1.1']}" in unlocked and f"D{where['1.2']}" not in unlocked and f"D{where['1']}" not in unlocked
    assert ws[f"D{where['1.2']}"].value == (f'=IF(OR(D{where["1.2.2"]}="",D{where["1.2.1"]}="",'
                                            f'N(D{where["1.2.1"]})=0),"",ROUND(D{where["1.2.2"]}/D{where["1.2.1"]}*100,2))')
    assert ws[f"D{where['2.1']}"].value.startswith("=IF(COUNT(")
    lists = {str(dv.sqref): dv.formula1 for dv in ws.data_validations.dataValidation if dv.type == "list"}
    assert any(f"D{where['1.6']}" in ref and f1 == '"1,0"' for ref, f1 in lists.items())
    assert any(f"D{where['7.4']}" in ref and f1 == '"0,1,2"' for ref, f1 in lists.items())
    assert ws["B9"].font.name == "Times New Roman" and ws["B9"].border.left.style == "thin"
    assert ws["B9"].alignment.wrap_text
    assert int(ws.page_setup.paperSize) == 9 and ws.page_setup.fitToWidth == 1
    assert ws.print_title_rows == "$6:$7"
    meta_ws = wb[META_SHEET]
    meta = {r[0].value: r[1].value for r in meta_ws.iter_rows(min_row=2)}
    assert meta_ws.sheet_state == "hidden"
    assert (meta["form_code"], meta["year"], meta["period"], meta["unit_name"]) == ("cchc-stats", 2022, "H1", UNITS[0])


def _unknown_code(ws, where):
    ws.cell(where["1.3.1"], 1).value = "9.9.9"


def _text_in_number(ws, where):
    ws.cell(where["1.1"], 4).value = "hai"
    ws.cell(where["3.1.2"], 4).value = "khoảng 5"


def _deleted_column(ws, where):
    ws.delete_cols(3)


def _title_changed(ws, where):
    ws["A4"] = "Kỳ báo cáo: 9 tháng năm 2022"


@pytest.mark.parametrize("edit,cell,expect", [
    (_unknown_code, "A{1.3.1}", "Mã dòng “9.9.9” không có trong biểu mẫu"),
    (_text_in_number, "D{1.1}", "“hai” không phải là số"),
    (_deleted_column, "D7", "phải ở cột D nhưng đang ở cột C"),
    (_title_changed, "A4", "khác kỳ báo cáo của tệp"),
])
def test_wrong_file_refused_whole(af, stats, units, tmp_path, edit, cell, expect):
    unit = units[UNITS[0]]
    good = fill(export(af, stats, unit, tmp_path, "tot.xlsx"), FILLED)
    bad = fill(export(af, stats, units[UNITS[1]], tmp_path, "sai.xlsx"), FILLED, edit=edit)
    results, _ = import_unit_files(af, [good, bad])
    assert [r.accepted for r in results] == [True, False]
    problems = results[1].problems
    if "{" in cell:  # "D{1.1}": the column and the row of code 1.1 as exported
        cell = cell[0] + str(codes(load_workbook(good).worksheets[0])[cell[2:-1]])
    hit = [p for p in problems if expect in p.message]
    assert hit and hit[0].file == "sai.xlsx" and hit[0].sheet == "Phụ lục 02" and hit[0].cell == cell
    assert hit[0].text().startswith(f"sai.xlsx, trang “Phụ lục 02”, ô {cell}: ")
    assert fo.values_for(af, stats.id, 2022, "H1", units[UNITS[1]].id).typed == {}  # nothing of it stored
    assert fo.values_for(af, stats.id, 2022, "H1", unit.id).typed  # the good file went in


def test_every_bad_cell_is_reported(af, stats, units, tmp_path):
    bad = fill(export(af, stats, units[UNITS[0]], tmp_path), FILLED, edit=_text_in_number)
    results, _ = import_unit_files(af, [bad])
    where = codes(load_workbook(bad).worksheets[0])
    cells = {p.cell for p in results[0].problems if p.severity == "error"}
    assert cells == {f"D{where['1.1']}", f"D{where['3.1.2']}"}


def test_another_form_or_period_refused(af, stats, units, tmp_path):
    unit = units[UNITS[0]]
    sector = fo.get_form(af, "cchc-sector-stats")
    other_form = export(af, sector, unit, tmp_path, "pl08.xlsx")
    other_period = fill(export(af, stats, unit, tmp_path, "q1.xlsx", period="Q1"), {"1.1": 1})
    results, changes = import_unit_files(af, [other_form, other_period], "cchc-stats", 2022, "H1")
    assert [r.accepted for r in results] == [False, False] and not changes.tables
    assert "không phải biểu mẫu “cchc-stats”" in results[0].problems[0].message
    assert "quý I năm 2022, không phải 6 tháng đầu năm 2022" in results[1].problems[0].message


def test_foreign_or_damaged_files(af, tmp_path):
    junk = tmp_path / "hong.xlsx"
    junk.write_bytes(b"not a zip")
    plain = tmp_path / "khac.xlsx"
    Workbook().save(plain)
    results, _ = import_unit_files(af, [junk, plain, tmp_path / "khong-co.xlsx"])
    assert [r.accepted for r in results] == [False, False, False]
    assert "Không mở được" in results[0].problems[0].message
    assert "thiếu trang thông tin ẩn" in results[1].problems[0].message
    assert "Không tìm thấy tệp" in results[2].problems[0].message


def test_tampered_metadata_refused(af, stats, units, tmp_path):
    path = export(af, stats, units[UNITS[0]], tmp_path)
    wb = load_workbook(path)
    meta = wb[META_SHEET]
    for row in meta.iter_rows(min_row=2):
        if row[0].value == "value_col":
            row[1].value = "4"
    wb.save(path)
    results, _ = import_unit_files(af, [path])
    (p,) = results[0].problems
    assert not results[0].accepted and "không phải biểu mẫu do DTI Desk tạo hoặc đã bị sửa" in p.message
    assert p.sheet == META_SHEET and p.cell.startswith("B") and "value_col" in p.message


def test_value_typed_over_a_formula(af, stats, units, tmp_path):
    unit = units[UNITS[0]]
    wrong = fill(export(af, stats, unit, tmp_path, "a.xlsx"), {"1.2.1": 6, "1.2.2": 2, "1.2": 50})
    right = fill(export(af, stats, units[UNITS[1]], tmp_path, "b.xlsx"), {"1.2.1": 6, "1.2.2": 2, "1.2": 33.33})
    results, _ = import_unit_files(af, [wrong, right])
    assert [r.accepted for r in results] == [False, True]
    (p,) = [p for p in results[0].problems if p.severity == "error"]
    assert p.row == "1.2" and "33,33%" in p.message and p.cell == f"D{codes(load_workbook(wrong).worksheets[0])['1.2']}"


def test_prefill_uses_last_period(af, stats, units, tmp_path):
    unit = units[UNITS[0]]
    fo.set_values(af, stats.id, 2022, "Q1", unit.id, {"1.1": "3", "7.3": "97,5"})
    ws = load_workbook(export(af, stats, unit, tmp_path, prefill=True)).worksheets[0]
    where = codes(ws)
    assert ws.cell(where["1.1"], 4).value == 3 and ws.cell(where["7.3"], 4).value == 97.5
    assert ws.cell(where["7.3"], 4).number_format == 'General"%"'


def test_statistics_form_of_the_agency(af, stats, tmp_path):
    fo.set_values(af, stats.id, 2022, "H1", None, {"1.2.1": "6", "1.2.2": "2"})
    wb = load_workbook(export_statistics_xlsx(af, stats.id, 2022, "H1", tmp_path / "pl02.xlsx"))
    ws = wb.worksheets[0]
    assert ws["A1"].value == "Phụ lục 02" and ws["A3"].value.startswith("(Kèm theo Văn bản số")
    assert not ws.protection.sheet and ws.cell(codes(ws)["1.2"], 4).value.startswith("=IF(")


def official(tmp_path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "PL02"
    ws.append(["STT", "Chỉ tiêu", "ĐVT", "Số liệu", "Ghi chú"])
    for code in ("1", "1.1.", "1.2", "1.2.1", "1.2.2", "1.3.", "1.3.1", "9.9", "I"):
        ws.append([code, "…", "", None, ""])
    ws["D8"] = "=D2+1"  # the province's own formula on row 1.3.1
    path = tmp_path / "tinh.xlsx"
    wb.save(path)
    return path


def test_fill_province_workbook_by_code(af, stats, tmp_path):
    fo.set_values(af, stats.id, 2022, "H1", None, {"1.1": "2", "1.2.1": "6", "1.2.2": "2", "1.3.1": "1"})
    src = official(tmp_path)
    before = src.read_bytes()
    report = fill_official(af, src, stats.id, 2022, "H1", tmp_path / "ban-sao.xlsx", "A", "D")
    ws = load_workbook(report.out)["PL02"]
    assert (ws["D3"].value, ws["D5"].value, ws["D6"].value) == (2, 6, 2)  # "1.1." normalised to 1.1
    assert ws["D4"].value == pytest.approx(1 / 3) and ws["D4"].number_format == "0.00%"
    assert ws["D8"].value == "=D2+1" and report.written == ["1.1", "1.2", "1.2.1", "1.2.2"]
    assert any("9.9" in n for n in report.notes) and any("D8" in n and "công thức" in n for n in report.notes)
    assert src.read_bytes() == before
    with pytest.raises(ValidationError, match="phải khác tệp gốc"):
        fill_official(af, src, stats.id, 2022, "H1", src)
    with pytest.raises(ValidationError, match="Không tìm thấy mã dòng"):
        fill_official(af, src, stats.id, 2022, "H1", tmp_path / "x.xlsx", "B", "D")


def test_a_province_workbook_with_a_whole_sheet_merge_is_refused_before_loading(af, stats, tmp_path):
    """openpyxl makes an object per merged cell when it loads a workbook whole: measured first, refused."""
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("xlsx_tamper", Path(__file__).parent.parent / "lists" /
                                                  "xlsx_tamper.py")
    tamper = importlib.util.module_from_spec(spec)
    sys.modules["xlsx_tamper"] = tamper
    spec.loader.exec_module(tamper)
    src = official(tmp_path)
    bad = tamper.edit_sheet(src, tmp_path / "gop-ca-trang.xlsx", lambda xml: tamper.add_merge(xml, "F1:XFD1048576"))
    with pytest.raises(ValidationError, match="gộp ô") as exc:
        fill_official(af, bad, stats.id, 2022, "H1", tmp_path / "ra.xlsx")
    assert "gop-ca-trang.xlsx" in exc.value.message and "PL02" in exc.value.message
    assert not (tmp_path / "ra.xlsx").exists()
