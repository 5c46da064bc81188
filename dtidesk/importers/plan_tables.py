"""Appendix tables of a plan: a header row mapped to columns, group rows (I, 1, 1.1) and task or target rows."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from ..domain.text import fold
from ..domain.vnformat import parse_number
from .plan_grammar import sentence_case
from .plan_model import ParsedGroup, ParsedProject, ParsedTarget, ParsedTask, SourceLine
from .plan_score_table import ScoreTable
from .plan_units import split_units

if TYPE_CHECKING:
    from .plan_parser import PlanParser

_ROMAN = re.compile(r"[IVX]{1,5}")


def column_kind(header: str, taken: set[str]) -> str | None:
    f = re.sub(r"\s+", " ", fold(header)).strip(" .")
    if f.replace(" ", "") in ("stt", "tt", "sott", "sothutu"):
        return "code"
    # Budget columns of a projects appendix ("Ngân sách nhà nước (triệu đồng)", "Vốn xã hội hoá").
    if "xa hoi hoa" in f:
        return "budget_social"
    if "ngan sach" in f or "nsnn" in f:
        return "budget_state"
    if "kinh phi" in f or "tong von" in f or "tong muc dau tu" in f:
        return "budget_total"
    if "quy mo" in f:
        return "scale"
    if re.search(r"tu (cham|danh gia)", f):
        return "self"
    if "toi da" in f or "diem chuan" in f:
        return "max"
    if "diem tru" in f or "bi tru" in f:
        return "deduction"
    if re.search(r"tham dinh|diem dat|diem so|so diem|ket qua (danh gia|cham)|^diem\b|dat duoc", f):
        return "score"
    if re.match(r"(ten |noi dung )?(cac )?(tieu chi|chi so)", f) and "criterion" not in taken:
        return "criterion"
    if "chi tieu" in f and "content" not in taken:
        return "target"
    if "muc tieu" in f:
        return "objective"
    if "theo doi" in f or "don doc" in f:
        return "monitor"
    if "chu tri" in f:
        return "lead"
    if "phoi hop" in f:
        return "coop"
    if f.startswith(("thoi gian", "thoi han", "tien do", "han hoan thanh")):
        return "timeline"
    if f.startswith(("ket qua", "san pham")):
        return "output"
    if f.startswith("ghi chu"):
        return "note"
    if re.search(r"nhiem vu|hoat dong|noi dung|giai phap|ten du an|du an|hang muc", f):
        return "output" if "content" in taken else "content"
    return None


class TableReader:
    """Rows of the table being read; a table without a recognisable header is reported row by row."""

    def __init__(self, parser: PlanParser):
        self.p = parser
        self.columns: dict[str, int] | None = None
        self.root: ParsedGroup | None = None
        self.path: list[ParsedGroup] = []
        self.last: ParsedTask | ParsedTarget | ParsedProject | None = None
        self.objective = ""
        self.title_lines: list[str] = []
        self.appendix_line = 0
        self.units_of: dict[int, tuple[list[str], list[str]]] = {}  # group row -> units its rows inherit
        self.scores: ScoreTable | None = None  # set while a score table (criteria with points) is read
        self.projects = False  # set while a projects table (with budget columns) is read

    def start_appendix(self, line: SourceLine) -> None:
        self.end()
        self.root = None
        self.title_lines = [line.text]
        self.appendix_line = line.number

    def text(self, line: SourceLine) -> None:
        if self.root is None and len(self.title_lines) < 4:
            self.title_lines.append(line.text)
        else:
            self.p.unrecognised(line, "ngoài bảng phụ lục")

    def end(self) -> None:
        if self.scores is not None:
            self.scores.flush(self.p.plan)
            self.scores = None
        self.columns = None
        self.last = None
        self.projects = False

    def _root(self, line: SourceLine) -> ParsedGroup:
        if self.root is None:
            titles = [t for t in self.title_lines[1:] if not t.startswith("(")] or self.title_lines[:1]
            name = titles[0] if titles else "Bảng nhiệm vụ"
            name = sentence_case(name)
            label = sentence_case(self.title_lines[0]) if self.title_lines else ""
            if label and fold(label) != fold(name):
                name = f"{label.rstrip(' .:')}: {name}"
            self.root = ParsedGroup("", name, self.appendix_line or line.number)
            self.p.plan.groups.append(self.root)
        return self.root

    def row(self, line: SourceLine) -> None:
        cells = [c.strip() for c in line.cells or []]
        if self.columns is None:
            taken: set[str] = set()
            cols: dict[str, int] = {}
            for i, c in enumerate(cells):
                kind = column_kind(c, taken) if c else None
                if kind and kind not in cols:
                    cols[kind] = i
                    taken.add(kind)
            if "criterion" in cols and ("max" in cols or "score" in cols):
                self.columns = cols
                self.scores = ScoreTable()
                year = re.search(r"\b((?:19|20)\d{2})\b", cells[cols["score"]]) if "score" in cols else None
                self.scores.year = int(year.group(1)) if year else None
            elif "content" in cols and any(k.startswith("budget_") for k in cols):
                self.columns = cols
                self.projects = True
            elif "content" in cols or "target" in cols:
                self.columns = cols
                self.path, self.objective = [], ""
                self._root(line)
            else:
                self.p.unrecognised(line, "hàng bảng không có dòng tiêu đề (STT, Nhiệm vụ, …)")
            return
        if all(re.fullmatch(r"\(?\d{1,2}\)?", c) for c in cells if c) and sum(1 for c in cells if c) >= 3:
            return  # the (1) (2) (3) column-number row
        if all(re.fullmatch(r"[-:|= ]*", c) for c in cells):
            return  # a ruler row of a text table ("---")
        self._data(line, cells)

    def cell(self, cells: list[str], kind: str) -> str:
        i = (self.columns or {}).get(kind)
        return cells[i].strip() if i is not None and i < len(cells) else ""

    def _group_units(self) -> tuple[list[str], list[str]]:
        for g in reversed(self.path):
            lead, coop = self.units_of.get(id(g), ([], []))
            if lead or coop:
                return lead, coop
        return [], []

    def _score_row(self, line: SourceLine, cells: list[str]) -> None:
        assert self.scores is not None
        task = None
        if self.cell(cells, "content"):
            lead = split_units(self.cell(cells, "lead"), self.p.known, "lead")
            coop = split_units(self.cell(cells, "coop"), self.p.known, "coop")
            task = ParsedTask(self.cell(cells, "content"), line.number, output=self.cell(cells, "output"),
                              lead_units=lead.lead + coop.lead, coop_units=coop.coop + lead.coop,
                              units_note="; ".join(n for n in (lead.note, coop.note) if n),
                              timeline=self.cell(cells, "timeline").rstrip(" .;"), has_fields=True)
        if not self.scores.row(line.number, lambda kind: self.cell(cells, kind), task):
            self.p.unrecognised(line, "hàng bảng điểm không rõ chỉ số, tiêu chí")

    def _data(self, line: SourceLine, cells: list[str]) -> None:
        if self.scores is not None:
            self._score_row(line, cells)
            return
        if self.projects:
            self._project_row(line, cells)
            return
        code = self.cell(cells, "code").rstrip(".")
        content = self.cell(cells, "content")
        target = self.cell(cells, "target")
        objective = self.cell(cells, "objective")
        lead = split_units(self.cell(cells, "lead"), self.p.known, "lead")
        coop = split_units(self.cell(cells, "coop"), self.p.known, "coop")
        timeline = self.cell(cells, "timeline").rstrip(" .;")
        if not code and self.last is not None and not timeline and (content or target)[:1].islower():
            self._continue(cells)  # a row cut by a page break
            return
        if _ROMAN.fullmatch(code) or (code and not content and not target and objective):
            self._group(line, code, objective or content or target, lead.lead + lead.coop, coop.coop + coop.lead)
            return
        if target or ("target" in (self.columns or {}) and "content" not in (self.columns or {})):
            if not target:
                self.p.unrecognised(line, "hàng không có nội dung chỉ tiêu")
                return
            box = self.path[-1] if self.path else self._root(line)
            monitor = split_units(self.cell(cells, "monitor"), self.p.known, "lead").lead
            t = ParsedTarget(target, line.number, lead.lead + lead.coop, monitor)
            box.targets.append(t)
            self.last = t
            return
        if not content:
            self.p.unrecognised(line, "hàng không có nhiệm vụ")
            return
        if objective:
            self.objective = objective
        box = self.path[-1] if self.path else self._root(line)
        g_lead, g_coop = self._group_units()
        task = ParsedTask(content, line.number, code=code, objective=self.objective,
                          output=self.cell(cells, "output"), lead_units=lead.lead + coop.lead or list(g_lead),
                          coop_units=coop.coop + lead.coop or list(g_coop),
                          units_note="; ".join(n for n in (lead.note, coop.note) if n), timeline=timeline,
                          has_fields=True)
        if self.cell(cells, "monitor"):
            task.units_note = "; ".join(x for x in (task.units_note, "Theo dõi, đôn đốc: " +
                                                    self.cell(cells, "monitor")) if x)
        box.tasks.append(task)
        self.last = task

    def _money(self, line: SourceLine, cells: list[str], kind: str) -> Decimal | None:
        text = self.cell(cells, kind).replace("triệu đồng", "").replace("trđ", "").strip(" .;")
        if not text or text in ("-", "–", "0"):
            return None if text != "0" else Decimal(0)
        try:
            return parse_number(text)
        except ValueError:
            self.p.warn(line.number, f"Kinh phí “{text}” không phải là số (triệu đồng): bỏ qua ô này.")
            return None

    def _project_row(self, line: SourceLine, cells: list[str]) -> None:
        name = self.cell(cells, "content")
        code = self.cell(cells, "code").rstrip(".")
        if not name or _ROMAN.fullmatch(code):
            if name or any(cells):
                self.p.unrecognised(line, "hàng bảng dự án không có tên dự án")
            return
        if not code and isinstance(self.last, ParsedProject) and name[:1].islower():
            self.last.name = f"{self.last.name} {name}"  # a row cut by a page break
            return
        lead = split_units(self.cell(cells, "lead") or self.cell(cells, "coop"), self.p.known, "lead")
        note = "; ".join(x for x in (self.cell(cells, "note"), lead.note) if x)
        project = ParsedProject(
            name, line.number, scale=self.cell(cells, "scale") or self.cell(cells, "output"),
            timeframe=self.cell(cells, "timeline").rstrip(" .;"), lead_units=lead.lead + lead.coop,
            budget_total=self._money(line, cells, "budget_total"),
            budget_state=self._money(line, cells, "budget_state"),
            budget_social=self._money(line, cells, "budget_social"), note=note)
        self.p.plan.projects.append(project)
        self.last = project

    def _group(self, line: SourceLine, code: str, title: str, lead: list[str], coop: list[str]) -> None:
        root = self._root(line)
        g = ParsedGroup(code, title or code, line.number)
        self.units_of[id(g)] = (lead, coop)
        if _ROMAN.fullmatch(code):
            parent = root
        else:
            parent = next((x for x in reversed(self.path) if x.code and not _ROMAN.fullmatch(x.code)
                           and code.startswith(x.code + ".")), None)
            if parent is None:
                parent = next((x for x in reversed(self.path) if _ROMAN.fullmatch(x.code)), root)
        parent.children.append(g)
        if parent is root:
            self.path = [g]
        elif parent in self.path:
            self.path = [*self.path[:self.path.index(parent) + 1], g]
        else:
            self.path = [parent, g]
        self.objective = ""
        self.last = None

    def _continue(self, cells: list[str]) -> None:
        last = self.last
        if isinstance(last, ParsedTarget):
            last.content = f"{last.content} {self.cell(cells, 'target')}".strip()
            return
        assert last is not None
        last.content = f"{last.content} {self.cell(cells, 'content')}".strip()
        out = self.cell(cells, "output")
        if out:
            last.output = f"{last.output} {out}".strip()
        obj = self.cell(cells, "objective")
        if obj:
            last.objective = f"{last.objective} {obj}".strip()
