"""Table-kind statistics forms as xlsx: the unit's entry sheet, the agency's printed table, reading a sheet back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Font, Protection
from openpyxl.utils import get_column_letter
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.protection import SheetProtection
from openpyxl.worksheet.worksheet import Worksheet

from ..domain.forms import (
    FormRow,
    FormTemplate,
    StoredForm,
    check_table,
    complete_table,
    kind_name,
    kind_of,
    read_entry,
    row_label,
    strip_group_prefix,
    subtotal_members,
    table_key,
    table_shape,
    to_text,
)
from ..domain.models import Unit
from ..domain.periods import Period
from ..domain.vnformat import fmt_number
from ..store import AgencyFile
from . import forms as form_ops
from .form_xlsx import (
    _BOX,
    _CENTER,
    _COMPUTED,
    _LEFT,
    META_SCHEMA,
    META_SHEET,
    FileResult,
    _font,
    _lines,
    _same_formula,
    _save,
    _scaled,
    period_line,
)

DATA_ROWS = 200  # blank lines of a unit's sheet
PERIOD_ROW, HEAD_ROW = 4, 7  # HEAD_ROW is the lower header line, as in the rows kind
KIND = "_kind"  # the entry sheet's own column: the row's kind, chosen from a list
KIND_HEADER = "Loại dòng"
WIDTHS = {"stt": 6, KIND: 11, "name": 44, "integer": 11, "decimal": 12, "text": 18}
NUMBER_FORMATS = {"integer": "#,##0", "decimal": "#,##0.##", "text": "@"}

Bad = Callable[..., None]


@dataclass(frozen=True)
class Column:
    key: str
    letter: str
    label: str  # the header as printed (the lower line under a spanning header)
    type: str
    group: str  # the spanning header above it, "" when none


@dataclass(frozen=True)
class Layout:
    columns: tuple[Column, ...]
    first: int  # first data row
    last: int  # last data row of the area
    total_row: int | None

    def letter(self, key: str) -> str:
        return next(c.letter for c in self.columns if c.key == key)

    def has(self, key: str) -> bool:
        return any(c.key == key for c in self.columns)

    @property
    def end(self) -> str:
        return self.columns[-1].letter


def layout(t: FormTemplate, entry: bool, n_rows: int) -> Layout:
    """Where each printed column goes; a unit's sheet adds “Loại dòng” after STT when the form has row kinds."""
    shape = table_shape(t)
    groups = {key: label for label, keys in t.column_groups for key in keys}
    specs = [(c.key, c.label, c.type) for c in t.columns if c.display != "group_row"]
    if entry and t.row_kinds:
        at = next((i + 1 for i, s in enumerate(specs) if s[0] == shape.numbering), 0)
        specs.insert(at, (KIND, KIND_HEADER, "text"))
    columns = tuple(Column(k, get_column_letter(i), label, kind, groups.get(k, ""))
                    for i, (k, label, kind) in enumerate(specs, start=1))
    total = t.row_kinds.get(shape.total_kind, {})
    first_total = bool(shape.total_kind) and total.get("position", "first") == "first"
    first = HEAD_ROW + 1 + first_total
    last = first + max(n_rows, 1) - 1
    total_row = (HEAD_ROW + 1 if first_total else last + 1) if shape.total_kind else None
    return Layout(columns, first, last, total_row)


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
            ws[f"{col.letter}{r}"].font, ws[f"{col.letter}{r}"].alignment = _font(True), _CENTER
            ws[f"{col.letter}{r}"].border = _BOX
    lines = max(_lines(c.label, _width(t, c), True) for c in lay.columns if not c.group)
    low_lines = max((_lines(c.label, _width(t, c), True) for c in lay.columns if c.group), default=1)
    ws.row_dimensions[top].height = 17 * max(1, lines - low_lines) + 4
    ws.row_dimensions[low].height = 17 * low_lines + 4


def _title(ws: Worksheet, r: int, text: str, font: Font, lay: Layout, width: float) -> None:
    ws[f"A{r}"] = text
    ws[f"A{r}"].font, ws[f"A{r}"].alignment = font, _CENTER
    ws.merge_cells(f"A{r}:{lay.end}{r}")
    ws.row_dimensions[r].height = 19 * _lines(text, width, per_unit=0.85 if text.isupper() else 1.1) + 2


