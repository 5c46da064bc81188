"""Open an .xlsx: its relationships, sheet list, styles and shared strings, each read by expat within bounds."""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from pathlib import Path

from ..domain.vnformat import fmt_number
from .xlsx_book import (
    BAD_FILE,
    MAX_CHARS,
    MAX_SHEETS,
    MAX_STRINGS,
    MAX_STYLES,
    MAX_TEXT,
    Book,
    SheetInfo,
    check_zip,
)

Start = Callable[[str, dict[str, str]], None]


def _local(name: str) -> str:
    """A tag or attribute name without its prefix ("x:sheet", "r:id"): every writer's spelling reads alike."""
    return name.rpartition(":")[2]


def _attr(attrs: dict[str, str], name: str) -> str:
    """An attribute by its name without prefix (r:id is written with several prefixes)."""
    return next((v for k, v in attrs.items() if _local(k) == name), "")


def _rels(book: Book, member: str) -> dict[str, tuple[str, str]]:
    """Relationship id → (the type's last word, the member it points to)."""
    base = posixpath.dirname(posixpath.dirname(member))  # "xl/_rels/workbook.xml.rels" → "xl"
    out: dict[str, tuple[str, str]] = {}

    def start(name: str, attrs: dict[str, str]) -> None:
        if _local(name) == "Relationship" and attrs.get("TargetMode") != "External" and len(out) < MAX_SHEETS * 2:
            target = attrs.get("Target") or ""
            path = target.lstrip("/") if target.startswith("/") else posixpath.join(base, target)
            out[attrs.get("Id") or ""] = ((attrs.get("Type") or "").rpartition("/")[2], posixpath.normpath(path))
    book.parse(member, "other", start)
    return out


def _workbook(book: Book, names: set[str]) -> dict[str, tuple[str, str]]:
    rels = _rels(book, "_rels/.rels") if "_rels/.rels" in names else {}
    main = next((m for kind, m in rels.values() if kind == "officeDocument"), "xl/workbook.xml")
    rel_file = posixpath.join(posixpath.dirname(main), "_rels", posixpath.basename(main) + ".rels")
    parts = _rels(book, rel_file) if rel_file in names else {}
    seen: set[str] = set()

    def start(name: str, attrs: dict[str, str]) -> None:
        tag = _local(name)
        if tag == "workbookPr":
            book.date1904 = (attrs.get("date1904") or "").lower() in ("1", "true")
        elif tag == "sheet":
            title = attrs.get("name") or ""
            kind, part = parts.get(_attr(attrs, "id"), ("", ""))
            if kind == "worksheet" and part in names and title and title not in seen:
                seen.add(title)  # chart sheets and dialog sheets hold no cells: left out
                book.sheets.append(SheetInfo(title, attrs.get("state") or "visible", part))
            if len(book.sheets) > MAX_SHEETS:
                raise book.refuse(f"tệp có hơn {fmt_number(MAX_SHEETS)} trang tính")
    book.parse(main, "other", start)
    if not book.sheets:
        raise book.refuse(f"{BAD_FILE} (không có trang tính nào)")
    return parts


def _styles(book: Book, member: str) -> None:
    """Each cell format's number format (dates, percentages) and whether its font is bold."""
    from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format

    custom: dict[int, str] = {}
    fonts: list[bool] = []
    xfs: list[tuple[int, int]] = []
    stack: list[str] = []

    def start(name: str, attrs: dict[str, str]) -> None:
        tag, parent = _local(name), stack[-1] if stack else ""
        stack.append(tag)
        if tag == "numFmt" and len(custom) < MAX_STYLES:
            custom[_int(attrs.get("numFmtId"))] = attrs.get("formatCode") or "General"
        elif tag == "font" and parent == "fonts":
            fonts.append(False)
        elif tag == "b" and parent == "font" and len(stack) > 2 and stack[-3] == "fonts":
            fonts[-1] = (attrs.get("val") or "1").lower() not in ("0", "false")
        elif tag == "xf" and parent == "cellXfs":
            xfs.append((_int(attrs.get("numFmtId")), _int(attrs.get("fontId"))))
        if len(xfs) > MAX_STYLES or len(fonts) > MAX_STYLES:
            raise book.refuse(f"tệp có hơn {fmt_number(MAX_STYLES)} định dạng ô, điều Excel không cho phép")

    book.parse(member, "other", start, lambda _name: stack.pop())
    book.formats = [custom.get(n) or BUILTIN_FORMATS.get(n, "General") for n, _ in xfs] or ["General"]
    book.bold = [0 <= f < len(fonts) and fonts[f] for _, f in xfs] or [False]
    book.dates = {i for i, fmt in enumerate(book.formats) if is_date_format(fmt)}


def _int(text: str | None) -> int:
    try:
        return int(text or 0)
    except ValueError:
        return 0


def _strings(book: Book, member: str) -> None:
    """The shared strings: plain text or rich-text runs; phonetic guides (rPh) are not a cell's text."""
    stack: list[str] = []
    parts: list[str] = []
    state = {"reading": False, "length": 0, "chars": 0}

    def start(name: str, attrs: dict[str, str]) -> None:
        tag = _local(name)
        stack.append(tag)
        if tag == "si":
            parts.clear()
            state["length"] = 0
        state["reading"] = tag == "t" and len(stack) > 1 and (stack[-2] == "si" or stack[-2] == "r" and
                                                              len(stack) > 2 and stack[-3] == "si")

    def text(data: str) -> None:
        if state["reading"]:
            parts.append(data)
            state["length"] += len(data)
            if state["length"] > MAX_TEXT:
                raise book.refuse(f"tệp có một chuỗi chữ dài hơn {fmt_number(MAX_TEXT)} ký tự, quá giới hạn của "
                                  "một ô Excel")

    def end(_name: str) -> None:
        tag = stack.pop()
        state["reading"] = False
        if tag == "si":
            book.strings.append("".join(parts))
            state["chars"] += state["length"]
            if len(book.strings) > MAX_STRINGS or state["chars"] > MAX_CHARS:
                what = (f"{fmt_number(MAX_STRINGS)} chuỗi chữ khác nhau" if len(book.strings) > MAX_STRINGS
                        else f"{fmt_number(MAX_CHARS)} ký tự chữ")
                raise book.refuse(f"tệp có hơn {what}, vượt giới hạn chương trình đọc")

    book.parse(member, "strings", start, end, text)


def open_book(path: Path | str) -> Book:
    """The workbook's sheets, styles and strings; refused with one Vietnamese line when it is not a
    readable .xlsx or exceeds what the program accepts. Close it (or use `with`) when done."""
    book = Book(path)
    book._zip = check_zip(book, book.path)
    try:
        names = set(book._zip.namelist())
        parts = _workbook(book, names)
        for kind, member in parts.values():
            if kind == "styles" and member in names:
                _styles(book, member)
            elif kind == "sharedStrings" and member in names:
                _strings(book, member)
    except BaseException:
        book.close()
        raise
    return book
