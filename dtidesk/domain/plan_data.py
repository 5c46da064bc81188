"""Everything a plan's document and appendices print, read once from the file and handed to the exporters."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from .models import (
    Agency,
    Assessment,
    Directive,
    Framework,
    Plan,
    Project,
    Score,
    Target,
    Task,
    TaskGroup,
    Unit,
)
from .scores import ScoreTree


@dataclass(frozen=True)
class PlanData:
    """A plan with what hangs off it. The exporters read only this, so they never need the store."""

    agency: Agency
    plan: Plan
    units: Mapping[int, Unit]  # every unit of the file by id, inactive ones too (old tasks still name them)
    groups: tuple[TaskGroup, ...]  # the plan's task groups (I, 1, 1.1), in stored order
    tasks: tuple[Task, ...]
    targets: tuple[Target, ...]
    projects: tuple[Project, ...]
    directives: tuple[Directive, ...]  # the plan's own and those tied to no plan
    assessment: Assessment | None = None  # the assessment year the plan is built on
    # The assessment's framework; without an assessment, the framework of the first task's criterion.
    framework: Framework | None = None
    scores: Mapping[int, Score] = field(default_factory=dict)  # the assessment's, by indicator id (footnotes)
    tree: ScoreTree | None = None  # the framework's score tree, with the assessment's scores when there is one

    @property
    def score_notes(self) -> dict[int, str]:
        return {k: s.note for k, s in self.scores.items()}
