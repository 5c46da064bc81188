"""Tests of Vietnamese number, date and numbering formats."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from dtidesk.domain.vnformat import (
    DATE_BLANK,
    doc_number,
    fmt_date,
    fmt_date_padded,
    fmt_issue_date,
    fmt_number,
    fmt_percent,
    fmt_score,
    from_roman,
    parse_number,
    roman,
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Decimal("46.67"), "46,67"),
        (1870, "1.870"),
        (17, "17"),
        (Decimal("9.86"), "9,86"),
        (0.5, "0,5"),
        (Decimal("354.740"), "354,74"),
        (Decimal("50.00"), "50"),
        (65454, "65.454"),
        (Decimal("1870.5"), "1.870,5"),
        (Decimal("46.665"), "46,67"),  # half-up, not half-even
        (Decimal("46.664"), "46,66"),
        (0.1 + 0.2, "0,3"),
        (Decimal("-3.33"), "-3,33"),
        (Decimal("-0.001"), "0"),
        (0, "0"),
        (1234567, "1.234.567"),
        (None, ""),
    ],
)
def test_fmt_number(value: Decimal | int | float | None, expected: str) -> None:
    assert fmt_number(value) == expected


def test_fmt_number_max_decimals() -> None:
    assert fmt_number(Decimal("94.4949"), max_decimals=3) == "94,495"
    assert fmt_number(Decimal("94.5"), max_decimals=0) == "95"
    assert fmt_number(Decimal("0.8241"), max_decimals=4) == "0,8241"


def test_fmt_number_rejects_non_finite() -> None:
    with pytest.raises(ValueError, match="không phải là một số hữu hạn"):
        fmt_number(float("nan"))


@pytest.mark.parametrize(
    ("value", "pad", "expected"),
    [
        (5, True, "05"),
        (5, False, "5"),
        (Decimal("1.67"), True, "1,67"),
        (1, True, "01"),
        (10, True, "10"),
        (18, True, "18"),
        (Decimal("5.00"), True, "05"),
        (0, True, "0"),  # seed 000: "đạt 0/10 điểm" beside "đạt 05/05 điểm"
        (Decimal("189.53"), True, "189,53"),
        (None, True, ""),
    ],
)
def test_fmt_score(value: Decimal | int | None, pad: bool, expected: str) -> None:
    assert fmt_score(value, pad=pad) == expected


def test_fmt_score_builds_seed_phrases() -> None:
    assert f"{fmt_score(Decimal('1.67'))}/{fmt_score(5, pad=True)} điểm" == "1,67/05 điểm"
    assert f"đứng thứ {fmt_score(1, pad=True)}/{fmt_score(18, pad=True)}" == "đứng thứ 01/18"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (97, "97%"),
        (Decimal("33.3333"), "33,33%"),
        (Decimal("94.49"), "94,49%"),
        (100, "100%"),
        (Decimal("45.00"), "45%"),
        (None, ""),
    ],
)
def test_fmt_percent(value: Decimal | int | None, expected: str) -> None:
    assert fmt_percent(value) == expected


@pytest.mark.parametrize(
    ("d", "plain", "padded"),
    [
        (date(2022, 6, 14), "14/6/2022", "14/06/2022"),
        (date(2022, 1, 26), "26/1/2022", "26/01/2022"),
        (date(2022, 2, 8), "8/2/2022", "08/02/2022"),
        (date(2023, 12, 31), "31/12/2023", "31/12/2023"),
    ],
)
def test_fmt_dates(d: date, plain: str, padded: str) -> None:
    assert fmt_date(d) == plain
    assert fmt_date_padded(d) == padded


def test_fmt_dates_none() -> None:
    assert fmt_date(None) == ""
    assert fmt_date_padded(None) == ""


def test_fmt_dates_are_babels_vietnamese_patterns() -> None:
    """Dates are written without babel (not loaded at start); they must stay what babel wrote."""
    from datetime import timedelta

    from babel import Locale
    from babel.dates import format_date

    vi = Locale.parse("vi")
    days = [date(1, 1, 1), date(9, 9, 9), date(999, 12, 31), date(9999, 12, 31)]
    days += [date(2015, 1, 1) + timedelta(days=n) for n in range(0, 366 * 16, 3)]
    for d in days:
        assert fmt_date(d) == format_date(d, "d/M/yyyy", locale=vi)
        assert fmt_date_padded(d) == format_date(d, "dd/MM/yyyy", locale=vi)


@pytest.mark.parametrize(
    ("place", "day", "month", "year", "expected"),
    [
        ("Tuyên Quang", 14, 6, 2022, "Tuyên Quang, ngày 14 tháng 6 năm 2022"),
        ("Hà Nội", 5, 1, 2020, "Hà Nội, ngày 05 tháng 01 năm 2020"),
        ("Thành phố Hồ Chí Minh", 29, 6, 2019, "Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019"),
        ("Tuyên Quang", 3, 2, 2025, "Tuyên Quang, ngày 03 tháng 02 năm 2025"),
        ("Tuyên Quang", 9, 12, 2024, "Tuyên Quang, ngày 09 tháng 12 năm 2024"),
        ("Tuyên Quang", None, 5, 2023, "Tuyên Quang, ngày      tháng 5 năm 2023"),
        ("Đồng Nai", None, 1, 2024, "Đồng Nai, ngày      tháng 01 năm 2024"),
        ("Bắc Giang", None, None, 2024, "Bắc Giang, ngày      tháng      năm 2024"),
        ("  Đồng Tháp ", 10, 3, 2026, "Đồng Tháp, ngày 10 tháng 3 năm 2026"),
        ("", 14, 6, 2022, "ngày 14 tháng 6 năm 2022"),
    ],
)
def test_fmt_issue_date(place: str, day: int | None, month: int | None, year: int, expected: str) -> None:
    assert fmt_issue_date(place, day, month, year) == expected


def test_issue_date_blank_is_six_spaces() -> None:
    assert DATE_BLANK == "      "


@pytest.mark.parametrize(
    ("day", "month", "message"),
    [(31, 2, "không tồn tại"), (0, 5, "không hợp lệ"), (32, None, "không hợp lệ"), (1, 13, "không hợp lệ")],
)
def test_fmt_issue_date_rejects_bad_dates(day: int, month: int | None, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        fmt_issue_date("Tuyên Quang", day, month, 2024)


@pytest.mark.parametrize(
    ("n", "text"),
    [
        (1, "I"), (2, "II"), (3, "III"), (4, "IV"), (5, "V"), (6, "VI"), (7, "VII"), (8, "VIII"),
        (9, "IX"), (10, "X"), (14, "XIV"), (19, "XIX"), (40, "XL"), (49, "XLIX"), (90, "XC"),
        (400, "CD"), (1994, "MCMXCIV"), (2024, "MMXXIV"), (3999, "MMMCMXCIX"),
    ],
)  # fmt: skip
def test_roman_round_trip(n: int, text: str) -> None:
    assert roman(n) == text
    assert from_roman(text) == n
    assert from_roman(f" {text.lower()} ") == n


@pytest.mark.parametrize("n", [0, -1, 4000])
def test_roman_out_of_range(n: int) -> None:
    with pytest.raises(ValueError):
        roman(n)


@pytest.mark.parametrize("text", ["", "IIII", "IC", "VX", "ABC", "4", "XM", "VV"])
def test_from_roman_rejects(text: str) -> None:
    with pytest.raises(ValueError, match="không phải là số La Mã"):
        from_roman(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("46,67", Decimal("46.67")),
        ("1.870", Decimal("1870")),
        ("1.870,5", Decimal("1870.5")),
        ("46.67", Decimal("46.67")),
        ("9.5", Decimal("9.5")),
        ("1.87", Decimal("1.87")),
        ("05", Decimal("5")),
        ("17", Decimal("17")),
        ("0,5", Decimal("0.5")),
        ("0.125", Decimal("0.125")),
        ("1234.567", Decimal("1234.567")),
        ("3.14159", Decimal("3.14159")),
        ("65.454", Decimal("65454")),
        ("1.234.567", Decimal("1234567")),
        ("1.234.567,89", Decimal("1234567.89")),
        (" 46,67 ", Decimal("46.67")),
        ("-3,33", Decimal("-3.33")),
        ("+2", Decimal("2")),
        ("1 870", Decimal("1870")),
    ],
)
def test_parse_number(text: str, expected: Decimal) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize(
    "text",
    ["", "abc", "46,67,1", "1.2.3", "12.34.567", "1,234.5", "5.", ",5", "97%", "1e5", "NaN", "0.123.456"],
)
def test_parse_number_rejects_naming_the_text(text: str) -> None:
    with pytest.raises(ValueError, match="không phải là một số hợp lệ") as info:
        parse_number(text)
    assert f"“{text}”" in str(info.value)


@pytest.mark.parametrize(("n", "expected"), [(5, "05"), (9, "09"), (10, "10"), (123, "123"), (None, "")])
def test_doc_number(n: int | None, expected: str) -> None:
    assert doc_number(n) == expected
    if n is not None:
        assert f"Số: {doc_number(n)}/KH-STP".startswith("Số: ")


@pytest.mark.parametrize("n", [0, -5])
def test_doc_number_rejects_non_positive(n: int) -> None:
    with pytest.raises(ValueError, match="số nguyên dương"):
        doc_number(n)
