"""Agency profile, the change log, per-file settings and links between criteria of index versions."""

from __future__ import annotations

import datetime as dt
import functools
import getpass
import json
import platform
from dataclasses import asdict

from ..domain.history import KNOWN_ENTITIES, ChangeEntry, HistoryFilter
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


@functools.cache
def who_and_where() -> tuple[str, str]:
    """The Windows user name and the computer's name, read once per process (the log names them on every line)."""
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in the environment: the line is still written
        user = ""
    return user, platform.node()


def _json(value: object) -> str | None:
    # Dates and Decimals as their ISO / canonical text: the history reads them back as text.
    return None if value is None else json.dumps(value, ensure_ascii=False, default=str, sort_keys=False)


_COLUMNS = "id, at, who, computer, action, entity, entity_id, summary, before, after"


def _entry(row: tuple) -> ChangeEntry:
    before, after = row[8], row[9]
    return ChangeEntry(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7],
                       json.loads(before) if before else None, json.loads(after) if after else None)


class ChangeLogRepo:
    def __init__(self, db: Database):
        self.db = db

    def add(self, action: str, entity: str = "", entity_id: int | None = None, summary: str = "",
            before: object = None, after: object = None) -> None:
        """One line of the log; `before`/`after` are what the action changed (fields and their values)."""
        who, computer = who_and_where()
        self.db.execute(
            "INSERT INTO change_log (at, action, entity, entity_id, summary, who, computer, before, after) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [dt.datetime.now().isoformat(timespec="seconds"), action, entity, entity_id, summary, who, computer,
             _json(before), _json(after)])

    def recent(self, limit: int = 100) -> list[dict]:
        return list(self.db.query("SELECT * FROM change_log ORDER BY id DESC LIMIT ?", [limit]))

    @staticmethod
    def _where(f: HistoryFilter) -> tuple[str, list]:
        clauses: list[str] = []
        params: list = []
        if f.who:
            clauses.append("who = ?")
            params.append(f.who)
        low, high = f.at_bounds()
        if low:
            clauses.append("at >= ?")
            params.append(low)
        if high:
            clauses.append("at < ?")
            params.append(high)
        if f.kinds:
            entities, other = f.entities()
            parts = []
            if entities:
                parts.append(f"entity IN ({', '.join('?' for _ in entities)})")
                params.extend(entities)
            if other:
                parts.append(f"entity NOT IN ({', '.join('?' for _ in KNOWN_ENTITIES)})")
                params.extend(KNOWN_ENTITIES)
            clauses.append("(" + " OR ".join(parts) + ")" if parts else "0")
        item = f.item
        if item is not None:
            clauses.append("entity = ? AND entity_id = ?")
            params += [item.entity, item.entity_id]
            if item.row_code is not None:
                # One cell of a form: the lines whose figures name it, for that year, period and unit.
                doc = "COALESCE(after, before)"
                clauses.append(f"json_extract({doc}, '$.year') = ? AND json_extract({doc}, '$.period') = ? "
                               f"AND IFNULL(json_extract({doc}, '$.unit_id'), 0) = ? "
                               f"AND (json_type(after, ?) IS NOT NULL OR json_type(before, ?) IS NOT NULL)")
                path = '$.values."' + item.row_code.replace('"', "") + '"'
                params += [item.year, item.period, item.unit_id or 0, path, path]
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def page(self, f: HistoryFilter, older_than: int | None = None, limit: int = 200) -> list[ChangeEntry]:
        """Lines matching `f`, newest first, older than the line `older_than` (the last one shown)."""
        where, params = self._where(f)
        if older_than is not None:
            where += (" AND " if where else " WHERE ") + "id < ?"
            params.append(older_than)
        sql = f"SELECT {_COLUMNS} FROM change_log{where} ORDER BY id DESC LIMIT ?"
        return [_entry(r) for r in self.db.execute(sql, [*params, limit])]

    def count(self, f: HistoryFilter) -> int:
        where, params = self._where(f)
        return int(self.db.execute(f"SELECT COUNT(*) FROM change_log{where}", params).fetchone()[0])

    def people(self) -> list[str]:
        """Everyone who has written to the file (lines from before the log named people have '')."""
        return [r[0] for r in self.db.execute("SELECT DISTINCT who FROM change_log WHERE who <> '' ORDER BY who")]


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
