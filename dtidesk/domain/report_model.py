"""The periodic report as data (services gather it, exporters lay it out) and the wording both of them share."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Protocol

from .forms import FormFinding, FormRow, StoredForm, Value, display
from .models import Agency, Directive, Plan, Task, Unit
from .periods import Period
from .status import TaskStatus, outcome
from .text import fold
from .vnformat import fmt_date_padded


@dataclass(frozen=True)
class CchcArea:
    """One of the seven areas a CCHC report is written by (seed 004 II.1–7; the seven sections of the
    statistics form, Phụ lục 02): its number, the title the report prints, and the words that put a plan's
    task group in it (folded: lower case, no diacritics, matched as whole words)."""

    number: int
    title: str
    words: tuple[str, ...]


CCHC_AREAS = (
    CchcArea(1, "Công tác chỉ đạo, điều hành", ("chi dao", "dieu hanh", "tuyen truyen", "kiem tra")),
    CchcArea(2, "Cải cách thể chế", ("the che", "quy pham phap luat", "qppl", "thi hanh phap luat")),
    CchcArea(3, "Cải cách thủ tục hành chính, thực hiện cơ chế một cửa, một cửa liên thông",
             ("thu tuc hanh chinh", "tthc", "mot cua", "phan anh kien nghi")),
    CchcArea(4, "Cải cách tổ chức bộ máy hành chính nhà nước", ("bo may", "to chuc bo may")),
    CchcArea(5, "Cải cách chế độ công vụ", ("cong vu", "cong chuc", "vien chuc", "can bo")),
    CchcArea(6, "Cải cách tài chính công", ("tai chinh", "dau tu cong", "tu chu")),
    CchcArea(7, "Xây dựng và phát triển Chính phủ điện tử, Chính phủ số",
             ("dien tu", "chinh quyen so", "chinh phu so", "chuyen doi so", "hien dai hoa", "cong nghe thong tin",
              "so hoa", "truc tuyen")),
)
# A group title is tested against the most specific areas first: "Cải cách TTHC" is area 3 although a
# one-stop group may also speak of "cán bộ" (area 5), and area 1's words are the most general.
_AREA_ORDER = (3, 2, 4, 5, 6, 7, 1)


def cchc_area_of(title: str) -> int | None:
    """The CCHC area (1–7) a task group's title belongs to, None when no area's words are in it."""
    folded = f" {re.sub(r'[^a-z0-9]+', ' ', fold(title))} "
    for n in _AREA_ORDER:
        if any(f" {w} " in folded for w in CCHC_AREAS[n - 1].words):
            return n
    return None


# The paragraphs an officer writes in a periodic report (đề cương of 581/BNV-CCHC), every kind of plan's
# blocks in print order; a CCHC report adds one block per area (report_blocks).
REPORT_BLOCKS = {
    "results": "Kết quả đạt được",
    **{f"area_{a.number}": a.title for a in CCHC_AREAS},
    "positives": "Mặt tích cực",
    "shortcomings": "Tồn tại, hạn chế",
    "causes": "Nguyên nhân",
    "next_tasks": "Phương hướng, nhiệm vụ kỳ tới",
    "proposals": "Đề xuất, kiến nghị",
}


def report_blocks(kind: str) -> dict[str, str]:
    """The blocks a plan's report prints, in order: a CCHC report is written by area (seed 004 II.1–7)."""
    return {k: v for k, v in REPORT_BLOCKS.items() if kind == "cchc" or not k.startswith("area_")}


class FigureValues(Protocol):
    """A form's figures for the period (services.forms.FormValues): what the report quotes reads only this."""

    def value(self, code: str) -> Value | None: ...


@dataclass(frozen=True)
class UnitProgress:
    unit: Unit | None  # None: tasks with no lead unit yet
    counts: dict[str, int]  # status.summarise: every outcome and "planned"


@dataclass(frozen=True)
class FormFigures:
    form: StoredForm
    values: FigureValues  # the agency's (consolidated) figures
    findings: list[FormFinding]
    missing_units: list[Unit]


@dataclass(frozen=True)
class AreaProgress:
    code: str  # "I", "1"; "" for tasks outside every area
    title: str  # task group title, or component index name for a DTI plan
    counts: dict[str, int]
    task_ids: tuple[int, ...] = ()  # in plan order


@dataclass(frozen=True)
class TableFigures:
    form: StoredForm
    rows: list[dict]  # as printed: complete_table (total, groups, numbering)
    findings: list[FormFinding]


