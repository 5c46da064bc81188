"""Read a list sheet from an xlsx file: find its header row under merged titles, propose a column mapping."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.list_fields import EXACT, fields_of, match_score, words
from ..errors import ValidationError
from .list_values import cell_text

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

# openpyxl is imported where a sheet is read: the command line and the window start without it.

HEADER_SCAN_ROWS = 40
MIN_SCORE = 2  # a spelling of at least two letters found inside the heading


@dataclass(frozen=True)
class Column:
    letter: str
    index: int  # 1-based
    header: str  # as shown: the heading, "Parent / Child" under a two-line header


@dataclass
class SheetRow:
    number: int  # the Excel row number, as the officer sees it
    values: dict[str, object]  # column letter → value (a vertically merged cell's value repeated)
    inherited: set[str] = field(default_factory=set)  # letters whose value comes from a merged cell above
    bold: bool = False


@dataclass
class SheetTable:
    sheet: str
    sheets: list[str]
    header_row: int  # 0 when no header row was found
    columns: list[Column]
    rows: list[SheetRow]

    def header_key(self) -> str:
        """Identifies the set of headings, whatever their order, to remember the user's mapping."""
        names = sorted({words(c.header) for c in self.columns if words(c.header)})
        return hashlib.sha1("\n".join(names).encode("utf-8")).hexdigest()[:16]

    def column(self, letter: str) -> Column | None:
        return next((c for c in self.columns if c.letter == letter), None)


