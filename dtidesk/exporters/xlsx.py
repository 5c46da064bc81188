"""Excel (.xlsx, openpyxl) of the appendices: live formulas for totals and ratios, on the shared A4 page."""

from __future__ import annotations

from copy import copy
from dataclasses import replace
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.cell_range import CellRange
from openpyxl.worksheet.worksheet import Worksheet

from .. import exporters as nd
from .appendix import AppendixTable, Cell, Formula, Row
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
MAX_ROW_PT = 409  # the tallest row Excel keeps


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


# What a cell's text may fill of its column: LibreOffice draws a column 5 px (1.3 mm) narrower than Excel for the
# same width (it does not add the padding col_chars takes off), and both keep about 1.5 mm for the cell's margins.
CELL_SLACK_MM = 3.0
# A wrapped line of Times New Roman 12: 18 px at 96 dpi in Excel (ascent + descent, 1.107 em, rounded up), 17.7 in
# LibreOffice; 4.5 pt for the cell's margins (a one-line row 18 pt).
LINE_EM = 1.13
CELL_PAD_PT = 4.5


def wrapped(text: str, width_mm: float, size: float = nd.SIZE_TABLE, bold: bool = False) -> list[tuple[str, int]]:
    """The lines `text` wraps to in a column `width_mm` wide, word by word as Excel and LibreOffice wrap, each
    with the lines it takes (a word longer than the line is cut) and "\n" ending a paragraph's last line."""
    usable = max(width_mm - CELL_SLACK_MM, 5) / size  # in mm at 1 pt, as the meter measures
    meter = _METERS[bold]
    space = meter[" "]
    out: list[tuple[str, int]] = []
    for part in text.split("\n"):
        words: list[str] = []
        x, extra = 0.0, 0
        for word in part.split():
            w = sum(map(meter.__getitem__, word))
            if words and x + space + w > usable:
                out.append((" ".join(words), 1 + extra))
                words, x, extra = [], 0.0, 0
            elif words:
                x += space
            while x + w > usable:  # the rest of a word too long for a line goes on the next
                w -= usable - x
                x, extra = 0.0, extra + 1
            words.append(word)
            x += w
        out.append((" ".join(words) + "\n", 1 + extra))
    return out


def line_count(text: str, width_mm: float, size: float = nd.SIZE_TABLE, bold: bool = False) -> int:
    """Lines `text` takes in a column `width_mm` wide: sized on the text itself, a row neither clips it nor
    prints half empty."""
    return sum(n for _line, n in wrapped(text, width_mm, size, bold))


def height_pt(lines: int, size: float = nd.SIZE_TABLE) -> float:
    return lines * size * LINE_EM + CELL_PAD_PT


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
    refs = ",".join(parts)
    # The statistics form's own guard (domain.form_sheet.formula_of): no figure entered, no total printed.
    return f'=IF(COUNT({refs})=0,"",SUM({refs}))' if f.blank_when_empty else f"=SUM({refs})"


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
    head_h = _heights([(h.row, h.col, h.row + h.rowspan - 1, h.col + h.colspan - 1, h.text, True)
                       for h in t.header], hr, widths)
    page = ((nd.PAGE_W_MM if wide else nd.PAGE_H_MM) - nd.MARGIN_TOP_MM - nd.MARGIN_BOTTOM_MM) * 72 / _INCH
    page -= sum(head_h)  # the header rows repeat on every page
    # A row taller than half a page is cut in two or more: a page then never holds one tall row over a blank.
    t = _split_tall_rows(t, widths, min(page / 2, MAX_ROW_PT))
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
    body = [(r, c, *spans.get((r, c), (r, c)), cell.text, row.kind != "item")
            for r, row in enumerate(t.rows) for c, cell in enumerate(row.cells) if cell.text]
    head = [(h.row, h.col, h.row + h.rowspan - 1, h.col + h.colspan - 1, h.text, True) for h in t.header]
    heights = [round(h, 1) for h in _heights(head, hr, widths) + _heights(body, len(t.rows), widths)]
    for r, h in enumerate(heights):
        ws.row_dimensions[top + r].height = min(h, MAX_ROW_PT)
    for r0, c0, r1, c1 in _page_sized(t.spans, heights[hr:], page):
        if (r0, c0) == (r1, c1):  # a range cut down to one cell: nothing to merge
            continue
        merge(ws, first + r0, c0 + 1, first + r1, c1 + 1)
        whole = next(s for s in t.spans if (s[1], s[3]) == (c0, c1) and s[0] <= r0 <= s[2])
        if whole[0] < r0:  # a range continued from the page before: its text again
            origin = t.rows[whole[0]].cells[c0]
            ws.cell(first + r0, c0 + 1).value = origin.value if origin.value is not None else origin.text or None
    _notes(ws, t, first + len(t.rows), ncol, frame)
    ws.freeze_panes = ws.cell(first, 1)
    page_setup(ws, wide, (top, first - 1))


