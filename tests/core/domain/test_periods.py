"""Tests of reporting periods, cut-off ranges and report deadlines."""

from __future__ import annotations

from datetime import date

import pytest

from dtidesk.domain.periods import (
    DEFAULT_SCHEDULE,
    PERIOD_LABELS,
    STANDARD_PERIODS,
    Period,
    ReportingSchedule,
    cutoff_range,
    next_deadline,
    period_of_date,
    period_title,
    reporting_year,
)

SEED_002 = {"Q1": "13/03", "H1": "13/06", "M9": "13/09", "Y": "08/11"}


def test_period_values_and_labels() -> None:
    assert [p.value for p in Period] == ["Q1", "H1", "M9", "Y", "ADHOC"]
    assert PERIOD_LABELS == {
        Period.Q1: "Quý I",
        Period.H1: "6 tháng",
        Period.M9: "9 tháng",
        Period.Y: "Năm",
        Period.ADHOC: "Đột xuất",
    }
    assert Period("H1") is Period.H1


@pytest.mark.parametrize(
    ("period", "expected"),
    [
        (Period.Q1, "quý I năm 2022"),
        (Period.H1, "6 tháng đầu năm 2022"),
        (Period.M9, "9 tháng năm 2022"),
        (Period.Y, "năm 2022"),
        ("H1", "6 tháng đầu năm 2022"),
    ],
)
def test_period_title(period: Period | str, expected: str) -> None:
    assert period_title(period, 2022) == expected


@pytest.mark.parametrize(
    ("period", "first", "last"),
    [
        (Period.Q1, date(2021, 12, 15), date(2022, 3, 14)),
        (Period.H1, date(2021, 12, 15), date(2022, 6, 14)),
        (Period.M9, date(2021, 12, 15), date(2022, 9, 14)),
        (Period.Y, date(2021, 12, 15), date(2022, 12, 14)),
    ],
)
def test_cutoff_range(period: Period, first: date, last: date) -> None:
    assert cutoff_range(period, 2022) == (first, last)


def test_cutoff_range_adhoc_raises() -> None:
    with pytest.raises(ValueError, match="đột xuất"):
        cutoff_range(Period.ADHOC, 2022)


def test_default_schedule_is_the_20th_of_the_last_month() -> None:
    assert [DEFAULT_SCHEDULE.deadline(p, 2024) for p in STANDARD_PERIODS] == [
        date(2024, 3, 20),
        date(2024, 6, 20),
        date(2024, 9, 20),
        date(2024, 12, 20),
    ]
    assert DEFAULT_SCHEDULE.to_mapping() == {"Q1": "21/03", "H1": "21/06", "M9": "21/09", "Y": "21/12"}


def test_parse_seed_002_schedule() -> None:
    schedule = ReportingSchedule.parse(SEED_002)
    assert schedule.before == {
        Period.Q1: (13, 3),
        Period.H1: (13, 6),
        Period.M9: (13, 9),
        Period.Y: (8, 11),
    }
    # "trước ngày 13/3": the last allowed day is 12/3.
    assert schedule.deadline(Period.Q1, 2024) == date(2024, 3, 12)
    assert schedule.deadline("Y", 2024) == date(2024, 11, 7)
    assert schedule.to_mapping() == SEED_002


def test_parse_accepts_unpadded_and_round_trips() -> None:
    schedule = ReportingSchedule.parse({"H1": " 15/6 ", "y": "10/12"})  # seed 000
    assert schedule.to_mapping() == {"H1": "15/06", "Y": "10/12"}
    assert ReportingSchedule.parse(schedule.to_mapping()) == schedule
    assert schedule.deadline(Period.H1, 2023) == date(2023, 6, 14)
    assert schedule.deadline(Period.Y, 2023) == date(2023, 12, 9)


def test_blank_value_means_not_set() -> None:
    schedule = ReportingSchedule.parse({"Q1": "13/03", "H1": "  ", "M9": "", "Y": "08/11"})
    assert schedule.to_mapping() == {"Q1": "13/03", "Y": "08/11"}
    assert ReportingSchedule.parse({}) == ReportingSchedule({})


def test_deadline_before_first_of_month() -> None:
    schedule = ReportingSchedule.parse({"Q1": "01/04"})
    assert schedule.deadline(Period.Q1, 2024) == date(2024, 3, 31)


