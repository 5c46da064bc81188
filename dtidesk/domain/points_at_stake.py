"""Points at stake (điểm có thể giành lại): which criteria lost most, and how much of it can still be won back.

One rule for the view, the export, roll-forward and section II of next year's plan:

- lost (điểm bị mất): the maximum minus the appraised score; where the criterion is not appraised yet, the
  maximum minus the self score, marked as such (basis "self"). A deduction row (a negative maximum, "Điểm trừ")
  loses the points it took: minus its score.
- recoverable (điểm có thể giành lại): what the council cut from the self score, self minus appraised when that
  is above 0. With evidence attached a request for review can argue it; without, next year's evidence can win it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from .scores import ScoreNode

BY = ("lost", "recoverable")
APPRAISED, SELF = "appraised", "self"
ZERO = Decimal(0)

# The definitions as printed under the table and shown by the command line (the window has its own, translated).
DEFINITION_LOST = ("Điểm bị mất = điểm tối đa − điểm thẩm định; tiêu chí chưa được thẩm định tính theo điểm tự "
                   "chấm (ghi rõ “chưa thẩm định”); dòng điểm trừ tính số điểm đã bị trừ.")
DEFINITION_RECOVERABLE = ("Điểm có thể giành lại = điểm tự chấm − điểm thẩm định (phần Hội đồng thẩm định cắt "
                          "giảm): có tài liệu kiểm chứng thì đề nghị xem xét lại được; chưa có thì bổ sung tài liệu "
                          "kiểm chứng để giành lại ở kỳ đánh giá sau.")


def _num(v: Decimal | None) -> float | int | None:
    if v is None:
        return None
    return int(v) if v == v.to_integral_value() else float(v)


def is_deduction_row(node: ScoreNode) -> bool:
    return node.kind == "criterion" and node.max_score is not None and node.max_score < 0


def points_lost(node: ScoreNode) -> tuple[Decimal | None, str]:
    """(points lost, basis): basis "appraised" or "self"; (None, "") when the criterion has no score at all."""
    if node.max_score is None:
        return None, ""
    score, basis = ((node.appraised_score, APPRAISED) if node.appraised_score is not None
                    else (node.self_score, SELF))
    if score is None:
        return None, ""
    if is_deduction_row(node):
        return max(-score, ZERO), basis
    return max(node.max_score - score, ZERO), basis


def points_cut(node: ScoreNode) -> Decimal:
    """What the council cut from the self score (self − appraised), 0 when it cut nothing or has not appraised."""
    if node.self_score is None or node.appraised_score is None:
        return ZERO
    return max(node.self_score - node.appraised_score, ZERO)


@dataclass(frozen=True)
class LinkedTask:
    """A task of that year's or next year's plan linked to the criterion (or to its counterpart there)."""

    plan_id: int
    plan_year: int
    code: str
    content: str
    status: str
    criterion_code: str  # the code the task is linked to, in its own plan's index version

    def as_dict(self) -> dict:
        return {"plan_id": self.plan_id, "plan_year": self.plan_year, "code": self.code or None,
                "content": self.content, "status": self.status, "criterion": self.criterion_code}


@dataclass
class StakeRow:
    indicator_id: int
    code: str
    name: str
    component: str | None  # the code of its component index
    position: int  # document order, the last tie-break
    max_score: Decimal | None
    self_score: Decimal | None
    appraised_score: Decimal | None
    lost: Decimal
    basis: str  # "appraised" | "self"
    recoverable_with_evidence: Decimal = ZERO
    recoverable_without_evidence: Decimal = ZERO
    evidence_count: int = 0
    deduction_row: bool = False
    tasks: list[LinkedTask] = field(default_factory=list)

    @property
    def recoverable(self) -> Decimal:
        return self.recoverable_with_evidence + self.recoverable_without_evidence

    @property
    def appraised(self) -> bool:
        return self.basis == APPRAISED

    def as_dict(self, rank: int) -> dict:
        return {
            "rank": rank, "code": self.code, "name": self.name, "component": self.component,
            "max_score": _num(self.max_score), "self_score": _num(self.self_score),
            "appraised_score": _num(self.appraised_score), "lost": _num(self.lost), "basis": self.basis,
            "recoverable": _num(self.recoverable),
            "recoverable_with_evidence": _num(self.recoverable_with_evidence),
            "recoverable_without_evidence": _num(self.recoverable_without_evidence),
            "evidence_count": self.evidence_count, "deduction_row": self.deduction_row,
            "tasks": [t.as_dict() for t in self.tasks],
        }


def stake_rows(criteria: Iterable[ScoreNode], evidence_counts: Mapping[int, int]) -> list[StakeRow]:
    """The criteria that lost points, in document order."""
    out = []
    for pos, n in enumerate(c for c in criteria if c.kind == "criterion"):
        lost, basis = points_lost(n)
        if lost is None or lost <= 0:
            continue
        cut = points_cut(n)
        count = evidence_counts.get(n.id, 0)
        out.append(StakeRow(n.id, n.code, n.name, n.parent, pos, n.max_score, n.self_score, n.appraised_score,
                            lost, basis, cut if count else ZERO, ZERO if count else cut, count,
                            is_deduction_row(n)))
    return out


def rank(rows: Iterable[StakeRow], by: str = "lost") -> list[StakeRow]:
    """Most points first; ties go to what can be won back (or, by recoverable, to what was lost), then to the
    document's order."""
    if by not in BY:
        raise ValueError(by)
    if by == "lost":
        return sorted(rows, key=lambda r: (-r.lost, -r.recoverable, r.position))
    return sorted(rows, key=lambda r: (-r.recoverable, -r.lost, r.position))


@dataclass(frozen=True)
class PlanRef:
    id: int
    year: int
    title: str


@dataclass
class PointsAtStake:
    framework_code: str
    framework_version: int
    framework_name: str
    year: int
    agency_name: str
    rows: list[StakeRow]  # document order
    plans: list[PlanRef] = field(default_factory=list)  # that year's and next year's, whose tasks are listed
    next_plan_source: int | None = None  # the plan "Lập kế hoạch năm sau…" rolls forward

    def ranked(self, by: str = "lost") -> list[StakeRow]:
        return rank(self.rows, by)

    def lost_in_appraisal(self) -> list[StakeRow]:
        """The criteria the appraisal took points from, most first: what next year's plan starts from."""
        return [r for r in self.ranked("lost") if r.appraised]

    @property
    def any_self_only(self) -> bool:
        return any(not r.appraised for r in self.rows)

    def totals(self) -> dict[str, Decimal]:
        return {
            "lost": sum((r.lost for r in self.rows), ZERO),
            "recoverable": sum((r.recoverable for r in self.rows), ZERO),
            "recoverable_with_evidence": sum((r.recoverable_with_evidence for r in self.rows), ZERO),
            "recoverable_without_evidence": sum((r.recoverable_without_evidence for r in self.rows), ZERO),
        }

    def as_dict(self, by: str = "lost") -> dict:
        return {
            "framework": self.framework_code, "framework_version": self.framework_version, "year": self.year,
            "by": by,
            "definitions": {"lost": DEFINITION_LOST, "recoverable": DEFINITION_RECOVERABLE},
            "plans": [{"id": p.id, "year": p.year, "title": p.title} for p in self.plans],
            "totals": {k: _num(v) for k, v in self.totals().items()},
            "criteria": [r.as_dict(i) for i, r in enumerate(self.ranked(by), start=1)],
        }
