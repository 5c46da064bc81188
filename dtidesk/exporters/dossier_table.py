"""The self-assessment table of the dossier (bảng tự đánh giá, chấm điểm): PDF and Word through the appendix
writers, Excel with live sums and, where the method allows, each criterion's score as a formula of its inputs."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break

from .. import exporters as nd
from ..domain.dossier import Dossier, DossierNode
from ..domain.methods import ONE, Method
from ..domain.scores import canonical
from ..domain.vnformat import fmt_date_padded, fmt_score
from .appendix import AppendixTable, Cell, Column, HeaderCell, Row, TitleLine
from .xlsx import col_chars, height_pt, line_count, merge
from .xlsx_page import BOX, CENTER, font, page_setup, save_workbook, set_formula, use_document_font

HEADINGS = ("Mã số", "Chỉ số, tiêu chí", "Điểm tối đa", "Số liệu", "Điểm tự chấm", "Tài liệu kiểm chứng", "Giải trình")
PRINT_WIDTHS = (8, 52, 9, 26, 9, 44, 32)


def title(d: Dossier) -> str:
    return f"BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM {d.index_phrase().upper()} NĂM {d.year}"


def heading(d: Dossier, reference: str) -> list[TitleLine]:
    return [TitleLine("Phụ lục", nd.SIZE_APPENDIX_LABEL, bold=True),
            TitleLine(title(d), nd.SIZE_APPENDIX_TITLE, bold=True),
            TitleLine(reference, nd.SIZE_APPENDIX_TITLE, italic=True)]


def notes(d: Dossier) -> list[str]:
    start, end = d.period
    return [f"Ghi chú: Kỳ đánh giá từ {fmt_date_padded(start)} đến {fmt_date_padded(end)}. Tài liệu kiểm chứng "
            "được đánh số theo từng tiêu chí (mã tiêu chí - số thứ tự); tệp của mỗi tài liệu nằm trong thư mục "
            "mang mã tiêu chí của hồ sơ, tên tệp bắt đầu bằng số hiệu đó."]


def explanation_text(n: DossierNode) -> str:
    """The officer's explanation, and why the self score is not the one the inputs give, when it was typed."""
    parts = [n.explanation.strip()] if n.explanation.strip() else []
    if n.override_reason:
        computed = f" ({fmt_score(n.computed)} điểm)" if n.computed is not None else ""
        parts.append(f"Điểm tự chấm khác điểm tính từ số liệu{computed}: {n.override_reason.strip()}")
    return "\n".join(parts)


def input_lines(n: DossierNode) -> list[str]:
    """The “Số liệu” column: “a = 45 (Số máy tính kết nối mạng)”; a part “(1) Có quy chế: đạt”; a case by
    its words."""
    m, out = n.method, []
    for i in n.inputs:
        v = i.value
        if m.kind == "parts":
            mark = "…" if v is None else "đạt" if v == 1 else "không đạt" if v == 0 else str(v)
            out.append(f"({i.name}) {' '.join(i.label.split())}: {mark}")
        elif m.kind == "choice" and isinstance(v, Decimal) and v == v.to_integral_value() \
                and 1 <= v <= len(m.cases):
            out.append(f"Trường hợp {int(v)}: {m.cases[int(v) - 1].label}")
        elif m.kind == "absolute":
            out.append(f"Đạt yêu cầu: {i.shown()}")
        else:
            out.append(i.line())
    return out


def _score_cell(v: Decimal | None) -> Cell:
    return Cell(fmt_score(v), v)


def print_table(d: Dossier, reference: str) -> AppendixTable:
    """The table as the appendix writers print it (landscape, header repeated on every page)."""
    cols = [Column(w, "center" if i in (0, 2, 4) else "left") for i, w in enumerate(PRINT_WIDTHS)]
    rows: list[Row] = []
    for n in d.nodes:
        if n.kind == "group":
            rows.append(Row([Cell(n.code), Cell(n.name), _score_cell(n.max_score), Cell(), _score_cell(n.self_score),
                             Cell(), Cell()], "group"))
            continue
        rows.append(Row([Cell(n.code), Cell(n.name), _score_cell(n.max_score),
                         Cell("\n".join(input_lines(n))), _score_cell(n.self_score),
                         Cell("\n".join(e.citation() for e in n.evidence)), Cell(explanation_text(n))]))
    rows.append(Row([Cell(), Cell("Tổng cộng"), _score_cell(d.max_score), Cell(), _score_cell(d.self_score), Cell(),
                     Cell()], "total"))
    return AppendixTable(kind="scores", label="Phụ lục", title=title(d), reference=reference, columns=cols,
                         header=[HeaderCell(h, 0, c) for c, h in enumerate(HEADINGS)], header_rows=1, rows=rows,
                         heading=heading(d, reference), notes=notes(d),
                         meta={"title": title(d), "author": d.agency.agency_name or d.agency.agency})