def _number(value: object) -> object:
    if isinstance(value, str) and value.strip():
        d = Decimal(value)
        return int(d) if d == d.to_integral_value() else float(d)
    return None


def _sum_formula(refs: str) -> str:
    return f'=IF(COUNT({refs})=0,"",SUM({refs}))'


def _total_formula(t: FormTemplate, lay: Layout, letter: str) -> str:
    # Σ every line of the area but the sub-totals (a blank kind is an ordinary line): live while typing.
    k, f, e = lay.letter(KIND), lay.first, lay.last
    area = f"{letter}{f}:{letter}{e}"
    minus = "".join(f'-SUMIF(${k}${f}:${k}${e},"{kind_name(t, kind)}",{area})'
                    for kind, spec in t.row_kinds.items() if spec.get("sums") and not spec.get("position"))
    return f'=IF(COUNT({area})=0,"",SUM({area}){minus})'


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
        cell.font, cell.border = _font(bold), _BOX
        cell.alignment = _LEFT if col.key in (shape.name, "note") else _CENTER
        cell.number_format = NUMBER_FORMATS[col.type]


def _entry_area(ws: Worksheet, t: FormTemplate, lay: Layout) -> None:
    """Unlocked cells, lists and number checks over the blank lines; STT formulas; sub-total lines bold."""
    shape = table_shape(t)
    for r in range(lay.first, lay.last + 1):
        _style(ws, t, lay, r)
        for col in lay.columns:
            if col.key == shape.numbering:
                ws[f"{col.letter}{r}"] = _stt_formula(t, lay, r)
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
            formula=[f'${k}{lay.first}="{kind_name(t, shape.group_kind)}"'], font=Font(name="Times New Roman", bold=True)))


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
    ws.row_dimensions[r].height = 16 * _lines(label, WIDTHS["name"], bold) + 4


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
                ws[f"{letter}{lay.first + i}"] = _sum_formula(refs)


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
        cell.fill = _COMPUTED
        if col.key == shape.name:  # a unit's sheet: "Cộng" alone, its fields are not known yet
            total = [{"kind": shape.total_kind}, *([] if entry else rows)]
            cell.value = row_label(t, total, 0)
        elif col.key in shape.numeric:
            if entry:
                cell.value = _total_formula(t, lay, col.letter)
            elif of:
                cell.value = _sum_formula(",".join(f"{col.letter}{x}" for x in of))
            else:
                cell.value = _sum_formula(f"{col.letter}{lay.first}:{col.letter}{lay.last}")
    ws.row_dimensions[r].height = 20


