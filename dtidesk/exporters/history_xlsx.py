"""The change history as an Excel list: one line per change, newest first, A4 landscape with the header repeated."""

from __future__ import annotations

from collections.abc import Sequence
from copy import copy
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from ..domain.history import COLUMNS, ChangeEntry, entry_cells
from ..domain.progress import Progress, no_progress
from .xlsx import MAX_ROW_PT, col_chars, height_pt, line_count
from .xlsx_page import BOX, CENTER, HEAD_FILL, TOP, font, page_setup, save_workbook, use_document_font

SHEET = "Lịch sử thay đổi"
# mm of the landscape frame (252 mm): TT, time, person, computer, kind, action, item, what changed.
WIDTHS_MM = (10, 30, 24, 24, 26, 32, 50, 56)
WRAPPED = (1, 2, 3, 4, 5, 6, 7)  # 0-based columns whose text wraps and sets the row's height
HEADER_ROW = 4


def write_history_xlsx(entries: Sequence[ChangeEntry], title: str, subtitle: str, out: Path,
                       progress: Progress = no_progress) -> Path:
    """Every cell of the officers' text (summaries, values before and after) is a text cell: a summary
    that reads “=HYPERLINK(…)” stays those characters (save_workbook)."""
    wb = Workbook()
    use_document_font(wb)
    ws = wb.active
    ws.title = SHEET
    ncol = len(COLUMNS) + 1
    ws.cell(1, 1, title.upper()).font = font(True, size=14)
    ws.cell(2, 1, subtitle).font = font(italic=True)
    for r in (1, 2):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        ws.cell(r, 1).alignment = CENTER
    for c, heading in enumerate(("TT", *COLUMNS), start=1):
        cell = ws.cell(HEADER_ROW, c, heading)
        cell.font, cell.alignment, cell.border, cell.fill = font(True), CENTER, BOX, HEAD_FILL
        ws.column_dimensions[get_column_letter(c)].width = col_chars(WIDTHS_MM[c - 1])
    # One style per kind of cell, copied: tens of thousands of lines are written in seconds, not minutes.
    proto = ws.cell(HEADER_ROW + 1, 1)
    proto.font, proto.border, proto.alignment = font(), BOX, CENTER
    centred = copy(proto._style)
    proto.alignment = TOP
    top = copy(proto._style)
    total = len(entries)
    for n, entry in enumerate(entries, start=1):
        row = HEADER_ROW + n
        values = (n, *entry_cells(entry))
        for c, value in enumerate(values, start=1):
            cell = ws.cell(row, c, value)
            cell._style = copy(centred if c <= 2 else top)
        lines = max(line_count(str(values[c]), WIDTHS_MM[c]) for c in WRAPPED)
        if lines > 1:
            ws.row_dimensions[row].height = min(height_pt(lines), MAX_ROW_PT)
        if n % 500 == 0:
            progress(n, total, "")
    ws.freeze_panes = ws.cell(HEADER_ROW + 1, 1)
    last = HEADER_ROW + max(total, 1)
    page_setup(ws, landscape=True, title_rows=(HEADER_ROW, HEADER_ROW),
               print_area=f"A1:{get_column_letter(ncol)}{last}")
    ws.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(ncol)}{last}"
    progress(total, total, "")
    return save_workbook(wb, out)
