"""Frameworks (bộ chỉ số) and their indicator trees."""

from __future__ import annotations

from decimal import Decimal

from ..domain.models import Framework, Indicator, RatingBand
from ._util import dec, dec_text, jdump, jload
from .sqlite import Database


def _framework(r: dict) -> Framework:
    bands = [RatingBand(Decimal(str(b["min_percent"])), b["rating"]) for b in jload(r["rating_bands"], [])]
    return Framework(id=r["id"], code=r["code"], version_year=r["version_year"], name=r["name"],
                     kind=r["kind"], decision=r["decision"], province=r["province"], note=r["note"],
                     rating_bands=bands)


def _indicator(r: dict) -> Indicator:
    return Indicator(id=r["id"], framework_id=r["framework_id"], parent_id=r["parent_id"], code=r["code"],
                     name=r["name"], kind=r["kind"], max_score=dec(r["max_score"]), position=r["position"],
                     scoring_note=r["scoring_note"], evidence_hint=r["evidence_hint"])


class FrameworkRepo:
    def __init__(self, db: Database):
        self.db = db

    def all(self) -> list[Framework]:
        return [_framework(r) for r in self.db.query(
            "SELECT * FROM frameworks ORDER BY code, version_year")]

    def get(self, framework_id: int) -> Framework | None:
        rows = list(self.db.query("SELECT * FROM frameworks WHERE id = ?", [framework_id]))
        return _framework(rows[0]) if rows else None

    def find(self, code: str, version_year: int | None = None) -> Framework | None:
        """The given version, or without a year the newest one."""
        if version_year is None:
            rows = list(self.db.query(
                "SELECT * FROM frameworks WHERE code = ? ORDER BY version_year DESC LIMIT 1", [code]))
        else:
            rows = list(self.db.query(
                "SELECT * FROM frameworks WHERE code = ? AND version_year = ?", [code, version_year]))
        return _framework(rows[0]) if rows else None

    def insert(self, code: str, version_year: int, name: str, kind: str = "DTI", decision: str = "",
               province: str = "", note: str = "", rating_bands: list[dict] | None = None) -> int:
        cur = self.db.execute(
            "INSERT INTO frameworks (code, version_year, name, kind, decision, province, note, rating_bands) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [code, version_year, name, kind, decision, province, note, jdump(rating_bands or [])],
        )
        return int(cur.lastrowid)

    def insert_indicator(self, framework_id: int, parent_id: int | None, code: str, name: str, kind: str,
                         max_score: Decimal | None, position: int, scoring_note: str = "",
                         evidence_hint: str = "") -> int:
        cur = self.db.execute(
            "INSERT INTO indicators (framework_id, parent_id, code, name, kind, max_score, position, "
            "scoring_note, evidence_hint) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [framework_id, parent_id, code, name, kind, dec_text(max_score), position, scoring_note,
             evidence_hint],
        )
        return int(cur.lastrowid)

    def indicators(self, framework_id: int) -> list[Indicator]:
        return [_indicator(r) for r in self.db.query(
            "SELECT * FROM indicators WHERE framework_id = ? ORDER BY position, id", [framework_id])]

    def indicator(self, indicator_id: int) -> Indicator | None:
        rows = list(self.db.query("SELECT * FROM indicators WHERE id = ?", [indicator_id]))
        return _indicator(rows[0]) if rows else None

    def indicator_by_code(self, framework_id: int, code: str) -> Indicator | None:
        rows = list(self.db.query(
            "SELECT * FROM indicators WHERE framework_id = ? AND code = ?", [framework_id, code]))
        return _indicator(rows[0]) if rows else None

    def delete(self, framework_id: int) -> None:
        """The framework with its indicators (ON DELETE CASCADE); its assessments must be gone first."""
        self.db.execute("DELETE FROM frameworks WHERE id = ?", [framework_id])
