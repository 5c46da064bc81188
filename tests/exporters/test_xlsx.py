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
    assert ws.cell(first, 1).value == "1" and ws.cell(first, 3).value == f"=SUM(C{first + 1}:C{first + 4})"
    assert ws.cell(first, 1).font.b and not ws.cell(first + 1, 1).font.b
    assert ws.cell(first + 1, 3).value == 20 and ws.cell(first + 1, 6).value == f"=C{first + 1}-E{first + 1}"
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


def test_a_statistics_form_total_is_blank_while_its_rows_are():
    """The report's Phụ lục 02 printed 0 where the PDF leaves a blank (rows 2.1, 4.1.5, 5.4, 6.2.1, 6.2.4): its
    totals carry the standalone form's guard."""
    assert formula(Formula("sum", [(0, 3), (1, 3), (4, 3)], blank_when_empty=True), 7) == \
        '=IF(COUNT(D7:D8,D11)=0,"",SUM(D7:D8,D11))'


@pytest.fixture(scope="module")
def report_tables(rich_path, tmp_path_factory):
    """Plan 2's report of 6 months 2024 with a few rows of Phụ lục 02 entered (most left blank)."""
    import shutil

    from dtidesk.exporters.report_appendix import build_report_appendices
    from dtidesk.services import forms as fo
    from dtidesk.services.report import report_model
    from dtidesk.store import open_agency_file

    path = tmp_path_factory.mktemp("form") / "f.dtidesk"
    shutil.copy(rich_path, path)
    with open_agency_file(path) as af:
        stats = fo.get_form(af, "cchc-stats")
        typed = [r.code for r in stats.template.rows if r.editable and r.type == "integer"]
        fo.set_values(af, stats.id, 2024, "H1", None, {code: "3" for code in typed[:12]})
        model = report_model(af, 2, 2024, "H1", today=dt.date(2024, 7, 1))
    return build_report_appendices(model)


def test_report_form_sheet_leaves_blank_what_the_pdf_leaves_blank(report_tables, tmp_path):
    from dtidesk.exporters.xlsx import write_appendix_xlsx

    form = next(t for t in report_tables if t.kind == "form")
    ws = load_workbook(write_appendix_xlsx(report_tables, tmp_path / "bc.xlsx"))[form.sheet_name]
    first = int(ws.print_title_rows.replace("$", "").split(":")[0]) + form.header_rows
    computed = {r.cells[0].text: (first + i, r.cells[3]) for i, r in enumerate(form.rows) if r.cells[3].formula}
    assert {"2.1", "4.1.5", "5.4", "6.2.1", "6.2.4"} <= set(computed)
    for code, (row, cell) in computed.items():
        value = ws.cell(row, 4).value
        if cell.formula.op == "sum":
            assert value.startswith("=IF(COUNT("), code
        if not cell.text:  # blank in the PDF: the sheet must be able to print a blank too
            assert '""' in value, code


def test_no_row_taller_than_half_a_page(exported):
    """The task appendix's rows fit their text: none past half the page under the header (a taller one is cut
    into rows, as the PDF cuts it at the foot of a page), none past the 409 pt Excel keeps; before, one row was
    537 pt and LibreOffice printed it alone on a page."""
    ws = load_workbook(exported(1, "appendix-tasks", "xlsx")).active
    top, bottom = (int(x) for x in ws.print_title_rows.replace("$", "").split(":"))
    head = sum(ws.row_dimensions[r].height for r in range(top, bottom + 1))
    page = (210 - 40) * 72 / 25.4 - head
    heights = [ws.row_dimensions[r].height for r in range(bottom + 1, ws.max_row + 1)]
    assert max(heights) <= page / 2 + 1
    start = next(r for r in range(bottom + 1, ws.max_row + 1)
                 if str(ws.cell(r, 3).value).startswith("Tiếp tục triển khai xây dựng các ứng dụng"))
    end = start + 1
    while ws.cell(end, 1).value is None and ws.cell(end, 3).value:  # the task of 3.5 goes on in the rows under it
        end += 1
    assert end - start >= 2 and str(ws.cell(end - 1, 3).value).endswith("sử dụng qua LGSP.")


def test_lines_counted_as_the_pdf_wraps_them():
    from reportlab.lib.utils import simpleSplit

    from dtidesk.exporters.fonts import register_reportlab_fonts, rl_font
    from dtidesk.exporters.xlsx import CELL_SLACK_MM, line_count

    register_reportlab_fonts()
    text = ("Tiếp tục triển khai xây dựng các ứng dụng, phần mềm, cơ sở dữ liệu chuyên ngành tư pháp theo các "
            "nhiệm vụ được giao tại Kế hoạch số 55/KH-UBND ngày 12/4/2022 của UBND tỉnh. ") * 4
    for width in (25, 48.5, 64.6):
        assert line_count(text, width) == len(simpleSplit(text, rl_font(), 12, (width - CELL_SLACK_MM) * 72 / 25.4))
    assert line_count("a\nb\n\nc", 40) == 4 and line_count("x" * 300, 20) > 10


@pytest.mark.slow
@pytest.mark.skipif(not __import__("shutil").which("soffice"), reason="LibreOffice not installed")
def test_task_workbook_printed_by_libreoffice(exported, tmp_path):
    """LibreOffice prints the task appendix in about the PDF's pages (before: 17 against 15, page 2 one row),
    every character of the sheet on paper (no row clips its text)."""
    import subprocess
    from collections import Counter

    import pdfplumber

    src = exported(1, "appendix-tasks", "xlsx")
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile", "--convert-to",
                    "pdf", "--outdir", str(tmp_path), str(src)], check=True, capture_output=True, timeout=180)
    with pdfplumber.open(tmp_path / f"{src.stem}.pdf") as printed, \
            pdfplumber.open(exported(1, "appendix-tasks", "pdf")) as pdf:
        assert len(printed.pages) <= len(pdf.pages) + 1
        got = Counter(c["text"] for p in printed.pages for c in p.chars)
    wanted = Counter(ch for row in load_workbook(src).active.iter_rows(values_only=True) for v in row
                     if isinstance(v, str) for ch in v if not ch.isspace())
    assert {ch: n for ch, n in wanted.items() if got[ch] < n} == {}
