"""Undo of “Nhập kế hoạch từ văn bản”: what one import created is removed, what it overwrote comes back."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..domain.models import Score
from ..store import AgencyFile
from .changes import Changes

CHANGED = ("plans", "task_groups", "tasks", "task_units", "units", "unit_aliases", "targets", "projects",
           "frameworks", "indicators", "assessments", "scores", "group_results")


@dataclass
class PlanImportRecord:
    """What one plan import wrote: the new plan (its groups, tasks and targets go with it), the units,
    framework and assessment it created, and the scores and ranks it replaced in an existing assessment."""

    plan_id: int = 0
    title: str = ""
    units: list[int] = field(default_factory=list)
    aliases: list[int] = field(default_factory=list)  # spellings remembered for units of the file
    framework_id: int | None = None  # created by the import (its indicators go with it)
    assessment_id: int | None = None
    assessment_created: bool = False
    old_scores: dict[int, Score | None] = field(default_factory=dict)  # indicator id → before (None: none)
    old_ranks: dict[int, tuple[int | None, int | None] | None] = field(default_factory=dict)
    rank_of_set: bool = False  # the assessment's "of N agencies" was blank and filled from the document


def undo_plan_import(af: AgencyFile, record: PlanImportRecord) -> Changes:
    """Remove the imported plan and everything the import added; restore the scores and ranks it replaced."""
    r = af.repo
    with af.transaction():
        r.plans.delete(record.plan_id)  # groups, tasks, their units and targets follow (ON DELETE CASCADE)
        aid = record.assessment_id
        if aid is not None and record.assessment_created:
            r.assessments.delete(aid)  # its scores and group ranks follow
        elif aid is not None:
            for iid, old in record.old_scores.items():
                if old is None:
                    r.assessments.delete_score(aid, iid)
                else:
                    r.assessments.set_score(aid, iid, old.self_score, old.appraised_score, old.note)
            for iid, rank in record.old_ranks.items():
                if rank is None:
                    r.assessments.delete_group_rank(aid, iid)
                else:
                    r.assessments.set_group_rank(aid, iid, *rank)
            if record.rank_of_set:
                r.assessments.update(aid, rank_of=None)
        fid = record.framework_id
        # A framework or unit the officer has since used elsewhere is kept: removing it would lose that work.
        if fid is not None and not any(a.framework_id == fid for a in r.assessments.all()):
            r.frameworks.delete(fid)
        r.units.delete_aliases(record.aliases)
        for uid in reversed(record.units):
            if r.units.get(uid) is not None and r.units.usage_count(uid) == 0:
                r.units.delete(uid)
        r.log.add("undo_import_plan", "plans", record.plan_id, record.title[:80])
    return Changes.of(*CHANGED, summary=f"Đã hoàn tác nhập kế hoạch “{record.title}”")
