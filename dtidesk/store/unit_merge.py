"""Moving every row that names one unit onto another, and putting each back exactly (a merge and its undo)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .sqlite import Database

# Rows whose identity includes the unit (a task's link, a form cell, a submission, a spelling): when both
# units have the same row, the kept unit's row stays and the other is dropped. Every other column that
# names a unit (a target's lead or monitoring unit, a project's lead unit…) simply changes its value.
LINK_TABLES = ("task_units", "form_values", "form_submissions", "unit_aliases")


@dataclass
class MergeSnapshot:
    """What undo needs: the link rows of both units as they were, and which other rows named the merged one."""

    keep_id: int
    from_id: int
    links: dict[str, tuple[str, list[dict]]] = field(default_factory=dict)  # table → (column, rows before)
    moved: dict[tuple[str, str], list[int]] = field(default_factory=dict)  # (table, column) → rowids
    log_ids: list[int] = field(default_factory=list)  # change-log entries about the merged unit
    dropped: dict[str, int] = field(default_factory=dict)  # link table → rows the kept unit already had

    def count(self, table: str) -> int:
        """Rows of a table that followed the kept unit."""
        if table in self.links:
            column, rows = self.links[table]
            return sum(1 for r in rows if r[column] == self.from_id) - self.dropped.get(table, 0)
        return sum(len(ids) for (t, _), ids in self.moved.items() if t == table)


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class UnitMergeRepo:
    def __init__(self, db: Database):
        self.db = db

    def references(self) -> list[tuple[str, str]]:
        """Every (table, column) with a foreign key to units, read from the schema so that a table added by
        a later step is never forgotten."""
        out = []
        tables = [r[0] for r in self.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        for table in tables:
            for fk in self.db.execute(f"PRAGMA foreign_key_list({_q(table)})").fetchall():
                if fk[2] == "units":
                    out.append((table, fk[3]))
        return out

    def usage(self, unit_id: int) -> dict[str, int]:
        """Rows naming the unit, by table (its own spellings left out)."""
        out: dict[str, int] = {}
        for table, col in self.references():
            if table == "unit_aliases":
                continue
            n = self.db.execute(f"SELECT COUNT(*) FROM {_q(table)} WHERE {_q(col)} = ?", [unit_id]).fetchone()[0]
            if n:
                out[table] = out.get(table, 0) + n
        return out

    def move(self, from_id: int, keep_id: int) -> MergeSnapshot:
        """Every row naming `from_id` names `keep_id` afterwards; the unit row itself is left to the caller."""
        snap = MergeSnapshot(keep_id, from_id)
        for table, col in self.references():
            t, c = _q(table), _q(col)
            if table in LINK_TABLES:
                rows = [dict(r) for r in self.db.query(f"SELECT * FROM {t} WHERE {c} IN (?, ?)", [from_id, keep_id])]
                snap.links[table] = (col, rows)
                self.db.execute(f"UPDATE OR IGNORE {t} SET {c} = ? WHERE {c} = ?", [keep_id, from_id])
                left = self.db.execute(f"DELETE FROM {t} WHERE {c} = ?", [from_id]).rowcount
                if left:
                    snap.dropped[table] = left
            else:
                ids = [r[0] for r in self.db.execute(f"SELECT rowid FROM {t} WHERE {c} = ?", [from_id])]
                if ids:
                    snap.moved[(table, col)] = ids
                    self.db.execute(f"UPDATE {t} SET {c} = ? WHERE {c} = ?", [keep_id, from_id])
        if "task_units" in snap.links:
            col, rows = snap.links["task_units"]
            for r in rows:  # where a task named both, the kept unit takes the earlier place in the list
                if r[col] == from_id:
                    self.db.execute("UPDATE task_units SET position = MIN(position, ?) WHERE task_id = ? AND "
                                    "role = ? AND unit_id = ?", [r["position"], r["task_id"], r["role"], keep_id])
            # A unit that now leads a task no longer coordinates it as well.
            for task_id in sorted({r["task_id"] for r in rows if r[col] == from_id}):
                self.db.execute("DELETE FROM task_units WHERE task_id = ? AND unit_id = ? AND role = 'coop' AND "
                                "EXISTS (SELECT 1 FROM task_units WHERE task_id = ? AND unit_id = ? AND role = 'lead')",
                                [task_id, keep_id, task_id, keep_id])
        snap.log_ids = [r[0] for r in self.db.execute(
            "SELECT id FROM change_log WHERE entity = 'units' AND entity_id = ?", [from_id])]
        self.db.execute("UPDATE change_log SET entity_id = ? WHERE entity = 'units' AND entity_id = ?",
                        [keep_id, from_id])
        return snap

    def put_back(self, snap: MergeSnapshot) -> None:
        """Undo of move(), once the merged unit's row exists again: every row exactly as it was."""
        for table, (col, rows) in snap.links.items():
            t, c = _q(table), _q(col)
            self.db.execute(f"DELETE FROM {t} WHERE {c} IN (?, ?)", [snap.from_id, snap.keep_id])
            for row in rows:
                cols = ", ".join(_q(k) for k in row)
                self.db.execute(f"INSERT INTO {t} ({cols}) VALUES ({', '.join('?' for _ in row)})", list(row.values()))
        for (table, col), ids in snap.moved.items():
            for rowid in ids:
                self.db.execute(f"UPDATE {_q(table)} SET {_q(col)} = ? WHERE rowid = ?", [snap.from_id, rowid])
        for log_id in snap.log_ids:
            self.db.execute("UPDATE change_log SET entity_id = ? WHERE id = ?", [snap.from_id, log_id])
