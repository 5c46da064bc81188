"""Statistics forms as xlsx: the protected sheet sent to a unit, and the agency's statistics form."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import MergedCell
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.protection import SheetProtection
from openpyxl.worksheet.worksheet import Worksheet

from ..domain.forms import (
    CODE_RE,
    FormRow,
    FormTemplate,
    StoredForm,
    Value,
    check_entries,
    compute,
    normalise_code,
    read_entry,
)
from ..domain.models import Unit
from ..domain.periods import Period, cutoff_range, period_title
from ..domain.vnformat import fmt_date
from ..errors import DtideskError, NotFound, ValidationError
from ..store import AgencyFile
from . import forms as form_ops
from .changes import Changes

META_SHEET = "_dtidesk"
META_SCHEMA = "dtidesk-form-xlsx/1"
FONT = "Times New Roman"
COLUMNS = ("code", "label", "unit", "value", "note")  # A … E
LETTER = dict(zip(COLUMNS, "ABCDE", strict=True))
WIDTHS = {"code": 9, "label": 56, "unit": 15, "value": 12, "note": 12}
PERIOD_ROW, HEAD_ROW, FIRST_ROW = 4, 7, 8  # HEAD_ROW is the lower header line ("Số liệu")
NUMBER_FORMATS = {"integer": "#,##0", "decimal": "General", "percent": 'General"%"', "choice": "0", "text": "@"}

_THIN = Side(style="thin")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_COMPUTED = PatternFill("solid", fgColor="EDEDED")
_CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
_LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)


def _font(bold: bool = False, italic: bool = False, size: float = 12) -> Font:
    return Font(name=FONT, size=size, bold=bold, italic=italic)


def period_line(year: int, period: Period | str) -> str:
    """The visible “Kỳ báo cáo” line; an import compares it with the hidden metadata."""
    text = f"Kỳ báo cáo: {period_title(period, year)}"
    if Period(period) is not Period.ADHOC:
        first, last = cutoff_range(period, year)
        text += f" (số liệu từ {fmt_date(first)} đến {fmt_date(last)})"
    return text


def _lines(text: str, width: float, bold: bool = False, per_unit: float = 0) -> int:
    # Characters of Times New Roman 12 per Excel width unit, measured on LibreOffice's rendering.
    per_line = max(1, int(width * (per_unit or (1.15 if bold else 1.3))))
    return sum(max(1, math.ceil(len(part) / per_line)) for part in text.split("\n"))


def formula_of(row: FormRow, where: Mapping[str, int]) -> str:
    assert row.formula is not None
    col = LETTER["value"]
    refs = [f"{col}{where[a]}" for a in row.formula.args]
    if row.formula.op == "ratio":
        num, den = refs
        return f'=IF(OR({num}="",{den}="",N({den})=0),"",ROUND({num}/{den}*100,2))'
    joined = ",".join(refs)
    return f'=IF(COUNT({joined})=0,"",SUM({joined}))'


def _cell_value(row: FormRow, value: Value | None) -> object:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


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
            ws[f"{col}{r}"].font, ws[f"{col}{r}"].alignment, ws[f"{col}{r}"].border = _font(True), _CENTER, _BOX
    ws.row_dimensions[HEAD_ROW - 1].height = 16 * _lines(t.headers["label"], WIDTHS["label"])


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
            cell.font = _font(row.bold, row.italic)
            cell.border = _BOX
            cell.alignment = _LEFT if key == "label" else _CENTER
        cell = ws[f"{LETTER['value']}{r}"]
        ws[f"A{r}"].number_format = "@"
        if row.type != "group":
            cell.number_format = NUMBER_FORMATS[row.type]
        if row.formula is not None:
            cell.value, cell.fill = formula_of(row, where), _COMPUTED
        elif row.type != "group":
            cell.value = _cell_value(row, values.get(row.code))
            cell.protection = Protection(locked=False)
            v = _choice_validation(ws, row, choice_cache) if row.type == "choice" else checks.get(row.type)
            if v is not None:
                v.add(cell)
        height = max(_lines(row.label + (" " + row.note if row.note else ""), WIDTHS["label"], row.bold),
                     _lines(unit, WIDTHS["unit"]))
        ws.row_dimensions[r].height = 16 * height + 2
    return FIRST_ROW + len(t.rows) - 1


def _title(ws: Worksheet, r: int, text: str, font: Font, width: float) -> None:
    ws[f"A{r}"] = text
    ws[f"A{r}"].font, ws[f"A{r}"].alignment = font, _CENTER
    ws.merge_cells(f"A{r}:E{r}")
    # Bold capitals of 13 pt: about 0,85 character per width unit, 19 pt a line with stacked diacritics.
    ws.row_dimensions[r].height = 19 * _lines(text, width, per_unit=0.85 if text.isupper() else 1.1) + 2


def _sheet_name(t: FormTemplate) -> str:
    name = "".join(ch for ch in (t.appendix_label or "Biểu mẫu") if ch not in "[]:*?/\\")
    return name[:31] or "Biểu mẫu"


def build_workbook(t: FormTemplate, year: int, period: Period, values: Mapping[str, Value | None],
                   unit_line: str, meta: Mapping[str, object], protect: bool, signer: str) -> Workbook:
    """The form as officers print it: title, two-line header, one row per indicator, A4 portrait."""
    wb = Workbook()
    ws = wb.active
    ws.title = _sheet_name(t)
    for key in COLUMNS:
        ws.column_dimensions[LETTER[key]].width = WIDTHS[key]
    total = sum(WIDTHS.values())
    if t.appendix_label:
        _title(ws, 1, t.appendix_label, _font(True, size=13), total)
    _title(ws, 2, t.title, _font(True, size=13), total)
    _title(ws, 3, unit_line, _font(italic=True), total)
    _title(ws, PERIOD_ROW, period_line(year, period), _font(italic=True), total)
    _header(ws, t)
    last = _rows(ws, t, values)
    foot = last + 2
    if protect:
        ws[f"A{foot}"] = ("Ghi chú: chỉ nhập vào cột “Số liệu”; ô nền xám được tính tự động; "
                          "dòng lựa chọn: chọn mã trong danh sách.")
        ws[f"A{foot}"].font, ws[f"A{foot}"].alignment = _font(italic=True, size=11), _LEFT
        ws.merge_cells(f"A{foot}:E{foot}")
        ws.row_dimensions[foot].height = 30
    for col, text in (("B", "NGƯỜI LẬP BIỂU"), ("D", signer)):
        ws[f"{col}{foot + 2}"], ws[f"{col}{foot + 3}"] = text, "(Ký, ghi rõ họ tên)"
        ws[f"{col}{foot + 2}"].font, ws[f"{col}{foot + 3}"].font = _font(True), _font(italic=True)
        ws[f"{col}{foot + 2}"].alignment = ws[f"{col}{foot + 3}"].alignment = _CENTER
    ws.merge_cells(f"D{foot + 2}:E{foot + 2}")
    ws.merge_cells(f"D{foot + 3}:E{foot + 3}")
    ws.freeze_panes = f"A{FIRST_ROW}"
    ws.print_title_rows = f"{HEAD_ROW - 1}:{HEAD_ROW}"
    ws.print_area = f"A1:E{foot + 7}"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    # NĐ 30/2020: left margin 3 cm, right 1,5–2 cm, top and bottom 2 cm.
    ws.page_margins.left, ws.page_margins.right = 3 / 2.54, 1.5 / 2.54
    ws.page_margins.top = ws.page_margins.bottom = 2 / 2.54
    ws.print_options.horizontalCentered = True
    ws.oddFooter.center.text = "Trang &P/&N"
    ws.oddFooter.center.font = FONT
    if protect:
        # No password: the lock prevents slips, not determined edits (officers must be able to unlock).
        ws.protection = SheetProtection(sheet=True, formatColumns=False, formatRows=False)
        wb.security = WorkbookProtection(lockStructure=True)
    info = wb.create_sheet(META_SHEET)
    info.append(["key", "value"])
    for k, v in {"schema": META_SCHEMA, **meta, "sheet": ws.title, "code_col": LETTER["code"],
                 "value_col": LETTER["value"], "header_row": HEAD_ROW, "first_row": FIRST_ROW, "last_row": last,
                 "period_row": PERIOD_ROW, "exported_at": dt.datetime.now().isoformat(timespec="seconds")}.items():
        info.append([k, v])
    info.sheet_state = "hidden"
    info.protection = SheetProtection(sheet=True)
    return wb


def _save(wb: Workbook, out: Path | str) -> Path:
    out = Path(out)
    try:
        wb.save(out)
    except OSError as exc:
        raise DtideskError(f"Không ghi được tệp “{out.name}”: {exc.strerror or exc}.") from None
    return out


def export_unit_form(af: AgencyFile, form_id: int, year: int, period: str, unit_id: int, out: Path | str,
                     prefill: bool = False) -> Path:
    """User action “Xuất biểu mẫu cho đơn vị”: blank, or prefilled with the unit's figures (this period's
    if it has sent some, otherwise the previous period's). Only “Số liệu” cells are unlocked."""
    form = form_ops.get_form(af, form_id)
    p = form_ops.check_period(period, year)
    unit = af.repo.units.get(unit_id)
    if unit is None:
        raise NotFound("Không tìm thấy đơn vị.")
    if form.template.kind == "table":
        from .form_table_xlsx import export_table_unit_form  # the table module builds on this one
        return export_table_unit_form(af, form, year, p, unit, out, prefill)
    values: dict[str, Value | None] = {}
    if prefill:
        values = dict(form_ops.values_for(af, form.id, year, p, unit_id).typed)
        before = form_ops.previous_period(p, year)
        if not values and before:
            values = dict(form_ops.values_for(af, form.id, before[1], before[0], unit_id).typed)
    meta = {"form_code": form.code, "form_version": form.template.version, "year": year, "period": str(p),
            "unit_id": unit.id, "unit_name": unit.name, "agency": af.repo.agency.get().agency}
    wb = build_workbook(form.template, year, p, values, f"Đơn vị báo cáo: {unit.name}", meta, True,
                        "THỦ TRƯỞNG ĐƠN VỊ")
    return _save(wb, out)


