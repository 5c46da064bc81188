"""Read a list sheet from an xlsx file: find its header row under merged titles, propose a column mapping."""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..domain.list_fields import EXACT, fields_of, match_score, words
from ..errors import ValidationError
from .list_values import cell_text
from .xlsx_book import Book
from .xlsx_parts import open_book
from .xlsx_sheet import Cell, SheetReader, column_name

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


@dataclass
class _Grid:
    """A sheet's values as the list reader sees them, by row and column, and its merged ranges."""

    values: dict[int, dict[int, object]]
    bold: set[int]  # rows where a cell holding a value is bold
    merged: list[tuple[int, int, int, int]]  # (min_row, min_col, max_row, max_col), clipped to the data


def _value(cell: Cell) -> object:
    value = cell.value  # a formula's result as the spreadsheet saved it
    if isinstance(value, str) and value.startswith("="):
        return None  # a formula without a cached result: nothing the officer typed
    if isinstance(value, (int, float)) and not isinstance(value, bool) and _percent(cell.number_format):
        return cell_text(round(value * 100, 6)).replace(".", ",") + "%"  # Excel's 0,97 shown as “97%”
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


@lru_cache(maxsize=256)
def _percent(number_format: str) -> bool:
    return "%" in re.sub(r'"[^"]*"|\\.', "", number_format or "")


def _grid(book: Book, name: str) -> _Grid:
    """Only the rows the file holds are read (streamed): a stray far cell costs nothing but its refusal."""
    info = book.sheet(name)
    assert info is not None
    reader = SheetReader(book, info)
    values: dict[int, dict[int, object]] = {}
    bold: set[int] = set()
    for r, cells in reader.rows():
        for c, cell in cells:
            v = _value(cell)
            if v is not None:
                values.setdefault(r, {})[c] = v
                if cell.bold:
                    bold.add(r)
    return _Grid(values, bold, reader.merged)


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
    with open_book(path) as book:
        visible = [s.name for s in book.sheets if s.state == "visible"]
        if sheet is not None and book.sheet(sheet) is None:
            raise ValidationError(f"Tệp “{Path(path).name}” không có trang “{sheet}” (các trang: "
                                  f"{', '.join(visible)}).", "Trang")
        order = [sheet] if sheet else visible
        grids: dict[str, _Grid] = {}  # each sheet read once, whichever test looks at it
        # Strongest evidence first: a row naming two fields; then one naming a single field among other
        # headings; last, on the first sheet, any row of two headings, so the officer can map them by hand.
        for test in (_is_header, _names_one, _has_two):
            for name in order if test is not _has_two else order[:1]:
                grid = grids.get(name) or grids.setdefault(name, _grid(book, name))
                for r in sorted(grid.values)[:HEADER_SCAN_ROWS]:
                    texts = {c: cell_text(v) for c, v in grid.values[r].items() if not isinstance(v, (int, float))}
                    if test(kind, texts):
                        return _table(name, visible, kind, grid, r)
    name = sheet or (visible[0] if visible else "")
    return SheetTable(name, visible, 0, [], [])


def _names_one(kind: str, texts: dict[int, str]) -> bool:
    return len(texts) >= 2 and bool(_row_fields(kind, texts))


def _has_two(kind: str, texts: dict[int, str]) -> bool:
    return len(texts) >= 2


def _head_merges(merged: list[tuple[int, int, int, int]], head: int) -> dict[int, tuple[int, int, int, int]]:
    """Column → the merged range covering it on the header row. Ranges that overlap one already placed
    (Excel never writes them) are skipped, so the work is the row's width, not the ranges' areas."""
    out: dict[int, tuple[int, int, int, int]] = {}
    reach = 0
    for b in sorted((m for m in merged if m[0] <= head <= m[2]), key=lambda m: m[1]):
        if b[1] > reach:
            out.update({c: b for c in range(b[1], b[3] + 1)})
            reach = b[3]
    return out


def _inherited(grid: _Grid, first: int) -> dict[int, dict[int, object]]:
    """Row → column → value of a cell merged down from above (objective, units), for rows that hold data:
    per column, ranges starting at or below `first`, disjoint, each visiting only the rows it covers."""
    rows = sorted(r for r in grid.values if r >= first)
    by_col: dict[int, list[tuple[int, int]]] = {}
    for r1, c1, r2, _c2 in grid.merged:
        if r1 >= first and r2 > r1:
            by_col.setdefault(c1, []).append((r1, r2))
    out: dict[int, dict[int, object]] = {}
    for c, spans in by_col.items():
        reach = 0
        for r1, r2 in sorted(spans):
            top = grid.values.get(r1, {}).get(c)
            if r1 <= reach or top is None:
                continue
            reach = r2
            for r in rows[bisect_right(rows, r1):bisect_right(rows, r2)]:
                if c not in grid.values[r]:
                    out.setdefault(r, {})[c] = top
    return out


def _table(sheet: str, sheets: list[str], kind: str, grid: _Grid, head: int) -> SheetTable:
    values = grid.values
    last_col = max((c for row in values.values() for c in row), default=0)
    headers = {c: cell_text(v) for c, v in values.get(head, {}).items()}
    below = values.get(head + 1, {})
    merged = _head_merges(grid.merged, head)
    # A two-line header: the row below fills columns under a heading merged across them, or under none.
    spanning = {c for c, b in merged.items() if b[3] > b[1]}
    sub = bool(below) and all(c in spanning or c not in headers for c in below) \
        and any(c in spanning for c in below)
    if sub:
        for c, v in below.items():
            parent_bounds = merged.get(c)
            parent = cell_text(values[head].get(parent_bounds[1], "")) if parent_bounds else ""
            child = cell_text(v)
            headers[c] = f"{parent} / {child}" if parent and parent != child else child
    columns = [Column(column_name(c), c, headers.get(c, "")) for c in range(1, last_col + 1)]
    first = head + (2 if sub else 1)
    if _numbering_row(values.get(first, {})):
        first += 1
    inherited = _inherited(grid, first)
    rows = []
    for r in sorted(x for x in values if x >= first):
        own, down = values[r], inherited.get(r, {})
        cells = sorted([*own.items(), *down.items()])
        rows.append(SheetRow(r, {column_name(c): v for c, v in cells}, {column_name(c) for c in down},
                             r in grid.bold))
    return SheetTable(sheet, sheets, head, columns, rows)


def header_fields(kind: str, table: SheetTable) -> dict[str, str]:
    """The automatic proposal: column letter → field key (children of a two-line header tried alone first)."""
    texts: dict[int, str] = {}
    for col in table.columns:
        if not col.header:
            continue
        child = col.header.split(" / ")[-1]
        own = _row_fields(kind, {col.index: child})
        texts[col.index] = child if own else col.header
    return {column_name(c): key for c, (key, _s) in _row_fields(kind, texts).items()}
