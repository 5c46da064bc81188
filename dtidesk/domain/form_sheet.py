"""Where a statistics form sits on its Excel sheet: the contract the form writer and the reader of units' files share."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from .forms import FormRow, FormTemplate, kind_name, table_shape
from .periods import Period, cutoff_range, period_title
from .vnformat import fmt_date

# The hidden sheet that says which form, period and unit a file is, and where its cells are.
META_SHEET = "_dtidesk"
META_SCHEMA = "dtidesk-form-xlsx/1"
PERIOD_ROW, HEAD_ROW = 4, 7  # HEAD_ROW is the lower header line ("Số liệu"), in both kinds

# Kind "rows": one sheet row per indicator code.
COLUMNS = ("code", "label", "unit", "value", "note")  # A … E
LETTER = dict(zip(COLUMNS, "ABCDE", strict=True))
FIRST_ROW = HEAD_ROW + 1

# Kind "table": a unit's sheet has its own column, the row's kind chosen from a list.
KIND = "_kind"
KIND_HEADER = "Loại dòng"


def period_line(year: int, period: Period | str) -> str:
    """The visible “Kỳ báo cáo” line; an import compares it with the hidden metadata."""
    text = f"Kỳ báo cáo: {period_title(period, year)}"
    if Period(period) is not Period.ADHOC:
        first, last = cutoff_range(period, year)
        text += f" (số liệu từ {fmt_date(first)} đến {fmt_date(last)})"
    return text


def formula_of(row: FormRow, where: Mapping[str, int]) -> str:
    """The Excel formula of a computed row of kind "rows", given the sheet row of every code."""
    assert row.formula is not None
    col = LETTER["value"]
    refs = [f"{col}{where[a]}" for a in row.formula.args]
    if row.formula.op == "ratio":
        num, den = refs
        return f'=IF(OR({num}="",{den}="",N({den})=0),"",ROUND({num}/{den}*100,2))'
    joined = ",".join(refs)
    return f'=IF(COUNT({joined})=0,"",SUM({joined}))'


def same_formula(a: str, b: str) -> bool:
    # Excel and LibreOffice may re-space a formula or add "$" when they save it.
    return re.sub(r"[\s$]", "", a).upper() == re.sub(r"[\s$]", "", b).upper()


def is_percent_format(number_format: str | None) -> bool:
    return "%" in re.sub(r'"[^"]*"|\\.', "", number_format or "")


def as_seen(value: object, number_format: str | None) -> object:
    """A cell as the officer sees it: 0,45 shown as “45%” (Excel's own percent entry) reads “45%”."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return value
    number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    if is_percent_format(number_format):
        return format((number * 100).normalize(), "f").replace(".", ",") + "%"
    return number


def column_letter(index: int) -> str:
    """1 → A, 27 → AA (spreadsheet column names)."""
    out = ""
    while index > 0:
        index, rest = divmod(index - 1, 26)
        out = chr(ord("A") + rest) + out
    return out


@dataclass(frozen=True)
class Column:
    key: str
    letter: str
    label: str  # the header as printed (the lower line under a spanning header)
    type: str
    group: str  # the spanning header above it, "" when none


@dataclass(frozen=True)
class Layout:
    """Where a table form's columns and lines sit on the sheet."""

    columns: tuple[Column, ...]
    first: int  # first data row
    last: int  # last data row of the area
    total_row: int | None

    def letter(self, key: str) -> str:
        return next(c.letter for c in self.columns if c.key == key)

    def has(self, key: str) -> bool:
        return any(c.key == key for c in self.columns)

    @property
    def end(self) -> str:
        return self.columns[-1].letter


def layout(t: FormTemplate, entry: bool, n_rows: int) -> Layout:
    """Where each printed column goes; a unit's sheet adds “Loại dòng” after STT when the form has row kinds."""
    shape = table_shape(t)
    groups = {key: label for label, keys in t.column_groups for key in keys}
    specs = [(c.key, c.label, c.type) for c in t.columns if c.display != "group_row"]
    if entry and t.row_kinds:
        at = next((i + 1 for i, s in enumerate(specs) if s[0] == shape.numbering), 0)
        specs.insert(at, (KIND, KIND_HEADER, "text"))
    columns = tuple(Column(k, column_letter(i), label, kind, groups.get(k, ""))
                    for i, (k, label, kind) in enumerate(specs, start=1))
    total = t.row_kinds.get(shape.total_kind, {})
    first_total = bool(shape.total_kind) and total.get("position", "first") == "first"
    first = HEAD_ROW + 1 + first_total
    last = first + max(n_rows, 1) - 1
    total_row = (HEAD_ROW + 1 if first_total else last + 1) if shape.total_kind else None
    return Layout(columns, first, last, total_row)


def total_formula(t: FormTemplate, lay: Layout, letter: str) -> str:
    """A unit's total line: Σ every line of the area but the sub-totals (a blank kind is an ordinary line)."""
    k, f, e = lay.letter(KIND), lay.first, lay.last
    area = f"{letter}{f}:{letter}{e}"
    minus = "".join(f'-SUMIF(${k}${f}:${k}${e},"{kind_name(t, kind)}",{area})'
                    for kind, spec in t.row_kinds.items() if spec.get("sums") and not spec.get("position"))
    return f'=IF(COUNT({area})=0,"",SUM({area}){minus})'
