"""Tasks of a plan: list with derived state, add, edit, duplicate, delete/restore, reorder, bulk status."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from ..domain.models import Task
from ..domain.status import TaskStatus, outcome
from ..domain.text import fold
from ..domain.timeline import parse_timeline
from ..domain.validation import parse_date_input, require_text
from ..errors import NotFound, ValidationError
from ..store import AgencyFile
from .changes import Changes

EDITABLE = ("content", "objective", "output", "units_note", "timeline", "due_date", "status", "completed_on",
            "result", "code", "group_id", "criterion_id", "target_id", "lead_label", "lead_written", "coop_label",
            "coop_written")
STATUSES = {s.value for s in TaskStatus}


@dataclass
class TaskRow:
    """A task as lists show it: names resolved, due date and overdue derived."""

    task: Task
    lead_names: list[str]
    coop_names: list[str]
    criterion_code: str
    group_title: str
    timeline_kind: str
    overdue: bool
    outcome: str
    _search_key: str | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def search_key(self) -> str:
        """Folded text of every visible column, for diacritics-blind filtering. Made on first use: most
        readings of a plan (opening the file, the re-reading after each edit) are never searched."""
        key = self._search_key
        if key is None:
            t = self.task
            key = self._search_key = fold(" ".join([
                t.code, t.content, t.objective, t.output, t.timeline, t.result, t.units_note,
                *self.lead_names, *self.coop_names, self.group_title]))
        return key


def task_rows(af: AgencyFile, plan_id: int, today: dt.date | None = None) -> list[TaskRow]:
    today = today or dt.date.today()
    plan = af.repo.plans.get(plan_id)
    if plan is None:
        raise NotFound("Không tìm thấy kế hoạch.")
    units = {u.id: u.name for u in af.repo.units.all()}
    groups = {g.id: g for g in af.repo.plans.groups(plan_id)}
    crit: dict[int, str] = {}
    for fw in af.repo.frameworks.all():
        for ind in af.repo.frameworks.indicators(fw.id):
            crit[ind.id] = ind.code
    rows = []
    for t in af.repo.tasks.for_plan(plan_id):
        lead = [units.get(u, "?") for u in t.lead_unit_ids]
        coop = [units.get(u, "?") for u in t.coop_unit_ids]
        g = groups.get(t.group_id) if t.group_id else None
        gtitle = f"{g.code}. {g.title}" if g and g.code else (g.title if g else "")
        kind = parse_timeline(t.timeline, plan.year).kind
        out = outcome(t.status, t.due_date, t.completed_on, today)
        rows.append(TaskRow(
            task=t, lead_names=lead, coop_names=coop, criterion_code=crit.get(t.criterion_id or 0, ""),
            group_title=gtitle, timeline_kind=kind,
            overdue=out == "overdue",  # the outcome is "overdue" exactly when is_overdue() is true
            outcome=out,
        ))
    return rows


def _clean(af: AgencyFile, plan_year: int, values: dict, current: Task | None = None) -> dict:
    """Validate edited fields; the timeline sets the due date unless one is given. `current` is the task
    being edited (None for a new one): the completion date follows the status it ends up with."""
    out = {}
    for key, value in values.items():
        if key not in EDITABLE:
            raise KeyError(key)
        if key == "content":
            value = require_text(value, "Nội dung nhiệm vụ")
        elif key in ("due_date", "completed_on"):
            label = "Hạn hoàn thành" if key == "due_date" else "Ngày hoàn thành"
            value = parse_date_input(value, label)
        elif key == "status":
            if value not in STATUSES:
                raise ValidationError(f"Tình trạng “{value}” không hợp lệ.", "Tình trạng")
            value = str(value)
        elif key == "criterion_id" and value is not None:
            ind = af.repo.frameworks.indicator(int(value))
            if ind is None or ind.kind != "criterion":
                raise ValidationError("Chỉ liên kết nhiệm vụ với một tiêu chí (không phải nhóm).", "Tiêu chí")
        elif isinstance(value, str):
            value = value.strip()
        out[key] = value
    if "timeline" in out and "due_date" not in out:
        out["due_date"] = parse_timeline(out["timeline"], plan_year).due_date
    _complete(out, current)
    return out


def completion_date(new_status: str, old_status: str | None, old_date: dt.date | None,
                    given: dt.date | None = None) -> dt.date | None:
    """Only “Hoàn thành” carries a completion date. Choosing it stamps `given` or today; a task that
    was done already keeps its date (re-choosing the status must not rewrite history); any other
    status has none — `check` flags a completion date on a task that is not done."""
    if new_status != TaskStatus.DONE:
        return None
    if given is not None:
        return given
    return old_date if old_status == TaskStatus.DONE else dt.date.today()


def _complete(out: dict, current: Task | None) -> None:
    status = out.get("status", current.status if current is not None else TaskStatus.NOT_STARTED.value)
    if status != TaskStatus.DONE and out.get("completed_on") is not None:
        raise ValidationError("Ngày hoàn thành: chỉ ghi cho nhiệm vụ có tình trạng “Hoàn thành”.",
                              "Ngày hoàn thành")
    if "status" in out:
        out["completed_on"] = completion_date(
            status, current.status if current is not None else None,
            current.completed_on if current is not None else None, out.get("completed_on"))


def _check_units(af: AgencyFile, unit_ids: list[int], label: str) -> None:
    known = {u.id for u in af.repo.units.all()}
    unknown = [u for u in unit_ids if u not in known]
    if unknown:
        raise ValidationError(f"{label}: đơn vị không có trong danh sách đơn vị của tệp.", label)


def _plan_year(af: AgencyFile, plan_id: int) -> int:
    plan = af.repo.plans.get(plan_id)
    if plan is None:
        raise NotFound("Không tìm thấy kế hoạch.")
    return plan.year


def add_task(af: AgencyFile, plan_id: int, content: str, *, lead_unit_ids: list[int] | None = None,
             coop_unit_ids: list[int] | None = None, after_task_id: int | None = None,
             **fields) -> tuple[int, Changes]:
    """User action “Thêm nhiệm vụ”: appended, or placed right after another task."""
    year = _plan_year(af, plan_id)
    values = _clean(af, year, {"content": content, **fields})
    lead, coop = list(lead_unit_ids or []), list(coop_unit_ids or [])
    _check_units(af, lead, "Đơn vị chủ trì")
    _check_units(af, coop, "Đơn vị phối hợp")
    with af.transaction():
        task = Task(id=0, plan_id=plan_id, lead_unit_ids=lead, coop_unit_ids=coop,
                    position=af.repo.tasks.next_position(plan_id), **values)
        tid = af.repo.tasks.insert(task)
        if after_task_id is not None:
            order = [t.id for t in af.repo.tasks.for_plan(plan_id) if t.id != tid]
            idx = order.index(after_task_id) + 1 if after_task_id in order else len(order)
            order.insert(idx, tid)
            af.repo.tasks.renumber(plan_id, order)
        af.repo.log.add("add_task", "tasks", tid, values["content"][:80])
    return tid, Changes.of("tasks")


def _log_name(t: Task) -> str:
    """The task as a line of the change history names it: its number and the start of its content."""
    return " ".join(f"{t.code} {t.content}".split())[:80]


def get_task(af: AgencyFile, task_id: int) -> Task:
    t = af.repo.tasks.get(task_id)
    if t is None:
        raise NotFound("Không tìm thấy nhiệm vụ (có thể đã bị xóa).")
    return t


def update_task(af: AgencyFile, task_id: int, **fields) -> Changes:
    """Edit any of a task's fields in one commit. Only what differs from the stored task is written; an
    edit that changes nothing writes nothing (no UPDATE, no log line) and returns no changes."""
    t = get_task(af, task_id)
    values = _clean(af, _plan_year(af, t.plan_id), fields, t)
    values = {k: v for k, v in values.items() if getattr(t, k) != v}
    if "units_note" in values and "lead_written" not in fields and t.lead_written:
        values["lead_written"] = ""  # the written line had the old note in its words: print from the units now
    if not values:
        return Changes()
    with af.transaction():
        af.repo.tasks.update(task_id, **values)
        af.repo.log.add("update_task", "tasks", task_id, _log_name(t),
                        before={k: getattr(t, k) for k in values}, after=values)
    return Changes.of("tasks")


def set_task_units(af: AgencyFile, task_id: int, role: str, unit_ids: list[int], written: str | None = None) -> Changes:
    """User action “Đơn vị chủ trì / phối hợp”. Other units than before empty the line as the plan wrote it
    (it named the old ones); `written` puts one back (the undo of this action)."""
    if role not in ("lead", "coop"):
        raise ValueError(role)
    t = get_task(af, task_id)
    _check_units(af, unit_ids, "Đơn vị chủ trì" if role == "lead" else "Đơn vị phối hợp")
    column = f"{role}_written"
    if written is None:
        written = getattr(t, column) if list(unit_ids) == getattr(t, f"{role}_unit_ids") else ""
    with af.transaction():
        if written != getattr(t, column):
            af.repo.tasks.update(task_id, **{column: written})
        af.repo.tasks.set_units(task_id, role, unit_ids)
        names = {u.id: u.name for u in af.repo.units.all()}
        af.repo.log.add("set_task_units", "tasks", task_id, _log_name(t),
                        before={role: [names.get(u, "?") for u in getattr(t, f"{role}_unit_ids")]},
                        after={role: [names.get(u, "?") for u in unit_ids]})
    return Changes.of("tasks", "task_units")


def set_progress(af: AgencyFile, task_id: int, year: int, period: str, note: str) -> Changes:
    t = get_task(af, task_id)
    with af.transaction():
        af.repo.tasks.set_progress(task_id, year, period, note.strip())
        af.repo.log.add("set_progress", "tasks", task_id, f"{period}/{year}: {_log_name(t)}",
                        before={"progress": t.progress.get((year, period), "")}, after={"progress": note.strip()})
    return Changes.of("task_progress")


def delete_task(af: AgencyFile, task_id: int) -> tuple[Task, Changes]:
    """Returns the deleted task whole, so undo can restore it with the same id and place."""
    t = get_task(af, task_id)
    with af.transaction():
        af.repo.tasks.delete(task_id)
        af.repo.log.add("delete_task", "tasks", task_id, t.content[:80])
    return t, Changes.of("tasks")


def delete_tasks(af: AgencyFile, task_ids: list[int]) -> tuple[list[Task], Changes]:
    """User action “Xóa các nhiệm vụ đã chọn”: all of them in one commit, or none (a failure on the 4th
    of 5 must not leave 3 deleted). Returns the tasks whole, for restore_tasks."""
    deleted = []
    with af.transaction():  # the single-task use cases nest as savepoints inside this one commit
        for tid in task_ids:
            deleted.append(delete_task(af, tid)[0])
    return deleted, Changes.of("tasks")


def restore_tasks(af: AgencyFile, tasks: list[Task]) -> Changes:
    """Undo of delete_tasks, in one commit; lowest position first, so each finds its neighbours."""
    with af.transaction():
        for task in sorted(tasks, key=lambda t: (t.position, t.id)):
            restore_task(af, task)
    return Changes.of("tasks")


def link_tasks(af: AgencyFile, task_ids: list[int], criterion_id: int | None) -> tuple[dict[int, int | None], Changes]:
    """User action “Gắn tiêu chí” on many tasks (None unlinks) in one commit; returns the old links of the
    tasks it changed, for undo (none, and no write, when every task had this link already)."""
    old = {tid: get_task(af, tid).criterion_id for tid in task_ids}
    old = {tid: cid for tid, cid in old.items() if cid != criterion_id}
    if not old:
        return old, Changes()
    with af.transaction():
        for tid in old:
            update_task(af, tid, criterion_id=criterion_id)
    return old, Changes.of("tasks")


def restore_links(af: AgencyFile, old: dict[int, int | None]) -> Changes:
    """Undo of link_tasks, in one commit."""
    with af.transaction():
        for tid, cid in old.items():
            update_task(af, tid, criterion_id=cid)
    return Changes.of("tasks")


def restore_task(af: AgencyFile, task: Task) -> Changes:
    with af.transaction():
        order = [x.id for x in af.repo.tasks.for_plan(task.plan_id)]
        af.repo.tasks.insert(task)
        positions = {x.id: x.position for x in af.repo.tasks.for_plan(task.plan_id)}
        order = sorted(order + [task.id], key=lambda i: (positions[i], i != task.id))
        af.repo.tasks.renumber(task.plan_id, order)
        af.repo.log.add("restore_task", "tasks", task.id, task.content[:80])
    return Changes.of("tasks")


def duplicate_task(af: AgencyFile, task_id: int) -> tuple[int, Changes]:
    t = get_task(af, task_id)
    copy = replace(t, id=0, status=TaskStatus.NOT_STARTED.value, completed_on=None, result="", progress={})
    with af.transaction():
        copy.position = af.repo.tasks.next_position(t.plan_id)
        new_id = af.repo.tasks.insert(copy)
        order = [x.id for x in af.repo.tasks.for_plan(t.plan_id) if x.id != new_id]
        order.insert(order.index(task_id) + 1, new_id)
        af.repo.tasks.renumber(t.plan_id, order)
        af.repo.log.add("duplicate_task", "tasks", new_id, t.content[:80])
    return new_id, Changes.of("tasks")


def move_task(af: AgencyFile, task_id: int, delta: int) -> Changes:
    """Move up (delta < 0) or down in the plan's order; at an end nothing changes."""
    t = get_task(af, task_id)
    order = [x.id for x in af.repo.tasks.for_plan(t.plan_id)]
    i = order.index(task_id)
    j = max(0, min(len(order) - 1, i + delta))
    if i == j:
        return Changes()
    order.insert(j, order.pop(i))
    with af.transaction():
        af.repo.tasks.renumber(t.plan_id, order)
        af.repo.log.add("move_task", "tasks", task_id, str(delta))
    return Changes.of("tasks")


