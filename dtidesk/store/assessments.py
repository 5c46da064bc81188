"""Assessments: one framework scored for one year, with scores, ranks and evidence."""

from __future__ import annotations

from decimal import Decimal

from ..domain.models import Assessment, Evidence, Score
from ._util import dec, dec_text, from_iso, iso, jdump, jload
from .sqlite import Database


def _assessment(r: dict) -> Assessment:
    return Assessment(id=r["id"], framework_id=r["framework_id"], year=r["year"], decision=r["decision"],
                      rank=r["rank"], rank_of=r["rank_of"], rating=r["rating"], note=r["note"])


def _evidence(r: dict) -> Evidence:
    return Evidence(id=r["id"], assessment_id=r["assessment_id"], indicator_id=r["indicator_id"],
                    title=r["title"], doc_number=r["doc_number"], doc_date=from_iso(r["doc_date"]),
                    location=r["location"], position=r["position"], issuer=r.get("issuer") or "",
                    file_name=r.get("file_name") or "", blob=r.get("blob"), size=r.get("size"),
                    also_criteria=[int(x) for x in (r.get("also") or "").split(",") if x])


# Evidence rows with the size of their file and the other criteria they support, in one query.
_EVIDENCE = ("SELECT e.*, b.size AS size, (SELECT group_concat(indicator_id) FROM evidence_criteria c "
             "WHERE c.evidence_id = e.id) AS also FROM evidence e LEFT JOIN evidence_blobs b ON b.sha256 = e.blob ")


