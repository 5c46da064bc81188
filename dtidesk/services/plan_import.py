"""User action “Nhập kế hoạch từ văn bản”: a preview of what a document was read as, then one commit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from ..domain.agency_match import FileAgency, other_agency_warnings
from ..domain.models import Project, Target, Task
from ..domain.progress import Progress, no_progress
from ..domain.timeline import parse_timeline
from ..domain.units import NameIndex, spellings
from ..domain.vnformat import fmt_number
from ..errors import ValidationError
from ..importers.list_values import parse_threshold
from ..importers.plan_model import Issue, ParsedCriterion, ParsedGroup, ParsedPlan, ParsedTask
from ..importers.plan_text import PASTED, parse_plan_file, parse_plan_text
from ..store import AgencyFile
from .changes import Changes
from .plan_import_match import (
    FrameworkMatch,
    UnitMatch,
    match_framework,
    match_units,
    plan_unit_names,
    score_warnings,
)
from .plan_import_undo import CHANGED, PlanImportRecord, undo_plan_import
from .units import find_unit, remember_spellings

# The parsed tree's types are named here too: the window shows a preview without reaching into importers.
__all__ = ["CHANGED", "GroupScore", "ImportPreview", "ParsedCriterion", "ParsedGroup", "ParsedTask",
           "PlanImportRecord", "apply_plan_import", "commit_plan_import", "group_score", "preview_plan_import",
           "summary_text", "undo_plan_import"]


@dataclass
class ImportPreview:
    """What will be written: the parsed tree, the framework it goes into, units found and to create."""

    plan: ParsedPlan
    framework: FrameworkMatch
    assessment_year: int | None
    units: dict[str, UnitMatch]
    warnings: list[Issue] = field(default_factory=list)

    @property
    def unrecognised(self) -> list[Issue]:
        return self.plan.unrecognised

    @property
    def new_units(self) -> list[str]:
        """The names proposed for creation, one per unit however many spellings the document uses."""
        return list(dict.fromkeys(m.name for m in self.units.values() if m.new))

    @property
    def framework_label(self) -> str:
        fw = self.framework.framework
        if fw is not None:
            return f"{fw.name} ({fw.code}, {fw.version_year})"
        return new_framework_name(self.plan) if self.plan.criteria() else ""

    def as_dict(self) -> dict:
        """The public JSON shape of `dtidesk-cli import-plan --json`."""
        def num(v: Decimal | None) -> float | int | None:
            return None if v is None else int(v) if v == v.to_integral_value() else float(v)

        def task(t: ParsedTask) -> dict:
            return {"line": t.line, "code": t.code, "content": t.content, "objective": t.objective,
                    "output": t.output, "lead_units": [self.units[n].name for n in t.lead_units],
                    "coop_units": [self.units[n].name for n in t.coop_units], "units_note": t.units_note,
                    "lead_label": t.lead_label, "lead_written": t.lead_written, "coop_label": t.coop_label,
                    "coop_written": t.coop_written,
                    "timeline": t.timeline}

        def crit(c: ParsedCriterion) -> dict:
            return {"line": c.line, "code": c.code, "name": c.name, "max_score": num(c.max_score),
                    "appraised_score": num(c.appraised_score), "self_score": num(c.self_score),
                    "deduction": num(c.max_score - c.appraised_score) if c.max_score is not None
                    and c.appraised_score is not None else None, "note": c.note,
                    "tasks": [task(t) for t in c.tasks]}

        def group(g: ParsedGroup) -> dict:
            crits = [c for x in g.walk() for c in x.criteria]
            scores = [c.appraised_score for c in crits]
            return {"line": g.line, "code": g.code, "name": g.name, "kind": "index" if g.scored else "area",
                    "stated": {"criteria": g.stated_count, "score": num(g.stated_score),
                               "max_score": num(g.stated_max), "deduction": num(g.stated_deduction)},
                    "score": num(sum(scores, Decimal(0))) if crits and None not in scores else None,  # type: ignore[arg-type]
                    "rank": g.rank, "rank_of": g.rank_of, "intro": g.intro,
                    "criteria": [crit(c) for c in g.criteria], "tasks": [task(t) for t in g.tasks],
                    "targets": [t.content for t in g.targets], "children": [group(c) for c in g.children]}

        p = self.plan
        fw = self.framework.framework
        return {
            "source": p.source_name, "title": p.title, "year": p.year, "kind": p.kind,
            "assessment_year": self.assessment_year,
            "framework": {"code": fw.code if fw else None, "name": self.framework_label,
                          "new": fw is None and bool(p.criteria())} if p.criteria() else None,
            "counts": {"groups": len(p.all_groups()), "criteria": len(p.criteria()), "tasks": len(p.tasks()),
                       "projects": len(p.projects)},
            "groups": [group(g) for g in p.groups],
            "projects": [{"line": x.line, "name": x.name, "scale": x.scale, "timeframe": x.timeframe,
                          "lead_units": [self.units[n].name for n in x.lead_units],
                          "budget_total": num(x.budget_total), "budget_state": num(x.budget_state),
                          "budget_social": num(x.budget_social), "note": x.note} for x in p.projects],
            "new_units": self.new_units,
            "unit_matches": [{"printed": m.printed, "unit": m.name or None, "unit_id": m.unit_id, "new": m.new,
                              "sentence": m.sentence} for m in self.units.values()],
            "warnings": [{"line": w.line, "message": w.message} for w in self.warnings],
            "unrecognised": [{"line": u.line, "text": u.message} for u in self.unrecognised],
        }


def new_framework_name(plan: ParsedPlan) -> str:
    title = plan.title or plan.source_name
    return f"Bộ chỉ số theo Kế hoạch “{title}”"


def _parse(af: AgencyFile, source: Path | str | ParsedPlan, pasted: bool) -> ParsedPlan:
    if isinstance(source, ParsedPlan):
        return source
    known = [n for u in af.repo.units.all() for n in spellings(u)]
    if pasted:
        return parse_plan_text(str(source), known, PASTED)
    return parse_plan_file(source, known)


def preview_plan_import(af: AgencyFile, source: Path | str | ParsedPlan, *, pasted: bool = False,
                        progress: Progress = no_progress) -> ImportPreview:
    """Read a plan (.docx, .txt, or pasted text when `pasted`) and match it to the file; writes nothing."""
    progress(0, 2, "Đang đọc văn bản…")
    plan = _parse(af, source, pasted)
    progress(1, 2, "Đang đối chiếu với tệp dữ liệu…")
    match = match_framework(af, plan)
    plan = match.plan or plan
    year = plan.assessment_year or ((plan.year - 1) if plan.year and plan.criteria() else None)
    warnings = list(plan.warnings)
    if plan.criteria():
        if match.framework is None:
            warnings += [Issue(None, r) for r in match.reasons]
            warnings.append(Issue(None, f"Không có bộ chỉ số nào trong tệp khớp với các tiêu chí của văn bản: "
                                        f"sẽ tạo bộ chỉ số mới “{new_framework_name(plan)}”."))
        if year is None:
            warnings.append(Issue(None, "Văn bản không ghi năm của kết quả đánh giá: điểm sẽ không được nhập."))
        warnings += score_warnings(af, plan, match, year)
    ag = af.repo.agency.get()
    mine = FileAgency(ag.agency, ag.agency_name, ag.short_code, ag.place, ag.parent_agency)
    warnings += [Issue(None, w) for w in other_agency_warnings(mine, plan.header_lines, plan.title, plan.preamble,
                                                                plan.symbol, plan.place)]
    units = match_units(af.repo.units.all(), plan_unit_names(plan))
    warnings.sort(key=lambda w: w.line or 0)
    return ImportPreview(plan, match, year, units, warnings)


def _framework(af: AgencyFile, preview: ImportPreview) -> tuple[int, dict[str, int], bool]:
    """The matched framework, or a new one built from the document's tree."""
    if preview.framework.framework is not None:
        return preview.framework.framework.id, dict(preview.framework.indicator_ids), False
    plan = preview.plan
    version = preview.assessment_year or plan.year or 0
    base = "VB-" + (plan.symbol.replace("KH-", "") or "KH") + f"-{version}"
    code, n = base, 1
    while af.repo.frameworks.find(code, version) is not None:
        n += 1
        code = f"{base}-{n}"
    fid = af.repo.frameworks.insert(code, version, new_framework_name(plan), "DTI",
                                    note=f"Tạo khi nhập văn bản “{plan.source_name}”.")
    ids: dict[str, int] = {}
    position = 0

    def add(g: ParsedGroup, parent: int | None) -> None:
        nonlocal position
        position += 1
        ids[g.code] = af.repo.frameworks.insert_indicator(fid, parent, g.code, g.name, "group", None, position)
        for c in g.criteria:
            position += 1
            ids[c.code] = af.repo.frameworks.insert_indicator(fid, ids[g.code], c.code, c.name, "criterion",
                                                              c.max_score, position, evidence_hint="")
        for child in g.children:
            if child.scored:
                add(child, ids[g.code])

    for g in plan.groups:
        if g.scored:
            add(g, None)
    return fid, ids, True


