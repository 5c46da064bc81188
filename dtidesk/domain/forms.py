"""Statistics form templates (dtidesk-form/1): the JSON schema, typed entries and formula rows."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from ..errors import ValidationError
from .text import fold
from .vnformat import fmt_number, fmt_percent, parse_number, roman

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
_FORMCODE_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")

Value = Decimal | int | str  # Decimal for numbers, int for a choice, str for text


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


class _Problems(list):
    def add(self, message: str) -> None:
        if len(self) < 30:
            self.append(message)


def _text(data: Mapping, key: str, where: str, problems: _Problems, required: bool = True) -> str:
    value = data.get(key, None if required else "")
    if not isinstance(value, str) or (required and not value.strip()):
        problems.add(f"{where}: thiếu trường “{key}” (chuỗi chữ)." if key not in data
                     else f"{where}: trường “{key}” phải là chuỗi chữ không rỗng.")
        return ""
    return value


def _flag(data: Mapping, key: str, where: str, problems: _Problems) -> bool:
    value = data.get(key, False)
    if not isinstance(value, bool):
        problems.add(f"{where}: trường “{key}” phải là true hoặc false.")
        return False
    return value


def _parse_row(data: object, i: int, problems: _Problems) -> FormRow | None:
    if not isinstance(data, dict):
        problems.add(f"dòng thứ {i}: phải là một đối tượng JSON.")
        return None
    code = data.get("code")
    where = f"dòng {code}" if isinstance(code, str) and code else f"dòng thứ {i}"
    if not isinstance(code, str) or not CODE_RE.fullmatch(code):
        problems.add(f"{where}: mã “{code}” không đúng dạng (chữ số cách nhau bằng dấu chấm, ví dụ 1.3.2).")
        return None
    kind = data.get("type")
    if kind not in ROW_TYPES:
        problems.add(f"{where}: loại “{kind}” không hợp lệ ({', '.join(ROW_TYPES)}).")
        return None
    choices: list[Choice] = []
    raw_choices = data.get("choices")
    if kind == "choice":
        if not isinstance(raw_choices, list) or not raw_choices:
            problems.add(f"{where}: dòng lựa chọn phải có danh sách “choices”.")
        else:
            for c in raw_choices:
                ok = isinstance(c, dict) and isinstance(c.get("value"), int) and not isinstance(c["value"], bool)
                if not ok or not isinstance(c.get("label"), str) or not c["label"].strip():
                    problems.add(f"{where}: mỗi lựa chọn cần “value” (số nguyên) và “label” (chữ).")
                    break
                if any(x.value == c["value"] for x in choices):
                    problems.add(f"{where}: giá trị lựa chọn {c['value']} bị trùng.")
                choices.append(Choice(c["value"], c["label"].strip()))
    elif raw_choices is not None:
        problems.add(f"{where}: chỉ dòng loại “choice” mới có “choices”.")
    formula = None
    raw_formula = data.get("formula")
    if raw_formula is not None:
        args = raw_formula.get("args") if isinstance(raw_formula, dict) else None
        op = raw_formula.get("op") if isinstance(raw_formula, dict) else None
        if op not in ("ratio", "sum") or not isinstance(args, list) or not all(isinstance(a, str) for a in args):
            problems.add(f"{where}: công thức phải có dạng {{\"op\": \"ratio\"|\"sum\", \"args\": [mã dòng, …]}}.")
        elif op == "ratio" and (kind != "percent" or len(args) != 2):
            problems.add(f"{where}: công thức tỷ lệ (ratio) chỉ dùng cho dòng “percent” và có đúng 2 đối số.")
        elif op == "sum" and (kind not in SUMMABLE_TYPES or not args):
            problems.add(f"{where}: công thức tổng (sum) chỉ dùng cho dòng “integer”/“decimal” và cần đối số.")
        else:
            formula = Formula(op, tuple(args))
    return FormRow(
        code=code, label=_text(data, "label", where, problems), unit=_text(data, "unit", where, problems, False),
        type=kind, note=_text(data, "note", where, problems, False), bold=_flag(data, "bold", where, problems),
        italic=_flag(data, "italic", where, problems), choices=tuple(choices), formula=formula,
        cumulative=_flag(data, "cumulative", where, problems))


def _check_formulas(rows: dict[str, FormRow], problems: _Problems) -> None:
    for row in rows.values():
        for arg in row.formula.args if row.formula else ():
            target = rows.get(arg)
            if target is None:
                problems.add(f"dòng {row.code}: công thức dùng dòng “{arg}” không có trong biểu mẫu.")
            elif target.type not in NUMERIC_TYPES or arg == row.code:
                problems.add(f"dòng {row.code}: công thức chỉ được dùng dòng số liệu khác (dòng {arg} không hợp lệ).")
    state: dict[str, int] = {}

    def visit(code: str, path: list[str]) -> None:
        if state.get(code) == 2 or code not in rows:
            return
        if state.get(code) == 1:
            problems.add("công thức vòng tròn: " + " → ".join([*path[path.index(code):], code]) + ".")
            return
        state[code] = 1
        formula = rows[code].formula
        for arg in formula.args if formula else ():
            visit(arg, [*path, code])
        state[code] = 2

    for code in rows:
        visit(code, [])


def _parse_table(data: Mapping, problems: _Problems) -> tuple[tuple[TableColumn, ...], dict, tuple]:
    columns: list[TableColumn] = []
    raw = data.get("columns")
    for c in raw if isinstance(raw, list) else []:
        if not isinstance(c, dict) or not isinstance(c.get("key"), str) or c.get("type") not in TABLE_TYPES:
            problems.add(f"cột {c!r}: cần “key”, “label” và “type” ({', '.join(TABLE_TYPES)}).")
            continue
        if any(x.key == c["key"] for x in columns):
            problems.add(f"cột “{c['key']}” bị trùng.")
        columns.append(TableColumn(c["key"], str(c.get("label", "")), c["type"], str(c.get("display", "")),
                                   bool(c.get("added", False))))
    if not columns:
        problems.add("biểu mẫu dạng bảng phải có danh sách cột “columns”.")
    keys = {c.key for c in columns}
    checks = data.get("checks", [])
    for chk in checks if isinstance(checks, list) else [None]:
        cols = []
        if isinstance(chk, dict):
            cols = [chk.get("target")] if chk.get("op") == "eq_sum" else []
            cols += chk.get("columns", []) if chk.get("op") == "subtotal" else chk.get("args", [])
        if not isinstance(chk, dict) or chk.get("op") not in CHECK_OPS or any(k not in keys for k in cols) \
                or chk.get("severity", "error") not in ("error", "warning"):
            problems.add(f"kiểm tra {chk!r} không hợp lệ (op: {', '.join(CHECK_OPS)}; cột phải có trong bảng).")
    row_kinds = data.get("row_kinds", {})
    return tuple(columns), row_kinds if isinstance(row_kinds, dict) else {}, tuple(checks or ())


def parse_template(data: object, where: str = "biểu mẫu") -> FormTemplate:
    """A template from its JSON; every problem found is listed in one ValidationError."""
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise ValidationError(f"{where}: không phải biểu mẫu thống kê (cần \"schema\": \"{SCHEMA}\").")
    problems = _Problems()
    code = data.get("code")
    if not isinstance(code, str) or not _FORMCODE_RE.fullmatch(code):
        problems.add("mã biểu mẫu “code” phải là chữ không dấu, số hoặc gạch nối (ví dụ cchc-stats).")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        problems.add("phiên bản “version” phải là số nguyên dương (năm của mẫu).")
    kind = data.get("kind")
    if kind not in ("rows", "table"):
        problems.add("loại “kind” phải là \"rows\" hoặc \"table\".")
    title = _text(data, "title", "biểu mẫu", problems)
    groups = data.get("column_groups", [])
    column_groups = tuple((str(g.get("label", "")), tuple(g.get("columns", []))) for g in groups
                          if isinstance(g, dict)) if isinstance(groups, list) else ()
    rows: dict[str, FormRow] = {}
    headers: dict[str, str] = {}
    columns: tuple[TableColumn, ...] = ()
    row_kinds: dict = {}
    checks: tuple = ()
    if kind == "rows":
        raw_headers = data.get("columns")
        if not isinstance(raw_headers, dict) or any(not isinstance(raw_headers.get(k), str) for k in ROW_COLUMNS):
            problems.add(f"“columns” phải ghi tiêu đề cho các cột {', '.join(ROW_COLUMNS)}.")
        else:
            headers = {k: raw_headers[k] for k in ROW_COLUMNS}
        raw_rows = data.get("rows")
        if not isinstance(raw_rows, list) or not raw_rows:
            problems.add("biểu mẫu phải có danh sách dòng “rows”.")
        for i, raw in enumerate(raw_rows if isinstance(raw_rows, list) else [], start=1):
            row = _parse_row(raw, i, problems)
            if row is None:
                continue
            if row.code in rows:
                problems.add(f"dòng {row.code}: mã bị trùng.")
            elif row.parent and row.parent not in rows:
                problems.add(f"dòng {row.code}: dòng cha {row.parent} phải đứng trước.")
            rows[row.code] = row
        _check_formulas(rows, problems)
    elif kind == "table":
        columns, row_kinds, checks = _parse_table(data, problems)
    if problems:
        raise ValidationError(f"{where} “{code}” không hợp lệ:\n" + "\n".join(f"– {p}" for p in problems))
    return FormTemplate(
        code=str(code), version=int(str(version)), kind=str(kind), title=title, subtitle=str(data.get("subtitle", "")),
        source=str(data.get("source", "")), appendix_label=str(data.get("appendix_label", "")),
        headers=headers, column_groups=column_groups, rows=tuple(rows.values()), columns=columns,
        row_kinds=row_kinds, checks=checks)


def template_warnings(t: FormTemplate) -> list[str]:
    """Oddities a template may legitimately carry (seed 004 prints them) but an officer should know."""
    return [f"Dòng {r.code} là số đếm nhưng đơn vị tính in là “%”." for r in t.rows
            if r.type in SUMMABLE_TYPES and r.unit.strip() == "%"]


# -- entries ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """One typed cell read against its row: the value, whether it was typed with "%", or why it is wrong."""

    value: Value | None
    percent_sign: bool | None = None  # None: not typed as text (a number from a spreadsheet)
    error: str = ""


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
            number = parse_number(text[:-1] if sign else text)
        except ValueError:
            return Entry(None, sign, f"{where} ({TYPE_LABELS[row.type]}): “{raw}” không phải là số.")
    elif isinstance(raw, (int, float, Decimal)) and not isinstance(raw, bool):
        number = Decimal(repr(raw)) if isinstance(raw, float) else Decimal(raw)
    else:
        return Entry(None, error=f"{where}: giá trị “{raw}” không đọc được.")
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
    if row.type == "percent" and number > 100 and limit:
        return Entry(None, sign, f"{where}: tỷ lệ {fmt_percent(number)} nằm ngoài khoảng 0–100%.")
    return Entry(number.normalize() if number else Decimal(0), sign)


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
                out[code] = None if num is None or not den else (num * 100 / den).quantize(Decimal("1E-6"))
            else:
                present = [a for a in args if a is not None]
                out[code] = sum(present, Decimal(0)) if present else None
        return out[code]

    for row in t.rows:
        if row.formula is not None:
            value(row.code)
    return {k: (v.normalize() if v else v) for k, v in out.items()}


# -- checks ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FormFinding:
    row: str
    severity: str  # "error" (the figures cannot be right) | "warning" (usually wrong)
    message: str
    col: str = ""  # table forms: the column key the finding is about

    def as_dict(self) -> dict:
        return {"row": self.row, "severity": self.severity, "message": self.message}


def _number(value: Value | None) -> Decimal | None:
    return Decimal(value) if isinstance(value, (int, Decimal)) else None


def _same(typed: Decimal, computed: Decimal) -> bool:
    # A printed percentage is compared at its own precision, rounded half up: 45,44 % matches "45%".
    exponent = typed.normalize().as_tuple().exponent
    places = min(max(0, -exponent), 6) if isinstance(exponent, int) else 0
    q = Decimal(1).scaleb(-places)
    return computed.quantize(q, ROUND_HALF_UP) == typed.quantize(q, ROUND_HALF_UP)


def _check_formula(t: FormTemplate, row: FormRow, entries: Mapping[str, Entry], computed: Mapping,
                   raw: Mapping[str, object]) -> list[FormFinding]:
    assert row.formula is not None
    args, op, code = row.formula.args, row.formula.op, row.code
    arg_values = [computed.get(a) if t.row(a).computed else _number(entries[a].value) for a in args]
    bad = [a for a in args if not t.row(a).computed and entries[a].error]
    result, typed = computed.get(code), entries[code]
    shown = raw.get(code) if isinstance(raw.get(code), str) else display(row, typed.value)
    out: list[FormFinding] = []
    part, whole = arg_values[0], arg_values[-1]
    if op == "ratio" and not bad and part is not None and whole is not None and part > whole:
        num, den = args
        out.append(FormFinding(num, "error", f"Dòng {num} ({display(t.row(num), part)}) lớn hơn dòng "
                                             f"{den} ({display(t.row(den), whole)}): phần không thể "
                                             f"lớn hơn tổng."))
    if typed.error:
        return out
    if typed.value is None:
        if result is not None and not bad:
            out.append(FormFinding(code, "warning", f"Dòng {code} để trống; tính từ {row.formula.describe()} "
                                                    f"được {display(row, result)}."))
        return out
    if bad:
        out.append(FormFinding(code, "warning", f"Không kiểm tra được dòng {code} (ghi “{shown}”) vì dòng "
                                                f"{', '.join(bad)} không hợp lệ."))
        return out
    if result is None:
        if op == "sum" and typed.value == 0:
            return out
        if op == "sum":
            why = f"các dòng {row.formula.describe()} đều để trống"
        else:
            num_v, den_v = arg_values
            which = args[1] if den_v is None or den_v == 0 else args[0]
            state = "bằng 0" if den_v == 0 else "để trống"
            why = f"không tính được tỷ lệ vì dòng {which} ({'mẫu số' if which == args[1] else 'tử số'}) {state}"
        tail = "" if op == "sum" else "; dòng này phải để trống"
        out.append(FormFinding(code, "error", f"Dòng {code} ghi “{shown}” nhưng {why}{tail}."))
        return out
    if _same(Decimal(typed.value), result):
        return out
    like = [a for a, v in zip(args, arg_values, strict=True) if v is not None and v == typed.value]
    if op == "ratio" and typed.percent_sign is False and like:
        out.append(FormFinding(code, "error", f"Dòng {code} là tỷ lệ (%) nhưng ghi “{shown}”, giống số đếm của "
                                              f"dòng {like[0]}; tính từ {row.formula.describe()} được "
                                              f"{display(row, result)}."))
    else:
        out.append(FormFinding(code, "error", f"Dòng {code} ghi “{shown}” nhưng tính từ {row.formula.describe()} "
                                              f"được {display(row, result)}."))
    return out


def check_entries(t: FormTemplate, raw: Mapping[str, object]) -> list[FormFinding]:
    """Every check of one rows-form's figures as typed or printed (formula rows included), in row order.

    Keys starting with "_" are not row codes (fixture notes). Seed 004's Phụ lục 02 is the reference.
    """
    found = [FormFinding(code, "error", f"Mã dòng “{code}” không có trong biểu mẫu {t.code}.")
             for code in raw if not code.startswith("_") and not t.has(code)]
    entries = {row.code: read_entry(row, raw.get(row.code), row.formula is None) for row in t.rows}
    computed = compute(t, {c: e.value for c, e in entries.items()})
    by_row: dict[str, list[FormFinding]] = {}
    for row in t.rows:
        if entries[row.code].error:
            by_row.setdefault(row.code, []).append(FormFinding(row.code, "error", entries[row.code].error))
        if row.formula is not None:
            for f in _check_formula(t, row, entries, computed, raw):
                by_row.setdefault(f.row, []).append(f)
    return found + [f for row in t.rows for f in by_row.get(row.code, [])]


def check_table(t: FormTemplate, rows: Sequence[Mapping[str, object]],
                names: Sequence[str] | None = None) -> list[FormFinding]:
    """A table form's own checks over its rows (each with "kind" and column values); blank counts as 0.

    `names` replaces the default "Dòng 3 (label)" of each row in the messages (an import names sheet rows).
    """
    numeric = [c for c in t.columns if c.type != "text"]
    found: list[FormFinding] = []
    values: list[dict[str, Decimal]] = []
    for i, r in enumerate(rows, start=1):
        vals: dict[str, Decimal] = {}
        for c in numeric:
            e = read_entry(FormRow(f"{i}, cột “{c.label}”", c.label, "", c.type), r.get(c.key))
            if e.error:
                found.append(FormFinding(str(i), "error", e.error, c.key))
            vals[c.key] = Decimal(e.value) if isinstance(e.value, (int, Decimal)) else Decimal(0)
        values.append(vals)
    labels = {c.key: c.label for c in t.columns}
    for chk in t.checks:
        severity, op = chk.get("severity", "error"), chk["op"]
        for i, (r, v) in enumerate(zip(rows, values, strict=True), start=1):
            name = names[i - 1] if names else f"Dòng {i} ({r.get('label') or row_label(t, rows, i - 1)})"
            if op == "eq_sum" and v[chk["target"]] != sum(v[a] for a in chk["args"]):
                parts = " + ".join(labels[a] for a in chk["args"])
                found.append(FormFinding(str(i), severity, f"{name}: “{labels[chk['target']]}” "
                                         f"{fmt_number(v[chk['target']])} khác {parts} = "
                                         f"{fmt_number(sum(v[a] for a in chk['args']))}.", chk["target"]))
            elif op == "le" and v[chk["args"][0]] > v[chk["args"][1]]:
                a, b = chk["args"]
                found.append(FormFinding(str(i), severity, f"{name}: “{labels[a]}” {fmt_number(v[a])} lớn hơn "
                                         f"“{labels[b]}” {fmt_number(v[b])}.", a))
            elif op == "subtotal" and r.get("kind") == chk["kind"]:
                members = [values[j] for j in subtotal_members(rows, i - 1, chk["kind"], chk["of"])]
                for col in chk["columns"]:
                    total = sum((m[col] for m in members), Decimal(0))
                    if v[col] != total:
                        found.append(FormFinding(str(i), severity, f"{name}: cột “{labels[col]}” "
                                                 f"{fmt_number(v[col])} khác tổng các dòng bên dưới "
                                                 f"{fmt_number(total)}.", col))
    return found


# -- table rows: kinds, sub-totals, numbering, merging ------------------------------------------------

KIND_NAMES = {"total": "Cộng", "field": "Lĩnh vực", "procedure": "Thủ tục"}  # when row_kinds give no "name"


@dataclass(frozen=True)
class TableShape:
    """What each column and row kind of a table template is for (see resources/forms/README.md)."""

    numbering: str  # the STT column key, "" when none
    name: str  # the column holding a row's name (procedure), "" when none
    group: str  # the group_row column (field), "" when none
    numeric: tuple[str, ...]
    total_kind: str  # the kind with a "position" (the grand total), "" when none
    group_kind: str  # the kind whose label prints the group column ("Lĩnh vực {field}")
    leaf_kind: str  # the kind of ordinary rows (procedure); "" when the template has no row kinds
    kinds: tuple[str, ...]  # kinds a report may hold besides the total, in template order


def table_shape(t: FormTemplate) -> TableShape:
    texts = [c for c in t.columns if c.type == "text"]
    numbering = next((c.key for c in texts if c.key == "stt" or fold(c.label) == "stt"), "")
    group = next((c.key for c in texts if c.display == "group_row"), "")
    name = next((c.key for c in texts if c.key not in (numbering, group) and c.display != "group_row"), "")
    kinds = t.row_kinds
    total = next((k for k, spec in kinds.items() if spec.get("position")), "")
    group_kind = next((k for k, spec in kinds.items() if group and "{" + group + "}" in str(spec.get("label", ""))),
                      "")
    leaf = next((k for k, spec in kinds.items() if k not in (total, group_kind) and not spec.get("sums")), "")
    return TableShape(numbering, name, group, tuple(c.key for c in t.columns if c.type != "text"), total,
                      group_kind, leaf, tuple(k for k in kinds if k != total))


def kind_name(t: FormTemplate, kind: str) -> str:
    """The Vietnamese name of a row kind, as the drop-down of the unit's sheet shows it."""
    spec = t.row_kinds.get(kind, {})
    if spec.get("name"):
        return str(spec["name"])
    return KIND_NAMES.get(kind) or str(spec.get("label", "")).split("{")[0].strip() or kind


