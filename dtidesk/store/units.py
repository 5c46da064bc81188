"""Units (phòng, đơn vị): ordered, deactivatable, never deleted while tasks name them."""

from __future__ import annotations

from sqlite_utils import Database

from ..domain.models import Unit


def _unit(r: dict) -> Unit:
    return Unit(id=r["id"], name=r["name"], short_name=r["short_name"], kind=r["kind"],
                position=r["position"], active=bool(r["active"]))


class UnitRepo:
    def __init__(self, db: Database):
        self.db = db

    def all(self, include_inactive: bool = True) -> list[Unit]:
        where = "" if include_inactive else "WHERE active = 1"
        return [_unit(r) for r in self.db.query(f"SELECT * FROM units {where} ORDER BY position, id")]

    def get(self, unit_id: int) -> Unit | None:
        rows = list(self.db.query("SELECT * FROM units WHERE id = ?", [unit_id]))
        return _unit(rows[0]) if rows else None

    def by_name(self, name: str) -> Unit | None:
        rows = list(self.db.query("SELECT * FROM units WHERE name = ?", [name]))
        return _unit(rows[0]) if rows else None

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
        self.db.execute("INSERT INTO units (id, name, short_name, kind, position, active) VALUES (?, ?, ?, ?, ?, ?)",
                        [unit.id, unit.name, unit.short_name, unit.kind, unit.position, int(unit.active)])

    def delete(self, unit_id: int) -> None:
        self.db.execute("DELETE FROM units WHERE id = ?", [unit_id])
