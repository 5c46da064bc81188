"""Excel appendices: live formulas for totals and ratios, real numbers and dates, print setup, frozen header."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from dtidesk.exporters.appendix import Formula
from dtidesk.exporters.xlsx import formula


def header_row(ws) -> int:
    return int(ws.print_title_rows.split(":")[0])


@pytest.mark.parametrize("plan,what", [(2, "appendix-tasks"), (2, "appendix-targets"), (2, "appendix-projects"),
                                       (2, "appendix-directives"), (1, "scores")])
def test_print_setup(exported, plan, what):
    ws = load_workbook(exported(plan, what, "xlsx")).active
    assert ws["A1"].value.startswith("Phụ lục") and ws["A3"].value.startswith("(Kèm theo Kế hoạch số")
    assert "A1:" in " ".join(str(r) for r in ws.merged_cells.ranges)
    top, bottom = (int(x) for x in ws.print_title_rows.replace("$", "").split(":"))
    assert ws.freeze_panes == f"A{bottom + 1}"
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9  # A4
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
    assert ws.page_setup.fitToHeight == 0
    assert ws.page_margins.left == pytest.approx(30 / 25.4) and ws.page_margins.right == pytest.approx(15 / 25.4)
    head = ws.cell(top, 1)
    assert head.font.name == "Times New Roman" and head.font.b and head.border.top.style == "thin"
    assert head.alignment.wrap_text
    assert ws.oddHeader.center.text == "&P" and ws.HeaderFooter.differentFirst and not ws.oddFooter.center.text
    total_chars = sum(ws.column_dimensions[c].width for c in ws.column_dimensions)
    assert 105 <= total_chars <= 120  # ≈ 252 mm of A4 landscape inside the margins, in 8 px characters
    assert ws.parent._fonts[0].name == "Times New Roman"  # the Normal font sets that unit


def test_project_totals_are_formulas(exported):
    ws = load_workbook(exported(2, "appendix-projects", "xlsx")).active
    first = int(ws.print_title_rows.replace("$", "").split(":")[1]) + 1
    assert ws.cell(first, 6).value == 1250 and ws.cell(first, 6).data_type == "n"
    assert ws.cell(first, 6).number_format == "#,##0"
    total = first + 2
    assert ws.cell(total, 1).value == "Tổng cộng" and ws.cell(total, 1).font.b
    assert [ws.cell(total, c).value for c in (6, 7, 8)] == [
        f"=SUM(F{first}:F{first + 1})", f"=SUM(G{first}:G{first + 1})", f"=SUM(H{first}:H{first + 1})"]
    assert f"A{total}:E{total}" in {str(r) for r in ws.merged_cells.ranges}


def test_score_groups_sum_their_criteria(exported):
    ws = load_workbook(exported(1, "scores", "xlsx")).active
    first = int(ws.print_title_rows.replace("$", "").split(":")[1]) + 1
    assert ws.cell(first, 1).value == "1" and ws.cell(first, 3).value == f"=SUM(C{first + 1}:C{first + 5})"
    assert ws.cell(first, 1).font.b and not ws.cell(first + 1, 1).font.b
    assert ws.cell(first + 1, 3).value == 10 and ws.cell(first + 1, 6).value == f"=C{first + 1}-E{first + 1}"
    assert ws.cell(first, 7).value == f'=IF(N(C{first})=0,"",E{first}/C{first})'
    assert ws.cell(first, 7).number_format == "0.00%"
    last = ws.max_row
    assert ws.cell(last, 2).value == "Tổng cộng" and ws.cell(last, 3).value.startswith("=SUM(C")
    crit_24 = next(r for r in range(first, last) if ws.cell(r, 1).value == "2.4")
    assert ws.cell(crit_24, 5).value == pytest.approx(1.67)


def test_directive_dates_are_dates(exported):
    ws = load_workbook(exported(2, "appendix-directives", "xlsx")).active
    first = int(ws.print_title_rows.replace("$", "").split(":")[1]) + 1
    cell = ws.cell(first, 4)
    assert cell.value == dt.datetime(2021, 9, 30) and cell.number_format == "d/m/yyyy"


def test_rows_tall_enough_for_wrapped_text(exported):
    ws = load_workbook(exported(2, "appendix-tasks", "xlsx")).active
    first = int(ws.print_title_rows.replace("$", "").split(":")[1]) + 1
    for r in range(first, ws.max_row + 1):
        assert ws.row_dimensions[r].height and ws.row_dimensions[r].height >= 18


def test_formula_text():
    assert formula(Formula("sum", [(0, 2), (1, 2), (2, 2), (5, 2)]), 7) == "=SUM(C7:C9,C12)"
    assert formula(Formula("sub", [(3, 2), (3, 4)]), 7) == "=C10-E10"
    assert formula(Formula("sum", []), 7) == "=0"
