"""A score table in a plan ("STT | Tiêu chí | Điểm tối đa | Điểm đạt | Nhiệm vụ | Chủ trì | Thời gian"): indices and criteria."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from .plan_grammar import number, roman_value, sentence_case
from .plan_model import Issue, ParsedCriterion, ParsedGroup, ParsedPlan, ParsedTask

_ROMAN = re.compile(r"[IVX]{1,5}")
_CODE = re.compile(r"\d{1,2}(?:\.\d{1,2})*[a-zđ]?")


@dataclass
class _Row:
    code: str
    name: str
    line: int
    max_score: Decimal | None
    score: Decimal | None
    self_score: Decimal | None
    deduction: Decimal | None
    tasks: list[ParsedTask] = field(default_factory=list)


def _num(text: str) -> Decimal | None:
    m = re.search(r"\d{1,4}(?:[.,]\d{1,3})?", text)
    return number(m.group(0)) if m else None


class ScoreTable:
    """Rows are collected, then turned into a tree by their numbers when the table ends."""

    def __init__(self) -> None:
        self.rows: list[_Row] = []
        self.top = ""  # code of the last roman row: "I" → "1", its rows "1", "2" → "1.1", "1.2"
        self.year: int | None = None  # "Điểm thẩm định năm 2022" in the header

    def row(self, line: int, get, task: ParsedTask | None) -> bool:
        """Add a row; False when it is neither an index, a criterion nor a task of the last one."""
        code, name = get("code").rstrip("."), get("criterion")
        if not code and not name:
            if task is None or not self.rows:
                return False
            self.rows[-1].tasks.append(task)
            return True
        if not code and self.rows and name[:1].islower():  # a row cut by a page break
            self.rows[-1].name = f"{self.rows[-1].name} {name}"
            if task is not None:
                self.rows[-1].tasks.append(task)
            return True
        if _ROMAN.fullmatch(code):
            self.top = code = str(roman_value(code))
        elif self.top and _CODE.fullmatch(code) and not code.startswith(self.top + "."):
            code = f"{self.top}.{code}"
        elif not _CODE.fullmatch(code):
            return False
        r = _Row(code, name, line, _num(get("max")), _num(get("score")), _num(get("self")), _num(get("deduction")))
        if task is not None:
            r.tasks.append(task)
        self.rows.append(r)
        return True

    def flush(self, plan: ParsedPlan) -> None:
        rows, self.rows, self.top = self.rows, [], ""
        if not rows:
            return
        parents = {r.code: max((p for p in rows if r.code.startswith(p.code + ".")), key=lambda p: len(p.code),
                               default=None) for r in rows}
        has_children = {p.code for p in parents.values() if p is not None}
        groups: dict[str, ParsedGroup] = {}
        for r in rows:
            parent = parents[r.code]
            if r.code in has_children:
                g = ParsedGroup(r.code, sentence_case(r.name), r.line, scored=True, stated_score=r.score,
                                stated_max=r.max_score, stated_deduction=r.deduction, tasks=r.tasks,
                                year=self.year)
                groups[r.code] = g
                if parent is None:
                    plan.groups.append(g)
                else:
                    groups[parent.code].children.append(g)
                continue
            c = ParsedCriterion(r.code, r.name, r.line, r.max_score, r.score, r.self_score, r.deduction,
                                year=self.year, tasks=r.tasks)
            if parent is None:
                plan.warnings.append(Issue(r.line, f"Tiêu chí {r.code} của bảng điểm không thuộc chỉ số nào: "
                                                   "gộp vào nhóm “Tiêu chí khác”."))
                if "0" not in groups:
                    groups["0"] = ParsedGroup("0", "Tiêu chí khác", r.line, scored=True)
                    plan.groups.append(groups["0"])
                groups["0"].criteria.append(c)
            else:
                groups[parent.code].criteria.append(c)
