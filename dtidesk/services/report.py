"""Use cases of the periodic report: gather its data, edit its officer-written text blocks, its deadlines."""

from __future__ import annotations

import datetime as dt
import re

from ..domain.forms import check_table, complete_table, display
from ..domain.models import Plan, Task
from ..domain.periods import (
    Period,
    cutoff_range,
    period_title,
    task_in_period,
)
from ..domain.report_figures import FigureConflict, report_conflicts
from ..domain.report_model import (
    AreaProgress,
    FormFigures,
    ReportModel,
    TableFigures,
    UnitProgress,
    figure_text,
    key_figures,
    period_phrase,
    report_blocks,
    report_title,
    status_on,
)
from ..domain.status import summarise
from ..errors import NotFound, ValidationError
from ..store import AgencyFile
from . import forms as form_ops
from .changes import Changes

_BLOCK_KEY = re.compile(r"[a-z][a-z0-9_.-]{0,63}")


def report_range(period: Period | str, year: int) -> tuple[dt.date, dt.date]:
    """The data range of a report; an ad hoc report covers the year's range."""
    period = Period(period)
    return cutoff_range(Period.Y if period is Period.ADHOC else period, year)


def report_model(af: AgencyFile, plan_id: int, year: int, period: str, today: dt.date | None = None) -> ReportModel:
    """The data of the plan's report for a period: task progress as of the cut-off, directives, figures, texts."""
    plan = af.repo.plans.get(plan_id)
    if plan is None:
        raise NotFound(f"Không tìm thấy kế hoạch số hiệu {plan_id} trong tệp.")
    p = form_ops.check_period(period, year)
    first, last = report_range(p, year)
    as_of = min(today or dt.date.today(), last)
    # The same rule as the Reports tab and the Tasks tab's period filter (domain.periods.task_in_period).
    every = af.repo.tasks.for_plan(plan_id)
    tasks = [t for t in every if task_in_period(t.due_date, Period.Y if p is Period.ADHOC else p, year)]
    by_unit = []
    for unit in [*af.repo.units.all(), None]:
        mine = [t for t in tasks if (unit.id in t.lead_unit_ids if unit else not t.lead_unit_ids)]
        if mine:
            by_unit.append(UnitProgress(unit, summarise((status_on(t, as_of) for t in mine), as_of)))
    figures, tables = [], []
    for form in af.repo.forms.all():
        if form.template.kind == "rows" and af.repo.forms.values(form.id, year, p, None):
            figures.append(FormFigures(form, form_ops.values_for(af, form.id, year, p),
                                       form_ops.check_form(af, form.id, year, p),
                                       form_ops.missing_units(af, form.id, year, p)))
        elif form.template.kind == "table":
            rows = form_ops.table_rows(af, form.id, year, p)
            if rows:
                tables.append(TableFigures(form, complete_table(form.template, rows),
                                           check_table(form.template, rows)))
    return ReportModel(
        plan=plan, agency=af.repo.agency.get(), year=year, period=p, title=period_title(p, year),
        cutoff=(first, last), as_of=as_of, tasks=tasks,
        progress=summarise((status_on(t, as_of) for t in tasks), as_of), by_unit=by_unit,
        directives=[d for d in af.repo.directives.between(first, last) if d.plan_id in (None, plan_id)],
        forms=figures, texts=af.repo.forms.report_texts(plan_id, year, p),
        by_area=_areas(af, plan, tasks, as_of), tables=tables, units={u.id: u for u in af.repo.units.all()},
        plan_counts=summarise((status_on(t, as_of) for t in every), as_of))


