"""Use cases “In …”: the PDF of what the officer is looking at, laid out exactly as the matching export."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from pathlib import Path

from ..domain.forms import check_table, complete_table
from ..domain.models import Task
from ..domain.progress import Progress, no_progress
from ..domain.report_model import FormFigures, TableFigures
from ..domain.scores import ScoreTree
from ..errors import NotFound, ValidationError
from ..exporters import SIZE_APPENDIX_TITLE
from ..exporters.appendix import AppendixTable, TitleLine, build_appendix
from ..exporters.atomic import write_atomically
from ..exporters.pdf import write_appendix_pdf
from ..exporters.report_appendix import appendix_labels, form_table, table_table
from ..store import AgencyFile
from . import forms as form_ops
from .export import export, plan_data
from .report import report_model
from .scoring import find_framework, score_tree

__all__ = ["form_pdf", "score_sheet_pdf", "task_list_pdf"]


def _write(table: AppendixTable, out_path: Path | str, progress: Progress) -> Path:
    def write(tmp: Path) -> None:
        write_appendix_pdf(table, tmp)
        progress(1, 1, "")  # Cancelled here removes the temporary file

    return write_atomically(out_path, ".pdf", write)


def _pruned(tree: ScoreTree | None, tasks: Collection[Task]) -> ScoreTree | None:
    """The score tree without the component-index headings no shown task sits under: the Tasks tab hides a
    heading whose tasks are all filtered out, and the printed list must hold the same rows."""
    if tree is None:
        return None
    parent = {n.code: n.parent for n in tree.nodes}
    wanted = {t.criterion_id for t in tasks}
    keep: set[str] = set()
    for n in tree.nodes:
        code: str | None = n.code if n.id in wanted else None
        while code and code not in keep:
            keep.add(code)
            code = parent.get(code)
    return replace(tree, nodes=[n for n in tree.nodes if n.kind != "group" or n.code in keep])


def task_list_pdf(af: AgencyFile, plan_id: int, task_ids: Collection[int] | None, out_path: Path | str,
                  progress: Progress = no_progress) -> Path:
    """User action “In danh sách nhiệm vụ”: the task appendix of the plan holding only `task_ids` (the rows
    the Tasks tab shows through its filters), in the appendix's own order; None means every task, and the
    file is then exactly the “phụ lục nhiệm vụ” export."""
    if task_ids is None:
        return export(af, plan_id, "appendix-tasks", "pdf", out_path, progress=progress)
    progress(0, 1, "Đang tạo tệp…")
    data = plan_data(af, plan_id)
    wanted = set(task_ids)
    tasks = tuple(t for t in data.tasks if t.id in wanted)
    if not tasks:
        raise ValidationError("Danh sách nhiệm vụ đang lọc không có nhiệm vụ nào để in.", "Nhiệm vụ")
    table = build_appendix(replace(data, tasks=tasks, tree=_pruned(data.tree, tasks)), "tasks")
    return _write(table, out_path, progress)


def score_sheet_pdf(af: AgencyFile, plan_id: int, year: int, framework_code: str | None, out_path: Path | str,
                    progress: Progress = no_progress) -> Path:
    """User action “In bảng điểm”: the score sheet of the assessment the Criteria tab shows (year, index).

    It is the “bảng điểm” export of the plan built on that assessment — the selected plan if it is, else
    another plan of the file that is; with none, the selected plan's sheet carries the year shown."""
    framework = find_framework(af, framework_code, year)
    assessment = af.repo.assessments.find(framework.id, year)
    if assessment is None:
        raise ValidationError(f"Chưa có kết quả đánh giá năm {year} theo “{framework.name}”: không có bảng điểm "
                              "để in.", "Kỳ đánh giá")
    selected = af.repo.plans.get(plan_id)
    if selected is None:
        raise NotFound(f"Không tìm thấy kế hoạch số hiệu {plan_id} trong tệp.")
    owner = selected if selected.assessment_id == assessment.id else next(
        (p for p in af.repo.plans.all() if p.assessment_id == assessment.id), None)
    if owner is not None:
        return export(af, owner.id, "scores", "pdf", out_path, progress=progress)
    progress(0, 1, "Đang tạo tệp…")
    data = replace(plan_data(af, plan_id), assessment=assessment, framework=framework,
                   scores=af.repo.assessments.scores(assessment.id), tree=score_tree(af, framework, assessment))
    return _write(build_appendix(data, "scores"), out_path, progress)


def form_pdf(af: AgencyFile, plan_id: int, form_id: int, year: int, period: str, unit_id: int | None,
             out_path: Path | str, progress: Progress = no_progress) -> Path:
    """User action “In biểu mẫu thống kê”: the form as the plan's periodic report prints it in its appendix
    (same label, title, columns), with the agency's consolidated figures or, for `unit_id`, that unit's."""
    progress(0, 2, "Đang đọc số liệu…")
    model = report_model(af, plan_id, year, period)
    form = form_ops.get_form(af, form_id)
    p = model.period
    if form.template.kind == "table":
        rows = form_ops.table_rows(af, form.id, year, p, unit_id)
        figures: FormFigures | TableFigures = TableFigures(form, complete_table(form.template, rows),
                                                           check_table(form.template, rows))
        model.tables = [t for t in model.tables if t.form.id != form.id] + [figures]
        key = f"table:{form.code}"
    else:
        figures = FormFigures(form, form_ops.values_for(af, form.id, year, p, unit_id),
                              form_ops.check_form(af, form.id, year, p, unit_id), [])
        model.forms = [f for f in model.forms if f.form.id != form.id] + [figures]
        key = f"form:{form.code}"
    if isinstance(figures, TableFigures):
        # The report prints a table form in its body (seed 004 II.2.1), not as an appendix: on its own the
        # table says which report it belongs to instead of “Phụ lục …”.
        table = table_table(figures, model, "")
        table.heading = [TitleLine(table.title, SIZE_APPENDIX_TITLE, bold=True),
                         TitleLine(table.reference.replace("(Kèm theo ", "(Bảng số liệu của ", 1), SIZE_APPENDIX_TITLE,
                                   italic=True)]
    else:
        table = form_table(figures, model, appendix_labels(model)[key])
    if unit_id is not None:  # a unit's own figures are not the report's appendix: say whose they are
        unit = af.repo.units.get(unit_id)
        if unit is None:
            raise NotFound("Không tìm thấy đơn vị.")
        table.reference = f"(Số liệu của {unit.name})"
    progress(1, 2, "Đang tạo tệp…")
    return _write(table, out_path, lambda done, total, text: progress(done + 1, total + 1, text))
