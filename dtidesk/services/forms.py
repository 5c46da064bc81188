"""Statistics forms: install templates, type figures, check them, consolidate the units' submissions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from ..domain.forms import (
    FormFinding,
    FormTemplate,
    StoredForm,
    Submission,
    Value,
    check_entries,
    check_table,
    compute,
    from_text,
    merge_tables,
    normalise_code,
    parse_template,
    read_entry,
    recompute_table,
    stored_problems,
    table_cells,
    to_text,
)
from ..domain.models import Unit
from ..domain.periods import Period
from ..domain.progress import Progress, no_progress
from ..domain.units import unit_index
from ..errors import NotFound, ValidationError
from ..resources import resource_path
from ..store import AgencyFile
from .changes import Changes
from .jsonfile import read_json

SUBMITTING_KINDS = ("unit", "office", "public_service")  # units expected to send figures
_PREVIOUS = {Period.H1: Period.Q1, Period.M9: Period.H1, Period.Y: Period.M9}


def load_form_json(path: Path | str) -> tuple[FormTemplate, dict]:
    """A template file, checked; a malformed file is refused with every problem listed."""
    path = Path(path)
    data = read_json(path, "biểu mẫu")
    return parse_template(data, f"Tệp “{path.name}”"), data


def install_shipped_forms(af: AgencyFile) -> list[str]:
    """Every shipped template the file lacks (called from new_file); returns "code/version" added."""
    added = []
    with af.transaction():
        for path in sorted(resource_path("forms").glob("*.json")):
            template, data = load_form_json(path)
            if af.repo.forms.find(template.code, template.version) is None:
                af.repo.forms.insert(template, data)
                added.append(f"{template.code}/{template.version}")
    return added


def add_form_from_json(af: AgencyFile, path: Path | str) -> tuple[int, Changes]:
    """User action “Thêm biểu mẫu từ tệp JSON”. A template version already in the file is refused."""
    template, data = load_form_json(path)
    if af.repo.forms.find(template.code, template.version) is not None:
        raise ValidationError(f"Tệp dữ liệu đã có biểu mẫu “{template.code}” phiên bản {template.version}; "
                              "mẫu mới phải mang phiên bản (năm) khác.")
    with af.transaction():
        form_id = af.repo.forms.insert(template, data)
        af.repo.log.add("add_form", "forms", form_id, f"{template.code}/{template.version}")
    return form_id, Changes.of("forms")


def require_rows_form(form: StoredForm, action: str) -> None:
    if form.template.kind != "rows":
        raise ValidationError(f"Biểu mẫu dạng bảng “{form.code}” chưa hỗ trợ {action}; "
                              "hãy nhập các dòng của bảng trong chương trình.")


def list_forms(af: AgencyFile) -> list[StoredForm]:
    return af.repo.forms.all()


def get_form(af: AgencyFile, form: int | str, version: int | None = None) -> StoredForm:
    """By id, or by code (the newest version unless one is given)."""
    found = af.repo.forms.get(form) if isinstance(form, int) else af.repo.forms.find(form, version)
    if found is None:
        raise NotFound(f"Tệp dữ liệu không có biểu mẫu “{form}”.")
    return found


def find_unit(af: AgencyFile, name: str) -> Unit:
    """A unit by any name it answers to, by the program's one matching rule (services.units.find_unit)."""
    unit = unit_index(af.repo.units.all()).find(name)
    if unit is None:
        raise NotFound(f"Không có đơn vị “{name}” trong tệp.")
    return unit


def check_period(period: str, year: int) -> Period:
    try:
        p = Period(str(period).strip().upper())
    except ValueError:
        raise ValidationError(f"Kỳ báo cáo “{period}” không hợp lệ (Q1, H1, M9, Y, ADHOC).", "Kỳ") from None
    if not 2000 <= int(year) <= 2100:
        raise ValidationError(f"Năm báo cáo {year} không hợp lệ.", "Năm")
    return p


def previous_period(period: Period | str, year: int) -> tuple[Period, int] | None:
    """The report before: quý I → năm trước; 6 tháng → quý I; 9 tháng → 6 tháng; năm → 9 tháng."""
    period = Period(period)
    if period is Period.Q1:
        return Period.Y, year - 1
    return (_PREVIOUS[period], year) if period in _PREVIOUS else None


@dataclass
class FormValues:
    """One unit's (or the agency's) figures for a period: typed, computed, and lũy kế carried forward."""

    form: StoredForm
    year: int
    period: Period
    unit_id: int | None
    typed: dict[str, Value] = field(default_factory=dict)
    computed: dict[str, Decimal | None] = field(default_factory=dict)
    carried: dict[str, Value] = field(default_factory=dict)  # cumulative rows still blank: last period's figure
    submission: Submission | None = None

    def value(self, code: str) -> Value | None:
        return self.computed.get(code) if code in self.computed else self.typed.get(code)

    def all(self) -> dict[str, Value | None]:
        return {r.code: self.value(r.code) for r in self.form.template.rows if r.type != "group"}