@pytest.mark.parametrize(
    ("mapping", "message"),
    [
        ({"Q1": "31/02"}, "Hạn báo cáo quý I: “31/02”"),
        ({"H1": "29/02"}, "Hạn báo cáo 6 tháng: “29/02”"),
        ({"M9": "13-09"}, "Hạn báo cáo 9 tháng: “13-09”"),
        ({"Y": "8/11/2024"}, "Hạn báo cáo năm: “8/11/2024”"),
        ({"Y": "0/12"}, "Hạn báo cáo năm"),
        ({"Q2": "13/06"}, "Kỳ báo cáo “Q2” không hợp lệ"),
        ({"ADHOC": "01/01"}, "đột xuất"),
    ],
)
def test_parse_rejects_with_vietnamese_message(mapping: dict[str, str], message: str) -> None:
    with pytest.raises(ValueError) as info:
        ReportingSchedule.parse(mapping)
    assert message in str(info.value)


def test_constructor_validates() -> None:
    with pytest.raises(ValueError, match="không hợp lệ"):
        ReportingSchedule({Period.Q1: (32, 3)})
    with pytest.raises(ValueError):
        ReportingSchedule({Period.ADHOC: (1, 1)})


def test_deadline_of_a_period_without_schedule() -> None:
    schedule = ReportingSchedule.parse({"H1": "15/06"})
    with pytest.raises(ValueError, match="Chưa đặt hạn báo cáo quý I"):
        schedule.deadline(Period.Q1, 2024)


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2024, 1, 2), (Period.Q1, 2024, date(2024, 3, 12))),
        (date(2024, 3, 12), (Period.Q1, 2024, date(2024, 3, 12))),
        (date(2024, 3, 13), (Period.H1, 2024, date(2024, 6, 12))),
        (date(2024, 9, 13), (Period.Y, 2024, date(2024, 11, 7))),
        (date(2024, 11, 7), (Period.Y, 2024, date(2024, 11, 7))),
        (date(2024, 11, 8), (Period.Q1, 2025, date(2025, 3, 12))),
        (date(2024, 12, 31), (Period.Q1, 2025, date(2025, 3, 12))),
    ],
)
def test_next_deadline_seed_002(today: date, expected: tuple[Period, int, date]) -> None:
    assert next_deadline(ReportingSchedule.parse(SEED_002), today) == expected


def test_next_deadline_default_and_empty() -> None:
    assert next_deadline(DEFAULT_SCHEDULE, date(2024, 12, 21)) == (Period.Q1, 2025, date(2025, 3, 20))
    assert next_deadline(DEFAULT_SCHEDULE, date(2024, 12, 20)) == (Period.Y, 2024, date(2024, 12, 20))
    with pytest.raises(ValueError, match="Chưa đặt hạn"):
        next_deadline(ReportingSchedule({}), date(2024, 1, 1))


@pytest.mark.parametrize(
    ("d", "period", "year"),
    [
        (date(2024, 1, 1), Period.Q1, 2024),
        (date(2024, 3, 14), Period.Q1, 2024),
        (date(2024, 3, 15), Period.H1, 2024),
        (date(2024, 6, 14), Period.H1, 2024),
        (date(2024, 6, 15), Period.M9, 2024),
        (date(2024, 9, 14), Period.M9, 2024),
        (date(2024, 9, 15), Period.Y, 2024),
        (date(2024, 12, 14), Period.Y, 2024),
        (date(2024, 12, 15), Period.Q1, 2025),
        (date(2024, 12, 31), Period.Q1, 2025),
    ],
)
def test_period_of_date(d: date, period: Period, year: int) -> None:
    assert period_of_date(d) is period
    assert reporting_year(d) == year
    first, last = cutoff_range(period, year)
    assert first <= d <= last


def test_task_in_period_uses_month_end_and_counts_undated():
    from datetime import date

    from dtidesk.domain.periods import task_in_period, task_window

    assert task_window("Y", 2023) == (date(2022, 12, 15), date(2023, 12, 31))
    assert task_in_period(date(2023, 12, 31), "Y", 2023)  # "Năm 2023" belongs in the annual report
    assert task_in_period(date(2023, 3, 31), "Q1", 2023) and not task_in_period(date(2023, 4, 1), "Q1", 2023)
    assert task_in_period(date(2023, 3, 31), "H1", 2023)  # reports are cumulative over the year
    assert not task_in_period(date(2022, 12, 1), "Y", 2023)
    assert task_in_period(None, "Q1", 2023)
