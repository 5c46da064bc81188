"""The reading of a plan, line by line: header, sections, indices and criteria, tasks and their fields."""

from __future__ import annotations

import re

from ..domain.text import fold
from ..domain.vnformat import roman
from .plan_checks import finish_plan
from .plan_frame import FrameReader, ScoreLines
from .plan_grammar import (
    Heading,
    ScoredHeading,
    field_line,
    heading,
    inline_fields,
    is_bullet,
    mode_heading,
    roman_value,
    scored_heading,
    sentence_case,
    split_fields,
    strip_bullet,
)
from .plan_model import (
    Issue,
    ParsedCriterion,
    ParsedGroup,
    ParsedPlan,
    ParsedTarget,
    ParsedTask,
    PlanSource,
    SourceLine,
)
from .plan_tables import TableReader
from .plan_units import split_units

# The caption of a figure or a table in the body ("Hình 1: …", "Biểu đồ 2. …", "Bảng 3: …").
_CAPTION = re.compile(r"^(hinh|bieu do|bang)\s+\d{1,2}\s*[:.]\s")
# Sections that frame the plan rather than list its work: kept as text, not read for tasks.
PROSE_SECTIONS = ("muc dich", "yeu cau", "muc tieu", "to chuc thuc hien", "kinh phi", "che do bao cao",
                  "dieu khoan", "hieu luc", "quan diem", "can cu", "danh gia", "ket qua", "tinh hinh",
                  "thuc trang", "trach nhiem")