def export_statistics_xlsx(af: AgencyFile, form_id: int, year: int, period: str, out: Path | str) -> Path:
    """The agency's statistics form for the periodic report (Phụ lục 02 style), formulas live."""
    form = form_ops.get_form(af, form_id)
    p = form_ops.check_period(period, year)
    if form.template.kind == "table":
        from .form_table_xlsx import export_table_statistics
        return export_table_statistics(af, form, year, p, out)
    agency = af.repo.agency.get()
    current = form_ops.values_for(af, form.id, year, p)
    meta = {"form_code": form.code, "form_version": form.template.version, "year": year, "period": str(p),
            "unit_id": "", "unit_name": "", "agency": agency.agency}
    line = form.template.subtitle or (f"Cơ quan báo cáo: {agency.agency_name or agency.agency}")
    wb = build_workbook(form.template, year, p, current.typed, line, meta, False, agency.head_title or "THỦ TRƯỞNG")
    return _save(wb, out)


# -- reading a unit's filled file back ----------------------------------------------------------------


@dataclass(frozen=True)
class ImportProblem:
    file: str
    sheet: str
    cell: str
    row: str  # row code, "" when the problem is not about one row
    severity: str  # "error" refuses the file; "warning" is reported only
    message: str

    def text(self) -> str:
        where = [self.file] + ([f"trang “{self.sheet}”"] if self.sheet else []) + ([f"ô {self.cell}"] if self.cell else [])
        return f"{', '.join(where)}: {self.message}"

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class FileResult:
    """One file read: what it is, its figures, and every problem found. Refused if any problem is an error."""

    path: Path
    problems: list[ImportProblem] = field(default_factory=list)
    form: StoredForm | None = None
    year: int = 0
    period: str = ""
    unit: Unit | None = None
    values: dict[str, Value] = field(default_factory=dict)  # kind rows: figures by row code
    rows: list[dict] | None = None  # kind table: the unit's lines, completed (total, sub-totals, STT)

    @property
    def accepted(self) -> bool:
        return self.unit is not None and not any(p.severity == "error" for p in self.problems)

    @property
    def count(self) -> int:
        """Figures (kind rows) or lines (kind table) read."""
        return len(self.rows) if self.rows is not None else len(self.values)


