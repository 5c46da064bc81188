"""Units' files an attacker made (tampered metadata, absurd figures, far cells) refused by file, sheet and cell."""

from __future__ import annotations

import time
import tracemalloc
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from dtidesk.domain.form_sheet import META_SHEET
from dtidesk.errors import ValidationError
from dtidesk.services import forms as fo
from dtidesk.services.form_files import import_unit_files, read_unit_file
from tests.lists.xlsx_tamper import add_merge, edit_sheet, put_cell

from .conftest import UNITS
from .test_table_xlsx import fill as fill_table
from .test_xlsx import codes, export, fill


def _meta(path, key: str, value) -> None:
    wb = load_workbook(path)
    for row in wb[META_SHEET].iter_rows(min_row=2):
        if row[0].value == key:
            row[1].value = value
    wb.save(path)


@pytest.mark.parametrize("key,value", [
    ("year", "hai nghìn"), ("year", 99999), ("year", -1), ("header_row", 0), ("header_row", -5),
    ("period_row", 10**12), ("first_row", "9" * 5000), ("last_row", 3), ("last_row", 10**9), ("form_version", "1e5"),
    ("period", "Q9"), ("schema", "khac/9"), ("sheet", "x" * 40), ("code_col", "ZZZZ"), ("value_col", "XFD"),
    ("form_code", None), ("unit_name", 12.5),
])
def test_tampered_metadata_is_a_refusal_naming_the_cell(af, stats, units, tmp_path, key, value):
    path = export(af, stats, units[UNITS[0]], tmp_path)
    _meta(path, key, value)
    res = read_unit_file(af, path)
    assert not res.accepted and res.problems
    p = res.problems[0]
    if key != "unit_name":  # a name that is not in the file is its own refusal
        assert "không phải biểu mẫu do DTI Desk tạo hoặc đã bị sửa" in p.message, p.text()
        assert p.sheet == META_SHEET and (p.cell.startswith("B") or "thiếu mục" in p.message or "thứ tự" in p.message)
    assert len(p.message) < 400


@pytest.mark.parametrize("key,value", [("total_row", "abc"), ("total_row", 9), ("first_row", 12),
                                       ("last_row", 20_100), ("last_row", 20_101)])
def test_tampered_table_metadata_too(af, units, tmp_path, key, value):
    tthc = fo.get_form(af, "tthc-results")
    path = export(af, tthc, units[UNITS[0]], tmp_path)
    _meta(path, key, value)
    res = read_unit_file(af, path)
    assert not res.accepted and res.problems
    if value != 20_100:  # a longer entry area is read down to the signatures, refused for what it finds there
        assert "không phải biểu mẫu do DTI Desk tạo hoặc đã bị sửa" in res.problems[0].message


@pytest.mark.parametrize("value,expect", [
    (1e28, "quá lớn"), (10**12, "quá lớn"), (-3, "không được âm"), ("9" * 1_000_000, "không phải là số"),
    ("1" * 41, "không phải là số"), (float("1e308"), "quá lớn"),
])
def test_absurd_figures_refused_naming_the_cell(af, stats, units, tmp_path, value, expect):
    path = export(af, stats, units[UNITS[0]], tmp_path)
    fill(path, {"1.1": value})
    row = codes(load_workbook(path).worksheets[0])["1.1"]
    results, changes = import_unit_files(af, [path])
    assert not results[0].accepted and not changes.tables
    hit = [p for p in results[0].problems if expect in p.message]
    assert hit and hit[0].cell == f"D{row}" and hit[0].sheet == "Phụ lục 02", [p.text() for p in results[0].problems]


def test_digit_string_written_as_a_number_is_refused(af, stats, units, tmp_path):
    path = export(af, stats, units[UNITS[0]], tmp_path)
    row = codes(load_workbook(path).worksheets[0])["1.1"]
    bad = edit_sheet(path, tmp_path / "so.xlsx", lambda x: put_cell(x, f"D{row}", "9" * 1_000_000, "raw"))
    res = read_unit_file(af, bad)
    assert not res.accepted and res.problems[0].cell == f"D{row}" and "số không đọc được" in res.problems[0].message


