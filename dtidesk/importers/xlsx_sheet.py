"""Stream one sheet's cells as the file holds them, within the rows, columns and cells the program accepts."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

from ..domain.vnformat import fmt_number
from .xlsx_book import BAD_FILE, MAX_COL, MAX_DATA_ROWS, MAX_ROW, Book, SheetInfo

EXCEL_ROWS, EXCEL_COLS = 1_048_576, 16_384
_REF = re.compile(r"\$?([A-Za-z]{1,3})\$?([0-9]{1,7})")


class Cell(NamedTuple):
    value: object  # text, int/float, bool, datetime, an error text such as "#DIV/0!"; a formula's saved result
    formula: str | None  # "=SUM(D8:D9)" when the cell holds a formula
    number_format: str
    bold: bool

    @property
    def content(self) -> object:
        """What the cell holds as typed: its formula when it has one, else its value."""
        return self.formula if self.formula is not None else self.value


EMPTY = Cell(None, None, "General", False)


def column_name(index: int) -> str:
    out = ""
    while index > 0:
        index, rest = divmod(index - 1, 26)
        out = chr(65 + rest) + out
    return out


def split_ref(ref: str) -> tuple[int, int] | None:
    """"B12" → (12, 2); None when it is not a cell of a sheet."""
    m = _REF.fullmatch(ref or "")
    if not m:
        return None
    col = 0
    for ch in m.group(1).upper():
        col = col * 26 + ord(ch) - 64
    row = int(m.group(2))
    return (row, col) if 1 <= row <= EXCEL_ROWS and 1 <= col <= EXCEL_COLS else None


def limits_text() -> str:
    return (f"tối đa {fmt_number(MAX_DATA_ROWS)} dòng số liệu, tức đến dòng {fmt_number(MAX_ROW)}, và {MAX_COL} "
            f"cột, tức đến cột {column_name(MAX_COL)}")


class SheetReader:
    """rows() streams (row number, [(column, Cell)…]) for the rows that hold something, in file order;
    once it is exhausted, `merged` holds the merged ranges clipped to the data and `max_row`/`max_col`
    its extent. Anything beyond the limits is refused naming file, sheet and cell."""

    def __init__(self, book: Book, info: SheetInfo):
        self.book, self.info = book, info
        self.merged: list[tuple[int, int, int, int]] = []  # (min_row, min_col, max_row, max_col)
        self.max_row = self.max_col = 0

    def rows(self) -> Iterator[tuple[int, list[tuple[int, Cell]]]]:
        from xml.parsers import expat

        from .xlsx_cells import CellScanner  # here, not above: the scanner builds this module's Cell

        scan = CellScanner(self.book, self.info.name)
        parser = expat.ParserCreate()
        parser.buffer_text = True
        parser.StartElementHandler, parser.EndElementHandler = scan.start, scan.end
        parser.CharacterDataHandler, parser.StartDoctypeDeclHandler = scan.text, scan.doctype
        try:
            for chunk in self.book.chunks(self.info.part, "sheet"):
                parser.Parse(chunk, False)
                yield from scan.done  # rows completed in this piece, handed out as they come
                scan.done.clear()
            parser.Parse(b"", True)
        except expat.ExpatError as exc:
            raise scan.refuse("", f"{BAD_FILE} (phần “{self.info.part}” hỏng ở dòng {exc.lineno}).") from None
        yield from scan.done
        self.merged, self.max_row, self.max_col = scan.merged, scan.max_row, scan.max_col


@dataclass
class SheetData:
    """A whole sheet read into memory (a unit's form is small): the cells that hold something, by position."""

    name: str
    cells: dict[int, dict[int, Cell]] = field(default_factory=dict)  # row → column → cell
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    max_row: int = 0
    max_col: int = 0

    def at(self, row: int, col: int) -> Cell:
        return self.cells.get(row, {}).get(col, EMPTY)

    def get(self, ref: str) -> Cell:
        place = split_ref(ref)
        return EMPTY if place is None else self.at(*place)

    def row(self, row: int) -> dict[int, Cell]:
        return self.cells.get(row, {})


def read_sheet(book: Book, name: str) -> SheetData:
    info = book.sheet(name)
    if info is None:
        raise book.refuse_at(name, "", "tệp không có trang này.")
    reader = SheetReader(book, info)
    data = SheetData(name)
    for r, cells in reader.rows():
        data.cells.setdefault(r, {}).update(cells)
    data.merged, data.max_row, data.max_col = reader.merged, reader.max_row, reader.max_col
    return data
