"""The hidden “_dtidesk” sheet of a unit's form: every entry the reader relies on, checked against its range."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..domain.form_sheet import META_SCHEMA, META_SHEET
from ..domain.periods import Period
from .xlsx_book import MAX_COL, MAX_ROW, Book
from .xlsx_sheet import column_name, read_sheet, split_ref

Bad = Callable[..., None]  # bad(message, cell="", row="", severity="error")

TAMPERED = "Tệp không phải biểu mẫu do DTI Desk tạo hoặc đã bị sửa"
MAX_ENTRIES = 200  # the program writes about 16; more rows are not its own
ROWS = ("period_row", "header_row", "first_row", "last_row")  # in this order down the sheet


def _int(value: object, low: int, high: int) -> int | None:
    """A whole number in [low, high] as saved by Excel or as text; None for anything else."""
    if isinstance(value, bool):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str) and re.fullmatch(r"\s*\d{1,9}\s*", value):
        value = int(value)
    return value if isinstance(value, int) and low <= value <= high else None


def _text(value: object, longest: int) -> str | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(int(value)) if float(value).is_integer() else str(value)
    return value.strip() if isinstance(value, str) and 0 < len(value.strip()) <= longest else None


def _column(value: object) -> str | None:
    text = value.strip().upper() if isinstance(value, str) else ""
    place = split_ref(f"{text}1") if re.fullmatch(r"[A-Z]{1,3}", text) else None
    return text if place is not None and place[1] <= MAX_COL else None


def _period(value: object) -> Period | None:
    try:
        return Period(str(value).strip().upper()) if isinstance(value, str) else None
    except ValueError:
        return None


# Each entry: (what it must be, in words; the reader of the value). The sheet's layout rows are checked
# against the rows the program reads (up to MAX_ROW), so a tampered number cannot send it far.
_SPEC: dict[str, tuple[str, Callable[[object], object]]] = {
    "schema": (f"“{META_SCHEMA}”", lambda v: v if v == META_SCHEMA else None),
    "form_code": ("mã biểu mẫu", lambda v: _text(v, 100)),
    "form_version": ("số phiên bản", lambda v: _int(v, 1, 999_999)),
    "year": ("năm từ 2000 đến 2100", lambda v: _int(v, 2000, 2100)),
    "period": ("kỳ báo cáo (Q1, H1, M9, Y, ADHOC)", _period),
    "sheet": ("tên trang tính", lambda v: _text(v, 31)),
    **{key: (f"số dòng từ 1 đến {MAX_ROW}", lambda v: _int(v, 1, MAX_ROW)) for key in ROWS},
}
_OPTIONAL: dict[str, tuple[str, Callable[[object], object]]] = {
    "code_col": (f"tên cột (A đến {column_name(MAX_COL)})", _column),
    "value_col": (f"tên cột (A đến {column_name(MAX_COL)})", _column),
    "total_row": (f"số dòng từ 1 đến {MAX_ROW} hoặc để trống", lambda v: _int(v, 1, MAX_ROW)),
    "unit_name": ("tên đơn vị", lambda v: _text(v, 500)),
}


def read_meta(book: Book, bad: Bad) -> dict | None:
    """The entries, each read to its type ({"year": 2024, "period": Period.H1, …}); None, with the reason
    given to `bad`, when the sheet is missing or any entry is not what the program wrote."""
    if book.sheet(META_SHEET) is None:
        bad("Tệp không phải biểu mẫu xuất từ DTI Desk (thiếu trang thông tin ẩn “_dtidesk”); hãy nhập số liệu "
            "vào tệp đã xuất cho đơn vị.")
        return None
    sheet = read_sheet(book, META_SHEET)
    found: dict[str, tuple[object, str]] = {}  # key → (value, its cell)
    for r in sorted(sheet.cells)[:MAX_ENTRIES + 1]:
        key = sheet.at(r, 1).value
        if r >= 2 and isinstance(key, str) and len(key) <= 40:
            found[key.strip()] = (sheet.at(r, 2).value, f"B{r}")
    meta: dict[str, object] = {}
    for key, (what, read) in {**_SPEC, **_OPTIONAL}.items():
        if key not in found:
            if key in _SPEC:
                bad(f"{TAMPERED}: thiếu mục “{key}” trên trang thông tin ẩn “{META_SHEET}”; hãy dùng lại tệp đã "
                    "xuất.", sheet=META_SHEET)
                return None
            continue
        raw, cell = found[key]
        value = read(raw)
        if value is None and not (key == "total_row" and raw in (None, "")) and not (key == "unit_name" and not raw):
            shown = str(raw)[:40] + ("…" if len(str(raw)) > 40 else "")
            bad(f"{TAMPERED}: mục “{key}” ghi “{shown}”, không phải {what}; hãy dùng lại tệp đã xuất.", cell,
                sheet=META_SHEET)
            return None
        meta[key] = value
    rows = [meta[k] for k in ROWS]
    if rows != sorted(rows) or len(set(rows[:3])) < 3:
        bad(f"{TAMPERED}: các mục {', '.join(ROWS)} ghi vị trí các dòng không theo thứ tự; hãy dùng lại tệp đã "
            "xuất.", sheet=META_SHEET)
        return None
    return meta