class PlanParser(FrameReader, ScoreLines):
    def __init__(self, source: PlanSource, known_units: list[str]):
        self.src = source
        self.known = known_units
        self.plan = ParsedPlan(source.name, where=source.where)
        self.phase = "header"
        self.expect_title = False
        self.section: list | None = None  # [heading, body lines, content?]
        self.path: list[ParsedGroup] = []
        self.criterion: ParsedCriterion | None = None
        self.open: list[ParsedTask] = []
        self.bullet: dict[int, bool] = {}
        self.mode = "tasks"
        self.objective = ""
        self.generated = False
        self.roman_index = False  # indices numbered I, II…: their criteria are numbered 1, 2…
        self.no_sections = False
        self.tables = TableReader(self)

    # -- driver ---------------------------------------------------------------------------
    def run(self) -> ParsedPlan:
        lines = self.src.lines
        # Without "I., II." sections the content starts at the first numbered item, field or bullet.
        self.no_sections = not any((h := heading(ln.text)) and h.roman for ln in lines if ln.cells is None)
        for line in lines:
            self.line(line)
        self.tables.end()
        self.close_section()
        finish_plan(self.plan, self.src)
        return self.plan

    def unrecognised(self, line: SourceLine, why: str = "") -> None:
        self.plan.unrecognised.append(Issue(line.number, line.text + (f" — {why}" if why else "")))

    def warn(self, line: int | None, message: str) -> None:
        self.plan.warnings.append(Issue(line, message))

    def line(self, line: SourceLine) -> None:
        if line.cells is not None:
            if self.phase == "header":
                self.phase = "body"
            self.tables.row(line)
            return
        self.tables.end()
        text = line.text
        f = fold(text)
        h = heading(text)
        if f.startswith("noi nhan"):
            self.close_section()
            self.phase = "recipients"
            rest = text.split(":", 1)[1].strip() if ":" in text else ""
            if rest:
                self.plan.recipients.append(rest.lstrip("- ").strip())
            return
        if f.startswith("phu luc") and len(f.split()) <= 25 and not text.endswith((".", ";")):
            self.close_section()
            self.phase = "appendix"
            self.tables.start_appendix(line)
            return
        if h and h.roman and self.phase in ("header", "body"):
            sh = scored_heading(h.rest)
            if sh and sh.keyword and not sh.clause.empty:  # "I. CHỈ SỐ NHẬN THỨC SỐ (đạt 45/50 điểm)"
                if not (self.section and self.section[2]):
                    self.close_section()
                    self.phase = "body"
                    self.section = ["", [], True]
                self.roman_index = True
                self.scored(line, Heading(str(roman_value(h.code)), h.rest), sh, index=True)
                return
            self.roman_index = False
            self.open_section(line, h)
            return
        if self.phase == "header" and self.no_sections and (
                h or is_bullet(text) or ((fl := field_line(text)) and fl[0]) or re.match(r"(chi so|tieu chi)", f)):
            self.phase = "body"
            self.section = ["", [], True]
        if self.phase == "body" and self.section is None:  # after a table that came before any heading
            self.section = ["", [], True]
        if self.phase == "header":
            self.header(line, f)
        elif self.phase in ("recipients", "signature"):
            self.closing(line, f)
        elif self.phase == "appendix":
            self.tables.text(line)
        elif self.section and self.section[2]:
            self.content(line, h)
        else:
            self.prose(line, h)

    # -- sections ---------------------------------------------------------------------------
    def open_section(self, line: SourceLine, h: Heading) -> None:
        self.close_section()
        self.phase = "body"
        title = fold(h.rest)
        content = not title.startswith(PROSE_SECTIONS)
        self.section = [line.text, [], content]

    def close_section(self) -> None:
        s = self.section
        if s is None:
            return
        self.end_block()
        heading = s[0] or (f"{roman(len(self.plan.sections) + 1)}. NỘI DUNG, NHIỆM VỤ" if s[2] else "")
        if heading:
            generated = bool(s[2]) and not self.generated
            if not s[2] or generated:
                self.plan.sections.append((heading, "" if generated else "\n".join(s[1]), generated))
            self.generated = self.generated or generated
        self.section = None
        self.path, self.criterion = [], None

    def prose(self, line: SourceLine, h: Heading | None) -> None:
        sh = scored_heading(h.rest) if h and not h.letter else None
        if sh and sh.keyword and not sh.clause.empty:  # a "results" section that lists scored indices
            self.section[2] = True
            self.content(line, h)
            return
        self.section[1].append(line.text)

    # -- content ----------------------------------------------------------------------------
    def content(self, line: SourceLine, h: Heading | None) -> None:
        if h and not h.roman:
            sub = scored_heading(h.rest)
            if self.criterion and (h.letter or h.code.startswith(self.criterion.code + ".")) \
                    and not (sub and not sub.clause.empty):
                self.paragraph(line, h.rest, bullet=True)
                return
            if h.letter and self.unnumbered(line, h.rest):
                return
            sh = scored_heading(h.rest) if not h.letter else None
            if sh:
                self.scored(line, h, sh)
                return
            mode = mode_heading(h.rest)
            if mode:
                self.end_block()
                self.mode, self.objective = mode, ""
                return
            self.area(line, h)
            return
        if h is None and not is_bullet(line.text) and self.unnumbered(line):
            return
        if _CAPTION.match(fold(line.text)):  # "Hình 1: Điểm các chỉ số …" under a chart: neither task nor field
            return
        fl = field_line(line.text)
        if fl:
            kind, label, value = fl
            if kind:
                for part in split_fields(kind, label, value):
                    self.field(line, *part)
                return
            if not is_bullet(line.text) and self.score_line(self.container(), line.text):
                return
            if len(label.split()) <= 3 and not is_bullet(line.text) and value:
                self.unrecognised(line, f"không rõ mục “{label}”")
                return
        self.paragraph(line, strip_bullet(line.text), bullet=is_bullet(line.text))

    def container(self) -> ParsedCriterion | ParsedGroup | None:
        return self.criterion or (self.path[-1] if self.path else None)

    def end_block(self) -> None:
        self.open = []

    def loose_group(self, line: SourceLine) -> ParsedGroup:
        title = re.sub(r"^[IVX]+\.\s*", "", self.section[0] if self.section and self.section[0] else "")
        g = ParsedGroup("", sentence_case(title) or "Nhiệm vụ", line.number)
        self.plan.groups.append(g)
        self.path, self.criterion = [g], None
        return g

    def scored(self, line: SourceLine, h: Heading, sh: ScoredHeading, index: bool = False) -> None:
        self.end_block()
        top = self.path[0] if self.path and self.path[0].scored else None
        if index:
            self.path, self.criterion = [], None
        elif self.roman_index and top is not None and not h.code.startswith(top.code + ".") and h.depth <= 2:
            h = Heading(f"{top.code}.{h.code}", h.rest)
        self.mode, self.objective = "tasks", ""
        c = sh.clause
        parent = next((g for g in reversed(self.path) if g.scored and h.code.startswith(g.code + ".")), None)
        if parent is None and h.depth > 1:
            prefix = h.code.rsplit(".", 1)[0]
            parent = next((g for g in reversed(self.path) if g.scored), None)
            if parent is None or not prefix.startswith(parent.code):
                self.warn(line.number, f"Tiêu chí {h.code} không nằm dưới chỉ số {prefix}: gắn vào "
                                       f"{'chỉ số ' + parent.code if parent else 'chỉ số mới ' + prefix}.")
                if parent is None:
                    parent = ParsedGroup(prefix, f"Chỉ số {prefix}", line.number, scored=True)
                    self.plan.groups.append(parent)
                    self.path = [parent]
        if parent is None:
            g = ParsedGroup(h.code, sentence_case("; ".join(sh.names)), line.number, scored=True,
                            stated_count=c.count,
                            stated_score=c.score, stated_max=c.max_score, stated_deduction=c.deduction,
                            rank=c.rank, rank_of=c.rank_of, year=c.year, footnotes=list(line.footnote_refs))
            self.plan.groups.append(g)
            self.path, self.criterion = [g], None
            return
        owner = next((x for x in parent.criteria if h.code.startswith(x.code + ".")), None)
        if owner is not None:  # "6.1" was a criterion until "6.1.1" came: it is a sub-index
            parent.criteria.remove(owner)
            sub = ParsedGroup(owner.code, owner.name, owner.line, scored=True, stated_score=owner.appraised_score,
                              stated_max=owner.max_score, stated_deduction=owner.deduction, year=owner.year,
                              intro="\n".join(t.content for t in owner.tasks), footnotes=owner.footnotes)
            parent.children.append(sub)
            parent = sub
        self.path = self.path[:self.path.index(parent) + 1] if parent in self.path else [*self.path, parent]
        # Several things quoted under one number keep their quotes: the heading prints “A”, “B” as written.
        name = sh.names[0] if len(sh.names) == 1 else ", ".join(f"“{n}”" for n in sh.names)
        crit = ParsedCriterion(h.code, name, line.number, c.max_score, c.score,
                               deduction=c.deduction, year=c.year, footnotes=list(line.footnote_refs),
                               parts=sh.names if len(sh.names) > 1 else [])
        if c.rank:
            self.warn(line.number, f"Tiêu chí {h.code}: xếp hạng chỉ ghi cho chỉ số, bỏ qua.")
        parent.criteria.append(crit)
        self.criterion = crit

    def area(self, line: SourceLine, h: Heading) -> None:
        self.end_block()
        self.mode, self.objective = "tasks", ""
        title, _ = inline_fields(h.rest)
        g = ParsedGroup(h.code, title.strip(" :"), line.number, footnotes=list(line.footnote_refs))
        if h.letter:
            parent = self.path[-1] if self.path and self.path[-1].code else None
            while parent is not None and re.fullmatch(r"[a-zđ]", parent.code):
                idx = self.path.index(parent)
                parent = self.path[idx - 1] if idx else None
        else:
            parent = next((x for x in reversed(self.path) if x.code and not re.fullmatch(r"[a-zđ]", x.code)
                           and h.code.startswith(x.code + ".")), None)
        if parent is None:
            self.plan.groups.append(g)
            self.path = [g]
        else:
            parent.children.append(g)
            self.path = [*self.path[:self.path.index(parent) + 1], g]
        self.criterion = None

    def new_task(self, line: SourceLine, content: str, bullet: bool) -> ParsedTask:
        box = self.container()
        if box is None:
            box = self.loose_group(line)
        t = ParsedTask(content, line.number, objective=self.objective)
        box.tasks.append(t)
        self.bullet[id(t)] = bullet
        if any(x.has_fields for x in self.open):
            self.open = [t]
        else:
            self.open.append(t)
        return t

    def paragraph(self, line: SourceLine, text: str, bullet: bool) -> None:
        text, inline = inline_fields(text)
        if not text:
            return
        box = self.container()
        if line.footnote_refs and isinstance(box, (ParsedCriterion, ParsedGroup)):
            box.footnotes += line.footnote_refs
        if not bullet and self.score_line(box, text):
            return
        if self.mode == "targets" and isinstance(box, ParsedGroup):
            box.targets.append(ParsedTarget(text, line.number))
            return
        if isinstance(box, ParsedGroup) and box.scored and not box.criteria and not box.children \
                and not bullet and not inline:
            box.intro = f"{box.intro}\n{text}".strip()
            return
        last = self.open[-1] if self.open else None
        if last and not bullet and text[:1].islower():
            last.content = f"{last.content} {text}"
        elif last and not bullet and not self.bullet.get(id(last)) and not last.has_fields:
            sep = "\n" if last.content.rstrip().endswith((".", ";", ":", "!", "?")) else " "
            last.content = f"{last.content}{sep}{text}"
        elif not inline and re.search(r"(theo|tai|kem theo|dinh kem|chi tiet)\s+(cac\s+|o\s+|tai\s+)?(phu luc|bang|bieu|hinh \d)",
                                             fold(text)):
            return  # "Nhiệm vụ cụ thể … theo phụ lục đính kèm": a pointer, the appendix holds the tasks
        else:
            last = self.new_task(line, text, bullet)
        for kind, value in inline:
            self.apply(line, [last], kind, value)

    def field(self, line: SourceLine, kind: str, label: str, value: str) -> None:
        if kind == "content":
            if value:
                self.new_task(line, value, bullet=True)
            else:
                self.mode = "tasks"
            return
        if kind == "objective":
            if value:
                self.objective = value.rstrip(" .")
                self.end_block()
            else:
                self.mode = "targets"
            return
        if not value:
            self.warn(line.number, f"“{label}” không ghi nội dung.")
            return
        tasks = self.open
        if not tasks:
            box = self.container()
            if isinstance(box, ParsedGroup) and box.scored and box.intro and not box.criteria:
                content, box.intro = box.intro, ""
            elif box is not None:
                content = box.name
                self.warn(line.number, f"“{label}” không có nhiệm vụ đi trước: lấy tên “{box.name[:60]}” "
                                       "làm nội dung nhiệm vụ.")
            else:
                self.unrecognised(line, "không thuộc nhiệm vụ nào")
                return
            tasks = [self.new_task(line, content, bullet=False)]
        self.apply(line, tasks, kind, value, label)

    def apply(self, line: SourceLine, tasks: list[ParsedTask], kind: str, value: str, label: str = "") -> None:
        for t in tasks:
            t.has_fields = True
            if kind == "timeline":
                t.timeline = value.strip().rstrip(".;,/ ")
            elif kind == "monitor":
                note = f"Theo dõi, đôn đốc: {value.strip(' .;')}"
                t.units_note = f"{t.units_note}; {note}" if t.units_note else note
            else:
                units = split_units(value, self.known, kind)
                t.lead_units += units.lead
                t.coop_units += units.coop
                if units.note:
                    t.units_note = f"{t.units_note}; {units.note}" if t.units_note else units.note
                # The words as printed, kept while every name stays in the line's own role (seed 002's "Văn
                # phòng chủ trì; các phòng, đơn vị phối hợp" is two roles: it prints from the names).
                other = units.coop if kind == "lead" else units.lead
                written = " ".join(value.split()).strip(" .;,")
                if other:
                    t.mixed_roles, t.lead_written, t.coop_written = True, "", ""
                elif written and not t.mixed_roles and kind in ("lead", "coop"):
                    old = getattr(t, f"{kind}_written")
                    setattr(t, f"{kind}_written", f"{old}; {written}" if old else written)
                    if label and not getattr(t, f"{kind}_label"):
                        setattr(t, f"{kind}_label", " ".join(label.split()).strip(" :-+"))