def build_table_workbook(t: FormTemplate, year: int, period: Period, rows: Sequence[Mapping], unit_line: str,
                         meta: Mapping[str, object], entry: bool, signer: str) -> Workbook:
    """A unit's entry sheet (entry=True: blank lines, locked header, lists) or the agency's printed table:
    title, two-level header, the total first, bold sub-totals, live formulas, A4 landscape."""
    shape = table_shape(t)
    lines = [dict(r) for r in rows if not shape.total_kind or r.get("kind") != shape.total_kind]
    lay = layout(t, entry, max(DATA_ROWS, len(lines) + 50) if entry else len(lines))
    wb = Workbook()
    ws = wb.active
    ws.title = "".join(ch for ch in (t.appendix_label or t.title) if ch not in "[]:*?/\\")[:31] or "Biểu mẫu"
    for col in lay.columns:
        ws.column_dimensions[col.letter].width = _width(t, col)
    total_width = sum(_width(t, c) for c in lay.columns)
    if t.appendix_label:
        _title(ws, 1, t.appendix_label, _font(True, size=13), lay, total_width)
    _title(ws, 2, t.title, _font(True, size=13), lay, total_width)
    _title(ws, 3, unit_line, _font(italic=True), lay, total_width)
    _title(ws, PERIOD_ROW, period_line(year, period), _font(italic=True), lay, total_width)
    _header(ws, t, lay)
    if entry:
        _entry_area(ws, t, lay)
    for i in range(len(lines)):
        _write_line(ws, t, lay, lay.first + i, lines, i, entry)
    if not entry:
        _sums(ws, t, lay, lines)
    _total_line(ws, t, lay, lines, entry)
    foot = max(lay.last, lay.total_row or 0) + 2
    if entry:
        group, leaf = kind_name(t, shape.group_kind), kind_name(t, shape.leaf_kind)
        note = "Ghi chú: ghi mỗi dòng một " + leaf.lower() + "; STT và dòng tổng cộng được tính tự động."
        if shape.group_kind:
            note = (f"Ghi chú: cột “{KIND_HEADER}” chọn “{group}” cho dòng tên lĩnh vực, để trống (hoặc “{leaf}”) "
                    f"cho các dòng {leaf.lower()} ghi ngay bên dưới lĩnh vực của nó. Các cột số của dòng {group} "
                    "để trống thì chương trình tự cộng khi nhập; STT và dòng Cộng được tính tự động.")
        ws[f"A{foot}"] = note
        ws[f"A{foot}"].font, ws[f"A{foot}"].alignment = _font(italic=True, size=11), _LEFT
        ws.merge_cells(f"A{foot}:{lay.end}{foot}")
        ws.row_dimensions[foot].height = 16 * _lines(note, total_width, per_unit=1.4) + 4
    left = lay.letter(shape.name) if shape.name else "A"
    right = lay.columns[max(0, len(lay.columns) - 3)].letter
    for col, text in ((left, "NGƯỜI LẬP BIỂU"), (right, signer)):
        ws[f"{col}{foot + 2}"], ws[f"{col}{foot + 3}"] = text, "(Ký, ghi rõ họ tên)"
        ws[f"{col}{foot + 2}"].font, ws[f"{col}{foot + 3}"].font = _font(True), _font(italic=True)
        ws[f"{col}{foot + 2}"].alignment = ws[f"{col}{foot + 3}"].alignment = _CENTER
    if right != lay.end:
        ws.merge_cells(f"{right}{foot + 2}:{lay.end}{foot + 2}")
        ws.merge_cells(f"{right}{foot + 3}:{lay.end}{foot + 3}")
    ws.freeze_panes = f"A{HEAD_ROW + 1}"
    ws.print_title_rows = f"{HEAD_ROW - 1}:{HEAD_ROW}"
    ws.print_area = f"A1:{lay.end}{foot + 7}"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left, ws.page_margins.right = 2 / 2.54, 1.5 / 2.54
    ws.page_margins.top = ws.page_margins.bottom = 2 / 2.54
    ws.print_options.horizontalCentered = True
    ws.oddFooter.center.text = "Trang &P/&N"
    ws.oddFooter.center.font = "Times New Roman"
    if entry:
        # No password, as for the rows kind: the lock prevents slips, officers must be able to unlock.
        ws.protection = SheetProtection(sheet=True, formatColumns=False, formatRows=False)
        wb.security = WorkbookProtection(lockStructure=True)
    info = wb.create_sheet(META_SHEET)
    info.append(["key", "value"])
    for k, v in {"schema": META_SCHEMA, **meta, "sheet": ws.title, "header_row": HEAD_ROW, "first_row": lay.first,
                 "last_row": lay.last, "period_row": PERIOD_ROW, "total_row": lay.total_row or "",
                 "exported_at": dt.datetime.now().isoformat(timespec="seconds")}.items():
        info.append([k, v])
    info.sheet_state = "hidden"
    info.protection = SheetProtection(sheet=True)
    return wb


def export_table_unit_form(af: AgencyFile, form: StoredForm, year: int, p: Period, unit: Unit, out: Path | str,
                           prefill: bool = False) -> Path:
    """A unit's entry sheet: blank, or prefilled with its lines (this period's, else the previous one's)."""
    rows: list[dict] = []
    if prefill:
        rows = form_ops.table_rows(af, form.id, year, p, unit.id)
        before = form_ops.previous_period(p, year)
        if not rows and before:
            rows = form_ops.table_rows(af, form.id, before[1], before[0], unit.id)
    meta = {"form_code": form.code, "form_version": form.template.version, "year": year, "period": str(p),
            "unit_id": unit.id, "unit_name": unit.name, "agency": af.repo.agency.get().agency}
    wb = build_table_workbook(form.template, year, p, complete_table(form.template, rows) if rows else [],
                              f"Đơn vị báo cáo: {unit.name}", meta, True, "THỦ TRƯỞNG ĐƠN VỊ")
    return _save(wb, out)


