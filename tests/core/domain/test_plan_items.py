"""Rules of the plan lists: a target's threshold met, budget sums, the type of a directive read from its number."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from dtidesk.domain.models import Project, Target, TargetValue
from dtidesk.domain.plan_items import (
    budget_mismatch,
    budget_parts,
    budget_total,
    directive_key,
    disbursed_percent,
    doc_type_from_symbol,
    latest_value,
    over_disbursed,
    threshold_met,
    threshold_text,
)


def target(comparison: str, threshold: str | None, unit: str = "%") -> Target:
    return Target(1, 1, "Chỉ tiêu", comparison=comparison, threshold=D(threshold) if threshold else None,
                  unit_of_measure=unit)


def achieved(value: str | None, planned: str | None = None, period: str = "Y") -> TargetValue:
    return TargetValue(2024, period, D(planned) if planned else None, D(value) if value else None)


@pytest.mark.parametrize("comparison, bar, value, met", [
    (">=", "97", "97", True),  # “tối thiểu 97%”: exactly 97 meets it
    (">=", "97", "96.9", False),
    (">", "70", "70", False),  # “đạt trên 70%”: 70 itself does not
    (">", "70", "70.01", True),
    ("<=", "3", "3", True),  # “tối đa 3%”
    ("<", "3", "3", False),  # “dưới 3%”
    ("=", "100", "100", True),
    ("=", "100", "99", False),
    ("", "100", "100", True),  # “100% …” without a word is a minimum
    ("", "100", "98", False),
])
def test_threshold_met_by_the_comparison_of_the_plan(comparison, bar, value, met):
    assert threshold_met(target(comparison, bar), achieved(value)) is met


def test_the_periods_planned_figure_beats_the_threshold():
    t = target(">=", "97")
    assert threshold_met(t, achieved("60", planned="50", period="Q1")) is True  # the quarter's milestone
    assert threshold_met(t, achieved("45", planned="50", period="Q1")) is False
    assert threshold_met(t, achieved("96", period="Y")) is False  # no milestone: the year's threshold


def test_nothing_to_judge_is_none():
    assert threshold_met(target(">=", "97"), None) is None
    assert threshold_met(target(">=", "97"), achieved(None, planned="50")) is None  # planned, not yet achieved
    assert threshold_met(target("", None), achieved("50")) is None  # no threshold, no milestone


def test_threshold_text_in_symbols_and_in_the_plans_words():
    assert threshold_text(">=", D(97), "%") == "≥ 97%"
    assert threshold_text(">", D(70), "%", words=True) == "trên 70%"
    assert threshold_text(">=", D("97.5"), "%", words=True) == "tối thiểu 97,5%"
    assert threshold_text("", D(100), "%") == "100%"
    assert threshold_text("<=", D(12), "Văn bản") == "≤ 12 Văn bản"
    assert threshold_text(">=", None) == ""


def test_latest_value_is_the_most_recent_period_with_a_figure():
    values = [achieved("80", period="Q1"), achieved("85", period="H1"), achieved(None, planned="90", period="M9")]
    assert latest_value(values).period == "H1"
    assert latest_value(values, 2023) is None
    values.append(TargetValue(2024, "Y", None, D(95)))
    assert latest_value(values).period == "Y"


def test_budget_sums_of_a_project():
    p = Project(1, 1, "Số hóa hồ sơ", budget_total=D(500), budget_state=D(300), budget_social=D(200))
    assert budget_parts(p) == D(500) and not budget_mismatch(p)
    p.budget_other = D(50)
    assert budget_mismatch(p)  # 300 + 200 + 50 ≠ 500
    q = Project(2, 1, "Phần mềm", budget_state=D(120), budget_social=D(30))
    assert budget_total(q) == D(150) and not budget_mismatch(q)  # no total stated: the sources' sum
    q.disbursed = D(75)
    assert disbursed_percent(q) == D(50) and not over_disbursed(q)
    q.disbursed = D(151)
    assert over_disbursed(q)
    assert disbursed_percent(Project(3, 1, "Trống", disbursed=D(5))) is None


@pytest.mark.parametrize("number, kind", [
    ("300/KH-UBND", "Kế hoạch"), ("1085/QĐ-TTg", "Quyết định"), ("15/CT-UBND", "Chỉ thị"),
    ("Số 02/TB-VP", "Thông báo"), ("107/2020/NĐ-CP", "Nghị định"), ("123/UBND-KGVX", "Công văn"),
    ("45/STP-VP", "Công văn"), ("Không số", ""), ("", ""),
])
def test_the_type_of_a_directive_read_from_its_number(number, kind):
    assert doc_type_from_symbol(number) == kind


def test_directive_key_ignores_spacing_and_accents_but_not_the_year():
    a = directive_key("01/KH-UBND", dt.date(2023, 1, 5))
    assert a == directive_key(" 01 / kh-ubnd ", dt.date(2023, 12, 1))
    assert a != directive_key("01/KH-UBND", dt.date(2024, 1, 5))
    assert directive_key("", dt.date(2024, 1, 5)) == ""
    assert directive_key("1085/QĐ-TTg", None) == directive_key("1085/QD-TTG", None)