def _areas(af: AgencyFile, plan: Plan, tasks: list[Task], as_of: dt.date) -> list[AreaProgress]:
    """Counts per area: the top task group (I, II…) of a CCHC/digital plan, the component index of a
    DTI plan's criteria; tasks outside every area come last as "Nhiệm vụ khác"."""
    areas: list[tuple[str, str]] = []  # (code, title) in plan order
    top_of: dict[int, int] = {}  # task key → index in areas
    key_of: dict[int, int | None] = {}
    if plan.kind == "dti" and any(t.criterion_id for t in tasks):
        first = af.repo.frameworks.indicator(next(t.criterion_id for t in tasks if t.criterion_id))
        nodes = {i.id: i for i in af.repo.frameworks.indicators(first.framework_id)} if first else {}
        for ind in nodes.values():
            if ind.parent_id is None:
                top_of[ind.id] = len(areas)
                areas.append((ind.code, f"Chỉ số “{ind.name}”"))
        for t in tasks:
            node = nodes.get(t.criterion_id or 0)
            while node is not None and node.parent_id is not None:
                node = nodes.get(node.parent_id)
            key_of[t.id] = node.id if node else None
    else:
        groups = af.repo.plans.groups(plan.id)
        parent = {g.id: g.parent_id for g in groups}
        for g in groups:
            if g.parent_id is None:
                top_of[g.id] = len(areas)
                areas.append((g.code, g.title))
        for t in tasks:
            gid = t.group_id if t.group_id in parent else None
            while gid is not None and parent[gid] is not None:
                gid = parent[gid]
            key_of[t.id] = gid
    buckets: dict[int, list[Task]] = {}
    for t in tasks:
        key = key_of.get(t.id)
        buckets.setdefault(top_of[key] if key in top_of else -1, []).append(t)
    def progress(code: str, title: str, mine: list[Task]) -> AreaProgress:
        return AreaProgress(code, title, summarise((status_on(t, as_of) for t in mine), as_of),
                            tuple(t.id for t in mine))

    out = [progress(code, title, buckets[i]) for i, (code, title) in enumerate(areas) if i in buckets]
    if -1 in buckets:
        out.append(progress("", "Nhiệm vụ khác", buckets[-1]))
    return out


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def report_summary(m: ReportModel) -> dict:
    """The public shape of `dtidesk-cli report … --json`."""
    def names(ids: list[int]) -> list[str]:
        return [m.units[i].name for i in ids if i in m.units]

    return {
        "plan": {"id": m.plan.id, "kind": m.plan.kind, "title": m.plan.title},
        "year": m.year, "period": str(m.period), "title": report_title(m), "period_title": period_phrase(m),
        "cutoff": {"from": m.cutoff[0].isoformat(), "to": m.cutoff[1].isoformat()}, "as_of": m.as_of.isoformat(),
        "counts": dict(m.progress),
        "by_area": [{"code": a.code, "area": a.title, "counts": dict(a.counts)} for a in m.by_area],
        "by_unit": [{"unit": u.unit.name if u.unit else None, "counts": dict(u.counts)} for u in m.by_unit],
        "overdue": [{"task": t.content, "lead_units": names(t.lead_unit_ids), "due_date": _iso(t.due_date)}
                    for t in m.tasks if m.outcome(t) == "overdue"],
        "directives": [{"type": d.doc_type, "number": d.number_symbol, "issued_on": _iso(d.issued_on),
                        "summary": d.summary, "issuer": d.issuer} for d in m.directives],
        "forms": [{"code": f.form.code, "title": f.form.template.title,
                   "key_figures": [{"row": r.code, "label": r.label, "value": display(r, v),
                                    "text": figure_text(r, v)} for r, v in key_figures(f)],
                   "findings": [x.as_dict() for x in f.findings],
                   "missing_units": [u.name for u in f.missing_units]} for f in m.forms],
        "tables": [{"code": t.form.code, "title": t.form.template.title, "rows": len(t.rows),
                    "findings": [x.as_dict() for x in t.findings]} for t in m.tables],
        "texts": {k: m.texts.get(k, "") for k in report_blocks(m.plan.kind)},
        "conflicts": [c.as_dict() for c in report_conflicts(m)],
    }


def check_report(af: AgencyFile, plan_id: int, year: int, period: str,
                 today: dt.date | None = None) -> list[FigureConflict]:
    """User action “Kiểm tra số liệu báo cáo”: every figure the report would state in two places with two
    values (the statistics form against the file's directives, tasks and TTHC table), before it is exported."""
    return report_conflicts(report_model(af, plan_id, year, period, today))


def report_texts(af: AgencyFile, plan_id: int, year: int, period: str) -> dict[str, str]:
    """The officer's own paragraphs of a periodic report, by block key."""
    return af.repo.forms.report_texts(plan_id, year, str(period))


def set_report_text(af: AgencyFile, plan_id: int, year: int, period: str, block_key: str, body: str) -> Changes:
    """User action “Sửa đoạn văn của báo cáo”; an empty body removes the block."""
    if af.repo.plans.get(plan_id) is None:
        raise NotFound(f"Không tìm thấy kế hoạch số hiệu {plan_id} trong tệp.")
    p = form_ops.check_period(period, year)
    if not _BLOCK_KEY.fullmatch(block_key or ""):
        raise ValidationError(f"Tên đoạn văn “{block_key}” không hợp lệ (chữ thường không dấu, số, “_”).",
                              "Đoạn văn")
    with af.transaction():
        af.repo.forms.set_report_text(plan_id, year, p, block_key, (body or "").strip())
        af.repo.log.add("set_report_text", "report_texts", plan_id, f"{block_key} {p}/{year}")
    return Changes.of("report_texts")
