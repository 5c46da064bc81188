"""Plans (kế hoạch) and their group headings."""

from __future__ import annotations

from ..domain.models import Plan, PlanSection, TaskGroup
from ._util import jdump, jload
from .sqlite import Database

JSON_FIELDS = ("legal_bases", "sections", "indicator_intros", "recipients", "reporting")


def _plan(r: dict) -> Plan:
    return Plan(
        id=r["id"], kind=r["kind"], year=r["year"], title=r["title"], number=r["number"], symbol=r["symbol"],
        issued_day=r["issued_day"], issued_month=r["issued_month"], issued_year=r["issued_year"],
        legal_bases=jload(r["legal_bases"], []), preamble=r["preamble"],
        sections=[PlanSection(**s) for s in jload(r["sections"], [])],
        indicator_intros=jload(r["indicator_intros"], {}),
        recipients=jload(r["recipients"], []), signing_authority=r["signing_authority"],
        signer_title=r["signer_title"], signer_name=r["signer_name"], assessment_id=r["assessment_id"],
        reporting=jload(r["reporting"], {}), sample_note=r["sample_note"],
    )


def _encode(fields: dict) -> dict:
    out = dict(fields)
    for k in JSON_FIELDS:
        if k in out:
            v = out[k]
            if k == "sections":
                v = [s if isinstance(s, dict) else {"heading": s.heading, "body": s.body,
                                                     "generated": s.generated} for s in v]
            out[k] = jdump(v)
    return out


def _group(r: dict) -> TaskGroup:
    return TaskGroup(id=r["id"], plan_id=r["plan_id"], parent_id=r["parent_id"], code=r["code"],
                     title=r["title"], position=r["position"])


class PlanRepo:
    def __init__(self, db: Database):
        self.db = db

    def all(self) -> list[Plan]:
        return [_plan(r) for r in self.db.query("SELECT * FROM plans ORDER BY year DESC, id")]

    def get(self, plan_id: int) -> Plan | None:
        rows = list(self.db.query("SELECT * FROM plans WHERE id = ?", [plan_id]))
        return _plan(rows[0]) if rows else None

    def years(self) -> list[int]:
        return [r[0] for r in self.db.execute(
            "SELECT year FROM plans UNION SELECT year FROM assessments ORDER BY 1 DESC").fetchall()]

    def insert(self, **fields) -> int:
        enc = _encode(fields)
        cols = ", ".join(enc)
        marks = ", ".join("?" for _ in enc)
        cur = self.db.execute(f"INSERT INTO plans ({cols}) VALUES ({marks})", list(enc.values()))
        return int(cur.lastrowid)

    def update(self, plan_id: int, **fields) -> None:
        enc = _encode(fields)
        if not enc:  # "UPDATE … SET WHERE" is a syntax error: nothing to write is a no-op
            return
        cols = ", ".join(f"{k} = ?" for k in enc)
        self.db.execute(f"UPDATE plans SET {cols} WHERE id = ?", [*enc.values(), plan_id])

    def delete(self, plan_id: int) -> None:
        self.db.execute("DELETE FROM plans WHERE id = ?", [plan_id])

    # -- group headings -------------------------------------------------
    def groups(self, plan_id: int) -> list[TaskGroup]:
        return [_group(r) for r in self.db.query(
            "SELECT * FROM task_groups WHERE plan_id = ? ORDER BY position, id", [plan_id])]

    def insert_group(self, plan_id: int, parent_id: int | None, code: str, title: str, position: int) -> int:
        cur = self.db.execute(
            "INSERT INTO task_groups (plan_id, parent_id, code, title, position) VALUES (?, ?, ?, ?, ?)",
            [plan_id, parent_id, code, title, position])
        return int(cur.lastrowid)

    def delete_group(self, group_id: int) -> None:
        self.db.execute("DELETE FROM task_groups WHERE id = ?", [group_id])
