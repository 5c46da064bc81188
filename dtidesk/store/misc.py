"""Agency profile, targets, projects, directives and the change log."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict

from sqlite_utils import Database

from ..domain.models import Agency, Directive, Project, Target
from ._util import dec, dec_text, from_iso, iso, jdump, jload


class AgencyRepo:
    def __init__(self, db: Database):
        self.db = db

    def get(self) -> Agency:
        rows = list(self.db.query("SELECT * FROM agency WHERE id = 1"))
        if not rows:
            return Agency()
        r = rows[0]
        r.pop("id")
        r["default_recipients"] = jload(r["default_recipients"], [])
        return Agency(**r)

    def save(self, agency: Agency) -> None:
        values = asdict(agency)
        values["default_recipients"] = jdump(values["default_recipients"])
        cols = list(values)
        self.db.execute(
            f"INSERT INTO agency (id, {', '.join(cols)}) VALUES (1, {', '.join('?' for _ in cols)}) "
            f"ON CONFLICT (id) DO UPDATE SET {', '.join(f'{c} = excluded.{c}' for c in cols)}",
            list(values.values()),
        )


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

    def insert(self, t: Target) -> int:
        cur = self.db.execute(
            "INSERT INTO targets (id, plan_id, group_id, position, code, content, comparison, threshold, "
            "unit_of_measure, lead_unit_id, monitor_unit_id, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [t.id or None, t.plan_id, t.group_id, t.position, t.code, t.content, t.comparison,
             dec_text(t.threshold), t.unit_of_measure, t.lead_unit_id, t.monitor_unit_id, t.note])
        return int(cur.lastrowid)

    def delete(self, target_id: int) -> None:
        self.db.execute("DELETE FROM targets WHERE id = ?", [target_id])

    def values(self, target_id: int) -> dict[tuple[int, str], str | None]:
        return {(r["year"], r["period"]): r["value"] for r in self.db.query(
            "SELECT * FROM target_values WHERE target_id = ?", [target_id])}

    def set_value(self, target_id: int, year: int, period: str, value: str | None) -> None:
        self.db.execute(
            "INSERT INTO target_values (target_id, year, period, value) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (target_id, year, period) DO UPDATE SET value = excluded.value",
            [target_id, year, period, value])


def _project(r: dict) -> Project:
    return Project(id=r["id"], plan_id=r["plan_id"], name=r["name"], position=r["position"], scale=r["scale"],
                   timeframe=r["timeframe"], lead_unit_id=r["lead_unit_id"],
                   budget_total=dec(r["budget_total"]), budget_state=dec(r["budget_state"]),
                   budget_social=dec(r["budget_social"]), note=r["note"])


class ProjectRepo:
    def __init__(self, db: Database):
        self.db = db

    def for_plan(self, plan_id: int) -> list[Project]:
        return [_project(r) for r in self.db.query(
            "SELECT * FROM projects WHERE plan_id = ? ORDER BY position, id", [plan_id])]

    def insert(self, p: Project) -> int:
        cur = self.db.execute(
            "INSERT INTO projects (id, plan_id, position, name, scale, timeframe, lead_unit_id, budget_total, "
            "budget_state, budget_social, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [p.id or None, p.plan_id, p.position, p.name, p.scale, p.timeframe, p.lead_unit_id,
             dec_text(p.budget_total), dec_text(p.budget_state), dec_text(p.budget_social), p.note])
        return int(cur.lastrowid)

    def delete(self, project_id: int) -> None:
        self.db.execute("DELETE FROM projects WHERE id = ?", [project_id])


def _directive(r: dict) -> Directive:
    return Directive(id=r["id"], doc_type=r["doc_type"], number_symbol=r["number_symbol"],
                     issued_on=from_iso(r["issued_on"]), summary=r["summary"], issuer=r["issuer"],
                     plan_id=r["plan_id"], note=r["note"])


class DirectiveRepo:
    def __init__(self, db: Database):
        self.db = db

    def all(self) -> list[Directive]:
        return [_directive(r) for r in self.db.query("SELECT * FROM directives ORDER BY issued_on, id")]

    def between(self, start: dt.date, end: dt.date) -> list[Directive]:
        return [_directive(r) for r in self.db.query(
            "SELECT * FROM directives WHERE issued_on BETWEEN ? AND ? ORDER BY issued_on, id",
            [start.isoformat(), end.isoformat()])]

    def insert(self, d: Directive) -> int:
        cur = self.db.execute(
            "INSERT INTO directives (id, plan_id, doc_type, number_symbol, issued_on, summary, issuer, note) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [d.id or None, d.plan_id, d.doc_type, d.number_symbol, iso(d.issued_on), d.summary, d.issuer,
             d.note])
        return int(cur.lastrowid)


class ChangeLogRepo:
    def __init__(self, db: Database):
        self.db = db

    def add(self, action: str, entity: str = "", entity_id: int | None = None, summary: str = "") -> None:
        self.db.execute(
            "INSERT INTO change_log (at, action, entity, entity_id, summary) VALUES (?, ?, ?, ?, ?)",
            [dt.datetime.now().isoformat(timespec="seconds"), action, entity, entity_id, summary])

    def recent(self, limit: int = 100) -> list[dict]:
        return list(self.db.query("SELECT * FROM change_log ORDER BY id DESC LIMIT ?", [limit]))


class SettingsRepo:
    """Per-file preferences as key → JSON text (e.g. remembered column mappings)."""

    def __init__(self, db: Database):
        self.db = db

    def get(self, key: str, default: object = None) -> object:
        rows = list(self.db.query("SELECT value FROM settings WHERE key = ?", [key]))
        return jload(rows[0]["value"], default) if rows else default

    def set(self, key: str, value: object) -> None:
        self.db.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value", [key, jdump(value)])

    def delete(self, key: str) -> None:
        self.db.execute("DELETE FROM settings WHERE key = ?", [key])


class IndicatorLinkRepo:
    """Links between a criterion of one framework version and its counterpart in another."""

    def __init__(self, db: Database):
        self.db = db

    def add(self, from_id: int, to_id: int, relation: str = "same", note: str = "") -> None:
        self.db.execute("INSERT INTO indicator_links (from_id, to_id, relation, note) VALUES (?, ?, ?, ?) "
                        "ON CONFLICT (from_id, to_id) DO UPDATE SET relation = excluded.relation, "
                        "note = excluded.note", [from_id, to_id, relation, note])

    def remove(self, from_id: int, to_id: int) -> None:
        self.db.execute("DELETE FROM indicator_links WHERE from_id = ? AND to_id = ?", [from_id, to_id])

    def all(self) -> list[dict]:
        return list(self.db.query("SELECT * FROM indicator_links ORDER BY from_id, to_id"))

    def successors(self, indicator_id: int) -> list[dict]:
        return list(self.db.query("SELECT * FROM indicator_links WHERE from_id = ?", [indicator_id]))

    def predecessors(self, indicator_id: int) -> list[dict]:
        return list(self.db.query("SELECT * FROM indicator_links WHERE to_id = ?", [indicator_id]))
