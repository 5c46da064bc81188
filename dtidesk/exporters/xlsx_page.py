"""The one Excel page every workbook shares: fonts, borders, alignments, A4 with NĐ 30 margins and page numbers."""

from __future__ import annotations

import io
import weakref
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.worksheet.worksheet import Worksheet

from .. import exporters as nd
from .atomic import write_atomically

FONT = nd.DOC_FONT_NAME
# NĐ 30/2020, Phụ lục I: the page number in Arabic numerals, centred in the top margin, not on page 1.
PAGE_NUMBER = "&P"
_INCH_MM = 25.4

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
TOP = Alignment(vertical="top", wrap_text=True)
COMPUTED_FILL = PatternFill("solid", fgColor="EDEDED")  # cells the sheet computes itself
HEAD_FILL = PatternFill("solid", fgColor="DDE6F0")  # a list template's column headings


def font(bold: bool = False, italic: bool = False, size: float = nd.SIZE_TABLE, color: str | None = None) -> Font:
    return Font(name=FONT, size=size, bold=bold, italic=italic, color=color)


def use_document_font(wb: Workbook) -> None:
    """Times New Roman 12 as the Normal style's font. It sets the unit of column widths, so widths given in
    its characters come out the same in Excel and LibreOffice (Calibri is missing from the latter)."""
    normal = Font(name=FONT, size=nd.SIZE_TABLE, family=1)
    wb._fonts = IndexedList([normal])
    wb._named_styles["Normal"].font = normal


def page_setup(ws: Worksheet, landscape: bool, title_rows: tuple[int, int] | None = None,
               print_area: str | None = None) -> None:
    """A4 fitted to the page width, NĐ 30 margins (left 30 mm for binding, right 15, top and bottom 20),
    the header rows repeated on every page and the page number centred at the top from page 2 on."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    m = ws.page_margins
    m.left, m.right = nd.MARGIN_LEFT_MM / _INCH_MM, nd.MARGIN_RIGHT_MM / _INCH_MM
    m.top, m.bottom = nd.MARGIN_TOP_MM / _INCH_MM, nd.MARGIN_BOTTOM_MM / _INCH_MM
    m.header = m.footer = 10 / _INCH_MM  # inside the 20 mm margins
    if title_rows is not None:
        ws.print_title_rows = f"{title_rows[0]}:{title_rows[1]}"
    if print_area is not None:
        ws.print_area = print_area
    ws.HeaderFooter.differentFirst = True  # the first page's header stays empty
    ws.oddHeader.center.text = PAGE_NUMBER
    ws.oddHeader.center.size = nd.SIZE_PAGE_NUMBER
    ws.oddHeader.center.font = f"{FONT},Regular"


def number_from_one(ws: Worksheet) -> None:
    """NĐ 30: each appendix of a workbook is numbered from its own first page."""
    ws.page_setup.firstPageNumber = 1
    ws.page_setup.useFirstPageNumber = True


# Text from users and documents is data, never a formula: openpyxl stores any string that starts with "="
# as a live formula, so a task named =HYPERLINK(…) or a unit named =cmd|' /C calc'!A0 would run in Excel.
# The rule is kept in one place: a writer puts its own totals and ratios through set_formula, which
# records them per sheet, and save_workbook turns every other formula cell back into the text it was.
_PROGRAM_FORMULAS: weakref.WeakKeyDictionary[Worksheet, set[str]] = weakref.WeakKeyDictionary()


def set_formula(cell: Cell, text: str) -> Cell:
    """Write one of the program's own formulas (a total, a ratio, an STT) into `cell`."""
    cell.value = text
    _PROGRAM_FORMULAS.setdefault(cell.parent, set()).add(cell.coordinate)
    return cell


def keep_formulas(wb: Workbook) -> None:
    """A workbook the officer supplied (the province's form): its own formulas are its author's, kept."""
    for ws in wb.worksheets:
        _PROGRAM_FORMULAS.setdefault(ws, set()).update(
            c.coordinate for c in ws._cells.values() if c.data_type == "f")


def _as_text(wb: Workbook) -> int:
    """Every formula the program did not write becomes a text cell showing exactly what was typed."""
    changed = 0
    for ws in wb.worksheets:
        allowed = _PROGRAM_FORMULAS.get(ws, set())
        for cell in ws._cells.values():  # only cells that exist: fast on sparse sheets
            if cell.data_type == "f" and cell.coordinate not in allowed:
                cell.data_type = "s"
                changed += 1
    return changed


def save_workbook(wb: Workbook, out: Path | str) -> Path:
    """Every Excel file is saved here: only the program's formulas live, whole or not at all, the old file
    kept when anything fails."""
    _as_text(wb)
    # Built in memory, then written in one go: a disk that fills up fails our plain write cleanly, where
    # openpyxl's half-closed zip would print a traceback from its finaliser.
    buf = io.BytesIO()
    wb.save(buf)
    return write_atomically(out, ".xlsx", lambda tmp: Path(tmp).write_bytes(buf.getvalue()))