def write_table_pdf(d: Dossier, reference: str, out: Path) -> Path:
    from .pdf import write_appendix_pdf

    return write_appendix_pdf(print_table(d, reference), out)


def write_table_docx(d: Dossier, reference: str, out: Path) -> Path:
    from .docx import write_appendix_docx

    return write_appendix_docx(print_table(d, reference), out)


# -- Excel: the score of a criterion as a formula of its input cells ---------------------------------------
def _lit(v: Decimal) -> str:
    return canonical(v) or "0"


def score_formula(method: Method, maximum: Decimal, refs: list[str]) -> str | None:
    """The Excel formula that gives what `methods.compute` gives from the cells `refs` (the inputs in the
    method's order), or None where a sheet formula cannot follow the method (council-scored, dates)."""
    k, m, p = method.kind, _lit(maximum), method.places
    if k == "manual" or not refs or (maximum < 0 and k != "deduction"):
        return None

    def clamp(x: str) -> str:
        return f"MIN(MAX({x},0),{m})" if maximum >= 0 else f"MAX(MIN({x},0),{m})"

    def done(x: str) -> str:
        return f"=ROUND({clamp(x)},{p})"

    def zero() -> str:
        return _lit(method.zero_rule.amount(maximum, ONE)) if method.zero_rule is not None else '""'

    if k == "ratio":
        share = f"MIN(MAX({refs[0]}/{refs[1]},0),1)" if len(refs) >= 2 else f"MIN(MAX({refs[0]}/100,0),1)"
        if method.target is not None and method.target > 0:
            share = f"MIN({share}*100/{_lit(method.target)},1)"
        body = done(f"{share}*{m}")
        return f"=IF(N({refs[1]})=0,{zero()},{body[1:]})" if len(refs) >= 2 else body
    if k in ("count", "deduction"):
        per = _lit(method.per_item or Decimal(0))
        cap = _lit(method.cap if method.cap is not None else abs(maximum))
        total = f"MIN({refs[0]}*{per},{cap})"
        return done(f"-{total}" if k == "deduction" else total)
    if k == "absolute":
        return done(f"IF({refs[0]}=1,{_lit(method.points if method.points is not None else maximum)},0)")
    if k == "parts":
        terms = [f"{r}*{_lit(c.award.amount(maximum, ONE))}" for r, c in zip(refs, method.cases, strict=False)]
        return done("+".join(terms)) if terms else None
    if k == "choice":
        amounts = ",".join(_lit(c.award.amount(maximum, ONE)) for c in method.cases)
        return done(f"CHOOSE({refs[0]},{amounts})") if method.cases else None
    if k == "bands":
        return _bands_formula(method, maximum, refs, done, zero)
    return None


def _bands_formula(method: Method, maximum: Decimal, refs: list[str], done, zero) -> str | None:
    if method.measure == "date" or not method.bands:
        return None
    if method.measure == "ratio":
        if len(refs) < 2:
            return None
        # Rounded to 10 places so 29/100*100 compares equal to a band edge of 29 (binary floating point).
        v, ratio = f"ROUND({refs[0]}/{refs[1]}*100,10)", f"{refs[0]}/{refs[1]}"
    else:
        v, ratio = refs[0], (f"{refs[0]}/100" if method.measure == "percent" else None)
    expr = "0"
    for b in reversed(method.bands):
        cond = []
        if b.low is not None:
            cond.append(f"{v}{'>=' if b.low_inclusive else '>'}{_lit(b.low)}")
        if b.high is not None:
            cond.append(f"{v}{'<=' if b.high_inclusive else '<'}{_lit(b.high)}")
        a = b.award
        if a.kind == "points":
            amount = _lit(a.value)
        elif a.kind == "fraction":
            amount = _lit(a.value * maximum)
        else:
            amount = f"{_lit(a.value)}*MIN(MAX({ratio},0),1)*{_lit(maximum)}" if ratio else "0"
        expr = amount if not cond else f"IF(AND({','.join(cond)}),{amount},{expr})"
    body = done(expr)
    return f"=IF(N({refs[1]})=0,{zero()},{body[1:]})" if method.measure == "ratio" else body


XLSX_HEAD = ("Mã số", "Chỉ số, tiêu chí", "Điểm tối đa", "Số liệu", "", "Điểm tự chấm", "Tài liệu kiểm chứng",
             "Giải trình")