def _typed(form: StoredForm, stored: Mapping[tuple[str, str], str]) -> dict[str, Value]:
    t = form.template
    out: dict[str, Value] = {}
    for (code, col), text in stored.items():
        if col == "value" and t.has(code) and t.row(code).editable:
            value = from_text(t.row(code), text)
            if value is not None:
                out[code] = value
    return out


def values_for(af: AgencyFile, form_id: int, year: int, period: str, unit_id: int | None = None) -> FormValues:
    form = get_form(af, form_id)
    p = check_period(period, year)
    typed = _typed(form, af.repo.forms.values(form.id, year, p, unit_id))
    result = FormValues(form, year, p, unit_id, typed, compute(form.template, typed))
    if unit_id is not None:
        result.submission = af.repo.forms.submissions(form.id, year, p).get(unit_id)
    before = previous_period(p, year)
    if before and before[1] == year:  # lũy kế rows run from the start of the year
        prev = _typed(form, af.repo.forms.values(form.id, year, before[0], unit_id))
        result.carried = {c: v for c, v in prev.items()
                          if c not in typed and form.template.is_cumulative(c)}
    return result


def _write(af: AgencyFile, form: StoredForm, year: int, period: str, unit_id: int | None,
           typed: Mapping[str, Value | None]) -> None:
    # Formula rows are stored too, recomputed from the typed rows on every write.
    cells = {(c, "value"): to_text(v) for c, v in typed.items()}
    cells.update({(c, "value"): to_text(v) for c, v in compute(form.template, typed).items()})
    af.repo.forms.replace_values(form.id, year, period, unit_id, cells)


def parse_entries(template: FormTemplate, entries: Mapping[str, object]) -> dict[str, Value | None]:
    """Typed cells by code → values; every refused cell is named in one ValidationError."""
    problems: list[str] = []
    out: dict[str, Value | None] = {}
    for raw_code, raw in entries.items():
        code = normalise_code(raw_code)
        if not template.has(code):
            problems.append(f"Mã dòng “{raw_code}” không có trong biểu mẫu.")
            continue
        row = template.row(code)
        if row.formula is not None:
            problems.append(f"Dòng {code} được tính tự động ({row.formula.describe()}), không nhập trực tiếp.")
            continue
        entry = read_entry(row, raw)
        if entry.error:
            problems.append(entry.error)
        out[code] = entry.value
    if problems:
        raise ValidationError("\n".join(problems), normalise_code(next(iter(entries), "")))
    return out


def set_values(af: AgencyFile, form_id: int, year: int, period: str, unit_id: int | None,
               entries: Mapping[str, object], source_file: str = "", replace: bool = False) -> Changes:
    """User action “Nhập số liệu”: one cell or a pasted block, all or nothing. A unit's figures count as
    its submission. With replace=True the unit's previous figures for the period are dropped first."""
    form = get_form(af, form_id)
    p = check_period(period, year)
    if unit_id is not None and af.repo.units.get(unit_id) is None:
        raise NotFound("Không tìm thấy đơn vị.")
    new = parse_entries(form.template, entries)
    current = values_for(af, form.id, year, p, unit_id).typed
    typed: dict[str, Value | None] = {} if replace else dict(current)
    typed.update(new)
    with af.transaction():
        _write(af, form, year, p, unit_id, typed)
        if unit_id is not None and (replace or source_file or not af.repo.forms.submissions(form.id, year, p)
                                    .get(unit_id)):
            af.repo.forms.set_submission(form.id, year, p, unit_id, dt.datetime.now().isoformat(timespec="seconds"),
                                         source_file)
        where = {"year": year, "period": p, "unit_id": unit_id}
        af.repo.log.add("set_form_values", "form_values", form.id,
                        f"{form.code} {p}/{year}: {', '.join(new)[:80]}",
                        before={**where, "values": {c: to_text(current.get(c)) for c in new}},
                        after={**where, "values": {c: to_text(v) for c, v in new.items()}})
    return Changes.of("form_values", "form_submissions")


def set_value(af: AgencyFile, form_id: int, year: int, period: str, unit_id: int | None, row_code: str,
              raw: object) -> Changes:
    """One cell typed in the grid; blank clears it."""
    return set_values(af, form_id, year, period, unit_id, {row_code: raw})


