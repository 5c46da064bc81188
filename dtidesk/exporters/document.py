"""The plan as a layout-neutral document (header, body paragraphs, footnotes, recipients, signature)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..domain.models import Agency, Plan, PlanSection, Task, Unit
from ..domain.plan_data import PlanData
from ..domain.scores import ScoreNode
from ..domain.text import fold
from ..domain.vnformat import DATE_BLANK, doc_number, fmt_issue_date, fmt_number, fmt_score


@dataclass
class Run:
    text: str
    bold: bool = False
    italic: bool = False
    footnote: int | None = None  # a footnote reference: `text` is its number


@dataclass
class Para:
    runs: list[Run]
    # basis | body | section | clause | criterion | label
    style: str = "body"

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)

    @property
    def keep_with_next(self) -> bool:
        return self.style in ("section", "clause", "criterion")


@dataclass
class PlanDocument:
    parent_agency: str
    agency: str
    number_line: str
    place_date: str
    doc_type: str
    title: str
    body: list[Para]
    footnotes: dict[int, str]
    recipients: list[str]
    signature_lines: list[str]
    signer_name: str
    meta: dict[str, str] = field(default_factory=dict)


_CLAUSE_TITLE = re.compile(r"^\d+(?:\.\d+)*\.\s+\S")


def body_para(line: str) -> Para:
    """A line of a section body; "1. Mục đích" (a khoản with a title) is bold per NĐ 30."""
    text = line.strip()
    if _CLAUSE_TITLE.match(text) and len(text) <= 100 and not text.endswith((".", ";", ":", ",")):
        return Para([Run(text, bold=True)], "clause")
    return Para([Run(text)], "body")


def symbol_of(plan: Plan, agency: Agency) -> str:
    return plan.symbol or (f"KH-{agency.short_code}" if agency.short_code else "KH")


def number_line(plan: Plan, agency: Agency) -> str:
    return f"Số: {doc_number(plan.number) or DATE_BLANK}/{symbol_of(plan, agency)}"


def reference_line(plan: Plan, agency: Agency) -> str:
    """'(Kèm theo Kế hoạch số …/KH-… ngày … tháng … năm … của …)' under an appendix title."""
    date = fmt_issue_date("", plan.issued_day, plan.issued_month, plan.issued_year or plan.year)
    by = f" của {agency.agency_name}" if agency.agency_name else ""
    return f"(Kèm theo Kế hoạch số {doc_number(plan.number) or DATE_BLANK}/{symbol_of(plan, agency)} {date}{by})"


def units_text(units: list[Unit], note: str) -> str:
    """Unit names joined by '; '; a capitalised note replaces the collective names it spells out
    ("Trưởng các phòng, đơn vị thuộc Sở, …"), a lower-case one qualifies them ("theo chức năng …")."""
    pairs: list[tuple[str, Unit | None]] = [(u.name, u) for u in units]
    note = note.strip()
    if note and note[0].isupper():
        hit = [i for i, u in enumerate(units) if fold(u.name) in fold(note)]
        if hit:
            pairs = [(note, None) if i == hit[0] else p for i, p in enumerate(pairs)
                     if i == hit[0] or i not in hit]
        else:
            pairs.append((note, None))
        note = ""
    out = []
    for i, (name, unit) in enumerate(pairs):
        # Mid-sentence, a collective such as "Các phòng, đơn vị có liên quan" reads "các phòng, …".
        if i and unit is not None and unit.kind == "collective" and name.startswith("Các "):
            name = "c" + name[1:]
        out.append(name)
    text = "; ".join(out)
    return f"{text} {note}" if note and text else text or note


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text.endswith((".", "!", "?", "./.")) else text.rstrip(";,") + "."


def label_para(label: str, value: str, bullet: str = "-") -> Para:
    return Para([Run(f"{bullet} "), Run(f"{label}:", italic=True), Run(f" {_sentence(value)}")], "label")


class _Builder:
    def __init__(self, data: PlanData):
        self.data, self.plan, self.agency = data, data.plan, data.agency
        self.units = data.units
        self.tasks = data.tasks
        self.footnotes: dict[int, str] = {}

    def unit_list(self, ids: list[int]) -> list[Unit]:
        return [self.units[i] for i in ids if i in self.units]

    def task_paras(self, t: Task, cchc: bool) -> list[Para]:
        lines = [line.strip() for line in t.content.splitlines() if line.strip()]
        if cchc and lines and not lines[0].startswith(("-", "+")):
            lines[0] = f"- {_sentence(lines[0])}"  # seed 002: "- task." then "+ Đơn vị chủ trì: …"
        paras = [Para([Run(line)]) for line in lines]
        lead = units_text(self.unit_list(t.lead_unit_ids), t.units_note)
        coop = units_text(self.unit_list(t.coop_unit_ids), "")
        bullet = "+" if cchc else "-"
        if lead:
            paras.append(label_para("Đơn vị chủ trì" if cchc else "Đơn vị thực hiện", lead, bullet))
        if coop:
            paras.append(label_para("Đơn vị phối hợp", coop, bullet))
        if t.timeline.strip():
            paras.append(label_para("Thời gian thực hiện", t.timeline, bullet))
        return paras

    # -- DTI: one heading per index, one per criterion, the tasks under it ---------------
    def dti_section(self) -> list[Para]:
        tree, assessment = self.data.tree, self.data.assessment
        if tree is None:  # no framework: neither an assessment nor a task tied to a criterion
            return self.cchc_section()
        notes = self.data.score_notes
        year = assessment.year if assessment else None
        by_crit: dict[int, list[Task]] = {}
        for t in self.tasks:
            by_crit.setdefault(t.criterion_id or 0, []).append(t)
        paras: list[Para] = []
        for node in tree.nodes:
            if node.kind == "group":
                paras.append(Para([Run(self.group_heading(node, year), bold=True)], "clause"))
                intro = self.plan.indicator_intros.get(node.code, "").strip()
                paras += [Para([Run(line)]) for line in intro.splitlines() if line.strip()]
                continue
            runs = [Run(self.criterion_heading(node, year), bold=True, italic=True)]
            footnote = self.footnote_text(node, notes.get(node.id, ""))
            if footnote:
                n = len(self.footnotes) + 1
                self.footnotes[n] = footnote
                runs.append(Run(str(n), bold=True, italic=True, footnote=n))
            paras.append(Para(runs, "criterion"))
            for t in by_crit.pop(node.id, []):
                paras += self.task_paras(t, cchc=False)
        rest = [t for ts in by_crit.values() for t in ts]
        if rest:
            paras.append(Para([Run(f"{len(tree.groups) + 1}. Nhiệm vụ khác", bold=True)], "clause"))
            for t in rest:
                paras += self.task_paras(t, cchc=False)
        return paras

    @staticmethod
    def group_heading(g: ScoreNode, year: int | None) -> str:
        parts = [f"gồm {g.criteria_count:02d} tiêu chí"]
        if year is not None and g.appraised_score is not None:
            score = f"điểm số năm {year} đạt được {fmt_score(g.appraised_score, pad=True)}/" \
                    f"{fmt_score(g.max_score, pad=True)} điểm"
            if g.deduction:
                score += f", điểm trừ {fmt_score(g.deduction, pad=True)} điểm"
            parts.append(score)
        elif g.max_score is not None:
            parts.append(f"tối đa {fmt_score(g.max_score, pad=True)} điểm")
        if g.rank:
            parts.append(f"đứng thứ {g.rank}/{g.rank_of} cơ quan" if g.rank_of else f"đứng thứ {g.rank}")
        return f"{g.code}. Chỉ số “{g.name}” ({'; '.join(parts)})"

    @staticmethod
    def criterion_heading(c: ScoreNode, year: int | None) -> str:
        mx = fmt_score(c.max_score, pad=True)
        if year is not None and c.appraised_score is not None:
            tail = f"năm {year} đạt {fmt_score(c.appraised_score, pad=True)}/{mx} điểm"
            if c.deduction:
                tail += f", điểm trừ {fmt_score(c.deduction, pad=True)} điểm"
        else:
            tail = f"tối đa {mx} điểm"
        return f"{c.code}. Tiêu chí “{c.name}” ({tail})"

    def footnote_text(self, c: ScoreNode, note: str) -> str:
        if c.self_score is None or c.appraised_score is None or c.self_score == c.appraised_score:
            return ""
        mx = fmt_number(c.max_score)
        who = self.agency.agency_name or "Cơ quan"
        text = f"{who} tự chấm đạt {fmt_number(c.self_score)}/{mx} điểm; thẩm định " \
               f"{fmt_number(c.appraised_score)}/{mx} điểm"
        return _sentence(f"{text}, {note.strip()}" if note.strip() else text)

    # -- CCHC / digital: the plan's groups (I, 1, 1.1) with their targets and tasks ------
    def cchc_section(self) -> list[Para]:
        groups = self.data.groups
        targets = self.data.targets
        children: dict[int | None, list] = {}
        for g in groups:
            children.setdefault(g.parent_id, []).append(g)
        known = {g.id for g in groups}
        paras: list[Para] = []

        def items(gid: int | None) -> list[Para]:
            out: list[Para] = []
            tg = [t for t in targets if t.group_id == gid or (gid is None and t.group_id not in known)]
            ts = [t for t in self.tasks if t.group_id == gid or (gid is None and t.group_id not in known)]
            if tg:
                out.append(Para([Run("Mục tiêu:", italic=True)], "body"))
                out += [Para([Run(f"- {_sentence(t.content)}")]) for t in tg]
                if ts:
                    out.append(Para([Run("Nhiệm vụ:", italic=True)], "body"))
            objective = None
            for t in ts:
                if t.objective.strip() and t.objective != objective:
                    out.append(Para([Run("Mục tiêu: ", italic=True), Run(_sentence(t.objective))]))
                objective = t.objective
                out += self.task_paras(t, cchc=True)
            return out

        def walk(parent: int | None, prefix: str) -> None:
            for i, g in enumerate(children.get(parent, []), start=1):
                num = f"{prefix}{i}."
                style = "clause" if not prefix else "criterion"
                paras.append(Para([Run(f"{num} {g.title}", bold=True, italic=bool(prefix))], style))
                paras.extend(items(g.id))
                walk(g.id, num)

        walk(None, "")
        loose = items(None)
        if loose:
            top = len(children.get(None, []))
            if top:
                paras.append(Para([Run(f"{top + 1}. Nhiệm vụ khác", bold=True)], "clause"))
            paras.extend(loose)
        return paras


def _signature(plan: Plan, agency: Agency) -> tuple[list[str], str]:
    lines = [s.strip().upper() for s in (plan.signing_authority, plan.signer_title) if s.strip()]
    if not lines:
        lines = [agency.head_title or "GIÁM ĐỐC"]
    name = plan.signer_name.strip()
    if not name:
        title = plan.signer_title.strip().upper()
        name = agency.deputy_name if title and title == agency.deputy_title.upper() else agency.head_name
    return lines, name.strip()


def _recipients(plan: Plan, agency: Agency) -> list[str]:
    lines = [r.strip().lstrip("-").strip() for r in (plan.recipients or agency.default_recipients) if r.strip()]
    out = [r if r.endswith((";", ".", ",")) else r + ";" for r in lines]
    if out and out[-1].endswith((";", ",")):
        out[-1] = out[-1][:-1] + "."
    return out


def _close(paras: list[Para]) -> None:
    """NĐ 30 samples end the body with "./."."""
    if not paras or paras[-1].text.endswith("./."):
        return
    last = paras[-1].runs[-1]
    last.text = last.text.rstrip() + ("/." if last.text.rstrip().endswith(".") else "./.")


def build_plan_document(data: PlanData) -> PlanDocument:
    plan, agency = data.plan, data.agency
    b = _Builder(data)
    body = [Para([Run(s.strip(), italic=True)], "basis") for s in plan.legal_bases if s.strip()]
    body += [Para([Run(line.strip())]) for line in plan.preamble.splitlines() if line.strip()]
    sections = plan.sections
    if not sections and (b.tasks or data.targets):
        sections = [PlanSection("I. NỘI DUNG, NHIỆM VỤ", generated=True)]
    for s in sections:
        body.append(Para([Run(s.heading.strip().upper(), bold=True)], "section"))
        body += [body_para(line) for line in s.body.splitlines() if line.strip()]
        if s.generated:
            body += b.dti_section() if plan.kind == "dti" else b.cchc_section()
    _close(body)
    lines, name = _signature(plan, agency)
    return PlanDocument(
        parent_agency=(agency.parent_agency_short or agency.parent_agency).upper(),
        agency=agency.agency.upper(), number_line=number_line(plan, agency),
        place_date=fmt_issue_date(agency.place, plan.issued_day, plan.issued_month, plan.issued_year or plan.year),
        doc_type="KẾ HOẠCH", title=plan.title.strip(), body=body, footnotes=b.footnotes,
        recipients=_recipients(plan, agency), signature_lines=lines, signer_name=name,
        meta={"title": plan.title.strip(), "author": agency.agency_name or agency.agency},
    )
