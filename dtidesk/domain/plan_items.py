"""Rules of a plan's targets, projects and directives: threshold met, budget sums, document types."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from .models import Project, Target, TargetValue
from .periods import Period
from .text import fold
from .vnformat import fmt_number

COMPARISONS = (">=", ">", "<=", "<", "=")
SYMBOLS = {">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "="}
# How plans word each comparison: "tối thiểu 97%", "đạt trên 70%", "dưới 3%".
WORDS = {">=": "tối thiểu", ">": "trên", "<=": "tối đa", "<": "dưới", "=": "đạt"}

# Cumulative periods in the order a year fills them; an ad hoc figure comes after the year's.
PERIOD_ORDER = (Period.Q1, Period.H1, Period.M9, Period.Y, Period.ADHOC)

PROJECT_STATUSES = ("not_started", "in_progress", "done")


def threshold_text(comparison: str, threshold: Decimal | None, unit: str = "", words: bool = False) -> str:
    """“≥ 97%” (or, with words, “tối thiểu 97%”); "" without a threshold. No comparison reads as “đạt”."""
    if threshold is None:
        return ""
    number = fmt_number(threshold, 3) + ("%" if unit == "%" else (f" {unit}" if unit else ""))
    if words:
        return f"{WORDS.get(comparison or '=', 'đạt')} {number}"
    return f"{SYMBOLS[comparison]} {number}" if comparison else number


def comparison_holds(comparison: str, bar: Decimal, value: Decimal) -> bool:
    """value <comparison> bar; a stated figure without a comparison (“100%”, “đạt 100%”) is a minimum."""
    if comparison in ("", ">="):
        return value >= bar
    if comparison == ">":
        return value > bar
    if comparison == "<=":
        return value <= bar
    if comparison == "<":
        return value < bar
    if comparison == "=":
        return value == bar
    raise ValueError(comparison)


def threshold_met(target: Target, value: TargetValue | None) -> bool | None:
    """Whether an achieved figure meets the target: against the period's planned figure when the plan gives
    one (a milestone of the lộ trình), otherwise against the target's threshold, with the target's comparison.
    None when there is nothing to judge yet: no achieved figure, or neither a planned figure nor a threshold."""
    if value is None or value.achieved is None:
        return None
    bar = value.planned if value.planned is not None else target.threshold
    if bar is None:
        return None
    return comparison_holds(target.comparison, bar, value.achieved)


def period_rank(period: str) -> int:
    return PERIOD_ORDER.index(Period(period))


def latest_value(values: Iterable[TargetValue], year: int | None = None) -> TargetValue | None:
    """The most recent figure achieved (of `year` when given): the year's beats 9 months, which beats 6 …"""
    done = [v for v in values if v.achieved is not None and (year is None or v.year == year)]
    if not done:
        return None
    return max(done, key=lambda v: (v.year, period_rank(v.period)))


def budget_parts(p: Project) -> Decimal | None:
    """State budget + xã hội hóa + other sources, counting those stated; None when none is."""
    parts = [x for x in (p.budget_state, p.budget_social, p.budget_other) if x is not None]
    return sum(parts, Decimal(0)) if parts else None


def budget_mismatch(p: Project) -> bool:
    """The sources stated do not add up to the total stated (Phụ lục 2 lists the total and its sources)."""
    parts = budget_parts(p)
    return p.budget_total is not None and parts is not None and parts != p.budget_total


def budget_total(p: Project) -> Decimal | None:
    """The total as stated, else the sum of the sources."""
    return p.budget_total if p.budget_total is not None else budget_parts(p)


def disbursed_percent(p: Project) -> Decimal | None:
    total = budget_total(p)
    if p.disbursed is None or not total:
        return None
    return p.disbursed * 100 / total


def over_disbursed(p: Project) -> bool:
    total = budget_total(p)
    return p.disbursed is not None and total is not None and p.disbursed > total


# Document types of NĐ 30/2020 Phụ lục III (abbreviation in the number → name), those directives use.
DOC_TYPES = {
    "NQ": "Nghị quyết", "QĐ": "Quyết định", "CT": "Chỉ thị", "KH": "Kế hoạch", "TB": "Thông báo",
    "CĐ": "Công điện", "HD": "Hướng dẫn", "CTr": "Chương trình", "QC": "Quy chế", "BC": "Báo cáo",
    "TTr": "Tờ trình", "KL": "Kết luận", "NĐ": "Nghị định", "TT": "Thông tư",
}
_ABBREVIATIONS = {fold(k): v for k, v in DOC_TYPES.items()}
_SYMBOL_RE = re.compile(r"\d\s*/\s*([^\s/-]+)-")


def doc_type_from_symbol(number_symbol: str) -> str:
    """“300/KH-UBND” → “Kế hoạch”; “1085/QĐ-TTg” → “Quyết định”; a number without a type (“123/UBND-KGVX”,
    how công văn are numbered) → “Công văn”; "" when the text is no number and symbol at all."""
    text = (number_symbol or "").strip()
    if "/" not in text:
        return ""
    m = _SYMBOL_RE.search(text)
    if m is None:
        return "Công văn"
    return _ABBREVIATIONS.get(fold(m.group(1)), "Công văn")


def doc_type_names() -> list[str]:
    """The choices a type field offers, Công văn first (the commonest)."""
    return ["Công văn", *sorted(set(DOC_TYPES.values()), key=fold), "Văn bản khác"]


def directive_key(number_symbol: str, issued_on: date | None) -> str:
    """The same directive whoever typed it: number and symbol without spaces or accents, and the year
    (numbers start again every year: “01/KH-UBND” of 2023 and of 2024 are two documents)."""
    number = "".join(fold(number_symbol or "").split())
    return f"{number}@{issued_on.year if issued_on else ''}" if number else ""
