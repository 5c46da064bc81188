"""Plain dataclasses for the concepts of the glossary; the store returns these."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from .methods import MANUAL, Method


@dataclass
class Agency:
    parent_agency: str = ""
    parent_agency_short: str = ""
    agency: str = ""
    agency_name: str = ""
    short_code: str = ""
    place: str = ""
    head_title: str = "GIÁM ĐỐC"
    deputy_title: str = "PHÓ GIÁM ĐỐC"
    head_name: str = ""
    deputy_name: str = ""
    default_recipients: list[str] = field(default_factory=list)


UNIT_KINDS = ("office", "unit", "public_service", "outside", "collective")


@dataclass
class Unit:
    id: int
    name: str
    short_name: str = ""
    kind: str = "unit"
    position: int = 0
    active: bool = True
    aliases: list[str] = field(default_factory=list)  # other spellings it answers to ("P. CDS")


FRAMEWORK_KINDS = ("DTI", "PAR", "other")


@dataclass
class RatingBand:
    min_percent: Decimal
    rating: str


@dataclass
class Framework:
    id: int
    code: str
    version_year: int
    name: str
    kind: str = "DTI"
    decision: str = ""
    province: str = ""
    note: str = ""
    rating_bands: list[RatingBand] = field(default_factory=list)
    level: str = ""  # "so" (sở, ban, ngành), "huyen" (district), "" (not stated)
    decision_date: date | None = None
    source: str = ""  # the file the version was read from
    period: dict = field(default_factory=dict)  # the assessment period it states (domain.periods.assessment_period)


@dataclass
class Indicator:
    id: int
    framework_id: int
    parent_id: int | None
    code: str
    name: str
    kind: str  # "group" | "criterion"
    max_score: Decimal | None
    position: int
    scoring_note: str = ""  # the scoring method in the document's words
    evidence_hint: str = ""  # the evidence the decision requires
    method: Method = MANUAL  # the method as data (domain.methods), computed from the officer's inputs
    source_line: str = ""  # where in the document it was read ("dòng 12")
    stated_max: Decimal | None = None  # a group's maximum as the decision states it (its criteria may differ)


@dataclass
class Assessment:
    id: int
    framework_id: int
    year: int
    decision: str = ""
    rank: int | None = None
    rank_of: int | None = None
    rating: str = ""
    note: str = ""


@dataclass
class Score:
    indicator_id: int
    self_score: Decimal | None = None
    appraised_score: Decimal | None = None
    note: str = ""
    inputs: list[str] = field(default_factory=list)  # the officer's inputs to the method, as typed
    computed: Decimal | None = None  # what the method gave from them
    override_reason: str = ""  # why self_score differs from `computed`, when the officer typed it
    explanation: str = ""  # giải trình: the officer's explanation where evidence is missing


@dataclass
class Evidence:
    id: int
    assessment_id: int
    indicator_id: int
    title: str
    doc_number: str = ""
    doc_date: date | None = None
    location: str = ""  # a note of where the paper copy is kept (files attached are in `blob`)
    position: int = 0
    issuer: str = ""  # cơ quan ban hành
    file_name: str = ""  # the attached file's name as it was
    blob: str | None = None  # sha256 of the attached file's bytes, kept in the agency file
    size: int | None = None
    also_criteria: list[int] = field(default_factory=list)  # other criteria this item supports


PLAN_KINDS = ("dti", "digital", "cchc", "other")


@dataclass
class PlanSection:
    heading: str
    body: str = ""
    generated: bool = False


@dataclass
class Plan:
    id: int
    kind: str
    year: int
    title: str
    number: int | None = None
    symbol: str = ""
    issued_day: int | None = None
    issued_month: int | None = None
    issued_year: int | None = None
    legal_bases: list[str] = field(default_factory=list)
    preamble: str = ""
    sections: list[PlanSection] = field(default_factory=list)
    indicator_intros: dict[str, str] = field(default_factory=dict)  # group code -> lead-in paragraph
    recipients: list[str] = field(default_factory=list)
    signing_authority: str = ""
    signer_title: str = ""
    signer_name: str = ""
    assessment_id: int | None = None
    reporting: dict[str, str] = field(default_factory=dict)
    sample_note: str = ""


@dataclass
class TaskGroup:
    id: int
    plan_id: int
    parent_id: int | None
    code: str
    title: str
    position: int


@dataclass
class Task:
    id: int
    plan_id: int
    content: str
    group_id: int | None = None
    criterion_id: int | None = None
    target_id: int | None = None
    position: int = 0
    code: str = ""
    objective: str = ""
    output: str = ""
    lead_unit_ids: list[int] = field(default_factory=list)
    coop_unit_ids: list[int] = field(default_factory=list)
    units_note: str = ""
    # The unit lines as the plan wrote them (an imported document, the demo): the role label ("Đơn vị, cá nhân
    # thực hiện") and the units with their own separators and wording. The ids above are for matching and
    # lists; the document prints these words while they still describe those units ('' = print from the ids).
    lead_label: str = ""
    lead_written: str = ""
    coop_label: str = ""
    coop_written: str = ""
    timeline: str = ""
    due_date: date | None = None
    status: str = "not_started"
    completed_on: date | None = None
    result: str = ""
    progress: dict[tuple[int, str], str] = field(default_factory=dict)  # (year, period) -> note
    directive_ids: list[int] = field(default_factory=list)  # the directives that gave rise to the task


@dataclass
class Target:
    id: int
    plan_id: int
    content: str
    group_id: int | None = None
    position: int = 0
    code: str = ""
    comparison: str = ""  # ">=", ">", "<=", "<", "="
    threshold: Decimal | None = None
    unit_of_measure: str = ""
    lead_unit_id: int | None = None
    monitor_unit_id: int | None = None
    note: str = ""


@dataclass
class TargetValue:
    """A target's figures for one reporting period: planned (the period's milestone) and achieved."""

    year: int
    period: str  # Q1, H1, M9, Y, ADHOC
    planned: Decimal | None = None
    achieved: Decimal | None = None
    note: str = ""


@dataclass
class Project:
    id: int
    plan_id: int
    name: str
    position: int = 0
    scale: str = ""
    timeframe: str = ""
    lead_unit_id: int | None = None
    budget_total: Decimal | None = None
    budget_state: Decimal | None = None
    budget_social: Decimal | None = None
    note: str = ""
    budget_other: Decimal | None = None  # other sources beside the state budget and xã hội hóa
    disbursed: Decimal | None = None  # million đồng disbursed so far
    status: str = "not_started"


@dataclass
class Directive:
    id: int
    doc_type: str
    number_symbol: str
    issued_on: date | None
    summary: str
    issuer: str = ""
    plan_id: int | None = None
    note: str = ""
