"""import-index reads real decisions' appendices (tests/fixtures/index, each with its source and the parse
expected of it): a Word table, Word and text lists, Excel tables, a table pasted as text, a PDF's text."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from dtidesk.importers.index_source import read_index_file, read_index_text

FIXTURES = Path(__file__).parent.parent / "fixtures" / "index"
CASES = sorted(p.name.removesuffix(".expected.json") for p in FIXTURES.glob("*.expected.json"))


def _expected_criteria(component: dict) -> list[dict]:
    out = []
    for c in component.get("criteria", []):
        out.append(c)
        out.extend(c.get("sub_criteria", []))
    return out


@pytest.mark.parametrize("name", CASES)
def test_a_real_appendix_reads_as_its_decision_states(name):
    expected = json.loads((FIXTURES / f"{name}.expected.json").read_text(encoding="utf-8"))
    draft = read_index_file(FIXTURES / name)
    by_code = {n.code: n for n in draft.nodes()}
    for comp in expected["components"]:
        node = by_code[comp["code"]]
        assert node.kind == "group"
        if comp.get("max") is not None:
            assert node.counted_max() == Decimal(str(comp["max"])), comp["code"]
        for crit in _expected_criteria(comp):
            code = crit.get("code") or crit["code_inferred"]
            got = by_code[code]
            assert " ".join(got.name.split()).startswith(" ".join(crit["name_starts"].split())), code
            if crit.get("max") is not None:
                assert got.max_score == Decimal(str(crit["max"])), code
            if crit.get("method_kind"):
                assert got.kind == "criterion" and got.method.kind == crit["method_kind"], code
            if crit.get("evidence_starts"):
                assert " ".join(got.evidence.split()).startswith(crit["evidence_starts"]), code
    # nothing that is not part of the index became one: letterheads, report fields, header words, scales
    codes = {c.get("code") or c.get("code_inferred") for comp in expected["components"]
             for c in _expected_criteria(comp)} | {c["code"] for c in expected["components"]} | {
        p["code"] for p in expected.get("pillars", [])}
    assert set(by_code) <= codes
    for text in expected.get("not_criteria", []):
        assert not any(n.name.startswith(text) for n in draft.nodes() if len(text) > 3), text
    # Level and province where the excerpt itself states them (Tây Ninh's excerpts name neither the level
    # nor, in the notice, the province; Đồng Tháp's list never names its province, only "huyện").
    source = " ".join(n.name + " " + n.method_text for n in draft.nodes()) + " ".join(draft.notes)
    if expected.get("level") in ("huyen", "xa"):
        assert draft.level == expected["level"]
    from dtidesk.importers.index_source import load_index_source

    written = " ".join(" ".join(ln.text.split()) for ln in load_index_source(FIXTURES / name).lines)
    if expected.get("province") and expected["province"] in written:
        assert draft.province == expected["province"]
    assert source


def test_decision_number_date_and_province_come_from_the_letterhead():
    draft = read_index_file(FIXTURES / "tayninh_2747_table.docx")
    assert (draft.decision, draft.decision_date.isoformat(), draft.province) == ("2747/QĐ-UBND", "2019-12-18",
                                                                                 "Tây Ninh")
    # the header repeated after a page break and the signature table are not rows of the index
    assert [c.code for c in draft.criteria()] == ["1", "2", "3", "4", "5"]
    assert draft.notes[-2:] == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]


def test_a_total_at_the_top_with_its_number_on_the_next_line():
    draft = read_index_file(FIXTURES / "pctn_152_web_list.txt")
    assert draft.total_stated == 100 and draft.decision == "152/QĐ-TTCP"
    assert [c.code for c in draft.components] == ["A", "B"]  # "1. Bộ chỉ số …" is the article's heading
    # the excerpt stops inside part B: the preview says so, with the line
    assert any("Tổng điểm ghi 100" in i.message for i in draft.issues)


def test_an_excerpt_cut_short_is_reported_not_hidden():
    draft = read_index_file(FIXTURES / "huyen_dti_table.xlsx")
    (issue,) = draft.issues
    assert issue.line == 2 and "ghi tối đa 100 điểm nhưng các tiêu chí cộng lại 60 điểm" in issue.message


# The shapes the real excerpts above stop short of, in the wording the decisions use (issue 15 lists them):
# a total row, a grading scale after the table, a deduction row, three levels, "6.10" after "6.9".
TABLE = "\n".join([
    "ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG THÁP", "Số: 123/QĐ-UBND", "Đồng Tháp, ngày 15 tháng 3 năm 2023",
    "PHỤ LỤC", "BỘ CHỈ SỐ ĐÁNH GIÁ MỨC ĐỘ CHUYỂN ĐỔI SỐ CÁC SỞ, BAN, NGÀNH NĂM 2023",
    "STT\tChỉ số/Tiêu chí\tĐiểm tối đa\tCách tính điểm\tTài liệu kiểm chứng",
    "I\tNHÓM NỀN TẢNG\t\t\t",
    "1\tNhận thức số\t30\t\t",
    "1.1.\tNgười đứng đầu là Trưởng ban chỉ đạo\t10\tTrưởng ban là Giám đốc: Điểm tối đa; là Phó Giám đốc: "
    "1/2*Điểm tối đa; chưa có: 0 điểm\tQuyết định thành lập",
    "1.2.\tTỷ lệ hồ sơ trực tuyến\t20\ta = Số hồ sơ nộp trực tuyến\tBáo cáo",
    "\t\t\tb = Tổng số hồ sơ",
    "\t\t\tĐiểm = a/b x Điểm tối đa",
    "STT\tChỉ số/Tiêu chí\tĐiểm tối đa\tCách tính điểm\tTài liệu kiểm chứng",
    "2\tHoạt động\t1.000 điểm\t\t",
    "2.9\tCSDL vận hành\t997,5\t≥ 95%: Điểm tối đa; từ 90% đến dưới 95%: 3/4 × Điểm tối đa; dưới 90%: 0 điểm\t",
    "2.10\tDữ liệu mở\t2,5\tCó: 2,5 điểm\t",
    "2.11\tĐiểm trừ: báo cáo chậm\t-2,5\tMỗi báo cáo chậm trừ 0,5 điểm, tổng điểm trừ không quá 2,5 điểm\t",
    "\tTổng cộng\t1.030\t\t",
    "Ghi chú: Xếp loại Tốt: từ 80% tổng điểm trở lên; Khá: từ 65% đến dưới 80%; Trung bình: từ 50%.",
    "Thời gian đánh giá: từ ngày 01/12 năm trước đến ngày 30/11 năm đánh giá.",
    "KT. CHỦ TỊCH",
])


def test_pasted_table_with_total_scale_deduction_and_codes_that_are_not_decimals():
    draft = read_index_text(TABLE)
    assert (draft.decision, draft.province, draft.level, draft.year) == ("123/QĐ-UBND", "Đồng Tháp", "so", 2023)
    assert [n.code for n in draft.nodes()] == ["I", "1", "1.1", "1.2", "2", "2.9", "2.10", "2.11"]
    two = draft.nodes()[4]
    assert two.max_score == 1000  # "1.000" is one thousand
    assert [c.max_score for c in two.children] == [Decimal("997.5"), Decimal("2.5"), Decimal("-2.5")]
    assert two.children[2].deduction and two.children[2].method.kind == "deduction"
    assert draft.total_max == 1030 == draft.total_stated and draft.issues == []
    assert [(b.rating, b.min_percent) for b in draft.rating_bands] == [("Tốt", 80), ("Khá", 65),
                                                                       ("Trung bình", 50)]
    assert not any("Tốt" in n.name or "CHỦ TỊCH" in n.name for n in draft.nodes())
    assert draft.criteria()[1].method.kind == "ratio" and draft.criteria()[1].evidence == "Báo cáo"
    # the assessment period the decision states, kept on the version for the evidence checks
    assert draft.period == {"start": "12-01", "start_year": -1, "end": "11-30", "end_year": 0}


def test_sums_that_do_not_add_up_are_shown_with_their_line():
    text = TABLE.replace("1\tNhận thức số\t30", "1\tNhận thức số\t35").replace("Tổng cộng\t1.030", "Tổng cộng\t1.000")
    draft = read_index_text(text)
    messages = [(i.line, i.message) for i in draft.issues]
    assert (9, "1 “Nhận thức số”: ghi tối đa 35 điểm nhưng các tiêu chí cộng lại 30 điểm.") in messages
    assert (19, "Tổng điểm ghi 1.000 nhưng các chỉ số cộng lại 1.035 điểm.") in messages


def test_a_document_without_an_index_is_refused():
    from dtidesk.errors import ValidationError

    with pytest.raises(ValidationError, match="không có bộ chỉ số đọc được"):
        read_index_text("Kế hoạch chuyển đổi số năm 2024\n1. Mục đích\n2. Yêu cầu")
