"""Excel (.xlsx, openpyxl) of the appendices: live formulas for totals and ratios, on the shared A4 page."""

from __future__ import annotations

import math
from copy import copy
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.cell_range import CellRange
from openpyxl.worksheet.worksheet import Worksheet

from .. import exporters as nd
from .appendix import AppendixTable, Formula
from .fonts import text_mm
from .xlsx_page import (
    BOX,
    CENTER,
    LEFT,
    font,
    number_from_one,
    page_setup,
    save_workbook,
    set_formula,
    use_document_font,
)

_INCH = 25.4


def col_chars(width_mm: float) -> float:
    """Excel column width for a width in mm: characters of the Normal style's font (Times New Roman 12,
    whose digits are 8 px wide at 96 dpi) plus 5 px of padding."""
    return max((width_mm * 96 / _INCH - 5) / 8, 1)


class _Meter(dict):
    """Advance widths (mm at 1 pt) per character, measured once: row heights need every cell's width."""

    def __init__(self, bold: bool):
        super().__init__()
        self.bold = bold

    def __missing__(self, ch: str) -> float:
        w = self[ch] = text_mm(ch, 1, self.bold)
        return w


_METERS = {False: _Meter(False), True: _Meter(True)}


def line_count(text: str, width_mm: float, size: float = nd.SIZE_TABLE, bold: bool = False) -> int:
    usable = max(width_mm - 2.5, 5)
    meter = _METERS[bold].__getitem__
    # Word wrapping leaves ragged line ends: count about 8 % more text than there is.
    return sum(max(1, math.ceil(sum(map(meter, part)) * size * 1.08 / usable)) for part in text.split("\n"))


def height_pt(lines: int, size: float = nd.SIZE_TABLE) -> float:
    return lines * size * 1.2 + 4


class _Styles:
    """Cell formats made once per workbook, then copied: one assignment per cell instead of four."""

    def __init__(self) -> None:
        self.arrays: dict[tuple, StyleArray] = {}

    def apply(self, cell, align: str, bold: bool, fmt: str = "", head: bool = False) -> None:
        key = (align, bold, fmt, head)
        array = self.arrays.get(key)
        if array is not None:
            cell._style = copy(array)
            return
        cell.font = font(bold)
        cell.border = BOX
        cell.alignment = Alignment(horizontal=align, vertical="center" if head else "top", wrap_text=True)
        cell.number_format = fmt or "General"
        self.arrays[key] = copy(cell._style)


def merge(ws: Worksheet, r0: int, c0: int, r1: int, c1: int) -> None:
    """Record a merged range. Every cell already carries its borders and ranges never overlap, so
    openpyxl's merge_cells (an overlap scan and a border rebuild per range: quadratic) is not needed."""
    ws.merged_cells.ranges.add(CellRange(min_col=c0, min_row=r0, max_col=c1, max_row=r1))


def _ref(col: int, row: int) -> str:
    return f"{get_column_letter(col + 1)}{row}"


def formula(f: Formula, first: int) -> str:
    """Excel text of a model formula; body row r sits on sheet row first + r."""
    cells = [(first + r, c) for r, c in f.refs]
    if f.op == "sub":
        return f"={_ref(cells[0][1], cells[0][0])}-{_ref(cells[1][1], cells[1][0])}"
    if f.op == "ratio":
        a, b = _ref(cells[0][1], cells[0][0]), _ref(cells[1][1], cells[1][0])
        return f'=IF(N({b})=0,"",{a}/{b})'
    if not cells:
        return "=0"
    parts, start = [], 0
    for i in range(1, len(cells) + 1):  # runs of consecutive rows become ranges
        if i == len(cells) or cells[i][0] != cells[i - 1][0] + 1 or cells[i][1] != cells[start][1]:
            a, b = cells[start], cells[i - 1]
            parts.append(_ref(a[1], a[0]) if a == b else f"{_ref(a[1], a[0])}:{_ref(b[1], b[0])}")
            start = i
    return f"=SUM({','.join(parts)})"


def _titles(ws: Worksheet, t: AppendixTable, ncol: int, total_mm: float) -> int:
    """The lines above the table, then a blank one; returns the first row of the header."""
    lines = t.title_lines()
    for r, line in enumerate(lines, start=1):
        cell = ws.cell(r, 1, line.text)
        cell.font = font(line.bold, line.italic, line.size)
        cell.alignment = CENTER
        merge(ws, r, 1, r, ncol)
        ws.row_dimensions[r].height = height_pt(line_count(line.text, total_mm, line.size, line.bold), line.size)
    ws.row_dimensions[len(lines) + 1].height = 8
    return len(lines) + 2


