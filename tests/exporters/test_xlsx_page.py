"""Every Excel writer prints on the one shared page: A4, NĐ 30 margins, repeated header rows, the page number at the top from page 2 (NĐ 30)."""

from __future__ import annotations

import json

import pytest
from openpyxl import Workbook, load_workbook

from dtidesk.domain.forms import parse_template
from dtidesk.domain.periods import Period
from dtidesk.errors import Cancelled
from dtidesk.exporters.form_table_xlsx import write_table_xlsx
from dtidesk.exporters.form_xlsx import write_form_xlsx
from dtidesk.exporters.list_template import DATA_SHEET, HELP_SHEET, write_list_template
from dtidesk.exporters.xlsx_page import save_workbook
from dtidesk.resources import resource_path
from dtidesk.store import open_agency_file


def template(name: str):
    return parse_template(json.loads((resource_path("forms") / name).read_text(encoding="utf-8")))


def shared_page(ws, landscape: bool, repeated: bool = True) -> None:
    assert int(ws.page_setup.paperSize) == 9  # A4
    assert ws.page_setup.orientation == ("landscape" if landscape else "portrait")
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
    m = ws.page_margins
    assert (m.left, m.right, m.top, m.bottom) == pytest.approx((30 / 25.4, 15 / 25.4, 20 / 25.4, 20 / 25.4))
    assert ws.oddHeader.center.text == "&P" and ws.oddHeader.center.font == "Times New Roman,Regular"
    assert ws.HeaderFooter.differentFirst and not ws.firstHeader.center.text and not ws.oddFooter.center.text
    assert bool(ws.print_title_rows) == repeated


def test_appendix_and_report_workbooks(exported, rich_path, tmp_path):
    from dtidesk.services.export import export_report

    shared_page(load_workbook(exported(2, "appendix-tasks", "xlsx")).active, True)
    with open_agency_file(rich_path, readonly=True) as af:
        report = load_workbook(export_report(af, 2, 2024, "H1", "xlsx", tmp_path / "bao-cao.xlsx"))
    assert report.worksheets
    for ws in report.worksheets:
        shared_page(ws, ws.page_setup.orientation == "landscape")
        if len(report.worksheets) > 1:  # each appendix numbered from its own first page
            assert ws.page_setup.firstPageNumber == 1


@pytest.mark.parametrize("protect", [True, False])
def test_statistics_forms(tmp_path, protect):
    rows, table = template("cchc-stats.json"), template("tthc-results.json")
    out = write_form_xlsx(tmp_path / "rows.xlsx", rows, 2024, Period.H1, {}, "Đơn vị báo cáo: Văn phòng", {},
                          protect, "THỦ TRƯỞNG")
    ws = load_workbook(out).worksheets[0]
    shared_page(ws, False)
    assert ws.print_title_rows == "$6:$7"
    out = write_table_xlsx(tmp_path / "table.xlsx", table, 2024, Period.H1, [], "Đơn vị báo cáo: Văn phòng", {},
                           protect, "THỦ TRƯỞNG")
    ws = load_workbook(out).worksheets[0]
    shared_page(ws, True)
    assert ws.print_title_rows == "$6:$7"


def test_list_template(tmp_path):
    wb = load_workbook(write_list_template("tasks", tmp_path / "mau.xlsx", ["Văn phòng Sở"]))
    shared_page(wb[DATA_SHEET], True)
    assert wb[DATA_SHEET].print_title_rows == "$1:$1"
    shared_page(wb[HELP_SHEET], True, repeated=False)


def test_a_failed_save_keeps_the_old_file_and_leaves_no_temporary(tmp_path):
    out = tmp_path / "bang.xlsx"
    out.write_bytes(b"old")

    class Broken(Workbook):
        def save(self, target):
            target.write(b"half")
            raise Cancelled("Đã hủy.")

    with pytest.raises(Cancelled):
        save_workbook(Broken(), out)
    assert out.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == ["bang.xlsx"]
