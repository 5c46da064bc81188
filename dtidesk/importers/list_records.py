"""Turn the rows of a list sheet into records of one kind; every problem names its row and column."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..domain.list_fields import field_of, number_limit
from ..domain.models import Indicator, Unit
from ..domain.text import fold
from ..domain.units import NameIndex, spelling_rank, split_fragment, unit_index
from ..domain.validation import parse_date_input, parse_decimal_input
from ..domain.vnformat import fmt_number
from ..errors import ValidationError
from .list_values import cell_text, code_level, normalise_code, split_unit_names
from .xlsx_lists import SheetRow, SheetTable


@dataclass(frozen=True)
class ListProblem:
    row: int | None  # Excel row number; None for a problem of the whole sheet or mapping
    column: str  # column letter, "" when none
    field: str  # the field's Vietnamese label, "" when none
    message: str
    severity: str = "error"  # "error" refuses the import; "warning" is only reported

    def text(self) -> str:
        where = []
        if self.row is not None:
            where.append(f"Dòng {self.row}")
        if self.column:
            where.append(f"cột {self.column}" + (f" ({self.field})" if self.field else ""))
        elif self.field:
            where.append(self.field)
        return (", ".join(where) + ": " if where else "") + self.message

    def as_dict(self) -> dict:
        return {"row": self.row, "column": self.column, "field": self.field, "message": self.message,
                "severity": self.severity, "text": self.text()}


@dataclass
class ListRecord:
    row: int
    kind: str  # "item", "group" (a heading: task group / section) or "total" (the total line of a score table)
    values: dict[str, object] = field(default_factory=dict)
    level: int | None = None  # depth of a group
    parent: int | None = None  # index (in the record list) of the group this record sits under


@dataclass
class Reader:
    """What a kind's builder needs: the sheet, the mapping, the file's units and criteria, and a problem list."""

    kind: str
    table: SheetTable
    mapping: dict[str, str]  # column letter → field key
    units: list[Unit]
    plan_year: int | None = None
    indicators: list[Indicator] = field(default_factory=list)
    framework_name: str = ""
    problems: list[ListProblem] = field(default_factory=list)
    new_units: dict[str, str] = field(default_factory=dict)  # the name as first written → the fullest spelling
    spellings: dict[str, str] = field(default_factory=dict)  # a name as written → the file's unit, spelt otherwise
    directive_keys: set[str] = field(default_factory=set)  # directives the file has (domain.plan_items.directive_key)

    def __post_init__(self) -> None:
        self.letter = {key: letter for letter, key in self.mapping.items()}
        self.known = unit_index(self.units)  # the program's one matching rule (domain/units.py)
        self.proposed: NameIndex[str] = NameIndex()  # spellings of new names → the first one written

    def find_unit(self, name: str) -> Unit | None:
        unit = self.known.find(name)
        if unit is not None and fold(name) != fold(unit.name):
            self.spellings[name] = unit.name
        return unit

    def propose(self, name: str) -> None:
        """A name new to the file; spellings of one unit make one proposal, the fullest of them."""
        first = self.proposed.find(name)
        if first is None:
            self.new_units[name] = name
            self.proposed.add(name, name)
            return
        self.proposed.add(name, first)
        if spelling_rank(name) < spelling_rank(self.new_units[first]):
            self.new_units[first] = name

    def bad(self, row: SheetRow | int | None, key: str, message: str, severity: str = "error") -> None:
        number = row.number if isinstance(row, SheetRow) else row
        label = field_of(self.kind, key).label if key else ""
        self.problems.append(ListProblem(number, self.letter.get(key, ""), label, message, severity))

    def raw(self, row: SheetRow, key: str, own: bool = False) -> object:
        letter = self.letter.get(key)
        if letter is None or (own and letter in row.inherited):
            return None
        return row.values.get(letter)

    def text(self, row: SheetRow, key: str, own: bool = False) -> str:
        return cell_text(self.raw(row, key, own))

    def code(self, row: SheetRow) -> str:
        return normalise_code(self.raw(row, "code", own=True))

    def title(self, row: SheetRow, skip: tuple[str, ...] = ("code",)) -> str:
        """The text of a heading row: its first non-empty cell after the code column."""
        skip_letters = {self.letter[k] for k in skip if k in self.letter}
        for letter in sorted(row.values, key=lambda s: (len(s), s)):
            if letter not in skip_letters and letter not in row.inherited and cell_text(row.values[letter]):
                return cell_text(row.values[letter])
        return ""

    def has_any(self, row: SheetRow, keys: tuple[str, ...]) -> bool:
        return any(self.text(row, k, own=True) for k in keys)

    def number(self, row: SheetRow, key: str, negative_ok: bool = False):
        value = self.raw(row, key)
        if isinstance(value, str) and value.strip() in ("-", "–", "—"):
            return None
        label = field_of(self.kind, key).label
        try:
            number = parse_decimal_input(value, label)
        except ValidationError:
            self.bad(row, key, f"“{cell_text(value)}” không phải là một số (viết như 46,67 hoặc 1.870).")
            return None
        if number is not None and number < 0 and not negative_ok:
            self.bad(row, key, f"số {cell_text(value)} nhỏ hơn 0.")
            return None
        if number is not None and abs(number) >= number_limit(key):
            self.bad(row, key, f"số “{cell_text(value)[:40]}” quá lớn (phải nhỏ hơn {fmt_number(number_limit(key))}).")
            return None
        return number

    def date(self, row: SheetRow, key: str) -> dt.date | None:
        value = self.raw(row, key)
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            self.bad(row, key, f"“{cell_text(value)}” không phải là ngày (dạng ngày/tháng/năm, ví dụ 14/6/2024).")
            return None
        try:
            return parse_date_input(cell_text(value) or None, field_of(self.kind, key).label)
        except ValidationError:
            self.bad(row, key, f"“{cell_text(value)}” không phải là ngày có thật (dạng ngày/tháng/năm, "
                               "ví dụ 14/6/2024).")
            return None

    def unit_names(self, row: SheetRow, key: str, single: bool = False) -> list[str]:
        """Names as the file spells them when known, otherwise as written (and listed for creation)."""
        text = self.text(row, key)
        if not text:
            return []
        out: list[str] = []
        for part in split_unit_names(text):
            if split_fragment(part) is not None:
                # A sentence (“Phòng X phối hợp với …”) is no unit: kept as written, it goes to the note.
                self.bad(row, key, f"“{part}” là một câu, không phải tên đơn vị: giữ nguyên trong ghi chú.",
                         "warning")
                out.append(part)
                continue
            unit = self.find_unit(part)
            pieces = [p.strip() for p in re.split(r",|\s[-–]\s", part)]
            if unit is None and len(pieces) > 1 and all(self.known.find(p) is not None for p in pieces):
                out += [u.name for u in map(self.find_unit, pieces) if u]  # “Văn phòng, Thanh tra Sở”, “VP - TTr”
                continue
            if unit is None:
                self.propose(part)
            out.append(unit.name if unit else part)
        if single and len(out) > 1:
            self.bad(row, key, f"một chỉ tiêu/dự án chỉ có một đơn vị; lấy “{out[0]}”, các đơn vị còn lại "
                               "ghi vào ghi chú.", "warning")
        return out


def check_dates_exist(reader: Reader, row: SheetRow, key: str, text: str) -> bool:
    """A timeline that cites a day which does not exist (“31/02/2024”) is a typing mistake, never guessed."""
    ok = True
    for d, m, y in re.findall(r"(?<!\d)(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})(?!\d)", text):
        try:
            dt.date(int(y), int(m), int(d))
        except ValueError:
            reader.bad(row, key, f"ngày “{d}/{m}/{y}” không có thật.")
            ok = False
    return ok


def heading_level(reader: Reader, row: SheetRow, details: tuple[str, ...], main: str,
                  also: tuple[str, ...] = (), units: tuple[str, ...] = ()) -> int | None:
    """The depth of a heading row (I, 1, 1.1 …), or None for an item row.

    A heading has a heading code, none of the item's details, and either no text in the main field
    (its title sits in an earlier column, as in seed 002's “1 | Kiểm soát thủ tục hành chính”, units
    allowed), or only its main text with a Roman numeral, a capital letter or bold type (“I | Phát
    triển chính quyền số” of seed 003). `also` are fields an item may have that a titled heading has not.
    """
    level = code_level(reader.code(row))
    if level is None or reader.has_any(row, details):
        return None
    if not reader.text(row, main, own=True):
        return level if reader.title(row, ("code", *units)) else None
    if reader.has_any(row, also):
        return None
    return level if level <= 1 or row.bold else None


def place_groups(records: list[ListRecord]) -> None:
    """Parent of every group and item from the order of heading rows and their depths."""
    stack: list[tuple[int, int]] = []  # (level, record index)
    for i, rec in enumerate(records):
        if rec.kind == "group":
            while stack and stack[-1][0] >= (rec.level or 0):
                stack.pop()
            rec.parent = stack[-1][1] if stack else None
            stack.append((rec.level or 0, i))
        else:
            rec.parent = stack[-1][1] if stack else None


def find_indicator(indicators: list[Indicator], code: str, name: str) -> Indicator | None:
    key = fold(code).rstrip(".")
    if key:
        for ind in indicators:
            if fold(ind.code) == key:
                return ind
        return None
    folded = fold(name).rstrip(".")
    exact = [i for i in indicators if fold(i.name).rstrip(".") == folded]
    if exact:
        return exact[0]
    starts = [i for i in indicators if folded and fold(i.name).startswith(folded[:60])]
    return starts[0] if len(starts) == 1 else None