def _notes(ws: Worksheet, t: AppendixTable, row: int, ncol: int, total_mm: float) -> None:
    """Lines under the table, one merged row each, after a blank row."""
    for r, text in enumerate(t.notes, start=row + 1):
        cell = ws.cell(r, 1, text)
        cell.font = font()
        cell.alignment = LEFT
        merge(ws, r, 1, r, ncol)
        ws.row_dimensions[r].height = height_pt(line_count(text, total_mm))


def _sheet(wb: Workbook, ws: Worksheet, t: AppendixTable, styles: _Styles) -> None:
    ncol, hr = len(t.columns), t.header_rows
    wide = getattr(t, "landscape", True)  # a narrow table (a report's statistics form) prints portrait
    frame = nd.LANDSCAPE_FRAME_W_MM if wide else nd.FRAME_W_MM
    total = sum(c.width for c in t.columns)
    widths = [frame * c.width / total for c in t.columns]
    for i, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(i + 1)].width = round(col_chars(w), 2)
    top = _titles(ws, t, ncol, frame)
    for r in range(hr):
        for c in range(ncol):
            styles.apply(ws.cell(top + r, c + 1), "center", True, head=True)
    for h in t.header:
        ws.cell(top + h.row, h.col + 1, h.text)
        if h.rowspan > 1 or h.colspan > 1:
            merge(ws, top + h.row, h.col + 1, top + h.row + h.rowspan - 1, h.col + h.colspan)
    first = top + hr
    for i, row in enumerate(t.rows):
        bold = row.kind != "item"
        for c, cell in enumerate(row.cells):
            col = t.columns[c]
            if cell.formula is not None:
                value = formula(cell.formula, first)
            else:
                value = cell.value if cell.value is not None else (cell.text or None)
            numeric = cell.formula is not None or cell.value is not None
            target = ws.cell(first + i, c + 1)
            if cell.formula is not None:
                set_formula(target, value)
            else:
                target.value = value
            styles.apply(target, col.align, bold, cell.number_format or (col.number_format if numeric else ""))
    spans = {(r0, c0): (r1, c1) for r0, c0, r1, c1 in t.spans}
    for r0, c0, r1, c1 in t.spans:
        merge(ws, first + r0, c0 + 1, first + r1, c1 + 1)
    body = [(r, c, *spans.get((r, c), (r, c)), cell.text, row.kind != "item")
            for r, row in enumerate(t.rows) for c, cell in enumerate(row.cells) if cell.text]
    head = [(h.row, h.col, h.row + h.rowspan - 1, h.col + h.colspan - 1, h.text, True) for h in t.header]
    for r, h in enumerate(_heights(head, hr, widths) + _heights(body, len(t.rows), widths)):
        ws.row_dimensions[top + r].height = round(h, 1)
    _notes(ws, t, first + len(t.rows), ncol, frame)
    ws.freeze_panes = ws.cell(first, 1)
    page_setup(ws, wide, (top, first - 1))


def _heights(cells: list[tuple[int, int, int, int, str, bool]], nrows: int, widths: list[float]) -> list[float]:
    """Row heights for wrapped text (r0, c0, r1, c1, text, bold): neither Excel nor LibreOffice fits merged
    cells, and LibreOffice does not fit unmerged ones on opening either, so every row gets a height."""
    lines = [1] * nrows
    for r0, c0, r1, c1, text, bold in cells:
        if text and r1 == r0:
            lines[r0] = max(lines[r0], line_count(text, sum(widths[c0:c1 + 1]), bold=bold))
    heights = [height_pt(n) for n in lines]
    for r0, c0, r1, c1, text, bold in cells:
        if text and r1 > r0:
            need = height_pt(line_count(text, sum(widths[c0:c1 + 1]), bold=bold))
            extra = max(need - sum(heights[r0:r1 + 1]), 0) / (r1 - r0 + 1)
            for r in range(r0, r1 + 1):
                heights[r] += extra
    return heights


def write_appendix_xlsx(tables: AppendixTable | list[AppendixTable], out: Path) -> Path:
    tables = [tables] if isinstance(tables, AppendixTable) else tables
    wb = Workbook()
    use_document_font(wb)
    styles = _Styles()
    for k, t in enumerate(tables):
        ws = wb.active if k == 0 else wb.create_sheet()
        ws.title = t.sheet_name[:31]
        _sheet(wb, ws, t, styles)
        if len(tables) > 1:
            number_from_one(ws)
    wb.properties.title = tables[0].title if tables else ""
    return save_workbook(wb, out)
