"""A statistics form of kind “rows” as xlsx: the locked sheet a unit fills in, or the agency's printed form."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Protection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from ..domain.form_sheet import COLUMNS, FIRST_ROW, HEAD_ROW, LETTER, PERIOD_ROW, formula_of, period_line
from ..domain.forms import FormRow, FormTemplate, Value
from ..domain.periods import Period
from .form_parts import cell_number, lines, lock, note_row, sheet_name, signatures, title_row, write_meta
from .xlsx_page import BOX, CENTER, COMPUTED_FILL, FONT, LEFT, font, page_setup, save_workbook, set_formula

WIDTHS = {"code": 9, "label": 56, "unit": 15, "value": 12, "note": 12}
NUMBER_FORMATS = {"integer": "#,##0", "decimal": "General", "percent": 'General"%"', "choice": "0", "text": "@"}


def _validations(ws: Worksheet) -> dict[str, DataValidation]:
    def dv(kind: str, op: str, f1: str, f2: str | None, message: str) -> DataValidation:
        v = DataValidation(type=kind, operator=op, formula1=f1, formula2=f2, allow_blank=True,
                           showErrorMessage=True, errorTitle="Số liệu không hợp lệ", error=message)
        ws.add_data_validation(v)
        return v

    return {
        "integer": dv("whole", "greaterThanOrEqual", "0", None, "Nhập số nguyên không âm."),
        "decimal": dv("decimal", "greaterThanOrEqual", "0", None, "Nhập số không âm."),
        "percent": dv("decimal", "between", "0", "100", "Nhập tỷ lệ từ 0 đến 100 (%)."),
    }


def _choice_validation(ws: Worksheet, row: FormRow, cache: dict) -> DataValidation:
    key = tuple(c.value for c in row.choices)
    if key not in cache:
        text = row.choice_text()
        v = DataValidation(type="list", formula1='"' + ",".join(str(k) for k in key) + '"', allow_blank=True,
                           showErrorMessage=True, errorTitle="Chọn một mã trong danh sách", error=text[:250],
                           showInputMessage=True, promptTitle="Chọn mã", prompt=text[:250])
        ws.add_data_validation(v)
        cache[key] = v
    return cache[key]


def _header(ws: Worksheet, t: FormTemplate) -> None:
    grouped = {c: (label, cols) for label, cols in t.column_groups for c in cols}
    for key in COLUMNS:
        col = LETTER[key]
        if key in grouped:
            label, cols = grouped[key]
            if cols[0] == key:
                ws[f"{col}{HEAD_ROW - 1}"] = label
                ws.merge_cells(f"{col}{HEAD_ROW - 1}:{LETTER[cols[-1]]}{HEAD_ROW - 1}")
            ws[f"{col}{HEAD_ROW}"] = t.headers[key]
        else:
            ws[f"{col}{HEAD_ROW - 1}"] = t.headers[key]
            ws.merge_cells(f"{col}{HEAD_ROW - 1}:{col}{HEAD_ROW}")
        for r in (HEAD_ROW - 1, HEAD_ROW):
            ws[f"{col}{r}"].font, ws[f"{col}{r}"].alignment, ws[f"{col}{r}"].border = font(True), CENTER, BOX
    ws.row_dimensions[HEAD_ROW - 1].height = 16 * lines(t.headers["label"], WIDTHS["label"])


def _label(row: FormRow) -> str | CellRichText:
    if not row.note:
        return row.label
    main = InlineFont(rFont=FONT, sz=12, b=row.bold, i=row.italic)
    return CellRichText([TextBlock(main, row.label + " "), TextBlock(InlineFont(rFont=FONT, sz=12, i=True),
                                                                     row.note)])


def _rows(ws: Worksheet, t: FormTemplate, values: Mapping[str, Value | None]) -> int:
    where = {row.code: FIRST_ROW + i for i, row in enumerate(t.rows)}
    checks, choice_cache = _validations(ws), {}  # type: dict[str, DataValidation], dict[tuple, DataValidation]
    for row in t.rows:
        r = where[row.code]
        unit = row.choice_text("\n") if row.type == "choice" else row.unit
        cells = {"code": row.code, "label": _label(row), "unit": unit, "value": None, "note": None}
        for key in COLUMNS:
            cell = ws[f"{LETTER[key]}{r}"]
            cell.value = cells[key]
            cell.font = font(row.bold, row.italic)
            cell.border = BOX
            cell.alignment = LEFT if key == "label" else CENTER
        cell = ws[f"{LETTER['value']}{r}"]
        ws[f"A{r}"].number_format = "@"
        if row.type != "group":
            cell.number_format = NUMBER_FORMATS[row.type]
        if row.formula is not None:
            set_formula(cell, formula_of(row, where)).fill = COMPUTED_FILL
        elif row.type != "group":
            cell.value = cell_number(values.get(row.code))
            cell.protection = Protection(locked=False)
            v = _choice_validation(ws, row, choice_cache) if row.type == "choice" else checks.get(row.type)
            if v is not None:
                v.add(cell)
        height = max(lines(row.label + (" " + row.note if row.note else ""), WIDTHS["label"], row.bold),
                     lines(unit, WIDTHS["unit"]))
        ws.row_dimensions[r].height = 16 * height + 2
    return FIRST_ROW + len(t.rows) - 1


def build_form_workbook(t: FormTemplate, year: int, period: Period, values: Mapping[str, Value | None],
                        unit_line: str, meta: Mapping[str, object], protect: bool, signer: str) -> Workbook:
    """The form as officers print it: title, two-line header, one row per indicator, A4 portrait.
    protect=True is a unit's copy: only the “Số liệu” cells of rows typed by hand are unlocked."""
    wb = Workbook()
    ws = wb.active
    ws.title = sheet_name(t.appendix_label or "Biểu mẫu")
    for key in COLUMNS:
        ws.column_dimensions[LETTER[key]].width = WIDTHS[key]
    total = sum(WIDTHS.values())
    if t.appendix_label:
        title_row(ws, 1, t.appendix_label, font(True, size=13), "E", total)
    title_row(ws, 2, t.title, font(True, size=13), "E", total)
    title_row(ws, 3, unit_line, font(italic=True), "E", total)
    title_row(ws, PERIOD_ROW, period_line(year, period), font(italic=True), "E", total)
    _header(ws, t)
    last = _rows(ws, t, values)
    foot = last + 2
    if protect:
        note_row(ws, foot, "Ghi chú: chỉ nhập vào cột “Số liệu”; ô nền xám được tính tự động; "
                 "dòng lựa chọn: chọn mã trong danh sách.", "E", 30)
    signatures(ws, foot + 2, "B", "D", "E", signer)
    ws.freeze_panes = f"A{FIRST_ROW}"
    page_setup(ws, False, (HEAD_ROW - 1, HEAD_ROW), f"A1:E{foot + 7}")
    if protect:
        lock(wb, ws)
    write_meta(wb, {**meta, "sheet": ws.title, "code_col": LETTER["code"], "value_col": LETTER["value"],
                    "header_row": HEAD_ROW, "first_row": FIRST_ROW, "last_row": last, "period_row": PERIOD_ROW})
    return wb


def write_form_xlsx(out: Path | str, t: FormTemplate, year: int, period: Period,
                    values: Mapping[str, Value | None], unit_line: str, meta: Mapping[str, object], protect: bool,
                    signer: str) -> Path:
    """build_form_workbook, saved to `out` whole or not at all."""
    return save_workbook(build_form_workbook(t, year, period, values, unit_line, meta, protect, signer), out)