class AssessmentRepo:
    def __init__(self, db: Database):
        self.db = db

    def all(self) -> list[Assessment]:
        return [_assessment(r) for r in self.db.query(
            "SELECT * FROM assessments ORDER BY year DESC, framework_id")]

    def get(self, assessment_id: int) -> Assessment | None:
        rows = list(self.db.query("SELECT * FROM assessments WHERE id = ?", [assessment_id]))
        return _assessment(rows[0]) if rows else None

    def find(self, framework_id: int, year: int) -> Assessment | None:
        rows = list(self.db.query(
            "SELECT * FROM assessments WHERE framework_id = ? AND year = ?", [framework_id, year]))
        return _assessment(rows[0]) if rows else None

    def for_year(self, year: int) -> list[Assessment]:
        return [_assessment(r) for r in self.db.query(
            "SELECT * FROM assessments WHERE year = ? ORDER BY framework_id", [year])]

    def insert(self, framework_id: int, year: int, decision: str = "", rank: int | None = None,
               rank_of: int | None = None, rating: str = "", note: str = "", assessment_id: int | None = None
               ) -> int:
        """A new assessment; `assessment_id` puts one back under the id it had (an undone creation redone)."""
        cur = self.db.execute(
            "INSERT INTO assessments (id, framework_id, year, decision, rank, rank_of, rating, note) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [assessment_id, framework_id, year, decision, rank, rank_of, rating,
                                                note])
        return int(cur.lastrowid)

    def update(self, assessment_id: int, **fields) -> None:
        if not fields:  # "UPDATE … SET WHERE" is a syntax error: nothing to write is a no-op
            return
        cols = ", ".join(f"{k} = ?" for k in fields)
        self.db.execute(f"UPDATE assessments SET {cols} WHERE id = ?", [*fields.values(), assessment_id])

    def delete(self, assessment_id: int) -> None:
        self.db.execute("DELETE FROM assessments WHERE id = ?", [assessment_id])

    # -- scores -------------------------------------------------------
    def scores(self, assessment_id: int) -> dict[int, Score]:
        return {
            r["indicator_id"]: Score(r["indicator_id"], dec(r["self_score"]), dec(r["appraised_score"]),
                                     r["note"], [str(v) for v in jload(r.get("inputs") or "", [])],
                                     dec(r.get("computed")), r.get("override_reason") or "",
                                     r.get("explanation") or "")
            for r in self.db.query("SELECT * FROM scores WHERE assessment_id = ?", [assessment_id])
        }

    def set_score(self, assessment_id: int, indicator_id: int, self_score: Decimal | None,
                  appraised_score: Decimal | None, note: str) -> None:
        self.db.execute(
            "INSERT INTO scores (assessment_id, indicator_id, self_score, appraised_score, note) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (assessment_id, indicator_id) DO UPDATE SET "
            "self_score = excluded.self_score, appraised_score = excluded.appraised_score, note = excluded.note",
            [assessment_id, indicator_id, dec_text(self_score), dec_text(appraised_score), note],
        )

    def set_method_score(self, assessment_id: int, indicator_id: int, inputs: list[str],
                         computed: Decimal | None, self_score: Decimal | None, override_reason: str) -> None:
        """The officer's inputs to the criterion's method, what it computed, and the self score that stands."""
        self.db.execute(
            "INSERT INTO scores (assessment_id, indicator_id, self_score, inputs, computed, override_reason) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (assessment_id, indicator_id) DO UPDATE SET "
            "self_score = excluded.self_score, inputs = excluded.inputs, computed = excluded.computed, "
            "override_reason = excluded.override_reason",
            [assessment_id, indicator_id, dec_text(self_score), jdump(inputs) if inputs else "", dec_text(computed),
             override_reason])

    def set_explanation(self, assessment_id: int, indicator_id: int, text: str) -> None:
        self.db.execute(
            "INSERT INTO scores (assessment_id, indicator_id, explanation) VALUES (?, ?, ?) "
            "ON CONFLICT (assessment_id, indicator_id) DO UPDATE SET explanation = excluded.explanation",
            [assessment_id, indicator_id, text])

    def delete_score(self, assessment_id: int, indicator_id: int) -> None:
        self.db.execute("DELETE FROM scores WHERE assessment_id = ? AND indicator_id = ?",
                        [assessment_id, indicator_id])

    # -- ranks per group ---------------------------------------------
    def group_ranks(self, assessment_id: int) -> dict[int, tuple[int | None, int | None]]:
        return {r["indicator_id"]: (r["rank"], r["rank_of"]) for r in self.db.query(
            "SELECT * FROM group_results WHERE assessment_id = ?", [assessment_id])}

    def set_group_rank(self, assessment_id: int, indicator_id: int, rank: int | None,
                       rank_of: int | None) -> None:
        self.db.execute(
            "INSERT INTO group_results (assessment_id, indicator_id, rank, rank_of) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (assessment_id, indicator_id) DO UPDATE SET rank = excluded.rank, "
            "rank_of = excluded.rank_of", [assessment_id, indicator_id, rank, rank_of])

    def delete_group_rank(self, assessment_id: int, indicator_id: int) -> None:
        self.db.execute("DELETE FROM group_results WHERE assessment_id = ? AND indicator_id = ?",
                        [assessment_id, indicator_id])

    # -- evidence -----------------------------------------------------
    def evidence(self, assessment_id: int, indicator_id: int | None = None) -> list[Evidence]:
        """The assessment's evidence, or one criterion's: its own items and those that also support it."""
        if indicator_id is None:
            rows = self.db.query(_EVIDENCE + "WHERE e.assessment_id = ? ORDER BY e.indicator_id, e.position, e.id",
                                 [assessment_id])
        else:
            rows = self.db.query(_EVIDENCE + "WHERE e.assessment_id = ? AND (e.indicator_id = ? OR e.id IN "
                                 "(SELECT evidence_id FROM evidence_criteria WHERE indicator_id = ?)) "
                                 "ORDER BY e.indicator_id != ?, e.position, e.id",
                                 [assessment_id, indicator_id, indicator_id, indicator_id])
        return [_evidence(r) for r in rows]

    def evidence_counts(self, assessment_id: int) -> dict[int, int]:
        """Items per criterion, counting an item under every criterion it supports."""
        return {r["indicator_id"]: r["n"] for r in self.db.query(
            "SELECT indicator_id, COUNT(*) AS n FROM (SELECT id AS eid, indicator_id FROM evidence WHERE "
            "assessment_id = ? UNION SELECT c.evidence_id, c.indicator_id FROM evidence_criteria c JOIN evidence e "
            "ON e.id = c.evidence_id WHERE e.assessment_id = ?) GROUP BY indicator_id",
            [assessment_id, assessment_id])}

    def get_evidence(self, evidence_id: int) -> Evidence | None:
        rows = list(self.db.query(_EVIDENCE + "WHERE e.id = ?", [evidence_id]))
        return _evidence(rows[0]) if rows else None

    def insert_evidence(self, e: Evidence) -> int:
        cur = self.db.execute(
            "INSERT INTO evidence (id, assessment_id, indicator_id, title, doc_number, doc_date, location, "
            "position, issuer, file_name, blob) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [e.id or None, e.assessment_id, e.indicator_id, e.title, e.doc_number, iso(e.doc_date),
             e.location, e.position, e.issuer, e.file_name, e.blob])
        eid = int(cur.lastrowid)
        self.set_also_criteria(eid, e.also_criteria)
        return eid

    def set_also_criteria(self, evidence_id: int, indicator_ids: list[int]) -> None:
        self.db.execute("DELETE FROM evidence_criteria WHERE evidence_id = ?", [evidence_id])
        for iid in dict.fromkeys(indicator_ids):
            self.db.execute("INSERT INTO evidence_criteria (evidence_id, indicator_id) VALUES (?, ?)",
                            [evidence_id, iid])

    def update_evidence(self, e: Evidence) -> None:
        self.db.execute(
            "UPDATE evidence SET title = ?, doc_number = ?, doc_date = ?, location = ?, position = ?, issuer = ?, "
            "file_name = ?, blob = ?, indicator_id = ? WHERE id = ?",
            [e.title, e.doc_number, iso(e.doc_date), e.location, e.position, e.issuer, e.file_name, e.blob,
             e.indicator_id, e.id])
        self.set_also_criteria(e.id, e.also_criteria)

    def delete_evidence(self, evidence_id: int) -> None:
        self.db.execute("DELETE FROM evidence WHERE id = ?", [evidence_id])
