"""Use cases “Xuất kế hoạch / phụ lục / bảng điểm / báo cáo định kỳ”: check, build, write the file atomically."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..domain.plan_data import PlanData
from ..domain.progress import Progress, no_progress
from ..errors import FiguresDiffer, NotFound, ValidationError
from ..exporters import FORMATS, WHATS
from ..exporters.atomic import write_atomically
from ..store import AgencyFile
from .dashboards import score_trends
from .document_style import number_style
from .points_at_stake import stake_of
from .scoring import score_tree

WHAT_LABELS = {
    "document": "văn bản kế hoạch",
    "appendix-tasks": "phụ lục nhiệm vụ",
    "appendix-targets": "phụ lục chỉ tiêu",
    "appendix-projects": "phụ lục dự án, kinh phí",
    "appendix-directives": "phụ lục văn bản chỉ đạo",
    "scores": "bảng điểm",
}
FORMATS_FOR = {w: ("pdf", "docx") if w == "document" else ("pdf", "docx", "xlsx") for w in WHATS}
SUFFIX = {f: f".{f}" for f in FORMATS}


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


def plan_data(af: AgencyFile, plan_id: int) -> PlanData:
    """Read everything the plan's document and appendices print, in one go (NotFound for an unknown plan)."""
    plan = af.repo.plans.get(plan_id)
    if plan is None:
        raise NotFound(f"Không tìm thấy kế hoạch số hiệu {plan_id} trong tệp.")
    tasks = af.repo.tasks.for_plan(plan_id)
    assessment = af.repo.assessments.get(plan.assessment_id) if plan.assessment_id else None
    fw_id = assessment.framework_id if assessment else None
    if fw_id is None:  # a DTI plan not yet tied to a year: the framework of its criteria
        first = next((t.criterion_id for t in tasks if t.criterion_id), None)
        indicator = af.repo.frameworks.indicator(first) if first else None
        fw_id = indicator.framework_id if indicator else None
    framework = af.repo.frameworks.get(fw_id) if fw_id else None
    return PlanData(
        agency=af.repo.agency.get(), plan=plan, units={u.id: u for u in af.repo.units.all()},
        groups=tuple(af.repo.plans.groups(plan_id)), tasks=tuple(tasks),
        targets=tuple(af.repo.targets.for_plan(plan_id)), projects=tuple(af.repo.projects.for_plan(plan_id)),
        directives=tuple(d for d in af.repo.directives.all() if d.plan_id in (None, plan_id)),
        assessment=assessment, framework=framework,
        scores=af.repo.assessments.scores(assessment.id) if assessment else {},
        tree=score_tree(af, framework, assessment) if framework else None,
        number_style=number_style(af),
        lost=tuple(stake_of(af, framework, assessment, with_tasks=False).lost_in_appraisal())
        if framework and assessment else (),
        trends=score_trends(af, framework.code, until=assessment.year) if framework and assessment else None)


def _write(af: AgencyFile, plan_id: int, what: str, fmt: str, path: Path, label: str | None,
           title: str | None) -> None:
    data = plan_data(af, plan_id)
    if what == "document":
        from ..exporters.document import build_plan_document

        doc = build_plan_document(data)
        if fmt == "pdf":
            from ..exporters.pdf import write_plan_pdf

            write_plan_pdf(doc, path)
        else:
            from ..exporters.docx import write_plan_docx

            write_plan_docx(doc, path)
        return
    from ..exporters.appendix import build_appendix

    table = build_appendix(data, what.removeprefix("appendix-"), label=label, title=title)
    if fmt == "pdf":
        from ..exporters.pdf import write_appendix_pdf

        write_appendix_pdf(table, path)
    elif fmt == "docx":
        from ..exporters.docx import write_appendix_docx

        write_appendix_docx(table, path)
    else:
        from ..exporters.xlsx import write_appendix_xlsx

        write_appendix_xlsx(table, path)


def export(af: AgencyFile, plan_id: int, what: str, fmt: str, out_path: Path | str, *, label: str | None = None,
           title: str | None = None, progress: Progress = no_progress) -> Path:
    """User action “Xuất …”: write `what` of the plan as `fmt` to out_path; never leaves half a file.

    `label`/`title` override an appendix's "Phụ lục …" line and its title. Returns the path written.
    """
    check_request(what, fmt)
    progress(0, 1, "Đang tạo tệp…")

    def write(tmp: Path) -> None:
        _write(af, plan_id, what, fmt, tmp, label, title)
        progress(1, 1, "")  # Cancelled here removes the temporary file: a cancelled export leaves nothing

    return write_atomically(out_path, SUFFIX[fmt], write)


REPORT_FORMATS = ("pdf", "docx", "xlsx")


def export_report(af: AgencyFile, plan_id: int, year: int, period: str, fmt: str, out_path: Path | str,
                  today: dt.date | None = None, progress: Progress = no_progress,
                  accept_differences: bool = False) -> Path:
    """User action “Xuất báo cáo định kỳ”: the plan's report for a period as PDF or Word (the report, then
    its appendices) or Excel (the appendices, one sheet each, live formulas). Returns the path written.

    A figure the report would state in two places with two values (report.check_report) stops the export
    with FiguresDiffer, nothing written, unless the officer has seen them and `accept_differences`."""
    if fmt not in REPORT_FORMATS:
        raise ValidationError(f"Không xuất báo cáo dưới dạng “{fmt}”: chỉ xuất được {', '.join(REPORT_FORMATS)}.",
                              "Định dạng")
    from ..domain.report_figures import report_conflicts
    from ..exporters.report import build_report_document
    from ..exporters.report_appendix import build_report_appendices
    from .report import report_model

    progress(0, 2, "Đang đọc số liệu của kỳ báo cáo…")
    model = report_model(af, plan_id, year, period, today)
    conflicts = report_conflicts(model)
    if conflicts and not accept_differences:
        raise FiguresDiffer(f"Báo cáo chưa được xuất: {len(conflicts)} số liệu được ghi ở hai nơi với hai giá trị "
                            "khác nhau. " + " ".join(f"({i}) {c.message()}" for i, c in enumerate(conflicts, 1)),
                            conflicts)
    tables = build_report_appendices(model)
    progress(1, 2, "Đang tạo tệp…")
    if fmt == "xlsx":
        if not tables:
            raise ValidationError("Báo cáo kỳ này chưa có phụ lục nào (nhiệm vụ, văn bản chỉ đạo, số liệu thống "
                                  "kê) để xuất ra Excel.", "Định dạng")
        from ..exporters.xlsx import write_appendix_xlsx

        return write_atomically(out_path, SUFFIX[fmt], lambda tmp: (write_appendix_xlsx(tables, tmp),
                                                                     progress(2, 2, "")))
    doc = build_report_document(model)
    if fmt == "pdf":
        from ..exporters.pdf import write_document_with_appendices_pdf as write
    else:
        from ..exporters.docx import write_document_with_appendices_docx as write
    return write_atomically(out_path, SUFFIX[fmt], lambda tmp: (write(doc, tables, tmp), progress(2, 2, "")))