def _is_percent_format(number_format: str | None) -> bool:
    return "%" in re.sub(r'"[^"]*"|\\.', "", number_format or "")


def _scaled(value: object, number_format: str | None) -> object:
    """A cell as the officer sees it: 0,45 shown as “45%” (Excel's own percent entry) reads “45%”."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return value
    number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    if _is_percent_format(number_format):
        return format((number * 100).normalize(), "f").replace(".", ",") + "%"
    return number


def _same_formula(a: str, b: str) -> bool:
    # Excel and LibreOffice may re-space a formula or add "$" when they save it.
    return re.sub(r"[\s$]", "", a).upper() == re.sub(r"[\s$]", "", b).upper()


def _open(path: Path, data_only: bool = False) -> Workbook:
    try:
        return load_workbook(path, data_only=data_only)
    except FileNotFoundError:
        raise ValidationError(f"Không tìm thấy tệp “{path}”.") from None
    except Exception as exc:  # openpyxl raises many kinds on a damaged or foreign file
        # The user reads one Vietnamese line; openpyxl's own exception stays chained for the log.
        raise ValidationError(f"Không mở được tệp “{path.name}” bằng Excel (.xlsx): tệp hỏng hoặc không phải "
                              "bảng tính .xlsx.") from exc


def _read_meta(af: AgencyFile, wb: Workbook, res: FileResult, expect: tuple, bad) -> dict | None:
    if META_SHEET not in wb.sheetnames:
        bad("Tệp không phải biểu mẫu xuất từ DTI Desk (thiếu trang thông tin ẩn “_dtidesk”); hãy nhập số liệu "
            "vào tệp đã xuất cho đơn vị.")
        return None
    meta = {str(r[0].value): r[1].value for r in wb[META_SHEET].iter_rows(min_row=2, max_col=2) if r[0].value}
    try:
        if meta["schema"] != META_SCHEMA:
            raise ValueError(meta["schema"])
        for key in ("year", "form_version", "header_row", "first_row", "last_row", "period_row"):
            meta[key] = int(meta[key])
        meta["period"] = Period(meta["period"])
        if "code_col" in meta and not all(re.fullmatch(r"[A-Z]{1,3}", str(meta[k])) for k in ("code_col", "value_col")):
            raise ValueError("column")
        if meta.get("total_row") not in (None, ""):
            meta["total_row"] = int(meta["total_row"])
    except (KeyError, ValueError, TypeError):
        bad("Trang thông tin ẩn “_dtidesk” bị sửa hoặc thiếu mục; hãy dùng lại tệp đã xuất.")
        return None
    form = af.repo.forms.find(str(meta["form_code"]), meta["form_version"])
    if form is None:
        bad(f"Biểu mẫu “{meta['form_code']}” phiên bản {meta['form_version']} không có trong tệp dữ liệu.")
        return None
    if form.template.kind == "rows" and "code_col" not in meta:
        bad("Trang thông tin ẩn “_dtidesk” bị sửa hoặc thiếu mục; hãy dùng lại tệp đã xuất.")
        return None
    res.form, res.year, res.period = form, meta["year"], str(meta["period"])
    code, year, period = expect
    if code and code != form.code:
        bad(f"Tệp là biểu mẫu “{form.code}” ({form.template.title[:60]}…), không phải biểu mẫu “{code}”.")
    if (year and int(year) != res.year) or (period and Period(period) != meta["period"]):
        want = period_title(period or meta["period"], int(year or res.year))
        bad(f"Tệp là số liệu {period_title(meta['period'], res.year)}, không phải {want}.")
    name = str(meta.get("unit_name") or "")
    res.unit = af.repo.units.by_name(name) if name else None
    if res.unit is None:
        bad(f"Đơn vị “{name}” ghi trong tệp không có trong tệp dữ liệu." if name
            else "Tệp là số liệu tổng hợp của cơ quan, không phải số liệu của một đơn vị.")
    return meta


def _check_headers(ws: Worksheet, t: FormTemplate, meta: dict, bad) -> None:
    head, value_col = meta["header_row"], str(meta["value_col"])
    grouped = {c for _, cols in t.column_groups for c in cols}
    for key in COLUMNS:
        cell = f"{LETTER[key]}{head if key in grouped else head - 1}"
        found = str(ws[cell].value or "").strip()
        if found != t.headers[key].strip() and key != "value":  # the value column has its own message below
            bad(f"Ô tiêu đề phải ghi “{t.headers[key]}” nhưng đang ghi “{found}”: có cột đã bị xóa hoặc chèn thêm; "
                "hãy dùng lại tệp đã xuất.", cell)
    if str(ws[f"{value_col}{head}"].value or "").strip() != t.headers["value"]:
        now = [c.column_letter for c in ws[head] if str(c.value or "").strip() == t.headers["value"]]
        bad(f"Cột “{t.headers['value']}” phải ở cột {value_col}" + (f" nhưng đang ở cột {now[0]}" if now else
            " nhưng không còn trong trang tính") + ": có cột đã bị xóa hoặc chèn thêm; hãy dùng lại tệp đã xuất.",
            f"{value_col}{head}")


def read_unit_file(af: AgencyFile, path: Path | str, expect_form: str | None = None,
                   expect_year: int | None = None, expect_period: str | None = None) -> FileResult:
    """Read and check one filled file without writing anything; every problem names file, sheet and cell."""
    path = Path(path)
    res = FileResult(path)
    sheet_name = ""

    def bad(message: str, cell: str = "", row: str = "", severity: str = "error") -> None:
        res.problems.append(ImportProblem(path.name, sheet_name, cell, row, severity, message))

    try:
        wb, cached = _open(path), _open(path, data_only=True)
    except ValidationError as exc:
        bad(exc.message)
        return res
    meta = _read_meta(af, wb, res, (expect_form, expect_year, expect_period), bad)
    if meta is None or res.form is None:
        return res
    t, sheet_name = res.form.template, str(meta.get("sheet"))
    if sheet_name not in wb.sheetnames:
        bad(f"Thiếu trang “{sheet_name}” chứa biểu mẫu.")
        return res
    ws, wv = wb[sheet_name], cached[sheet_name]
    line_cell = f"A{meta['period_row']}"
    if str(ws[line_cell].value or "").strip() != period_line(res.year, meta["period"]):
        bad(f"Dòng tiêu đề ghi “{ws[line_cell].value}”, khác kỳ báo cáo của tệp "
            f"({period_title(meta['period'], res.year)}).", line_cell)
    if t.kind == "table":
        from .form_table_xlsx import read_table_sheet
        read_table_sheet(wb, cached, meta, res, bad)
        return res
    col = str(meta["value_col"])
    before = len(res.problems)
    _check_headers(ws, t, meta, bad)
    if len(res.problems) > before:  # columns moved: the cells below cannot be read safely
        return res
    where: dict[str, int] = {}
    raw: dict[str, object] = {}
    formulas: dict[str, str] = {}
    for r in range(meta["first_row"], ws.max_row + 1):
        code_cell, cell = ws[f"{meta['code_col']}{r}"], ws[f"{col}{r}"]
        code = normalise_code(code_cell.value)
        if not code or (r > meta["last_row"] and not CODE_RE.fullmatch(code)):
            if r <= meta["last_row"] and cell.value not in (None, ""):
                bad("Ô có số liệu nhưng cột A không có mã dòng.", cell.coordinate)
            continue
        if not t.has(code) or code in where:
            bad(f"Mã dòng “{code_cell.value}” " + ("lặp lại." if code in where else
                f"không có trong biểu mẫu {t.code}."), code_cell.coordinate, code)
            continue
        where[code] = r
        if isinstance(cell.value, str) and cell.value.startswith("="):
            formulas[code] = cell.value
        elif cell.value not in (None, ""):
            raw[code] = _scaled(cell.value, cell.number_format)
    missing = [row.code for row in t.rows if row.code not in where]
    if missing:
        bad(f"Thiếu {len(missing)} dòng của biểu mẫu (đã bị xóa?): {', '.join(missing[:12])}"
            + ("…" if len(missing) > 12 else "") + ".")
        return res
    intact = set()
    for code, text in formulas.items():
        row = t.row(code)
        if row.formula is not None and _same_formula(text, formula_of(row, where)):
            intact.add(code)
        elif row.formula is not None:
            bad(f"Công thức của dòng {code} đã bị sửa; hãy dùng lại tệp đã xuất.", f"{col}{where[code]}", code)
        elif wv[f"{col}{where[code]}"].value is None:
            bad("Ô chứa công thức nhưng chưa có giá trị tính sẵn; hãy nhập số.", f"{col}{where[code]}", code)
        else:
            raw[code] = _scaled(wv[f"{col}{where[code]}"].value, ws[f"{col}{where[code]}"].number_format)
    inputs = {c: read_entry(t.row(c), v).value for c, v in raw.items() if t.row(c).formula is None}
    entries = {**raw, **{c: v for c, v in compute(t, inputs).items() if c in intact}}
    for f in check_entries(t, entries):
        bad(f.message, f"{col}{where[f.row]}" if f.row in where else "", f.row, f.severity)
    res.values = {c: v for c, v in inputs.items() if v is not None}
    return res


def import_unit_files(af: AgencyFile, paths: list[Path | str], expect_form: str | None = None,
                      expect_year: int | None = None, expect_period: str | None = None
                      ) -> tuple[list[FileResult], Changes]:
    """User action “Nhập số liệu từ tệp của đơn vị”: each file all or nothing; accepted files in one commit."""
    results = [read_unit_file(af, p, expect_form, expect_year, expect_period) for p in paths]
    seen: dict[tuple, str] = {}
    for res in results:
        if res.accepted and res.form and res.unit:
            key = (res.form.id, res.year, res.period, res.unit.id)
            if key in seen:
                res.problems.append(ImportProblem(res.path.name, "", "", "", "error",
                                                  f"Cùng đơn vị và kỳ báo cáo với tệp “{seen[key]}”: chỉ nhận một tệp."))
            seen.setdefault(key, res.path.name)
    accepted = [r for r in results if r.accepted]
    if not accepted:
        return results, Changes()
    with af.transaction():
        for r in accepted:
            assert r.form is not None and r.unit is not None
            if r.rows is not None:
                form_ops.set_table_rows(af, r.form.id, r.year, r.period, r.unit.id, r.rows, source_file=r.path.name)
            else:
                form_ops.set_values(af, r.form.id, r.year, r.period, r.unit.id, r.values, source_file=r.path.name,
                                    replace=True)
        af.repo.log.add("import_form_files", "form_submissions", None, ", ".join(r.path.name for r in accepted))
    return results, Changes.of("form_values", "form_submissions")


# -- the province's own workbook ---------------------------------------------------------------------


@dataclass
class FillReport:
    out: Path
    sheet: str
    written: list[str]  # row codes written
    notes: list[str]  # cells left alone and why, codes not matched


def _write_official(cell, row: FormRow, value: Value) -> None:
    if row.type == "percent":
        cell.value = float(Decimal(value) / 100)
        if not _is_percent_format(cell.number_format):
            cell.number_format = "0%" if Decimal(value) == Decimal(value).to_integral_value() else "0.00%"
    else:
        cell.value = _cell_value(row, value)


def fill_official(af: AgencyFile, src: Path | str, form_id: int, year: int, period: str, out: Path | str,
                  code_col: str = "A", value_col: str = "D", unit_id: int | None = None,
                  sheet: str | None = None) -> FillReport:
    """User action “Điền vào biểu mẫu của tỉnh”: write the figures by row code into a copy of an official
    workbook. Cells with the province's own formulas and merged cells are left alone and reported."""
    src, out = Path(src), Path(out)
    if out.resolve() == src.resolve():
        raise ValidationError("Tệp lưu phải khác tệp gốc của tỉnh (tệp gốc được giữ nguyên).")
    for letter in (code_col, value_col):
        if not re.fullmatch(r"[A-Za-z]{1,3}", letter or ""):
            raise ValidationError(f"Cột “{letter}” không hợp lệ (viết chữ cột như A, B, D).")
    code_col, value_col = code_col.upper(), value_col.upper()
    current = form_ops.values_for(af, form_id, year, period, unit_id)
    form_ops.require_rows_form(current.form, "điền vào biểu mẫu của tỉnh")
    t = current.form.template
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
    for r, code in found:
        if not t.has(code):
            notes.append(f"Ô {code_col}{r}: mã “{code}” không có trong biểu mẫu, bỏ qua.")
            continue
        row, cell, value = t.row(code), ws[f"{value_col}{r}"], current.value(code)
        if row.type == "group" or value is None:
            continue
        if isinstance(cell, MergedCell) or (isinstance(cell.value, str) and cell.value.startswith("=")):
            notes.append(f"Ô {value_col}{r} (dòng {code}) " + ("nằm trong vùng gộp ô" if isinstance(cell, MergedCell)
                         else "có công thức của tỉnh") + ", giữ nguyên.")
            continue
        _write_official(cell, row, value)
        written.append(code)
    absent = [row.code for row in t.rows if row.type != "group" and current.value(row.code) is not None
              and row.code not in {c for _, c in found}]
    if absent:
        notes.append("Có số liệu nhưng không thấy mã trong tệp của tỉnh: " + ", ".join(absent) + ".")
    return FillReport(_save(wb, out), ws.title, written, notes)