def test_plausible_but_absurd_figure_is_accepted_with_a_warning(af, stats, units, tmp_path):
    unit = units[UNITS[0]]
    path = fill(export(af, stats, unit, tmp_path), {"1.1": 2_000_000_000})
    row = codes(load_workbook(path).worksheets[0])["1.1"]
    results, _ = import_unit_files(af, [path])
    assert results[0].accepted
    (w,) = [p for p in results[0].problems if p.severity == "warning" and p.row == "1.1"]
    assert w.cell == f"D{row}" and "rất lớn" in w.message and "2.000.000.000" in w.message
    assert fo.values_for(af, stats.id, 2022, "H1", unit.id).typed["1.1"] == 2_000_000_000
    assert any(f.severity == "warning" for f in fo.check_form(af, stats.id, 2022, "H1", unit.id))


def test_figures_stored_before_the_limits_are_found_and_not_consolidated(af, stats, units):
    uid = units[UNITS[0]].id
    fo.set_values(af, stats.id, 2022, "H1", uid, {"1.2.1": "6", "1.2.2": "2"})
    af.repo.forms.replace_values(stats.id, 2022, "H1", uid, {("1.2.1", "value"): "1E+28", ("1.2.2", "value"): "3"})
    findings = fo.check_form(af, stats.id, 2022, "H1", uid)
    assert any(f.row == "1.2.1" and f.severity == "error" and "quá lớn" in f.message for f in findings)
    with pytest.raises(ValidationError, match="Không tổng hợp.*1.2.1"):
        fo.consolidate(af, stats.id, 2022, "H1")


def test_typed_figures_have_the_same_ranges(af, stats, units):
    uid = units[UNITS[0]].id
    with pytest.raises(ValidationError, match="quá lớn"):
        fo.set_values(af, stats.id, 2022, "H1", uid, {"1.1": "1.000.000.000.000"})
    fo.set_values(af, stats.id, 2022, "H1", uid, {"6.1.1": "0,30000000000000004"})  # a spreadsheet's 0,1 + 0,2
    assert fo.values_for(af, stats.id, 2022, "H1", uid).typed["6.1.1"] == Decimal("0.3")


@pytest.mark.parametrize("ref", ["XFD1048576", "A1048576", "GS8"])
def test_far_cell_refused_naming_file_sheet_and_cell(af, stats, units, tmp_path, ref):
    path = fill(export(af, stats, units[UNITS[0]], tmp_path), {"1.1": 2})
    bad = edit_sheet(path, tmp_path / "xa.xlsx", lambda x: put_cell(x, ref, "lạc"))
    start = time.perf_counter()
    res = read_unit_file(af, bad)
    assert time.perf_counter() - start < 2
    (p,) = res.problems
    assert (p.file, p.sheet, p.cell) == ("xa.xlsx", "Phụ lục 02", ref) and "ngoài vùng chương trình đọc" in p.message


def test_whole_sheet_merge_is_read_in_bounds(af, stats, units, tmp_path):
    path = fill(export(af, stats, units[UNITS[0]], tmp_path), {"1.1": 2, "1.2.1": 6, "1.2.2": 2})
    merged = edit_sheet(path, tmp_path / "gop.xlsx", lambda x: add_merge(x, "A1:XFD1048576"))
    tracemalloc.start()
    start = time.perf_counter()
    try:
        res = read_unit_file(af, merged)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert time.perf_counter() - start < 5 and peak < 50 * 1024 * 1024
    assert res.accepted and res.values["1.1"] == 2, [p.text() for p in res.problems]


def test_table_form_figures_have_ranges_too(af, units, tmp_path):
    tthc = fo.get_form(af, "tthc-results")
    big = [("Lĩnh vực", "Báo chí"), (None, "Cấp phép", 10**13, 1, 1)]
    results, _ = import_unit_files(af, [fill_table(export(af, tthc, units[UNITS[0]], tmp_path), big)])
    hit = [p for p in results[0].problems if "quá lớn" in p.message]
    assert not results[0].accepted and hit and hit[0].cell == "D10"
    odd = [("Lĩnh vực", "Báo chí"), (None, "Cấp phép", 3_000_000_000, 3_000_000_000, 3_000_000_000)]
    results, _ = import_unit_files(af, [fill_table(export(af, tthc, units[UNITS[1]], tmp_path, "b.xlsx"), odd)])
    warnings = [p for p in results[0].problems if p.severity == "warning"]
    assert results[0].accepted and {p.cell for p in warnings} == {"D10", "E10", "F10"}
