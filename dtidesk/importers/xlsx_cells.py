"""A sheet's XML to cells: expat's handlers and the reading of each cell's value, within the program's limits."""

from __future__ import annotations

import math

from ..domain.vnformat import fmt_number
from .xlsx_book import (
    MAX_CELLS,
    MAX_CHARS,
    MAX_COL,
    MAX_MERGES,
    MAX_ROW,
    MAX_TAGS,
    MAX_TEXT,
    Book,
    XlsxRefused,
)
from .xlsx_sheet import EXCEL_ROWS, Cell, column_name, limits_text, split_ref

MAX_NUMBER = 64  # characters of a number as saved: a double never takes more, a longer digit string is forged


class CellScanner:
    """expat's handlers for one sheet. No element tree is built: only the open tags' names and the current
    cell's texts are held, so memory does not grow with the sheet. Rows that hold something gather in
    `done`; `merged` (clipped to the data), `max_row` and `max_col` are complete once the sheet is."""

    __slots__ = ("book", "sheet", "names", "stack", "done", "row_no", "col_no", "last_ref", "cells", "attr",
                 "v", "f", "f_attr", "inline", "inline_len", "buf", "buf_len", "shared", "merged", "max_row", "max_col")

    def __init__(self, book: Book, sheet: str):
        self.book, self.sheet = book, sheet
        self.merged: list[tuple[int, int, int, int]] = []  # (min_row, min_col, max_row, max_col)
        self.max_row = self.max_col = 0
        self.names: dict[str, str] = {}  # "x:c" → "c": a prefix some writers use
        self.stack: list[str] = []
        self.done: list[tuple[int, list[tuple[int, Cell]]]] = []
        self.row_no, self.col_no, self.last_ref = 0, 0, ""
        self.cells: list[tuple[int, Cell]] = []
        self.attr: dict[str, str] = {}
        self.v: str | None = None
        self.f: str | None = None
        self.f_attr: dict[str, str] = {}
        self.inline: list[str] | None = None  # the runs of an inline string
        self.inline_len = 0
        self.buf: list[str] | None = None  # the text being read (a <v>, <f> or <t>), None elsewhere
        self.buf_len = 0
        self.shared: dict[str, tuple[str, str]] = {}  # shared formula id → (its formula, where it is written)

    def refuse(self, cell: str, why: str) -> XlsxRefused:
        return self.book.refuse_at(self.sheet, cell, why)

    def doctype(self, *_args: object) -> None:
        raise self.refuse("", "tệp hỏng: trang tính có khai báo DOCTYPE, điều Excel không bao giờ ghi.")

    def start(self, qname: str, attrs: dict[str, str]) -> None:
        tag = self.names.get(qname)
        if tag is None:
            tag = qname.rpartition(":")[2]
            if len(self.names) < 1000:  # a file inventing names by the million gets no cache, not a big one
                self.names[qname] = tag
        stack = self.stack
        stack.append(tag)
        self.book.tags_left -= 1
        if self.book.tags_left < 0:
            raise self.refuse("", f"tệp có quá nhiều ô (kể cả ô trống có định dạng), vượt giới hạn "
                                  f"{fmt_number(MAX_TAGS)} phần tử chương trình đọc.")
        if tag == "c":
            self.attr, self.v, self.f, self.inline, self.inline_len = attrs, None, None, None, 0
        elif tag in ("v", "f") and len(stack) > 1 and stack[-2] == "c":
            self.buf, self.buf_len = [], 0
            if tag == "f":
                self.f_attr = attrs
        elif tag == "t" and len(stack) > 2 and (stack[-2] == "is" or stack[-2] == "r" and stack[-3] == "is"):
            self.buf, self.buf_len = [], 0  # a phonetic guide's text (under rPh) is not the cell's
        elif tag == "row":
            self.row_no, self.col_no, self.last_ref = self._row_number(attrs.get("r"), self.row_no), 0, ""
            self.cells = []
        elif tag == "mergeCell":
            self._merge(attrs.get("ref") or "")

    def text(self, data: str) -> None:
        if self.buf is not None:
            self.buf.append(data)
            self.buf_len += len(data)
            # Refused while reading, so a huge text never sits whole in memory: a number's <v> is short.
            if self.buf_len > MAX_NUMBER and self.stack[-1] == "v" and self.attr.get("t", "n") == "n":
                raise self.refuse(self.attr.get("r", "")[:12], "tệp hỏng: ô ghi một số không đọc được.")
            if self.buf_len > MAX_TEXT:
                raise self.refuse(self.attr.get("r", "")[:12], f"ô có hơn {fmt_number(MAX_TEXT)} ký tự, quá "
                                                               "giới hạn của một ô Excel.")

    def end(self, qname: str) -> None:
        tag = self.stack.pop()
        if self.buf is not None and tag in ("v", "f", "t"):
            text, self.buf = "".join(self.buf), None
            if tag == "v":
                self.v = text or None  # <v></v>: how openpyxl writes a formula it has not computed
            elif tag == "f":
                self.f = text
            else:
                if self.inline is None:
                    self.inline = []
                self.inline.append(text)
                self.inline_len += len(text)
                if self.inline_len > MAX_TEXT:
                    raise self.refuse(self.attr.get("r", "")[:12], f"ô có hơn {fmt_number(MAX_TEXT)} ký tự, quá "
                                                                   "giới hạn của một ô Excel.")
        elif tag == "c" and self.stack and self.stack[-1] == "row":
            self._cell()
        elif tag == "row" and self.cells:
            self.done.append((self.row_no, self.cells))
            self.cells = []

    def _cell(self) -> None:
        attr = self.attr
        ref = attr.get("r")
        if self.v is None and self.f is None and self.inline is None:
            if ref:  # a blank cell: only its place matters, for a next cell written without its address
                self.last_ref, self.col_no = ref, -1
            else:
                self.col_no = self._previous_col() + 1
            return
        if ref:
            place = split_ref(ref)
            if place is None:
                raise self.refuse("", f"tệp hỏng: địa chỉ ô “{ref[:20]}” không hợp lệ.")
            row, col = place
        else:
            row, col = self.row_no, self._previous_col() + 1
        self.col_no, self.last_ref = col, ""
        formula = self._formula(self.f, self.f_attr, self.shared, row, col) if self.f is not None else None
        cell = self._value(attr, self.v, self.inline, formula, row, col)
        if cell is not None:
            self.cells.append((col, cell))

    def _previous_col(self) -> int:
        if self.col_no >= 0:
            return self.col_no
        place = split_ref(self.last_ref)
        return place[1] if place else 0

    def _row_number(self, text: str | None, previous: int) -> int:
        try:
            number = int(text) if text is not None else previous + 1
        except ValueError:
            number = 0
        if not 1 <= number <= EXCEL_ROWS:
            raise self.refuse("", f"tệp hỏng: số dòng “{str(text)[:20]}” không hợp lệ.")
        return number

    def _formula(self, text: str, attr: dict[str, str], shared: dict, row: int, col: int) -> str:
        ref = f"{column_name(col)}{row}"
        if attr.get("t") != "shared":
            return "=" + text
        if text:
            shared[attr.get("si", "")] = ("=" + text, ref)
            return "=" + text
        origin = shared.get(attr.get("si", ""))
        if origin is None:
            return "="
        from openpyxl.formula.translate import Translator

        try:
            return Translator(origin[0], origin[1]).translate_formula(ref)
        except Exception:  # a formula the translator cannot follow: not one the program wrote
            return "="

    def _value(self, attr: dict[str, str], v: str | None, inline: list[str] | None, formula: str | None, row: int,
              col: int) -> Cell | None:
        kind = attr.get("t", "n")
        style = _index(attr.get("s"))
        value: object = None
        if kind == "n" and v is not None:
            value = self._number(v, row, col, style)
        elif kind == "inlineStr":
            value = "".join(inline or ())
        elif v is None:
            value = None
        elif kind == "s":
            try:
                value = self.book.strings[int(v)]
            except (ValueError, IndexError):
                raise self.refuse(_ref(row, col), "tệp hỏng: ô trỏ tới một chuỗi chữ không có trong tệp.") from None
        elif kind in ("str", "e"):
            value = v
        elif kind == "b":
            value = v.strip() in ("1", "true")
        elif kind == "d":
            value = _iso_date(v)
        else:
            value = self._number(v, row, col, style)
        if isinstance(value, str) and not value.strip():
            value = None  # a blank text reads as an empty cell, as both readers treat it
        if value is None and formula is None:
            return None
        if row > MAX_ROW or col > MAX_COL:
            raise self.refuse(_ref(row, col), f"có dữ liệu ngoài vùng chương trình đọc ({limits_text()}). Hãy xóa "
                                              "các ô thừa (Ctrl+End trong Excel chỉ ra ô có dữ liệu xa nhất) hoặc "
                                              "chia thành nhiều tệp.")
        book = self.book
        if isinstance(value, str):
            if len(value) > MAX_TEXT:
                raise self.refuse(_ref(row, col), f"ô có hơn {fmt_number(MAX_TEXT)} ký tự, quá giới hạn của một ô "
                                                  "Excel.")
            book.chars_left -= len(value)
        book.cells_left -= 1
        if book.cells_left < 0 or book.chars_left < 0:
            what = (f"{fmt_number(MAX_CELLS)} ô có dữ liệu" if book.cells_left < 0
                    else f"{fmt_number(MAX_CHARS)} ký tự chữ trong các ô")
            raise self.refuse("", f"tệp có hơn {what}, vượt giới hạn chương trình đọc; hãy chia thành nhiều tệp.")
        if row > self.max_row:
            self.max_row = row
        if col > self.max_col:
            self.max_col = col
        if style >= len(book.formats):
            return Cell(value, formula, "General", False)
        return Cell(value, formula, book.formats[style], book.bold[style])

    def _number(self, text: str, row: int, col: int, style: int) -> object:
        raw = text.strip()
        try:
            if len(raw) > MAX_NUMBER:
                raise ValueError(raw)
            try:
                number: int | float = int(raw)
            except ValueError:
                number = float(raw)
                if not math.isfinite(number):
                    raise
        except ValueError:
            raise self.refuse(_ref(row, col), "tệp hỏng: ô ghi một số không đọc được.") from None
        if style in self.book.dates:
            from openpyxl.utils.datetime import MAC_EPOCH, WINDOWS_EPOCH, from_excel

            try:
                return from_excel(number, MAC_EPOCH if self.book.date1904 else WINDOWS_EPOCH)
            except (OverflowError, ValueError):
                return "#VALUE!"  # as openpyxl reads a date serial outside the calendar
        return number

    def _merge(self, ref: str) -> None:
        first, _, last = ref.partition(":")
        a, b = split_ref(first), split_ref(last or first)
        if a is None or b is None:
            return
        r1, c1, r2, c2 = min(a[0], b[0]), min(a[1], b[1]), max(a[0], b[0]), max(a[1], b[1])
        r2, c2 = min(r2, self.max_row), min(c2, self.max_col)  # a merge beyond the data covers nothing read
        if r1 > r2 or c1 > c2 or (r1 == r2 and c1 == c2):
            return
        self.merged.append((r1, c1, r2, c2))
        if len(self.merged) > MAX_MERGES:
            raise self.refuse("", f"trang có hơn {fmt_number(MAX_MERGES)} vùng gộp ô, vượt giới hạn chương "
                                  "trình đọc.")


def _ref(row: int, col: int) -> str:
    return f"{column_name(col)}{row}"


def _index(text: str | None) -> int:
    try:
        return max(0, int(text or 0))
    except ValueError:
        return 0


def _iso_date(text: str) -> object:
    from openpyxl.utils.datetime import from_ISO8601

    try:
        return from_ISO8601(text)
    except (ValueError, TypeError):
        return text
