"""Import the units' Excel files: read a filled statistics form back and check it, naming file, sheet and cell."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from ..domain.form_sheet import (
    COLUMNS,
    LETTER,
    META_SCHEMA,
    META_SHEET,
    as_seen,
    formula_of,
    period_line,
    same_formula,
)
from ..domain.forms import (
    CODE_RE,
    FormTemplate,
    StoredForm,
    Value,
    check_entries,
    compute,
    normalise_code,
    read_entry,
)
from ..domain.models import Unit
from ..domain.periods import Period, period_title
from ..errors import ValidationError
from .unit_form_table import Bad, read_table_sheet


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


def _open(path: Path, data_only: bool = False) -> Workbook:
    try:
        return load_workbook(path, data_only=data_only)
    except FileNotFoundError:
        raise ValidationError(f"Không tìm thấy tệp “{path}”.") from None
    except Exception as exc:  # openpyxl raises many kinds on a damaged or foreign file
        # The user reads one Vietnamese line; openpyxl's own exception stays chained for the log.
        raise ValidationError(f"Không mở được tệp “{path.name}” bằng Excel (.xlsx): tệp hỏng hoặc không phải "
                              "bảng tính .xlsx.") from exc


def _read_meta(wb: Workbook, res: FileResult, forms: Sequence[StoredForm], units: Sequence[Unit],
               expect: tuple, bad: Bad) -> dict | None:
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
    form = next((f for f in forms if f.code == str(meta["form_code"]) and f.template.version == meta["form_version"]),
                None)
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
    res.unit = next((u for u in units if u.name == name), None) if name else None
    if res.unit is None:
        bad(f"Đơn vị “{name}” ghi trong tệp không có trong tệp dữ liệu." if name
            else "Tệp là số liệu tổng hợp của cơ quan, không phải số liệu của một đơn vị.")
    return meta


def _check_headers(ws: Worksheet, t: FormTemplate, meta: dict, bad: Bad) -> None:
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


def _read_rows_sheet(ws: Worksheet, wv: Worksheet, t: FormTemplate, meta: dict, res: FileResult, bad: Bad) -> None:
    """Kind “rows”: figures by the row code in column A; res.values is set when the sheet could be read."""
    col = str(meta["value_col"])
    before = len(res.problems)
    _check_headers(ws, t, meta, bad)
    if len(res.problems) > before:  # columns moved: the cells below cannot be read safely
        return
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
            raw[code] = as_seen(cell.value, cell.number_format)
    missing = [row.code for row in t.rows if row.code not in where]
    if missing:
        bad(f"Thiếu {len(missing)} dòng của biểu mẫu (đã bị xóa?): {', '.join(missing[:12])}"
            + ("…" if len(missing) > 12 else "") + ".")
        return
    intact = set()
    for code, text in formulas.items():
        row = t.row(code)
        if row.formula is not None and same_formula(text, formula_of(row, where)):
            intact.add(code)
        elif row.formula is not None:
            bad(f"Công thức của dòng {code} đã bị sửa; hãy dùng lại tệp đã xuất.", f"{col}{where[code]}", code)
        elif wv[f"{col}{where[code]}"].value is None:
            bad("Ô chứa công thức nhưng chưa có giá trị tính sẵn; hãy nhập số.", f"{col}{where[code]}", code)
        else:
            raw[code] = as_seen(wv[f"{col}{where[code]}"].value, ws[f"{col}{where[code]}"].number_format)
    inputs = {c: read_entry(t.row(c), v).value for c, v in raw.items() if t.row(c).formula is None}
    entries = {**raw, **{c: v for c, v in compute(t, inputs).items() if c in intact}}
    for f in check_entries(t, entries):
        bad(f.message, f"{col}{where[f.row]}" if f.row in where else "", f.row, f.severity)
    res.values = {c: v for c, v in inputs.items() if v is not None}


def read_unit_file(path: Path | str, forms: Sequence[StoredForm], units: Sequence[Unit],
                   expect_form: str | None = None, expect_year: int | None = None,
                   expect_period: str | None = None) -> FileResult:
    """Read and check one filled file against the data file's forms and units; writes nothing.
    Every problem names file, sheet and cell, in Vietnamese."""
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
    meta = _read_meta(wb, res, forms, units, (expect_form, expect_year, expect_period), bad)
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
        res.rows = read_table_sheet(ws, wv, t, meta, bad)
    else:
        _read_rows_sheet(ws, wv, t, meta, res, bad)
    return res


def same_submission(results: Sequence[FileResult]) -> None:
    """Two accepted files for the same form, period and unit: the second is refused, naming the first."""
    seen: dict[tuple, str] = {}
    for res in results:
        if res.accepted and res.form and res.unit:
            key = (res.form.id, res.year, res.period, res.unit.id)
            if key in seen:
                res.problems.append(ImportProblem(res.path.name, "", "", "", "error",
                                                  f"Cùng đơn vị và kỳ báo cáo với tệp “{seen[key]}”: chỉ nhận một tệp."))
            seen.setdefault(key, res.path.name)
