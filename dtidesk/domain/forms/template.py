"""Statistics form templates (dtidesk-form/1): the rows, columns and forms an agency file installs."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

SCHEMA = "dtidesk-form/1"
ROW_TYPES = ("group", "integer", "decimal", "percent", "choice", "text")
NUMERIC_TYPES = ("integer", "decimal", "percent")
SUMMABLE_TYPES = ("integer", "decimal")
ROW_COLUMNS = ("code", "label", "unit", "value", "note")
TABLE_TYPES = ("text", "integer", "decimal")
CHECK_OPS = ("eq_sum", "le", "subtotal")
TYPE_LABELS = {"group": "tiêu đề nhóm", "integer": "số nguyên", "decimal": "số", "percent": "tỷ lệ %",
               "choice": "lựa chọn", "text": "chữ"}

CODE_RE = re.compile(r"\d+(?:\.\d+)*")


def normalise_code(raw: object) -> str:
    """An STT as printed → the template's code: "1.3." → "1.3", " 2.1.2. " → "2.1.2", 1.0 → "1"."""
    if raw is None or isinstance(raw, bool):
        return ""
    if isinstance(raw, int):
        return str(raw)
    if isinstance(raw, float):
        return str(int(raw)) if raw.is_integer() else repr(raw)
    text = re.sub(r"\s+", "", str(raw))
    return text.rstrip(".")


@dataclass(frozen=True)
class Choice:
    value: int
    label: str


@dataclass(frozen=True)
class Formula:
    op: str  # "ratio" | "sum"
    args: tuple[str, ...]

    def describe(self) -> str:
        return f"{self.args[0]}/{self.args[1]}" if self.op == "ratio" else " + ".join(self.args)


@dataclass(frozen=True)
class FormRow:
    code: str
    label: str
    unit: str
    type: str
    note: str = ""
    bold: bool = False
    italic: bool = False
    choices: tuple[Choice, ...] = ()
    formula: Formula | None = None
    cumulative: bool = False

    @property
    def parent(self) -> str:
        return self.code.rpartition(".")[0]

    @property
    def level(self) -> int:
        return self.code.count(".")

    @property
    def computed(self) -> bool:
        return self.formula is not None

    @property
    def editable(self) -> bool:
        return self.type != "group" and self.formula is None

    @property
    def summable(self) -> bool:
        return self.type in SUMMABLE_TYPES

    def choice_text(self, sep: str = "; ") -> str:
        """As the Đơn vị tính cell prints it: "Có = 1; Không = 0"."""
        return sep.join(f"{c.label} = {c.value}" for c in self.choices)


@dataclass(frozen=True)
class TableColumn:
    key: str
    label: str
    type: str
    display: str = ""
    added: bool = False


@dataclass(frozen=True)
class FormTemplate:
    code: str
    version: int
    kind: str  # "rows" | "table"
    title: str
    subtitle: str = ""
    source: str = ""
    appendix_label: str = ""
    headers: Mapping[str, str] = field(default_factory=dict)  # kind rows: column key → printed header
    column_groups: tuple[tuple[str, tuple[str, ...]], ...] = ()
    rows: tuple[FormRow, ...] = ()
    columns: tuple[TableColumn, ...] = ()  # kind table
    row_kinds: Mapping[str, Mapping] = field(default_factory=dict)
    checks: tuple[Mapping, ...] = ()
    _index: dict[str, FormRow] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._index.update({r.code: r for r in self.rows})

    def has(self, code: str) -> bool:
        return code in self._index

    def row(self, code: str) -> FormRow:
        return self._index[code]

    def is_cumulative(self, code: str) -> bool:
        """Lũy kế: the row's own flag or an ancestor's (6.2 covers 6.2.1 … 6.2.6)."""
        while code:
            row = self._index.get(code)
            if row is not None and row.cumulative:
                return True
            code = code.rpartition(".")[0]
        return False

    def label(self) -> str:
        return f"{self.appendix_label}: {self.title}" if self.appendix_label else self.title


@dataclass(frozen=True)
class StoredForm:
    """A template as installed in an agency file."""

    id: int
    template: FormTemplate

    @property
    def code(self) -> str:
        return self.template.code


@dataclass(frozen=True)
class Submission:
    unit_id: int
    submitted_at: str
    source_file: str = ""

