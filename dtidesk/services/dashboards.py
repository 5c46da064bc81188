"""Use case “Tổng quan”: score trends over the years across index versions, task progress by unit and by
criterion, form completion by unit — read only, in one go (issue 18)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict, deque
from dataclasses import replace

from ..domain.dashboards import (
    MISSING,
    NOT_DUE,
    SENT,
    Dashboard,
    FormCompletion,
    FormUnitRow,
    ProgressRow,
    ScoreTrends,
    TaskProgress,
    TrendLine,
    TrendPoint,
)
from ..domain.models import Assessment, Framework, Indicator, Task
from ..domain.periods import STANDARD_PERIODS, cutoff_range
from ..domain.scores import ScoreNode
from ..domain.status import OUTCOMES, outcome
from ..domain.text import fold
from ..errors import NotFound
from ..store import AgencyFile
from .forms import submitting_units
from .scoring import score_tree

NO_LEAD = "Chưa giao đơn vị chủ trì"
OTHER_TASKS = "Nhiệm vụ khác"
TOTAL = "Tổng điểm"


# -- score trends --------------------------------------------------------------------------------------
def index_codes(af: AgencyFile) -> list[tuple[str, str]]:
    """(code, name) of every index the file has an assessment of, the most recently assessed first."""
    fws = {f.id: f for f in af.repo.frameworks.all()}
    latest: dict[str, tuple[int, int, str]] = {}
    for a in af.repo.assessments.all():
        fw = fws.get(a.framework_id)
        if fw is not None:
            latest[fw.code] = max(latest.get(fw.code, (0, 0, "")), (a.year, fw.version_year, fw.name))
    return [(code, v[2]) for code, v in sorted(latest.items(), key=lambda kv: (-kv[1][0], -kv[1][1], kv[0]))]


def _top_groups(indicators: list[Indicator]) -> dict[int, int]:
    """Each indicator's component index (its top-level group), by id."""
    parent = {i.id: i.parent_id for i in indicators}
    out = {}
    for i in indicators:
        top = i.id
        while parent.get(top) is not None:
            top = parent[top]
        out[i.id] = top
    return out


def _successors(af: AgencyFile) -> dict[int, list[int]]:
    out: dict[int, list[int]] = defaultdict(list)
    for r in af.repo.indicator_links.all():
        out[r["from_id"]].append(r["to_id"])
    return out


def _match_groups(old: list[Indicator], new: list[Indicator], succ: dict[int, list[int]]) -> dict[int, int]:
    """Old component index id → the new version's component index that continues it.

    The confirmed links between criteria decide first: a new index continues the old one most of whose linked
    criteria went into it (each index continues at most one). Indices the links leave out continue one of the
    same name under another number, then one of the same number under another name."""
    old_top, new_top = _top_groups(old), _top_groups(new)
    new_ids = set(new_top)
    votes: dict[tuple[int, int], int] = defaultdict(int)
    for i in old:
        if i.kind != "criterion":
            continue
        seen, queue = {i.id}, deque([i.id])
        while queue:  # forwards through any versions between the two
            for nxt in succ.get(queue.popleft(), ()):
                if nxt in seen:
                    continue
                seen.add(nxt)
                if nxt in new_ids:
                    votes[(old_top[i.id], new_top[nxt])] += 1
                else:
                    queue.append(nxt)
    out: dict[int, int] = {}
    for (o, n), _count in sorted(votes.items(), key=lambda kv: -kv[1]):
        if o not in out and n not in out.values():
            out[o] = n
    olds = [g for g in old if g.parent_id is None and g.id not in out]
    news = [g for g in new if g.parent_id is None]
    for same in (lambda a, b: fold(a.name) == fold(b.name), lambda a, b: a.code == b.code):
        for g in olds:
            hit = next((n for n in news if n.id not in out.values() and same(g, n)), None)
            if g.id not in out and hit is not None:
                out[g.id] = hit.id
    return out


def _point(year: int, fw: Framework, node: ScoreNode) -> TrendPoint:
    score = node.appraised_score if node.appraised_score is not None else node.self_score
    return TrendPoint(year, fw.version_year, node.code, node.name, node.max_score, score,
                      node.appraised_score is not None)