def delete_submission(af: AgencyFile, form_id: int, year: int, period: str, unit_id: int) -> Changes:
    """Drop a unit's figures and its submission (undo of an import)."""
    p = check_period(period, year)
    with af.transaction():
        af.repo.forms.clear_values(form_id, year, p, unit_id)
        af.repo.forms.delete_submission(form_id, year, p, unit_id)
        af.repo.log.add("delete_submission", "form_submissions", form_id, f"đơn vị {unit_id}, {p}/{year}")
    return Changes.of("form_values", "form_submissions")


def carry_cumulative(af: AgencyFile, form_id: int, year: int, period: str, unit_id: int | None = None) -> Changes:
    """User action “Lấy số lũy kế kỳ trước”: blank lũy kế rows take the previous period's figure."""
    current = values_for(af, form_id, year, period, unit_id)
    if not current.carried:
        return Changes()
    return set_values(af, form_id, year, period, unit_id, dict(current.carried))


def check_form(af: AgencyFile, form_id: int, year: int, period: str, unit_id: int | None = None) -> list[FormFinding]:
    """The checks over stored figures: findings [{row, severity, message}]."""
    current = values_for(af, form_id, year, period, unit_id)
    template = current.form.template
    if template.kind == "table":
        return check_table(template, table_rows(af, form_id, year, period, unit_id))
    return check_entries(template, current.all())


def _table(stored: Mapping[tuple[str, str], str]) -> list[dict]:
    rows: dict[str, dict] = {}
    for (row_code, col), text in sorted(stored.items()):
        rows.setdefault(row_code, {})["kind" if col == "_kind" else col] = text
    return list(rows.values())


def table_rows(af: AgencyFile, form_id: int, year: int, period: str, unit_id: int | None = None) -> list[dict]:
    """A table form's rows in order, each {"kind": …, column key: text}; numbers as canonical text ("1044")."""
    return _table(af.repo.forms.values(form_id, year, check_period(period, year), unit_id))


def set_table_rows(af: AgencyFile, form_id: int, year: int, period: str, unit_id: int | None,
                   rows: list[Mapping[str, object]], source_file: str = "", recompute: bool = False) -> Changes:
    """User action “Nhập bảng số liệu”: a table form's rows replaced as a whole, all or nothing (every bad
    cell named); rows are stored as 001, 002… with their kind. A unit's rows count as its submission.
    recompute=True computes the total, the sub-totals and STT like formula rows (what a grid that shows
    them read-only wants); by default the rows are stored as given, so the checks judge them as typed."""
    form = get_form(af, form_id)
    p = check_period(period, year)
    if form.template.kind != "table":
        raise ValidationError(f"Biểu mẫu “{form.code}” không phải dạng bảng; hãy nhập số liệu theo mã dòng.")
    if unit_id is not None and af.repo.units.get(unit_id) is None:
        raise NotFound("Không tìm thấy đơn vị.")
    cells: dict[tuple[str, str], str | None] = {}
    typed = table_cells(form.template, rows)
    for i, row in enumerate(recompute_table(form.template, typed) if recompute else typed, start=1):
        cells[(f"{i:03d}", "_kind")] = str(row.get("kind") or "")
        cells.update({(f"{i:03d}", k): str(v) for k, v in row.items() if k != "kind" and v not in (None, "")})
    old_rows = len(table_rows(af, form.id, year, p, unit_id))
    with af.transaction():
        af.repo.forms.replace_values(form.id, year, p, unit_id, cells)
        if unit_id is not None:
            af.repo.forms.set_submission(form.id, year, p, unit_id, dt.datetime.now().isoformat(timespec="seconds"),
                                         source_file)
        where = {"year": year, "period": p, "unit_id": unit_id}
        af.repo.log.add("set_table_rows", "form_values", form.id, f"{form.code} {p}/{year}: {len(rows)} dòng",
                        before={**where, "rows": old_rows}, after={**where, "rows": len(rows)})
    return Changes.of("form_values", "form_submissions")


def submitting_units(af: AgencyFile) -> list[Unit]:
    """Active phòng/đơn vị expected to send their figures (not outside bodies or groups of units)."""
    return [u for u in af.repo.units.all(include_inactive=False) if u.kind in SUBMITTING_KINDS]


def missing_units(af: AgencyFile, form_id: int, year: int, period: str) -> list[Unit]:
    """Active phòng/đơn vị that have not sent their figures for the period yet."""
    sent = af.repo.forms.submissions(form_id, year, check_period(period, year))
    return [u for u in submitting_units(af) if u.id not in sent]


def submission_of(af: AgencyFile, form_id: int, year: int, period: str, unit_id: int) -> Submission | None:
    """When (and from which file) a unit sent its figures for the period; None when it has not yet."""
    return af.repo.forms.submissions(form_id, year, check_period(period, year)).get(unit_id)