def open_workbook(path: Path | str):
    from openpyxl import load_workbook

    path = Path(path)
    if not path.exists():
        raise ValidationError(f"Không tìm thấy tệp “{path}”.", "Tệp")
    try:
        return load_workbook(path, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on a damaged or foreign file
        raise ValidationError(f"Không mở được tệp “{path.name}” bằng Excel (.xlsx): tệp hỏng hoặc không phải "
                              f"bảng tính .xlsx ({type(exc).__name__}).", "Tệp") from None


def _value(cell) -> object:
    value = cell.value
    if isinstance(value, str) and value.startswith("="):
        return None  # a formula without a cached result: nothing the officer typed
    fmt = re.sub(r'"[^"]*"|\\.', "", cell.number_format or "")
    if isinstance(value, (int, float)) and not isinstance(value, bool) and "%" in fmt:
        return cell_text(round(value * 100, 6)).replace(".", ",") + "%"  # Excel's 0,97 shown as “97%”
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def _grid(ws: Worksheet) -> tuple[dict[int, dict[int, object]], dict[tuple[int, int], tuple[int, int, int, int]]]:
    """Cell values by row and column; merged ranges by every cell they cover."""
    grid: dict[int, dict[int, object]] = {}
    for row in ws.iter_rows():
        for cell in row:
            v = _value(cell) if hasattr(cell, "column") and cell.value is not None else None
            if v is not None:
                grid.setdefault(cell.row, {})[cell.column] = v
    merged: dict[tuple[int, int], tuple[int, int, int, int]] = {}
    for rng in ws.merged_cells.ranges:
        bounds = (rng.min_row, rng.min_col, rng.max_row, rng.max_col)
        for r in range(rng.min_row, rng.max_row + 1):
            for c in range(rng.min_col, rng.max_col + 1):
                merged[(r, c)] = bounds
    return grid, merged


def _row_fields(kind: str, texts: dict[int, str]) -> dict[int, tuple[str, int]]:
    """Best field per heading cell, each field given to the one column that names it best."""
    cand = []
    for col, text in texts.items():
        for f in fields_of(kind):
            score = match_score(text, f)
            if score >= MIN_SCORE:
                cand.append((score, -col, f.key, col))
    taken: dict[int, tuple[str, int]] = {}
    used: set[str] = set()
    for score, _neg, key, col in sorted(cand, reverse=True):
        if col not in taken and key not in used:
            taken[col], used = (key, score), used | {key}
    return taken


def _is_header(kind: str, texts: dict[int, str]) -> int:
    """Number of fields a row names; 0 unless it looks like a header (two fields, or one spelled exactly)."""
    found = _row_fields(kind, texts)
    if len(found) >= 2:
        return len(found)
    if len(found) == 1 and len(texts) == 1 and next(iter(found.values()))[1] >= EXACT:
        return 1
    return 0


def _numbering_row(values: dict[int, object]) -> bool:
    """The “(1) (2) (3) …” line many tables print under their header."""
    texts = [cell_text(v) for v in values.values()]
    return len(texts) >= 3 and all(re.fullmatch(r"\(?\d{1,2}\)?(?:\s*[=+x*-]\s*\(?\d{1,2}\)?)*", t) for t in texts)


def read_table(path: Path | str, kind: str, sheet: str | None = None) -> SheetTable:
    """The sheet (the one asked for, or the first whose header names this kind's fields) as header + rows."""
    wb = open_workbook(path)
    visible = [ws.title for ws in wb.worksheets if ws.sheet_state == "visible"]
    if sheet is not None and sheet not in wb.sheetnames:
        raise ValidationError(f"Tệp “{Path(path).name}” không có trang “{sheet}” (các trang: "
                              f"{', '.join(visible)}).", "Trang")
    order = [sheet] if sheet else visible
    # Strongest evidence first: a row naming two fields; then one naming a single field among other
    # headings; last, on the first sheet, any row of two headings, so the officer can map them by hand.
    for test in (_is_header, _names_one, _has_two):
        for name in order if test is not _has_two else order[:1]:
            ws = wb[name]
            grid, merged = _grid(ws)
            for r in sorted(grid)[:HEADER_SCAN_ROWS]:
                texts = {c: cell_text(v) for c, v in grid[r].items() if not isinstance(v, (int, float))}
                if test(kind, texts):
                    return _table(ws, visible, kind, grid, merged, r)
    name = sheet or (visible[0] if visible else "")
    return SheetTable(name, visible, 0, [], [])


def _names_one(kind: str, texts: dict[int, str]) -> bool:
    return len(texts) >= 2 and bool(_row_fields(kind, texts))


def _has_two(kind: str, texts: dict[int, str]) -> bool:
    return len(texts) >= 2


def _table(ws: Worksheet, sheets: list[str], kind: str, grid, merged, head: int) -> SheetTable:
    from openpyxl.utils import get_column_letter

    last_col = max((c for row in grid.values() for c in row), default=0)
    headers = {c: cell_text(v) for c, v in grid.get(head, {}).items()}
    below = grid.get(head + 1, {})
    # A two-line header: the row below fills columns under a heading merged across them, or under none.
    spanning = {c for c in range(1, last_col + 1) if (b := merged.get((head, c))) and b[3] > b[1]}
    sub = bool(below) and all(c in spanning or c not in headers for c in below) \
        and any(c in spanning for c in below)
    if sub:
        for c, v in below.items():
            parent_bounds = merged.get((head, c))
            parent = cell_text(grid[head].get(parent_bounds[1], "")) if parent_bounds else ""
            child = cell_text(v)
            headers[c] = f"{parent} / {child}" if parent and parent != child else child
    columns = [Column(get_column_letter(c), c, headers.get(c, "")) for c in range(1, last_col + 1)]
    first = head + (2 if sub else 1)
    if _numbering_row(grid.get(first, {})):
        first += 1
    rows = []
    for r in range(first, ws.max_row + 1):
        values: dict[str, object] = {}
        inherited: set[str] = set()
        for c in range(1, last_col + 1):
            letter = get_column_letter(c)
            if c in grid.get(r, {}):
                values[letter] = grid[r][c]
            elif (b := merged.get((r, c))) and b[0] < r and b[0] >= first and b[1] == c:
                top = grid.get(b[0], {}).get(c)
                if top is not None:  # a cell merged down over several rows (objective, units)
                    values[letter], inherited = top, inherited | {letter}
        if len(values) > len(inherited):
            bold = any(bool(getattr(ws.cell(r, c).font, "b", False)) for c in grid.get(r, {}))
            rows.append(SheetRow(r, values, inherited, bold))
    return SheetTable(ws.title, sheets, head, columns, rows)


def header_fields(kind: str, table: SheetTable) -> dict[str, str]:
    """The automatic proposal: column letter → field key (children of a two-line header tried alone first)."""
    from openpyxl.utils import get_column_letter

    texts: dict[int, str] = {}
    for col in table.columns:
        if not col.header:
            continue
        child = col.header.split(" / ")[-1]
        own = _row_fields(kind, {col.index: child})
        texts[col.index] = child if own else col.header
    return {get_column_letter(c): key for c, (key, _s) in _row_fields(kind, texts).items()}
