"""A plan that names another agency is flagged before import; the agency's own plans are not."""

from __future__ import annotations

from dtidesk.domain.agency_match import FileAgency, named_agencies, other_agency_warnings

STP_TQ = FileAgency(agency="SỞ TƯ PHÁP", agency_name="Sở Tư pháp", short_code="STP", place="Tuyên Quang")
SNV_BG = FileAgency(agency="SỞ NỘI VỤ", agency_name="Sở Nội vụ", short_code="SNV", place="Bắc Giang")


def test_seed_003_in_another_agencys_file():
    w = other_agency_warnings(STP_TQ, [], "Thực hiện chuyển đổi số của Sở Nội vụ năm 2024",
                              "Sở Nội vụ xây dựng Kế hoạch", "KH-SNV", "Bắc Giang")
    assert len(w) == 2 and "“Sở Nội vụ”" in w[0] and "Sở Tư pháp" in w[0]
    assert any("Bắc Giang" in x for x in w)


def test_seed_003_in_its_own_file():
    assert other_agency_warnings(SNV_BG, [], "Thực hiện chuyển đổi số của Sở Nội vụ năm 2024", "", "KH-SNV",
                                 "Bắc Giang") == []


def test_header_block_names_the_agency():
    header = ["ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "SỞ Y TẾ"]
    assert named_agencies(header, "", "") == ["SỞ Y TẾ"]
    w = other_agency_warnings(STP_TQ, header, "Cải thiện chỉ số năm 2024", "", "KH-SYT", "Lào Cai")
    assert w and "SỞ Y TẾ" in w[0]


def test_a_file_without_an_agency_or_a_silent_document_is_not_flagged():
    assert other_agency_warnings(FileAgency(), ["SỞ Y TẾ"], "", "", "", "") == []
    assert other_agency_warnings(STP_TQ, [], "Kế hoạch cải thiện chỉ số DTI năm 2023", "", "KH-STP", "") == []
    assert other_agency_warnings(STP_TQ, [], "của Sở Tư pháp tỉnh Tuyên Quang năm 2023", "", "", "Tuyên Quang") == []
