"""Units (phòng, đơn vị): ordered, deactivatable, never deleted while tasks name them; their other spellings."""

from __future__ import annotations

from ..domain.models import Unit
from .sqlite import Database


def _unit(r: dict, aliases: dict[int, list[str]]) -> Unit:
    return Unit(id=r["id"], name=r["name"], short_name=r["short_name"], kind=r["kind"],
                position=r["position"], active=bool(r["active"]), aliases=aliases.get(r["id"], []))


class UnitRepo:
    def __init__(self, db: Database):
        self.db = db

    def all(self, include_inactive: bool = True) -> list[Unit]:
        where = "" if include_inactive else "WHERE active = 1"
        aliases = self.aliases()
        return [_unit(r, aliases) for r in self.db.query(f"SELECT * FROM units {where} ORDER BY position, id")]

    def get(self, unit_id: int) -> Unit | None:
        rows = list(self.db.query("SELECT * FROM units WHERE id = ?", [unit_id]))
        return _unit(rows[0], self.aliases(unit_id)) if rows else None

    def by_name(self, name: str) -> Unit | None:
        rows = list(self.db.query("SELECT * FROM units WHERE name = ?", [name]))
        return _unit(rows[0], self.aliases(rows[0]["id"])) if rows else None

    def aliases(self, unit_id: int | None = None) -> dict[int, list[str]]:
        """unit id → its other spellings, oldest first."""
        where, args = ("WHERE unit_id = ?", [unit_id]) if unit_id is not None else ("", [])
        out: dict[int, list[str]] = {}
        for r in self.db.query(f"SELECT unit_id, alias FROM unit_aliases {where} ORDER BY id", args):
            out.setdefault(r["unit_id"], []).append(r["alias"])
        return out

    def alias_owner(self, alias: str) -> int | None:
        row = self.db.execute("SELECT unit_id FROM unit_aliases WHERE alias = ?", [alias]).fetchone()
        return row[0] if row else None

    def add_alias(self, unit_id: int, alias: str) -> int:
        return int(self.db.execute("INSERT INTO unit_aliases (unit_id, alias) VALUES (?, ?)",
                                   [unit_id, alias]).lastrowid)

    def delete_aliases(self, alias_ids: list[int]) -> None:
        for aid in alias_ids:
            self.db.execute("DELETE FROM unit_aliases WHERE id = ?", [aid])

    def insert(self, name: str, short_name: str = "", kind: str = "unit", active: bool = True,
               position: int | None = None) -> int:
        if position is None:
            position = self.db.execute("SELECT COALESCE(MAX(position), 0) + 1 FROM units").fetchone()[0]
        cur = self.db.execute(
            "INSERT INTO units (name, short_name, kind, position, active) VALUES (?, ?, ?, ?, ?)",
            [name, short_name, kind, position, int(active)],
        )
        return int(cur.lastrowid)

    def update(self, unit_id: int, **fields) -> None:
        if not fields:  # "UPDATE … SET WHERE" is a syntax error: nothing to write is a no-op
            return
        if "active" in fields:
            fields["active"] = int(bool(fields["active"]))
        cols = ", ".join(f"{k} = ?" for k in fields)
        self.db.execute(f"UPDATE units SET {cols} WHERE id = ?", [*fields.values(), unit_id])

    def usage_count(self, unit_id: int) -> int:
        return self.db.execute(
            "SELECT (SELECT COUNT(*) FROM task_units WHERE unit_id = ?) + "
            "(SELECT COUNT(*) FROM targets WHERE lead_unit_id = ? OR monitor_unit_id = ?) + "
            "(SELECT COUNT(*) FROM projects WHERE lead_unit_id = ?)",
            [unit_id, unit_id, unit_id, unit_id],
        ).fetchone()[0]

    def restore(self, unit: Unit) -> None:
        """Put a deleted unit back under its id, with the spellings it had (they went with it)."""
        self.db.execute("INSERT INTO units (id, name, short_name, kind, position, active) VALUES (?, ?, ?, ?, ?, ?)",
                        [unit.id, unit.name, unit.short_name, unit.kind, unit.position, int(unit.active)])
        for alias in unit.aliases:
            self.add_alias(unit.id, alias)

    def delete(self, unit_id: int) -> None:
        self.db.execute("DELETE FROM units WHERE id = ?", [unit_id])