def score_trends(af: AgencyFile, code: str | None = None, until: int | None = None) -> ScoreTrends | None:
    """Each component index and the total over the assessed years of the index `code` (the most recently
    assessed one when None), up to `until`; an index renamed or renumbered in a later version continues its
    line through the mapping between versions. None when the index has no assessment."""
    codes = index_codes(af)
    if code is None:
        if not codes:
            return None
        code = codes[0][0]
    fws = {f.id: f for f in af.repo.frameworks.all() if f.code == code}
    if not fws:
        raise NotFound(f"Không có bộ chỉ số mã “{code}” trong tệp.")
    by_year: dict[int, Assessment] = {}
    # A year assessed under two versions is read under the later one.
    for a in sorted((a for a in af.repo.assessments.all() if a.framework_id in fws),
                    key=lambda a: (fws[a.framework_id].version_year, a.id)):
        if until is None or a.year <= until:
            by_year[a.year] = a
    if not by_year:
        return None
    years = sorted(by_year)
    versions = sorted({by_year[y].framework_id for y in years}, key=lambda i: (fws[i].version_year, i))
    indicators = {v: af.repo.frameworks.indicators(v) for v in versions}
    # Each version's component indices on the line of the latest version's (or their own, if they ended).
    line_of: dict[int, int] = {}
    succ = _successors(af) if len(versions) > 1 else {}
    for newer, older in zip(reversed(versions), list(reversed(versions))[1:], strict=False):
        for g in indicators[newer]:
            if g.parent_id is None:
                line_of.setdefault(g.id, g.id)
        for o, n in _match_groups(indicators[older], indicators[newer], succ).items():
            line_of[o] = line_of[n]
    for g in indicators[versions[0]]:
        if g.parent_id is None:
            line_of.setdefault(g.id, g.id)
    points: dict[int, list[TrendPoint]] = defaultdict(list)
    totals = []
    for y in years:
        a = by_year[y]
        fw = fws[a.framework_id]
        tree = score_tree(af, fw, a)
        for node in tree.total.children:
            if node.kind == "group" and node.id in line_of:
                points[line_of[node.id]].append(_point(y, fw, node))
        totals.append(replace(_point(y, fw, tree.total), name=TOTAL))
    order = {g.id: (0, n) for n, g in enumerate(x for x in indicators[versions[-1]] if x.parent_id is None)}
    lines = []
    for key in sorted(points, key=lambda k: order.get(k, (1, -points[k][-1].year, points[k][-1].code))):
        pts = points[key]
        lines.append(TrendLine(str(key), pts[-1].code, pts[-1].name, tuple(pts)))
    lines.append(TrendLine("total", "", TOTAL, tuple(totals), total=True))
    latest = fws[versions[-1]]
    return ScoreTrends(code, latest.name, tuple(years), tuple(lines))


# -- task progress -------------------------------------------------------------------------------------
class _Outcomes(dict):
    """Each task's outcome (domain.status.outcome), judged once: a task is counted under its unit, its
    criterion, its index and the whole plan, and 2,000 tasks judged four times were most of the tab's time."""

    def __init__(self, tasks: list[Task], as_of: dt.date):
        super().__init__((t.id, outcome(t.status, t.due_date, t.completed_on, as_of)) for t in tasks)

    def row(self, label: str, tasks: list[Task], code: str = "", parent: str = "") -> ProgressRow:
        counts = dict.fromkeys(OUTCOMES, 0)
        for t in tasks:
            counts[self[t.id]] += 1
        counts["planned"] = len(tasks)
        return ProgressRow(label, counts, code, parent)


def task_progress(af: AgencyFile, plan_id: int, today: dt.date | None = None) -> TaskProgress:
    """The plan's tasks as of today by outcome: per lead unit, per criterion and per component index (a DTI
    plan's), or per top task group (another plan's)."""
    plan = af.repo.plans.get(plan_id)
    if plan is None:
        raise NotFound(f"Không tìm thấy kế hoạch số hiệu {plan_id} trong tệp.")
    as_of = today or dt.date.today()
    tasks = af.repo.tasks.for_plan(plan_id)
    judged = _Outcomes(tasks, as_of)
    by_lead: dict[int | None, list[Task]] = defaultdict(list)
    for t in tasks:
        for uid in t.lead_unit_ids or [None]:
            by_lead[uid].append(t)
    units = af.repo.units.all()
    by_unit = [judged.row(u.name, by_lead[u.id]) for u in units if by_lead.get(u.id)]
    if by_lead.get(None):
        by_unit.append(judged.row(NO_LEAD, by_lead[None]))
    by_index: list[ProgressRow] = []
    by_criterion: list[ProgressRow] = []
    if any(t.criterion_id for t in tasks):
        nodes: dict[int, Indicator] = {}
        for cid in {t.criterion_id for t in tasks if t.criterion_id}:
            if cid not in nodes:
                ind = af.repo.frameworks.indicator(cid)
                if ind is not None:
                    nodes.update({i.id: i for i in af.repo.frameworks.indicators(ind.framework_id)})
        top = _top_groups(list(nodes.values()))
        by_crit: dict[int, list[Task]] = defaultdict(list)
        by_top: dict[int | None, list[Task]] = defaultdict(list)
        for t in tasks:
            cid = t.criterion_id if t.criterion_id in nodes else None
            if cid is not None:
                by_crit[cid].append(t)
            by_top[top.get(cid) if cid is not None else None].append(t)
        ordered = sorted(nodes.values(), key=lambda i: (i.framework_id, i.position, i.id))
        by_criterion = [judged.row(f"{i.code}. {i.name}", by_crit[i.id], i.code, nodes[top[i.id]].code)
                        for i in ordered if i.id in by_crit]
        by_index = [judged.row(f"{i.code}. {i.name}", by_top[i.id], i.code) for i in ordered if i.id in by_top]
    else:
        groups = af.repo.plans.groups(plan_id)
        top = {g.id: g.id for g in groups}
        parent = {g.id: g.parent_id for g in groups}
        for g in groups:
            gid = g.id
            while parent.get(gid) is not None:
                gid = parent[gid]
            top[g.id] = gid
        by_top = defaultdict(list)
        for t in tasks:
            by_top[top.get(t.group_id) if t.group_id else None].append(t)
        by_index = [judged.row(f"{g.code}. {g.title}" if g.code else g.title, by_top[g.id], g.code)
                    for g in groups if g.parent_id is None and g.id in by_top]
    if by_index and by_top.get(None):
        by_index.append(judged.row(OTHER_TASKS, by_top[None]))
    return TaskProgress(plan_id, plan.title, plan.year, as_of, judged.row("", tasks).counts, tuple(by_unit),
                        tuple(by_index), tuple(by_criterion))


