"""Table forms: what each column and row kind is for, sub-totals, numbering and merging units' tables."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from ...errors import ValidationError
from ..text import fold
from ..vnformat import parse_number, roman
from .template import FormRow, FormTemplate
from .values import read_entry, to_text

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