def kind_of(t: FormTemplate, text: str) -> str | None:
    """A kind by its name or key, ignoring case and diacritics; None when unknown."""
    key = fold(text)
    return next((k for k in t.row_kinds if key in (fold(k), fold(kind_name(t, k)))), None)


def group_prefix(t: FormTemplate) -> str:
    """The printed text before the group's name: "Lĩnh vực " of "Lĩnh vực {field}"."""
    shape = table_shape(t)
    return str(t.row_kinds.get(shape.group_kind, {}).get("label", "")).split("{")[0] if shape.group_kind else ""


def strip_group_prefix(t: FormTemplate, text: str) -> str:
    """“Lĩnh vực Báo chí” → “Báo chí” (the officer may type either)."""
    prefix = group_prefix(t)
    if prefix.strip() and fold(text[:len(prefix)]) == fold(prefix):
        return text[len(prefix):].strip()
    return text.strip()


def row_label(t: FormTemplate, rows: Sequence[Mapping[str, object]], i: int) -> str:
    """The name cell as printed: "Cộng I+II+III", "Lĩnh vực Báo chí", or the row's own name."""
    shape, r = table_shape(t), rows[i]
    kind = str(r.get("kind", ""))
    spec = t.row_kinds.get(kind, {})
    if kind and kind == shape.total_kind:
        numbers = "+".join(str(x.get(shape.numbering) or "") for x in rows if x.get("kind") == spec.get("sums"))
        label = str(spec.get("label", kind_name(t, kind)))
        return label.replace("{numbers}", numbers.strip("+")).strip()
    if kind and kind == shape.group_kind:
        return str(spec["label"]).replace("{" + shape.group + "}", str(r.get(shape.group) or "")).strip()
    return str(r.get(shape.name) or r.get(shape.group) or kind_name(t, kind))


