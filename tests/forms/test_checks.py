"""The check engine against seed 004's own printed figures, and the reading of typed cells."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from dtidesk.domain.forms import (
    check_entries,
    check_table,
    compute,
    parse_template,
    read_entry,
    template_warnings,
)
from dtidesk.resources import resource_path

from .conftest import seed


def template(code: str):
    return parse_template(json.loads(resource_path(f"forms/{code}.json").read_text(encoding="utf-8")))


def by_row(findings) -> dict[str, list]:
    out: dict[str, list] = {}
    for f in findings:
        out.setdefault(f.row, []).append(f)
    return out


def test_phuluc02_rows_that_contradict_their_sub_rows():
    found = by_row(check_entries(template("cchc-stats"), seed("phuluc02_values.json")))
    # The brief's minimum, then the rest of resources/forms/README.md's table.
    for code in ("3.3.1", "7.6.3", "7.6.2.1", "1.2", "7.6.4"):
        assert code in found, code
    assert set(found) == {"1.2", "2.1", "3.3.1", "3.3.2", "3.3.4", "7.6.2", "7.6.2.1", "7.6.3", "7.6.4"}
    severity = {code: [f.severity for f in fs] for code, fs in found.items()}
    assert severity["3.3.1"] == severity["7.6.3"] == severity["7.6.2.1"] == ["error"]
    assert severity["3.3.2"] == severity["3.3.4"] == ["error"]
    assert severity["1.2"] == severity["7.6.4"] == severity["2.1"] == severity["7.6.2"] == ["warning"]


def test_phuluc02_messages_name_the_row_and_the_numbers():
    found = {f.row: f.message for f in check_entries(template("cchc-stats"), seed("phuluc02_values.json"))}
    assert "3.3.1" in found["3.3.1"] and "“56”" in found["3.3.1"] and "100%" in found["3.3.1"]
    assert "số đếm" in found["3.3.1"]  # a count typed into a % row
    assert "7.6.2.1" in found["7.6.2.1"] and "“100%”" in found["7.6.2.1"]  # a % typed into a count row
    assert "33,33%" in found["1.2"] and "để trống" in found["1.2"]
    assert "3.3.4.1" in found["3.3.4"] and "bằng 0" in found["3.3.4"]  # ratio over a zero base
    assert "3.3.2.1" in found["3.3.2"] and "để trống" in found["3.3.2"]  # ratio over an empty base
    assert "7.6.2.1" in found["7.6.2"] and "Không kiểm tra được" in found["7.6.2"]


def test_phuluc08_and_tthc_table_are_consistent():
    assert check_entries(template("cchc-sector-stats"), seed("phuluc08_values.json")) == []
    assert check_table(template("tthc-results"), seed("tthc_results_rows.json")) == []


def test_tthc_table_checks_find_broken_rows():
    rows = seed("tthc_results_rows.json")
    rows[2]["early"] = "10"  # a procedure: resolved 11 ≠ 10 + ∅ + ∅, and its field no longer adds up
    rows[0]["received"] = "50"  # the total: received ≠ Σ fields, and resolved 56 > received 50
    found = check_table(template("tthc-results"), rows)
    messages = [(f.row, f.severity) for f in found]
    assert ("3", "error") in messages and ("2", "error") in messages
    assert ("1", "warning") in messages  # resolved > received is only a warning (no carried-over column)
    assert any("Cộng I+II+III" in f.message for f in found)


def test_sum_and_ratio_rules():
    t = template("cchc-stats")
    got = compute(t, {"1.2.1": Decimal(6), "1.2.2": Decimal(2), "2.1.1": Decimal(4), "6.2.4.1": Decimal(1),
                      "6.2.5": Decimal(2), "3.3.4.1": Decimal(0), "3.3.4.2": Decimal(0)})
    assert got["1.2"] == Decimal("33.333333")
    assert got["2.1"] == 4 and got["6.2.4"] == 1 and got["6.2.1"] == 3  # chained sums, blank counts as 0
    assert got["3.3.4"] is None and got["1.3.3"] is None and got["4.1.5"] is None  # zero base; all blank


def test_part_larger_than_whole_and_percent_range():
    t = template("cchc-stats")
    found = by_row(check_entries(t, {"3.3.1.1": "50", "3.3.1.2": "56", "7.3": "120%", "4.1.1": "3"}))
    assert found["3.3.1.2"][0].severity == "error" and "lớn hơn dòng 3.3.1.1" in found["3.3.1.2"][0].message
    assert "0–100%" in found["7.3"][0].message
    assert "Chưa = 0; Hoàn thành = 1" in found["4.1.1"][0].message  # a coded answer outside its choices


def test_typed_value_over_formula_compared_at_printed_precision():
    t = template("cchc-sector-stats")
    base = {"5.3.1": "1.272", "5.3.2": "578"}
    assert check_entries(t, {**base, "5.3": "45%"}) == []  # 45,44 % printed as 45 %
    assert check_entries(t, {**base, "5.3": "45,44%"}) == []
    wrong = check_entries(t, {**base, "5.3": "46%"})
    assert [(f.row, f.severity) for f in wrong] == [("5.3", "error")] and "45,44%" in wrong[0].message


@pytest.mark.parametrize("row,raw,value,error", [
    ("1.1", "1.044", Decimal(1044), ""),
    ("1.1", "12,5", None, "số nguyên"),
    ("1.1", "-1", None, "âm"),
    ("1.1", "hai", None, "không phải là số"),
    ("1.1", "10%", None, "tỷ lệ"),
    ("7.3", "98,5%", Decimal("98.5"), ""),
    ("7.3", 98.5, Decimal("98.5"), ""),
    ("1.6", "Có", 1, ""),
    ("1.6", 1.0, 1, ""),
    ("1.6", "3", None, "lựa chọn"),
    ("1", "5", None, "tiêu đề nhóm"),
    ("6.1.1", "1.234,5", Decimal("1234.5"), ""),
])
def test_read_entry(row, raw, value, error):
    e = read_entry(template("cchc-stats").row(row), raw)
    assert e.value == value
    assert (error in e.error) if error else e.error == ""


def test_template_oddities_are_reported():
    assert template_warnings(template("cchc-stats")) == ["Dòng 1.4.1 là số đếm nhưng đơn vị tính in là “%”."]
