"""Use cases of statistics forms as Excel files: send a form to a unit, read the units' files back, print, fill the province's."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ..domain.forms import StoredForm, Value, complete_table
from ..domain.models import Unit
from ..domain.periods import Period
from ..domain.progress import Progress, no_progress
from ..errors import NotFound
from ..exporters.form_table_xlsx import write_table_xlsx
from ..exporters.form_xlsx import write_form_xlsx
from ..exporters.province_form import FillReport, fill_province_workbook
from ..importers import unit_forms
from ..importers.unit_forms import FileResult, ImportProblem
from ..importers.xlsx_guard import check_for_full_load
from ..store import AgencyFile
from . import forms as form_ops
from .changes import Changes

__all__ = ["FileResult", "FillReport", "ImportProblem", "export_statistics_xlsx", "export_unit_form",
           "fill_official", "import_unit_files", "read_unit_file"]


def _meta(af: AgencyFile, form: StoredForm, year: int, p: Period, unit_id: int | str = "",
          unit_name: str = "") -> dict[str, object]:
    return {"form_code": form.code, "form_version": form.template.version, "year": year, "period": str(p),
            "unit_id": unit_id, "unit_name": unit_name, "agency": af.repo.agency.get().agency}


def export_unit_form(af: AgencyFile, form_id: int, year: int, period: str, unit_id: int, out: Path | str,
                     prefill: bool = False, progress: Progress = no_progress) -> Path:
    """User action “Xuất biểu mẫu cho đơn vị”: blank, or prefilled with the unit's figures (this period's
    if it has sent some, otherwise the previous period's). Only the cells to type in are unlocked."""
    form = form_ops.get_form(af, form_id)
    p = form_ops.check_period(period, year)
    unit = af.repo.units.get(unit_id)
    if unit is None:
        raise NotFound("Không tìm thấy đơn vị.")
    progress(0, 2, "Đang lấy số liệu…")
    before = form_ops.previous_period(p, year)
    meta = _meta(af, form, year, p, unit.id, unit.name)
    line, signer = f"Đơn vị báo cáo: {unit.name}", "THỦ TRƯỞNG ĐƠN VỊ"
    if form.template.kind == "table":
        rows: list[dict] = []
        if prefill:
            rows = form_ops.table_rows(af, form.id, year, p, unit.id)
            if not rows and before:
                rows = form_ops.table_rows(af, form.id, before[1], before[0], unit.id)
        progress(1, 2, "Đang ghi tệp…")
        out = write_table_xlsx(out, form.template, year, p, complete_table(form.template, rows) if rows else [],
                               line, meta, True, signer)
    else:
        values: dict[str, Value | None] = {}
        if prefill:
            values = dict(form_ops.values_for(af, form.id, year, p, unit_id).typed)
            if not values and before:
                values = dict(form_ops.values_for(af, form.id, before[1], before[0], unit_id).typed)
        progress(1, 2, "Đang ghi tệp…")
        out = write_form_xlsx(out, form.template, year, p, values, line, meta, True, signer)
    progress(2, 2, "")
    return out


def export_statistics_xlsx(af: AgencyFile, form_id: int, year: int, period: str, out: Path | str,
                           progress: Progress = no_progress) -> Path:
    """The agency's statistics form for the periodic report (Phụ lục 02 style), formulas live."""
    form = form_ops.get_form(af, form_id)
    p = form_ops.check_period(period, year)
    progress(0, 2, "Đang lấy số liệu…")
    agency = af.repo.agency.get()
    meta = _meta(af, form, year, p)
    line = form.template.subtitle or f"Cơ quan báo cáo: {agency.agency_name or agency.agency}"
    signer = agency.head_title or "THỦ TRƯỞNG"
    if form.template.kind == "table":
        rows = complete_table(form.template, form_ops.table_rows(af, form.id, year, p))
        progress(1, 2, "Đang ghi tệp…")
        out = write_table_xlsx(out, form.template, year, p, rows, line, meta, False, signer)
    else:
        current = form_ops.values_for(af, form.id, year, p)
        progress(1, 2, "Đang ghi tệp…")
        out = write_form_xlsx(out, form.template, year, p, current.typed, line, meta, False, signer)
    progress(2, 2, "")
    return out


def _units_by_spelling(af: AgencyFile) -> list[Unit]:
    """The units, then each again under every spelling it kept: a file sent to a unit that was merged
    since names the merged unit, and its figures belong to the kept one."""
    units = af.repo.units.all()
    return units + [replace(u, name=alias) for u in units for alias in u.aliases]


def read_unit_file(af: AgencyFile, path: Path | str, expect_form: str | None = None,
                   expect_year: int | None = None, expect_period: str | None = None) -> FileResult:
    """Read and check one filled file without writing anything (the window reads first to know what an
    undo must restore)."""
    return unit_forms.read_unit_file(path, af.repo.forms.all(), _units_by_spelling(af), expect_form, expect_year,
                                     expect_period)


def import_unit_files(af: AgencyFile, paths: list[Path | str], expect_form: str | None = None,
                      expect_year: int | None = None, expect_period: str | None = None,
                      progress: Progress = no_progress) -> tuple[list[FileResult], Changes]:
    """User action “Nhập số liệu từ tệp của đơn vị”: each file all or nothing; accepted files in one commit."""
    forms, units = af.repo.forms.all(), _units_by_spelling(af)
    results = []
    for i, p in enumerate(paths):
        progress(i, len(paths), f"Đang đọc {Path(p).name}")
        results.append(unit_forms.read_unit_file(p, forms, units, expect_form, expect_year, expect_period))
    unit_forms.same_submission(results)
    accepted = [r for r in results if r.accepted]
    if not accepted:
        return results, Changes()
    with af.transaction():
        for i, r in enumerate(accepted):
            assert r.form is not None and r.unit is not None
            progress(i, len(accepted), f"Đang ghi {r.path.name}")
            if r.rows is not None:
                form_ops.set_table_rows(af, r.form.id, r.year, r.period, r.unit.id, r.rows, source_file=r.path.name)
            else:
                form_ops.set_values(af, r.form.id, r.year, r.period, r.unit.id, r.values, source_file=r.path.name,
                                    replace=True)
        af.repo.log.add("import_form_files", "form_submissions", None, ", ".join(r.path.name for r in accepted))
        # The last chance to cancel: raised here, the whole import rolls back.
        progress(len(accepted), len(accepted), "")
    return results, Changes.of("form_values", "form_submissions")


def fill_official(af: AgencyFile, src: Path | str, form_id: int, year: int, period: str, out: Path | str,
                  code_col: str = "A", value_col: str = "D", unit_id: int | None = None,
                  sheet: str | None = None, progress: Progress = no_progress) -> FillReport:
    """User action “Điền vào biểu mẫu của tỉnh”: write the figures by row code into a copy of an official
    workbook. Cells with the province's own formulas and merged cells are left alone and reported."""
    current = form_ops.values_for(af, form_id, year, period, unit_id)
    form_ops.require_rows_form(current.form, "điền vào biểu mẫu của tỉnh")
    check_for_full_load(src)  # the province's file is loaded whole to keep its layout: bounded first
    return fill_province_workbook(src, out, current.form.template, current.all(), code_col, value_col, sheet,
                                  progress)