def subtotal_members(rows: Sequence[Mapping[str, object]], i: int, kind: str, of: str) -> list[int]:
    """The rows the sub-total at i adds up: those of kind `of` below it, up to the next row of its own kind."""
    out = []
    for j in range(i + 1, len(rows)):
        if rows[j].get("kind") == kind:
            break
        if rows[j].get("kind") == of:
            out.append(j)
    return out


def _dec(value: object) -> Decimal | None:
    if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
        return Decimal(value)
    if isinstance(value, str) and value.strip():
        try:
            return Decimal(value.strip())
        except ArithmeticError:
            try:
                return parse_number(value)
            except ValueError:
                return None
    return None


def _depth(t: FormTemplate, kind: str) -> int:
    seen: list[str] = []
    while kind in t.row_kinds and t.row_kinds[kind].get("sums") and kind not in seen:
        seen.append(kind)
        kind = str(t.row_kinds[kind]["sums"])
    return len(seen)


def complete_table(t: FormTemplate, rows: Sequence[Mapping[str, object]]) -> list[dict]:
    """Rows as the form prints them: one grand total where the template puts it, rows under their group
    (field), blank sub-total figures summed from the rows they cover (typed ones kept, for the checks to
    judge) and the STT numbered (roman, arabic, restarting per group). Values are canonical text."""
    shape = table_shape(t)
    out = [dict(r) for r in rows if not shape.total_kind or r.get("kind") != shape.total_kind]
    current = ""
    for r in out:
        if shape.group_kind and r.get("kind") == shape.group_kind:
            current = str(r.get(shape.group) or "")
        elif shape.group and shape.group_kind and not r.get(shape.group):
            r[shape.group] = current
    if shape.total_kind:
        total = {"kind": shape.total_kind}
        out.insert(0 if t.row_kinds[shape.total_kind].get("position", "first") == "first" else len(out), total)
    for kind in sorted((k for k in t.row_kinds if t.row_kinds[k].get("sums")), key=lambda k: _depth(t, k)):
        of = str(t.row_kinds[kind]["sums"])
        for i, r in enumerate(out):
            if r.get("kind") != kind:
                continue
            members = ([j for j, x in enumerate(out) if x.get("kind") == of] if kind == shape.total_kind
                       else subtotal_members(out, i, kind, of))
            for col in shape.numeric:
                if _dec(r.get(col)) is None:
                    parts = [d for j in members if (d := _dec(out[j].get(col))) is not None]
                    r[col] = to_text(sum(parts, Decimal(0))) if parts else None
    counters: dict[str, int] = {}
    for r in out:
        kind = str(r.get("kind", ""))
        for other, spec in t.row_kinds.items():
            if spec.get("restart") == kind:
                counters[other] = 0
        spec = t.row_kinds.get(kind, {})
        if shape.numbering and (spec.get("numbering") or not t.row_kinds):
            counters[kind] = counters.get(kind, 0) + 1
            r[shape.numbering] = roman(counters[kind]) if spec.get("numbering") == "roman" else str(counters[kind])
        elif shape.numbering and spec.get("position"):
            r[shape.numbering] = ""
    return out


