"""The layout-neutral plan document: section II wording (seed 000), CCHC grouping (seed 002), fonts chosen."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dtidesk.domain.models import Unit
from dtidesk.exporters.appendix import build_appendix, default_label
from dtidesk.exporters.document import build_plan_document, reference_line, units_text
from dtidesk.exporters.fonts import find_fonts
from dtidesk.services.export import plan_data


@pytest.fixture
def dti(demo):
    return build_plan_document(plan_data(demo, 1))


def texts(d) -> list[str]:
    return [p.text for p in d.body]


def test_header_fields(dti):
    assert (dti.parent_agency, dti.agency) == ("UBND TỈNH TUYÊN QUANG", "SỞ TƯ PHÁP")
    assert dti.number_line == "Số:       /KH-STP"
    assert dti.place_date == "Tuyên Quang, ngày      tháng 5 năm 2023"
    assert dti.signature_lines == ["GIÁM ĐỐC"] and dti.recipients[-1] == "Lưu: VT, VP.NHHương."


def test_section_two_from_the_scores(dti):
    t = texts(dti)
    i = t.index("1. Chỉ số “Nhận thức số” (gồm 04 tiêu chí; điểm số năm 2022 đạt được 50/50 điểm; "
                "đứng thứ 03/18 cơ quan)")
    assert t[i + 1].startswith("Tiếp tục tổ chức thực hiện tốt các tiêu chí")  # indicator_intros["1"]
    # One criterion naming two things prints both quotes, as the plan wrote it; no empty "1.1b" after it.
    assert t[i + 2] == "1.1. Tiêu chí “Người đứng đầu sở, ngành là Trưởng Ban chỉ đạo chuyển đổi số của đơn vị”, " \
                       "“Người đứng đầu Sở, ngành chủ trì, chỉ đạo trong cuộc họp đơn vị mình về Chuyển đổi số, " \
                       "Chính quyền số” (năm 2022 đạt 20/20 điểm)"
    assert t[i + 3].startswith("Tiếp tục duy trì, tổ chức thực hiện tốt nhiệm vụ") and not any("1.1b" in x for x in t)
    assert ("2. Chỉ số “Thể chế số” (gồm 08 tiêu chí; điểm số năm 2022 đạt được 46,67/50 điểm, "
            "điểm trừ 3,33 điểm; đứng thứ 10/18 cơ quan)") in t
    # A deduction beside a partial score only: "0/10" says it already (seed 000). Both carry footnotes 1, 2.
    assert "3.2. Tiêu chí “Tỷ lệ máy tính sở, ngành được kết nối vào mạng truyền số liệu chuyên dùng của cơ quan " \
           "Đảng, Nhà nước” (năm 2022 đạt 0/10 điểm)2" in t
    assert any(x.startswith("2.4. Tiêu chí") and x.endswith("(năm 2022 đạt 1,67/5 điểm, điểm trừ 3,33 điểm)1")
               for x in t)
    k = t.index("2.3. Tiêu chí “Quy chế hoạt động của Cổng hoặc trang Thông tin điện tử của Sở, ngành” "
                "(năm 2022 đạt 5/5 điểm)")
    assert t[k + 2:k + 5] == ["- Đơn vị thực hiện: Phòng Xây dựng, kiểm tra, thi hành pháp luật và phổ biến, giáo "
                              "dục pháp luật.", "- Đơn vị phối hợp: Các phòng, đơn vị có liên quan.",
                              "- Thời gian thực hiện: Thường xuyên."]
    # The unit lines as the plan wrote them: its label, its separators, its names.
    k = t.index(next(x for x in t if x.startswith("6.11. Tiêu chí")))
    assert t[k + 2] == "- Đơn vị, cá nhân thực hiện: Công chức tiếp nhận hồ sơ yêu cầu giải quyết thủ tục hành " \
                       "chính; các phòng, đơn vị xử lý, giải quyết hồ sơ thủ tục hành chính."
    assert "- Đơn vị thực hiện: Văn phòng Sở, Phòng Bổ trợ và hành chính tư pháp, Thanh tra Sở." in t
    assert t[-1].endswith("./.")


def test_footnotes_where_points_were_lost_or_the_scores_differ(dti):
    """Seed 000's 13 footnotes: every criterion below full marks, with both scores even when they agree."""
    assert len(dti.footnotes) == 13
    assert dti.footnotes[1] == "Sở Tư pháp tự chấm đạt 1,67/5 điểm; thẩm định 1,67/5 điểm."
    assert dti.footnotes[4] == "Sở Tư pháp tự chấm đạt 5/5 điểm; thẩm định 2/5 điểm, thiếu tài liệu kiểm chứng."
    heading = next(p for p in dti.body if p.text.startswith("4.1. Tiêu chí"))
    assert heading.runs[-1].footnote == 4 and heading.style == "criterion"
    assert not any(p.runs[-1].footnote for p in dti.body if p.text.startswith("6.1. Tiêu chí"))  # 10/10: none