def _score_ok(value: Decimal | None, mx: Decimal | None) -> bool:
    return value is not None and mx is not None and 0 <= value <= mx


def _scores(af: AgencyFile, preview: ImportPreview, fid: int, ids: dict[str, int],
            record: PlanImportRecord) -> int | None:
    year = preview.assessment_year
    if year is None:
        return None
    a = af.repo.assessments.find(fid, year)
    aid = a.id if a else af.repo.assessments.insert(fid, year)
    record.assessment_id, record.assessment_created = aid, a is None
    current = af.repo.assessments.scores(aid)
    ranks_before = af.repo.assessments.group_ranks(aid)
    for c in preview.plan.criteria():
        iid = ids.get(c.code)
        if iid is None:
            continue
        old = current.get(iid)
        appraised = c.appraised_score if _score_ok(c.appraised_score, c.max_score) else None
        self_score = c.self_score if _score_ok(c.self_score, c.max_score) else None
        if self_score is None:  # no footnote: the plan prints one only where the two differ
            self_score = old.self_score if old and old.self_score is not None else appraised
        if appraised is None and self_score is None:
            continue
        note = c.note or (old.note if old else "")
        record.old_scores.setdefault(iid, old)
        af.repo.assessments.set_score(aid, iid, self_score, appraised if appraised is not None else
                                      (old.appraised_score if old else None), note)
    ranked = [g for g in preview.plan.all_groups() if g.scored and g.rank and g.code in ids]
    for g in ranked:
        record.old_ranks.setdefault(ids[g.code], ranks_before.get(ids[g.code]))
        af.repo.assessments.set_group_rank(aid, ids[g.code], g.rank, g.rank_of)
    # "đứng thứ 3/18 cơ quan" under every index: 18 agencies were ranked that year.
    of = {g.rank_of for g in ranked}
    a = af.repo.assessments.get(aid)
    if a is not None and a.rank_of is None and len(of) == 1 and None not in of:
        af.repo.assessments.update(aid, rank_of=of.pop())
        record.rank_of_set = True
    return aid