def status_on(task: Task, as_of: dt.date) -> tuple[str, dt.date | None, dt.date | None]:
    """The task's (status, due, completed) as the report's date saw it."""
    # A task finished after the cut-off was still open on the report's date.
    if task.status == TaskStatus.DONE and task.completed_on and task.completed_on > as_of:
        return TaskStatus.IN_PROGRESS, task.due_date, None
    return task.status, task.due_date, task.completed_on


@dataclass
class ReportModel:
    """Everything a periodic report prints, as data."""

    plan: Plan
    agency: Agency
    year: int
    period: Period
    title: str  # "6 tháng đầu năm 2022"
    cutoff: tuple[dt.date, dt.date]
    as_of: dt.date
    tasks: list[Task]
    progress: dict[str, int]
    by_unit: list[UnitProgress]
    directives: list[Directive]
    forms: list[FormFigures]
    texts: dict[str, str] = field(default_factory=dict)
    block_labels: dict[str, str] = field(default_factory=lambda: dict(REPORT_BLOCKS))
    by_area: list[AreaProgress] = field(default_factory=list)  # in plan order
    tables: list[TableFigures] = field(default_factory=list)  # table forms with rows for the period
    units: dict[int, Unit] = field(default_factory=dict)
    plan_counts: dict[str, int] = field(default_factory=dict)  # every task of the plan, as of the report date

    def outcome(self, task: Task) -> str:
        """The task's outcome on the report's date (domain.status.OUTCOMES)."""
        return outcome(*status_on(task, self.as_of), self.as_of)


# -- wording shared by the printed report and its JSON summary ---------------------------------------
_SUBJECTS = {
    "cchc": "công tác cải cách hành chính",
    "digital": "công tác chuyển đổi số",
    "dti": "nhiệm vụ nâng cao Chỉ số chuyển đổi số (DTI)",
}
_NEXT = {Period.Q1: "quý II năm {y}", Period.H1: "6 tháng cuối năm {y}", Period.M9: "quý IV năm {y}"}
_PLAN_PREFIX = re.compile(r"^(\[[^\]]*\]\s*)?(kế hoạch\s+)?", re.IGNORECASE)


def plan_name(plan: Plan) -> str:
    """“Cải cách hành chính năm 2024” of “[Dữ liệu mẫu] Kế hoạch cải cách hành chính năm 2024”."""
    name = _PLAN_PREFIX.sub("", plan.title.strip())
    return name[:1].upper() + name[1:]


def report_subject(plan: Plan) -> str:
    """What the report is about, inside a sentence: “công tác cải cách hành chính”."""
    return _SUBJECTS.get(plan.kind) or f"Kế hoạch “{plan_name(plan)}”"


def period_phrase(m: ReportModel) -> str:
    """“6 tháng đầu năm 2024”; an ad hoc report covers the year to its date."""
    if m.period is Period.ADHOC:
        return f"năm {m.year} (tính đến ngày {fmt_date_padded(m.as_of)})"
    return m.title


def next_phrase(m: ReportModel) -> str:
    """The period the “phương hướng, nhiệm vụ” section looks at: “6 tháng cuối năm 2024”."""
    if m.period is Period.Y:
        return f"năm {m.year + 1}"
    return _NEXT[m.period].format(y=m.year) if m.period in _NEXT else "thời gian tới"


def report_title(m: ReportModel) -> str:
    """The trích yếu under “BÁO CÁO” (seed 004: “Công tác cải cách hành chính 6 tháng đầu năm 2022,
    phương hướng, nhiệm vụ 6 tháng cuối năm 2022”)."""
    return f"Kết quả thực hiện {report_subject(m.plan)} {period_phrase(m)}, phương hướng, nhiệm vụ {next_phrase(m)}"


def done_count(counts: dict[str, int]) -> int:
    return counts["done_on_time"] + counts["done_late"] + counts["done"]


def key_figures(f: FormFigures, limit: int = 12) -> list[tuple[FormRow, Value]]:
    """The figures a report quotes from a form: its ratios and its headline rows (code up to two levels)
    that hold a value, in form order."""
    out = []
    for row in f.form.template.rows:
        value = f.values.value(row.code)
        if row.type != "group" and value is not None and (row.computed or row.level <= 1):
            out.append((row, value))
    return out[:limit]


def figure_text(row: FormRow, value: Value) -> str:
    """“33,33%”, “2 văn bản”, “Hoàn thành” — a figure as a sentence quotes it."""
    if row.type == "choice":
        return next((c.label for c in row.choices if c.value == value), str(value))
    shown = display(row, value)
    unit = row.unit.strip()
    if row.type == "percent" or not unit or unit == "%":
        return shown
    return f"{shown} {unit[:1].lower() + unit[1:]}"
