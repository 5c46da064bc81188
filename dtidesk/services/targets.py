"""Targets (chỉ tiêu) of a plan: list with results, add, edit, delete/restore, figures per reporting period."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..domain.models import Target, TargetValue
from ..domain.periods import Period
from ..domain.plan_items import COMPARISONS, latest_value, threshold_met, threshold_text
from ..domain.text import fold
from ..domain.validation import check_year, parse_decimal_input, require_text
from ..errors import NotFound, ValidationError
from ..importers.list_values import parse_threshold
from ..store import AgencyFile
from .changes import Changes
from .plan_item_checks import check_group, check_unit, place_after, plan_of

EDITABLE = ("code", "content", "comparison", "threshold", "unit_of_measure", "lead_unit_id", "monitor_unit_id",
            "note", "group_id")
PERIODS = {p.value for p in Period}


@dataclass
class TargetRow:
    """A target as the list shows it: units named, threshold worded, the latest result judged."""

    target: Target
    group_title: str
    lead_name: str
    monitor_name: str
    threshold: str  # “≥ 97%”
    values: list[TargetValue] = field(default_factory=list)
    latest: TargetValue | None = None  # the plan year's most recent achieved figure
    met: bool | None = None  # None: nothing to judge yet
    search_key: str = ""


@dataclass
class DeletedTarget:
    """A target whole, for undo: its figures and the tasks that pointed at it come back with it."""

    target: Target
    values: list[TargetValue]
    task_ids: list[int]


def target_rows(af: AgencyFile, plan_id: int) -> list[TargetRow]:
    plan = plan_of(af, plan_id)
    units = {u.id: u.name for u in af.repo.units.all()}
    groups = {g.id: (f"{g.code}. {g.title}" if g.code else g.title) for g in af.repo.plans.groups(plan_id)}
    values = af.repo.targets.period_values(plan_id)
    rows = []
    for t in af.repo.targets.for_plan(plan_id):
        vals = values.get(t.id, [])
        latest = latest_value(vals, plan.year)
        lead, monitor = units.get(t.lead_unit_id or 0, ""), units.get(t.monitor_unit_id or 0, "")
        text = threshold_text(t.comparison, t.threshold, t.unit_of_measure)
        gtitle = groups.get(t.group_id or 0, "")
        rows.append(TargetRow(
            t, gtitle, lead, monitor, text, vals, latest, threshold_met(t, latest),
            fold(" ".join([t.code, t.content, text, t.unit_of_measure, lead, monitor, t.note, gtitle,
                           threshold_text(t.comparison, t.threshold, t.unit_of_measure, words=True)]))))
    return rows


def get_target(af: AgencyFile, target_id: int) -> Target:
    t = af.repo.targets.get(target_id)
    if t is None:
        raise NotFound("Không tìm thấy chỉ tiêu (có thể đã bị xóa).")
    return t


def _number(value: object, label: str) -> object:
    number = parse_decimal_input(value, label)
    if number is not None and number < 0:
        raise ValidationError(f"{label}: số {value} nhỏ hơn 0.", label)
    return number


def _clean(af: AgencyFile, plan_id: int, current: Target | None, values: dict) -> dict:
    """Validate edited fields. `threshold_text` (“tối thiểu 97%”) sets comparison, threshold and unit at once."""
    out: dict = {}
    if "threshold_text" in values:
        text = str(values.pop("threshold_text") or "").strip()
        parsed = parse_threshold(text) if text else None
        if text and parsed is None:
            raise ValidationError(f"Mức chỉ tiêu: không đọc được “{text}” (viết như ≥ 97%, tối thiểu 97%, "
                                  "đạt trên 70%).", "Mức chỉ tiêu")
        out["comparison"], out["threshold"] = (parsed.comparison, parsed.value) if parsed else ("", None)
        if parsed and parsed.unit and "unit_of_measure" not in values:
            out["unit_of_measure"] = parsed.unit
    for key, value in values.items():
        if key not in EDITABLE:
            raise KeyError(key)
        if key == "content":
            value = require_text(value, "Nội dung chỉ tiêu")
        elif key == "comparison" and value not in ("", *COMPARISONS):
            raise ValidationError(f"Mức chỉ tiêu: phép so sánh “{value}” không hợp lệ.", "Mức chỉ tiêu")
        elif key == "threshold":
            value = _number(value, "Mức chỉ tiêu")
        elif key in ("lead_unit_id", "monitor_unit_id"):
            value = check_unit(af, value, "Đơn vị chủ trì" if key == "lead_unit_id" else "Đơn vị theo dõi, đôn đốc")
        elif key == "group_id":
            value = check_group(af, plan_id, value)
        elif isinstance(value, str):
            value = value.strip()
        out[key] = value
    unit = out.get("unit_of_measure", current.unit_of_measure if current else "")
    bar = out.get("threshold", current.threshold if current else None)
    if unit == "%" and bar is not None and bar > 100:
        raise ValidationError(f"Mức chỉ tiêu: tỷ lệ {threshold_text('', bar, '%')} vượt quá 100%.", "Mức chỉ tiêu")
    return out


def add_target(af: AgencyFile, plan_id: int, content: str, *, after_id: int | None = None,
               **fields) -> tuple[int, Changes]:
    """User action “Thêm chỉ tiêu”: appended, or placed right after another target."""
    plan_of(af, plan_id)
    values = _clean(af, plan_id, None, {"content": content, **fields})
    with af.transaction():
        tid = af.repo.targets.insert(Target(id=0, plan_id=plan_id, **values))
        place_after(af.repo.targets, plan_id, tid, after_id)
        af.repo.log.add("add_target", "targets", tid, values["content"][:80])
    return tid, Changes.of("targets")


def update_target(af: AgencyFile, target_id: int, **fields) -> Changes:
    """Edit any of a target's fields in one commit."""
    t = get_target(af, target_id)
    values = _clean(af, t.plan_id, t, fields)
    with af.transaction():
        af.repo.targets.update(target_id, **values)
        af.repo.log.add("update_target", "targets", target_id, ", ".join(values))
    return Changes.of("targets")