def recompute_table(t: FormTemplate, rows: Sequence[Mapping[str, object]]) -> list[dict]:
    """complete_table with every sub-total and the total summed afresh from the rows they cover, as the grid
    shows them (read-only). A sub-total that covers no row keeps its typed figures (a field reported whole)."""
    shape = table_shape(t)
    out = complete_table(t, rows)
    cleared = []
    for i, r in enumerate(out):
        spec = t.row_kinds.get(str(r.get("kind", "")), {})
        of = spec.get("sums")
        covers = of and (any(x.get("kind") == of for x in out) if spec.get("position")
                         else subtotal_members(out, i, str(r["kind"]), str(of)))
        cleared.append({k: v for k, v in r.items() if k not in shape.numeric} if covers else r)
    return complete_table(t, cleared)


def table_key(t: FormTemplate, row: Mapping[str, object]) -> tuple[str, ...]:
    """Rows of two units that are the same line of the agency's table: same kind, same field and
    procedure ignoring case and diacritics."""
    shape = table_shape(t)
    kind = str(row.get("kind", ""))
    if not t.row_kinds:
        return ("", *(fold(str(row.get(c.key) or "")) for c in t.columns
                     if c.type == "text" and c.key not in (shape.numbering, "note")))
    group = fold(str(row.get(shape.group) or "")) if shape.group else ""
    return (kind, group, "" if kind in (shape.group_kind, shape.total_kind) else fold(str(row.get(shape.name) or "")))


