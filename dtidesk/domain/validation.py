"""Input rules; every refusal is a ValidationError whose Vietnamese message names the field and the rule."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from ..errors import ValidationError
from .scores import to_decimal


def _fmt(d: Decimal) -> str:
    text = format(d.normalize(), "f")
    return text.replace(".", ",")


def parse_decimal_input(value: object, field: str) -> Decimal | None:
    """A number typed by the user: Vietnamese "46,67" or "46.67"; blank means no value."""
    if value is None:
        return None
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return to_decimal(value)
    text = str(value).strip()
    if text == "":
        return None
    from .vnformat import parse_number

    try:
        return parse_number(text)
    except ValueError:
        raise ValidationError(f"{field}: “{text}” không phải là một số.", field) from None


def check_score(value: Decimal | None, max_score: Decimal | None, field: str) -> Decimal | None:
    """A score lies in 0..max; never clamped."""
    if value is None:
        return None
    if max_score is None:
        raise ValidationError(f"{field}: chỉ chấm điểm cho tiêu chí, không chấm cho nhóm chỉ số.", field)
    if max_score < 0:  # a deduction row: its score lies in max..0
        if value > 0:
            raise ValidationError(f"{field}: điểm trừ {_fmt(value)} phải là số âm hoặc 0.", field)
        if value < max_score:
            raise ValidationError(
                f"{field}: điểm trừ {_fmt(value)} vượt quá mức trừ tối đa {_fmt(max_score)}.", field)
        return value
    if value < 0:
        raise ValidationError(f"{field}: điểm {_fmt(value)} nhỏ hơn 0.", field)
    if value > max_score:
        raise ValidationError(
            f"{field}: điểm {_fmt(value)} vượt quá điểm tối đa {_fmt(max_score)}.", field
        )
    if value.as_tuple().exponent < -3:  # type: ignore[operator]
        raise ValidationError(f"{field}: điểm {_fmt(value)} có quá 3 chữ số thập phân.", field)
    return value


def check_percent(value: Decimal | None, field: str) -> Decimal | None:
    if value is None:
        return None
    if value < 0 or value > 100:
        raise ValidationError(f"{field}: tỷ lệ {_fmt(value)}% phải nằm trong khoảng 0–100%.", field)
    return value


def require_text(value: object, field: str) -> str:
    text = "" if value is None else str(value).strip()
    if not text:
        raise ValidationError(f"{field}: không được để trống.", field)
    return text


def check_year(value: object, field: str = "Năm") -> int:
    try:
        year = int(str(value).strip())
    except (TypeError, ValueError):
        raise ValidationError(f"{field}: “{value}” không phải là năm hợp lệ.", field) from None
    if not 1990 <= year <= 2100:
        raise ValidationError(f"{field}: năm {year} nằm ngoài khoảng 1990–2100.", field)
    return year


def check_rank(rank: int | None, rank_of: int | None, field: str = "Xếp hạng") -> None:
    if rank is None and rank_of is None:
        return
    if rank is not None and rank < 1:
        raise ValidationError(f"{field}: thứ hạng phải từ 1 trở lên.", field)
    if rank_of is not None and rank_of < 1:
        raise ValidationError(f"{field}: tổng số cơ quan phải từ 1 trở lên.", field)
    if rank is not None and rank_of is not None and rank > rank_of:
        raise ValidationError(f"{field}: thứ hạng {rank} lớn hơn tổng số {rank_of} cơ quan.", field)


def parse_date_input(value: object, field: str) -> date | None:
    """dd/mm/yyyy (also d/m/yyyy) or ISO yyyy-mm-dd; a date that does not exist is refused."""
    if value is None or isinstance(value, date):
        return value  # type: ignore[return-value]
    text = str(value).strip()
    if not text:
        return None
    try:
        if "-" in text and len(text.split("-")[0]) == 4:
            y, m, d = (int(p) for p in text.split("-"))
        else:
            d, m, y = (int(p) for p in text.replace(".", "/").split("/"))
        return date(y, m, d)
    except (ValueError, TypeError):
        raise ValidationError(
            f"{field}: “{text}” không phải là ngày hợp lệ (dạng ngày/tháng/năm, ví dụ 14/6/2022).", field
        ) from None
