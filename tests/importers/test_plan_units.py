"""Unit lists and field labels as different agencies write them."""

from __future__ import annotations

import pytest

from dtidesk.importers.plan_grammar import field_kind
from dtidesk.importers.plan_units import person_free, split_units


@pytest.mark.parametrize("value, lead, coop, note", [
    ("Văn phòng Sở, Phòng Bổ trợ và hành chính tư pháp, Thanh tra Sở.",
     ["Văn phòng Sở", "Phòng Bổ trợ và hành chính tư pháp", "Thanh tra Sở"], [], ""),
    ("Phòng Xây dựng, kiểm tra, thi hành pháp luật và phổ biến, giáo dục pháp luật và các phòng, đơn vị có liên quan",
     ["Phòng Xây dựng, kiểm tra, thi hành pháp luật và phổ biến, giáo dục pháp luật",
      "Các phòng, đơn vị có liên quan"], [], ""),
    ("Sở Thông tin và Truyền thông; Công an tỉnh", ["Sở Thông tin và Truyền thông", "Công an tỉnh"], [], ""),
    ("Văn phòng Sở (chủ trì), Phòng Kế hoạch (phối hợp)", ["Văn phòng Sở"], ["Phòng Kế hoạch"], ""),
    ("Văn phòng chủ trì; các phòng, đơn vị phối hợp.", ["Văn phòng"], ["Các phòng, đơn vị"], ""),
    ("Văn phòng Sở, các đơn vị sự nghiệp trực thuộc Sở theo chức năng, nhiệm vụ được giao",
     ["Văn phòng Sở", "Các đơn vị sự nghiệp trực thuộc Sở"], [], "theo chức năng, nhiệm vụ được giao"),
])
def test_unit_lists(value, lead, coop, note):
    units = split_units(value)
    assert (units.lead, units.coop, units.note) == (lead, coop, note)


def test_known_names_are_never_cut():
    known = ["Phòng Quản lý, Kiểm tra, Giám sát"]
    assert split_units("Phòng Quản lý, Kiểm tra, Giám sát; Văn phòng Sở", known).lead == [
        "Phòng Quản lý, Kiểm tra, Giám sát", "Văn phòng Sở"]


def test_heads_of_units():
    assert person_free("Trưởng các phòng, đơn vị thuộc Sở") == "Các phòng, đơn vị thuộc Sở"
    assert person_free("Thủ trưởng các đơn vị sự nghiệp") == "Các đơn vị sự nghiệp"
    assert person_free("Văn phòng Sở") is None


@pytest.mark.parametrize("label, kind", [
    ("Đơn vị thực hiện", "lead"), ("Đơn vị, cá nhân thực hiện", "lead"), ("Đơn vị chủ trì", "lead"),
    ("+ Đơn vị chủ trì", "lead"), ("Đơn vị chủ trì tham mưu thực hiện", "lead"), ("Cơ quan chủ trì", "lead"),
    ("Bộ phận thực hiện", "lead"), ("Đơn vị chủ trì, phối hợp", "lead"), ("Đơn vị phối hợp", "coop"),
    ("Đơn vị, phối hợp", "coop"), ("Đơn vị, cá nhân phối hợp", "coop"), ("Thời gian thực hiện", "timeline"),
    ("Thời gian hoàn thành", "timeline"), ("Thời gian", "timeline"), ("Thời hạn", "timeline"),
    ("Tiến độ thực hiện", "timeline"), ("Nhiệm vụ", "content"), ("Mục tiêu", "objective"),
    ("Sản phẩm đầu ra", "output"), ("Đơn vị theo dõi, đôn đốc", "monitor"), ("Ghi chú", None),
    ("Kính gửi", None),
])
def test_field_labels(label, kind):
    assert field_kind(label) == kind
