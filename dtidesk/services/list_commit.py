"""Write the records of a checked list preview (inside the caller's transaction)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.models import Project, Target, Task
from ..domain.text import fold
from ..importers.list_values import unit_key
from ..store import AgencyFile

if TYPE_CHECKING:
    from .list_import import ListPreview


class _Units:
    """Unit names → ids; unknown names become new units, or stay text when the officer declined."""

    def __init__(self, af: AgencyFile, create: bool):
        self.af, self.create, self.created = af, create, 0
        self.ids: dict[str, int] = {}
        for u in af.repo.units.all():
            for name in (u.name, u.short_name):
                if name:
                    self.ids.setdefault(unit_key(name), u.id)

    def resolve(self, names: list[str]) -> tuple[list[int], list[str]]:
        ids, text = [], []
        for name in names:
            uid = self.ids.get(unit_key(name))
            if uid is None and self.create:
                uid = self.af.repo.units.insert(name)
                self.ids[unit_key(name)] = uid
                self.created += 1
            if uid is None:
                text.append(name)
            elif uid not in ids:
                ids.append(uid)
        return ids, text


def _groups(af: AgencyFile, preview: ListPreview) -> tuple[dict[int, int], int]:
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
            created += 1
        ids[i] = existing[key]
    return ids, created


def _tasks(af: AgencyFile, preview: ListPreview, units: _Units) -> str:
    plan_id = preview.plan_id
    assert plan_id is not None
    groups, created = _groups(af, preview)
    position = af.repo.tasks.next_position(plan_id)
    n = 0
    for rec in preview.records:
        if rec.kind != "item":
            continue
        v = rec.values
        lead, lead_text = units.resolve(list(v["lead_units"]))  # type: ignore[call-overload]
        coop, coop_text = units.resolve(list(v["coop_units"]))  # type: ignore[call-overload]
        note = "; ".join(lead_text + ([f"Phối hợp: {', '.join(coop_text)}"] if coop_text else []))
        af.repo.tasks.insert(Task(
            id=0, plan_id=plan_id, content=str(v["content"]), group_id=groups.get(rec.parent)  # type: ignore[arg-type]
            if rec.parent is not None else None, criterion_id=v.get("criterion_id"),  # type: ignore[arg-type]
            position=position + n, code=str(v["code"]), objective=str(v["objective"]), output=str(v["output"]),
            lead_unit_ids=lead, coop_unit_ids=coop, units_note=note, timeline=str(v["timeline"]),
            due_date=v["due_date"], status=str(v["status"]), completed_on=v["completed_on"],  # type: ignore[arg-type]
            result=str(v["result"])))
        n += 1
    return f"{n} nhiệm vụ" + (f", {created} nhóm" if created else "")


def _targets(af: AgencyFile, preview: ListPreview, units: _Units) -> str:
    plan_id = preview.plan_id
    assert plan_id is not None
    groups, created = _groups(af, preview)
    position = max((t.position for t in af.repo.targets.for_plan(plan_id)), default=0)
    n = 0
    for rec in preview.records:
        if rec.kind != "item":
            continue
        v = rec.values
        lead, lead_text = units.resolve(list(v["lead_units"]))  # type: ignore[call-overload]
        monitor, monitor_text = units.resolve(list(v["monitor_units"]))  # type: ignore[call-overload]
        note = "; ".join(x for x in [str(v["note"]), *lead_text, *monitor_text] if x)
        n += 1
        af.repo.targets.insert(Target(
            id=0, plan_id=plan_id, content=str(v["content"]), group_id=groups.get(rec.parent)  # type: ignore[arg-type]
            if rec.parent is not None else None, position=position + n, code=str(v["code"]),
            comparison=str(v["comparison"]), threshold=v["threshold"],  # type: ignore[arg-type]
            unit_of_measure=str(v["unit_of_measure"]), lead_unit_id=lead[0] if lead else None,
            monitor_unit_id=monitor[0] if monitor else None, note=note))
    return f"{n} chỉ tiêu" + (f", {created} nhóm" if created else "")


def _projects(af: AgencyFile, preview: ListPreview, units: _Units) -> str:
    plan_id = preview.plan_id
    assert plan_id is not None
    position = max((p.position for p in af.repo.projects.for_plan(plan_id)), default=0)
    n = 0
    for rec in preview.records:
        v = rec.values
        lead, lead_text = units.resolve(list(v["lead_units"]))  # type: ignore[call-overload]
        n += 1
        af.repo.projects.insert(Project(
            id=0, plan_id=plan_id, name=str(v["name"]), position=position + n, scale=str(v["scale"]),
            timeframe=str(v["timeframe"]), lead_unit_id=lead[0] if lead else None,
            budget_total=v["budget_total"], budget_state=v["budget_state"],  # type: ignore[arg-type]
            budget_social=v["budget_social"], note="; ".join(x for x in [str(v["note"]), *lead_text] if x)))  # type: ignore[arg-type]
    return f"{n} dự án"


def _units(af: AgencyFile, preview: ListPreview) -> str:
    n = 0
    for rec in preview.records:
        v = rec.values
        if not v["exists"]:
            af.repo.units.insert(str(v["name"]), str(v["short_name"]), str(v["kind"]))
            n += 1
    kept = sum(1 for r in preview.records if r.values["exists"])
    return f"{n} đơn vị mới" + (f", {kept} đơn vị đã có giữ nguyên" if kept else "")


def _scores(af: AgencyFile, preview: ListPreview) -> str:
    fw, year = preview.framework, preview.year
    assert fw is not None and year is not None
    a = af.repo.assessments.find(fw.id, year)
    aid = a.id if a else af.repo.assessments.insert(fw.id, year)
    current = af.repo.assessments.scores(aid)
    n = ranks = 0
    for rec in preview.records:
        v = rec.values
        if rec.kind == "total":
            if v["rank"] is not None:
                af.repo.assessments.update(aid, rank=v["rank"], rank_of=v["rank_of"])
                ranks += 1
            continue
        if rec.kind == "group":
            if v["rank"] is not None:
                af.repo.assessments.set_group_rank(aid, int(v["indicator_id"]), v["rank"], v["rank_of"])  # type: ignore[arg-type]
                ranks += 1
            continue
        old = current.get(int(v["indicator_id"]))  # type: ignore[arg-type]
        # A blank cell keeps what the file has: the list may carry only the appraised column.
        self_s = v["self_score"] if v["self_score"] is not None else (old.self_score if old else None)
        appr = v["appraised_score"] if v["appraised_score"] is not None else (old.appraised_score if old else None)
        note = str(v["note"]) or (old.note if old else "")
        af.repo.assessments.set_score(aid, int(v["indicator_id"]), self_s, appr, note)  # type: ignore[arg-type]
        n += 1
    return f"điểm {n} tiêu chí năm {year} ({fw.code})" + (f", {ranks} xếp hạng" if ranks else "")


TABLES = {"tasks": ("tasks", "task_units", "task_groups", "units"), "targets": ("targets", "task_groups", "units"),
          "projects": ("projects", "units"), "units": ("units",),
          "scores": ("scores", "assessments", "group_results")}


def write_records(af: AgencyFile, preview: ListPreview, create_units: bool) -> tuple[str, tuple[str, ...]]:
    """Returns a one-line Vietnamese summary and the tables touched."""
    units = _Units(af, create_units)
    if preview.kind == "tasks":
        summary = _tasks(af, preview, units)
    elif preview.kind == "targets":
        summary = _targets(af, preview, units)
    elif preview.kind == "projects":
        summary = _projects(af, preview, units)
    elif preview.kind == "units":
        summary = _units(af, preview)
    else:
        summary = _scores(af, preview)
    if units.created:
        summary += f", {units.created} đơn vị mới"
    return "Đã nhập " + summary, TABLES[preview.kind]