# -- form completion -----------------------------------------------------------------------------------
def form_completion(af: AgencyFile, year: int, today: dt.date | None = None) -> tuple[FormCompletion, ...]:
    """For each form the file collects from its units, whether each unit sent it for each period of the year:
    sent, not sent (the period's data cut-off is past) or not due yet. Forms no unit ever sent are left out."""
    as_of = today or dt.date.today()
    units = submitting_units(af)
    out = []
    for form in af.repo.forms.all():
        subs = [af.repo.forms.submissions(form.id, year, p) for p in STANDARD_PERIODS]
        if not any(subs) and not af.repo.forms.periods(form.id):
            continue
        due = [cutoff_range(p, year)[1] < as_of for p in STANDARD_PERIODS]
        rows = []
        for u in units:
            states = tuple(SENT if u.id in s else MISSING if d else NOT_DUE for s, d in zip(subs, due, strict=True))
            sent_on = tuple(_day(s[u.id].submitted_at) if u.id in s else None for s in subs)
            rows.append(FormUnitRow(u.name, states, sent_on))
        out.append(FormCompletion(form.id, form.code, form.template.title, year, STANDARD_PERIODS, tuple(rows)))
    return tuple(out)


def _day(stamp: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(stamp[:10])
    except ValueError:
        return None


def dashboard(af: AgencyFile, plan_id: int | None, code: str | None = None,
              today: dt.date | None = None) -> Dashboard:
    """Everything the Overview tab shows: the trends of index `code` (the latest assessed when None), the
    progress of the plan, and the forms of the plan's year (this year's without a plan)."""
    today = today or dt.date.today()
    codes = index_codes(af)
    if code is not None and code not in {c for c, _ in codes}:
        code = None
    plan = af.repo.plans.get(plan_id) if plan_id is not None else None
    if plan_id is not None and plan is None:
        raise NotFound(f"Không tìm thấy kế hoạch số hiệu {plan_id} trong tệp.")
    return Dashboard(tuple(codes), score_trends(af, code) if codes else None,
                     task_progress(af, plan.id, today) if plan else None,
                     form_completion(af, plan.year if plan else today.year, today))


def dashboard_json(d: Dashboard) -> dict:
    """The public shape of `dtidesk-cli dashboard --json`."""

    def num(v) -> float | int | None:
        return None if v is None else int(v) if v == v.to_integral_value() else float(v)

    def rows(items) -> list[dict]:
        return [{"label": r.label, "code": r.code or None, "index": r.parent or None, "counts": dict(r.counts)}
                for r in items]

    t, p = d.trends, d.progress
    return {
        "indices": [{"code": c, "name": n} for c, n in d.codes],
        "trends": None if t is None else {
            "code": t.code, "name": t.name, "years": list(t.years),
            "lines": [{"label": x.label, "total": x.total, "former": list(x.former),
                       "points": [{"year": q.year, "version": q.version, "code": q.code, "max_score": num(q.max_score),
                                   "score": num(q.score), "appraised": q.appraised, "percent": num(q.percent)}
                                  for q in x.points]} for x in t.lines]},
        "progress": None if p is None else {
            "plan_id": p.plan_id, "plan": p.plan_title, "as_of": p.as_of.isoformat(), "counts": dict(p.overall),
            "by_unit": rows(p.by_unit), "by_index": rows(p.by_index), "by_criterion": rows(p.by_criterion)},
        "forms": [{"code": f.code, "title": f.title, "year": f.year, "periods": [str(x) for x in f.periods],
                   "units": [{"unit": r.unit, "states": list(r.states),
                              "sent_on": [s.isoformat() if s else None for s in r.sent_on]} for r in f.rows]}
                  for f in d.forms],
    }
