"""Table models of the five appendices (tasks, targets, projects, directives, scores) for PDF, Word and Excel."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from ..domain.models import Task, TaskGroup
from ..domain.plan_data import PlanData
from ..domain.vnformat import fmt_date, fmt_number, fmt_percent, fmt_score
from ..errors import ValidationError
from . import APPENDIX_KINDS, SIZE_APPENDIX_LABEL, SIZE_APPENDIX_TITLE
from .document import reference_line, units_text


@dataclass
class Column:
    width: float  # relative weight; writers scale to the page
    align: str = "left"  # left | center | right
    number_format: str = ""  # Excel format of numeric cells


@dataclass
class HeaderCell:
    text: str
    row: int
    col: int
    rowspan: int = 1
    colspan: int = 1


@dataclass
class Formula:
    """A live total or ratio over body cells (row, col): Excel gets the formula, PDF/Word the value."""

    op: str  # "sum" | "sub" (a - b) | "ratio" (a / b)
    refs: list[tuple[int, int]]
    # Blank while every cell it adds up is blank, as a statistics form's total (and the PDF) is, not 0.
    blank_when_empty: bool = False


@dataclass
class Cell:
    text: str = ""
    value: Decimal | int | date | None = None
    formula: Formula | None = None
    number_format: str = ""


@dataclass
class Row:
    cells: list[Cell]
    kind: str = "item"  # item | group | total


@dataclass
class TitleLine:
    text: str
    size: float
    bold: bool = False
    italic: bool = False


@dataclass
class AppendixTable:
    kind: str
    label: str
    title: str
    reference: str
    columns: list[Column]
    header: list[HeaderCell]
    header_rows: int
    rows: list[Row] = field(default_factory=list)
    spans: list[tuple[int, int, int, int]] = field(default_factory=list)  # body (r0, c0, r1, c1), inclusive
    heading: list[TitleLine] = field(default_factory=list)  # lines above the table, instead of the three below
    notes: list[str] = field(default_factory=list)  # lines under the table
    meta: dict[str, str] = field(default_factory=dict)  # the file's properties: "author" (the agency), "title"

    def title_lines(self) -> list[TitleLine]:
        """The lines above the table: "Phụ lục …", the title and the reference, unless the table has its own."""
        return self.heading or [TitleLine(self.label, SIZE_APPENDIX_LABEL, bold=True),
                                TitleLine(self.title, SIZE_APPENDIX_TITLE, bold=True),
                                TitleLine(self.reference, SIZE_APPENDIX_TITLE, italic=True)]

    @property
    def sheet_name(self) -> str:
        return {"tasks": "Nhiệm vụ", "targets": "Chỉ tiêu", "projects": "Dự án", "directives": "Văn bản chỉ đạo",
                "scores": "Bảng điểm"}[self.kind]


def _flat_header(titles: list[str]) -> list[HeaderCell]:
    return [HeaderCell(t, 0, c) for c, t in enumerate(titles)]


def _num(value: Decimal | None, fmt: str = "") -> Cell:
    return Cell(fmt_number(value), value, number_format=fmt)


def _group_row(code: str, title: str, ncols: int) -> Row:
    return Row([Cell(code), Cell(title), *[Cell() for _ in range(ncols - 2)]], "group")


def _group_order(groups: Iterable[TaskGroup]) -> list[TaskGroup]:
    kids: dict[int | None, list[TaskGroup]] = {}
    for g in groups:
        kids.setdefault(g.parent_id, []).append(g)
    out: list[TaskGroup] = []

    def walk(pid: int | None) -> None:
        for g in kids.get(pid, []):
            out.append(g)
            walk(g.id)

    walk(None)
    return out


class _Builder:
    def __init__(self, data: PlanData):
        self.data, self.plan = data, data.plan
        self.units = data.units
        self.title = ""

    def names(self, ids: list[int | None], note: str = "") -> str:
        return units_text([self.units[i] for i in ids if i in self.units], note)

    def task_row(self, t, code: str, objective: str) -> Row:
        return Row([Cell(code), Cell(objective), Cell(t.content), Cell(t.output),
                    # The unit lines as the plan wrote them, when it did (issue 17), as the document prints them.
                    Cell(t.lead_written.strip() or self.names(t.lead_unit_ids, t.units_note)),
                    Cell(t.coop_written.strip() or self.names(t.coop_unit_ids)), Cell(t.timeline)])

    def grouped(self, items: Sequence, ncols: int, row_of) -> tuple[list[Row], list[tuple[int, int, int, int]]]:
        """Group rows (bold, code + title across the row) each followed by its items."""
        groups = _group_order(self.data.groups)
        known = {g.id for g in groups}
        parent = {g.id: g.parent_id for g in groups}
        used: set[int | None] = set()
        for it in items:  # a group row is printed only when something sits under it
            gid = it.group_id if it.group_id in known else None
            while gid is not None and gid not in used:
                used.add(gid)
                gid = parent[gid]
        groups = [g for g in groups if g.id in used]
        rows: list[Row] = []
        spans: list[tuple[int, int, int, int]] = []
        for gid, head in [(None, None), *[(g.id, g) for g in groups]]:
            if head is not None:
                spans.append((len(rows), 1, len(rows), ncols - 1))
                rows.append(_group_row(head.code, head.title, ncols))
            mine = [it for it in items if it.group_id == gid or (gid is None and it.group_id not in known)]
            for n, it in enumerate(mine, start=1):
                rows.append(row_of(it, n))
        return rows, spans

    # -- Phụ lục: nhiệm vụ cụ thể (seed 002) ------------------------------------------------
    def tasks(self) -> tuple[list, list[HeaderCell], list[Row], list]:
        cols = [Column(6, "center"), Column(30), Column(40), Column(24), Column(20), Column(20),
                Column(16, "center")]
        header = _flat_header(["Số TT", "Mục tiêu", "Nhiệm vụ/hoạt động", "Kết quả/sản phẩm",
                               "Phòng, ban, đơn vị chủ trì", "Phòng, ban đơn vị phối hợp", "Thời gian hoàn thành"])
        tasks = self.data.tasks
        if not tasks:
            raise ValidationError("Kế hoạch chưa có nhiệm vụ nào để lập phụ lục.", "Nhiệm vụ")
        if self.plan.kind == "dti" and any(t.criterion_id for t in tasks):
            return cols, header, *self._tasks_by_criterion(tasks)

        rows, spans = self.grouped(tasks, len(cols), lambda t, _n: self.task_row(t, t.code, t.objective))
        # Tasks continuing one objective (same code and objective, or no code) share its two cells.
        start = 0
        for i in range(1, len(rows) + 1):
            prev = rows[i - 1]
            cont = i < len(rows) and rows[i].kind == "item" and prev.kind == "item" \
                and rows[i].cells[1].text == rows[start].cells[1].text \
                and rows[i].cells[0].text in ("", rows[start].cells[0].text)
            if not cont:
                if i - 1 > start and rows[start].kind == "item":
                    spans += [(start, 0, i - 1, 0), (start, 1, i - 1, 1)]
                start = i
        return cols, header, rows, spans

    def _tasks_by_criterion(self, tasks: Sequence[Task]) -> tuple[list[Row], list]:
        tree = self.data.tree
        if tree is None:  # the criteria's framework is gone: every task is left over, in plan order
            return [self.task_row(t, t.code, t.objective) for t in tasks], []
        rows, spans = [], []
        for node in tree.nodes:
            mine = [t for t in tasks if t.criterion_id == node.id]
            if node.kind == "group":
                spans.append((len(rows), 1, len(rows), 6))
                rows.append(_group_row(node.code, f"Chỉ số “{node.name}”", 7))
            rows += [self.task_row(t, node.code, t.objective or node.name) for t in mine]
            if len(mine) > 1:
                spans += [(len(rows) - len(mine), c, len(rows) - 1, c) for c in (0, 1)]
        placed = {n.id for n in tree.nodes}
        rows += [self.task_row(t, t.code, t.objective) for t in tasks if t.criterion_id not in placed]
        return rows, spans

    # -- Phụ lục: chỉ tiêu, đơn vị chủ trì, đơn vị theo dõi (seed 003 Phụ lục 1) ---------------
    def targets(self) -> tuple[list, list[HeaderCell], list[Row], list]:
        cols = [Column(6, "center"), Column(60), Column(24), Column(24)]
        header = _flat_header(["STT", "Nội dung chỉ tiêu", "Đơn vị chủ trì thực hiện", "Đơn vị theo dõi, đôn đốc"])
        targets = self.data.targets
        if not targets:
            raise ValidationError("Kế hoạch chưa có chỉ tiêu nào để lập phụ lục.", "Chỉ tiêu")
        rows, spans = self.grouped(targets, len(cols), lambda t, n: Row([
            Cell(t.code or str(n)), Cell(t.content), Cell(self.names([t.lead_unit_id])),
            Cell(self.names([t.monitor_unit_id]))]))
        return cols, header, rows, spans

    # -- Phụ lục: dự án, kinh phí (seed 003 Phụ lục 2) -------------------------------------
    def projects(self) -> tuple[list, list[HeaderCell], list[Row], list]:
        projects = self.data.projects
        if not projects:
            raise ValidationError("Kế hoạch chưa có dự án nào để lập phụ lục.", "Dự án")
        money = [[p.budget_total, p.budget_state, p.budget_social] for p in projects]
        whole = all(v is None or v == v.to_integral_value() for r in money for v in r)
        fmt = "#,##0" if whole else "#,##0.00"
        cols = [Column(6, "center"), Column(34), Column(34), Column(12, "center"), Column(20),
                Column(13, "right", fmt), Column(13, "right", fmt), Column(13, "right", fmt), Column(16)]
        header = [HeaderCell(t, 0, c, rowspan=2) for c, t in enumerate(
            ["TT", "Tên dự án, hạng mục đầu tư", "Nội dung, quy mô", "Thời gian thực hiện",
             "Đơn vị chủ trì/phối hợp"])]
        header += [HeaderCell("Dự kiến kinh phí (triệu đồng)", 0, 5, colspan=3),
                   HeaderCell("Tổng số", 1, 5), HeaderCell("Ngân sách nhà nước", 1, 6),
                   HeaderCell("Vốn xã hội hóa", 1, 7), HeaderCell("Ghi chú", 0, 8, rowspan=2)]
        rows = [Row([Cell(str(n)), Cell(p.name), Cell(p.scale), Cell(p.timeframe), Cell(self.names([p.lead_unit_id])),
                     *[_num(v, fmt) for v in m], Cell(p.note)])
                for n, (p, m) in enumerate(zip(projects, money, strict=True), start=1)]
        total = [Cell("Tổng cộng"), *[Cell() for _ in range(4)]]
        for c in (5, 6, 7):
            values = [m[c - 5] for m in money if m[c - 5] is not None]
            s = sum(values, Decimal(0)) if values else None
            total.append(Cell(fmt_number(s), s, Formula("sum", [(r, c) for r in range(len(rows))]), fmt))
        rows.append(Row([*total, Cell()], "total"))
        return cols, header, rows, [(len(rows) - 1, 0, len(rows) - 1, 4)]

    # -- Phụ lục: văn bản chỉ đạo, triển khai (seed 004 Phụ lục 03) -----------------------
    def directives(self) -> tuple[list, list[HeaderCell], list[Row], list]:
        items = self.data.directives
        if not items:
            raise ValidationError("Chưa có văn bản chỉ đạo nào để lập phụ lục.", "Văn bản chỉ đạo")
        cols = [Column(7, "center"), Column(13), Column(17, "center"), Column(14, "center"), Column(52),
                Column(20), Column(12)]
        header = _flat_header(["STT", "Tên loại văn bản", "Số, ký hiệu văn bản", "Ngày, tháng, năm ban hành văn bản",
                               "Nội dung trích yếu văn bản", "Cơ quan ban hành văn bản", "Ghi chú"])
        rows = [Row([Cell(str(n)), Cell(d.doc_type), Cell(d.number_symbol),
                     Cell(fmt_date(d.issued_on), d.issued_on, number_format="d/m/yyyy"), Cell(d.summary),
                     Cell(d.issuer), Cell(d.note)]) for n, d in enumerate(items, start=1)]
        return cols, header, rows, []

    # -- Bảng điểm: groups bold with live sums, deductions and ratios ---------------------
    def scores(self) -> tuple[list, list[HeaderCell], list[Row], list]:
        a, fw, tree = self.data.assessment, self.data.framework, self.data.tree
        if a is None or fw is None or tree is None:
            raise ValidationError("Kế hoạch chưa gắn với kết quả đánh giá nào: không có bảng điểm.", "Kỳ đánh giá")
        self.title = f"KẾT QUẢ ĐÁNH GIÁ NĂM {a.year} THEO {fw.name.upper()}"
        cols = [Column(7, "center"), Column(62), *[Column(11, "right") for _ in range(4)],
                Column(11, "right", "0.00%"), Column(11, "center")]
        header = [HeaderCell("Mã số", 0, 0, rowspan=2), HeaderCell("Chỉ số, tiêu chí", 0, 1, rowspan=2),
                  HeaderCell(f"Điểm năm {a.year}", 0, 2, colspan=4), HeaderCell("Tối đa", 1, 2),
                  HeaderCell("Tự chấm", 1, 3), HeaderCell("Thẩm định", 1, 4), HeaderCell("Điểm trừ", 1, 5),
                  HeaderCell("Tỷ lệ đạt", 0, 6, rowspan=2), HeaderCell("Xếp hạng", 0, 7, rowspan=2)]
        rows: list[Row] = []
        index = {n.code: i for i, n in enumerate(tree.nodes)}
        kids: dict[str, list[int]] = {}
        for n in tree.nodes:
            kids.setdefault(n.parent or "", []).append(index[n.code])

        def line(n, r: int, refs: list[int] | None, name: str, kind: str) -> Row:
            def sc(v: Decimal | None, c: int) -> Cell:
                f = Formula("sum", [(k, c) for k in refs]) if refs is not None else None
                return Cell(fmt_score(v), v, f)
            ratio = n.percent if kind != "item" else None
            rank = f"{n.rank}/{n.rank_of}" if n.rank and n.rank_of else (str(n.rank) if n.rank else "")
            return Row([Cell(n.code), Cell(name), sc(n.max_score, 2), sc(n.self_score, 3),
                        sc(n.appraised_score, 4), Cell(fmt_score(n.deduction), n.deduction,
                                                       Formula("sub", [(r, 2), (r, 4)])),
                        Cell(fmt_percent(ratio), ratio / 100 if ratio is not None else None,
                             Formula("ratio", [(r, 4), (r, 2)]) if kind != "item" else None),
                        Cell(rank)], kind)

        for i, n in enumerate(tree.nodes):
            group = n.kind == "group"
            rows.append(line(n, i, kids.get(n.code) if group else None, n.name, "group" if group else "item"))
        r = len(rows)
        rows.append(line(tree.total, r, kids.get(""), "Tổng cộng", "total"))
        rows[r].cells[0] = Cell()
        return cols, header, rows, []


TITLES = {
    "tasks": "NHIỆM VỤ CỤ THỂ THỰC HIỆN KẾ HOẠCH {t}",
    "targets": "PHÂN CÔNG THEO DÕI, ĐÔN ĐỐC, CHỦ TRÌ THỰC HIỆN CÁC CHỈ TIÊU",
    "projects": "DANH MỤC CÁC DỰ ÁN, HẠNG MỤC ĐẦU TƯ NĂM {y}",
    "directives": "DANH MỤC CÁC VĂN BẢN CHỈ ĐẠO, TRIỂN KHAI THỰC HIỆN",
    "scores": "KẾT QUẢ ĐÁNH GIÁ, XẾP HẠNG CÁC CHỈ SỐ, TIÊU CHÍ",
}


def default_label(data: PlanData, kind: str, numbering: str = "roman") -> str:
    """The "Phụ lục …" line of one of the plan's appendices: the label its body cites it by."""
    return data.appendix_label(kind, numbering)


def build_appendix(data: PlanData, kind: str, label: str | None = None, title: str | None = None) -> AppendixTable:
    if kind not in APPENDIX_KINDS:
        raise ValueError(kind)
    plan = data.plan
    b = _Builder(data)
    cols, header, rows, spans = getattr(b, kind)()
    for r0, c0, r1, c1 in spans:  # a merged range shows its first cell only
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                if (r, c) != (r0, c0):
                    rows[r].cells[c] = Cell()
    name = re.sub(r"^(\[[^\]]*\]\s*)?(kế hoạch\s+)?", "", plan.title.strip(), flags=re.IGNORECASE)
    return AppendixTable(
        kind=kind, label=label or default_label(data, kind),
        title=title or b.title or TITLES[kind].format(t=name.upper(), y=plan.year),
        reference=reference_line(plan, data.agency), columns=cols, header=header,
        header_rows=max(h.row + h.rowspan for h in header), rows=rows, spans=spans,
        meta={"author": data.agency.agency_name or data.agency.agency})
