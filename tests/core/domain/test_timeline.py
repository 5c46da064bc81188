"""Tests of timeline parsing and rolling, including every timeline wording of the seed documents."""

from __future__ import annotations

from datetime import date

import pytest

from dtidesk.domain.timeline import KINDS, TIMELINE_KIND_LABELS, Timeline, parse_timeline, shift_timeline

R, D, C, U, E = "recurring", "dated", "conditional", "unknown", "empty"

# Every "Thời gian …" value and "trước ngày …" deadline in shared/seeds, with its plan year:
# seed 000 (Sở Tư pháp Tuyên Quang, 2023), 001 (Đồng Tháp, 2026), 002 and 003 (2024).
SEED_TIMELINES = [
    # seed 000, "Thời gian thực hiện:"
    ("Thường xuyên.", 2023, R, None),
    ("Thường xuyên", 2023, R, None),
    ("Ngay sau khi nhận được Kế hoạch, chương trình, đề án của cấp trên.", 2023, C, None),
    ("Tháng 12 năm trước liền kề.", 2023, D, date(2022, 12, 31)),
    ("Năm 2023.", 2023, D, date(2023, 12, 31)),
    ("Quý IV/2023.", 2023, D, date(2023, 12, 31)),
    ("Theo hướng dẫn của Sở Thông tin và Truyền thông.", 2023, C, None),
    ("Theo chỉ đạo của UBND tỉnh.", 2023, C, None),
    ("Khi có chỉ đạo/hướng dẫn.", 2023, C, None),
    ("Ngay sau khi hoàn thành việc giải quyết thủ tục hành chính theo quy định.", 2023, C, None),
    ("Sau khi UBND tỉnh công bố.", 2023, C, None),
    ("Trong năm 2023.", 2023, D, date(2023, 12, 31)),
    # seed 000, reporting deadlines "báo cáo 6 tháng trước ngày 15/6, báo cáo năm trước ngày 10/12"
    ("trước ngày 15/6", 2023, D, date(2023, 6, 14)),
    ("trước ngày 10/12", 2023, D, date(2023, 12, 9)),
    # seed 001, reporting deadlines
    ("trước ngày 15/12/2026", 2026, D, date(2026, 12, 14)),
    ("trước ngày 20/12/2026", 2026, D, date(2026, 12, 19)),
    # seed 002, "Thời gian:"
    ("Theo Chương trình công tác của UBND tỉnh.", 2024, C, None),
    ("Thường xuyên và theo tiến độ Kế hoạch đề ra.", 2024, R, None),
    ("Thực hiện khi có chỉ đạo.", 2024, C, None),
    ("Thường xuyên và thực hiện khi có hướng dẫn.", 2024, R, None),
    ("Theo Chương trình công tác năm của UBND tỉnh.", 2024, C, None),
    ("Theo Kế hoạch thanh tra năm 2024.", 2024, C, None),
    ("sau khi kế hoạch của tỉnh ban hành.", 2024, C, None),
    ("Quý, 6 tháng, 9 tháng, năm và theo quy định.", 2024, R, None),
    # seed 002, target wording and reporting deadlines
    ("trước ngày 01 tháng 01 năm 2025", 2024, D, date(2024, 12, 31)),
    ("trước ngày 13/3", 2024, D, date(2024, 3, 12)),
    ("trước 13/6", 2024, D, date(2024, 6, 12)),
    ("trước 13/9", 2024, D, date(2024, 9, 12)),
    ("trước ngày 08/11", 2024, D, date(2024, 11, 7)),
    # seed 002, appendix column "Thời gian hoàn thành"
    ("Theo hướng dẫn của các Bộ, ngành Trung ương", 2024, C, None),
    ("Phối hợp khi có Kế hoạch tổ chức tập huấn", 2024, C, None),
    ("Khi có yêu cầu", 2024, C, None),
    ("Quý II/2024", 2024, D, date(2024, 6, 30)),
    ("Theo Kế hoạch số 45/KH-UBND ngày 22/01/2023", 2024, C, None),
    ("Năm 2024", 2024, D, date(2024, 12, 31)),
    ("Khi có hướng dẫn của Bộ Nội vụ", 2024, C, None),
    ("Quý I/2024", 2024, D, date(2024, 3, 31)),
    ("Thường xuyên; riêng chức năng thanh toán trực tuyến trong quý I/2024", 2024, R, None),
    ("Theo hướng dẫn của Bộ Nội vụ", 2024, C, None),
    # seed 003, "Thời gian thực hiện:" and Phụ lục 2 column
    ("Trong năm 2024.", 2024, D, date(2024, 12, 31)),
    ("Trong năm 2024", 2024, D, date(2024, 12, 31)),
    (
        "Theo chương trình, kế hoạch tập huấn, bồi dưỡng của các cơ quan, đơn vị có liên quan.",
        2024,
        C,
        None,
    ),
    ("2024", 2024, D, date(2024, 12, 31)),
    # seed 003, quarterly reporting: a rule for every quarter, not one date
    ("trước ngày 15 của tháng cuối quý", 2024, U, None),
    ("trước ngày 20 của tháng cuối quý", 2024, U, None),
]