def export_table_statistics(af: AgencyFile, form: StoredForm, year: int, p: Period, out: Path | str) -> Path:
    """The agency's table as printed in the periodic report, sub-totals and total as live formulas."""
    agency = af.repo.agency.get()
    rows = complete_table(form.template, form_ops.table_rows(af, form.id, year, p))
    meta = {"form_code": form.code, "form_version": form.template.version, "year": year, "period": str(p),
            "unit_id": "", "unit_name": "", "agency": agency.agency}
    line = form.template.subtitle or f"Cơ quan báo cáo: {agency.agency_name or agency.agency}"
    wb = build_table_workbook(form.template, year, p, rows, line, meta, False, agency.head_title or "THỦ TRƯỞNG")
    return _save(wb, out)


# -- reading a unit's filled sheet back ------------------------------------------------------------------


def _check_headers(ws: Worksheet, lay: Layout, bad: Bad) -> bool:
    """The first header that is not where it was exported; the ones after it only follow the shift."""
    for col in lay.columns:
        cell = f"{col.letter}{HEAD_ROW if col.group else HEAD_ROW - 1}"
        found = str(ws[cell].value or "").strip()
        if found != col.label.strip():
            now = [c.column_letter for r in (HEAD_ROW - 1, HEAD_ROW) for c in ws[r]
                   if str(c.value or "").strip() == col.label.strip()]
            bad(f"Cột “{col.label}” phải ở cột {col.letter}" + (f" nhưng đang ở cột {now[0]}" if now else
                " nhưng không còn trong trang tính") + f" (ô này ghi “{found}”): có cột đã bị xóa hoặc chèn thêm; "
                "hãy dùng lại tệp đã xuất.", cell)
            return False
    return True


def _cell(ws: Worksheet, wv: Worksheet, ref: str) -> tuple[object, bool]:
    """(value as the officer sees it, whether it is a formula without a value saved by a spreadsheet)."""
    cell = ws[ref]
    if isinstance(cell.value, str) and cell.value.startswith("="):
        cached = wv[ref].value
        return (None, True) if cached is None else (_scaled(cached, cell.number_format), False)
    value = cell.value
    if isinstance(value, str) and not value.strip():
        value = None
    return _scaled(value, cell.number_format), False


