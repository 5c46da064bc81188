"""What the search across plans and years reads: the searchable text of every task, target, directive and
evidence item of the file, with the plan or the assessment year each belongs to, in a few plain queries."""

from __future__ import annotations

from .sqlite import Database


class SearchRepo:
    def __init__(self, db: Database):
        self.db = db

    def tasks(self) -> list[tuple]:
        """(id, plan_id, year, plan title, code, content, objective, output, result, timeline)."""
        return list(self.db.execute(
            "SELECT t.id, t.plan_id, p.year, p.title, t.code, t.content, t.objective, t.output, t.result, t.timeline "
            "FROM tasks t JOIN plans p ON p.id = t.plan_id ORDER BY p.year DESC, p.id, t.position, t.id"))

    def targets(self) -> list[tuple]:
        """(id, plan_id, year, plan title, code, content, note)."""
        return list(self.db.execute(
            "SELECT g.id, g.plan_id, p.year, p.title, g.code, g.content, g.note "
            "FROM targets g JOIN plans p ON p.id = g.plan_id ORDER BY p.year DESC, p.id, g.position, g.id"))

    def directives(self) -> list[tuple]:
        """(id, plan_id, year, plan title, doc type, number/symbol, summary, issuer, note); plan None when its plan
        was deleted."""
        return list(self.db.execute(
            "SELECT d.id, d.plan_id, p.year, p.title, d.doc_type, d.number_symbol, d.summary, d.issuer, d.note "
            "FROM directives d LEFT JOIN plans p ON p.id = d.plan_id ORDER BY p.year DESC, p.id, d.id"))

    def evidence(self) -> list[tuple]:
        """(id, assessment_id, year, framework code, criterion id, criterion code, title, number, issuer, file name,
        location)."""
        return list(self.db.execute(
            "SELECT e.id, e.assessment_id, a.year, f.code, e.indicator_id, i.code, e.title, e.doc_number, e.issuer, "
            "e.file_name, e.location FROM evidence e JOIN assessments a ON a.id = e.assessment_id "
            "JOIN frameworks f ON f.id = a.framework_id JOIN indicators i ON i.id = e.indicator_id "
            "ORDER BY a.year DESC, f.code, i.position, e.position, e.id"))
