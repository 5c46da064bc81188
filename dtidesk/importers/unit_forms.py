"""Import the units' Excel files: read a filled statistics form back and check it, naming file, sheet and cell."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ..domain.form_sheet import (
    COLUMNS,
    LETTER,
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
from .unit_form_meta import read_meta
from .unit_form_table import Bad, read_table_sheet
from .xlsx_book import Book, XlsxRefused
from .xlsx_parts import open_book
from .xlsx_sheet import SheetData, column_name, read_sheet


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


def _read_meta(book: Book, res: FileResult, forms: Sequence[StoredForm], units: Sequence[Unit], expect: tuple,
               bad: Bad) -> dict | None:
    meta = read_meta(book, bad)
    if meta is None:
        return None
    form = next((f for f in forms if f.code == meta["form_code"] and f.template.version == meta["form_version"]),
                None)
    if form is None:
        bad(f"Biểu mẫu “{meta['form_code']}” phiên bản {meta['form_version']} không có trong tệp dữ liệu.")
        return None
    if form.template.kind == "rows" and not (meta.get("code_col") and meta.get("value_col")):
        bad("Tệp không phải biểu mẫu do DTI Desk tạo hoặc đã bị sửa: trang thông tin ẩn “_dtidesk” thiếu mục "
            "“code_col” hoặc “value_col”; hãy dùng lại tệp đã xuất.", sheet=META_SHEET)
        return None
    res.form, res.year, res.period = form, meta["year"], str(meta["period"])
    code, year, period = expect
    if code and code != form.code:
        bad(f"Tệp là biểu mẫu “{form.code}” ({form.template.title[:60]}…), không phải biểu mẫu “{code}”.")
    want_period = _period_or_none(period)
    if (year and int(year) != res.year) or (want_period and want_period != meta["period"]):
        want = period_title(want_period or meta["period"], int(year or res.year))
        bad(f"Tệp là số liệu {period_title(meta['period'], res.year)}, không phải {want}.")
    name = str(meta.get("unit_name") or "")
    res.unit = next((u for u in units if u.name == name), None) if name else None
    if res.unit is None:
        bad(f"Đơn vị “{name}” ghi trong tệp không có trong tệp dữ liệu." if name
            else "Tệp là số liệu tổng hợp của cơ quan, không phải số liệu của một đơn vị.")
    return meta


def _period_or_none(period: object) -> Period | None:
    try:
        return Period(period) if period else None
    except ValueError:
        return None


def _check_headers(ws: SheetData, t: FormTemplate, meta: dict, bad: Bad) -> None:
    head, value_col = meta["header_row"], str(meta["value_col"])
    grouped = {c for _, cols in t.column_groups for c in cols}
    for key in COLUMNS:
        cell = f"{LETTER[key]}{head if key in grouped else head - 1}"
        found = str(ws.get(cell).content or "").strip()
        if found != t.headers[key].strip() and key != "value":  # the value column has its own message below
            bad(f"Ô tiêu đề phải ghi “{t.headers[key]}” nhưng đang ghi “{found[:80]}”: có cột đã bị xóa hoặc chèn "
                "thêm; hãy dùng lại tệp đã xuất.", cell)
    if str(ws.get(f"{value_col}{head}").content or "").strip() != t.headers["value"]:
        now = [column_name(c) for c, cell in sorted(ws.row(head).items())
               if str(cell.content or "").strip() == t.headers["value"]]
        bad(f"Cột “{t.headers['value']}” phải ở cột {value_col}" + (f" nhưng đang ở cột {now[0]}" if now else
            " nhưng không còn trong trang tính") + ": có cột đã bị xóa hoặc chèn thêm; hãy dùng lại tệp đã xuất.",
            f"{value_col}{head}")


def _read_rows_sheet(ws: SheetData, t: FormTemplate, meta: dict, res: FileResult, bad: Bad) -> None:
    """Kind “rows”: figures by the row code in column A; res.values is set when the sheet could be read.
    Each cell holds both its formula and the value a spreadsheet saved for it."""
    col = str(meta["value_col"])
    before = len(res.problems)
    _check_headers(ws, t, meta, bad)
    if len(res.problems) > before:  # columns moved: the cells below cannot be read safely
        return
    where: dict[str, int] = {}
    raw: dict[str, object] = {}
    formulas: dict[str, str] = {}
    for r in sorted(x for x in ws.cells if x >= meta["first_row"]):  # only the rows the file holds
        code_ref, ref = f"{meta['code_col']}{r}", f"{col}{r}"
        code_cell, cell = ws.get(code_ref), ws.get(ref)
        code = normalise_code(code_cell.content)
        if not code or (r > meta["last_row"] and not CODE_RE.fullmatch(code)):
            if r <= meta["last_row"] and cell.content not in (None, ""):
                bad("Ô có số liệu nhưng cột A không có mã dòng.", ref)
            continue
        if not t.has(code) or code in where:
            shown = str(code_cell.content)[:40]
            bad(f"Mã dòng “{shown}” " + ("lặp lại." if code in where else f"không có trong biểu mẫu {t.code}."),
                code_ref, code[:40])
            continue
        where[code] = r
        if isinstance(cell.content, str) and cell.content.startswith("="):
            formulas[code] = cell.content
        elif cell.content not in (None, ""):
            raw[code] = as_seen(cell.content, cell.number_format)
    missing = [row.code for row in t.rows if row.code not in where]
    if missing:
        bad(f"Thiếu {len(missing)} dòng của biểu mẫu (đã bị xóa?): {', '.join(missing[:12])}"
            + ("…" if len(missing) > 12 else "") + ".")
        return
    intact = set()
    for code, text in formulas.items():
        row, ref = t.row(code), f"{col}{where[code]}"
        if row.formula is not None and same_formula(text, formula_of(row, where)):
            intact.add(code)
        elif row.formula is not None:
            bad(f"Công thức của dòng {code} đã bị sửa; hãy dùng lại tệp đã xuất.", ref, code)
        elif ws.get(ref).value is None:
            bad("Ô chứa công thức nhưng chưa có giá trị tính sẵn; hãy nhập số.", ref, code)
        else:
            raw[code] = as_seen(ws.get(ref).value, ws.get(ref).number_format)
    inputs = {c: read_entry(t.row(c), v).value for c, v in raw.items() if t.row(c).formula is None}
    entries = {**raw, **{c: v for c, v in compute(t, inputs).items() if c in intact}}
    for f in check_entries(t, entries):
        bad(f.message, f"{col}{where[f.row]}" if f.row in where else "", f.row, f.severity)
    res.values = {c: v for c, v in inputs.items() if v is not None}


def read_unit_file(path: Path | str, forms: Sequence[StoredForm], units: Sequence[Unit],
                   expect_form: str | None = None, expect_year: int | None = None,
                   expect_period: str | None = None) -> FileResult:
    """Read and check one filled file against the data file's forms and units; writes nothing.
    Every problem names file, sheet and cell, in Vietnamese. The file is streamed within the limits of
    xlsx_book: a file beyond them is refused like any other wrong file."""
    path = Path(path)
    res = FileResult(path)
    sheet_name = ""

    def bad(message: str, cell: str = "", row: str = "", severity: str = "error", sheet: str | None = None) -> None:
        res.problems.append(ImportProblem(path.name, sheet_name if sheet is None else sheet, cell, row, severity,
                                          message))

    try:
        with open_book(path) as book:
            meta = _read_meta(book, res, forms, units, (expect_form, expect_year, expect_period), bad)
            if meta is None or res.form is None:
                return res
            t, sheet_name = res.form.template, str(meta["sheet"])
            if book.sheet(sheet_name) is None:
                bad(f"Thiếu trang “{sheet_name}” chứa biểu mẫu.")
                return res
            ws = read_sheet(book, sheet_name)
    except XlsxRefused as exc:
        bad(exc.reason, exc.cell, sheet=exc.sheet)
        return res
    except ValidationError as exc:
        bad(exc.message)
        return res
    line_cell = f"A{meta['period_row']}"
    line = str(ws.get(line_cell).content or "").strip()
    if line != period_line(res.year, meta["period"]):
        bad(f"Dòng tiêu đề ghi “{line[:120]}”, khác kỳ báo cáo của tệp ({period_title(meta['period'], res.year)}).",
            line_cell)
    if t.kind == "table":
        res.rows = read_table_sheet(ws, t, meta, bad)
    else:
        _read_rows_sheet(ws, t, meta, res, bad)
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
