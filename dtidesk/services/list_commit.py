"""Write the records of a checked list preview (inside the caller's transaction), and take them back out."""

from __future__ import annotations

from collections.abc import Iterator

from ..domain.models import Directive, Project, Target, Task
from ..domain.progress import Progress, no_progress
from ..domain.text import fold
from ..domain.units import NameIndex, spellings, split_fragment
from ..importers.list_records import ListRecord
from ..store import AgencyFile
from .list_preview import TABLES, ImportReceipt, ListPreview
from .units import remember_spellings


class _Units:
    """Unit names → ids by the program's one rule (domain/units.py); an unknown name becomes a new unit under
    the fullest spelling the list uses, or stays text when the officer declined; a sentence stays text."""

    def __init__(self, af: AgencyFile, create: bool, receipt: ImportReceipt, preview: ListPreview):
        self.af, self.create, self.created, self.receipt = af, create, 0, receipt
        self.ids: NameIndex[int] = NameIndex()
        for u in af.repo.units.all():
            for name in spellings(u):
                self.ids.add(name, u.id)
        self.proposed: NameIndex[str] = NameIndex()
        for name in preview.new_units:
            self.proposed.add(name, name)
        # (unit, name as written): remembered as the unit's spellings at the end.
        self.written: list[tuple[int, str]] = [
            (uid, written) for written, name in preview.unit_spellings.items()
            if (uid := self.ids.find(name)) is not None]

    def resolve(self, names: list[str]) -> tuple[list[int], list[str]]:
        ids, text = [], []
        for name in names:
            split = split_fragment(name)
            uid = self.ids.find(split[0] if split else name)
            if uid is None and self.create and split is None:
                proposal = self.proposed.find(name) or name
                uid = self.ids.find(proposal)  # created a row earlier under another spelling
                if uid is None:
                    uid = self.af.repo.units.insert(proposal)
                    self.ids.add(proposal, uid)
                    self.created += 1
                    self.receipt.units.append(uid)
                self.ids.add(name, uid)
            if uid is None or split is not None:
                text.append(name)
            else:
                self.written.append((uid, name))
            if uid is not None and uid not in ids:
                ids.append(uid)
        return ids, text

    def remember(self) -> None:
        self.receipt.aliases = remember_spellings(self.af, self.written)


def _each(preview: ListPreview, progress: Progress) -> Iterator[ListRecord]:
    total = len(preview.records)
    for i, rec in enumerate(preview.records):
        progress(i, total, "")
        yield rec


def _groups(af: AgencyFile, preview: ListPreview, receipt: ImportReceipt) -> tuple[dict[int, int], int]:
    """Group records → task_groups ids; a heading the plan already has (same code and title) is reused."""
    plan_id = preview.plan_id
    assert plan_id is not None
    existing = {(g.parent_id, fold(g.code), fold(g.title)): g.id for g in af.repo.plans.groups(plan_id)}
    position = max((g.position for g in af.repo.plans.groups(plan_id)), default=0)
    ids: dict[int, int] = {}
    created = 0
    for i, rec in enumerate(preview.records):
        if rec.kind != "group":
            continue
        parent = ids.get(rec.parent) if rec.parent is not None else None
        key = (parent, fold(str(rec.values["code"])), fold(str(rec.values["title"])))
        if key not in existing:
            position += 1
            existing[key] = af.repo.plans.insert_group(plan_id, parent, str(rec.values["code"]),
                                                       str(rec.values["title"]), position)
            receipt.groups.append(existing[key])
            created += 1
        ids[i] = existing[key]
    return ids, created


def _tasks(af: AgencyFile, preview: ListPreview, units: _Units, progress: Progress) -> str:
    plan_id = preview.plan_id
    assert plan_id is not None
    groups, created = _groups(af, preview, units.receipt)
    position = af.repo.tasks.next_position(plan_id)
    n = 0
    for rec in _each(preview, progress):
        if rec.kind != "item":
            continue
        v = rec.values
        lead, lead_text = units.resolve(list(v["lead_units"]))  # type: ignore[call-overload]
        coop, coop_text = units.resolve(list(v["coop_units"]))  # type: ignore[call-overload]
        note = "; ".join(lead_text + ([f"Phối hợp: {', '.join(coop_text)}"] if coop_text else []))
        units.receipt.tasks.append(af.repo.tasks.insert(Task(
            id=0, plan_id=plan_id, content=str(v["content"]), group_id=groups.get(rec.parent)  # type: ignore[arg-type]
            if rec.parent is not None else None, criterion_id=v.get("criterion_id"),  # type: ignore[arg-type]
            position=position + n, code=str(v["code"]), objective=str(v["objective"]), output=str(v["output"]),
            lead_unit_ids=lead, coop_unit_ids=coop, units_note=note, timeline=str(v["timeline"]),
            due_date=v["due_date"], status=str(v["status"]), completed_on=v["completed_on"],  # type: ignore[arg-type]
            result=str(v["result"]))))
        n += 1
    return f"{n} nhiệm vụ" + (f", {created} nhóm" if created else "")


