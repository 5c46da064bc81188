"""The figures a periodic report states in more than one place, each printed from one source, and the check
that lists those the file holds with two different values before the report is exported (issue 17)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .models import Agency, Directive
from .report_model import FormFigures, ReportModel, TableFigures, done_count
from .text import fold
from .vnformat import fmt_date_padded, fmt_number, fmt_percent

STATS = "cchc-stats"  # the province's statistics form, seed 004 Phụ lục 02
SECTOR = "cchc-sector-stats"  # the sector form of Sở TT&TT, seed 004 Phụ lục 08 (its rows are area 7's)
TTHC = "tthc-results"  # the table of TTHC results by field, seed 004 II.2.1

# The source rule. The statistics form (Phụ lục 02) is the figure the agency sends up, and the body must
# agree with the appendix it carries, so where the form holds a figure the body quotes the form; the file's
# lists (directives, tasks) name the documents and tasks and give the count only where the form row is
# blank. The TTHC table is the one exception: it holds the dossiers by field, so the body prints its
# totals and leaves out form rows 3.3.1–3.3.1.2, which must equal them (report_conflicts).
DIRECTIVES_ROW = "1.1"  # "Số văn bản chỉ đạo CCHC đã ban hành (Kết luận, chỉ thị, công văn chỉ đạo, quán triệt)"
PLAN_ROWS = ("1.2", "1.2.1", "1.2.2")  # "Tỷ lệ hoàn thành Kế hoạch CCHC năm (lũy kế)" = 1.2.2 / 1.2.1
TTHC_ROWS = ("3.3.1", "3.3.1.1", "3.3.1.2")  # resolved on time (early + on time in the table) / resolved


def form_of(m: ReportModel, code: str) -> FormFigures | None:
    return next((f for f in m.forms if f.form.code == code), None)


def table_of(m: ReportModel, code: str) -> TableFigures | None:
    return next((t for t in m.tables if t.form.code == code), None)


def _number(f: FormFigures | None, code: str) -> Decimal | None:
    if f is None or not f.form.template.has(code):
        return None
    value = f.values.value(code)
    return Decimal(value) if isinstance(value, (int, Decimal)) else None


def _where(f: FormFigures, code: str) -> str:
    return f"{f.form.template.appendix_label or 'biểu thống kê'} (dòng {code})"


def is_own(d: Directive, agency: Agency) -> bool:
    """Issued by the agency itself (row 1.1 counts those), not a higher body's document it carries out: the
    issuer is the agency, or, with no issuer written, the number bears the agency's code (“09/KH-STTTT”)."""
    names = {fold(n) for n in (agency.agency_name, agency.agency) if n.strip()}
    if d.issuer.strip():
        return fold(d.issuer) in names
    code = agency.short_code.strip().upper()
    return not code or code in d.number_symbol.upper().replace("/", "-").split("-")


@dataclass(frozen=True)
class Stated:
    """A figure as the report prints it, and from where."""

    value: Decimal | None
    from_form: bool


def directives_issued(m: ReportModel) -> Stated:
    """Section I's “đã ban hành N văn bản chỉ đạo”: row 1.1 of a CCHC plan's form, else the own directives."""
    form = form_of(m, STATS) if m.plan.kind == "cchc" else None
    value = _number(form, DIRECTIVES_ROW)
    if value is not None:
        return Stated(value, True)
    return Stated(Decimal(sum(is_own(d, m.agency) for d in m.directives)), False)


def plan_completion(m: ReportModel) -> tuple[Stated, Stated, Decimal | None]:
    """(tasks of the plan, tasks done, rate %) for the whole year's plan, lũy kế to the report date: rows
    1.2.1, 1.2.2 and 1.2 of a CCHC plan's form where filled, else the plan's tasks in the file."""
    form = form_of(m, STATS) if m.plan.kind == "cchc" else None
    total, done = _number(form, PLAN_ROWS[1]), _number(form, PLAN_ROWS[2])
    c = m.plan_counts or m.progress
    total_s = Stated(total, True) if total is not None else Stated(Decimal(c["planned"]), False)
    done_s = Stated(done, True) if done is not None else Stated(Decimal(done_count(c)), False)
    rate = _number(form, PLAN_ROWS[0]) if total_s.from_form and done_s.from_form else None
    if rate is None and total_s.value:
        rate = Decimal(done_s.value or 0) * 100 / total_s.value
    return total_s, done_s, rate


@dataclass(frozen=True)
class TthcTotals:
    received: int
    resolved: int
    early: int
    on_time: int
    late: int

    @property
    def rate(self) -> Decimal | None:
        """Resolved in time (early or on time) ÷ resolved, as form row 3.3.1 defines it."""
        return Decimal(self.early + self.on_time) * 100 / self.resolved if self.resolved else None


