"""An index as read from a province's decision, before it is written: components, criteria, methods and
what did not add up, each with the line of the document it came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from .methods import MANUAL, Method
from .models import RatingBand


@dataclass
class DraftNode:
    code: str
    name: str
    max_score: Decimal | None  # as stated; for a group, None when the document states none
    line: int
    method_text: str = ""
    evidence: str = ""
    deduction: bool = False  # a deduction row: its maximum is negative and does not count towards the total
    children: list[DraftNode] = field(default_factory=list)
    method: Method = MANUAL

    @property
    def kind(self) -> str:
        return "group" if self.children else "criterion"

    def leaves(self) -> list[DraftNode]:
        if not self.children:
            return [self]
        out: list[DraftNode] = []
        for c in self.children:
            out.extend(c.leaves())
        return out

    def walk(self) -> list[DraftNode]:
        out = [self]
        for c in self.children:
            out.extend(c.walk())
        return out

    def counted_max(self) -> Decimal | None:
        """The maximum it adds to its parent: a criterion's own, a group's stated one or else its children's;
        deductions add nothing."""
        if self.deduction:
            return None
        if not self.children:
            return self.max_score
        if self.max_score is not None:
            return self.max_score
        return children_max(self.children)


def children_max(children: list[DraftNode]) -> Decimal | None:
    values = [c.counted_max() for c in children]
    present = [v for v in values if v is not None]
    return sum(present, Decimal(0)) if present else None


@dataclass(frozen=True)
class DraftIssue:
    line: int  # 0 when it concerns the whole document
    message: str


@dataclass
class IndexDraft:
    """What `import-index` shows before writing and writes on confirmation."""

    source: str
    where: str = "dòng"  # how a line is named: "dòng" (text, Excel) or "đoạn" (Word)
    name: str = ""
    decision: str = ""  # "742/QĐ-UBND"
    decision_date: date | None = None
    province: str = ""
    level: str = ""  # "so" | "huyen" | ""
    year: int | None = None
    kind: str = "DTI"  # "DTI" | "PAR" | "other"
    components: list[DraftNode] = field(default_factory=list)
    total_stated: Decimal | None = None
    total_line: int = 0
    rating_bands: list[RatingBand] = field(default_factory=list)
    issues: list[DraftIssue] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # text after the table, kept for the officer
    period: dict = field(default_factory=dict)  # the assessment period it states (domain.periods)

    @property
    def total_max(self) -> Decimal | None:
        return children_max(self.components)

    def criteria(self) -> list[DraftNode]:
        out: list[DraftNode] = []
        for c in self.components:
            out.extend(c.leaves())
        return out

    def nodes(self) -> list[DraftNode]:
        out: list[DraftNode] = []
        for c in self.components:
            out.extend(c.walk())
        return out
