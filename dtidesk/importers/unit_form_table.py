"""Read a unit's filled sheet of a table form back: every line down to the blank tail, checked cell by cell."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal

from ..domain.form_sheet import HEAD_ROW, KIND, Layout, as_seen, layout, same_formula, total_formula
from ..domain.forms import (
    FormRow,
    FormTemplate,
    check_table,
    complete_table,
    kind_name,
    kind_of,
    read_entry,
    row_label,
    strip_group_prefix,
    table_key,
    table_shape,
    to_text,
)
from ..domain.vnformat import fmt_number
from .unit_form_meta import TAMPERED
from .xlsx_sheet import SheetData, column_name

Bad = Callable[..., None]  # bad(message, cell="", row="", severity="error")


def _check_headers(ws: SheetData, lay: Layout, bad: Bad) -> bool:
    """The first header that is not where it was exported; the ones after it only follow the shift."""
    for col in lay.columns:
        cell = f"{col.letter}{HEAD_ROW if col.group else HEAD_ROW - 1}"
        found = str(ws.get(cell).content or "").strip()
        if found != col.label.strip():
            now = [column_name(c) for r in (HEAD_ROW - 1, HEAD_ROW) for c, x in sorted(ws.row(r).items())
                   if str(x.content or "").strip() == col.label.strip()]
            bad(f"Cột “{col.label}” phải ở cột {col.letter}" + (f" nhưng đang ở cột {now[0]}" if now else
                " nhưng không còn trong trang tính") + f" (ô này ghi “{found[:80]}”): có cột đã bị xóa hoặc chèn "
                "thêm; hãy dùng lại tệp đã xuất.", cell)
            return False
    return True


def _cell(ws: SheetData, ref: str) -> tuple[object, bool]:
    """(value as the officer sees it, whether it is a formula without a value saved by a spreadsheet)."""
    cell = ws.get(ref)
    if cell.formula is not None:
        return (None, True) if cell.value is None else (as_seen(cell.value, cell.number_format), False)
    value = cell.value
    if isinstance(value, str) and not value.strip():
        value = None
    return as_seen(value, cell.number_format), False


def read_table_sheet(ws: SheetData, t: FormTemplate, meta: Mapping, bad: Bad) -> list[dict] | None:
    """The unit's lines, completed (total, sub-totals, STT); None when anything is wrong (each problem given
    to `bad`). Each cell of `ws` holds its formula and the value a spreadsheet saved for it."""
    shape = table_shape(t)
    lay = layout(t, True, int(meta["last_row"]) - int(meta["first_row"]) + 1)
    if lay.first != meta["first_row"] or str(lay.total_row or "") != str(meta.get("total_row") or ""):
        bad(f"{TAMPERED}: trang thông tin ẩn “_dtidesk” ghi vị trí các dòng khác với biểu mẫu; hãy dùng lại tệp "
            "đã xuất.")
        return None
    if not _check_headers(ws, lay, bad):
        return None  # columns moved: the cells below cannot be read safely
    failed = False

    def wrong(*args: object) -> None:
        nonlocal failed
        failed = True
        bad(*args)

    lines: list[dict] = []
    seen: dict[tuple, int] = {}
    current: str | None = None
    kinds = ", ".join(kind_name(t, k) for k in shape.kinds)
    for r in range(lay.first, lay.last + 1):
        if r not in ws.cells:
            continue  # a row the file does not hold is blank
        read = {c.key: _cell(ws, f"{c.letter}{r}") for c in lay.columns if c.key != shape.numbering}
        if all(v is None and not pending for v, pending in read.values()):
            continue
        line: dict[str, object] = {"_row": r}
        kind = shape.leaf_kind
        if KIND in read and read[KIND][0] is not None:
            text = str(read[KIND][0]).strip()
            found = kind_of(t, text)
            if found is None or found == shape.total_kind:
                wrong(f"Loại dòng “{text}” không có trong biểu mẫu (chọn: {kinds})." if found is None else
                      f"Dòng “{text}” được tính tự động ở đầu bảng; không ghi thêm.", f"{lay.letter(KIND)}{r}", str(r))
                continue
            kind = found
        line["kind"] = kind
        name_ref = f"{lay.letter(shape.name)}{r}" if shape.name else ""
        name = str(read[shape.name][0] or "").strip() if shape.name else ""
        if kind and kind == shape.group_kind:
            current = strip_group_prefix(t, name)
            line[shape.group] = current
            if not current:
                wrong(f"Dòng “{kind_name(t, kind)}” phải ghi tên {kind_name(t, kind).lower()}.", name_ref, str(r))
        elif shape.name:
            line[shape.name] = name
            if not name:
                label = next(c.label for c in lay.columns if c.key == shape.name)
                wrong(f"Dòng có số liệu nhưng chưa ghi “{label}”.", name_ref, str(r))
            if shape.group_kind:
                line[shape.group] = current
                if current is None:
                    wrong(f"“{name}” phải nằm dưới một dòng “{kind_name(t, shape.group_kind)}”.", name_ref, str(r))
        sub_total = bool(t.row_kinds.get(kind, {}).get("sums"))
        for col in lay.columns:
            if col.key in (KIND, shape.name, shape.numbering):
                continue
            value, pending = read[col.key]
            ref = f"{col.letter}{r}"
            if pending and not sub_total:
                wrong("Ô chứa công thức nhưng chưa có giá trị tính sẵn; hãy nhập số.", ref, str(r))
            elif col.type == "text":
                line[col.key] = None if value is None else str(value).strip()
            elif value is not None:
                e = read_entry(FormRow(f"{r}, cột “{col.label}”", col.label, "", col.type), value)
                if e.error:
                    wrong(e.error, ref, str(r))
                elif e.warning:
                    bad(e.warning, ref, str(r), "warning")
                line[col.key] = to_text(e.value)
        key = table_key(t, line)
        if key in seen:
            wrong(f"Dòng “{name}” ghi hai lần (dòng {seen[key]} và dòng {r}); hãy gộp số liệu vào một dòng.",
                  name_ref, str(r))
        seen.setdefault(key, r)
        lines.append(line)
    if failed:
        return None  # figures that could not be read would make every check below misleading
    rows = complete_table(t, lines)
    for row in rows:
        row.setdefault("_row", lay.total_row)
    _check_total(ws, t, lay, rows, bad)
    names = [f"Dòng {row['_row']} ({row_label(t, rows, i)})" for i, row in enumerate(rows)]
    for f in check_table(t, rows, names, plausible=False):
        sheet_row = rows[int(f.row) - 1]["_row"]
        bad(f.message, f"{lay.letter(f.col)}{sheet_row}" if f.col and lay.has(f.col) else "", str(sheet_row),
            f.severity)
    if not lines:
        bad("Tệp chưa ghi dòng số liệu nào: bảng của đơn vị sẽ trống.", f"A{lay.first}", "", "warning")
    return [{k: v for k, v in row.items() if k != "_row"} for row in rows]


def _check_total(ws: SheetData, t: FormTemplate, lay: Layout, rows: Sequence[Mapping], bad: Bad) -> None:
    # The total line is locked with formulas; a figure typed over one (after unlocking) must agree.
    if lay.total_row is None:
        return
    shape = table_shape(t)
    total = next(r for r in rows if r.get("kind") == shape.total_kind)
    for col in lay.columns:
        if col.key not in shape.numeric:
            continue
        ref = f"{col.letter}{lay.total_row}"
        value = ws.get(ref).content
        if isinstance(value, str) and value.startswith("="):
            if not same_formula(value, total_formula(t, lay, col.letter)):
                bad(f"Công thức của dòng tổng cộng (cột “{col.label}”) đã bị sửa; hãy dùng lại tệp đã xuất.", ref,
                    str(lay.total_row))
            continue
        e = read_entry(FormRow(f"{lay.total_row}, cột “{col.label}”", col.label, "", col.type), value)
        want = Decimal(str(total.get(col.key) or 0))
        if e.error or Decimal(e.value or 0) != want:
            bad(f"Dòng tổng cộng, cột “{col.label}” ghi “{str(value)[:40]}” nhưng cộng các dòng được {fmt_number(want)}.", ref,
                str(lay.total_row))
