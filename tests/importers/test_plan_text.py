"""Reading plan texts: seed 000 (criteria-driven), seed 002 (area-grouped), and documents written otherwise."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import pytest

from dtidesk.errors import ValidationError
from dtidesk.importers.plan_text import parse_plan_file, parse_plan_text

FIXTURES = Path(__file__).parent / "fixtures"
SEED000 = FIXTURES / "seed000_plan_stp_tuyenquang.txt"
SEED002 = FIXTURES / "seed002_cchc_sotttt_dongnai.txt"
LAOCAI = FIXTURES / "variant_syt_laocai.txt"
HATINH = FIXTURES / "variant_sxd_hatinh_cchc.txt"


def _sum(group, attr="appraised_score"):
    return sum((getattr(c, attr) for x in group.walk() for c in x.criteria), D(0))


def _crit(plan, code):
    return next(c for c in plan.criteria() if c.code == code)


def test_seed000_six_indices_with_their_totals():
    p = parse_plan_file(SEED000)
    assert [g.code for g in p.groups] == ["1", "2", "3", "4", "5", "6"]
    assert [g.name for g in p.groups][:3] == ["Nhận thức số", "Thẻ ché số", "Hạ tầng số"]
    assert [_sum(g) for g in p.groups] == [D(50), D("46.67"), D("31.54"), D(17), D(20), D("189.53")]
    assert [g.stated_score for g in p.groups] == [D(50), D("46.67"), D("31.54"), D(17), D(20), D("189.53")]
    assert [g.stated_max for g in p.groups] == [D(50), D(50), D(50), D(20), D(30), None]  # 6: total, no maximum
    assert [(g.rank, g.rank_of) for g in p.groups] == [(3, 18), (10, 18), (1, 18), (11, 18), (6, 18), (4, 18)]
    assert [len([c for x in g.walk() for c in x.criteria]) for g in p.groups] == [4, 8, 5, 4, 3, 25]
    assert [w.message for w in p.warnings] == ["Tiêu chí 1.1 nêu 2 nội dung và chỉ số 1 ghi gồm 05 tiêu chí: đọc là "
                                               "một tiêu chí tối đa 20 điểm (10/10 điểm mỗi nội dung)."]
    assert p.unrecognised == []
    assert (p.title, p.year, p.assessment_year, p.kind) == (
        "Cải thiện chỉ số thành phần nâng cao mức độ chuyển đổi số năm 2023", 2023, 2022, "dti")
    assert (p.symbol, p.place, p.issued_month, p.issued_year) == ("KH-STP", "Tuyên Quang", 5, 2023)
    assert len(p.legal_bases) == 2 and p.signer_name == "Nguyễn Thị Thục" and len(p.recipients) == 8


def test_seed000_criteria_scores_and_footnotes():
    p = parse_plan_file(SEED000)
    # 1.1 quotes two things under one number: one criterion, as the plan numbers it. The index says "05 tiêu chí"
    # and 50 points over four numbers, so "10/10" is each thing's and 1.1 is worth 20.
    assert [c.code for c in p.groups[0].criteria] == ["1.1", "1.2", "1.3", "1.4"]
    c = _crit(p, "1.1")
    assert (c.max_score, c.appraised_score) == (D(20), D(20)) and c.parts[1].startswith("Người đứng đầu Sở, ngành")
    assert c.name.startswith("“Người đứng đầu sở, ngành là Trưởng Ban") and "”, “" in c.name
    c = _crit(p, "2.4")
    assert (c.max_score, c.appraised_score, c.self_score, c.deduction) == (D(5), D("1.67"), D("1.67"), D("3.33"))
    c = _crit(p, "4.1")  # footnote 4 sits after the tasks of 4.1; it carries a reason
    assert (c.self_score, c.appraised_score, c.max_score) == (D(5), D(2), D(5))
    assert "thiếu tài liệu" in c.note
    c = _crit(p, "6.8")  # footnote 7 is printed after criterion 6.10
    assert (c.self_score, c.appraised_score) == (D(10), D(0))
    assert _crit(p, "5.3").self_score == D(7)  # footnote 5 is printed under the heading of index 6
    assert _crit(p, "6.1").self_score is None  # no footnote: the plan says nothing of the self score


def test_seed000_tasks_with_units_and_timelines():
    p = parse_plan_file(SEED000)
    assert len(p.tasks()) == 49
    t = _crit(p, "2.2").tasks[0]
    assert t.lead_units == ["Văn phòng Sở"]
    assert t.coop_units == ["Phòng Xây dựng, kiểm tra, thi hành pháp luật và phổ biến, giáo dục pháp luật",
                            "Các đơn vị có liên quan"]
    assert t.timeline == "Tháng 12 năm trước liền kề"
    t = _crit(p, "2.8").tasks[0]
    assert t.lead_units[-1] == "Phòng Bổ trợ và hành chính tư pháp"
    assert t.units_note == "theo chức năng, nhiệm vụ được giao" and t.timeline == "Quý IV/2023"
    # A paragraph cut by a page break ("… kênh truyền" / "thông chuyển đổi số …") is one task.
    t = _crit(p, "1.3").tasks[0]
    assert "kênh truyền thông chuyển đổi số quốc gia" in t.content
    # The task of 3.5 runs on after its footnote line and has a field line without a bullet.
    t = _crit(p, "3.5").tasks[0]
    assert "của UBND tỉnh về thực hiện Nghị quyết" in t.content and t.timeline == "Năm 2023"
    assert t.lead_units == ["Phòng Xây dựng, kiểm tra, thi hành pháp luật và phổ biến, giáo dục pháp luật",
                            "Văn phòng Sở"]
    assert _crit(p, "6.25").tasks[0].timeline == "Trong năm 2023"
    assert p.groups[0].intro.startswith("Tiếp tục tổ chức thực hiện tốt các tiêu chí")


def test_seed002_area_grouped_plan_and_appendix():
    p = parse_plan_file(SEED002)
    assert p.kind == "cchc" and p.year == 2024 and not p.criteria()
    names = [g.name for g in p.groups]
    assert names[:7] == ["Cải cách thể chế", "Cải cách thủ tục hành chính (TTHC)",
                         "Cải cách tổ chức bộ máy hành chính nhà nước", "Cải cách chế độ công vụ",
                         "Cải cách tài chính công", "Xây dựng và phát triển chính quyền điện tử, chính quyền số",
                         "Công tác chỉ đạo, điều hành CCHC"]
    assert names[7] == "Thực hiện nhiệm vụ được UBND tỉnh giao về xây dựng và phát triển chính quyền điện tử, " \
                       "chính quyền số"
    first = p.groups[0].tasks
    assert [(t.lead_units, t.timeline) for t in first] == [
        (["Thanh tra Sở"], "Theo Chương trình công tác của UBND tỉnh"), (["Thanh tra Sở"], "Thường xuyên")]
    assert first[0].content.endswith("quy phạm pháp luật.")  # "… thời hạn và" / "quy trình …" joined
    tthc = p.groups[1]
    assert len(tthc.targets) == 7 and tthc.targets[5].content.startswith("Tỷ lệ giải quyết hồ sơ đúng hạn")
    assert [g.code for g in tthc.children] == ["a", "b", "c", "d"]
    assert [t.lead_units for t in tthc.children[2].tasks] == [["Phòng Báo chí - Truyền thông"]] * 2 + \
        [["Phòng Chuyển đổi số"]] * 2
    last = p.groups[6].tasks[-1]  # "Văn phòng chủ trì; các phòng, đơn vị phối hợp."
    assert (last.lead_units, last.coop_units) == (["Văn phòng"], ["Các phòng, đơn vị"])
    assert len(p.groups[3].tasks) == 4 and all(t.lead_units == ["Văn phòng", "Trung tâm CNTT tỉnh"]
                                               for t in p.groups[3].tasks)
    appendix = p.groups[-1]
    assert appendix.name.startswith("Phụ lục: Nhiệm vụ cụ thể thực hiện cải cách hành chính năm 2024")
    assert [g.code for g in appendix.children] == ["I", "II", "III", "IV"]
    rows = appendix.children[0].children[0].tasks
    assert [t.code for t in rows] == ["1.1", "1.2", "1.3"]
    assert rows[0].lead_units == ["P. CDS"] and rows[0].coop_units == ["TT. CNTT tỉnh"]  # from the group row
    assert rows[0].objective.startswith("100% quy trình nội bộ")
    cont = [t for t in appendix.children[0].children[2].tasks if not t.code]
    assert cont[0].objective.startswith("Tỷ lệ hồ sơ giải quyết trực tuyến")  # a row continuing target 3.2
    split = [t for g in appendix.walk() for t in g.tasks if "Tổ công nghệ số cộng đồng" in t.content
             and t.content.startswith("Chủ trì tổ chức tập huấn")]
    assert split and split[0].output == "Lớp tập huấn, Chương trình bồi duỡng..."  # a row cut by a page break
    assert p.unrecognised == []


def test_another_agency_other_words_and_numbers():
    p = parse_plan_file(LAOCAI)
    assert [(g.code, g.name) for g in p.groups] == [
        ("1", "Chuyển đổi nhận thức"), ("2", "Hạ tầng và nền tảng số"), ("3", "An toàn thông tin")]
    assert [c.name for c in p.criteria()][:3] == [
        "Ban hành kế hoạch chuyển đổi số hằng năm", "Tuyên truyền về chuyển đổi số",
        "Người đứng đầu chủ trì họp về chuyển đổi số"]  # straight, single and curly quotes
    assert [c.code for c in p.criteria()] == ["1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "3.2"]
    g1, g2, g3 = p.groups
    assert (g1.stated_score, g1.stated_max, g1.stated_deduction, g1.rank, g1.rank_of) == (
        D("21.5"), D(30), D("8.5"), 12, 20)
    assert (g2.stated_score, g2.stated_max, g2.rank) == (D(13), None, 5)  # a total without a maximum
    c11, c12, c13 = g1.criteria
    assert (c11.appraised_score, c11.max_score, c11.self_score) == (D(8), D(10), D(10))  # "08/10"
    assert c11.note == "do thiếu văn bản kiểm chứng"
    assert (c12.appraised_score, c12.self_score) == (D("7.5"), None)
    assert (c13.self_score, c13.appraised_score) == (D(8), D(6))  # marker "[2]"
    c31 = g3.criteria[0]
    assert (c31.self_score, c31.appraised_score) == (D(10), D(5))  # "05/10" in the footnote
    assert g2.criteria[1].name == "Hệ thống hội nghị truyền hình trực tuyến"  # "Tiêu chí: “…”"
    t = c11.tasks[0]
    assert (t.lead_units, t.coop_units, t.timeline) == (
        ["VĂN PHÒNG SỞ"], ["Phòng Kế hoạch - Tài chính", "Phòng Nghiệp vụ Y"], "Tháng 12/2024")
    assert [t.content[:8] for t in c12.tasks] == ["Đăng tải", "Tổ chức "]  # two bullets, one set of fields
    assert all(t.lead_units == ["Trung tâm Kiểm soát bệnh tật"] and t.timeline == "Quý II/2024"
               for t in c12.tasks)
    # The only disagreement of the document: index 3 says 18 points, its criteria add up to 12.
    assert [(w.line, w.message) for w in p.warnings] == [
        (79, "Chỉ số 3 “An toàn thông tin” ghi đạt 18 điểm nhưng các tiêu chí cộng lại 12 điểm.")]
    assert [u.line for u in p.unrecognised] == [5, 59]
    assert "Ghi chú" in p.unrecognised[1].message
    assert (p.signing_authority, p.signer_title, p.signer_name) == ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Văn An")
    assert (p.year, p.assessment_year, p.number, p.symbol) == (2024, 2023, 118, "KH-SYT")


def test_area_plan_of_another_agency_with_its_appendix():
    p = parse_plan_file(HATINH)
    assert [g.name for g in p.groups] == ["Cải cách thể chế", "Cải cách thủ tục hành chính",
                                          "Phụ lục: Danh mục nhiệm vụ cải cách hành chính năm 2025"]
    tthc = p.groups[1]
    assert [t.content for t in tthc.targets] == ["100% thủ tục hành chính được công khai đúng hạn.",
                                                 "Tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%."]
    a, b = tthc.children
    assert [(t.lead_units, t.coop_units, t.timeline) for t in a.tasks] == [
        (["Văn phòng Sở"], ["Các phòng chuyên môn"], "Thường xuyên")] * 2
    assert b.tasks[0].content == "Số hóa 100% hồ sơ cấp giấy phép xây dựng."
    assert b.tasks[0].lead_units == ["Trung tâm Giám định chất lượng xây dựng"]  # "(Đơn vị thực hiện: …)"
    i, ii = p.groups[2].children
    assert [(t.code, t.output, t.lead_units, t.timeline) for t in i.tasks] == [
        ("1", "Quyết định", ["Văn phòng Sở"], "Quý I/2025"),
        ("2", "Quyết định", ["Phòng Quản lý xây dựng"], "Tháng 6/2025")]
    t = ii.tasks[0]
    assert t.content == "Triển khai ký số trên hệ thống quản lý văn bản và hệ thống một cửa điện tử"
    assert (t.lead_units, t.coop_units) == (["Văn phòng Sở"], ["Các phòng chuyên môn"])  # lead from row II
    assert p.warnings == [] and p.unrecognised == []


PASTED = """\
1. Chỉ số thành phần "Dữ liệu số" (gồm 02 tiêu chí; tối đa 20 điểm; năm 2024 đạt 12/20 điểm, bị trừ 9 điểm)
1.1. Tiêu chí “Cơ sở dữ liệu dùng chung”: năm 2024 đạt 2/10 điểm; trừ 7 điểm ⁽¹⁾
Xây dựng cơ sở dữ liệu dùng chung của ngành.
- Đơn vị thực hiện: Phòng Tổ chức cán bộ
1.2. Tiêu chí “Dữ liệu mở” (năm 2024 đạt 10/10 điểm)¹
- Công bố danh mục dữ liệu mở.
- Đơn vị chủ trì: Phòng Tổ chức cán bộ, Phòng Thanh tra và Văn phòng Sở
- Thời hạn: 31/12/2025
2. Chỉ tiêu “Nhân lực số” (01 tiêu chí)
2.1. Tiêu chí “Cán bộ chuyên trách” (năm 2024 đạt 3/5 điểm)⁹
Bố trí 01 cán bộ chuyên trách.
- Đơn vị thực hiện: Văn phòng Sở
"""


def test_pasted_excerpt_without_header_checks_every_stated_figure():
    p = parse_plan_text(PASTED)
    assert [c.code for c in p.criteria()] == ["1.1", "1.2", "2.1"]
    c11 = p.criteria()[0]
    assert (c11.appraised_score, c11.max_score, c11.deduction) == (D(2), D(10), D(7))  # clause after a colon
    messages = " | ".join(w.message for w in p.warnings)
    assert "Tiêu chí 1.1 ghi trừ 7 điểm nhưng 10 − 2 = 8." in messages
    assert "ghi đạt 12 điểm nhưng các tiêu chí cộng lại 12 điểm" not in messages
    assert "ghi điểm trừ 9 nhưng 20 − 12 = 8" in messages
    assert "Tiêu chí 2.1: không tìm thấy chú thích số 9." in messages
    t = p.criteria()[1].tasks[0]
    assert t.lead_units == ["Phòng Tổ chức cán bộ", "Phòng Thanh tra", "Văn phòng Sở"]
    assert t.timeline == "31/12/2025"
    assert p.assessment_year == 2024 and p.kind == "dti"


def test_three_levels_and_a_criterion_count_that_disagrees():
    text = ("1. Chỉ số “Chính quyền số” (gồm 3 tiêu chí)\n"
            "1.1. Chỉ số thành phần “Dịch vụ công” (năm 2023 đạt 15/20 điểm)\n"
            "1.1.1. Tiêu chí “Hồ sơ trực tuyến” (năm 2023 đạt 7/10 điểm)\n"
            "Đẩy mạnh tiếp nhận hồ sơ trực tuyến.\n- Thời gian thực hiện: Năm 2024\n"
            "1.1.2. Tiêu chí “Thanh toán trực tuyến” (năm 2023 đạt 8/10 điểm)\n"
            "1.2. Tiêu chí “Cổng thông tin” (năm 2023 đạt 5/5 điểm)\n"
            "1.3. Tiêu chí “Ứng dụng di động” (năm 2023 đạt 2/5 điểm)\n")
    p = parse_plan_text(text)
    top = p.groups[0]
    assert [c.code for c in top.criteria] == ["1.2", "1.3"]
    sub = top.children[0]
    assert (sub.code, sub.name, [c.code for c in sub.criteria]) == ("1.1", "Dịch vụ công", ["1.1.1", "1.1.2"])
    assert sub.criteria[0].tasks[0].timeline == "Năm 2024"
    assert any("ghi gồm 3 tiêu chí nhưng văn bản có 4 tiêu chí" in w.message for w in p.warnings)


@pytest.mark.parametrize("text, words", [
    ("", "Chưa có nội dung"),
    ("Kính gửi: các phòng.\nĐề nghị các đơn vị báo cáo trước ngày 15/12.", "Không nhận ra kế hoạch"),
    ("\x00\x01\x02PK\x03\x04" * 50, "không phải văn bản"),
])
def test_nothing_of_a_plan_is_refused(text, words):
    with pytest.raises(ValidationError) as exc:
        parse_plan_text(text)
    assert words in exc.value.message


def test_files_that_are_not_text_are_refused(tmp_path):
    binary = tmp_path / "anh.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    empty = tmp_path / "trong.txt"
    empty.write_bytes(b"")
    legacy = tmp_path / "cu.txt"
    legacy.write_bytes(b"K\xea ho\xe1ch \xd0\xf4n v\xec (TCVN3)\n1. Ch\xec s\xe8")
    fake = tmp_path / "hong.docx"
    fake.write_bytes(b"PK\x03\x04 not really a zip")
    pdf = tmp_path / "ke-hoach.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    expected = {binary: "nhị phân", empty: "trống", legacy: "UTF-8", fake: "không phải tệp Word",
                pdf: "chưa đọc được định dạng .pdf", tmp_path / "khong-co.txt": "Không tìm thấy tệp"}
    for path, words in expected.items():
        with pytest.raises(ValidationError) as exc:
            parse_plan_file(path)
        assert words in exc.value.message, path


ROMAN = """KẾ HOẠCH
Nâng cao chỉ số DTI của Sở Tài chính năm 2025
I. MỤC ĐÍCH
Nâng cao điểm các chỉ số.
I. CHỈ SỐ NHẬN THỨC SỐ (gồm 02 tiêu chí, tối đa 20 điểm, năm 2024 đạt 15/20 điểm)
1. Tiêu chí “Kế hoạch” (năm 2024 đạt 10/10 điểm)
Ban hành kế hoạch.
- Đơn vị chủ trì: Văn phòng Sở; Thời gian: Quý II/2025
2. Tiêu chí “Tuyên truyền” (năm 2024 đạt: 5/10)
Tuyên truyền trên Cổng thông tin.
- Đơn vị chủ trì: Phòng Tin học và Thống kê, Thời hạn: Năm 2025.
II. CHỈ SỐ HẠ TẦNG SỐ (01 tiêu chí; năm 2024 đạt 3 điểm)
1. Tiêu chí “Máy tính” (năm 2024 đạt 3 điểm/5 điểm)
1. Tiêu chí “Mạng nội bộ” (năm 2024 đạt 2/5 điểm)
III. TỔ CHỨC THỰC HIỆN
Văn phòng Sở theo dõi.
"""


def test_indices_numbered_in_roman_with_fields_on_one_line():
    p = parse_plan_text(ROMAN)
    assert [(g.code, g.name, g.stated_score) for g in p.groups] == [("1", "Nhận thức số", D(15)),
                                                                    ("2", "Hạ tầng số", D(3))]
    assert [(c.code, c.name, c.appraised_score, c.max_score) for c in p.criteria()] == [
        ("1.1", "Kế hoạch", D(10), D(10)), ("1.2", "Tuyên truyền", D(5), D(10)),
        ("2.1", "Máy tính", D(3), D(5)), ("2.1-2", "Mạng nội bộ", D(2), D(5))]
    t1, t2 = (c.tasks[0] for c in p.criteria()[:2])
    assert (t1.lead_units, t1.timeline) == (["Văn phòng Sở"], "Quý II/2025")
    assert (t2.lead_units, t2.timeline) == (["Phòng Tin học và Thống kê"], "Năm 2025")
    assert [s[0] for s in p.sections] == ["I. MỤC ĐÍCH", "II. NỘI DUNG, NHIỆM VỤ", "III. TỔ CHỨC THỰC HIỆN"]
    messages = [w.message for w in p.warnings]
    assert "Số thứ tự 2.1 đã dùng ở mục trước: ghi mục này là 2.1-2." in messages
    assert any("ghi đạt 3 điểm nhưng các tiêu chí cộng lại 5 điểm" in m for m in messages)


WRAPPED = """1. Chỉ số “Nhận thức số”
Điểm năm 2023: 18/20 điểm; xếp thứ 3/18.
Tiếp tục duy trì các tiêu chí.
1.1. Tiêu chí “Người đứng đầu là Trưởng Ban chỉ đạo chuyển đổi số của
đơn vị” (năm 2023 đạt 8/10 điểm)
Kiện toàn Ban chỉ đạo.
- Đơn vị thực hiện: Văn phòng Sở
1.2. Tiêu chí “Chuyên mục chuyển đổi số”
(năm 2023 đạt 10/10 điểm)
Duy trì chuyên mục.
- Đơn vị thực hiện: Văn phòng Sở
"""


def test_headings_wrapped_by_a_pdf_copy_and_scores_on_their_own_line():
    p = parse_plan_text(WRAPPED)
    g = p.groups[0]
    assert (g.stated_score, g.stated_max, g.rank, g.rank_of, g.year) == (D(18), D(20), 3, 18, 2023)
    assert g.intro == "Tiếp tục duy trì các tiêu chí."
    assert [(c.name, c.appraised_score, c.max_score) for c in g.criteria] == [
        ("Người đứng đầu là Trưởng Ban chỉ đạo chuyển đổi số của đơn vị", D(8), D(10)),
        ("Chuyên mục chuyển đổi số", D(10), D(10))]
    assert [c.tasks[0].content for c in g.criteria] == ["Kiện toàn Ban chỉ đạo.", "Duy trì chuyên mục."]
    assert p.warnings == [] and p.unrecognised == []


UNNUMBERED = """II. NỘI DUNG
Chỉ số “Nhận thức số” (gồm 02 tiêu chí; năm 2023 đạt 18/20 điểm; xếp thứ 3/18)
Tiêu chí “Kế hoạch chuyển đổi số” (năm 2023 đạt 8/10 điểm)¹
Ban hành kế hoạch.
- Đơn vị thực hiện: Văn phòng Sở
Tiêu chí “Chuyên mục” (năm 2023 đạt 10/10 điểm)
Tiêu chí này năm 2023 đạt tối đa, cần duy trì.
- Đơn vị thực hiện: Văn phòng Sở
Tiêu chí “An toàn thông tin” (02 tiêu chí, năm 2023 đạt 15/20 điểm)
Tiêu chí “Diễn tập” (năm 2023 đạt 5/10 điểm)
Tiêu chí “Phòng chống mã độc” (năm 2023 đạt 10/10 điểm)
¹ Tự chấm 10/10 điểm; thẩm định 8/10 điểm.
"""


def test_headings_numbered_by_word_lists_have_no_number_in_the_text():
    p = parse_plan_text(UNNUMBERED)
    assert [(g.code, g.name, g.stated_score) for g in p.groups] == [("1", "Nhận thức số", D(18)),
                                                                    ("2", "An toàn thông tin", D(15))]
    assert [(c.code, c.name, c.appraised_score) for c in p.criteria()] == [
        ("1.1", "Kế hoạch chuyển đổi số", D(8)), ("1.2", "Chuyên mục", D(10)),
        ("2.1", "Diễn tập", D(5)), ("2.2", "Phòng chống mã độc", D(10))]
    assert p.criteria()[0].self_score == D(10)
    assert p.criteria()[1].tasks[0].content == "Tiêu chí này năm 2023 đạt tối đa, cần duy trì."  # a sentence
    assert p.warnings == [] and p.unrecognised == []


def test_district_plan_numbers_after_the_keyword_and_lettered_criteria():
    p = parse_plan_file(FIXTURES / "variant_ubnd_huyen_yenson.txt")
    assert [(g.code, g.name, g.stated_score, g.stated_max, g.rank, g.rank_of) for g in p.groups] == [
        ("1", "Nhận thức số", D(15), D(20), 5, 7), ("2", "Hạ tầng số", D(6), D(10), 6, 7)]
    assert [(c.code, c.name, c.appraised_score) for c in p.criteria()] == [
        ("1.1", "Người đứng đầu chủ trì họp về chuyển đổi số", D(10)),
        ("1.2", "Tuyên truyền về chuyển đổi số", D(5)), ("2.1", "Tỷ lệ xã có cáp quang", D(6))]
    t = p.criteria()[1].tasks[0]
    assert (t.content, t.lead_units, t.coop_units, t.timeline) == (
        "Phát sóng chuyên mục chuyển đổi số.", ["Trung tâm Văn hóa, Thông tin và Thể thao huyện"],
        ["Phòng Văn hóa và Thông tin"], "Quý III/2024")
    assert p.criteria()[0].tasks[0].timeline == "Hằng quý"
    assert (p.symbol, p.place, p.number) == ("KH-UBND", "Yên Sơn", 77)
    assert p.warnings == [] and p.unrecognised == []


def test_a_report_is_read_but_flagged(tmp_path):
    path = tmp_path / "bao-cao.txt"
    path.write_text("BÁO CÁO\nKết quả cải cách hành chính 6 tháng đầu năm 2024\nI. KẾT QUẢ\nĐã thực hiện.\n"
                    "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM\n1. Cải cách thể chế\n- Rà soát văn bản.\n"
                    "- Đơn vị chủ trì: Văn phòng Sở\n", encoding="utf-8")
    p = parse_plan_file(path)
    assert p.title == "Kết quả cải cách hành chính 6 tháng đầu năm 2024"
    assert p.warnings[0].message.startswith("Văn bản là BÁO CÁO, không phải KẾ HOẠCH")
    assert p.groups[0].tasks[0].lead_units == ["Văn phòng Sở"]


def test_a_figure_and_the_sentence_citing_it_are_not_tasks():
    """The program's own plan opens section II with a chart (Hình 1) and a sentence citing it: read back, neither
    is a task nor an unknown field."""
    text = SEED000.read_text(encoding="utf-8").replace(
        "1. Chỉ số “Về nhận thức số”",
        "Kết quả đánh giá năm 2022 của từng chỉ số thành phần được thể hiện tại Hình 1.\n\n"
        "Hình 1: Điểm các chỉ số thành phần và tổng điểm năm 2022 (% điểm tối đa)\n\n1. Chỉ số “Về nhận thức số”", 1)
    p = parse_plan_text(text)
    assert p.unrecognised == [] and len(p.tasks()) == 49
