"""Reading a dtidesk-form/1 template from its JSON, with every problem named in one error."""

from __future__ import annotations

import re
from collections.abc import Mapping

from ...errors import ValidationError
from .template import (
    CHECK_OPS,
    CODE_RE,
    NUMERIC_TYPES,
    ROW_COLUMNS,
    ROW_TYPES,
    SCHEMA,
    SUMMABLE_TYPES,
    TABLE_TYPES,
    Choice,
    FormRow,
    FormTemplate,
    Formula,
    TableColumn,
)

_FORMCODE_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")


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