def has_figures(af: AgencyFile, form_id: int, year: int) -> bool:
    """Whether anyone's figures of the form are stored for some period of the year."""
    return any(y == year for y, _ in af.repo.forms.periods(form_id))


@dataclass
class Consolidation:
    values: FormValues  # the agency's figures after consolidation
    units: list[Unit]  # whose figures were summed
    missing: list[Unit]
    rows: list[dict] = field(default_factory=list)  # table forms: the agency's merged table


def consolidate(af: AgencyFile, form_id: int, year: int, period: str,
                progress: Progress = no_progress) -> tuple[Consolidation, Changes]:
    """User action “Tổng hợp số liệu”: the agency's counts and amounts = Σ the units' figures.

    Percentages typed by hand, choices and text cannot be added up: the agency's own entries for those
    rows are kept. Formula rows (ratios, sums) are recomputed from the new totals. A table form's
    lines are merged instead (see consolidate_table).
    """
    form = get_form(af, form_id)
    p = check_period(period, year)
    if form.template.kind == "table":
        return consolidate_table(af, form, year, p, progress)
    by_unit = {uid: _typed(form, cells) for uid, cells in af.repo.forms.unit_values(form.id, year, p).items()}
    units = [u for u in af.repo.units.all() if u.id in by_unit]
    # Figures stored before read_entry had ranges (1E+28 once got in) are named, not summed.
    wrong = [f"{u.name} — {msg}" for u in units for msg in stored_problems(form.template, by_unit[u.id])]
    if wrong:
        raise ValidationError("Không tổng hợp: có số liệu đã lưu nằm ngoài giới hạn, hãy sửa hoặc nhập lại: "
                              + "; ".join(wrong[:5]) + (f" (và {len(wrong) - 5} số liệu khác)." if wrong[5:] else "."))
    typed: dict[str, Value | None] = dict(values_for(af, form.id, year, p).typed)
    for row in form.template.rows:
        if row.editable and row.summable:
            parts = [v[row.code] for v in by_unit.values() if isinstance(v.get(row.code), Decimal)]
            typed[row.code] = sum(parts, Decimal(0)) if parts else None
    with af.transaction():
        _write(af, form, year, p, None, typed)
        af.repo.log.add("consolidate_form", "form_values", form.id, f"{form.code} {p}/{year}: {len(units)} đơn vị")
        progress(1, 1, "")  # a Cancelled raised here rolls the consolidation back
    result = Consolidation(values_for(af, form.id, year, p), units, missing_units(af, form.id, year, p))
    return result, Changes.of("form_values")


def consolidate_table(af: AgencyFile, form: StoredForm, year: int, period: Period,
                      progress: Progress = no_progress) -> tuple[Consolidation, Changes]:
    """The agency's table = the units' lines merged: the same field and procedure (ignoring case and
    diacritics) summed column by column, other lines appended in order of first appearance (units in
    the file's order); sub-totals, the total and STT recomputed."""
    by_unit = af.repo.forms.unit_values(form.id, year, period)
    units = [u for u in af.repo.units.all() if u.id in by_unit]
    merged = merge_tables(form.template, [_table(by_unit[u.id]) for u in units])
    with af.transaction():
        set_table_rows(af, form.id, year, period, None, merged)
        af.repo.log.add("consolidate_form", "form_values", form.id, f"{form.code} {period}/{year}: {len(units)} đơn vị")
        progress(1, 1, "")  # a Cancelled raised here rolls the consolidation back
    result = Consolidation(values_for(af, form.id, year, period), units, missing_units(af, form.id, year, period),
                           table_rows(af, form.id, year, period))
    return result, Changes.of("form_values")


@dataclass(frozen=True)
class RowChange:
    code: str
    label: str
    type: str
    previous: Value | None
    current: Value | None
    change: Decimal | None  # current − previous for numbers (points for a percentage)


def compare_periods(af: AgencyFile, form_id: int, year: int, period: str, unit_id: int | None = None,
                    against: tuple[str, int] | None = None) -> list[RowChange]:
    """Every figure row beside the previous report's (or `against` = (period, year))."""
    p = check_period(period, year)
    before = against or previous_period(p, year)
    current = values_for(af, form_id, year, p, unit_id)
    prev = values_for(af, form_id, before[1], before[0], unit_id).all() if before else {}
    out = []
    for row in current.form.template.rows:
        if row.type == "group":
            continue
        a, b = prev.get(row.code), current.value(row.code)
        change = b - a if isinstance(a, Decimal) and isinstance(b, Decimal) and row.type != "choice" else None
        out.append(RowChange(row.code, row.label, row.type, a, b, change))
    return out
