"""The one rule for which unit a written name means: the table of spellings that agree and that must not."""

from __future__ import annotations

import pytest

from dtidesk.domain.models import Unit
from dtidesk.domain.units import (
    ABBREVIATIONS,
    HEAD_ABBREVIATIONS,
    NameIndex,
    spelling_rank,
    split_fragment,
    unit_index,
    unit_key,
)


def same(a: str, b: str) -> bool:
    """The rule, both ways: an index holding one spelling finds the other."""
    left: NameIndex[int] = NameIndex()
    left.add(a, 1)
    right: NameIndex[int] = NameIndex()
    right.add(b, 2)
    return left.find(b) == 1 and right.find(a) == 2


# Spellings of one unit, from the seeds (002's appendix, 003's Phụ lục 1), the import fixtures and officers' lists.
SAME = [
    ("P. CDS", "Phòng Chuyển đổi số"),  # seed 002, Phụ lục
    ("P.CDS", "Phòng Chuyển đổi số"),
    ("P. CĐS", "P.CDS"),
    ("TT. CNTT tỉnh", "Trung tâm CNTT tỉnh"),  # seed 002
    ("TT.CNTT tỉnh", "Trung tâm Công nghệ thông tin tỉnh"),
    ("Văn phòng", "Văn phòng Sở"),  # seed 002: both in one appendix
    ("VP Sở", "Văn phòng Sở"),
    ("VĂN PHÒNG SỞ", "Văn phòng Sở"),  # variant_syt_laocai
    ("van phong so", "Văn phòng Sở"),  # typed without diacritics
    ("Phòng CCVC Sở", "Phòng Công chức, viên chức"),  # seed 003
    ("Phòng Kế hoạch - Tài chính", "Phòng Kế hoạch, Tài chính"),
    ("Phòng Kế hoạch – Tài chính", "Phòng Kế hoạch và Tài chính"),
    ("Phòng KH-TC", "Phòng Kế hoạch & Tài chính"),
    ("Phòng KHTC", "Phòng Kế hoạch - Tài chính"),
    ("Phòng CCHC", "Phòng Cải cách hành chính"),  # seed 003
    ("Bộ phận một cửa giải quyết TTHC", "Bộ phận Một cửa giải quyết thủ tục hành chính"),
    ("Các phòng đơn vị thuộc Sở", "Các phòng, đơn vị thuộc Sở"),  # seed 003
    ("Phòng, đơn vị thuộc Sở", "Các phòng, đơn vị thuộc Sở"),  # seed 003
    ("Các phòng, đơn vị", "Các phòng, đơn vị thuộc Sở"),  # seed 002
    ("Phòng Bổ trợ và hành chính tư pháp", "Phòng Bổ trợ và Hành chính tư pháp"),  # seed 000
    ("UBND tỉnh", "Ủy ban nhân dân tỉnh"),
    ("UBND", "UBND tỉnh"),
    ("Văn phòng HĐND và UBND huyện", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện"),  # Yên Sơn fixture
    ("Sở TT&TT", "Sở Thông tin và Truyền thông"),  # seed 004's issuer
    ("Sở TTTT", "Sở Thông tin và Truyền thông"),
    ("Trung tâm CNTT thuộc Sở", "Trung tâm Công nghệ thông tin"),
    ("Trung tâm CNTT của Sở", "Trung tâm C.N.T.T"),
    ("Ban Chỉ đạo CĐS", "BCĐ Chuyển đổi số"),
    ("Phòng Tổ chức cán bộ", "Phòng TCCB"),
    ("Sở LĐ-TB&XH", "Sở Lao động - Thương binh và Xã hội"),
    ("Sở NN&PTNT", "Sở Nông nghiệp và Phát triển nông thôn"),
    ("Phòng  Chuyển   đổi số ", "phòng chuyển đổi số"),
    ("Phòng Cải cách chính hành", "Phòng Cải cách hành chính"),  # seed 003: the same words out of order
    ("Phòng Tài chính - Kế hoạch", "Phòng Kế hoạch và Tài chính"),
]

# Names that look alike and are two bodies.
DIFFERENT = [
    ("Phòng Chuyển đổi số", "Phòng Chuyển đổi"),  # "số" is not "Sở"
    ("phong chuyen doi so", "Phòng Chuyển đổi"),  # nor when typed without diacritics
    ("Thanh tra Sở", "Thanh tra tỉnh"),  # the department's inspectorate and the province's
    ("UBND tỉnh", "UBND huyện"),
    ("Công an tỉnh", "Công an huyện"),
    ("Văn phòng Sở", "Văn phòng UBND tỉnh"),
    ("Phòng Văn hóa và Thông tin", "Phòng Văn hóa"),
    ("Các phòng thuộc Sở", "Các phòng, đơn vị thuộc Sở"),
    ("Sở Nội vụ", "Sở Tư pháp"),
    ("Sở", "Văn phòng Sở"),
    ("Phòng Kế hoạch", "Phòng Kế hoạch - Tài chính"),
    ("Trung tâm CNTT tỉnh", "Phòng CNTT"),
    ("Sở TT&TT", "Sở Thanh tra"),
]


@pytest.mark.parametrize("a, b", SAME)
def test_spellings_of_one_unit_agree(a, b):
    assert same(a, b), (unit_key(a), unit_key(b))


@pytest.mark.parametrize("a, b", DIFFERENT)
def test_different_bodies_stay_apart(a, b):
    assert not same(a, b), (unit_key(a), unit_key(b))


@pytest.mark.parametrize("short, long", [*ABBREVIATIONS.items(), *HEAD_ABBREVIATIONS.items()])
def test_every_abbreviation_of_the_table_reads_both_ways(short, long):
    if short in HEAD_ABBREVIATIONS:
        assert same(f"{short} Tổng hợp", f"{long} Tổng hợp")
    else:
        assert same(f"Phòng {short}", f"Phòng {long}")


def test_the_head_abbreviations_only_at_the_head():
    # "TT" inside a name is Thông tin as often as Trung tâm: not guessed there.
    assert unit_key("TT. CNTT tỉnh").core.startswith("trung tam")
    assert "trung tam" not in unit_key("Phòng TT Sở").core


def test_suffix_scope_prefers_the_same_suffix_then_the_agency():
    index = unit_index([Unit(1, "Thanh tra Sở"), Unit(2, "Thanh tra tỉnh")])
    assert index.find("Thanh tra").id == 1  # in a Sở's plan, its own inspectorate
    assert index.find("Thanh tra tỉnh").id == 2
    assert index.find("Thanh tra thuộc Sở").id == 1


def test_a_spelling_written_alike_wins_over_the_rule():
    index = unit_index([Unit(1, "Văn phòng Sở"), Unit(2, "Văn phòng")])
    assert index.find("văn phòng").id == 2 and index.find("VĂN PHÒNG SỞ").id == 1


def test_aliases_and_short_names_are_spellings():
    unit = Unit(7, "Phòng Cải cách hành chính", short_name="CCHC", aliases=["Phòng Cải cách chính hành"])
    index = unit_index([unit])
    assert index.find("phong cai cach chinh hanh") is unit
    assert index.find("CCHC") is unit and index.find("Phòng CCHC") is unit


@pytest.mark.parametrize("text, who", [
    # seed 003, Phụ lục 1, row 12: a sentence in the lead-unit column
    ("Phòng Cải cách hành chính phối hợp với các phòng thuộc Sở có thủ tục hành chính.",
     "Phòng Cải cách hành chính"),
    ("Văn phòng Sở chủ trì, phối hợp với các phòng", "Văn phòng Sở"),
    ("VP chủ trì", "VP"),
    ("Các phòng, đơn vị thực hiện theo chức năng", "Các phòng, đơn vị"),
    ("Thanh tra Sở có trách nhiệm theo dõi", "Thanh tra Sở"),
    ("Ban Chỉ đạo chủ trì", "Ban Chỉ đạo"),
    ("Hội đồng phối hợp với Sở Tư pháp", "Hội đồng"),
])
def test_sentences_are_not_unit_names(text, who):
    assert split_fragment(text)[0] == who


@pytest.mark.parametrize("name", [
    "Ban Chỉ đạo thực hiện Đề án 06",  # named after its mission
    "Tổ công tác thực hiện Đề án 06 của tỉnh",
    "Hội đồng phối hợp phổ biến, giáo dục pháp luật",
    "Phòng Tham mưu",  # Công an tỉnh
    "Trung tâm Kiểm soát bệnh tật",  # variant_syt_laocai
    "Phòng Quản lý xây dựng",  # variant_sxd_hatinh_cchc
    "Công chức tiếp nhận hồ sơ yêu cầu giải quyết thủ tục hành chính",  # seed 000
    "Các phòng, đơn vị xử lý, giải quyết hồ sơ thủ tục hành chính",  # seed 000
    "Phòng Xây dựng, kiểm tra, thi hành pháp luật và phổ biến, giáo dục pháp luật",  # seed 000
    "Thư ký Ban chỉ đạo Chuyển đổi số Sở Tư pháp",  # seed 000
])
def test_names_with_a_verb_of_their_own_stay_names(name):
    assert split_fragment(name) is None


def test_the_fullest_spelling_is_preferred():
    assert sorted(["P. CDS", "Phòng Chuyển đổi số"], key=spelling_rank)[0] == "Phòng Chuyển đổi số"
    assert sorted(["Văn phòng", "VĂN PHÒNG SỞ", "Văn phòng Sở"], key=spelling_rank)[0] == "Văn phòng Sở"
    assert sorted(["TT. CNTT tỉnh", "Trung tâm CNTT tỉnh"], key=spelling_rank)[0] == "Trung tâm CNTT tỉnh"
    # Equal ranks keep the caller's order (the first written).
    assert sorted(["Phòng Bổ trợ và hành chính tư pháp", "Phòng Bổ trợ và Hành chính tư pháp"],
                  key=spelling_rank)[0] == "Phòng Bổ trợ và hành chính tư pháp"