@pytest.mark.parametrize("style, group4, criterion23", [
    ("mixed", "(gồm 04 tiêu chí; điểm số năm 2022 đạt được 17/20 điểm, điểm trừ 03 điểm; đứng thứ 11/18 cơ quan)",
     "(năm 2022 đạt 5/5 điểm)"),
    ("padded", "(gồm 04 tiêu chí; điểm số năm 2022 đạt được 17/20 điểm, điểm trừ 03 điểm; đứng thứ 11/18 cơ quan)",
     "(năm 2022 đạt 05/05 điểm)"),
    ("plain", "(gồm 4 tiêu chí; điểm số năm 2022 đạt được 17/20 điểm, điểm trừ 3 điểm; đứng thứ 11/18 cơ quan)",
     "(năm 2022 đạt 5/5 điểm)"),
])
def test_number_padding_is_the_files_one_rule(demo, style, group4, criterion23):
    """Numbers below 10 in the headings follow the style set for the file (Xuất → Cách viết số …)."""
    from dtidesk.services.document_style import set_number_style

    set_number_style(demo, style)
    t = texts(build_plan_document(plan_data(demo, 1)))
    assert any(x.startswith("4. Chỉ số “Nhân lực số”") and x.endswith(group4) for x in t)
    assert any(x.startswith("2.3. Tiêu chí") and x.endswith(criterion23) for x in t)
    rank3 = next(x for x in t if x.startswith("3. Chỉ số"))
    assert rank3.endswith("đứng thứ 1/18 cơ quan)" if style == "plain" else "đứng thứ 01/18 cơ quan)")


def test_units_wording():
    units = [Unit(1, "Thư ký Ban chỉ đạo Chuyển đổi số Sở Tư pháp", kind="collective"),
             Unit(2, "Các phòng, đơn vị thuộc Sở", kind="collective"),
             Unit(3, "Các đơn vị sự nghiệp trực thuộc Sở", kind="collective")]
    note = "Trưởng các phòng, đơn vị thuộc Sở, Thủ trưởng các đơn vị sự nghiệp trực thuộc Sở"
    assert units_text(units, note) == f"Thư ký Ban chỉ đạo Chuyển đổi số Sở Tư pháp; {note}"
    assert units_text(units[1:], "") == "Các phòng, đơn vị thuộc Sở; các đơn vị sự nghiệp trực thuộc Sở"
    assert units_text([Unit(4, "Văn phòng Sở", kind="office")], "theo chức năng, nhiệm vụ được giao") == \
        "Văn phòng Sở theo chức năng, nhiệm vụ được giao"


def test_cchc_plan_grouped_by_task_groups(demo):
    t = texts(build_plan_document(plan_data(demo, 2)))
    assert t[0] == "I. NỘI DUNG, NHIỆM VỤ"
    assert t[1] == "1. Cải cách thủ tục hành chính" and t[2] == "1.1. Kiểm soát thủ tục hành chính"
    assert "+ Đơn vị chủ trì: Phòng Chuyển đổi số." in t
    assert "4. Chỉ đạo điều hành CCHC" in t


def test_appendix_labels_and_reference(demo):
    data = plan_data(demo, 1)
    plan = data.plan
    assert default_label(data, "scores") == "Phụ lục I"
    assert default_label(data, "tasks") == "Phụ lục II"
    assert default_label(data, "tasks", numbering="arabic2") == "Phụ lục 02"
    assert reference_line(plan, demo.repo.agency.get()) == \
        "(Kèm theo Kế hoạch số       /KH-STP ngày      tháng 5 năm 2023 của Sở Tư pháp)"
    t = build_appendix(data, "scores", label="Phụ lục 03", title="BẢNG ĐIỂM")
    assert (t.label, t.title) == ("Phụ lục 03", "BẢNG ĐIỂM")


def test_times_new_roman_preferred(tmp_path, monkeypatch):
    monkeypatch.delenv("DTIDESK_EXPORT_FONT", raising=False)
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    for name in ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"):
        (fonts / name).write_bytes(b"")
    found = find_fonts([fonts])
    assert found.label == "Times New Roman" and found.files["bold"].name == "timesbd.ttf"
    (fonts / "timesbi.ttf").unlink()
    fallback = find_fonts([fonts])
    assert fallback.label == "Liberation Serif" and fallback.bundled
    assert all(Path(p).is_file() for p in fallback.files.values())
    assert (fallback.files["regular"].parent / "LICENSE-LiberationSerif.txt").is_file()


CITED = re.compile(r"\(chi tiết tại (Phụ lục(?: [IVX]+)?) kèm theo\)")


@pytest.mark.parametrize("plan_id, kinds", [(1, ("scores", "tasks")),
                                            (2, ("targets", "tasks", "projects", "directives"))])
def test_appendices_numbered_in_the_order_the_body_cites_them(rich_path, plan_id, kinds):
    """NĐ 30: two or more appendices are numbered (I, II … with no gap) and the document refers to each; the
    label an appendix prints is the one the body cites, and the body cites them in their order."""
    from dtidesk.domain.vnformat import roman
    from dtidesk.store import open_agency_file

    with open_agency_file(rich_path, readonly=True) as af:
        data = plan_data(af, plan_id)
    assert data.appendices == kinds
    labels = [build_appendix(data, k).label for k in kinds]
    assert labels == [f"Phụ lục {roman(n)}" for n in range(1, len(kinds) + 1)]
    cited = [m for p in build_plan_document(data).body for m in CITED.findall(p.text)]
    assert cited == labels
    if plan_id == 1:  # the result is cited where section II starts, the tasks where it ends
        body = texts(build_plan_document(data))
        section = next(i for i, t in enumerate(body) if t.startswith("II. "))
        assert body[section + 1] == "Kết quả đánh giá năm 2022 của từng chỉ số, tiêu chí (chi tiết tại Phụ lục I " \
                                    "kèm theo)."
        end = next(i for i, t in enumerate(body) if t.startswith("III. "))
        assert body[end - 1].startswith("Nhiệm vụ cụ thể") and "Phụ lục II" in body[end - 1]


def test_one_appendix_is_phu_luc_without_a_number(demo):
    """Plan 2 of the plain demo has tasks only: "Phụ lục", cited as such."""
    data = plan_data(demo, 2)
    assert data.appendices == ("tasks",)
    assert build_appendix(data, "tasks").label == "Phụ lục"
    assert [m for p in build_plan_document(data).body for m in CITED.findall(p.text)] == ["Phụ lục"]

