"""A statistics form of kind “table” as xlsx: a unit's entry sheet with blank lines, or the agency's printed table."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Font, Protection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from ..domain.form_sheet import (
    HEAD_ROW,
    KIND,
    KIND_HEADER,
    PERIOD_ROW,
    Column,
    Layout,
    layout,
    period_line,
    total_formula,
)
from ..domain.forms import FormTemplate, kind_name, row_label, subtotal_members, table_shape
from ..domain.periods import Period
from .form_parts import lines, lock, note_row, sheet_name, signatures, title_row, write_meta
from .xlsx_page import BOX, CENTER, COMPUTED_FILL, FONT, LEFT, font, page_setup, save_workbook, set_formula

DATA_ROWS = 200  # blank lines of a unit's sheet
WIDTHS = {"stt": 6, KIND: 11, "name": 44, "integer": 11, "decimal": 12, "text": 18}
NUMBER_FORMATS = {"integer": "#,##0", "decimal": "#,##0.##", "text": "@"}


def _width(t: FormTemplate, col: Column) -> float:
    shape = table_shape(t)
    if col.key in (shape.numbering, KIND):
        return WIDTHS["stt" if col.key == shape.numbering else KIND]
    return WIDTHS["name"] if col.key == shape.name else WIDTHS[col.type]


def _header(ws: Worksheet, t: FormTemplate, lay: Layout) -> None:
    top, low = HEAD_ROW - 1, HEAD_ROW
    for i, col in enumerate(lay.columns):
        if col.group:
            if i == 0 or lay.columns[i - 1].group != col.group:  # the spanning header's first column
                j = i
                while j + 1 < len(lay.columns) and lay.columns[j + 1].group == col.group:
                    j += 1
                ws[f"{col.letter}{top}"] = col.group
                ws.merge_cells(f"{col.letter}{top}:{lay.columns[j].letter}{top}")
            ws[f"{col.letter}{low}"] = col.label
        else:
            ws[f"{col.letter}{top}"] = col.label
            ws.merge_cells(f"{col.letter}{top}:{col.letter}{low}")
        for r in (top, low):
            ws[f"{col.letter}{r}"].font, ws[f"{col.letter}{r}"].alignment = font(True), CENTER
            ws[f"{col.letter}{r}"].border = BOX
    both = max(lines(c.label, _width(t, c), True) for c in lay.columns if not c.group)
    low_lines = max((lines(c.label, _width(t, c), True) for c in lay.columns if c.group), default=1)
    ws.row_dimensions[top].height = 17 * max(1, both - low_lines) + 4
    ws.row_dimensions[low].height = 17 * low_lines + 4


def _number(value: object) -> object:
    if isinstance(value, str) and value.strip():
        d = Decimal(value)
        return int(d) if d == d.to_integral_value() else float(d)
    return None


def _sum_formula(refs: str) -> str:
    return f'=IF(COUNT({refs})=0,"",SUM({refs}))'


def _stt_formula(t: FormTemplate, lay: Layout, r: int) -> str | None:
    shape = table_shape(t)
    if not shape.numbering or not shape.name:
        return None
    n, a, f = lay.letter(shape.name), lay.letter(shape.numbering), lay.first
    if not t.row_kinds:
        return f'=IF(${n}{r}="","",COUNTA(${n}${f}:${n}{r}))'
    k = lay.letter(KIND)
    group, leaf = kind_name(t, shape.group_kind), kind_name(t, shape.leaf_kind)
    gspec, lspec = t.row_kinds.get(shape.group_kind, {}), t.row_kinds.get(shape.leaf_kind, {})
    count = f'COUNTIF(${k}${f}:${k}{r},"{group}")'
    group_expr = (f"ROMAN({count})" if gspec.get("numbering") == "roman" else count) if gspec.get("numbering") \
        else '""'
    if not lspec.get("numbering"):
        leaf_expr = '""'
    elif shape.group_kind and lspec.get("restart") == shape.group_kind:
        leaf_expr = f'IF(${k}{r - 1}="{group}",1,N(${a}{r - 1})+1)'
    else:
        leaf_expr = f'SUMPRODUCT((${n}${f}:${n}{r}<>"")*(${k}${f}:${k}{r}<>"{group}"))'
    return (f'=IF(${n}{r}="","",IF(${k}{r}="{group}",{group_expr},'
            f'IF(OR(${k}{r}="",${k}{r}="{leaf}"),{leaf_expr},"")))')


def _style(ws: Worksheet, t: FormTemplate, lay: Layout, r: int, bold: bool = False) -> None:
    shape = table_shape(t)
    for col in lay.columns:
        cell = ws[f"{col.letter}{r}"]
        cell.font, cell.border = font(bold), BOX
        cell.alignment = LEFT if col.key in (shape.name, "note") else CENTER
        cell.number_format = NUMBER_FORMATS[col.type]


def _entry_area(ws: Worksheet, t: FormTemplate, lay: Layout) -> None:
    """Unlocked cells, lists and number checks over the blank lines; STT formulas; sub-total lines bold."""
    shape = table_shape(t)
    for r in range(lay.first, lay.last + 1):
        _style(ws, t, lay, r)
        for col in lay.columns:
            if col.key == shape.numbering:
                stt = _stt_formula(t, lay, r)
                if stt is not None:
                    set_formula(ws[f"{col.letter}{r}"], stt)
            else:
                ws[f"{col.letter}{r}"].protection = Protection(locked=False)
        ws.row_dimensions[r].height = 18
    for col in lay.columns:
        area = f"{col.letter}{lay.first}:{col.letter}{lay.last}"
        if col.type in ("integer", "decimal"):
            dv = DataValidation(type="whole" if col.type == "integer" else "decimal", operator="greaterThanOrEqual",
                                formula1="0", allow_blank=True, showErrorMessage=True, errorTitle="Số liệu không hợp lệ",
                                error="Nhập số nguyên không âm." if col.type == "integer" else "Nhập số không âm.")
        elif col.key == KIND:
            names = [kind_name(t, k) for k in shape.kinds]
            text = f"Chọn {', '.join(names)}; để trống là {kind_name(t, shape.leaf_kind)}."
            dv = DataValidation(type="list", formula1='"' + ",".join(names) + '"', allow_blank=True,
                                showErrorMessage=True, errorTitle="Chọn loại dòng trong danh sách", error=text,
                                showInputMessage=True, promptTitle=KIND_HEADER, prompt=text)
        else:
            continue
        ws.add_data_validation(dv)
        dv.add(area)
    if shape.group_kind and lay.has(KIND):
        k = lay.letter(KIND)
        ws.conditional_formatting.add(f"A{lay.first}:{lay.end}{lay.last}", FormulaRule(
            formula=[f'${k}{lay.first}="{kind_name(t, shape.group_kind)}"'], font=Font(name=FONT, bold=True)))


def _write_line(ws: Worksheet, t: FormTemplate, lay: Layout, r: int, rows: Sequence[Mapping], i: int,
                entry: bool) -> None:
    shape, row = table_shape(t), rows[i]
    kind = str(row.get("kind") or "")
    bold = bool(t.row_kinds.get(kind, {}).get("bold"))
    if not entry:
        _style(ws, t, lay, r, bold)
    label = row_label(t, rows, i)
    for col in lay.columns:
        cell = ws[f"{col.letter}{r}"]
        if col.key == KIND:
            cell.value = kind_name(t, kind)
        elif col.key == shape.name:
            cell.value = label
        elif col.key == shape.numbering:
            if not entry:
                cell.value = row.get(col.key) or None
        elif col.type == "text":
            cell.value = row.get(col.key) or None
        elif entry and t.row_kinds.get(kind, {}).get("sums"):
            cell.value = None  # a sub-total line is summed on import; typed figures would only be checked
        else:
            cell.value = _number(row.get(col.key))
    ws.row_dimensions[r].height = 16 * lines(label, WIDTHS["name"], bold) + 4


def _sums(ws: Worksheet, t: FormTemplate, lay: Layout, rows: Sequence[Mapping]) -> None:
    """The printed table's sub-total and total lines as live formulas over the lines they add up."""
    shape = table_shape(t)
    for i, row in enumerate(rows):
        kind = str(row.get("kind") or "")
        spec = t.row_kinds.get(kind, {})
        if not spec.get("sums") or spec.get("position"):
            continue
        members = subtotal_members(rows, i, kind, str(spec["sums"]))
        if members:
            for letter in (c.letter for c in lay.columns if c.key in shape.numeric):
                refs = ",".join(f"{letter}{lay.first + j}" for j in members)
                set_formula(ws[f"{letter}{lay.first + i}"], _sum_formula(refs))


