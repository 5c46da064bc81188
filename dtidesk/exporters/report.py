"""The periodic report (báo cáo định kỳ) as a layout-neutral document: seed 004's sections, filled from the file.

A CCHC plan's report follows seed 004: I. chỉ đạo, điều hành; II. results by the seven CCHC areas (tasks,
the statistics form's figures, the TTHC table by field); III. đánh giá chung (mặt tích cực, tồn tại,
nguyên nhân); IV. phương hướng; V. kiến nghị. Other plans report their own task groups. Each figure is
printed from one source (domain.report_figures).
"""

from __future__ import annotations

from ..domain.charts import progress_figure
from ..domain.dashboards import ProgressRow
from ..domain.forms import FormRow
from ..domain.models import Directive, Task
from ..domain.periods import task_window
from ..domain.report_figures import (
    SECTOR,
    STATS,
    TTHC,
    body_rows,
    directives_issued,
    form_of,
    is_own,
    plan_completion,
    table_of,
    tthc_totals,
)
from ..domain.report_model import (
    CCHC_AREAS,
    REPORT_BLOCKS,
    FormFigures,
    ReportModel,
    TableFigures,
    cchc_area_of,
    done_count,
    figure_text,
    key_figures,
    next_phrase,
    period_phrase,
    plan_name,
    report_subject,
    report_title,
    status_on,
)
from ..domain.status import OUTCOME_LABELS, summarise
from ..domain.vnformat import DATE_BLANK, fmt_date_padded, fmt_issue_date, fmt_percent, fmt_score
from .document import Para, PlanDocument, Run, _recipients, _signature, figure_paras, symbol_of
from .report_appendix import appendix_labels, report_symbol, table_table

# A line of dots the officer fills by hand when a text block is left empty (fits the 14 pt body line).
PLACEHOLDER = "…" * 29
PLACEHOLDER_LINES = 2


def _n(count: int) -> str:
    """Counts in running text as seed 004 writes them: “02 nhiệm vụ”, “12 nhiệm vụ”, “0”."""
    return fmt_score(count, pad=True)


def _section(text: str) -> Para:
    return Para([Run(text.upper(), bold=True)], "section")


def _clause(text: str) -> Para:
    return Para([Run(text, bold=True)], "clause")


def _point(text: str) -> Para:
    return Para([Run(text, italic=True)], "criterion")


def _body(text: str) -> Para:
    return Para([Run(text)])


def _bullets(lines: list[str]) -> list[Para]:
    """“- a;” … “- z.”: items end with a semicolon, the last with a full stop."""
    out = []
    for i, line in enumerate(lines):
        line = line.rstrip(" ;.")
        out.append(_body(f"- {line}{'.' if i == len(lines) - 1 else ';'}"))
    return out


def counts_phrase(c: dict[str, int], total: bool = True) -> str:
    """“05 nhiệm vụ; hoàn thành 02 (đúng hạn 01, quá hạn 01); đang thực hiện 01; quá hạn chưa hoàn thành 01”."""
    parts = [f"{_n(c['planned'])} nhiệm vụ"] if total else []
    done = done_count(c)
    if done:
        detail = [f"{label} {_n(c[key])}" for key, label in (("done_on_time", "đúng hạn"), ("done_late", "quá hạn"))
                  if c[key]]
        if detail and c["done"]:
            detail.append(f"không có thời hạn cụ thể {_n(c['done'])}")
        parts.append(f"hoàn thành {_n(done)}" + (f" ({', '.join(detail)})" if detail else ""))
    for key in ("in_progress", "not_started", "overdue"):
        if c[key]:
            label = "quá hạn chưa hoàn thành" if key == "overdue" else OUTCOME_LABELS[key].lower()
            parts.append(f"{label} {_n(c[key])}")
    return "; ".join(parts)


def _task_text(t: Task) -> str:
    return " ".join(line.strip() for line in t.content.splitlines() if line.strip()).lstrip("-+ ").rstrip(" ;.")


def _lower_first(text: str) -> str:
    """“Số TTHC…” → “số TTHC…” inside a sentence; “UBND cấp huyện…” stays as it is."""
    return text[:1].lower() + text[1:] if len(text) > 1 and text[1].islower() else text


def _shown(row: FormRow, value: object) -> bool:
    """A figure worth a line in the body: filled, and not a zero count (the appendix prints every row)."""
    if row.type == "group" or value is None:
        return False
    return row.type in ("choice", "percent", "text") or value != 0


