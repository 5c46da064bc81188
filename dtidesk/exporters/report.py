"""The periodic report (báo cáo định kỳ) as a layout-neutral document: seed 004's sections, filled from the file."""

from __future__ import annotations

from ..domain.models import Directive, Task
from ..domain.periods import task_window
from ..domain.report_model import (
    REPORT_BLOCKS,
    ReportModel,
    TableFigures,
    done_count,
    figure_text,
    key_figures,
    next_phrase,
    period_phrase,
    plan_name,
    report_subject,
    report_title,
)
from ..domain.status import OUTCOME_LABELS
from ..domain.vnformat import DATE_BLANK, fmt_date_padded, fmt_issue_date, fmt_percent, fmt_score
from .document import Para, PlanDocument, Run, _recipients, _signature, symbol_of
from .report_appendix import appendix_labels, report_symbol

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


class _Report:
    def __init__(self, m: ReportModel):
        self.m = m
        self.labels = appendix_labels(m)
        self.agency_name = m.agency.agency_name or m.agency.agency.title() or "Cơ quan"

    def see(self, kind: str) -> str:
        label = self.labels.get(kind)
        return f" (chi tiết tại {label})" if label else ""

    def leads(self, t: Task) -> str:
        names = [self.m.units[i].name for i in t.lead_unit_ids if i in self.m.units]
        return "; ".join(names) or "chưa giao đơn vị chủ trì"

    def text_block(self, key: str) -> list[Para]:
        """The officer's paragraphs, or dotted lines to write on by hand."""
        lines = [line.strip() for line in self.m.texts.get(key, "").splitlines() if line.strip()]
        return [_body(line) for line in lines] or [_body(PLACEHOLDER) for _ in range(PLACEHOLDER_LINES)]

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

    def directives(self) -> list[Para]:
        paras = [_section("I. Công tác chỉ đạo, điều hành")]
        if not self.m.directives:
            return [*paras, _body("Trong kỳ báo cáo không có văn bản chỉ đạo, điều hành mới được ban hành.")]
        paras.append(_body(f"Trong kỳ báo cáo, đã ban hành và triển khai {_n(len(self.m.directives))} văn bản "
                           f"chỉ đạo, điều hành{self.see('directives')}, gồm:"))
        return paras + _bullets([self.directive_line(d) for d in self.m.directives])

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

    def progress(self) -> list[Para]:
        m = self.m
        c = m.progress
        paras = [_section("II. Kết quả thực hiện nhiệm vụ"), _clause("1. Tiến độ thực hiện các nhiệm vụ của Kế hoạch")]
        if not c["planned"]:
            return [*paras, _body("Trong kỳ báo cáo, Kế hoạch không có nhiệm vụ nào đến hạn thực hiện.")]
        until = fmt_date_padded(task_window(m.period if m.period != "ADHOC" else "Y", m.year)[1])
        done = done_count(c)
        paras.append(_body(
            f"Trong kỳ báo cáo, Kế hoạch có {_n(c['planned'])} nhiệm vụ phải thực hiện (các nhiệm vụ có thời hạn "
            f"đến ngày {until} và các nhiệm vụ thực hiện thường xuyên). Đến ngày {fmt_date_padded(m.as_of)}: "
            f"{counts_phrase(c, total=False)}; tỷ lệ hoàn thành {fmt_percent(done * 100 / c['planned'])}{self.see('progress')}."))
        if m.by_area:
            paras.append(_point("a) Theo lĩnh vực:"))
            paras += _bullets([f"{a.code + '. ' if a.code else ''}{a.title}: {counts_phrase(a.counts)}"
                               for a in m.by_area])
        if m.by_unit:
            paras.append(_point("b) Theo đơn vị chủ trì:"))
            paras += _bullets([f"{u.unit.name if u.unit else 'Chưa giao đơn vị chủ trì'}: {counts_phrase(u.counts)}"
                               for u in m.by_unit])
        return paras

    def task_lists(self) -> list[Para]:
        m = self.m
        first = m.cutoff[0]
        done = [t for t in m.tasks if m.outcome(t).startswith("done")
                and (t.completed_on is None or first <= t.completed_on <= m.as_of)]
        overdue = [t for t in m.tasks if m.outcome(t) == "overdue"]
        paras = [_clause("2. Nhiệm vụ đã hoàn thành trong kỳ")]
        if done:
            paras += _bullets([f"{_task_text(t)} ({self.leads(t)}"
                               + (f"; hoàn thành ngày {fmt_date_padded(t.completed_on)}" if t.completed_on else "")
                               + ("; quá hạn" if m.outcome(t) == "done_late" else "") + ")" for t in done])
        else:
            paras.append(_body("Trong kỳ báo cáo chưa có nhiệm vụ nào hoàn thành."))
        paras.append(_clause("3. Nhiệm vụ quá hạn, chưa hoàn thành"))
        if overdue:
            paras += _bullets([f"{_task_text(t)} (đơn vị chủ trì: {self.leads(t)}; hạn hoàn thành: "
                               f"{fmt_date_padded(t.due_date)})" for t in overdue])
        else:
            paras.append(_body("Không có nhiệm vụ quá hạn."))
        return paras

    def figures(self, number: int) -> list[Para]:
        m = self.m
        if not m.forms and not m.tables:
            return []
        paras = [_clause(f"{number}. Số liệu thống kê")]
        for f in m.forms:
            paras.append(_body(f"Các chỉ tiêu chính của biểu thống kê{self.see('form:' + f.form.code)}:"))
            paras += _bullets([f"{row.label.rstrip(' .')}: {figure_text(row, value)}"
                               for row, value in key_figures(f)])
        for t in m.tables:
            paras.append(_body(self.table_sentence(t)))
        return paras

    def table_sentence(self, t: TableFigures) -> str:
        """The TTHC results table in one sentence, from its total row (or the sum of its rows)."""
        cols = {c.key for c in t.form.template.columns}
        total = next((r for r in t.rows if r.get("kind") == "total"), None)

        def num(key: str) -> int:
            if total is not None:
                return int(float(total.get(key) or 0))
            return sum(int(float(r.get(key) or 0)) for r in t.rows if r.get("kind") == "procedure")

        if {"received", "resolved", "early", "on_time", "late"} <= cols:
            return (f"Kết quả giải quyết thủ tục hành chính: tiếp nhận {_n(num('received'))} hồ sơ, đã giải quyết "
                    f"{_n(num('resolved'))} hồ sơ (trước hạn {_n(num('early'))}, đúng hạn {_n(num('on_time'))}, "
                    f"quá hạn {_n(num('late'))}){self.see('table:' + t.form.code)}.")
        return f"{t.form.template.title}: {len(t.rows)} dòng{self.see('table:' + t.form.code)}."

    def build(self) -> list[Para]:
        m = self.m
        body = self.intro() + self.directives() + self.progress() + self.task_lists()
        number = 4
        figures = self.figures(number)
        body += figures
        number += bool(figures)
        body += [_clause(f"{number}. {REPORT_BLOCKS['results']}"), *self.text_block("results")]
        body += [_section("III. Đánh giá chung"),
                 _clause(f"1. {REPORT_BLOCKS['shortcomings']}"), *self.text_block("shortcomings"),
                 _clause(f"2. {REPORT_BLOCKS['causes']}"), *self.text_block("causes")]
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
