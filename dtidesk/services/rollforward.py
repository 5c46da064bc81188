"""“Tạo kế hoạch năm sau”: next year's plan from this year's plan and the latest assessment."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace

from ..domain.models import Assessment, Framework, Plan, PlanSection, Project, Target, Task
from ..domain.progress import Progress, no_progress
from ..domain.rollforward import NewScore, ScorePhrase, refresh_text
from ..domain.scores import ScoreNode, ScoreTree
from ..domain.status import TaskStatus
from ..domain.text import fold
from ..domain.timeline import parse_timeline, roll_timeline
from ..domain.vnformat import fmt_score
from ..errors import NotFound, ValidationError
from ..store import AgencyFile
from .changes import Changes
from .document_style import number_style
from .framework_map import counterparts
from .points_at_stake import stake_of
from .rollforward_result import FlaggedCriterion, RolledTask, RollForwardResult
from .scoring import score_tree

CHANGED_TABLES = ("plans", "task_groups", "tasks", "task_units", "targets", "projects")


@dataclass
class _Draft:
    """Everything the new plan will hold, computed without writing."""

    result: RollForwardResult
    plan: dict
    groups: list = field(default_factory=list)  # TaskGroup of the source plan, new title
    targets: list[Target] = field(default_factory=list)
    projects: list[Project] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)


def _plan_framework(af: AgencyFile, plan: Plan, tasks: list[Task]) -> Framework | None:
    """The framework the plan's criteria belong to: its assessment's, or that of most of its tasks."""
    if plan.assessment_id:
        a = af.repo.assessments.get(plan.assessment_id)
        if a is not None:
            return af.repo.frameworks.get(a.framework_id)
    fws = Counter()
    for t in tasks:
        ind = af.repo.frameworks.indicator(t.criterion_id) if t.criterion_id else None
        if ind is not None:
            fws[ind.framework_id] += 1
    return af.repo.frameworks.get(fws.most_common(1)[0][0]) if fws else None


def _latest(af: AgencyFile, fw: Framework | None, before: int) -> Assessment | None:
    found = [a for a in af.repo.assessments.all() if fw and a.framework_id == fw.id and a.year < before]
    return max(found, key=lambda a: a.year, default=None)


def _version_for(af: AgencyFile, fw: Framework | None, year: int, warnings: list[str]) -> Framework | None:
    """The version of the plan's index in force for `year`: the newest one issued by then, provided the
    plan's criteria can be followed into it through stored links; otherwise the plan's own, with a warning."""
    if fw is None:
        return None
    newer = [f for f in af.repo.frameworks.all() if f.code == fw.code and fw.version_year < f.version_year <= year]
    if not newer:
        return fw
    latest = max(newer, key=lambda f: f.version_year)
    old_criteria = [i for i in af.repo.frameworks.indicators(fw.id) if i.kind == "criterion"]
    if any(counterparts(af, i.id, latest.id) for i in old_criteria):
        warnings.append(f"Năm {year} áp dụng bộ chỉ số {latest.code}/{latest.version_year}: tiêu chí của nhiệm vụ "
                        f"được chuyển theo ánh xạ từ phiên bản {fw.version_year}.")
        return latest
    warnings.append(f"Đã có bộ chỉ số {latest.code}/{latest.version_year} nhưng chưa có ánh xạ tiêu chí từ phiên "
                    f"bản {fw.version_year}: kế hoạch mới vẫn dùng phiên bản {fw.version_year}. Lập ánh xạ rồi "
                    "tạo lại nếu cần.")
    return fw


class _Scores:
    """Finds the node a "năm N đạt x/y điểm" phrase speaks of, and its figures in the new assessment."""

    def __init__(self, af: AgencyFile, old_fw: Framework | None, new_fw: Framework | None,
                 new_a: Assessment | None):
        self.af, self.old_fw, self.new_fw = af, old_fw, new_fw
        self.new_a = new_a
        self.new_tree = score_tree(af, new_fw, new_a) if new_fw and new_a else None
        self.trees: dict[int, ScoreTree | None] = {}
        self.refreshed = 0

    def _old_tree(self, year: int) -> ScoreTree | None:
        if year not in self.trees:
            a = self.af.repo.assessments.find(self.old_fw.id, year) if self.old_fw else None
            self.trees[year] = score_tree(self.af, self.old_fw, a) if a else None
        return self.trees[year]

    def _new_node(self, old: ScoreNode) -> ScoreNode | None:
        assert self.new_tree is not None and self.new_fw is not None
        if old.kind == "total":
            return self.new_tree.total
        ids = [i.id for i in counterparts(self.af, old.id, self.new_fw.id)]
        nodes = [n for n in self.new_tree.nodes if n.id in ids]
        return nodes[0] if len(nodes) == 1 else None

    def rescorer(self, group_code: str | None = None):
        def rescore(p: ScorePhrase) -> NewScore | None:
            tree = self._old_tree(p.year)
            if tree is None or self.new_tree is None or self.new_a is None:
                return None
            nodes = [*tree.nodes, tree.total]
            hits = [n for n in nodes if n.max_score == p.max_score and n.appraised_score == p.got]
            if group_code is not None:  # the lead-in paragraph of one index speaks of that index
                hits = [n for n in hits if n.code == group_code] or hits
            if len(hits) != 1:
                return None
            new = self._new_node(hits[0])
            if new is None or new.appraised_score is None or new.max_score is None:
                return None
            self.refreshed += 1
            return NewScore(self.new_a.year, new.appraised_score, new.max_score)

        return rescore


def _compute(af: AgencyFile, plan_id: int, drop_finished: bool, framework_id: int | None) -> _Draft:
    plan = af.repo.plans.get(plan_id)
    if plan is None:
        raise NotFound(f"Không tìm thấy kế hoạch số hiệu {plan_id} trong tệp.")
    year = plan.year + 1
    if year > 2100:
        raise ValidationError(f"Năm kế hoạch {year} không hợp lệ.", "Năm")
    source_tasks = af.repo.tasks.for_plan(plan_id)
    old_fw = _plan_framework(af, plan, source_tasks)
    warnings: list[str] = []
    if framework_id is not None:
        new_fw = af.repo.frameworks.get(framework_id)
        if new_fw is None:
            raise NotFound(f"Không tìm thấy bộ chỉ số số hiệu {framework_id} trong tệp.")
    else:
        new_fw = _version_for(af, old_fw, year, warnings)
    old_a = af.repo.assessments.get(plan.assessment_id) if plan.assessment_id else None
    new_a = _latest(af, new_fw, year)
    flag_a, flag_fw = new_a, new_fw
    if new_a is None and new_fw is not None:
        flag_a, flag_fw = _latest(af, old_fw, year), old_fw
        warnings.append(f"Bộ chỉ số {new_fw.code}/{new_fw.version_year} chưa có kết quả đánh giá: "
                        "kế hoạch mới ghi điểm tối đa thay cho điểm đạt được.")
    years = {plan.year: year}
    if old_a and new_a and new_a.year != old_a.year:
        years.setdefault(old_a.year, new_a.year)
    scores = _Scores(af, old_fw, new_fw, new_a)
    style = number_style(af)

    def text(value: str, group_code: str | None = None, where: str = "") -> str:
        new, kept = refresh_text(value, years, scores.rescorer(group_code), style)
        for p in kept:
            warnings.append(f"{where}: “{p.text}” không đối chiếu được với kết quả đánh giá mới, giữ nguyên.")
        return new

    title = text(plan.title, where="Tiêu đề")
    if title == plan.title:
        warnings.append("Tiêu đề kế hoạch không ghi “năm …”: xem lại tiêu đề kế hoạch mới.")
    for other in af.repo.plans.all():
        if other.kind == plan.kind and other.year == year and fold(other.title) == fold(title):
            raise ValidationError(f"Đã có kế hoạch “{title}” năm {year} (số hiệu {other.id}). "
                                  "Xóa hoặc đổi tên kế hoạch đó trước khi tạo lại.", "Kế hoạch")
    for i, basis in enumerate(plan.legal_bases, start=1):
        if "ket qua" in fold(basis):
            warnings.append(f"Căn cứ thứ {i} dẫn văn bản về kết quả đánh giá: cập nhật số, ngày văn bản "
                            f"công bố kết quả năm {new_a.year if new_a else year - 1}.")
    sections = [PlanSection(text(s.heading, where=f"Mục “{s.heading}”"),
                            text(s.body, where=f"Mục “{s.heading}”"), s.generated) for s in plan.sections]
    intros = {code: text(body, code, f"Lời dẫn chỉ số {code}") for code, body in plan.indicator_intros.items()}
    result = RollForwardResult(
        source_plan_id=plan.id, source_year=plan.year, year=year, kind=plan.kind, title=title,
        framework=f"{new_fw.code}/{new_fw.version_year}" if new_fw else "",
        assessment_year=new_a.year if new_a else None)
    draft = _Draft(result, dict(
        kind=plan.kind, year=year, title=title, number=None, symbol=plan.symbol, issued_day=None,
        issued_month=None, issued_year=None, legal_bases=list(plan.legal_bases),
        preamble=text(plan.preamble, where="Phần mở đầu"), sections=sections, indicator_intros=intros,
        recipients=list(plan.recipients), signing_authority=plan.signing_authority,
        signer_title=plan.signer_title, signer_name=plan.signer_name,
        assessment_id=new_a.id if new_a else None, reporting=dict(plan.reporting),
        sample_note=plan.sample_note))
    draft.groups = [replace(g, title=text(g.title, where=f"Nhóm “{g.title}”"))
                    for g in af.repo.plans.groups(plan.id)]
    draft.targets = [replace(t, content=text(t.content, where="Chỉ tiêu"))
                     for t in af.repo.targets.for_plan(plan.id)]
    for p in af.repo.projects.for_plan(plan.id):
        # A project's timeframe is absolute ("2021-2025"): one still running is carried over as it is,
        # budget included (the project's own figures); one that ended by the old plan's year is not.
        tl = parse_timeline(p.timeframe, plan.year)
        if tl.kind == "dated" and tl.due_date is not None and tl.due_date.year < year:
            result.projects_dropped.append(f"{p.name} ({p.timeframe})")
            continue
        draft.projects.append(p)
    result.groups, result.targets, result.projects = len(draft.groups), len(draft.targets), len(draft.projects)
    _tasks(af, draft, source_tasks, old_fw, new_fw, drop_finished, text)
    _flag(af, draft, flag_fw, flag_a, new_fw)
    result.phrases_refreshed = scores.refreshed
    result.warnings = warnings + result.warnings
    return draft


def _tasks(af: AgencyFile, draft: _Draft, source: list[Task], old_fw: Framework | None,
           new_fw: Framework | None, drop_finished: bool, text) -> None:
    result = draft.result
    codes = {}
    for fw in {f.id: f for f in (old_fw, new_fw) if f}.values():
        codes.update({i.id: i.code for i in af.repo.frameworks.indicators(fw.id)})
    units = {u.id: u for u in af.repo.units.all()}
    idle: set[str] = set()
    for t in source:
        rolled = roll_timeline(t.timeline, result.source_year, due_date=t.due_date)
        kind = parse_timeline(t.timeline, result.source_year).kind
        content = text(t.content, where=f"Nhiệm vụ {t.code or t.position}")
        row = RolledTask(t.id, t.code, t.content, t.status, t.timeline, rolled.new, rolled.due_date, True,
                         old_criterion=codes.get(t.criterion_id or 0, ""), content_changed=content != t.content,
                         warning=rolled.warning)
        result.tasks.append(row)
        if drop_finished and t.status == TaskStatus.DONE and kind != "recurring":
            row.kept, row.reason = False, "Nhiệm vụ một lần đã hoàn thành"
            continue
        criterion_id = t.criterion_id
        if criterion_id and new_fw and old_fw and new_fw.id != old_fw.id:
            found = counterparts(af, criterion_id, new_fw.id)
            criterion_id = found[0].id if found else None
            if not found:
                result.unmapped.append(row.old_criterion)
                row.warning = row.warning or (f"Tiêu chí {row.old_criterion} không có tiêu chí tương ứng trong "
                                              f"bộ chỉ số mới: nhiệm vụ chưa gắn tiêu chí.")
            elif len(found) > 1:
                row.warning = row.warning or (f"Tiêu chí {row.old_criterion} được tách thành "
                                              f"{', '.join(i.code for i in found)}: gắn vào {found[0].code}.")
            codes.update({i.id: i.code for i in found})
        row.new_criterion = codes.get(criterion_id or 0, "")
        for uid in t.lead_unit_ids + t.coop_unit_ids:
            if uid in units and not units[uid].active:
                idle.add(units[uid].name)
        draft.tasks.append(replace(
            t, id=0, plan_id=0, content=content, criterion_id=criterion_id, timeline=rolled.new,
            due_date=rolled.due_date, status=TaskStatus.NOT_STARTED.value, completed_on=None, result="",
            progress={}, lead_unit_ids=list(t.lead_unit_ids), coop_unit_ids=list(t.coop_unit_ids),
            directive_ids=[]))  # next year's plan answers next year's directives
    result.unmapped = sorted(set(result.unmapped))
    result.warnings += [f"Đơn vị “{name}” đã ngừng hoạt động nhưng vẫn được giao nhiệm vụ." for name in sorted(idle)]
    result.warnings += [f"Nhiệm vụ {t.code or t.source_id}: {t.warning}" for t in result.tasks if t.warning]


def _flag(af: AgencyFile, draft: _Draft, fw: Framework | None, a: Assessment | None,
          new_fw: Framework | None) -> None:
    if fw is None or a is None:
        return
    counts = Counter(t.criterion_id for t in draft.tasks if t.criterion_id)
    # The criteria the appraisal took points from, most points first: the same ranking as “Điểm có thể giành lại”.
    for n in stake_of(af, fw, a, with_tasks=False).lost_in_appraisal():
        found = counterparts(af, n.indicator_id, new_fw.id) if new_fw else []
        new = found[0] if found else None
        flag = FlaggedCriterion(n.code, n.name, n.max_score, n.self_score, n.appraised_score, n.lost,
                                new.code if new else "", sum(counts[i.id] for i in found))
        draft.result.flagged.append(flag)
        if not flag.task_count:
            draft.result.warnings.append(
                f"Tiêu chí {n.code} bị trừ {fmt_score(n.lost)} điểm năm {a.year} nhưng kế hoạch mới "
                "chưa có nhiệm vụ nào cho tiêu chí này.")


def preview_roll_forward(af: AgencyFile, plan_id: int, drop_finished: bool = False,
                         framework_id: int | None = None) -> RollForwardResult:
    """What roll_forward would create, without writing anything."""
    return _compute(af, plan_id, drop_finished, framework_id).result


def roll_forward(af: AgencyFile, plan_id: int, drop_finished: bool = False,
                 framework_id: int | None = None, progress: Progress = no_progress
                 ) -> tuple[RollForwardResult, Changes]:
    """User action “Tạo kế hoạch năm sau”, in one transaction."""
    progress(0, 0, "Đang lập kế hoạch năm sau…")
    draft = _compute(af, plan_id, drop_finished, framework_id)
    r = af.repo
    with af.transaction():
        new_id = r.plans.insert(**draft.plan)
        group_ids: dict[int, int] = {}
        pending = list(draft.groups)
        while pending:  # parents first, whatever their positions say
            ready = [g for g in pending if g.parent_id is None or g.parent_id in group_ids
                     or g.parent_id not in {x.id for x in draft.groups}]
            for g in ready:
                group_ids[g.id] = r.plans.insert_group(new_id, group_ids.get(g.parent_id or 0), g.code, g.title,
                                                       g.position)
            pending = [g for g in pending if g.id not in group_ids]
        target_ids = {t.id: r.targets.insert(replace(t, id=0, plan_id=new_id, group_id=group_ids.get(t.group_id or 0)))
                      for t in draft.targets}
        for p in draft.projects:
            r.projects.insert(replace(p, id=0, plan_id=new_id))
        for pos, t in enumerate(draft.tasks, start=1):
            progress(pos - 1, len(draft.tasks), "Đang ghi các nhiệm vụ…")  # Cancelled rolls back
            r.tasks.insert(replace(t, plan_id=new_id, position=pos, group_id=group_ids.get(t.group_id or 0),
                                   target_id=target_ids.get(t.target_id or 0)))
        r.log.add("roll_forward", "plans", new_id,
                  f"từ kế hoạch {plan_id} ({draft.result.source_year}): {len(draft.tasks)} nhiệm vụ")
    draft.result.plan_id = new_id
    return draft.result, Changes.of(*CHANGED_TABLES, summary=f"Kế hoạch năm {draft.result.year}")


def delete_plan(af: AgencyFile, plan_id: int) -> Changes:
    """Remove a whole plan with its groups, tasks, targets and projects (undo of “Tạo kế hoạch năm sau”)."""
    plan = af.repo.plans.get(plan_id)
    if plan is None:
        raise NotFound(f"Không tìm thấy kế hoạch số hiệu {plan_id} trong tệp.")
    with af.transaction():
        af.repo.plans.delete(plan_id)
        af.repo.log.add("delete_plan", "plans", plan_id, plan.title[:80])
    return Changes.of(*CHANGED_TABLES)