def commit_plan_import(af: AgencyFile, preview: ImportPreview,
                       create_units: Iterable[str] | None = None) -> tuple[int, Changes]:
    """Write the previewed plan in one transaction. `create_units`: the proposed new unit names to create
    (None: all of them); a name left out is kept in the task's unit note so nothing printed is lost."""
    record, changes = apply_plan_import(af, preview, create_units)
    return record.plan_id, changes


def apply_plan_import(af: AgencyFile, preview: ImportPreview, create_units: Iterable[str] | None = None,
                      progress: Progress = no_progress) -> tuple[PlanImportRecord, Changes]:
    """commit_plan_import, also returning what undo_plan_import needs (the window's undo step). Applied
    again after an undo (redo), it writes the same rows under the same ids: SQLite hands out max(id) + 1."""
    # Matching again inside the commit: the file may have changed since the preview was shown.
    fresh = preview_plan_import(af, preview.plan)
    wanted: NameIndex[str] = NameIndex()
    for n in (fresh.new_units if create_units is None else create_units):
        wanted.add(n, n)
    if create_units is not None:
        # A name that is a unit of the file by now (a redo after the unit was kept) is simply matched.
        proposals: NameIndex[str] = NameIndex()
        for n in fresh.new_units:
            proposals.add(n, n)
        extra = [n for n in create_units if proposals.find(n) is None and find_unit(af, n) is None]
        if extra:
            raise ValidationError(f"Đơn vị “{extra[0]}” không có trong danh sách đơn vị mới của văn bản.", "Đơn vị")
    plan = fresh.plan
    record = PlanImportRecord(title=plan.title or plan.source_name)
    with af.transaction():
        unit_ids: dict[str, int] = {}
        for name in fresh.new_units:
            if wanted.find(name) is not None:
                unit_ids[name] = af.repo.units.insert(name)
                record.units.append(unit_ids[name])
        # Each spelling matched to a unit is remembered, so the next document's "P. CDS" is found at once.
        record.aliases = remember_spellings(af, [
            (m.unit_id or unit_ids[m.name], m.printed) for m in fresh.units.values()
            if not (m.via_title or m.sentence) and (m.unit_id or m.name in unit_ids)])
        fid = aid = None
        ids: dict[str, int] = {}
        created_fw = False
        if plan.criteria():
            fid, ids, created_fw = _framework(af, fresh)
            record.framework_id = fid if created_fw else None
            aid = _scores(af, fresh, fid, ids, record)
        plan_id = record.plan_id = _insert_plan(af, plan, aid)
        _insert_body(af, fresh, plan_id, ids, unit_ids, progress)
        summary = f"{plan.source_name}: {len(plan.criteria())} tiêu chí, {len(plan.tasks())} nhiệm vụ" + \
            (f"; đã tạo bộ chỉ số mới “{new_framework_name(plan)}”" if created_fw else "")
        af.repo.log.add("import_plan", "plans", plan_id, summary)
    return record, Changes.of(*CHANGED, summary=summary)


