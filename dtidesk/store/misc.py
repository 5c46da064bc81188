"""Agency profile, the change log, per-file settings and links between criteria of index versions."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict

from ..domain.models import Agency
from ._util import jdump, jload
from .sqlite import Database


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