def _split_tall_rows(t: AppendixTable, widths: list[float], limit: float) -> AppendixTable:
    """A row taller than `limit` as several rows, its long texts cut between lines and continued in the rows
    under it (its other cells left blank there): the PDF splits such a row at the page's foot, a spreadsheet
    prints a row whole (a blank under it) or clips it (past 409 pt). Merged cells and figures are never cut."""
    per_row = max(int((limit - CELL_PAD_PT) / (nd.SIZE_TABLE * LINE_EM)), 1)
    merged = {(r, c) for a, b, e, d in t.spans for r in range(a, e + 1) for c in range(b, d + 1)}
    rows: list[Row] = []
    where: dict[int, int] = {}
    for r, row in enumerate(t.rows):
        where[r] = len(rows)
        parts = [_chunks(c.text, widths[i], per_row, False)
                 if row.kind == "item" and c.text and c.value is None and c.formula is None and (r, i) not in merged
                 else [c.text] for i, c in enumerate(row.cells)]
        n = max(len(p) for p in parts)
        if n == 1:
            rows.append(row)
            continue
        for k in range(n):
            rows.append(Row([replace(c, text=p[k]) if len(p) > 1 and k < len(p) else c if k == 0 else Cell()
                             for c, p in zip(row.cells, parts, strict=True)], row.kind))
    if len(rows) == len(t.rows):
        return t
    last = {r: (where[r + 1] - 1 if r + 1 in where else len(rows) - 1) for r in where}

    def moved(c: Cell) -> Cell:
        if c.formula is None:
            return c
        return replace(c, formula=replace(c.formula, refs=[(where[a], b) for a, b in c.formula.refs]))

    return replace(t, rows=[Row([moved(c) for c in row.cells], row.kind) for row in rows],
                   spans=[(where[a], b, last[e], d) for a, b, e, d in t.spans])


def _chunks(text: str, width_mm: float, per_row: int, bold: bool) -> list[str]:
    """`text` cut between its wrapped lines into pieces of at most `per_row` lines."""
    out, piece, n = [], "", 0
    for line, k in wrapped(text, width_mm, bold=bold):
        if piece and n + k > per_row:
            out.append(piece.rstrip())
            piece, n = "", 0
        piece += line if line.endswith("\n") else line + " "
        n += k
    return [*out, piece.rstrip()]


def _page_sized(spans: list[tuple[int, int, int, int]], heights: list[float],
                page: float) -> list[tuple[int, int, int, int]]:
    """The merged ranges, those taller than a page cut into ranges a page tall at most: neither Excel nor
    LibreOffice breaks a merged cell across pages, they print the part on the first page and clip the rest."""
    out = []
    for r0, c0, r1, c1 in spans:
        start, have = r0, 0.0
        for r in range(r0, r1 + 1):
            if have and have + heights[r] > page * 0.9:
                out.append((start, c0, r - 1, c1))
                start, have = r, 0.0
            have += heights[r]
        out.append((start, c0, r1, c1))
    return out


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
