"""Figures per form, period and unit: computed rows, consolidation, who is missing, period comparison."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dtidesk.errors import ValidationError
from dtidesk.services import forms as fo

from .conftest import UNITS

THREE = {
    UNITS[0]: {"1.1": "2", "1.2.1": "6", "1.2.2": "2", "3.3.1.1": "20", "3.3.1.2": "18", "6.1.1": "1.500,5",
               "7.3": "90", "1.6": "1"},
    UNITS[1]: {"1.1": "1", "1.2.1": "4", "1.2.2": "4", "3.3.1.1": "16", "3.3.1.2": "16", "6.1.1": "250",
               "2.1.1": "3", "7.3": "100", "1.6": "0"},
    UNITS[2]: {"1.1": "0", "1.2.1": "5", "1.2.2": "1", "3.3.1.1": "20", "3.3.1.2": "10", "2.1.2": "1"},
}


def test_set_value_recomputes_and_refuses_computed_rows(af, stats, units):
    uid = units[UNITS[0]].id
    fo.set_values(af, stats.id, 2022, "H1", uid, {"1.2.1": "6", "1.2.2": "2"})
    v = fo.values_for(af, stats.id, 2022, "H1", uid)
    assert v.value("1.2") == Decimal("33.333333") and v.submission is not None
    fo.set_value(af, stats.id, 2022, "H1", uid, "1.2.2", "3")
    assert fo.values_for(af, stats.id, 2022, "H1", uid).value("1.2") == 50
    with pytest.raises(ValidationError, match="1.2 được tính tự động"):
        fo.set_value(af, stats.id, 2022, "H1", uid, "1.2", "50")
    with pytest.raises(ValidationError, match="không phải là số"):
        fo.set_values(af, stats.id, 2022, "H1", uid, {"1.1": "5", "1.3.1": "năm"})
    assert "1.1" not in fo.values_for(af, stats.id, 2022, "H1", uid).typed  # all or nothing
    fo.set_value(af, stats.id, 2022, "H1", uid, "1.2.2", "")
    assert fo.values_for(af, stats.id, 2022, "H1", uid).value("1.2") is None


def test_consolidation_of_three_units_equals_the_hand_sum(af, stats, units):
    for name, entries in THREE.items():
        fo.set_values(af, stats.id, 2022, "H1", units[name].id, entries)
    fo.set_values(af, stats.id, 2022, "H1", None, {"7.3": "95", "1.6": "1"})  # the agency's own entries
    result, changes = fo.consolidate(af, stats.id, 2022, "H1")
    assert changes.touches("form_values")
    v = result.values
    assert v.value("1.1") == 3 and v.value("1.2.1") == 15 and v.value("1.2.2") == 7
    assert v.value("1.2") == Decimal("46.666667")  # ratio recomputed from the sums, not averaged
    assert v.value("3.3.1") == Decimal("78.571429")  # 44 / 56
    assert v.value("6.1.1") == Decimal("1750.5")
    assert v.value("2.1") == 4  # 3 + 1 + ∅ from the summed parts
    assert v.value("7.3") == 95 and v.value("1.6") == 1  # a typed % and a choice are not summed
    assert [u.name for u in result.units] == UNITS and result.missing == []
    assert fo.check_form(af, stats.id, 2022, "H1") == []


def test_missing_units_are_the_active_submitting_ones(af, stats, units):
    fo.set_values(af, stats.id, 2022, "Q1", units[UNITS[1]].id, {"1.1": "1"})
    assert [u.name for u in fo.missing_units(af, stats.id, 2022, "Q1")] == [UNITS[0], UNITS[2]]
    af.repo.units.update(units[UNITS[2]].id, active=False)
    assert [u.name for u in fo.missing_units(af, stats.id, 2022, "Q1")] == [UNITS[0]]


def test_compare_with_previous_period_and_carry_cumulative(af, stats):
    fo.set_values(af, stats.id, 2022, "Q1", None, {"1.1": "2", "1.2.1": "6", "1.2.2": "1", "6.2.6": "1",
                                                    "5.3": "2"})
    fo.set_values(af, stats.id, 2022, "H1", None, {"1.1": "5", "1.2.1": "6", "1.2.2": "3"})
    rows = {r.code: r for r in fo.compare_periods(af, stats.id, 2022, "H1")}
    assert (rows["1.1"].previous, rows["1.1"].current, rows["1.1"].change) == (2, 5, 3)
    assert rows["1.2"].change == Decimal("33.333333")  # percentage points
    assert rows["1.3.1"].change is None
    h1 = fo.values_for(af, stats.id, 2022, "H1")
    assert h1.carried == {"6.2.6": 1, "5.3": 2}  # lũy kế rows still blank take Q1's figure
    fo.carry_cumulative(af, stats.id, 2022, "H1")
    assert fo.values_for(af, stats.id, 2022, "H1").typed["6.2.6"] == 1
    assert fo.previous_period("Q1", 2022) == ("Y", 2021) and fo.previous_period("ADHOC", 2022) is None


def test_check_form_on_stored_values(af, stats, units):
    uid = units[UNITS[0]].id
    fo.set_values(af, stats.id, 2022, "H1", uid, {"3.3.1.1": "10", "3.3.1.2": "12"})
    found = fo.check_form(af, stats.id, 2022, "H1", uid)
    assert [(f.row, f.severity) for f in found] == [("3.3.1.2", "error")]


def test_table_form_rows_stored_and_checked(af):
    from .conftest import seed

    form = fo.get_form(af, "tthc-results")
    rows = seed("tthc_results_rows.json")
    fo.set_table_rows(af, form.id, 2022, "H1", None, rows)
    back = fo.table_rows(af, form.id, 2022, "H1")
    assert [r["kind"] for r in back] == [r["kind"] for r in rows] and back[2]["received"] == "11"
    assert fo.check_form(af, form.id, 2022, "H1") == []
    with pytest.raises(ValidationError, match="loại dòng"):
        fo.set_table_rows(af, form.id, 2022, "H1", None, [{"kind": "khac"}])
