"""User action “Xuất bộ chỉ số” (Xuất → Bộ chỉ số…, `dtidesk-cli export-index`): the index version as the
program understood it, as PDF or Excel, to check against the decision on paper."""

from __future__ import annotations

from pathlib import Path

from ..domain.index_sheet import IndexSheet, build_index_sheet
from ..domain.models import Framework
from ..domain.progress import Progress, no_progress
from ..errors import NotFound, ValidationError
from ..exporters.atomic import write_atomically
from ..store import AgencyFile

INDEX_FORMATS = ("pdf", "xlsx")


def check_format(fmt: str) -> None:
    if fmt not in INDEX_FORMATS:
        raise ValidationError(f"Không xuất bộ chỉ số dưới dạng “{fmt}”: chỉ xuất được pdf, xlsx.", "Định dạng")


def index_version(af: AgencyFile, code: str, year: int | None = None) -> Framework:
    """The version of index `code`: of that version year, else the one in force that year (the one
    scored that year, else the newest not after it); without a year the newest."""
    versions = [f for f in af.repo.frameworks.all() if f.code == code.strip()]
    if not versions:
        known = sorted({f.code for f in af.repo.frameworks.all()})
        raise NotFound(f"Không có bộ chỉ số mã “{code}” trong tệp"
                       + (f" (có: {', '.join(known)})." if known else ": tệp chưa có bộ chỉ số nào."))
    if year is None:
        return max(versions, key=lambda f: f.version_year)
    for f in versions:
        if f.version_year == year:
            return f
    scored = {a.framework_id for a in af.repo.assessments.for_year(year)}
    for f in versions:
        if f.id in scored:
            return f
    older = [f for f in versions if f.version_year <= year]
    if not older:
        years = ", ".join(str(f.version_year) for f in sorted(versions, key=lambda f: f.version_year))
        raise NotFound(f"Bộ chỉ số {code} không có phiên bản áp dụng cho năm {year} (có các năm: {years}).")
    return max(older, key=lambda f: f.version_year)


def index_framework(af: AgencyFile, framework_id: int) -> Framework:
    fw = af.repo.frameworks.get(framework_id)
    if fw is None:
        raise NotFound("Không tìm thấy bộ chỉ số trong tệp.")
    return fw


def index_sheet(af: AgencyFile, framework_id: int) -> IndexSheet:
    fw = index_framework(af, framework_id)
    indicators = af.repo.frameworks.indicators(framework_id)
    if not indicators:
        raise ValidationError(f"Bộ chỉ số {fw.code} ({fw.version_year}) chưa có chỉ số, tiêu chí nào để xuất.",
                              "Bộ chỉ số")
    return build_index_sheet(fw, indicators)


def export_index(af: AgencyFile, framework_id: int, fmt: str, out_path: Path | str,
                 progress: Progress = no_progress) -> Path:
    """Write the index version `framework_id` as `fmt` ("pdf" | "xlsx") to out_path, whole or not at all;
    returns the path written."""
    check_format(fmt)
    progress(0, 1, "Đang tạo tệp…")
    model = index_sheet(af, framework_id)
    from ..exporters.index_doc import write_index_pdf, write_index_xlsx

    write = write_index_pdf if fmt == "pdf" else write_index_xlsx

    def run(tmp: Path) -> None:
        write(model, tmp)
        progress(1, 1, "")  # Cancelled here removes the temporary file: a cancelled export leaves nothing

    return write_atomically(out_path, f".{fmt}", run)
