"""What a plan document was read as: a plain tree of groups, criteria and tasks, with line numbers."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal


@dataclass
class SourceLine:
    """One line of a text file, or one paragraph / table row of a .docx."""

    number: int
    text: str
    footnote_refs: list[str] = field(default_factory=list)  # markers found on the line ("1", "7")
    cells: list[str] | None = None  # a table row (tab-separated text or a docx table)


@dataclass
class PlanSource:
    """A document reduced to numbered lines and its footnotes (marker -> text)."""

    name: str
    lines: list[SourceLine]
    footnotes: dict[str, str] = field(default_factory=dict)
    footnote_lines: dict[str, int] = field(default_factory=dict)
    where: str = "dòng"  # how a position is named in messages: "dòng" (text) or "đoạn" (docx)


@dataclass
class ParsedTask:
    content: str
    line: int
    code: str = ""
    objective: str = ""
    output: str = ""
    lead_units: list[str] = field(default_factory=list)
    coop_units: list[str] = field(default_factory=list)
    units_note: str = ""
    # The unit lines as printed: the label ("Đơn vị, cá nhân thực hiện") and the value with its own separators
    # and wording, the final "." / ";" dropped. Matching reads the names above; the document prints these.
    lead_label: str = ""
    lead_written: str = ""
    coop_label: str = ""
    coop_written: str = ""
    timeline: str = ""
    has_fields: bool = False  # a unit or timeline line was read for it
    mixed_roles: bool = False  # a unit line named units of the other role: no line is printed as written


@dataclass
class ParsedCriterion:
    code: str
    name: str
    line: int
    max_score: Decimal | None = None
    appraised_score: Decimal | None = None  # "đạt a/b": the score that counts
    self_score: Decimal | None = None  # from a footnote "tự chấm …"
    deduction: Decimal | None = None  # as printed ("trừ 3,33 điểm")
    note: str = ""  # rest of the footnote ("thiếu tài liệu kiểm chứng")
    year: int | None = None
    footnotes: list[str] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)  # several things quoted under one number (“A”, “B”)
    tasks: list[ParsedTask] = field(default_factory=list)


@dataclass
class ParsedTarget:
    content: str
    line: int
    lead_units: list[str] = field(default_factory=list)
    monitor_units: list[str] = field(default_factory=list)


@dataclass
class ParsedProject:
    """A row of a projects appendix (seed 003, Phụ lục 2): budgets in triệu đồng as printed."""

    name: str
    line: int
    scale: str = ""
    timeframe: str = ""
    lead_units: list[str] = field(default_factory=list)
    budget_total: Decimal | None = None
    budget_state: Decimal | None = None
    budget_social: Decimal | None = None
    note: str = ""


@dataclass
class ParsedGroup:
    """A component index (chỉ số) of a criteria-driven plan, or an area heading of a grouped plan."""

    code: str
    name: str
    line: int
    scored: bool = False  # heading of the criteria-driven kind (with counts, scores or ranks)
    stated_count: int | None = None
    stated_score: Decimal | None = None
    stated_max: Decimal | None = None
    stated_deduction: Decimal | None = None
    rank: int | None = None
    rank_of: int | None = None
    year: int | None = None
    intro: str = ""
    footnotes: list[str] = field(default_factory=list)
    criteria: list[ParsedCriterion] = field(default_factory=list)
    children: list[ParsedGroup] = field(default_factory=list)
    tasks: list[ParsedTask] = field(default_factory=list)
    targets: list[ParsedTarget] = field(default_factory=list)

    def walk(self) -> list[ParsedGroup]:
        out = [self]
        for c in self.children:
            out += c.walk()
        return out


@dataclass
class Issue:
    line: int | None
    message: str


@dataclass
class ParsedPlan:
    source_name: str
    where: str = "dòng"
    title: str = ""
    year: int | None = None
    kind: str = "other"
    symbol: str = ""
    number: int | None = None
    issued_day: int | None = None
    issued_month: int | None = None
    issued_year: int | None = None
    place: str = ""
    header_lines: list[str] = field(default_factory=list)  # the agency block above the title, as printed
    legal_bases: list[str] = field(default_factory=list)
    preamble: str = ""
    sections: list[tuple[str, str, bool]] = field(default_factory=list)  # heading, body, generated
    recipients: list[str] = field(default_factory=list)
    signer_title: str = ""
    signing_authority: str = ""
    signer_name: str = ""
    groups: list[ParsedGroup] = field(default_factory=list)
    projects: list[ParsedProject] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    unrecognised: list[Issue] = field(default_factory=list)

    def all_groups(self) -> list[ParsedGroup]:
        return [g for top in self.groups for g in top.walk()]

    def criteria(self) -> list[ParsedCriterion]:
        return [c for g in self.all_groups() for c in g.criteria]

    def tasks(self) -> list[ParsedTask]:
        out: list[ParsedTask] = []
        for g in self.all_groups():
            out += g.tasks
            for c in g.criteria:
                out += c.tasks
        return out

    @property
    def assessment_year(self) -> int | None:
        """The year the scores belong to ("năm 2022 đạt …"): the most cited one."""
        years = [c.year for c in self.criteria() if c.year] + [g.year for g in self.all_groups() if g.year]
        if not years:
            return None
        return max(set(years), key=lambda y: (years.count(y), y))
