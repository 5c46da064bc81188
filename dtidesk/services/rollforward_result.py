"""What "Tạo kế hoạch năm sau" did or would do: tasks kept and dropped, criteria that lost points, warnings."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal


def _num(v: Decimal | None) -> float | int | None:
    if v is None:
        return None
    return int(v) if v == v.to_integral_value() else float(v)


@dataclass
class RolledTask:
    """One task of the source plan and what becomes of it in the new plan."""

    source_id: int
    code: str
    content: str
    status: str
    old_timeline: str
    new_timeline: str
    due_date: date | None
    kept: bool
    reason: str = ""  # why it was left out
    old_criterion: str = ""
    new_criterion: str = ""
    content_changed: bool = False  # "năm 2023" in its text moved to the new year
    warning: str = ""

    def as_dict(self) -> dict:
        return {
            "source_id": self.source_id, "code": self.code, "content": self.content, "status": self.status,
            "old_timeline": self.old_timeline, "new_timeline": self.new_timeline,
            "due_date": self.due_date.isoformat() if self.due_date else None, "kept": self.kept,
            "reason": self.reason or None, "old_criterion": self.old_criterion or None,
            "new_criterion": self.new_criterion or None, "content_changed": self.content_changed,
            "warning": self.warning or None,
        }


@dataclass
class FlaggedCriterion:
    """A criterion that lost points in the latest assessment, with where it sits in the new plan."""

    code: str
    name: str
    max_score: Decimal | None
    self_score: Decimal | None
    appraised_score: Decimal | None
    deduction: Decimal
    new_code: str  # the criterion in the new plan's framework ("" when it has no counterpart)
    task_count: int  # tasks of the new plan linked to it

    def as_dict(self) -> dict:
        return {"code": self.code, "name": self.name, "max_score": _num(self.max_score),
                "self_score": _num(self.self_score), "appraised_score": _num(self.appraised_score),
                "deduction": _num(self.deduction), "new_code": self.new_code or None,
                "task_count": self.task_count}


@dataclass
class RollForwardResult:
    source_plan_id: int
    source_year: int
    year: int
    kind: str
    title: str
    plan_id: int | None = None  # None for a preview
    framework: str = ""  # "CODE/version" of the new plan's criteria, "" for a plan without criteria
    assessment_year: int | None = None  # the latest assessment the new plan prints its scores from
    tasks: list[RolledTask] = field(default_factory=list)
    flagged: list[FlaggedCriterion] = field(default_factory=list)  # most points lost first (points_at_stake)
    unmapped: list[str] = field(default_factory=list)  # criteria of tasks with no counterpart
    groups: int = 0
    targets: int = 0
    projects: int = 0
    projects_dropped: list[str] = field(default_factory=list)
    phrases_refreshed: int = 0
    warnings: list[str] = field(default_factory=list)

    @property
    def kept(self) -> list[RolledTask]:
        return [t for t in self.tasks if t.kept]

    @property
    def dropped(self) -> list[RolledTask]:
        return [t for t in self.tasks if not t.kept]

    def as_dict(self) -> dict:
        return {
            "source_plan_id": self.source_plan_id, "source_year": self.source_year, "year": self.year,
            "kind": self.kind, "title": self.title, "plan_id": self.plan_id,
            "framework": self.framework or None, "assessment_year": self.assessment_year,
            "counts": {"tasks": len(self.kept), "dropped": len(self.dropped), "groups": self.groups,
                       "targets": self.targets, "projects": self.projects},
            "tasks": [t.as_dict() for t in self.tasks],
            "flagged": [f.as_dict() for f in self.flagged],
            "unmapped": self.unmapped, "projects_dropped": self.projects_dropped,
            "phrases_refreshed": self.phrases_refreshed, "warnings": self.warnings,
        }
