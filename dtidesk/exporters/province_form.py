"""Fill the province's own statistics workbook: figures written by row code into a copy, the original kept."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import MergedCell
from openpyxl.worksheet.worksheet import Worksheet

from ..domain.form_sheet import is_percent_format
from ..domain.forms import CODE_RE, FormRow, FormTemplate, Value, normalise_code
from ..domain.progress import Progress, no_progress
from ..errors import ValidationError
from .form_parts import cell_number
from .xlsx_page import keep_formulas, save_workbook


@dataclass
class FillReport:
    out: Path
    sheet: str
    written: list[str]  # row codes written
    notes: list[str]  # cells left alone and why, codes not matched


def check_columns(src: Path, out: Path, code_col: str, value_col: str) -> tuple[str, str]:
    """The two column letters, upper case; refused before anything is read when the request cannot work."""
    if out.resolve() == src.resolve():
        raise ValidationError("Tệp lưu phải khác tệp gốc của tỉnh (tệp gốc được giữ nguyên).")
    for letter in (code_col, value_col):
        if not re.fullmatch(r"[A-Za-z]{1,3}", letter or ""):
            raise ValidationError(f"Cột “{letter}” không hợp lệ (viết chữ cột như A, B, D).")
    return code_col.upper(), value_col.upper()


def _open(path: Path) -> Workbook:
    try:
        wb = load_workbook(path)
        keep_formulas(wb)  # the province's own formulas stay live; only what we write is data
        return wb
    except FileNotFoundError:
        raise ValidationError(f"Không tìm thấy tệp “{path}”.") from None
    except Exception as exc:  # openpyxl raises many kinds on a damaged or foreign file
        # The user reads one Vietnamese line; openpyxl's own exception stays chained for the log.
        raise ValidationError(f"Không mở được tệp “{path.name}” bằng Excel (.xlsx): tệp hỏng hoặc không phải "
                              "bảng tính .xlsx.") from exc


def _write(cell, row: FormRow, value: Value) -> None:
    if row.type == "percent":
        # The province's sheets hold percentages as fractions shown with “%”.
        cell.value = float(Decimal(value) / 100)
        if not is_percent_format(cell.number_format):
            cell.number_format = "0%" if Decimal(value) == Decimal(value).to_integral_value() else "0.00%"
    else:
        cell.value = cell_number(value)


def fill_province_workbook(src: Path | str, out: Path | str, t: FormTemplate, values: Mapping[str, Value | None],
                           code_col: str = "A", value_col: str = "D", sheet: str | None = None,
                           progress: Progress = no_progress) -> FillReport:
    """Write `values` (row code → figure) into a copy of `src`. Cells with the province's own formulas and
    merged cells are left alone and reported, like codes the form does not have."""
    src, out = Path(src), Path(out)
    code_col, value_col = check_columns(src, out, code_col, value_col)
    wb = _open(src)
    if sheet is not None and sheet not in wb.sheetnames:
        raise ValidationError(f"Tệp “{src.name}” không có trang “{sheet}”.")

    def codes(ws: Worksheet) -> list[tuple[int, str]]:
        return [(r, normalise_code(ws[f"{code_col}{r}"].value)) for r in range(1, ws.max_row + 1)]

    ws = wb[sheet] if sheet else max(wb.worksheets, key=lambda w: sum(t.has(c) for _, c in codes(w)))
    found = [(r, c) for r, c in codes(ws) if c and CODE_RE.fullmatch(c)]
    if not any(t.has(c) for _, c in found):
        raise ValidationError(f"Không tìm thấy mã dòng nào của biểu mẫu “{t.code}” trong cột {code_col} "
                              f"của tệp “{src.name}”.")
    written, notes = [], []
    for i, (r, code) in enumerate(found):
        progress(i, len(found), code)
        if not t.has(code):
            notes.append(f"Ô {code_col}{r}: mã “{code}” không có trong biểu mẫu, bỏ qua.")
            continue
        row, cell, value = t.row(code), ws[f"{value_col}{r}"], values.get(code)
        if row.type == "group" or value is None:
            continue
        if isinstance(cell, MergedCell) or (isinstance(cell.value, str) and cell.value.startswith("=")):
            notes.append(f"Ô {value_col}{r} (dòng {code}) " + ("nằm trong vùng gộp ô" if isinstance(cell, MergedCell)
                         else "có công thức của tỉnh") + ", giữ nguyên.")
            continue
        _write(cell, row, value)
        written.append(code)
    absent = [row.code for row in t.rows if row.type != "group" and values.get(row.code) is not None
              and row.code not in {c for _, c in found}]
    if absent:
        notes.append("Có số liệu nhưng không thấy mã trong tệp của tỉnh: " + ", ".join(absent) + ".")
    progress(len(found), len(found), "")
    return FillReport(save_workbook(wb, out), ws.title, written, notes)
