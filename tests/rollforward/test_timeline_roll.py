"""Timelines moved into next year's plan (roll_timeline, shift_date) and the plan's prose refreshed."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from dtidesk.domain.rollforward import NewScore, refresh_text, score_phrases, years_named
from dtidesk.domain.timeline import roll_timeline, shift_date


@pytest.mark.parametrize(
    ("text", "new", "due"),
    [
        ("Năm 2023", "Năm 2024", date(2024, 12, 31)),
        ("Trong năm 2023", "Trong năm 2024", date(2024, 12, 31)),
        ("Quý IV/2023", "Quý IV/2024", date(2024, 12, 31)),
        ("quý II năm 2023", "quý II năm 2024", date(2024, 6, 30)),
        ("Tháng 12 năm trước liền kề", "Tháng 12 năm trước liền kề", date(2023, 12, 31)),
        ("trước ngày 15/12/2023", "trước ngày 15/12/2024", date(2024, 12, 14)),
        ("Trước ngày 29/02/2024", "Trước ngày 28/02/2025", date(2025, 2, 27)),
        ("ngày 29 tháng 02 năm 2024", "ngày 28 tháng 02 năm 2025", date(2025, 2, 28)),
        ("Thường xuyên", "Thường xuyên", None),
        ("Hằng năm", "Hằng năm", None),
        ("Hằng quý", "Hằng quý", None),
        ("Khi có chỉ đạo/hướng dẫn", "Khi có chỉ đạo/hướng dẫn", None),
        ("Theo Kế hoạch số 45/KH-UBND ngày 22/01/2023", "Theo Kế hoạch số 45/KH-UBND ngày 22/01/2023", None),
        ("trước ngày 15/12", "trước ngày 15/12", date(2024, 12, 14)),
        ("", "", None),
        # A period the new year still lies in is the task's period, not a deadline: kept.
        ("Giai đoạn 2021-2025", "Giai đoạn 2021-2025", date(2025, 12, 31)),
        ("từ năm 2021 đến năm 2025", "từ năm 2021 đến năm 2025", date(2025, 12, 31)),
        ("Năm 2023 (giai đoạn 2021 - 2025)", "Năm 2024 (giai đoạn 2021 - 2025)", None),
    ],
)
def test_roll_timeline(text: str, new: str, due: date | None) -> None:
    rolled = roll_timeline(text, 2023)
    assert (rolled.old, rolled.new, rolled.due_date, rolled.warning) == (text, new, due, "")


@pytest.mark.parametrize(
    ("text", "warning"),
    [
        ("Giai đoạn 2021-2023", "Giai đoạn 2021-2023 đã kết thúc trước năm 2024"),
        ("trước ngày 31/02/2023", "Ngày 31/02/2023 không tồn tại"),
        ("Hoàn thành 30/13/2023", "Ngày 30/13/2023 không tồn tại"),
    ],
)
def test_roll_timeline_keeps_what_it_cannot_move_and_says_so(text: str, warning: str) -> None:
    rolled = roll_timeline(text, 2023)
    assert rolled.new == text
    assert rolled.warning.startswith(warning)


def test_due_date_typed_by_hand_moves_a_year() -> None:
    assert roll_timeline("Thường xuyên", 2023, due_date=date(2023, 6, 30)).due_date == date(2024, 6, 30)
    assert roll_timeline("Năm 2023", 2023, due_date=date(2023, 9, 30)).due_date == date(2024, 9, 30)
    # The due date the text itself gave is derived again from the new text.
    assert roll_timeline("Quý II/2023", 2023, due_date=date(2023, 6, 30)).due_date == date(2024, 6, 30)
    assert roll_timeline("trước 31/02/2023", 2023, due_date=date(2023, 2, 28)).due_date == date(2024, 2, 28)


@pytest.mark.parametrize("year", [1989, 2101, 0])
def test_roll_timeline_refuses_a_year_out_of_range(year: int) -> None:
    with pytest.raises(ValueError, match="không hợp lệ"):
        roll_timeline("Năm 2023", year)


@pytest.mark.parametrize(
    ("d", "years", "expected"),
    [
        (date(2024, 2, 29), 1, date(2025, 2, 28)),
        (date(2024, 2, 29), 4, date(2028, 2, 29)),
        (date(2023, 12, 31), 1, date(2024, 12, 31)),
        (date(2023, 3, 1), -1, date(2022, 3, 1)),
        (None, 1, None),
    ],
)
def test_shift_date(d: date | None, years: int, expected: date | None) -> None:
    assert shift_date(d, years) == expected


YEARS = {2023: 2024, 2022: 2023}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kế hoạch chuyển đổi số năm 2023", "Kế hoạch chuyển đổi số năm 2024"),
        ("II. NỘI DUNG … NĂM 2023", "II. NỘI DUNG … NĂM 2024"),
        ("kết quả đánh giá năm 2022 và nhiệm vụ năm 2023", "kết quả đánh giá năm 2023 và nhiệm vụ năm 2024"),
        ("Quyết định số 09/QĐ-STP ngày 5 tháng 1 năm 2023", "Quyết định số 09/QĐ-STP ngày 5 tháng 1 năm 2023"),
        ("Quyết định số 105/QĐ-STP ngày 13/6/2022", "Quyết định số 105/QĐ-STP ngày 13/6/2022"),
        ("giai đoạn 2021-2025; Quý IV/2023", "giai đoạn 2021-2025; Quý IV/2023"),
        ("năm 2021", "năm 2021"),
        ("", ""),
    ],
)
def test_refresh_text_moves_the_years_prose_names(text: str, expected: str) -> None:
    assert refresh_text(text, YEARS)[0] == expected


def test_score_phrases_are_read_and_rewritten_from_the_new_assessment() -> None:
    text = "Chỉ số năm 2022 đạt 46,67/50 điểm, điểm trừ 3,33 điểm; tiêu chí năm 2022 đạt được 05/05 điểm."
    found = score_phrases(text)
    assert [(p.year, p.got, p.max_score, p.deduction) for p in found] == [
        (2022, Decimal("46.67"), Decimal("50"), Decimal("3.33")), (2022, Decimal("5"), Decimal("5"), None)]

    def rescore(p):
        return NewScore(2023, Decimal("48.5"), Decimal("50")) if p.max_score == 50 else None

    new, kept = refresh_text(text, YEARS, rescore)
    assert new == ("Chỉ số năm 2023 đạt 48,5/50 điểm, điểm trừ 1,5 điểm; tiêu chí năm 2022 đạt được 05/05 điểm.")
    assert [p.text for p in kept] == ["năm 2022 đạt được 05/05 điểm"]  # kept whole, year and figures


def test_a_full_score_drops_the_deduction_clause() -> None:
    new, _ = refresh_text("năm 2022 đạt 7/10 điểm; trừ 3 điểm", YEARS,
                          lambda p: NewScore(2023, Decimal(10), Decimal(10)))
    assert new == "năm 2023 đạt 10/10 điểm"


def test_years_named() -> None:
    assert years_named("năm 2023, Quyết định số 1/QĐ-UBND ngày 2 tháng 3 năm 2021, Quý I/2020") == {2023}


def test_rewritten_scores_follow_the_number_style() -> None:
    text = "năm 2022 đạt 3/5 điểm, điểm trừ 2 điểm"
    rescore = lambda p: NewScore(2023, Decimal(4), Decimal(5))  # noqa: E731
    assert refresh_text(text, YEARS, rescore)[0] == "năm 2023 đạt 4/5 điểm, điểm trừ 01 điểm"
    assert refresh_text(text, YEARS, rescore, "padded")[0] == "năm 2023 đạt 04/05 điểm, điểm trừ 01 điểm"
    assert refresh_text(text, YEARS, rescore, "plain")[0] == "năm 2023 đạt 4/5 điểm, điểm trừ 1 điểm"