def set_status_many(af: AgencyFile, task_ids: list[int], status: str,
                    completed_on: dt.date | None = None) -> tuple[dict[int, tuple[str, dt.date | None]], Changes]:
    """One action for many rows; returns the old (status, completed_on) of each task it changed, for undo.
    `completed_on` is the date a task newly “Hoàn thành” gets (today when None); other statuses clear
    the date, and a task already done keeps its own. Tasks left as they were are not written."""
    if status not in STATUSES:
        raise ValidationError(f"Tình trạng “{status}” không hợp lệ.", "Tình trạng")
    status = str(status)
    old, new = {}, {}
    for tid in task_ids:
        t = get_task(af, tid)
        # A task already done keeps its own date; only the newly done ones get `completed_on`.
        given = None if t.status == TaskStatus.DONE else completed_on
        after = (status, completion_date(status, t.status, t.completed_on, given))
        if after != (t.status, t.completed_on):
            old[tid], new[tid] = (t.status, t.completed_on), after
    if not new:
        return old, Changes()
    with af.transaction():
        for tid, (st, done_on) in new.items():
            af.repo.tasks.update(tid, status=st, completed_on=done_on)
            # One line per task, so each task's own history shows the change.
            af.repo.log.add("set_status_many", "tasks", tid, f"{len(new)} nhiệm vụ → {status}",
                            before={"status": old[tid][0], "completed_on": old[tid][1]},
                            after={"status": st, "completed_on": done_on})
    return old, Changes.of("tasks")


def restore_statuses(af: AgencyFile, old: dict[int, tuple[str, dt.date | None]]) -> Changes:
    with af.transaction():
        for tid, (status, completed_on) in old.items():
            current = af.repo.tasks.get(tid)
            af.repo.tasks.update(tid, status=status, completed_on=completed_on)
            af.repo.log.add("restore_statuses", "tasks", tid, str(len(old)),
                            before={"status": current.status, "completed_on": current.completed_on} if current else None,
                            after={"status": status, "completed_on": completed_on})
    return Changes.of("tasks")
