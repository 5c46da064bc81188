"""Everything a plan's document and appendices print, read once from the file and handed to the exporters."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from .dashboards import ScoreTrends
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
from .points_at_stake import StakeRow
from .scores import ScoreTree
from .vnformat import roman

# The order in which a plan's body cites its appendices, and so their numbers.
APPENDIX_ORDER = ("scores", "targets", "tasks", "projects", "directives")


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
    number_style: str = "mixed"  # numbers below 10 in section II's headings (domain.heading_numbers)
    # The criteria the assessment took points from, most points first (domain.points_at_stake): section II
    # names them in that order before going through the indices.
    lost: tuple[StakeRow, ...] = ()
    # The index's component indices over the years up to the assessment's, across its versions (issue 18):
    # section II opens with them as a figure.
    trends: ScoreTrends | None = None

    @property
    def score_notes(self) -> dict[int, str]:
        return {k: s.note for k, s in self.scores.items()}

    @property
    def appendices(self) -> tuple[str, ...]:
        """The appendices the plan's document carries (every table it has data for), in the order its body
        cites them and they are numbered: the result first, then targets, tasks, projects, directives."""
        has = {"scores": None not in (self.assessment, self.framework, self.tree), "targets": bool(self.targets),
               "tasks": bool(self.tasks), "projects": bool(self.projects), "directives": bool(self.directives)}
        return tuple(k for k in APPENDIX_ORDER if has[k])

    def appendix_label(self, kind: str, numbering: str = "roman") -> str:
        """NĐ 30: a single appendix is "Phụ lục"; two or more are numbered, Roman by default ("Phụ lục I",
        "II", … with no gap); `numbering` "arabic" gives "Phụ lục 1", "arabic2" "Phụ lục 01" (seeds 003, 004).
        A table the document does not carry (no data) comes after those it does."""
        kinds = list(self.appendices)
        kinds += [] if kind in kinds else [kind]
        if len(kinds) == 1:
            return "Phụ lục"
        n = kinds.index(kind) + 1
        return f"Phụ lục {roman(n) if numbering == 'roman' else f'{n:02d}' if numbering == 'arabic2' else n}"