TTHC_COLUMNS = ("received", "resolved", "early", "on_time", "late")


def tthc_totals(t: TableFigures) -> TthcTotals | None:
    """The table's total row (or the sum of its procedures); None for a table without these columns."""
    if not set(TTHC_COLUMNS) <= {c.key for c in t.form.template.columns}:
        return None
    total = next((r for r in t.rows if r.get("kind") == "total"), None)

    def num(key: str) -> int:
        if total is not None:
            return int(float(total.get(key) or 0))
        return sum(int(float(r.get(key) or 0)) for r in t.rows if r.get("kind") == "procedure")

    return TthcTotals(*(num(k) for k in TTHC_COLUMNS))


def body_rows(m: ReportModel) -> set[str]:
    """Rows of Phụ lục 02 left out of the body's lists of figures: a CCHC report states rows 1.1 and 1.2.x in
    section I and at the head of II; another plan's report states its own directives and completion there,
    and the CCHC plan's rows beside them would read as a second value of the same figure. With the TTHC
    table, rows 3.3.1.x are its totals."""
    out = {DIRECTIVES_ROW, *PLAN_ROWS}
    table = table_of(m, TTHC)
    if table is not None and tthc_totals(table) is not None:
        out.update(TTHC_ROWS)
    return out


# -- the check -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class FigureConflict:
    """One figure the report states in two places with two values."""

    figure: str  # "Số văn bản chỉ đạo CCHC đã ban hành"
    places: tuple[tuple[str, str], ...]  # (where, the value there)
    printed: str  # what the export will print

    def message(self) -> str:
        there = "; ".join(f"{where}: {value}" for where, value in self.places)
        return f"{self.figure} — {there}. {self.printed}"

    def as_dict(self) -> dict:
        return {"figure": self.figure, "places": [{"where": w, "value": v} for w, v in self.places],
                "printed": self.printed, "message": self.message()}


def _n(value: Decimal | int) -> str:
    return fmt_number(value, 2)


def report_conflicts(m: ReportModel) -> list[FigureConflict]:
    """Every figure the file holds twice with two values, in the order the report prints them."""
    out: list[FigureConflict] = []
    stats = form_of(m, STATS)
    if m.plan.kind == "cchc" and stats is not None:
        own = sum(is_own(d, m.agency) for d in m.directives)
        issued = _number(stats, DIRECTIVES_ROW)
        if issued is not None and issued != own:
            out.append(FigureConflict(
                "Số văn bản chỉ đạo CCHC đã ban hành (mục I)",
                ((_where(stats, DIRECTIVES_ROW), _n(issued)),
                 (f"danh sách văn bản chỉ đạo của kỳ do {m.agency.agency_name or 'cơ quan'} ban hành", _n(own))),
                f"Báo cáo in số của {_where(stats, DIRECTIVES_ROW)}; thêm hoặc sửa văn bản chỉ đạo, hoặc sửa biểu."))
        c = m.plan_counts or m.progress
        as_of = fmt_date_padded(m.as_of)
        for code, figure, mine, what in (
                (PLAN_ROWS[1], "Số nhiệm vụ đề ra trong Kế hoạch CCHC năm", c["planned"], "nhiệm vụ của Kế hoạch"),
                (PLAN_ROWS[2], "Số nhiệm vụ đã hoàn thành (lũy kế)", done_count(c),
                 f"nhiệm vụ của Kế hoạch đã hoàn thành đến ngày {as_of}")):
            value = _number(stats, code)
            if value is not None and value != mine:
                out.append(FigureConflict(
                    figure, ((_where(stats, code), _n(value)), (f"danh sách {what}", _n(mine))),
                    f"Báo cáo in số của {_where(stats, code)} và tỷ lệ hoàn thành theo biểu; cập nhật nhiệm vụ "
                    "hoặc sửa biểu."))
    table = table_of(m, TTHC)
    totals = tthc_totals(table) if table is not None else None
    if stats is not None and totals is not None:
        where = "bảng kết quả giải quyết TTHC (trong thân báo cáo)"
        for code, figure, mine in ((TTHC_ROWS[1], "Số hồ sơ TTHC đã giải quyết xong", totals.resolved),
                                   (TTHC_ROWS[2], "Số hồ sơ TTHC giải quyết đúng hạn (trước hạn và đúng hạn)",
                                    totals.early + totals.on_time)):
            value = _number(stats, code)
            if value is not None and value != mine:
                rate = fmt_percent(totals.rate) if totals.rate is not None else ""
                out.append(FigureConflict(
                    figure, ((where, _n(mine)), (_where(stats, code), _n(value))),
                    "Thân báo cáo in số của bảng" + (f" (tỷ lệ đúng hạn {rate})" if rate else "")
                    + f", {stats.form.template.appendix_label or 'biểu thống kê'} in số của biểu; sửa một trong hai."))
    return out