def read_table_sheet(wb: Workbook, cached: Workbook, meta: Mapping, res: FileResult, bad: Bad) -> None:
    """Every line of a unit's sheet down to the blank tail, checked; res.rows is set only if nothing is wrong."""
    assert res.form is not None
    t = res.form.template
    shape = table_shape(t)
    ws, wv = wb[str(meta["sheet"])], cached[str(meta["sheet"])]
    lay = layout(t, True, int(meta["last_row"]) - int(meta["first_row"]) + 1)
    if lay.first != meta["first_row"] or str(lay.total_row or "") != str(meta.get("total_row") or ""):
        bad("Trang thông tin ẩn “_dtidesk” bị sửa hoặc thiếu mục; hãy dùng lại tệp đã xuất.")
        return
    if not _check_headers(ws, lay, bad):
        return  # columns moved: the cells below cannot be read safely
    errors = len(res.problems)
    lines: list[dict] = []
    seen: dict[tuple, int] = {}
    current: str | None = None
    kinds = ", ".join(kind_name(t, k) for k in shape.kinds)
    for r in range(lay.first, lay.last + 1):
        read = {c.key: _cell(ws, wv, f"{c.letter}{r}") for c in lay.columns if c.key != shape.numbering}
        if all(v is None and not pending for v, pending in read.values()):
            continue
        line: dict[str, object] = {"_row": r}
        kind = shape.leaf_kind
        if KIND in read and read[KIND][0] is not None:
            text = str(read[KIND][0]).strip()
            found = kind_of(t, text)
            if found is None or found == shape.total_kind:
                bad(f"Loại dòng “{text}” không có trong biểu mẫu (chọn: {kinds})." if found is None else
                    f"Dòng “{text}” được tính tự động ở đầu bảng; không ghi thêm.", f"{lay.letter(KIND)}{r}", str(r))
                continue
            kind = found
        line["kind"] = kind
        name_ref = f"{lay.letter(shape.name)}{r}" if shape.name else ""
        name = str(read[shape.name][0] or "").strip() if shape.name else ""
        if kind and kind == shape.group_kind:
            current = strip_group_prefix(t, name)
            line[shape.group] = current
            if not current:
                bad(f"Dòng “{kind_name(t, kind)}” phải ghi tên {kind_name(t, kind).lower()}.", name_ref, str(r))
        elif shape.name:
            line[shape.name] = name
            if not name:
                label = next(c.label for c in lay.columns if c.key == shape.name)
                bad(f"Dòng có số liệu nhưng chưa ghi “{label}”.", name_ref, str(r))
            if shape.group_kind:
                line[shape.group] = current
                if current is None:
                    bad(f"“{name}” phải nằm dưới một dòng “{kind_name(t, shape.group_kind)}”.", name_ref, str(r))
        sub_total = bool(t.row_kinds.get(kind, {}).get("sums"))
        for col in lay.columns:
            if col.key in (KIND, shape.name, shape.numbering):
                continue
            value, pending = read[col.key]
            ref = f"{col.letter}{r}"
            if pending and not sub_total:
                bad("Ô chứa công thức nhưng chưa có giá trị tính sẵn; hãy nhập số.", ref, str(r))
            elif col.type == "text":
                line[col.key] = None if value is None else str(value).strip()
            elif value is not None:
                e = read_entry(FormRow(f"{r}, cột “{col.label}”", col.label, "", col.type), value)
                if e.error:
                    bad(e.error, ref, str(r))
                line[col.key] = to_text(e.value)
        key = table_key(t, line)
        if key in seen:
            bad(f"Dòng “{name}” ghi hai lần (dòng {seen[key]} và dòng {r}); hãy gộp số liệu vào một dòng.",
                name_ref, str(r))
        seen.setdefault(key, r)
        lines.append(line)
    if len(res.problems) > errors:
        return  # figures that could not be read would make every check below misleading
    rows = complete_table(t, lines)
    for row in rows:
        row.setdefault("_row", lay.total_row)
    _check_total(ws, t, lay, rows, bad)
    names = [f"Dòng {row['_row']} ({row_label(t, rows, i)})" for i, row in enumerate(rows)]
    for f in check_table(t, rows, names):
        sheet_row = rows[int(f.row) - 1]["_row"]
        bad(f.message, f"{lay.letter(f.col)}{sheet_row}" if f.col and lay.has(f.col) else "", str(sheet_row),
            f.severity)
    if not lines:
        bad("Tệp chưa ghi dòng số liệu nào: bảng của đơn vị sẽ trống.", f"A{lay.first}", "", "warning")
    res.rows = [{k: v for k, v in row.items() if k != "_row"} for row in rows]


def _check_total(ws: Worksheet, t: FormTemplate, lay: Layout, rows: Sequence[Mapping], bad: Bad) -> None:
    # The total line is locked with formulas; a figure typed over one (after unlocking) must agree.
    if lay.total_row is None:
        return
    shape = table_shape(t)
    total = next(r for r in rows if r.get("kind") == shape.total_kind)
    for col in lay.columns:
        if col.key not in shape.numeric:
            continue
        ref = f"{col.letter}{lay.total_row}"
        value = ws[ref].value
        if isinstance(value, str) and value.startswith("="):
            if not _same_formula(value, _total_formula(t, lay, col.letter)):
                bad(f"Công thức của dòng tổng cộng (cột “{col.label}”) đã bị sửa; hãy dùng lại tệp đã xuất.", ref,
                    str(lay.total_row))
            continue
        e = read_entry(FormRow(f"{lay.total_row}, cột “{col.label}”", col.label, "", col.type), value)
        want = Decimal(str(total.get(col.key) or 0))
        if e.error or Decimal(e.value or 0) != want:
            bad(f"Dòng tổng cộng, cột “{col.label}” ghi “{value}” nhưng cộng các dòng được {fmt_number(want)}.", ref,
                str(lay.total_row))
