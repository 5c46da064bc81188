"""Tasks of a plan with their lead and coordinating units and progress notes."""

from __future__ import annotations

from dataclasses import fields as dc_fields
from datetime import date

from ..domain.calendar import OpenTask
from ..domain.models import Task
from ._util import from_iso, iso
from .sqlite import Database

COLUMNS = ("plan_id", "group_id", "criterion_id", "target_id", "position", "code", "content", "objective",
           "output", "units_note", "lead_label", "lead_written", "coop_label", "coop_written", "timeline",
           "due_date", "status", "completed_on", "result")
DATE_COLUMNS = ("due_date", "completed_on")


def _task(r: dict) -> Task:
    return Task(
        id=r["id"], plan_id=r["plan_id"], content=r["content"], group_id=r["group_id"],
        criterion_id=r["criterion_id"], target_id=r["target_id"], position=r["position"], code=r["code"],
        objective=r["objective"], output=r["output"], units_note=r["units_note"], lead_label=r["lead_label"],
        lead_written=r["lead_written"], coop_label=r["coop_label"], coop_written=r["coop_written"],
        timeline=r["timeline"],
        due_date=from_iso(r["due_date"]), status=r["status"], completed_on=from_iso(r["completed_on"]),
        result=r["result"],
    )


class TaskRepo:
    def __init__(self, db: Database):
        self.db = db

    def _attach(self, tasks: list[Task], where: str, params: list) -> list[Task]:
        by_id = {t.id: t for t in tasks}
        for r in self.db.execute(
            f"SELECT tu.task_id, tu.unit_id, tu.role FROM task_units tu JOIN tasks t ON t.id = tu.task_id "
            f"WHERE {where} ORDER BY tu.task_id, tu.position", params,
        ):
            t = by_id.get(r[0])
            if t is not None:
                (t.lead_unit_ids if r[2] == "lead" else t.coop_unit_ids).append(r[1])
        for r in self.db.execute(
            f"SELECT tp.task_id, tp.year, tp.period, tp.note FROM task_progress tp "
            f"JOIN tasks t ON t.id = tp.task_id WHERE {where}", params,
        ):
            t = by_id.get(r[0])
            if t is not None:
                t.progress[(r[1], r[2])] = r[3]
        for r in self.db.execute(
            f"SELECT dt.task_id, dt.directive_id FROM directive_tasks dt "
            f"JOIN tasks t ON t.id = dt.task_id WHERE {where} ORDER BY dt.directive_id", params,
        ):
            t = by_id.get(r[0])
            if t is not None:
                t.directive_ids.append(r[1])
        return tasks

    def for_plan(self, plan_id: int) -> list[Task]:
        tasks = [_task(r) for r in self.db.query(
            "SELECT * FROM tasks WHERE plan_id = ? ORDER BY position, id", [plan_id])]
        return self._attach(tasks, "t.plan_id = ?", [plan_id])

    def get(self, task_id: int) -> Task | None:
        rows = list(self.db.query("SELECT * FROM tasks WHERE id = ?", [task_id]))
        if not rows:
            return None
        return self._attach([_task(rows[0])], "t.id = ?", [task_id])[0]

    def next_position(self, plan_id: int) -> int:
        return self.db.execute(
            "SELECT COALESCE(MAX(position), 0) + 1 FROM tasks WHERE plan_id = ?", [plan_id]).fetchone()[0]

    def insert(self, task: Task) -> int:
        values = {c: getattr(task, c) for c in COLUMNS}
        for c in DATE_COLUMNS:
            values[c] = iso(values[c])
        cols = ["id", *COLUMNS]
        cur = self.db.execute(
            f"INSERT INTO tasks ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})",
            [task.id or None, *values.values()],
        )
        task_id = int(cur.lastrowid)
        self.set_units(task_id, "lead", task.lead_unit_ids)
        self.set_units(task_id, "coop", task.coop_unit_ids)
        for (year, period), note in task.progress.items():
            self.set_progress(task_id, year, period, note)
        # Links come back with a task restored by undo; a directive deleted meanwhile is skipped.
        for did in task.directive_ids:
            self.db.execute("INSERT OR IGNORE INTO directive_tasks (directive_id, task_id) "
                            "SELECT id, ? FROM directives WHERE id = ?", [task_id, did])
        return task_id

    def update(self, task_id: int, **values) -> None:
        for c in DATE_COLUMNS:
            if c in values:
                values[c] = iso(values[c])
        bad = set(values) - set(COLUMNS)
        if bad:
            raise KeyError(f"unknown task columns: {sorted(bad)}")
        if not values:  # "UPDATE tasks SET WHERE …" is a syntax error: nothing to write is a no-op
            return
        cols = ", ".join(f"{k} = ?" for k in values)
        self.db.execute(f"UPDATE tasks SET {cols} WHERE id = ?", [*values.values(), task_id])

    def set_units(self, task_id: int, role: str, unit_ids: list[int]) -> None:
        self.db.execute("DELETE FROM task_units WHERE task_id = ? AND role = ?", [task_id, role])
        seen = set()
        for pos, uid in enumerate(unit_ids):
            if uid in seen:
                continue
            seen.add(uid)
            self.db.execute("INSERT INTO task_units (task_id, unit_id, role, position) VALUES (?, ?, ?, ?)",
                            [task_id, uid, role, pos])

    def set_progress(self, task_id: int, year: int, period: str, note: str) -> None:
        if note:
            self.db.execute(
                "INSERT INTO task_progress (task_id, year, period, note) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (task_id, year, period) DO UPDATE SET note = excluded.note",
                [task_id, year, period, note])
        else:
            self.db.execute("DELETE FROM task_progress WHERE task_id = ? AND year = ? AND period = ?",
                            [task_id, year, period])

    def delete(self, task_id: int) -> None:
        self.db.execute("DELETE FROM tasks WHERE id = ?", [task_id])

    def renumber(self, plan_id: int, ordered_ids: list[int]) -> None:
        for pos, tid in enumerate(ordered_ids, start=1):
            self.db.execute("UPDATE tasks SET position = ? WHERE id = ? AND plan_id = ?", [pos, tid, plan_id])

    def counts_by_criterion(self) -> dict[int, int]:
        return {r[0]: r[1] for r in self.db.execute(
            "SELECT criterion_id, COUNT(*) FROM tasks WHERE criterion_id IS NOT NULL GROUP BY criterion_id")}

    def count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM tasks").fetchone()[0]

    def open_with_due_date(self) -> list[OpenTask]:
        """Every plan's tasks not done that have a due date, with their lead units: one pass over the tasks,
        only the columns the calendar shows (its 200 ms budget on a 20,000-task file)."""
        found: dict[int, tuple[tuple, list[tuple[int, int]]]] = {}
        for r in self.db.execute(
                "SELECT t.id, t.plan_id, t.code, t.content, t.due_date, tu.position, tu.unit_id FROM tasks t "
                "LEFT JOIN task_units tu ON tu.task_id = t.id AND tu.role = 'lead' "
                "WHERE t.status != 'done' AND t.due_date IS NOT NULL"):
            entry = found.get(r[0])
            if entry is None:
                entry = found[r[0]] = (r[:5], [])
            if r[6] is not None:
                entry[1].append((r[5], r[6]))
        return [OpenTask(row[0], row[1], row[2], row[3], date.fromisoformat(row[4]),
                         [u for _p, u in (sorted(leads) if len(leads) > 1 else leads)])
                for row, leads in found.values()]


TASK_FIELDS = tuple(f.name for f in dc_fields(Task))
