"""The province's appraised result as read from its table, and the request for review the agency sends back.

A result table comes two ways: one agency's criteria ("Mã | Tiêu chí | Điểm tối đa | Điểm tự chấm | Điểm thẩm
định | Ghi chú"), or one row per agency with its component scores, total, rank and rating.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from .text import fold

CRITERIA = "criteria"
AGENCIES = "agencies"


@dataclass
class ResultIssue:
    line: int  # 0: the table as a whole
    message: str


@dataclass
class ResultRow:
    """A criterion (or component, or the total) of a one-agency table, as printed."""

    code: str
    name: str
    line: int
    max_score: Decimal | None = None
    self_score: Decimal | None = None
    appraised: Decimal | None = None
    comment: str = ""  # the council's comment ("thiếu tài liệu kiểm chứng")
    rank: int | None = None  # a component's rank, when the table has a rank column
    rank_of: int | None = None
    total: bool = False  # the "Tổng cộng" row


@dataclass
class AgencyRow:
    """One agency of a province-wide table."""

    name: str
    line: int
    components: dict[str, Decimal] = field(default_factory=dict)  # column heading → score
    component_ranks: dict[str, int] = field(default_factory=dict)  # column heading → rank
    total: Decimal | None = None
    rank: int | None = None
    rating: str = ""


@dataclass
class ResultsTable:
    source: str
    kind: str  # CRITERIA | AGENCIES
    where: str = "dòng"  # how a position is named: "dòng" (text, Excel) or "đoạn" (Word)
    rows: list[ResultRow] = field(default_factory=list)
    agencies: list[AgencyRow] = field(default_factory=list)
    components: list[str] = field(default_factory=list)  # the component columns' headings, in order
    year: int | None = None  # "năm 2022" in the heading
    decision: str = ""  # "Quyết định số 03/QĐ-BCĐ ngày 18/4/2023 …" when the heading cites it
    heading: list[str] = field(default_factory=list)  # the text above the table
    rank: int | None = None  # "Xếp hạng: 3/18" under a one-agency table
    rank_of: int | None = None
    rating: str = ""
    issues: list[ResultIssue] = field(default_factory=list)

    @property
    def total_row(self) -> ResultRow | None:
        return next((r for r in self.rows if r.total), None)


_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6", "vii": "7", "viii": "8", "ix": "9",
          "x": "10"}


def norm_code(code: str) -> str:
    """A criterion code as a key: "2.4." = "2.4" = "Tiêu chí 2.4"; "6.10" stays "6.10" (codes are not decimals);
    a Roman component number reads as its digit ("II" = "2")."""
    f = fold(code).strip()
    f = re.sub(r"^(?:tieu chi|chi so(?: thanh phan)?|chi tieu|linh vuc|nhom)\s+", "", f)
    f = re.sub(r"\s+", "", f).rstrip(".):")
    return _ROMAN.get(f, f)


def decimal_comma_code(code: str) -> bool:
    """A code written as a decimal number ("2,4"): an Excel number cell, which drops a trailing zero (6.10 → 6,1)."""
    return bool(re.fullmatch(r"\s*\d+,\d+\s*", code))


@dataclass
class EvidenceRef:
    title: str
    number: str = ""
    date: date | None = None
    issuer: str = ""


@dataclass
class ReviewItem:
    code: str
    name: str
    max_score: Decimal | None
    self_score: Decimal
    appraised: Decimal
    comment: str = ""  # the council's
    explanation: str = ""  # the agency's giải trình
    evidence: list[EvidenceRef] = field(default_factory=list)


@dataclass
class ReviewRequest:
    """A Công văn "V/v đề nghị xem xét lại kết quả thẩm định …" (NĐ 30, Mẫu 1.5)."""

    parent_agency: str
    agency: str
    agency_name: str  # as it reads mid-sentence: "Sở Tư pháp"
    number_line: str
    place_date: str
    subject: str  # after "V/v"
    addressee: str  # after "Kính gửi:"
    intro: list[str]
    items: list[ReviewItem]
    closing: list[str]
    recipients: list[str]
    signature_lines: list[str]
    signer_name: str
    meta: dict[str, str] = field(default_factory=dict)