def _total_line(ws: Worksheet, t: FormTemplate, lay: Layout, rows: Sequence[Mapping], entry: bool) -> None:
    shape = table_shape(t)
    if lay.total_row is None:
        return
    r = lay.total_row
    _style(ws, t, lay, r, True)
    spec = t.row_kinds[shape.total_kind]
    of = [lay.first + j for j, x in enumerate(rows) if x.get("kind") == spec.get("sums")]
    for col in lay.columns:
        cell = ws[f"{col.letter}{r}"]
        cell.fill = COMPUTED_FILL
        if col.key == shape.name:  # a unit's sheet: "Cộng" alone, its fields are not known yet
            total = [{"kind": shape.total_kind}, *([] if entry else rows)]
            cell.value = row_label(t, total, 0)
        elif col.key in shape.numeric:
            if entry:
                set_formula(cell, total_formula(t, lay, col.letter))
            elif of:
                set_formula(cell, _sum_formula(",".join(f"{col.letter}{x}" for x in of)))
            else:
                set_formula(cell, _sum_formula(f"{col.letter}{lay.first}:{col.letter}{lay.last}"))
    ws.row_dimensions[r].height = 20


def build_table_workbook(t: FormTemplate, year: int, period: Period, rows: Sequence[Mapping], unit_line: str,
                         meta: Mapping[str, object], entry: bool, signer: str) -> Workbook:
    """A unit's entry sheet (entry=True: blank lines, locked header, lists) or the agency's printed table:
    title, two-level header, the total first, bold sub-totals, live formulas, A4 landscape."""
    shape = table_shape(t)
    data = [dict(r) for r in rows if not shape.total_kind or r.get("kind") != shape.total_kind]
    lay = layout(t, entry, max(DATA_ROWS, len(data) + 50) if entry else len(data))
    wb = Workbook()
    ws = wb.active
    ws.title = sheet_name(t.appendix_label or t.title)
    for col in lay.columns:
        ws.column_dimensions[col.letter].width = _width(t, col)
    total_width = sum(_width(t, c) for c in lay.columns)
    if t.appendix_label:
        title_row(ws, 1, t.appendix_label, font(True, size=13), lay.end, total_width)
    title_row(ws, 2, t.title, font(True, size=13), lay.end, total_width)
    title_row(ws, 3, unit_line, font(italic=True), lay.end, total_width)
    title_row(ws, PERIOD_ROW, period_line(year, period), font(italic=True), lay.end, total_width)
    _header(ws, t, lay)
    if entry:
        _entry_area(ws, t, lay)
    for i in range(len(data)):
        _write_line(ws, t, lay, lay.first + i, data, i, entry)
    if not entry:
        _sums(ws, t, lay, data)
    _total_line(ws, t, lay, data, entry)
    foot = max(lay.last, lay.total_row or 0) + 2
    if entry:
        group, leaf = kind_name(t, shape.group_kind), kind_name(t, shape.leaf_kind)
        note = "Ghi chú: ghi mỗi dòng một " + leaf.lower() + "; STT và dòng tổng cộng được tính tự động."
        if shape.group_kind:
            note = (f"Ghi chú: cột “{KIND_HEADER}” chọn “{group}” cho dòng tên lĩnh vực, để trống (hoặc “{leaf}”) "
                    f"cho các dòng {leaf.lower()} ghi ngay bên dưới lĩnh vực của nó. Các cột số của dòng {group} "
                    "để trống thì chương trình tự cộng khi nhập; STT và dòng Cộng được tính tự động.")
        note_row(ws, foot, note, lay.end, 16 * lines(note, total_width, per_unit=1.4) + 4)
    left = lay.letter(shape.name) if shape.name else "A"
    right = lay.columns[max(0, len(lay.columns) - 3)].letter
    signatures(ws, foot + 2, left, right, lay.end, signer)
    ws.freeze_panes = f"A{HEAD_ROW + 1}"
    page_setup(ws, True, (HEAD_ROW - 1, HEAD_ROW), f"A1:{lay.end}{foot + 7}")
    if entry:
        lock(wb, ws)
    write_meta(wb, {**meta, "sheet": ws.title, "header_row": HEAD_ROW, "first_row": lay.first,
                    "last_row": lay.last, "period_row": PERIOD_ROW, "total_row": lay.total_row or ""})
    return wb


def write_table_xlsx(out: Path | str, t: FormTemplate, year: int, period: Period, rows: Sequence[Mapping],
                     unit_line: str, meta: Mapping[str, object], entry: bool, signer: str) -> Path:
    """build_table_workbook, saved to `out` whole or not at all."""
    return save_workbook(build_table_workbook(t, year, period, rows, unit_line, meta, entry, signer), out)
