"""Use cases “Xuất kế hoạch / phụ lục / bảng điểm / báo cáo định kỳ”: check, build, write the file atomically."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from ..errors import DiskFull, FileReadOnly, NotFound, ValidationError
from ..exporters import WHATS
from ..store import AgencyFile

WHAT_LABELS = {
    "document": "văn bản kế hoạch",
    "appendix-tasks": "phụ lục nhiệm vụ",
    "appendix-targets": "phụ lục chỉ tiêu",
    "appendix-projects": "phụ lục dự án, kinh phí",
    "appendix-directives": "phụ lục văn bản chỉ đạo",
    "scores": "bảng điểm",
}
FORMATS_FOR = {w: ("pdf", "docx") if w == "document" else ("pdf", "docx", "xlsx") for w in WHATS}
SUFFIX = {"pdf": ".pdf", "docx": ".docx", "xlsx": ".xlsx"}


def check_request(what: str, fmt: str) -> None:
    """Refuse what cannot be made (a plan document as a spreadsheet): ValidationError, one line."""
    if what not in FORMATS_FOR:
        raise ValidationError(f"Không có loại xuất “{what}” (chọn một trong: {', '.join(WHATS)}).", "Nội dung")
    if fmt not in FORMATS_FOR[what]:
        allowed = ", ".join(FORMATS_FOR[what])
        raise ValidationError(f"Không xuất {WHAT_LABELS[what]} dưới dạng {fmt}: chỉ xuất được {allowed}.", "Định dạng")


def plans_list(af: AgencyFile) -> list[dict]:
    """The public shape of `dtidesk-cli plans FILE --json`."""
    return [{"id": p.id, "kind": p.kind, "year": p.year, "title": p.title} for p in af.repo.plans.all()]


def available_exports(af: AgencyFile, plan_id: int) -> dict[str, tuple[str, ...]]:
    """What the plan has data for, with the formats of each: the GUI's export menu."""
    plan = af.repo.plans.get(plan_id)
    if plan is None:
        raise NotFound(f"Không tìm thấy kế hoạch số hiệu {plan_id} trong tệp.")
    has = {
        "document": True,
        "appendix-tasks": bool(af.repo.tasks.for_plan(plan_id)),
        "appendix-targets": bool(af.repo.targets.for_plan(plan_id)),
        "appendix-projects": bool(af.repo.projects.for_plan(plan_id)),
        "appendix-directives": any(d.plan_id in (None, plan_id) for d in af.repo.directives.all()),
        "scores": plan.assessment_id is not None,
    }
    return {w: FORMATS_FOR[w] for w in WHATS if has[w]}


def _write(af: AgencyFile, plan_id: int, what: str, fmt: str, path: Path, label: str | None,
           title: str | None) -> None:
    if what == "document":
        from ..exporters.document import build_plan_document

        doc = build_plan_document(af, plan_id)
        if fmt == "pdf":
            from ..exporters.pdf import write_plan_pdf

            write_plan_pdf(doc, path)
        else:
            from ..exporters.docx import write_plan_docx

            write_plan_docx(doc, path)
        return
    from ..exporters.appendix import build_appendix

    table = build_appendix(af, plan_id, what.removeprefix("appendix-"), label=label, title=title)
    if fmt == "pdf":
        from ..exporters.pdf import write_appendix_pdf

        write_appendix_pdf(table, path)
    elif fmt == "docx":
        from ..exporters.docx import write_appendix_docx

        write_appendix_docx(table, path)
    else:
        from ..exporters.xlsx import write_appendix_xlsx

        write_appendix_xlsx(table, path)


def _mode_for(out: Path) -> int:
    """mkstemp makes 0600 files; an export gets the mode of the file it replaces, else the usual one."""
    if out.exists():
        return out.stat().st_mode & 0o777
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def export(af: AgencyFile, plan_id: int, what: str, fmt: str, out_path: Path | str, *, label: str | None = None,
           title: str | None = None) -> Path:
    """User action “Xuất …”: write `what` of the plan as `fmt` to out_path; never leaves half a file.

    `label`/`title` override an appendix's "Phụ lục …" line and its title. Returns the path written.
    """
    check_request(what, fmt)
    return write_atomically(out_path, SUFFIX[fmt], lambda tmp: _write(af, plan_id, what, fmt, tmp, label, title))


def write_atomically(out_path: Path | str, suffix: str, write: Callable[[Path], object]) -> Path:
    """Write through a temporary file in the same folder, then replace out_path: a failed export leaves
    the old file (or nothing), and a folder the user cannot write to is named in Vietnamese."""
    out = Path(out_path)
    if out.is_dir():
        raise ValidationError(f"“{out}” là một thư mục; hãy chọn tên tệp.", "Tệp xuất")
    if not out.parent.exists():
        raise ValidationError(f"Thư mục “{out.parent}” không tồn tại.", "Tệp xuất")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".~{out.stem}.", suffix=suffix, dir=out.parent)
    except PermissionError:
        raise FileReadOnly(f"Không có quyền ghi vào thư mục “{out.parent}”.") from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        os.chmod(tmp, _mode_for(out))
        os.replace(tmp, out)
    except PermissionError:
        raise FileReadOnly(
            f"Không ghi được “{out.name}”: tệp đang mở trong chương trình khác hoặc thư mục chỉ cho phép đọc. "
            "Hãy đóng tệp rồi xuất lại.") from None
    except OSError as exc:
        if getattr(exc, "errno", None) == 28:
            raise DiskFull(f"Ổ đĩa đã đầy, chưa ghi được “{out.name}”.") from None
        raise
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    return out


REPORT_FORMATS = ("pdf", "docx", "xlsx")


def export_report(af: AgencyFile, plan_id: int, year: int, period: str, fmt: str, out_path: Path | str,
                  today: dt.date | None = None) -> Path:
    """User action “Xuất báo cáo định kỳ”: the plan's report for a period as PDF or Word (the report, then
    its appendices) or Excel (the appendices, one sheet each, live formulas). Returns the path written."""
    if fmt not in REPORT_FORMATS:
        raise ValidationError(f"Không xuất báo cáo dưới dạng “{fmt}”: chỉ xuất được {', '.join(REPORT_FORMATS)}.",
                              "Định dạng")
    from ..exporters.report import build_report_document
    from ..exporters.report_appendix import build_report_appendices
    from .report import report_model

    model = report_model(af, plan_id, year, period, today)
    tables = build_report_appendices(model)
    if fmt == "xlsx":
        if not tables:
            raise ValidationError("Báo cáo kỳ này chưa có phụ lục nào (nhiệm vụ, văn bản chỉ đạo, số liệu thống "
                                  "kê) để xuất ra Excel.", "Định dạng")
        from ..exporters.xlsx import write_appendix_xlsx

        return write_atomically(out_path, SUFFIX[fmt], lambda tmp: write_appendix_xlsx(tables, tmp))
    doc = build_report_document(model)
    if fmt == "pdf":
        from ..exporters.pdf import write_document_with_appendices_pdf as write
    else:
        from ..exporters.docx import write_document_with_appendices_docx as write
    return write_atomically(out_path, SUFFIX[fmt], lambda tmp: write(doc, tables, tmp))
