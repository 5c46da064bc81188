"""A plan's targets with their values per period, its projects, and directives with the tasks they gave rise to."""

from __future__ import annotations

import datetime as dt

from ..domain.models import Directive, Project, Target, TargetValue
from ._util import dec, dec_text, from_iso, iso
from .sqlite import Database

TARGET_COLUMNS = ("plan_id", "group_id", "position", "code", "content", "comparison", "threshold",
                  "unit_of_measure", "lead_unit_id", "monitor_unit_id", "note")
PROJECT_COLUMNS = ("plan_id", "position", "name", "scale", "timeframe", "lead_unit_id", "budget_total",
                   "budget_state", "budget_social", "budget_other", "disbursed", "status", "note")
DIRECTIVE_COLUMNS = ("plan_id", "doc_type", "number_symbol", "issued_on", "summary", "issuer", "note")
_MONEY = ("threshold", "budget_total", "budget_state", "budget_social", "budget_other", "disbursed")


def _stored(values: dict) -> dict:
    """Decimals as canonical text and dates as ISO text, the way the file keeps them."""
    out = dict(values)
    for k, v in out.items():
        if k in _MONEY:
            out[k] = dec_text(v)
        elif isinstance(v, dt.date):
            out[k] = iso(v)
    return out


def _insert(db: Database, table: str, columns: tuple[str, ...], row_id: int, values: dict) -> int:
    cols = ["id", *columns]
    enc = _stored(values)
    cur = db.execute(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})",
                     [row_id or None, *(enc[c] for c in columns)])
    return int(cur.lastrowid)


def _update(db: Database, table: str, columns: tuple[str, ...], row_id: int, values: dict) -> None:
    bad = set(values) - set(columns)
    if bad:
        raise KeyError(f"unknown {table} columns: {sorted(bad)}")
    if values:
        enc = _stored(values)
        db.execute(f"UPDATE {table} SET {', '.join(f'{k} = ?' for k in enc)} WHERE id = ?", [*enc.values(), row_id])


def _target(r: dict) -> Target:
    return Target(id=r["id"], plan_id=r["plan_id"], content=r["content"], group_id=r["group_id"],
                  position=r["position"], code=r["code"], comparison=r["comparison"],
                  threshold=dec(r["threshold"]), unit_of_measure=r["unit_of_measure"],
                  lead_unit_id=r["lead_unit_id"], monitor_unit_id=r["monitor_unit_id"], note=r["note"])


class TargetRepo:
    def __init__(self, db: Database):
        self.db = db

    def for_plan(self, plan_id: int) -> list[Target]:
        return [_target(r) for r in self.db.query(
            "SELECT * FROM targets WHERE plan_id = ? ORDER BY position, id", [plan_id])]

    def get(self, target_id: int) -> Target | None:
        rows = list(self.db.query("SELECT * FROM targets WHERE id = ?", [target_id]))
        return _target(rows[0]) if rows else None

    def insert(self, t: Target) -> int:
        return _insert(self.db, "targets", TARGET_COLUMNS, t.id, {c: getattr(t, c) for c in TARGET_COLUMNS})

    def update(self, target_id: int, **values) -> None:
        _update(self.db, "targets", TARGET_COLUMNS, target_id, values)

    def delete(self, target_id: int) -> None:
        self.db.execute("DELETE FROM targets WHERE id = ?", [target_id])

    def renumber(self, plan_id: int, ordered_ids: list[int]) -> None:
        for pos, tid in enumerate(ordered_ids, start=1):
            self.db.execute("UPDATE targets SET position = ? WHERE id = ? AND plan_id = ?", [pos, tid, plan_id])

    def values(self, target_id: int) -> dict[tuple[int, str], str | None]:
        """Achieved figures by (year, period), as stored text (what reports read)."""
        return {(r["year"], r["period"]): r["value"] for r in self.db.query(
            "SELECT * FROM target_values WHERE target_id = ?", [target_id])}

    def set_value(self, target_id: int, year: int, period: str, value: str | None) -> None:
        self.db.execute(
            "INSERT INTO target_values (target_id, year, period, value) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (target_id, year, period) DO UPDATE SET value = excluded.value",
            [target_id, year, period, value])

    def period_values(self, plan_id: int) -> dict[int, list[TargetValue]]:
        """Every figure of the plan's targets, by target id."""
        out: dict[int, list[TargetValue]] = {}
        for r in self.db.query(
                "SELECT v.* FROM target_values v JOIN targets t ON t.id = v.target_id WHERE t.plan_id = ? "
                "ORDER BY v.target_id, v.year, v.period", [plan_id]):
            out.setdefault(r["target_id"], []).append(TargetValue(
                r["year"], r["period"], dec(r["planned"]), dec(r["value"]), r["note"]))
        return out

    def target_values(self, target_id: int) -> list[TargetValue]:
        return [TargetValue(r["year"], r["period"], dec(r["planned"]), dec(r["value"]), r["note"])
                for r in self.db.query("SELECT * FROM target_values WHERE target_id = ? ORDER BY year, period",
                                       [target_id])]

    def put_value(self, target_id: int, v: TargetValue) -> None:
        """Write one period's figures; a period left with nothing in it is removed."""
        if v.planned is None and v.achieved is None and not v.note:
            self.db.execute("DELETE FROM target_values WHERE target_id = ? AND year = ? AND period = ?",
                            [target_id, v.year, v.period])
            return
        self.db.execute(
            "INSERT INTO target_values (target_id, year, period, planned, value, note) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (target_id, year, period) DO UPDATE SET planned = excluded.planned, "
            "value = excluded.value, note = excluded.note",
            [target_id, v.year, v.period, dec_text(v.planned), dec_text(v.achieved), v.note])

    def linked_tasks(self, target_id: int) -> list[int]:
        return [r[0] for r in self.db.execute("SELECT id FROM tasks WHERE target_id = ? ORDER BY id", [target_id])]

    def link_tasks(self, target_id: int, task_ids: list[int]) -> None:
        for tid in task_ids:
            self.db.execute("UPDATE tasks SET target_id = ? WHERE id = ?", [target_id, tid])