XLSX_WIDTHS = (8, 48, 9, 24, 11, 10, 42, 30)
MAX_COL, VALUE_COL, SCORE_COL = 3, 5, 6  # C, E, F


def write_table_xlsx(d: Dossier, reference: str, out: Path) -> Path:
    """One sheet: title rows, a two-row header (Số liệu: nội dung | giá trị), a criterion over as many rows
    as it has inputs, group and total rows summing live, criterion scores live where the method allows."""
    wb = Workbook()
    use_document_font(wb)
    ws = wb.active
    ws.title = "Tự đánh giá"
    ncol = len(XLSX_HEAD)
    frame = nd.LANDSCAPE_FRAME_W_MM
    widths = [frame * w / sum(XLSX_WIDTHS) for w in XLSX_WIDTHS]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = round(col_chars(w), 2)
    lines = heading(d, reference)
    for r, line in enumerate(lines, start=1):
        c = ws.cell(r, 1, line.text)
        c.font, c.alignment = font(line.bold, line.italic, line.size), CENTER
        merge(ws, r, 1, r, ncol)
        ws.row_dimensions[r].height = height_pt(line_count(line.text, frame, line.size, line.bold), line.size)
    top = len(lines) + 2
    ws.row_dimensions[top - 1].height = 8
    for c, text in enumerate(XLSX_HEAD, start=1):
        for r in (top, top + 1):
            _style(ws.cell(r, c), "center", True, head=True)
        ws.cell(top, c, text or None)
        if c not in (4, 5):
            merge(ws, top, c, top + 1, c)
    merge(ws, top, 4, top, 5)
    ws.cell(top + 1, 4, "Nội dung")
    ws.cell(top + 1, 5, "Giá trị")
    # Neither Excel nor LibreOffice fits merged cells: the two header rows share what the tallest heading needs.
    head = max(line_count(t, widths[c], bold=True) for c, t in enumerate(XLSX_HEAD) if t)
    ws.row_dimensions[top].height = ws.row_dimensions[top + 1].height = round(max(height_pt(head) / 2,
                                                                                  height_pt(1)), 1)
    first = top + 2
    blocks = _body(ws, d, first, widths)
    _page_breaks(ws, top, first, blocks)
    ws.freeze_panes = ws.cell(first, 3)
    page_setup(ws, True, (top, top + 1))  # fitted one page wide, "automatic" tall: manual breaks are kept
    wb.properties.title = title(d)
    return save_workbook(wb, out)


def _style(cell, align: str, bold: bool, head: bool = False, fmt: str = "General") -> None:
    cell.font = font(bold)
    cell.border = BOX
    cell.alignment = Alignment(horizontal=align, vertical="center" if head else "top", wrap_text=True)
    cell.number_format = fmt