@pytest.mark.parametrize(("text", "plan_year", "kind", "due"), SEED_TIMELINES)
def test_seed_timelines(text: str, plan_year: int, kind: str, due: date | None) -> None:
    timeline = parse_timeline(text, plan_year)
    assert timeline.text == text
    assert timeline.kind == kind
    assert timeline.due_date == due
    assert (timeline.period_label is not None) == (kind in (R, D))


@pytest.mark.parametrize(
    ("text", "plan_year", "due", "label"),
    [
        ("Năm 2023", 2023, date(2023, 12, 31), "Năm 2023"),
        ("Trong năm 2023", 2022, date(2023, 12, 31), "Năm 2023"),
        ("năm 2023", 2023, date(2023, 12, 31), "Năm 2023"),
        ("Quý IV/2023", 2023, date(2023, 12, 31), "Quý IV/2023"),
        ("Quý I/2024", 2023, date(2024, 3, 31), "Quý I/2024"),
        ("quý II năm 2024", 2024, date(2024, 6, 30), "Quý II/2024"),
        ("Quý 2/2024", 2024, date(2024, 6, 30), "Quý II/2024"),
        ("Quý III/2023", 2023, date(2023, 9, 30), "Quý III/2023"),
        ("QUÝ   iv / 2023 .", 2023, date(2023, 12, 31), "Quý IV/2023"),
        ("Quý I", 2024, date(2024, 3, 31), "Quý I/2024"),
        ("Quý 4", 2023, date(2023, 12, 31), "Quý IV/2023"),
        ("Cuối quý III/2023", 2023, date(2023, 9, 30), "Quý III/2023"),
        ("Hoàn thành trong Quý IV/2023", 2023, date(2023, 12, 31), "Quý IV/2023"),
        ("Tháng 6/2023", 2023, date(2023, 6, 30), "Tháng 6/2023"),
        ("tháng 6 năm 2023", 2023, date(2023, 6, 30), "Tháng 6/2023"),
        ("Tháng 12", 2023, date(2023, 12, 31), "Tháng 12/2023"),
        ("Tháng 2/2024", 2024, date(2024, 2, 29), "Tháng 2/2024"),
        ("Tháng 02/2023", 2023, date(2023, 2, 28), "Tháng 2/2023"),
        ("6 tháng đầu năm 2023", 2023, date(2023, 6, 30), "6 tháng đầu năm 2023"),
        ("6 tháng cuối năm", 2023, date(2023, 12, 31), "6 tháng cuối năm 2023"),
        ("9 tháng năm 2023", 2023, date(2023, 9, 30), "9 tháng năm 2023"),
        ("Tháng 12 năm trước liền kề", 2023, date(2022, 12, 31), "Tháng 12/2022"),
        ("trước ngày 15/12/2026", 2026, date(2026, 12, 14), "Đến 14/12/2026"),
        ("trước ngày 15/12", 2025, date(2025, 12, 14), "Đến 14/12/2025"),
        ("Trước ngày 01/01/2025", 2024, date(2024, 12, 31), "Đến 31/12/2024"),
        ("Trước 30/6/2023", 2023, date(2023, 6, 29), "Đến 29/6/2023"),
        ("Hoàn thành trước ngày 30/6/2023", 2023, date(2023, 6, 29), "Đến 29/6/2023"),
        ("ngày 30/6/2023", 2023, date(2023, 6, 30), "Đến 30/6/2023"),
        ("30/6/2023", 2023, date(2023, 6, 30), "Đến 30/6/2023"),
        ("30/06/2023.", 2023, date(2023, 6, 30), "Đến 30/6/2023"),
        ("Đến 30/6/2023", 2023, date(2023, 6, 30), "Đến 30/6/2023"),
        ("Chậm nhất ngày 30/6", 2023, date(2023, 6, 30), "Đến 30/6/2023"),
        ("ngày 15 tháng 12 năm 2026", 2026, date(2026, 12, 15), "Đến 15/12/2026"),
        ("Giai đoạn 2021 - 2025", 2024, date(2025, 12, 31), "Giai đoạn 2021-2025"),
        ("Từ năm 2023 đến năm 2025", 2023, date(2025, 12, 31), "Giai đoạn 2023-2025"),
        ("Nam 2023", 2023, date(2023, 12, 31), "Năm 2023"),  # typed without diacritics
        ("Trong năm", 2024, date(2024, 12, 31), "Năm 2024"),
        ("Cuối năm.", 2024, date(2024, 12, 31), "Năm 2024"),
        ("Trong năm kế hoạch", 2024, date(2024, 12, 31), "Năm 2024"),
    ],
)
def test_dated(text: str, plan_year: int, due: date, label: str) -> None:
    assert parse_timeline(text, plan_year) == Timeline(text, "dated", due, label)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Thường xuyên", "Thường xuyên"),
        ("thường xuyên.", "Thường xuyên"),
        ("Hằng năm", "Hằng năm"),
        ("Hàng năm", "Hằng năm"),
        ("Hàng quý", "Hằng quý"),
        ("Hằng tháng", "Hằng tháng"),
        ("Định kỳ hằng quý", "Định kỳ"),
        ("Thường xuyên; riêng năm 2024 hoàn thành trong quý I/2024", "Thường xuyên"),
    ],
)
def test_recurring(text: str, label: str) -> None:
    assert parse_timeline(text, 2024) == Timeline(text, "recurring", None, label)