def _project(r: dict) -> Project:
    return Project(id=r["id"], plan_id=r["plan_id"], name=r["name"], position=r["position"], scale=r["scale"],
                   timeframe=r["timeframe"], lead_unit_id=r["lead_unit_id"],
                   budget_total=dec(r["budget_total"]), budget_state=dec(r["budget_state"]),
                   budget_social=dec(r["budget_social"]), note=r["note"], budget_other=dec(r["budget_other"]),
                   disbursed=dec(r["disbursed"]), status=r["status"])


class ProjectRepo:
    def __init__(self, db: Database):
        self.db = db

    def for_plan(self, plan_id: int) -> list[Project]:
        return [_project(r) for r in self.db.query(
            "SELECT * FROM projects WHERE plan_id = ? ORDER BY position, id", [plan_id])]

    def get(self, project_id: int) -> Project | None:
        rows = list(self.db.query("SELECT * FROM projects WHERE id = ?", [project_id]))
        return _project(rows[0]) if rows else None

    def insert(self, p: Project) -> int:
        return _insert(self.db, "projects", PROJECT_COLUMNS, p.id, {c: getattr(p, c) for c in PROJECT_COLUMNS})

    def update(self, project_id: int, **values) -> None:
        _update(self.db, "projects", PROJECT_COLUMNS, project_id, values)

    def delete(self, project_id: int) -> None:
        self.db.execute("DELETE FROM projects WHERE id = ?", [project_id])

    def renumber(self, plan_id: int, ordered_ids: list[int]) -> None:
        for pos, pid in enumerate(ordered_ids, start=1):
            self.db.execute("UPDATE projects SET position = ? WHERE id = ? AND plan_id = ?", [pos, pid, plan_id])


def _directive(r: dict) -> Directive:
    return Directive(id=r["id"], doc_type=r["doc_type"], number_symbol=r["number_symbol"],
                     issued_on=from_iso(r["issued_on"]), summary=r["summary"], issuer=r["issuer"],
                     plan_id=r["plan_id"], note=r["note"])


class DirectiveRepo:
    def __init__(self, db: Database):
        self.db = db

    def all(self) -> list[Directive]:
        return [_directive(r) for r in self.db.query("SELECT * FROM directives ORDER BY issued_on, id")]

    def for_plan(self, plan_id: int) -> list[Directive]:
        """The plan's own directives and those of no plan in particular (which every plan cites)."""
        return [_directive(r) for r in self.db.query(
            "SELECT * FROM directives WHERE plan_id = ? OR plan_id IS NULL ORDER BY issued_on, id", [plan_id])]

    def get(self, directive_id: int) -> Directive | None:
        rows = list(self.db.query("SELECT * FROM directives WHERE id = ?", [directive_id]))
        return _directive(rows[0]) if rows else None

    def between(self, start: dt.date, end: dt.date) -> list[Directive]:
        return [_directive(r) for r in self.db.query(
            "SELECT * FROM directives WHERE issued_on BETWEEN ? AND ? ORDER BY issued_on, id",
            [start.isoformat(), end.isoformat()])]

    def insert(self, d: Directive) -> int:
        return _insert(self.db, "directives", DIRECTIVE_COLUMNS, d.id,
                       {c: getattr(d, c) for c in DIRECTIVE_COLUMNS})

    def update(self, directive_id: int, **values) -> None:
        _update(self.db, "directives", DIRECTIVE_COLUMNS, directive_id, values)

    def delete(self, directive_id: int) -> None:
        self.db.execute("DELETE FROM directives WHERE id = ?", [directive_id])

    def task_ids(self, directive_id: int) -> list[int]:
        return [r[0] for r in self.db.execute(
            "SELECT dt.task_id FROM directive_tasks dt JOIN tasks t ON t.id = dt.task_id "
            "WHERE dt.directive_id = ? ORDER BY t.plan_id, t.position, t.id", [directive_id])]

    def task_links(self) -> dict[int, list[int]]:
        """Every directive's tasks, by directive id."""
        out: dict[int, list[int]] = {}
        for r in self.db.execute("SELECT dt.directive_id, dt.task_id FROM directive_tasks dt "
                                 "JOIN tasks t ON t.id = dt.task_id ORDER BY t.plan_id, t.position, t.id"):
            out.setdefault(r[0], []).append(r[1])
        return out

    def set_tasks(self, directive_id: int, task_ids: list[int]) -> None:
        self.db.execute("DELETE FROM directive_tasks WHERE directive_id = ?", [directive_id])
        for tid in dict.fromkeys(task_ids):
            self.db.execute("INSERT INTO directive_tasks (directive_id, task_id) VALUES (?, ?)", [directive_id, tid])