def _targets(af: AgencyFile, preview: ListPreview, units: _Units, progress: Progress) -> str:
    plan_id = preview.plan_id
    assert plan_id is not None
    groups, created = _groups(af, preview, units.receipt)
    position = max((t.position for t in af.repo.targets.for_plan(plan_id)), default=0)
    n = 0
    for rec in _each(preview, progress):
        if rec.kind != "item":
            continue
        v = rec.values
        lead, lead_text = units.resolve(list(v["lead_units"]))  # type: ignore[call-overload]
        monitor, monitor_text = units.resolve(list(v["monitor_units"]))  # type: ignore[call-overload]
        note = "; ".join(x for x in [str(v["note"]), *lead_text, *monitor_text] if x)
        n += 1
        units.receipt.targets.append(af.repo.targets.insert(Target(
            id=0, plan_id=plan_id, content=str(v["content"]), group_id=groups.get(rec.parent)  # type: ignore[arg-type]
            if rec.parent is not None else None, position=position + n, code=str(v["code"]),
            comparison=str(v["comparison"]), threshold=v["threshold"],  # type: ignore[arg-type]
            unit_of_measure=str(v["unit_of_measure"]), lead_unit_id=lead[0] if lead else None,
            monitor_unit_id=monitor[0] if monitor else None, note=note)))
    return f"{n} chỉ tiêu" + (f", {created} nhóm" if created else "")


def _projects(af: AgencyFile, preview: ListPreview, units: _Units, progress: Progress) -> str:
    plan_id = preview.plan_id
    assert plan_id is not None
    position = max((p.position for p in af.repo.projects.for_plan(plan_id)), default=0)
    n = 0
    for rec in _each(preview, progress):
        v = rec.values
        lead, lead_text = units.resolve(list(v["lead_units"]))  # type: ignore[call-overload]
        n += 1
        units.receipt.projects.append(af.repo.projects.insert(Project(
            id=0, plan_id=plan_id, name=str(v["name"]), position=position + n, scale=str(v["scale"]),
            timeframe=str(v["timeframe"]), lead_unit_id=lead[0] if lead else None,
            budget_total=v["budget_total"], budget_state=v["budget_state"],  # type: ignore[arg-type]
            budget_social=v["budget_social"],  # type: ignore[arg-type]
            note="; ".join(x for x in [str(v["note"]), *lead_text] if x))))
    return f"{n} dự án"


def _directives(af: AgencyFile, preview: ListPreview, receipt: ImportReceipt, progress: Progress) -> str:
    """New directives belong to the plan chosen for the import, or to every plan when none was."""
    n = 0
    for rec in _each(preview, progress):
        v = rec.values
        if rec.kind != "item" or v["exists"]:
            continue
        receipt.directives.append(af.repo.directives.insert(Directive(
            id=0, doc_type=str(v["doc_type"]), number_symbol=str(v["number_symbol"]),
            issued_on=v["issued_on"], summary=str(v["summary"]), issuer=str(v["issuer"]),  # type: ignore[arg-type]
            plan_id=preview.plan_id, note=str(v["note"]))))
        n += 1
    kept = sum(1 for r in preview.records if r.values.get("exists"))
    return f"{n} văn bản chỉ đạo" + (f", {kept} văn bản đã có giữ nguyên" if kept else "")


def _units(af: AgencyFile, preview: ListPreview, receipt: ImportReceipt, progress: Progress) -> str:
    n = 0
    for rec in _each(preview, progress):
        v = rec.values
        if not v["exists"]:
            receipt.units.append(af.repo.units.insert(str(v["name"]), str(v["short_name"]), str(v["kind"])))
            n += 1
    kept = sum(1 for r in preview.records if r.values["exists"])
    return f"{n} đơn vị mới" + (f", {kept} đơn vị đã có giữ nguyên" if kept else "")