def figure_lines(f: FormFigures, parent: str, skip: set[str]) -> list[str]:
    """The form's figures under `parent` (“7” for area 7, “” for a whole form), one line per row directly
    under it, that row's own children quoted after it: “Kiểm tra CCHC: số phòng… đã kiểm tra: 1 cơ quan…”."""
    rows = f.form.template.rows
    out = []
    for head in (r for r in rows if r.parent == parent and r.code not in skip):
        value = f.values.value(head.code)
        kids = [f"{_lower_first(r.label.rstrip(' .'))}: {figure_text(r, f.values.value(r.code))}" for r in rows
                if r.parent == head.code and r.code not in skip and _shown(r, f.values.value(r.code))]
        label = head.label.rstrip(" .")
        if _shown(head, value):
            out.append(f"{label}: {figure_text(head, value)}" + (f" ({'; '.join(kids)})" if kids else ""))
        elif kids:
            out.append(f"{label}: {'; '.join(kids)}")
    return out


class _Report:
    def __init__(self, m: ReportModel):
        self.m = m
        self.labels = appendix_labels(m)
        self.cited: set[str] = set()
        self.agency_name = m.agency.agency_name or m.agency.agency.title() or "Cơ quan"
        self.pictures = 0  # “Hình N”, numbered in the order the body cites them

    def see(self, kind: str, once: bool = False) -> str:
        """“ (chi tiết tại Phụ lục 02)”; with `once`, only where the appendix is first named."""
        label = self.labels.get(kind)
        if not label or (once and kind in self.cited):
            return ""
        self.cited.add(kind)
        return f" (chi tiết tại {label})"

    def leads(self, t: Task) -> str:
        names = [self.m.units[i].name for i in t.lead_unit_ids if i in self.m.units]
        return "; ".join(names) or "chưa giao đơn vị chủ trì"

    def text_block(self, key: str, placeholder: bool = True) -> list[Para]:
        """The officer's paragraphs, or dotted lines to write on by hand."""
        lines = [line.strip() for line in self.m.texts.get(key, "").splitlines() if line.strip()]
        if lines or not placeholder:
            return [_body(line) for line in lines]
        return [_body(PLACEHOLDER) for _ in range(PLACEHOLDER_LINES)]

    def intro(self) -> list[Para]:
        m, plan = self.m, self.m.plan
        if plan.number:
            ref = f"Kế hoạch số {plan.number:02d}/{symbol_of(plan, m.agency)}"
            if plan.issued_day and plan.issued_month and plan.issued_year:
                ref += f" ngày {plan.issued_day:02d}/{plan.issued_month:02d}/{plan.issued_year}"
        else:
            name = plan_name(plan)
            ref = f"Kế hoạch {name[:1].lower() + name[1:]}"
        first = fmt_date_padded(m.cutoff[0])
        return [_body(f"Thực hiện {ref}, {self.agency_name} báo cáo kết quả thực hiện {report_subject(plan)} "
                      f"{period_phrase(m)} (số liệu tính từ ngày {first} đến ngày {fmt_date_padded(m.as_of)}), "
                      f"phương hướng, nhiệm vụ {next_phrase(m)} như sau:")]

    # -- I. Chỉ đạo, điều hành ------------------------------------------------------------------------
    def directives(self) -> list[Para]:
        """How many documents the agency issued (one source: domain.report_figures.directives_issued), then
        every directive of the period, its own and those of higher bodies it carried out (Phụ lục 03)."""
        m = self.m
        paras = [_section("I. Công tác chỉ đạo, điều hành")]
        issued = directives_issued(m)
        n = int(issued.value or 0)
        own = [d for d in m.directives if is_own(d, m.agency)]
        subject = f"chỉ đạo, điều hành {report_subject(m.plan)}" if m.plan.kind in ("cchc", "digital") \
            else "chỉ đạo, điều hành"
        if not n and not m.directives:
            return [*paras, _body("Trong kỳ báo cáo không có văn bản chỉ đạo, điều hành mới được ban hành.")]
        if n and n == len(own) == len(m.directives):
            paras.append(_body(f"Trong kỳ báo cáo, {self.agency_name} đã ban hành {_n(n)} văn bản {subject}"
                               f"{self.see('directives')}, gồm:"))
            return paras + _bullets([self.directive_line(d) for d in m.directives])
        if n:
            paras.append(_body(f"Trong kỳ báo cáo, {self.agency_name} đã ban hành {_n(n)} văn bản {subject}"
                               + (f"{self.see('form:' + STATS)}." if issued.from_form else ".")))
        else:
            paras.append(_body(f"Trong kỳ báo cáo, {self.agency_name} không ban hành văn bản chỉ đạo, điều hành "
                               "mới."))
        if m.directives:
            paras.append(_body(f"Các văn bản chỉ đạo, điều hành đã ban hành và triển khai thực hiện trong kỳ"
                               f"{self.see('directives')}:"))
            paras += _bullets([self.directive_line(d) for d in m.directives])
        return paras

    @staticmethod
    def directive_line(d: Directive) -> str:
        text = d.doc_type.strip() or "Văn bản"
        if d.number_symbol.strip():
            text += f" số {d.number_symbol.strip()}"
        if d.issued_on:
            text += f" ngày {fmt_date_padded(d.issued_on)}"
        if d.issuer.strip():
            text += f" của {d.issuer.strip()}"
        return f"{text}: {d.summary.strip()}" if d.summary.strip() else text

    # -- task progress --------------------------------------------------------------------------------
    def period_sentence(self, rate: bool) -> str:
        m, c = self.m, self.m.progress
        until = fmt_date_padded(task_window(m.period if m.period != "ADHOC" else "Y", m.year)[1])
        text = (f"Trong kỳ báo cáo, Kế hoạch có {_n(c['planned'])} nhiệm vụ phải thực hiện (các nhiệm vụ có thời "
                f"hạn đến ngày {until} và các nhiệm vụ thực hiện thường xuyên). Đến ngày "
                f"{fmt_date_padded(m.as_of)}: {counts_phrase(c, total=False)}")
        if rate:
            text += f"; tỷ lệ hoàn thành {fmt_percent(done_count(c) * 100 / c['planned'])}"
        return text + f"{self.see('progress')}."

    def done_lines(self, tasks: list[Task]) -> list[str]:
        m, first = self.m, self.m.cutoff[0]
        done = [t for t in tasks if m.outcome(t).startswith("done")
                and (t.completed_on is None or first <= t.completed_on <= m.as_of)]
        return [f"{_task_text(t)} ({self.leads(t)}"
                + (f"; hoàn thành ngày {fmt_date_padded(t.completed_on)}" if t.completed_on else "")
                + ("; quá hạn" if m.outcome(t) == "done_late" else "") + ")" for t in done]

    def overdue_lines(self, tasks: list[Task]) -> list[str]:
        return [f"{_task_text(t)} (đơn vị chủ trì: {self.leads(t)}; hạn hoàn thành: {fmt_date_padded(t.due_date)})"
                for t in tasks if self.m.outcome(t) == "overdue"]

    def progress(self) -> list[Para]:
        m = self.m
        c = m.progress
        paras = [_section("II. Kết quả thực hiện nhiệm vụ"), _clause("1. Tiến độ thực hiện các nhiệm vụ của Kế hoạch")]
        if not c["planned"]:
            return [*paras, _body("Trong kỳ báo cáo, Kế hoạch không có nhiệm vụ nào đến hạn thực hiện.")]
        paras.append(_body(self.period_sentence(rate=True)))
        if m.by_area:
            paras.append(_point("a) Theo lĩnh vực:"))
            paras += _bullets([f"{a.code + '. ' if a.code else ''}{a.title}: {counts_phrase(a.counts)}"
                               for a in m.by_area])
        if m.by_unit:
            paras.append(_point("b) Theo đơn vị chủ trì:"))
            paras += _bullets([f"{u.unit.name if u.unit else 'Chưa giao đơn vị chủ trì'}: {counts_phrase(u.counts)}"
                               for u in m.by_unit])
        return paras + self.unit_figure()

    def unit_figure(self) -> list[Para]:
        """“Hình N”: the period's tasks of each lead unit by outcome, with the sentence citing it."""
        m = self.m
        if not m.progress["planned"] or not m.by_unit:
            return []
        self.pictures += 1
        rows = [ProgressRow(u.unit.name if u.unit else "Chưa giao đơn vị chủ trì", u.counts) for u in m.by_unit]
        fig = progress_figure(rows, f"Tiến độ thực hiện nhiệm vụ {period_phrase(m)} theo đơn vị chủ trì (đến ngày "
                                    f"{fmt_date_padded(m.as_of)})")
        return figure_paras(fig, self.pictures, "Tiến độ thực hiện nhiệm vụ của từng đơn vị chủ trì được thể hiện tại "
                                               f"biểu đồ Hình {self.pictures}.")

    def task_lists(self) -> list[Para]:
        paras = [_clause("2. Nhiệm vụ đã hoàn thành trong kỳ")]
        done = self.done_lines(self.m.tasks)
        paras += _bullets(done) if done else [_body("Trong kỳ báo cáo chưa có nhiệm vụ nào hoàn thành.")]
        paras.append(_clause("3. Nhiệm vụ quá hạn, chưa hoàn thành"))
        overdue = self.overdue_lines(self.m.tasks)
        return paras + (_bullets(overdue) if overdue else [_body("Không có nhiệm vụ quá hạn.")])

    # -- figures ----------------------------------------------------------------------------------------
    def tthc(self, t: TableFigures) -> list[Para]:
        """Seed 004 II.2.1: a sentence with the totals, then the table by field in the body."""
        totals = tthc_totals(t)
        if totals is None:
            return [_body(f"{t.form.template.title}:"), Para([], "table", table=table_table(t, self.m, ""))]
        first, last = fmt_date_padded(self.m.cutoff[0]), fmt_date_padded(self.m.as_of)
        rate = f", tỷ lệ giải quyết đúng hạn {fmt_percent(totals.rate)}" if totals.rate is not None else ""
        return [_body(f"Kết quả giải quyết thủ tục hành chính từ ngày {first} đến ngày {last}: tiếp nhận "
                      f"{_n(totals.received)} hồ sơ; đã giải quyết {_n(totals.resolved)} hồ sơ (trước hạn "
                      f"{_n(totals.early)}, đúng hạn {_n(totals.on_time)}, quá hạn {_n(totals.late)}){rate}. "
                      "Kết quả theo từng lĩnh vực:"),
                Para([], "table", table=table_table(t, self.m, ""))]

    def figures(self, number: int) -> list[Para]:
        m = self.m
        if not m.forms and not m.tables:
            return []
        skip = body_rows(m)
        paras = [_clause(f"{number}. Số liệu thống kê")]
        for f in m.forms:
            paras.append(_body(f"Các chỉ tiêu chính của biểu thống kê{self.see('form:' + f.form.code)}:"))
            paras += _bullets([f"{row.label.rstrip(' .')}: {figure_text(row, value)}"
                               for row, value in key_figures(f, limit=99)
                               if row.code not in skip or f.form.code != STATS][:12])
        for t in m.tables:
            paras += self.tthc(t)
        return paras

    # -- II of a CCHC report: the seven areas ------------------------------------------------------------
    def cchc_results(self) -> list[Para]:
        m = self.m
        paras = [_section("II. Kết quả thực hiện công tác cải cách hành chính"),
                 *self.text_block("results", placeholder=False), *self.plan_sentences(), *self.unit_figure()]
        area_tasks: dict[int | None, list[Task]] = {}
        by_id = {t.id: t for t in m.tasks}
        for a in m.by_area:
            key = cchc_area_of(a.title) if a.code else None
            area_tasks.setdefault(key, []).extend(by_id[i] for i in a.task_ids if i in by_id)
        stats, sector = form_of(m, STATS), form_of(m, SECTOR)
        skip = body_rows(m)
        for area in CCHC_AREAS:
            k = area.number
            block = [_clause(f"{k}. {area.title}"), *self.text_block(f"area_{k}", placeholder=False)]
            data = self.area_tasks(area_tasks.get(k, []), with_counts=True)
            if stats is not None:
                lines = figure_lines(stats, str(k), skip)
                if lines:
                    data.append(_point(f"Số liệu thống kê{self.see('form:' + STATS, once=True)}:"))
                    data += _bullets(lines)
            table = table_of(m, TTHC)
            if k == 3 and table is not None:
                data += self.tthc(table)
            if k == 7 and sector is not None:
                lines = figure_lines(sector, "", set())
                if lines:
                    data.append(_point(f"Số liệu thống kê thuộc lĩnh vực phụ trách{self.see('form:' + SECTOR)}:"))
                    data += _bullets(lines)
            if len(block) == 1 and not data:
                block += self.text_block(f"area_{k}")
            paras += block + data
        number = len(CCHC_AREAS) + 1
        others = area_tasks.get(None, [])
        if others:
            paras += [_clause(f"{number}. Các nhiệm vụ khác của Kế hoạch"), *self.area_tasks(others, True)]
            number += 1
        rest = [f for f in m.forms if f.form.code not in (STATS, SECTOR)]
        rest_tables = [t for t in m.tables if t.form.code != TTHC]
        if rest or rest_tables:
            paras.append(_clause(f"{number}. Số liệu thống kê khác"))
            for f in rest:
                paras.append(_body(f"Các chỉ tiêu chính của biểu thống kê{self.see('form:' + f.form.code)}:"))
                paras += _bullets([f"{row.label.rstrip(' .')}: {figure_text(row, value)}"
                                   for row, value in key_figures(f)])
            for t in rest_tables:
                paras += self.tthc(t)
        return paras

    def plan_sentences(self) -> list[Para]:
        """The year plan's completion, lũy kế (one source: rows 1.2.1, 1.2.2, 1.2 of the form where filled,
        else the plan's tasks), then the tasks due in the period (Phụ lục 01) without a second rate."""
        m = self.m
        total, done, rate = plan_completion(m)
        out = []
        if total.value:
            cite = self.see("form:" + STATS) if total.from_form or done.from_form else ""
            out.append(_body(f"Kế hoạch {plan_name(m.plan)[:1].lower() + plan_name(m.plan)[1:]} đề ra "
                             f"{_n(int(total.value))} nhiệm vụ; tính đến ngày {fmt_date_padded(m.as_of)} đã hoàn "
                             f"thành {_n(int(done.value or 0))} nhiệm vụ"
                             + (f", đạt {fmt_percent(rate)}" if rate is not None else "") + f"{cite}."))
        if m.progress["planned"]:
            out.append(_body(self.period_sentence(rate=False)))
        return out

    def area_tasks(self, tasks: list[Task], with_counts: bool) -> list[Para]:
        if not tasks:
            return []
        m = self.m
        counts = summarise((status_on(t, m.as_of) for t in tasks), m.as_of)
        out = [_body(f"Nhiệm vụ của Kế hoạch thuộc lĩnh vực này trong kỳ: {counts_phrase(counts)}.")] if with_counts else []
        done, overdue = self.done_lines(tasks), self.overdue_lines(tasks)
        if done:
            out += [_point("Nhiệm vụ đã hoàn thành:"), *_bullets(done)]
        if overdue:
            out += [_point("Nhiệm vụ quá hạn, chưa hoàn thành:"), *_bullets(overdue)]
        return out

    # -- III–V -----------------------------------------------------------------------------------------
    def assessment(self) -> list[Para]:
        return [_section("III. Đánh giá chung"),
                _clause(f"1. {REPORT_BLOCKS['positives']}"), *self.text_block("positives"),
                _clause(f"2. {REPORT_BLOCKS['shortcomings']}"), *self.text_block("shortcomings"),
                _clause(f"3. {REPORT_BLOCKS['causes']}"), *self.text_block("causes")]

    def uncited(self) -> list[Para]:
        """NĐ 30: the body cites every appendix it carries; one the sections did not name is cited here."""
        left = [label for key, label in self.labels.items() if key not in self.cited]
        if not left:
            return []
        return [_body(f"Số liệu chi tiết tại {', '.join(left[:-1]) + ' và ' if len(left) > 1 else ''}{left[-1]} "
                      "kèm theo báo cáo.")]

    def build(self) -> list[Para]:
        m = self.m
        body = self.intro() + self.directives()
        if m.plan.kind == "cchc":
            body += self.cchc_results()
        else:
            body += self.progress() + self.task_lists()
            number = 4
            figures = self.figures(number)
            body += figures
            number += bool(figures)
            body += [_clause(f"{number}. {REPORT_BLOCKS['results']}"), *self.text_block("results")]
        body += self.uncited()
        body += self.assessment()
        body += [_section(f"IV. Phương hướng, nhiệm vụ {next_phrase(m)}"), *self.text_block("next_tasks")]
        body += [_section(f"V. {REPORT_BLOCKS['proposals']}"), *self.text_block("proposals")]
        body.append(_body(f"{self.agency_name} trân trọng báo cáo./."))
        return body


def build_report_document(model: ReportModel) -> PlanDocument:
    """The report in NĐ 30 layout: header, “Số: …/BC-…”, “BÁO CÁO”, sections I–V, “Nơi nhận:”, signature."""
    m, agency, plan = model, model.agency, model.plan
    report = _Report(m)
    # Dated in the period's last month (the day is written at signing); an ad hoc report on its own date.
    when = m.as_of if m.period == "ADHOC" else m.cutoff[1]
    lines, name = _signature(plan, agency)
    title = report_title(m)
    return PlanDocument(
        parent_agency=(agency.parent_agency_short or agency.parent_agency).upper(), agency=agency.agency.upper(),
        number_line=f"Số: {DATE_BLANK}/{report_symbol(m)}",
        place_date=fmt_issue_date(agency.place, None, when.month, when.year), doc_type="BÁO CÁO", title=title,
        body=report.build(), footnotes={}, recipients=_recipients(plan, agency), signature_lines=lines,
        signer_name=name, meta={"title": f"Báo cáo {title[:1].lower()}{title[1:]}",
                                "author": agency.agency_name or agency.agency})