def _plan_year(plan: ParsedPlan) -> int:
    return plan.year or plan.issued_year or dt.date.today().year


def _insert_plan(af: AgencyFile, plan: ParsedPlan, aid: int | None) -> int:
    sections = [{"heading": h, "body": b, "generated": g} for h, b, g in plan.sections]
    if not any(s["generated"] for s in sections):
        sections.append({"heading": "II. NỘI DUNG, NHIỆM VỤ" if sections else "I. NỘI DUNG, NHIỆM VỤ",
                         "body": "", "generated": True})
    intros = {g.code: g.intro for g in plan.all_groups() if g.scored and g.intro}
    return af.repo.plans.insert(
        kind=plan.kind, year=_plan_year(plan), title=plan.title or plan.source_name,
        number=plan.number, symbol=plan.symbol, issued_day=plan.issued_day, issued_month=plan.issued_month,
        issued_year=plan.issued_year, legal_bases=plan.legal_bases, preamble=plan.preamble, sections=sections,
        indicator_intros=intros, recipients=plan.recipients, signing_authority=plan.signing_authority,
        signer_title=plan.signer_title, signer_name=plan.signer_name, assessment_id=aid, reporting={},
        sample_note="")


def _insert_body(af: AgencyFile, preview: ImportPreview, plan_id: int, ids: dict[str, int],
                 unit_ids: dict[str, int], progress: Progress = no_progress) -> None:
    plan = preview.plan
    total = len(plan.tasks())
    year = _plan_year(plan)
    counter = {"group": 0, "task": 0, "target": 0}

    def units(names: list[str]) -> tuple[list[int], list[str]]:
        found, missing = [], []
        for n in names:
            m = preview.units[n]
            uid = m.unit_id or unit_ids.get(m.name)
            if uid is None:
                missing.append(n)
            else:
                if uid not in found:  # "P. CDS, Phòng Chuyển đổi số" in one cell is one unit
                    found.append(uid)
                if m.via_title or m.sentence:
                    missing.append(n)  # the heads of a unit, or a sentence: the wording is kept as the note
        return found, missing

    def task(t: ParsedTask, group_id: int | None, criterion_id: int | None) -> None:
        # Inside the transaction: Cancelled raised here rolls the whole import back.
        progress(counter["task"], total, "Đang ghi các nhiệm vụ…")
        counter["task"] += 1
        lead, lead_note = units(t.lead_units)
        coop, coop_note = units(t.coop_units)
        note = "; ".join(x for x in [", ".join(lead_note), t.units_note] if x)
        if coop_note:
            note = "; ".join(x for x in [note, "Phối hợp: " + ", ".join(coop_note)] if x)
        af.repo.tasks.insert(Task(
            id=0, plan_id=plan_id, content=t.content, group_id=group_id, criterion_id=criterion_id,
            position=counter["task"], code=t.code, objective=t.objective, output=t.output,
            lead_unit_ids=lead, coop_unit_ids=coop, units_note=note, lead_label=t.lead_label,
            lead_written=t.lead_written, coop_label=t.coop_label, coop_written=t.coop_written, timeline=t.timeline,
            due_date=parse_timeline(t.timeline, year).due_date))

    def group(g: ParsedGroup, parent: int | None) -> None:
        gid = parent
        if not g.scored:
            counter["group"] += 1
            gid = af.repo.plans.insert_group(plan_id, parent, g.code, g.name, counter["group"])
        for t in g.tasks:
            task(t, gid if not g.scored else None, None)
        for c in g.criteria:
            for t in c.tasks:
                task(t, None, ids.get(c.code))
        for tg in g.targets:
            counter["target"] += 1
            lead, lead_note = units(tg.lead_units[:1])
            monitor, monitor_note = units(tg.monitor_units[:1])
            # The threshold the sentence states ("đạt trên 70%", "tối thiểu 97%"), when it states exactly one.
            bar = parse_threshold(tg.content, whole_cell=False)
            af.repo.targets.insert(Target(id=0, plan_id=plan_id, content=tg.content, group_id=gid,
                                          position=counter["target"], lead_unit_id=lead[0] if lead else None,
                                          monitor_unit_id=monitor[0] if monitor else None,
                                          comparison=bar.comparison if bar else "",
                                          threshold=bar.value if bar else None,
                                          unit_of_measure=bar.unit if bar else "",
                                          note="; ".join(lead_note + monitor_note)))
        for child in g.children:
            group(child, gid)

    for g in plan.groups:
        group(g, None)
    for i, x in enumerate(plan.projects, start=1):
        lead, lead_note = units(x.lead_units[:1])
        note = "; ".join(n for n in [x.note, ", ".join(lead_note), ", ".join(x.lead_units[1:])] if n)
        af.repo.projects.insert(Project(id=0, plan_id=plan_id, name=x.name, position=i, scale=x.scale,
                                        timeframe=x.timeframe, lead_unit_id=lead[0] if lead else None,
                                        budget_total=x.budget_total, budget_state=x.budget_state,
                                        budget_social=x.budget_social, note=note))


