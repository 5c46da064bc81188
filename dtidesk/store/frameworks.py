"""Frameworks (bộ chỉ số) and their indicator trees."""

from __future__ import annotations

from decimal import Decimal

from ..domain.methods import MANUAL, Method
from ..domain.models import Framework, Indicator, RatingBand
from ._util import dec, dec_text, from_iso, iso, jdump, jload
from .sqlite import Database


def _framework(r: dict) -> Framework:
    bands = [RatingBand(Decimal(str(b["min_percent"])), b["rating"]) for b in jload(r["rating_bands"], [])]
    return Framework(id=r["id"], code=r["code"], version_year=r["version_year"], name=r["name"],
                     kind=r["kind"], decision=r["decision"], province=r["province"], note=r["note"],
                     rating_bands=bands, level=r.get("level") or "", decision_date=from_iso(r.get("decision_date")),
                     source=r.get("source") or "", period=jload(r.get("period") or "", {}))


def _method(text: str | None) -> Method:
    if not text:
        return MANUAL
    try:
        return Method.from_json(jload(text, {}))
    except (ValueError, KeyError, TypeError, ArithmeticError):
        # A method this version cannot read (written by a newer one) is scored by hand, never a crash.
        return MANUAL


def _indicator(r: dict) -> Indicator:
    return Indicator(id=r["id"], framework_id=r["framework_id"], parent_id=r["parent_id"], code=r["code"],
                     name=r["name"], kind=r["kind"], max_score=dec(r["max_score"]), position=r["position"],
                     scoring_note=r["scoring_note"], evidence_hint=r["evidence_hint"],
                     method=_method(r.get("method")), source_line=r.get("source_line") or "",
                     stated_max=dec(r.get("stated_max")))


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
               province: str = "", note: str = "", rating_bands: list[dict] | None = None, level: str = "",
               decision_date=None, source: str = "", framework_id: int | None = None) -> int:
        """A new version; `framework_id` puts a removed one back under the id it had (an undone deletion)."""
        cur = self.db.execute(
            "INSERT INTO frameworks (id, code, version_year, name, kind, decision, province, note, rating_bands, "
            "level, decision_date, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [framework_id, code, version_year, name, kind, decision, province, note, jdump(rating_bands or []),
             level, iso(decision_date), source],
        )
        return int(cur.lastrowid)

    def insert_indicator(self, framework_id: int, parent_id: int | None, code: str, name: str, kind: str,
                         max_score: Decimal | None, position: int, scoring_note: str = "",
                         evidence_hint: str = "", method: Method | None = None, source_line: str = "",
                         indicator_id: int | None = None, stated_max: Decimal | None = None) -> int:
        """A new indicator; `indicator_id` puts a removed one back under the id it had (an undone deletion).
        `stated_max`: a group's maximum as its decision states it."""
        cur = self.db.execute(
            "INSERT INTO indicators (id, framework_id, parent_id, code, name, kind, max_score, position, "
            "scoring_note, evidence_hint, method, source_line, stated_max) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [indicator_id, framework_id, parent_id, code, name, kind, dec_text(max_score), position, scoring_note,
             evidence_hint, _method_text(method), source_line, dec_text(stated_max) if kind == "group" else None],
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

    def update_indicator(self, indicator_id: int, *, code: str, name: str, max_score: Decimal | None,
                         scoring_note: str, evidence_hint: str, method: Method | None) -> None:
        self.db.execute(
            "UPDATE indicators SET code = ?, name = ?, max_score = ?, scoring_note = ?, evidence_hint = ?, "
            "method = ? WHERE id = ?",
            [code, name, dec_text(max_score), scoring_note, evidence_hint, _method_text(method), indicator_id])

    def update_framework(self, framework_id: int, **fields) -> None:
        allowed = {"name", "decision", "province", "note", "level", "decision_date", "version_year", "code", "period"}
        if not fields or set(fields) - allowed:
            raise ValueError(f"fields {sorted(set(fields) - allowed)}")
        values = [iso(v) if k == "decision_date" else jdump(v) if k == "period" else v for k, v in fields.items()]
        sets = ", ".join(f"{k} = ?" for k in fields)
        self.db.execute(f"UPDATE frameworks SET {sets} WHERE id = ?", [*values, framework_id])

    def renumber_indicators(self, framework_id: int, ordered_ids: list[int]) -> None:
        """Positions 1..n in the given (document) order."""
        for pos, iid in enumerate(ordered_ids, start=1):
            self.db.execute("UPDATE indicators SET position = ? WHERE id = ? AND framework_id = ?",
                            [pos, iid, framework_id])

    def delete_indicator(self, indicator_id: int) -> None:
        self.db.execute("DELETE FROM indicators WHERE id = ?", [indicator_id])

    def delete(self, framework_id: int) -> None:
        """The framework with its indicators (ON DELETE CASCADE); its assessments must be gone first."""
        self.db.execute("DELETE FROM frameworks WHERE id = ?", [framework_id])


def _method_text(method: Method | None) -> str:
    return "" if method is None or method.kind == "manual" and not method.notes else jdump(method.to_json())
