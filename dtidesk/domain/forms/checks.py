"""Checks of a form's figures: formula rows against their inputs, and a table form's own checks."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext

from ..vnformat import fmt_number
from .tables import row_label, subtotal_members
from .template import FormRow, FormTemplate
from .values import Entry, Value, compute, display, read_entry


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
    with localcontext() as ctx:
        ctx.prec = 60  # a ratio of figures within LIMITS needs up to ~30 digits at six places
        try:
            return computed.quantize(q, ROUND_HALF_UP) == typed.quantize(q, ROUND_HALF_UP)
        except InvalidOperation:
            return computed == typed


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
        elif entries[row.code].warning and row.formula is None:  # a sum row over a billion says nothing new
            by_row.setdefault(row.code, []).append(FormFinding(row.code, "warning", entries[row.code].warning))
        if row.formula is not None:
            for f in _check_formula(t, row, entries, computed, raw):
                by_row.setdefault(f.row, []).append(f)
    return found + [f for row in t.rows for f in by_row.get(row.code, [])]


def stored_problems(t: FormTemplate, values: Mapping[str, Value]) -> list[str]:
    """Stored figures read again under today's ranges: what a file written before them may hold."""
    return [e.error for code, v in values.items() if t.has(code) and (e := read_entry(t.row(code), v)).error]


def check_table(t: FormTemplate, rows: Sequence[Mapping[str, object]],
                names: Sequence[str] | None = None, plausible: bool = True) -> list[FormFinding]:
    """A table form's own checks over its rows (each with "kind" and column values); blank counts as 0.

    `names` replaces the default "Dòng 3 (label)" of each row in the messages (an import names sheet rows);
    plausible=False leaves out the warnings on absurd figures (an import gives them by sheet cell itself).
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
            elif e.warning and plausible:
                found.append(FormFinding(str(i), "warning", e.warning, c.key))
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