def merge_tables(t: FormTemplate, tables: Sequence[Sequence[Mapping[str, object]]]) -> list[dict]:
    """The agency's table from the units': the same line (and the same field) summed column by column,
    other lines appended, groups in order of first appearance with their rows under them; sub-totals,
    the total and the numbering recomputed. Notes of the merged lines are joined."""
    shape = table_shape(t)
    merged: dict[tuple[str, ...], dict] = {}
    for rows in tables:
        for r in complete_table(t, rows):
            if shape.total_kind and r.get("kind") == shape.total_kind:
                continue
            key = table_key(t, r)
            if key not in merged:
                merged[key] = {k: v for k, v in r.items() if k != shape.numbering}
                continue
            into = merged[key]
            for c in t.columns:
                a, b = into.get(c.key), r.get(c.key)
                if c.type != "text":
                    parts = [d for d in (_dec(a), _dec(b)) if d is not None]
                    into[c.key] = to_text(sum(parts, Decimal(0))) if parts else None
                elif c.key == "note" and b and fold(str(b)) not in [fold(x) for x in str(a or "").split("; ")]:
                    into[c.key] = f"{a}; {b}" if a else b
    rows = list(merged.values())
    if shape.group_kind:
        groups = [r for r in rows if r.get("kind") == shape.group_kind]
        by_group: dict[str, list[dict]] = {fold(str(g.get(shape.group) or "")): [] for g in groups}
        loose = []
        for r in rows:
            if r.get("kind") != shape.group_kind:
                key = fold(str(r.get(shape.group) or ""))
                if key not in by_group:
                    groups.append({"kind": shape.group_kind, shape.group: r.get(shape.group)})
                    by_group[key] = []
                (by_group[key] if r.get(shape.group) else loose).append(r)
        rows = [x for g in groups for x in (g, *by_group[fold(str(g.get(shape.group) or ""))])] + loose
    return recompute_table(t, rows)


