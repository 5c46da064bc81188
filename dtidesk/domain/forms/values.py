"""Values of a rows form: reading a typed cell, its stored and printed text, and the formula rows."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext

from ..vnformat import fmt_number, fmt_percent, parse_number
from .template import SUMMABLE_TYPES, TYPE_LABELS, FormRow, FormTemplate

Value = Decimal | int | str  # Decimal for numbers, int for a choice, str for text

# The range of a figure by its row type: counts (integer) are whole numbers below 10^12, amounts
# (decimal: the forms' money, in triệu đồng) below 10^15, rates 0–100 %. Beyond them a figure is a
# typing slip or a tampered file, and sums and ratios of it would leave Decimal's 28 digits.
LIMITS = {"integer": Decimal(10) ** 12, "decimal": Decimal(10) ** 15, "percent": Decimal(10) ** 15}
# Possible but absurd for one agency (a billion documents): accepted, with a warning to check it.
PLAUSIBLE = {"integer": Decimal(10) ** 9, "decimal": Decimal(10) ** 12}
# Finer digits are a spreadsheet's binary noise (0,1 + 0,2 = 0,30000000000000004); six is what ratios keep.
DECIMALS = 6
MAX_TYPED = 40  # characters of a number as typed: longer is not a figure


@dataclass(frozen=True)
class Entry:
    """One typed cell read against its row: the value, whether it was typed with "%", or why it is wrong."""

    value: Value | None
    percent_sign: bool | None = None  # None: not typed as text (a number from a spreadsheet)
    error: str = ""
    warning: str = ""  # accepted, but worth a second look (see PLAUSIBLE)


def read_entry(row: FormRow, raw: object, limit: bool = True) -> Entry:
    """limit=False skips the 0–100 % range (a formula row over 100 % is reported at its numerator)."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return Entry(None)
    where = f"Dòng {row.code}"
    if row.type == "group":
        return Entry(None, error=f"{where} là tiêu đề nhóm, không ghi số liệu (đang ghi “{raw}”).")
    if row.type == "text":
        return Entry(str(raw).strip())
    sign = None
    if isinstance(raw, str):
        text = raw.strip()
        sign = text.endswith("%")
        if row.type == "choice":
            for c in row.choices:
                if text.casefold() == c.label.casefold():
                    return Entry(c.value, False)
        try:
            if len(text) > MAX_TYPED:
                raise ValueError(text)
            number = parse_number(text[:-1] if sign else text)
        except ValueError:
            shown = raw if len(text) <= MAX_TYPED else f"{text[:20]}…"
            return Entry(None, sign, f"{where} ({TYPE_LABELS[row.type]}): “{shown}” không phải là số.")
    elif isinstance(raw, (int, float, Decimal)) and not isinstance(raw, bool):
        number = Decimal(repr(raw)) if isinstance(raw, float) else Decimal(raw)
    else:
        return Entry(None, error=f"{where}: giá trị “{str(raw)[:40]}” không đọc được.")
    if not number.is_finite():
        return Entry(None, sign, f"{where}: “{raw}” không phải là số.")
    if row.type == "choice":
        if sign or number != number.to_integral_value() or int(number) not in {c.value for c in row.choices}:
            return Entry(None, sign, f"{where}: “{raw}” không thuộc các lựa chọn ({row.choice_text()}).")
        return Entry(int(number), sign)
    if sign and row.type != "percent":
        unit = f" ({row.unit})" if row.unit and row.unit != "%" else ""
        return Entry(None, sign, f"{where} là số đếm{unit} nhưng ghi tỷ lệ “{raw}”: hãy ghi số lượng.")
    if number < 0:
        return Entry(None, sign, f"{where}: số liệu không được âm (“{raw}”).")
    if row.type == "integer" and number != number.to_integral_value():
        return Entry(None, sign, f"{where}: phải là số nguyên, không phải “{raw}”.")
    if number >= LIMITS[row.type]:
        return Entry(None, sign, f"{where}: {_size(row)} “{_short(raw)}” quá lớn (phải nhỏ hơn "
                                 f"{fmt_number(LIMITS[row.type])}).")
    if row.type == "percent" and number > 100 and limit:
        return Entry(None, sign, f"{where}: tỷ lệ {fmt_percent(number)} nằm ngoài khoảng 0–100%.")
    if number.as_tuple().exponent < -DECIMALS:  # type: ignore[operator]
        number = number.quantize(Decimal(1).scaleb(-DECIMALS), ROUND_HALF_UP)
    warning = ""
    if row.type in PLAUSIBLE and number > PLAUSIBLE[row.type]:
        unit = f" {row.unit.lower()}" if row.unit and row.unit != "%" else ""
        warning = (f"{where}: {display(row, number)}{unit} là số rất lớn (trên {fmt_number(PLAUSIBLE[row.type])}); "
                   "vẫn nhận, hãy kiểm tra lại.")
    return Entry(number.normalize() if number else Decimal(0), sign, warning=warning)


def _size(row: FormRow) -> str:
    return {"integer": "số đếm", "decimal": "số", "percent": "tỷ lệ"}[row.type]


def _short(raw: object) -> str:
    text = str(raw)
    return text if len(text) <= 30 else text[:20] + "…"


def to_text(value: Value | None) -> str | None:
    """Stored form of a value: canonical decimal ("45.44", "10"), the choice code, or the text."""
    if value is None or value == "":
        return None
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return str(value)


def from_text(row: FormRow, text: str | None) -> Value | None:
    if text is None or text == "":
        return None
    if row.type == "text":
        return text
    if row.type == "choice":
        return int(text)
    return Decimal(text)


def display(row: FormRow, value: Value | None, number=fmt_number, percent=fmt_percent) -> str:
    """As the printed form shows it: "1.044", "45,44%", "1". The screen passes its own locale's formatters."""
    if value is None:
        return ""
    if isinstance(value, str) or row.type in ("choice", "text"):
        return str(value)
    if row.type == "percent":
        return percent(value)
    if row.type in SUMMABLE_TYPES:
        return number(value, 0 if row.type == "integer" else 2)
    return str(value)


def compute(t: FormTemplate, inputs: Mapping[str, Value | None]) -> dict[str, Decimal | None]:
    """Every formula row from the other rows; values typed into formula rows are ignored.

    ratio = a ÷ b × 100, blank when either is blank or b is 0; sum = Σ args (blank counts as 0),
    blank only when every argument is blank (dtidesk-form/1).
    """
    out: dict[str, Decimal | None] = {}

    def value(code: str) -> Decimal | None:
        row = t.row(code)
        if row.formula is None:
            v = inputs.get(code)
            return Decimal(v) if isinstance(v, (int, Decimal)) else None
        if code not in out:
            args = [value(a) for a in row.formula.args]
            if row.formula.op == "ratio":
                num, den = args
                out[code] = None if num is None or not den else _ratio(num, den)
            else:
                present = [a for a in args if a is not None]
                out[code] = sum(present, Decimal(0)) if present else None
        return out[code]

    for row in t.rows:
        if row.formula is not None:
            value(row.code)
    return {k: (v.normalize() if v else v) for k, v in out.items()}


def _ratio(num: Decimal, den: Decimal) -> Decimal:
    """num ÷ den × 100 to six places. Figures within LIMITS fit; stored figures from before the limits
    may not, and then the ratio is left unrounded instead of raising."""
    with localcontext() as ctx:
        ctx.prec = 60
        ratio = num * 100 / den
        try:
            return ratio.quantize(Decimal("1E-6"))
        except InvalidOperation:
            return ratio
