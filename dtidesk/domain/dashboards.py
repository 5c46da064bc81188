"""Dashboards as data (issue 18): score trends across years and index versions, task progress by unit and by
criterion, and which units have sent each form for each period. Services fill these; the window and the
exports draw them (domain.charts turns them into figures)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from .periods import Period
from .scores import percent_of

SENT, MISSING, NOT_DUE = "sent", "missing", "not_due"
FORM_STATES = (SENT, MISSING, NOT_DUE)
FORM_STATE_LABELS = {SENT: "Đã gửi", MISSING: "Chưa gửi", NOT_DUE: "Chưa đến kỳ"}


@dataclass(frozen=True)
class TrendPoint:
    """One year of a component index (or of the total) as that year's index version numbered and scored it."""

    year: int
    version: int  # the index version's year
    code: str
    name: str
    max_score: Decimal | None
    score: Decimal | None  # the appraised score, else the self score
    appraised: bool  # whether `score` is the appraised one

    @property
    def percent(self) -> Decimal | None:
        """Percent of that year's maximum: the maxima change between versions, points would not compare."""
        return percent_of(self.score, self.max_score)


@dataclass(frozen=True)
class TrendLine:
    """A component index over the years, followed through renaming and renumbering between versions."""

    key: str  # stable within one ScoreTrends
    code: str  # as the latest version numbers it
    name: str
    points: tuple[TrendPoint, ...]  # oldest first, one per year it was scored
    total: bool = False

    @property
    def label(self) -> str:
        return self.name if self.total else f"{self.code}. {self.name}"

    def at(self, year: int) -> TrendPoint | None:
        return next((p for p in self.points if p.year == year), None)

    @property
    def former(self) -> tuple[str, ...]:
        """Earlier codes or names it had (“2. Hạ tầng số”), oldest first, without repeats."""
        out: list[str] = []
        for p in self.points if not self.total else ():
            text = f"{p.code}. {p.name}"
            if (p.code, p.name) != (self.code, self.name) and text not in out:
                out.append(text)
        return tuple(out)


@dataclass(frozen=True)
class ScoreTrends:
    code: str  # the index's code, shared by its versions
    name: str  # the latest version's name
    years: tuple[int, ...]  # assessed years, oldest first
    lines: tuple[TrendLine, ...]  # component indices in the latest version's order, the total last

    @property
    def indices(self) -> tuple[TrendLine, ...]:
        return tuple(x for x in self.lines if not x.total)

    @property
    def total(self) -> TrendLine | None:
        return next((x for x in self.lines if x.total), None)


@dataclass(frozen=True)
class ProgressRow:
    """Task outcomes of one unit, criterion or component index (domain.status.summarise counts)."""

    label: str
    counts: Mapping[str, int]
    code: str = ""
    parent: str = ""  # a criterion's component index code


@dataclass(frozen=True)
class TaskProgress:
    plan_id: int
    plan_title: str
    year: int
    as_of: dt.date
    overall: Mapping[str, int]
    by_unit: tuple[ProgressRow, ...]  # lead units in the file's order; tasks without one last
    by_index: tuple[ProgressRow, ...]  # component indices of a DTI plan, top task groups of another
    by_criterion: tuple[ProgressRow, ...]  # criteria with tasks, in index order


@dataclass(frozen=True)
class FormUnitRow:
    unit: str
    states: tuple[str, ...]  # per period of FormCompletion.periods: SENT, MISSING or NOT_DUE
    sent_on: tuple[dt.date | None, ...]

    def count(self, state: str) -> int:
        return sum(s == state for s in self.states)


@dataclass(frozen=True)
class FormCompletion:
    """Which units sent the form's figures for each period of a year."""

    form_id: int
    code: str
    title: str
    year: int
    periods: tuple[Period, ...]
    rows: tuple[FormUnitRow, ...]

    def count(self, period: Period, state: str) -> int:
        i = self.periods.index(period)
        return sum(r.states[i] == state for r in self.rows)


@dataclass(frozen=True)
class Dashboard:
    """Everything the Overview tab shows, read in one go."""

    codes: tuple[tuple[str, str], ...]  # (code, name) of every index with an assessment
    trends: ScoreTrends | None
    progress: TaskProgress | None
    forms: tuple[FormCompletion, ...]

    @property
    def row_count(self) -> int:
        """Rows of data on screen: what the speed bench compares with a bare table of as many rows."""
        trend = sum(len(x.points) for x in self.trends.lines) if self.trends else 0
        progress = self.progress
        tasks = len(progress.by_unit) + len(progress.by_index) + len(progress.by_criterion) if progress else 0
        return trend + tasks + sum(len(f.rows) for f in self.forms)