@dataclass(frozen=True)
class GroupScore:
    """What a scored group of a parsed plan adds up to, as the import preview shows it."""

    appraised: Decimal  # the criteria's appraised scores, a blank one counting 0
    max_score: Decimal | None  # their maximums; None when no criterion states one


def group_score(group: ParsedGroup) -> GroupScore | None:
    """The sums over every criterion under the group; None for an area without scores or criteria."""
    crits = [c for x in group.walk() for c in x.criteria]
    if not group.scored or not crits:
        return None
    total = sum((c.appraised_score for c in crits if c.appraised_score is not None), Decimal(0))
    maxes = [c.max_score for c in crits if c.max_score is not None]
    return GroupScore(total, sum(maxes, Decimal(0)) if maxes else None)


def summary_text(preview: ImportPreview) -> str:
    """One Vietnamese line for the CLI and the dialog's status."""
    p = preview.plan
    parts = [f"{len(p.all_groups())} nhóm", f"{len(p.criteria())} tiêu chí", f"{len(p.tasks())} nhiệm vụ"]
    if preview.new_units:
        parts.append(f"{len(preview.new_units)} đơn vị mới")
    if preview.assessment_year and p.criteria():
        total = [c.appraised_score for c in p.criteria() if c.appraised_score is not None]
        parts.append(f"điểm năm {preview.assessment_year}: {fmt_number(sum(total, Decimal(0)))}")
    return ", ".join(parts)
