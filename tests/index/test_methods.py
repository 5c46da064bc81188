"""Scoring methods as data: the document's words read into a method, and a worked example of each kind.

Real method texts with their sources and hand-worked examples are in tests/fixtures/index/methods.json.
The kinds no stored excerpt shows (deductions, bands over a percentage or a date, a band scored by a formula,
a ratio against a target, a rule for b = 0) are worked on the wording issue 15 quotes from decisions."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pytest

from dtidesk.domain.method_grammar import read_method
from dtidesk.domain.methods import Method, compute
from dtidesk.domain.validation import parse_date_input, parse_decimal_input

METHODS = json.loads((Path(__file__).parent.parent / "fixtures" / "index" / "methods.json").read_text("utf-8"))


def _value(v):
    if isinstance(v, str) and "/" in v:
        return parse_date_input(v, "ngày")
    return parse_decimal_input(v, "số liệu")


@pytest.mark.parametrize("item", METHODS, ids=[f"{i}-{m['kind']}" for i, m in enumerate(METHODS)])
def test_real_method_texts_compute_their_worked_examples(item):
    maximum = D(str(item["max"]))
    method = read_method(item["text"], maximum)
    assert method.kind == item["kind"]
    assert Method.from_json(json.loads(json.dumps(method.to_json()))) == method  # stored and read back whole
    for ex in item.get("examples", []):
        result = compute(method, maximum, [_value(v) for v in ex["inputs"]])
        assert result.score == D(str(ex["score"])).quantize(D("0.01")), ex["why"]


WORDED = [
    # bands, edges exactly as written: 95 is in the top band, 90 in the second, 89,99 in the third
    ("≥ 95%: Điểm tối đa; từ 90% đến dưới 95%: 3/4 × Điểm tối đa; từ 80% đến dưới 90%: 1/2 × Điểm tối đa; "
     "dưới 80%: 0 điểm", 10, "bands", [([95], "10"), ([90], "7.5"), (["89,99"], "5"), ([79], "0")]),
    # a band whose score is a formula
    ("Tỷ lệ từ 80% trở lên: Điểm = Tỷ lệ × Điểm tối đa; Tỷ lệ dưới 80%: 0 điểm", 10, "bands",
     [([85], "8.5"), ([100], "10"), ([79.9], "0")]),
    # bands over a/b
    ("a = Số hồ sơ đúng hạn; b = Tổng số hồ sơ. Tỷ lệ a/b ≥ 95%: Điểm tối đa; từ 70% đến dưới 95%: 1/2*Điểm tối "
     "đa; dưới 70%: 0 điểm", 4, "bands", [([95, 100], "4"), ([70, 100], "2"), ([69, 100], "0")]),
    # bands over dates
    ("Ban hành trước ngày 31/01: Điểm tối đa; từ ngày 01/02 đến ngày 28/02: 1/2*Điểm tối đa; sau ngày 28/02: 0 "
     "điểm", 5, "bands", [(["15/01/2024"], "5"), (["28/02/2024"], "2.5"), (["01/03/2024"], "0")]),
    # a ratio, above 100 % counting as 100 %, and the rule for b = 0
    ("a = Số TTHC đã tích hợp; b = Tổng số TTHC đủ điều kiện; Điểm = a/b × Điểm tối đa. Trường hợp b = 0 thì "
     "được điểm tối đa", 6, "ratio", [([1, 3], "2"), ([5, 4], "6"), ([0, 0], "6")]),
    ("Tỷ lệ% x Điểm tối đa", 5, "ratio", [(["92,4"], "4.62")]),
    # a ratio against a target
    ("Tỷ lệ đạt 50% trở lên được điểm tối đa; dưới 50%: Điểm = Tỷ lệ/50% × Điểm tối đa", 10, "ratio",
     [([30], "6"), ([50], "10"), ([75], "10")]),
    # a choice among cases; additive parts
    ("Trưởng ban là Giám đốc: Điểm tối đa; là Phó Giám đốc: 1/2*Điểm tối đa; chưa có: 0 điểm", 10, "choice",
     [([1], "10"), ([2], "5"), ([3], "0")]),
    ("- Có kế hoạch năm: 1/2*Điểm tối đa\n- Có báo cáo kết quả: 1/2*Điểm tối đa", 10, "parts",
     [([1, 1], "10"), ([0, 1], "5")]),
    # counts with a cap; absolute points
    ("Mỗi văn bản: 05 điểm; tổng không quá Điểm tối đa", 10, "count", [([1], "5"), ([3], "10")]),
    ("Có: 15 điểm", 15, "absolute", [([1], "15"), ([0], "0")]),
    # deductions per occurrence with a cap
    ("Mỗi báo cáo chậm trừ 2 điểm, tổng điểm trừ không quá 20 điểm", -20, "deduction",
     [([3], "-6"), ([15], "-20")]),
    # bands over a speed
    ("Tốc độ đường truyền ≥ 100 Mbps: Điểm tối đa; từ 50 Mbps đến dưới 100 Mbps: 1/2*Điểm tối đa; dưới 50 Mbps: "
     "0 điểm", 4, "bands", [([120], "4"), ([50], "2"), ([49], "0")]),
    # counts written as steps: the top step is "that many or more"
    ("Họp 4 lần/năm: 20 điểm; 3 lần: 15 điểm; 2 lần: 10 điểm; 1 lần: 5 điểm; còn lại: 0", 20, "bands",
     [([6], "20"), ([2], "10"), ([0], "0")]),
]


@pytest.mark.parametrize("text,maximum,kind,examples", WORDED, ids=[f"{w[2]}-{i}" for i, w in enumerate(WORDED)])
def test_each_kind_of_method_in_the_decisions_wording(text, maximum, kind, examples):
    m = read_method(text, D(maximum))
    assert m.kind == kind, m.words()
    for inputs, score in examples:
        values = [_value(v) if isinstance(v, str) else D(str(v)) for v in inputs]
        assert compute(m, D(maximum), values).score == D(score).quantize(D("0.01")), (inputs, m.words())


def test_council_scored_criteria_have_no_computation():
    m = read_method("Hội đồng thẩm định căn cứ kết quả thực tế để chấm điểm", D(10))
    assert m.kind == "manual" and compute(m, D(10), []).score is None


def test_missing_inputs_and_b_zero_without_a_rule_give_no_score_and_say_why():
    m = read_method("a = Số máy tính kết nối; b = Tổng số máy tính; Điểm = a/b × Điểm tối đa", D(10))
    r = compute(m, D(10), [D(3), None])
    assert r.score is None and r.missing == ("Tổng số máy tính",)
    assert compute(m, D(10), [D(0), D(0)]).missing == ("b = 0: văn bản không quy định cách tính",)


def test_rounding_half_up_to_two_decimals_unless_the_document_says():
    m = read_method("Tỷ lệ% x Điểm tối đa", D(45))
    assert compute(m, D(45), [D("33.3")]).score == D("14.99")  # 14,985 → 14,99 (half up, exact decimals)
    m0 = read_method("Tỷ lệ% x Điểm tối đa; điểm được làm tròn đến 1 chữ số thập phân", D(10))
    assert compute(m0, D(10), [D("33.36")]).score == D("3.3")


def test_words_of_a_method_are_vietnamese_and_dates_read_as_dates():
    m = read_method("Ban hành trước ngày 31/01: Điểm tối đa; sau ngày 31/01: 0 điểm", D(5))
    assert "31/01" in m.words()
    assert compute(m, D(5), [date(2025, 1, 30)]).score == D(5)
