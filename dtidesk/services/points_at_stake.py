"""Use case “Điểm có thể giành lại”: a year's criteria ranked by points lost and points recoverable, each with
the tasks of that year's and next year's plans already linked to it; its PDF and Excel export."""

from __future__ import annotations

from pathlib import Path

from ..domain.models import Assessment, Framework, Indicator, Plan
from ..domain.points_at_stake import BY, LinkedTask, PlanRef, PointsAtStake, stake_rows
from ..domain.progress import Progress, no_progress
from ..errors import NotFound, ValidationError
from ..exporters.atomic import write_atomically
from ..store import AgencyFile
from .framework_map import counterparts
from .scoring import find_framework, score_tree

FORMATS = ("pdf", "xlsx")


def _same_index(af: AgencyFile, fw: Framework) -> set[int]:
    """Ids of every version of the index (its criteria may be linked from any of them)."""
    return {f.id for f in af.repo.frameworks.all() if f.code == fw.code}


def _plans(af: AgencyFile, year: int) -> list[Plan]:
    """That year's and next year's plans."""
    return sorted((p for p in af.repo.plans.all() if p.year in (year, year + 1)), key=lambda p: (p.year, p.id))


def _next_plan_source(af: AgencyFile, fw: Framework, year: int) -> int | None:
    """The plan roll-forward turns into next year's: the newest plan up to next year that rests on this index
    (its assessment, or its tasks' criteria)."""
    versions = _same_index(af, fw)
    on_index = {a.id for a in af.repo.assessments.all() if a.framework_id in versions}
    best: Plan | None = None
    for p in af.repo.plans.all():
        if p.year > year + 1:
            continue
        tied = p.assessment_id in on_index
        if not tied:
            for t in af.repo.tasks.for_plan(p.id):
                ind = af.repo.frameworks.indicator(t.criterion_id) if t.criterion_id else None
                if ind is not None and ind.framework_id in versions:
                    tied = True
                    break
        if tied and (best is None or (p.year, p.id) > (best.year, best.id)):
            best = p
    return best.id if best else None


def stake_of(af: AgencyFile, fw: Framework, assessment: Assessment, with_tasks: bool = True) -> PointsAtStake:
    """The ranking of one assessment (reads only). Roll-forward and the plan document call it without tasks."""
    tree = score_tree(af, fw, assessment)
    rows = stake_rows(tree.criteria, af.repo.assessments.evidence_counts(assessment.id))
    agency = af.repo.agency.get()
    out = PointsAtStake(fw.code, fw.version_year, fw.name, assessment.year, agency.agency_name or agency.agency,
                        rows)
    if not with_tasks:
        return out
    plans = _plans(af, assessment.year)
    out.plans = [PlanRef(p.id, p.year, p.title) for p in plans]
    out.next_plan_source = _next_plan_source(af, fw, assessment.year)
    found: dict[int, Indicator | None] = {}
    # A task linked in another version of the index belongs to the row whose counterpart it names.
    links: dict[tuple[int, int], set[int]] = {}
    for p in plans:
        for t in af.repo.tasks.for_plan(p.id):
            if not t.criterion_id:
                continue
            if t.criterion_id not in found:
                found[t.criterion_id] = af.repo.frameworks.indicator(t.criterion_id)
            ind = found[t.criterion_id]
            if ind is None:
                continue
            for r in rows:
                key = (r.indicator_id, ind.framework_id)
                if key not in links:
                    links[key] = {i.id for i in counterparts(af, r.indicator_id, ind.framework_id)}
                if ind.id in links[key]:
                    r.tasks.append(LinkedTask(p.id, p.year, t.code, t.content, t.status, ind.code))
    return out


def points_at_stake(af: AgencyFile, year: int, framework_code: str | None = None) -> PointsAtStake:
    """User action “Điểm có thể giành lại…”: NotFound when the year has no assessment."""
    fw = find_framework(af, framework_code, year)
    a = af.repo.assessments.find(fw.id, year)
    if a is None:
        raise NotFound(f"Chưa có kết quả đánh giá năm {year} của bộ chỉ số {fw.code}.")
    return stake_of(af, fw, a)


def check_by(by: str) -> str:
    if by not in BY:
        raise ValidationError(f"Xếp theo “{by}” không có: chọn lost (điểm bị mất) hoặc recoverable (điểm có thể "
                              "giành lại).", "Xếp theo")
    return by


def export_points(af: AgencyFile, year: int, fmt: str, out_path: Path | str, *, framework_code: str | None = None,
                  by: str = "lost", progress: Progress = no_progress) -> Path:
    """Write the ranked table as PDF or Excel (landscape, totals), atomically; returns the path written."""
    if fmt not in FORMATS:
        raise ValidationError(f"Không xuất bảng điểm có thể giành lại dưới dạng “{fmt}”: chỉ xuất được pdf, xlsx.",
                              "Định dạng")
    check_by(by)
    progress(0, 2, "Đang đọc kết quả đánh giá…")
    stake = points_at_stake(af, year, framework_code)
    progress(1, 2, "Đang tạo tệp…")
    from ..exporters.points_at_stake import write_points_pdf, write_points_xlsx

    write = write_points_pdf if fmt == "pdf" else write_points_xlsx
    return write_atomically(out_path, f".{fmt}", lambda tmp: (write(stake, by, tmp), progress(2, 2, "")))