def delete_targets(af: AgencyFile, target_ids: list[int]) -> tuple[list[DeletedTarget], Changes]:
    """User action “Xóa chỉ tiêu”: all the selected in one commit; returns them whole for restore_targets."""
    deleted = []
    with af.transaction():
        for tid in target_ids:
            t = get_target(af, tid)
            deleted.append(DeletedTarget(t, af.repo.targets.target_values(tid), af.repo.targets.linked_tasks(tid)))
            af.repo.targets.delete(tid)
            af.repo.log.add("delete_target", "targets", tid, t.content[:80])
    return deleted, Changes.of("targets", "tasks")


def restore_targets(af: AgencyFile, deleted: list[DeletedTarget]) -> Changes:
    """Undo of delete_targets: same ids, places, figures and task links."""
    with af.transaction():
        for d in sorted(deleted, key=lambda d: (d.target.position, d.target.id)):
            tid = af.repo.targets.insert(d.target)
            for v in d.values:
                af.repo.targets.put_value(tid, v)
            af.repo.targets.link_tasks(tid, d.task_ids)
            af.repo.log.add("restore_target", "targets", tid, d.target.content[:80])
    return Changes.of("targets", "tasks")


def target_value(af: AgencyFile, target_id: int, year: int, period: str) -> TargetValue:
    found = [v for v in af.repo.targets.target_values(target_id) if v.year == year and v.period == period]
    return found[0] if found else TargetValue(year, period)


def set_target_value(af: AgencyFile, target_id: int, year: int, period: str, **fields) -> tuple[TargetValue, Changes]:
    """User action “Ghi kết quả chỉ tiêu”: the planned and/or achieved figure (and note) of one period.
    Returns the period's figures as they were, for undo."""
    t = get_target(af, target_id)
    year = check_year(year)
    if period not in PERIODS:
        raise ValidationError(f"Kỳ báo cáo “{period}” không hợp lệ.", "Kỳ báo cáo")
    old = target_value(af, target_id, year, period)
    new = replace(old)
    for key, value in fields.items():
        if key in ("planned", "achieved"):
            label = "Kế hoạch kỳ" if key == "planned" else "Kết quả đạt được"
            number = _number(value, label)
            if number is not None and t.unit_of_measure == "%" and number > 100:  # type: ignore[operator]
                raise ValidationError(f"{label}: tỷ lệ {threshold_text('', number, '%')} vượt quá 100%.", label)
            setattr(new, key, number)
        elif key == "note":
            new.note = str(value or "").strip()
        else:
            raise KeyError(key)
    with af.transaction():
        af.repo.targets.put_value(target_id, new)
        af.repo.log.add("set_target_value", "targets", target_id, f"{period}/{year}")
    return old, Changes.of("target_values")


def restore_target_value(af: AgencyFile, target_id: int, value: TargetValue) -> Changes:
    """Undo of set_target_value."""
    get_target(af, target_id)
    with af.transaction():
        af.repo.targets.put_value(target_id, value)
        af.repo.log.add("restore_target_value", "targets", target_id, f"{value.period}/{value.year}")
    return Changes.of("target_values")