def _scores(af: AgencyFile, preview: ListPreview, receipt: ImportReceipt, progress: Progress) -> str:
    fw, year = preview.framework, preview.year
    assert fw is not None and year is not None
    a = af.repo.assessments.find(fw.id, year)
    aid = a.id if a else af.repo.assessments.insert(fw.id, year)
    receipt.assessment_id, receipt.assessment_created = aid, a is None
    receipt.old_total_rank = (a.rank, a.rank_of) if a else None
    current = af.repo.assessments.scores(aid)
    ranks_before = af.repo.assessments.group_ranks(aid)
    n = ranks = 0
    for rec in _each(preview, progress):
        v = rec.values
        if rec.kind == "total":
            if v["rank"] is not None:
                af.repo.assessments.update(aid, rank=v["rank"], rank_of=v["rank_of"])
                ranks += 1
            continue
        if rec.kind == "group":
            if v["rank"] is not None:
                iid = int(v["indicator_id"])  # type: ignore[call-overload]
                receipt.old_ranks[iid] = ranks_before.get(iid)
                af.repo.assessments.set_group_rank(aid, iid, v["rank"], v["rank_of"])  # type: ignore[arg-type]
                ranks += 1
            continue
        old = current.get(int(v["indicator_id"]))  # type: ignore[call-overload]
        receipt.old_scores[int(v["indicator_id"])] = old  # type: ignore[call-overload]
        # A blank cell keeps what the file has: the list may carry only the appraised column.
        self_s = v["self_score"] if v["self_score"] is not None else (old.self_score if old else None)
        appr = v["appraised_score"] if v["appraised_score"] is not None else (old.appraised_score if old else None)
        note = str(v["note"]) or (old.note if old else "")
        af.repo.assessments.set_score(aid, int(v["indicator_id"]), self_s, appr, note)  # type: ignore[arg-type]
        n += 1
    return f"điểm {n} tiêu chí năm {year} ({fw.code})" + (f", {ranks} xếp hạng" if ranks else "")


def write_records(af: AgencyFile, preview: ListPreview, create_units: bool, progress: Progress = no_progress
                  ) -> tuple[str, tuple[str, ...], ImportReceipt]:
    """Returns a one-line Vietnamese summary, the tables touched and what undo needs. `progress` is called
    before each record; a Cancelled raised there propagates, and the caller's transaction rolls back."""
    receipt = ImportReceipt(preview.kind)
    units = _Units(af, create_units, receipt, preview)
    if preview.kind == "tasks":
        summary = _tasks(af, preview, units, progress)
    elif preview.kind == "targets":
        summary = _targets(af, preview, units, progress)
    elif preview.kind == "projects":
        summary = _projects(af, preview, units, progress)
    elif preview.kind == "units":
        summary = _units(af, preview, receipt, progress)
    elif preview.kind == "directives":
        summary = _directives(af, preview, receipt, progress)
    else:
        summary = _scores(af, preview, receipt, progress)
    units.remember()
    if units.created:
        summary += f", {units.created} đơn vị mới"
    progress(len(preview.records), len(preview.records), "")
    return "Đã nhập " + summary, TABLES[preview.kind], receipt


def remove_records(af: AgencyFile, receipt: ImportReceipt) -> None:
    """Undo of an import (inside the caller's transaction): rows it added deleted, scores it replaced back."""
    r = af.repo
    r.units.delete_aliases(receipt.aliases)
    for tid in receipt.tasks:
        r.tasks.delete(tid)
    for tid in receipt.targets:
        r.targets.delete(tid)
    for pid in receipt.projects:
        r.projects.delete(pid)
    for did in receipt.directives:
        r.directives.delete(did)
    for gid in reversed(receipt.groups):
        r.plans.delete_group(gid)
    for uid in reversed(receipt.units):
        r.units.delete(uid)
    aid = receipt.assessment_id
    if aid is not None and receipt.assessment_created:
        r.assessments.delete(aid)
    elif aid is not None:
        for iid, old in receipt.old_scores.items():
            if old is None:
                r.assessments.delete_score(aid, iid)
            else:
                r.assessments.set_score(aid, iid, old.self_score, old.appraised_score, old.note)
        for iid, rank in receipt.old_ranks.items():
            r.assessments.set_group_rank(aid, iid, *(rank or (None, None)))
        if receipt.old_total_rank is not None:
            r.assessments.update(aid, rank=receipt.old_total_rank[0], rank_of=receipt.old_total_rank[1])
    if receipt.settings_key:
        if receipt.old_setting is None:
            r.settings.delete(receipt.settings_key)
        else:
            r.settings.set(receipt.settings_key, receipt.old_setting)