def table_cells(t: FormTemplate, rows: Sequence[Mapping[str, object]]) -> list[dict[str, str]]:
    """Rows typed in the program or read from a file → canonical text per column (numbers "1044");
    every refused cell is named in one ValidationError."""
    problems: list[str] = []
    first_bad = ""
    out: list[dict[str, str]] = []
    columns = {c.key: c for c in t.columns}
    for i, row in enumerate(rows, start=1):
        kind = str(row.get("kind") or "")
        if kind not in t.row_kinds and (kind or t.row_kinds):
            problems.append(f"Dòng {i}: loại dòng “{kind}” không có trong biểu mẫu "
                            f"({', '.join(kind_name(t, k) for k in t.row_kinds)}).")
            first_bad = first_bad or str(i)
            continue
        cells = {"kind": kind}
        for key, raw in row.items():
            col = columns.get(key)
            if col is None or raw is None or (isinstance(raw, str) and not raw.strip()):
                continue
            if col.type == "text":
                cells[key] = str(raw).strip()
                continue
            e = read_entry(FormRow(f"{i}, cột “{col.label}”", col.label, "", col.type), raw)
            if e.error:
                problems.append(e.error)
                first_bad = first_bad or str(i)
            elif (text := to_text(e.value)) is not None:
                cells[key] = text
        out.append(cells)
    if problems:
        raise ValidationError("\n".join(problems[:30]), first_bad)
    return out
