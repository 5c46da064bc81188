"""An index version as a printable sheet: the decision's appendix as the program understood it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from .methods import KIND_NAMES
from .models import Framework, Indicator, RatingBand
from .scores import build_tree
from .vnformat import fmt_date, fmt_number

LEVEL_WORDS = {"so": "sở, ban, ngành", "huyen": "cấp huyện"}


@dataclass(frozen=True)
class IndexRow:
    code: str
    name: str
    kind: str  # "group" | "criterion"
    depth: int  # 0 for a component index
    max_score: Decimal | None  # a group's: the sum of its children, deductions left out
    understood: str  # the method as the program will compute it ("" for a group)
    method_text: str  # the method in the document's words
    evidence: str
    source_line: str  # where the reader found it ("đoạn 9")
    deduction: bool = False  # a negative maximum: taken from the score, not part of the maxima
    children: tuple[int, ...] = ()  # rows (indexes into IndexSheet.rows) directly under a group


@dataclass
class IndexSheet:
    name: str
    code: str
    version_year: int
    kind: str = "DTI"
    decision: str = ""
    decision_date: date | None = None
    province: str = ""
    level: str = ""
    source: str = ""
    rows: list[IndexRow] = field(default_factory=list)
    top: tuple[int, ...] = ()  # rows of the components the total adds up
    total: Decimal | None = None
    rating_bands: list[RatingBand] = field(default_factory=list)

    @property
    def reference(self) -> str:
        """“(Kèm theo Quyết định số 2747/QĐ-UBND ngày 18/12/2019 của UBND tỉnh Tây Ninh)”, from what was read."""
        text = " ".join(self.decision.split())
        if not text:
            return "(Văn bản không ghi số, ngày của quyết định ban hành)"
        if not re.match(r"(?i)quyết định", text):
            text = f"Quyết định số {text}"
        if self.decision_date is not None and " ngày " not in text:
            text += f" ngày {fmt_date(self.decision_date)}"
        if self.province:
            if " của " not in text:
                text += f" của UBND tỉnh {self.province}"
            elif re.search(r"(?i)\btỉnh$", text):  # “… của Ủy ban nhân dân tỉnh”: the name was left off
                text += f" {self.province}"
        return f"(Kèm theo {text})"

    @property
    def version_line(self) -> str:
        parts = [f"Phiên bản {self.code}, năm áp dụng {self.version_year}"]
        if self.level in LEVEL_WORDS:
            parts.append(f"áp dụng cho {LEVEL_WORDS[self.level]}")
        if self.province:
            parts.append(f"tỉnh {self.province}")
        if self.source:
            parts.append(f"nguồn: {self.source}")
        return "; ".join(parts)

    @property
    def criteria_count(self) -> int:
        return sum(1 for r in self.rows if r.kind == "criterion" and not r.deduction)

    @property
    def deductions_count(self) -> int:
        return sum(1 for r in self.rows if r.deduction)

    @property
    def components_count(self) -> int:
        return sum(1 for k in self.top if self.rows[k].kind == "group")

    def count_line(self) -> str:
        """“Gồm 6 chỉ số thành phần, 50 tiêu chí; tổng điểm tối đa 450 điểm.”"""
        parts = [f"{self.components_count} chỉ số thành phần"] if self.components_count else []
        parts.append(f"{self.criteria_count} tiêu chí")
        if self.deductions_count:
            parts.append(f"{self.deductions_count} dòng điểm trừ")
        return f"Gồm {', '.join(parts)}; tổng điểm tối đa {fmt_number(self.total) or '0'} điểm."

    def bands_line(self) -> str:
        """“Xếp loại: Tốt: từ 80%; Khá: từ 65%; …”, highest first; "" without bands."""
        bands = sorted(self.rating_bands, key=lambda b: b.min_percent, reverse=True)
        return "; ".join(f"{b.rating}: từ {fmt_number(b.min_percent)}%" for b in bands)


def understood(ind: Indicator, deduction: bool) -> str:
    """The method as the program will compute it, with what the reading left open."""
    m = ind.method
    lines = [m.words()]
    if deduction:
        lines.append("Dòng điểm trừ: trừ vào điểm của chỉ số, không tính vào điểm tối đa.")
    lines += [f"Cần xem lại: {n}" for n in m.notes]
    where = [f"loại: {KIND_NAMES[m.kind].lower()}"] if m.kind != "manual" and m.kind in KIND_NAMES else []
    where += [f"đọc ở {ind.source_line}"] if ind.source_line else []
    if where:
        lines.append(f"({'; '.join(where)})")
    return "\n".join(lines)


def build_index_sheet(fw: Framework, indicators: Iterable[Indicator]) -> IndexSheet:
    """The version's rows in document order, each group with its maximum computed as the scores are."""
    inds = list(indicators)
    by_id = {i.id: i for i in inds}
    tree = build_tree(inds, {})
    rows: list[IndexRow] = []
    index = {n.id: k for k, n in enumerate(tree.nodes)}
    for n in tree.nodes:
        ind = by_id[n.id]
        deduction = n.kind == "criterion" and n.max_score is not None and n.max_score < 0
        kids = tuple(index[c.id] for c in n.children)
        rows.append(IndexRow(
            code=n.code, name=n.name, kind=n.kind, depth=n.depth, max_score=n.max_score,
            understood=understood(ind, deduction) if n.kind == "criterion" else "",
            method_text=ind.scoring_note.strip(), evidence=ind.evidence_hint.strip(), source_line=ind.source_line,
            deduction=deduction, children=kids))
    return IndexSheet(
        name=fw.name, code=fw.code, version_year=fw.version_year, kind=fw.kind, decision=fw.decision,
        decision_date=fw.decision_date, province=fw.province, level=fw.level, source=fw.source, rows=rows,
        top=tuple(index[r.id] for r in tree.total.children), total=tree.total.max_score,
        rating_bands=list(fw.rating_bands))