def _body(ws, d: Dossier, first: int, widths: list[float]) -> list[tuple[int, int]]:
    """The body rows; returns the sheet rows of each node (and of the total) in order."""
    # Sheet rows of every node: a criterion takes one row per input (at least one).
    at: dict[str, tuple[int, int]] = {}
    r = first
    for n in d.nodes:
        span = max(1, len(n.inputs)) if n.kind == "criterion" else 1
        at[n.code] = (r, r + span - 1)
        r += span
    total_row = r
    kids: dict[str | None, list[DossierNode]] = {}
    for n in d.nodes:
        kids.setdefault(n.parent if n.parent in at else None, []).append(n)
    lines: dict[int, int] = {}
    tall: list[tuple[int, int, int]] = []  # merged ranges (r0, r1, lines needed)

    def need(row0: int, row1: int, text: str, col: int, bold: bool) -> None:
        n_lines = line_count(text, widths[col - 1], bold=bold) if text else 1
        if row0 == row1:
            lines[row0] = max(lines.get(row0, 1), n_lines)
        else:
            tall.append((row0, row1, n_lines))

    for n in d.nodes:
        r0, r1 = at[n.code]
        bold = n.kind == "group"
        for c in range(1, len(XLSX_HEAD) + 1):
            for rr in range(r0, r1 + 1):
                _style(ws.cell(rr, c), "center" if c in (1, 3, 5, 6) else "left", bold)
        texts = {1: n.code, 2: n.name}
        if n.kind == "criterion":
            texts.update({7: "\n".join(e.citation() for e in n.evidence), 8: explanation_text(n)})
        for c, text in texts.items():
            if text:
                ws.cell(r0, c, text)
            need(r0, r1, text, c, bold)
        if n.kind == "group":
            children = kids.get(n.code, [])
            sub = any(k.kind == "group" for k in children)
            minus = any(k.is_deduction for k in children)
            _sum(ws, r0, MAX_COL, [at[k.code] for k in children if not k.is_deduction], sub or minus, False)
            _sum(ws, r0, SCORE_COL, [at[k.code] for k in children], sub, minus)
            continue
        if n.max_score is not None:
            ws.cell(r0, MAX_COL, n.max_score)
        refs = []
        for i, inp in enumerate(n.inputs):
            ws.cell(r0 + i, 4, inp.name + (f": {' '.join(inp.label.split())}" if inp.label else ""))
            need(r0 + i, r0 + i, ws.cell(r0 + i, 4).value, 4, False)
            if inp.value is not None:
                ws.cell(r0 + i, VALUE_COL, inp.value)
            refs.append(f"{get_column_letter(VALUE_COL)}{r0 + i}")
        _criterion_score(ws, n, r0, refs)
        if r1 > r0:
            for c in (1, 2, 3, 6, 7, 8):
                merge(ws, r0, c, r1, c)
    roots = kids.get(None, [])
    for c in range(1, len(XLSX_HEAD) + 1):
        _style(ws.cell(total_row, c), "center" if c in (1, 3, 5, 6) else "left", True)
    ws.cell(total_row, 2, "Tổng cộng")
    _sum(ws, total_row, MAX_COL, [at[k.code] for k in roots if not k.is_deduction], True, False)
    _sum(ws, total_row, SCORE_COL, [at[k.code] for k in roots], True, any(k.is_deduction for k in roots))
    heights = {row: height_pt(n) for row, n in lines.items()}
    for r0, r1, n_lines in tall:
        rows = range(r0, r1 + 1)
        have = sum(heights.get(rr, height_pt(1)) for rr in rows)
        extra = max(height_pt(n_lines) - have, 0) / len(rows)
        for rr in rows:
            heights[rr] = heights.get(rr, height_pt(1)) + extra
    for row in range(first, total_row + 1):
        ws.row_dimensions[row].height = round(heights.get(row, height_pt(1)), 1)
    return [at[n.code] for n in d.nodes] + [(total_row, total_row)]


# Landscape A4 between the 20 mm top and bottom margins, in points, less a little for the viewers' rounding.
_PAGE_PT = (nd.PAGE_W_MM - nd.MARGIN_TOP_MM - nd.MARGIN_BOTTOM_MM) * 72 / 25.4 * 0.96


def _page_breaks(ws, top: int, first: int, blocks: list[tuple[int, int]]) -> None:
    """Page breaks between criteria: a criterion's merged rows cut by a page would print its name, evidence
    and explanation on one page and the rest of its inputs on the next, without them. A component's row
    stays with its first criterion. The widths fit the page, so the sheet prints at full scale."""
    def h(r0: int, r1: int) -> float:
        return sum(ws.row_dimensions[r].height or height_pt(1) for r in range(r0, r1 + 1))

    header = h(top, top + 1)
    used = h(1, first - 1)
    for k, (r0, r1) in enumerate(blocks):
        need = h(r0, r1)
        if ws.cell(r0, 1).font.b and k + 1 < len(blocks):  # a component row: with its first criterion
            need += h(*blocks[k + 1])
        if used + need > _PAGE_PT and used > header + 1:
            ws.row_breaks.append(Break(id=r0 - 1))
            used = header
        used += h(r0, r1)


def _sum(ws, row: int, col: int, spans: list[tuple[int, int]], single_cells: bool, floor: bool) -> None:
    """A live total: the children's first rows, or one range over a component's criteria rows when that is
    the same thing (no subgroup, no deduction row in it); a component with deduction rows never below 0."""
    letter = get_column_letter(col)
    if not spans:
        return
    if single_cells:
        args = ",".join(f"{letter}{r0}" for r0, _r1 in spans)
    else:
        args = f"{letter}{spans[0][0]}:{letter}{spans[-1][1]}"
    text = f"SUM({args})"
    set_formula(ws.cell(row, col), f"=MAX({text},0)" if floor else f"={text}")


def _criterion_score(ws, n: DossierNode, row: int, refs: list[str]) -> None:
    """The score as a formula of its inputs when the inputs give the score that stands (not typed over),
    else the score as a number."""
    cell = ws.cell(row, SCORE_COL)
    text = None
    if not n.override_reason and n.max_score is not None and n.self_score is not None \
            and n.computed is not None and n.computed == n.self_score and all(
                isinstance(i.value, Decimal) for i in n.inputs):
        text = score_formula(n.method, n.max_score, refs)
    if text is not None:
        set_formula(cell, text)
    elif n.self_score is not None:
        cell.value = n.self_score
