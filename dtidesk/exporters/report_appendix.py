"""The report's appendices as tables: task progress, statistics forms (Phụ lục 02, 08), directives (Phụ lục 03);
the TTHC results table, printed in the report's body."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..domain.forms import FormRow, display, row_label, table_shape
from ..domain.report_model import (
    FormFigures,
    ReportModel,
    TableFigures,
    done_count,
    period_phrase,
    report_subject,
)
from ..domain.vnformat import DATE_BLANK, fmt_date_padded, fmt_issue_date, fmt_number, fmt_percent, from_roman
from .appendix import AppendixTable, Cell, Column, Formula, HeaderCell, Row

NUMBER = "#,##0"
PERCENT = "0.00%"


@dataclass
class ReportTable(AppendixTable):
    """An appendix of the report: its own sheet name, and portrait when narrow (a 5-column form)."""

    sheet: str = ""
    landscape: bool = True

    @property
    def sheet_name(self) -> str:
        return self.sheet or AppendixTable.sheet_name.fget(self)  # type: ignore[attr-defined]


def report_symbol(m: ReportModel) -> str:
    return f"BC-{m.agency.short_code}" if m.agency.short_code else "BC"


def reference(m: ReportModel) -> str:
    """“(Kèm theo Báo cáo số …/BC-STP ngày … tháng 6 năm 2024 của Sở Tư pháp)”; number and day by hand."""
    when = m.as_of if m.period == "ADHOC" else m.cutoff[1]
    by = f" của {m.agency.agency_name}" if m.agency.agency_name else ""
    return f"(Kèm theo Báo cáo số {DATE_BLANK}/{report_symbol(m)} {fmt_issue_date('', None, when.month, when.year)}{by})"


def _number_of(label: str) -> int | None:
    tail = label.strip().split()[-1] if label.strip() else ""
    if tail.isdigit():
        return int(tail)
    try:
        return from_roman(tail)
    except ValueError:
        return None


def appendix_labels(m: ReportModel) -> dict[str, str]:
    """Key ("progress", "form:cchc-stats", "directives") → “Phụ lục 02”, in print order (the numbers rising).

    A form keeps the number its template prints (the province's đề cương numbers Phụ lục 02, 08); the
    other appendices take the free numbers in order, two digits as seed 004 writes them. A table form
    (the TTHC results by field) is printed in the body, as seed 004 II.2.1 has it, not as an appendix."""
    fixed = {f"form:{f.form.code}": f.form.template.appendix_label for f in m.forms}
    keys = ["progress"] if m.progress["planned"] else []
    keys += ["directives"] if m.directives else []
    keys += [*fixed]
    numbers: dict[str, int] = {}
    for k in keys:  # two forms printing the same number: the second takes a free one
        n = _number_of(fixed.get(k, ""))
        if n is not None and n not in numbers.values():
            numbers[k] = n
    free = [k for k in keys if k not in numbers]
    if len(keys) == 1 and free:
        return {keys[0]: "Phụ lục"}
    taken = set(numbers.values())
    n = 0
    for k in free:
        n += 1
        while n in taken:
            n += 1
        numbers[k] = n
    return {k: f"Phụ lục {numbers[k]:02d}" for k in sorted(keys, key=lambda k: numbers[k])}


def _two_level_header(titles: list[tuple[str, str]], groups: list[tuple[str, list[str]]]) -> list[HeaderCell]:
    """Columns (key, title); a group spans its columns in row 0, the others span both rows."""
    keys = [k for k, _ in titles]
    header: list[HeaderCell] = []
    grouped = {k: label for label, ks in groups for k in ks if k in keys}
    for c, (key, title) in enumerate(titles):
        if key in grouped:
            header.append(HeaderCell(title, 1, c))
            label = grouped[key]
            if c == 0 or grouped.get(keys[c - 1]) != label:
                span = sum(1 for k in keys[c:] if grouped.get(k) == label)
                header.append(HeaderCell(label, 0, c, colspan=span))
        else:
            header.append(HeaderCell(title, 0, c, rowspan=2 if grouped else 1))
    return header


# -- Tiến độ thực hiện nhiệm vụ ---------------------------------------------------------------------
_PROGRESS_COLS = [("stt", "STT"), ("name", "Lĩnh vực, đơn vị chủ trì"), ("planned", "Số nhiệm vụ trong kỳ"),
                  ("done", "Tổng số"), ("done_on_time", "Đúng hạn"), ("done_late", "Quá hạn"),
                  ("in_progress", "Đang thực hiện"), ("not_started", "Chưa thực hiện"),
                  ("overdue", "Quá hạn chưa hoàn thành"), ("ratio", "Tỷ lệ hoàn thành trong kỳ")]


def _progress_row(r: int, code: str, name: str, c: dict[str, int], kind: str = "item",
                  sums: list[int] | None = None) -> Row:
    cells = [Cell(code), Cell(name)]
    for col, (key, _) in enumerate(_PROGRESS_COLS[2:9], start=2):
        value = done_count(c) if key == "done" else c[key]
        formula = Formula("sum", [(k, col) for k in sums]) if sums is not None else None
        cells.append(Cell(fmt_number(value), value, formula, NUMBER))
    ratio = Decimal(done_count(c)) / c["planned"] if c["planned"] else None
    cells.append(Cell(fmt_percent(ratio * 100) if ratio is not None else "", ratio,
                      Formula("ratio", [(r, 3), (r, 2)]), PERCENT))
    return Row(cells, kind)


def progress_table(m: ReportModel, label: str) -> ReportTable:
    rows: list[Row] = []
    spans = []

    def group(code: str, title: str) -> None:
        spans.append((len(rows), 1, len(rows), len(_PROGRESS_COLS) - 1))
        rows.append(Row([Cell(code), Cell(title), *[Cell() for _ in _PROGRESS_COLS[2:]]], "group"))

    group("I", "Theo lĩnh vực")
    first = len(rows)
    for n, a in enumerate(m.by_area, start=1):
        rows.append(_progress_row(len(rows), str(n), f"{a.code}. {a.title}" if a.code else a.title, a.counts))
    rows.append(_progress_row(len(rows), "", "Cộng", m.progress, "total", list(range(first, len(rows)))))
    group("II", "Theo đơn vị chủ trì")
    for n, u in enumerate(m.by_unit, start=1):
        rows.append(_progress_row(len(rows), str(n), u.unit.name if u.unit else "Chưa giao đơn vị chủ trì", u.counts))
    header = _two_level_header(_PROGRESS_COLS, [("Đã hoàn thành", ["done", "done_on_time", "done_late"])])
    widths = [8, 50, 13, 11, 11, 11, 13, 13, 14, 13]
    return ReportTable(kind="progress", label=label, title="TÌNH HÌNH THỰC HIỆN NHIỆM VỤ "
                       f"{period_phrase(m).upper()} THEO LĨNH VỰC VÀ ĐƠN VỊ CHỦ TRÌ", reference=reference(m),
                       columns=[Column(w, "left" if i == 1 else "center" if i == 0 else "right",
                                       PERCENT if i == 9 else NUMBER if i > 1 else "") for i, w in enumerate(widths)],
                       header=header, header_rows=2, rows=rows, spans=spans, sheet=label)


# -- Biểu thống kê (Phụ lục 02) ----------------------------------------------------------------------
_FORMATS = {"integer": NUMBER, "decimal": "#,##0.###", "percent": PERCENT, "choice": "0"}


def _value_cell(row: FormRow, f: FormFigures, where: dict[str, int]) -> Cell:
    if row.type == "group":
        return Cell()
    value = f.values.value(row.code)
    text = display(row, value)
    fmt = _FORMATS.get(row.type, "")
    formula = None
    if row.formula is not None:
        formula = Formula(row.formula.op, [(where[a], 3) for a in row.formula.args], blank_when_empty=True)
    if row.type == "text":
        return Cell(text)
    number = Decimal(value) / 100 if row.type == "percent" and value is not None else value
    return Cell(text, number, formula, fmt)  # type: ignore[arg-type]


def form_table(f: FormFigures, m: ReportModel, label: str) -> ReportTable:
    t = f.form.template
    where = {r.code: i for i, r in enumerate(t.rows)}
    rows = []
    for r in t.rows:
        name = f"{r.label}\n{r.note}" if r.note else r.label
        unit = r.choice_text() if r.type == "choice" else r.unit
        rows.append(Row([Cell(r.code), Cell(name), Cell(unit), _value_cell(r, f, where), Cell()],
                        "group" if r.bold or r.type == "group" else "item"))
    titles = [(k, t.headers.get(k, k)) for k in ("code", "label", "unit", "value", "note")]
    header = _two_level_header(titles, [(g, list(ks)) for g, ks in t.column_groups])
    cols = [Column(12, "center"), Column(61), Column(20, "center"), Column(14, "right"), Column(13)]
    return ReportTable(kind="form", label=label, title=t.title, reference=reference(m), columns=cols,
                       header=header, header_rows=max(h.row + h.rowspan for h in header), rows=rows, sheet=label,
                       landscape=False)


# -- Bảng kết quả giải quyết TTHC (a table form) -------------------------------------------------------
def table_table(tf: TableFigures, m: ReportModel, label: str) -> ReportTable:
    t = tf.form.template
    shape = table_shape(t)
    keys = [c.key for c in t.columns if c.display != "group_row"]
    titles = [(c.key, c.label) for c in t.columns if c.display != "group_row"]
    body = tf.rows
    rows: list[Row] = []
    for i, r in enumerate(body):
        kind = str(r.get("kind", ""))
        spec = t.row_kinds.get(kind, {})
        of = spec.get("sums")
        members: list[int] = []
        if of:
            for j in (range(len(body)) if kind == shape.total_kind else range(i + 1, len(body))):
                if kind != shape.total_kind and body[j].get("kind") == kind:
                    break
                if body[j].get("kind") == of:
                    members.append(j)
        cells = []
        for col, key in enumerate(keys):
            if key == shape.name:
                cells.append(Cell(row_label(t, body, i)))
            elif key in shape.numeric:
                raw = r.get(key)
                value = Decimal(str(raw)) if raw not in (None, "") else None
                formula = Formula("sum", [(j, col) for j in members]) if members else None
                cells.append(Cell(fmt_number(value), value, formula, NUMBER))
            else:
                cells.append(Cell(str(r.get(key) or "")))
        rows.append(Row(cells, "total" if kind == shape.total_kind else "group" if of else "item"))
    widths = {shape.numbering: 10, shape.name: 58, "note": 14}  # “STT” on one line at 12 pt
    cols = [Column(widths.get(k, 16), "center" if k == shape.numbering else "right" if k in shape.numeric else "left",
                   NUMBER if k in shape.numeric else "") for k in keys]
    header = _two_level_header(titles, [(g, list(ks)) for g, ks in t.column_groups])
    title = t.title.upper()
    if title.startswith("GIẢI QUYẾT"):
        title = f"KẾT QUẢ {title}"
    return ReportTable(kind="table", label=label, title=f"{title} {period_phrase(m).upper()}", reference=reference(m),
                       columns=cols, header=header, header_rows=max(h.row + h.rowspan for h in header), rows=rows,
                       sheet=label)


# -- Văn bản chỉ đạo (seed 004 Phụ lục 03) -------------------------------------------------------------
def directives_table(m: ReportModel, label: str) -> ReportTable:
    titles = ["STT", "Tên loại văn bản", "Số, ký hiệu văn bản", "Ngày, tháng, năm ban hành văn bản",
              "Nội dung trích yếu văn bản", "Cơ quan ban hành văn bản", "Ghi chú"]
    cols = [Column(7, "center"), Column(13), Column(17, "center"), Column(14, "center"), Column(52), Column(20),
            Column(12)]
    rows = [Row([Cell(str(n)), Cell(d.doc_type), Cell(d.number_symbol),
                 Cell(fmt_date_padded(d.issued_on), d.issued_on, number_format="dd/mm/yyyy"), Cell(d.summary), Cell(d.issuer),
                 Cell(d.note)]) for n, d in enumerate(m.directives, start=1)]
    title = f"THỐNG KÊ CÁC VĂN BẢN CHỈ ĐẠO, TRIỂN KHAI THỰC HIỆN {report_subject(m.plan).upper()} " \
            f"{period_phrase(m).upper()}"
    return ReportTable(kind="directives", label=label, title=title,
                       reference=reference(m), columns=cols, header=[HeaderCell(t, 0, c) for c, t in enumerate(titles)],
                       header_rows=1, rows=rows, sheet=label)


def build_report_appendices(model: ReportModel) -> list[ReportTable]:
    """Every appendix the report has data for, in label order (Phụ lục 01, 02, …)."""
    labels = appendix_labels(model)
    forms = {f"form:{f.form.code}": f for f in model.forms}
    out = []
    for key, label in labels.items():
        if key == "progress":
            out.append(progress_table(model, label))
        elif key == "directives":
            out.append(directives_table(model, label))
        else:
            out.append(form_table(forms[key], model, label))
    return out
