"""The layout-neutral plan document: section II wording (seed 000), CCHC grouping (seed 002), fonts chosen."""

from __future__ import annotations

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
    i = t.index("1. Chỉ số “Nhận thức số” (gồm 05 tiêu chí; điểm số năm 2022 đạt được 50/50 điểm; "
                "đứng thứ 3/18 cơ quan)")
    assert t[i + 1].startswith("Tiếp tục tổ chức thực hiện tốt các tiêu chí")  # indicator_intros["1"]
    assert ("2. Chỉ số “Thể chế số” (gồm 08 tiêu chí; điểm số năm 2022 đạt được 46,67/50 điểm, "
            "điểm trừ 3,33 điểm; đứng thứ 10/18 cơ quan)") in t
    assert "3.2. Tiêu chí “Tỷ lệ máy tính sở, ngành được kết nối vào mạng truyền số liệu chuyên dùng của cơ quan " \
           "Đảng, Nhà nước” (năm 2022 đạt 0/10 điểm, điểm trừ 10 điểm)" in t
    assert any(x.startswith("1.1b. Tiêu chí “Người đứng đầu Sở, ngành chủ trì") for x in t)
    k = t.index("2.3. Tiêu chí “Quy chế hoạt động của Cổng hoặc trang Thông tin điện tử của Sở, ngành” "
                "(năm 2022 đạt 05/05 điểm)")
    assert t[k + 2:k + 5] == ["- Đơn vị thực hiện: Phòng Xây dựng, kiểm tra, thi hành pháp luật và phổ biến, giáo "
                              "dục pháp luật.", "- Đơn vị phối hợp: Các phòng, đơn vị có liên quan.",
                              "- Thời gian thực hiện: Thường xuyên."]
    assert t[-1].endswith("./.")


def test_footnotes_only_where_self_and_appraised_differ(dti):
    assert len(dti.footnotes) == 8
    assert dti.footnotes[1] == "Sở Tư pháp tự chấm đạt 5/5 điểm; thẩm định 2/5 điểm, thiếu tài liệu kiểm chứng."
    heading = next(p for p in dti.body if p.text.startswith("4.1. Tiêu chí"))
    assert heading.runs[-1].footnote == 1 and heading.style == "criterion"


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
    assert default_label(data, "scores") == "Phụ lục"
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