@pytest.mark.parametrize(
    "text",
    [
        "Theo chỉ đạo của UBND tỉnh",
        "Theo hướng dẫn của Bộ Nội vụ",
        "Khi có hướng dẫn",
        "Khi có chỉ đạo",
        "Khi có yêu cầu",
        "Ngay sau khi có văn bản",
        "Sau khi UBND tỉnh công bố",
        "Theo Kế hoạch số 45/KH-UBND ngày 22/01/2023",
        "Phối hợp khi có Kế hoạch tổ chức tập huấn",
        "Theo Kế hoạch thanh tra năm 2024",
    ],
)
def test_conditional(text: str) -> None:
    assert parse_timeline(text, 2024) == Timeline(text, "conditional", None, None)


@pytest.mark.parametrize(
    "text",
    [
        "31/02/2024",
        "trước ngày 31/02/2024",
        "Tháng 13/2023",
        "Quý V/2023",
        "Năm 0000",
        "Giai đoạn 2025-2021",
        "Triển khai năm 2024 nếu có kinh phí",
        "Quý III và Quý IV/2023",
        "Trước quý IV/2023",
        "Sớm nhất có thể",
        "; riêng quý I/2024",
    ],
)
def test_unknown_is_kept_and_never_guessed(text: str) -> None:
    assert parse_timeline(text, 2024) == Timeline(text, "unknown", None, None)


