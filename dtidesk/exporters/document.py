"""The plan as a layout-neutral document (header, body paragraphs, footnotes, recipients, signature)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..domain.charts import ChartFigure, trend_figure
from ..domain.heading_numbers import alone, rank, score_pair
from ..domain.models import Agency, Plan, PlanSection, Task, Unit
from ..domain.plan_data import PlanData
from ..domain.scores import ScoreNode
from ..domain.text import fold
from ..domain.vnformat import DATE_BLANK, doc_number, fmt_issue_date, fmt_number


@dataclass
class Run:
    text: str
    bold: bool = False
    italic: bool = False
    footnote: int | None = None  # a footnote reference: `text` is its number


@dataclass
class Para:
    runs: list[Run]
    # basis | body | section | clause | criterion | label | table | figure
    style: str = "body"
    table: object | None = None  # style "table": an AppendixTable printed in the body (the report's TTHC table)
    figure: object | None = None  # style "figure": a domain.charts.ChartFigure; the runs are its caption

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


def _partial(node: ScoreNode) -> bool:
    """A deduction is printed beside a partial score ("1,67/5 điểm, điểm trừ 3,33 điểm"), where the reader
    cannot see it at a glance; "0/10" and "10/10" say it already (seed 000's habit, but for 6.11, 6.12, 5)."""
    return node.appraised_score is not None and node.max_score is not None and \
        0 < node.appraised_score < node.max_score


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
        # The lines as the plan wrote them when it did (import, demo): its labels, separators and names.
        lead = t.lead_written.strip() or units_text(self.unit_list(t.lead_unit_ids), t.units_note)
        coop = t.coop_written.strip() or units_text(self.unit_list(t.coop_unit_ids), "")
        bullet = "+" if cchc else "-"
        if lead:
            label = t.lead_label.strip() or ("Đơn vị chủ trì" if cchc else "Đơn vị thực hiện")
            paras.append(label_para(label, lead, bullet))
        if coop:
            paras.append(label_para(t.coop_label.strip() or "Đơn vị phối hợp", coop, bullet))
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
        paras: list[Para] = self.trends_figure()
        paras += [self.lost_para(year)] if self.data.lost and year is not None else []
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

    def trends_figure(self) -> list[Para]:
        """The component indices' scores over the years (or the one year), as Hình 1 with the sentence citing it."""
        trends = self.data.trends
        if trends is None or not trends.years:
            return []
        fig = trend_figure(trends)
        if fig.empty:  # the year is entered but not scored yet
            return []
        years = f"các năm {trends.years[0]}–{trends.years[-1]}" if len(trends.years) > 1 else f"năm {trends.years[0]}"
        # “tại biểu đồ …”: the plan importer reads a sentence that points at a bảng, biểu or phụ lục as a pointer,
        # not as a task, should the officer import this document again.
        return figure_paras(fig, 1, f"Kết quả đánh giá {years} của từng chỉ số thành phần và tổng điểm, tính bằng "
                                    "tỷ lệ phần trăm so với điểm tối đa, được thể hiện tại biểu đồ Hình 1.")

    def lost_para(self, year: int) -> Para:
        """Where the points went, most first (the ranking of “Điểm có thể giành lại”): the plan starts there.
        Worded as a pointer to the result table, which the plan importer reads as such and not as a task."""
        lost = self.data.lost
        style = self.data.number_style  # the file's one rule for numbers below 10, as in the headings
        items = [f"{r.code} ({alone(r.lost, style)} điểm)" for r in lost]
        listed = items[0] if len(items) == 1 else f"{', '.join(items[:-1])} và {items[-1]}"
        who = self.agency.agency_name or "cơ quan"
        return Para([Run(f"Theo bảng kết quả đánh giá năm {year}, {who} bị trừ điểm ở {alone(len(lost), style)} "
                         "tiêu chí; "
                         f"theo thứ tự số điểm bị trừ từ cao xuống thấp: {listed}. Kế hoạch ưu tiên cải thiện các "
                         "tiêu chí này theo thứ tự trên.")])

    def group_heading(self, g: ScoreNode, year: int | None) -> str:
        style = self.data.number_style
        parts = [f"gồm {alone(g.criteria_count, style)} tiêu chí"]
        if year is not None and g.appraised_score is not None:
            score = f"điểm số năm {year} đạt được {score_pair(g.appraised_score, g.max_score, style)} điểm"
            if _partial(g):
                score += f", điểm trừ {alone(g.deduction, style)} điểm"
            parts.append(score)
        elif g.max_score is not None:
            parts.append(f"tối đa {alone(g.max_score, style)} điểm")
        if g.rank:
            parts.append(f"đứng thứ {rank(g.rank, g.rank_of, style)}" + (" cơ quan" if g.rank_of else ""))
        return f"{g.code}. Chỉ số “{g.name}” ({'; '.join(parts)})"

    def criterion_heading(self, c: ScoreNode, year: int | None) -> str:
        style = self.data.number_style
        if year is not None and c.appraised_score is not None:
            tail = f"năm {year} đạt {score_pair(c.appraised_score, c.max_score, style)} điểm"
            if _partial(c):
                tail += f", điểm trừ {alone(c.deduction, style)} điểm"
        else:
            tail = f"tối đa {alone(c.max_score, style)} điểm"
        # A criterion that names several things keeps their quotes in its name (“A”, “B”): printed as is.
        name = c.name if "“" in c.name else f"“{c.name}”"
        return f"{c.code}. Tiêu chí {name} ({tail})"

    def footnote_text(self, c: ScoreNode, note: str) -> str:
        """Seed 000 footnotes every criterion that lost points or whose self score the appraisal changed
        (13 of them), with both scores — also where the two are equal (2.4: "tự chấm đạt 1,67/5; thẩm định 1,67/5")."""
        if c.self_score is None or c.appraised_score is None:
            return ""
        if c.self_score == c.appraised_score and not c.loses_points:
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


def figure_paras(fig: ChartFigure, number: int, citing: str) -> list[Para]:
    """The sentence that cites a figure, then the figure with its caption “Hình N: …” under it."""
    return [Para([Run(citing)]), Para([Run(f"Hình {number}: {fig.title}", italic=True)], "figure", figure=fig)]


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


# What each appendix holds, as the body cites it: NĐ 30 has a document refer to every appendix it carries.
_CITED_AS = {
    "scores": "Kết quả đánh giá năm {year} của từng chỉ số, tiêu chí",
    "targets": "Phân công đơn vị chủ trì thực hiện, đơn vị theo dõi, đôn đốc các chỉ tiêu",
    "tasks": "Nhiệm vụ cụ thể, đơn vị chủ trì, đơn vị phối hợp và thời gian hoàn thành",
    "projects": "Danh mục các dự án, hạng mục đầu tư và dự kiến kinh phí",
    "directives": "Danh mục các văn bản chỉ đạo, triển khai thực hiện",
}
_CITED_FIRST = ("scores", "targets")  # where the section of tasks starts: the result and the targets lead it


def citations(data: PlanData) -> tuple[list[Para], list[Para]]:
    """The sentences citing each appendix the plan carries, by the label it prints ("(chi tiết tại Phụ lục I
    kèm theo)"): those opening the section of tasks, and those closing it."""
    year = data.assessment.year if data.assessment else data.plan.year
    paras = {k: Para([Run(f"{_CITED_AS[k].format(year=year)} (chi tiết tại {data.appendix_label(k)} kèm theo).")])
             for k in data.appendices}
    return [p for k, p in paras.items() if k in _CITED_FIRST], [p for k, p in paras.items() if k not in _CITED_FIRST]


def build_plan_document(data: PlanData) -> PlanDocument:
    plan, agency = data.plan, data.agency
    b = _Builder(data)
    body = [Para([Run(s.strip(), italic=True)], "basis") for s in plan.legal_bases if s.strip()]
    body += [Para([Run(line.strip())]) for line in plan.preamble.splitlines() if line.strip()]
    sections = plan.sections
    if not sections and (b.tasks or data.targets):
        sections = [PlanSection("I. NỘI DUNG, NHIỆM VỤ", generated=True)]
    opening, closing = citations(data)
    for s in sections:
        body.append(Para([Run(s.heading.strip().upper(), bold=True)], "section"))
        body += [body_para(line) for line in s.body.splitlines() if line.strip()]
        if s.generated:
            body += opening + (b.dti_section() if plan.kind == "dti" else b.cchc_section()) + closing
            opening = closing = []
    body += opening + closing  # no section of tasks: the appendices are cited at the end of the body
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
