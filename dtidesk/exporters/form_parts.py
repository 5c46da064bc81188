"""What both statistics-form writers share: title lines, row heights, signatures, the lock and the hidden metadata."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.protection import SheetProtection
from openpyxl.worksheet.worksheet import Worksheet

from ..domain.form_sheet import META_SCHEMA, META_SHEET
from .xlsx_page import CENTER, LEFT, font


def lines(text: str, width: float, bold: bool = False, per_unit: float = 0) -> int:
    """Lines a text wraps to in a column `width` Excel units wide."""
    # Characters of Times New Roman 12 per Excel width unit, measured on LibreOffice's rendering.
    per_line = max(1, int(width * (per_unit or (1.15 if bold else 1.3))))
    return sum(max(1, math.ceil(len(part) / per_line)) for part in text.split("\n"))


def sheet_name(text: str) -> str:
    """A worksheet name Excel accepts: without []:*?/\\ and at most 31 characters."""
    return "".join(ch for ch in text if ch not in "[]:*?/\\")[:31] or "Biểu mẫu"


def cell_number(value: object) -> object:
    """A figure as a spreadsheet number: whole numbers as int, others as float."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def title_row(ws: Worksheet, r: int, text: str, title_font: Font, end: str, width: float) -> None:
    """A centred line merged across the form, tall enough for its wrapped text."""
    ws[f"A{r}"] = text
    ws[f"A{r}"].font, ws[f"A{r}"].alignment = title_font, CENTER
    ws.merge_cells(f"A{r}:{end}{r}")
    # Bold capitals of 13 pt: about 0,85 character per width unit, 19 pt a line with stacked diacritics.
    ws.row_dimensions[r].height = 19 * lines(text, width, per_unit=0.85 if text.isupper() else 1.1) + 2


def note_row(ws: Worksheet, r: int, text: str, end: str, height: float) -> None:
    ws[f"A{r}"] = text
    ws[f"A{r}"].font, ws[f"A{r}"].alignment = font(italic=True, size=11), LEFT
    ws.merge_cells(f"A{r}:{end}{r}")
    ws.row_dimensions[r].height = height


def signatures(ws: Worksheet, r: int, left: str, right: str, end: str, signer: str) -> None:
    """“NGƯỜI LẬP BIỂU” under `left`, the signer under `right` (merged to `end`), each “(Ký, ghi rõ họ tên)”."""
    for col, text in ((left, "NGƯỜI LẬP BIỂU"), (right, signer)):
        ws[f"{col}{r}"], ws[f"{col}{r + 1}"] = text, "(Ký, ghi rõ họ tên)"
        ws[f"{col}{r}"].font, ws[f"{col}{r + 1}"].font = font(True), font(italic=True)
        ws[f"{col}{r}"].alignment = ws[f"{col}{r + 1}"].alignment = CENTER
    if right != end:
        ws.merge_cells(f"{right}{r}:{end}{r}")
        ws.merge_cells(f"{right}{r + 1}:{end}{r + 1}")


def lock(wb: Workbook, ws: Worksheet) -> None:
    """Only the unlocked entry cells can be typed in, and no sheet added, removed or renamed."""
    # No password: the lock prevents slips, not determined edits (officers must be able to unlock).
    ws.protection = SheetProtection(sheet=True, formatColumns=False, formatRows=False)
    wb.security = WorkbookProtection(lockStructure=True)


def write_meta(wb: Workbook, meta: Mapping[str, object]) -> None:
    """The hidden sheet an import reads first: which form, period and unit, and where the cells are."""
    info = wb.create_sheet(META_SHEET)
    info.append(["key", "value"])
    for k, v in {"schema": META_SCHEMA, **meta,
                 "exported_at": dt.datetime.now().isoformat(timespec="seconds")}.items():
        info.append([k, v])
    info.sheet_state = "hidden"
    info.protection = SheetProtection(sheet=True)