@pytest.mark.parametrize("text", ["", "   ", " . ", "\t;"])
def test_empty(text: str) -> None:
    assert parse_timeline(text, 2024) == Timeline(text, "empty", None, None)


def test_kinds_have_labels() -> None:
    assert set(TIMELINE_KIND_LABELS) == set(KINDS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Năm 2023", "Năm 2024"),
        ("Năm 2023.", "Năm 2024."),
        ("Quý IV/2023", "Quý IV/2024"),
        ("quý II năm 2024", "quý II năm 2025"),
        ("trước ngày 15/12/2026", "trước ngày 15/12/2027"),
        ("Trong năm 2023", "Trong năm 2024"),
        ("Tháng 12 năm trước liền kề", "Tháng 12 năm trước liền kề"),
        ("Thường xuyên", "Thường xuyên"),
        ("Quý I", "Quý I"),
        ("Trong năm", "Trong năm"),
        ("trước ngày 15/12", "trước ngày 15/12"),
        ("Giai đoạn 2021-2025", "Giai đoạn 2022-2026"),
        ("Trước ngày 29/02/2024", "Trước ngày 28/02/2025"),
        ("ngày 29/2/2024", "ngày 28/2/2025"),
        ("ngày 29 tháng 02 năm 2024", "ngày 28 tháng 02 năm 2025"),
        ("Theo Kế hoạch số 45/KH-UBND ngày 22/01/2023", "Theo Kế hoạch số 45/KH-UBND ngày 22/01/2023"),
        (
            "Theo Kế hoạch số 45/KH-UBND ngày 22/01/2023; hoàn thành trong năm 2023",
            "Theo Kế hoạch số 45/KH-UBND ngày 22/01/2023; hoàn thành trong năm 2024",
        ),
        (
            "Theo Kế hoạch 45/KH-UBND ngày 22/01/2023, Quý IV/2023",
            "Theo Kế hoạch 45/KH-UBND ngày 22/01/2023, Quý IV/2024",
        ),
        (
            "Sau khi có Quyết định số 09/QĐ-STP ngày 5 tháng 1 năm 2023, trong năm 2023",
            "Sau khi có Quyết định số 09/QĐ-STP ngày 5 tháng 1 năm 2023, trong năm 2024",
        ),
        ("Theo Nghị quyết 15/2023/NQ-HĐND; năm 2023", "Theo Nghị quyết 15/2023/NQ-HĐND; năm 2024"),
        ("Theo Quyết định 2010/QĐ-UBND", "Theo Quyết định 2010/QĐ-UBND"),
        ("Theo Kế hoạch thanh tra năm 2024.", "Theo Kế hoạch thanh tra năm 2025."),
        ("Năm 1989", "Năm 1989"),
        ("Năm 2100", "Năm 2101"),
        ("1.870 hồ sơ", "1.870 hồ sơ"),
        ("2024", "2025"),
        ("", ""),
    ],
)
def test_shift_timeline(text: str, expected: str) -> None:
    assert shift_timeline(text) == expected


def test_shift_timeline_by_several_years_and_back() -> None:
    assert shift_timeline("Quý IV/2023", 3) == "Quý IV/2026"
    assert shift_timeline("Năm 2024", -1) == "Năm 2023"
    assert shift_timeline("Năm 2024", 0) == "Năm 2024"
    assert shift_timeline("ngày 29/02/2024", 4) == "ngày 29/02/2028"


@pytest.mark.parametrize(("text", "plan_year", "kind", "due"), SEED_TIMELINES)
def test_shifted_seed_timelines_keep_their_kind_and_move_one_year(
    text: str, plan_year: int, kind: str, due: date | None
) -> None:
    shifted = parse_timeline(shift_timeline(text), plan_year + 1)
    assert shifted.kind == kind
    if due is None:
        assert shifted.due_date is None
    else:
        assert shifted.due_date == due.replace(year=due.year + 1)
