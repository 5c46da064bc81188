"""Statistics forms: templates, values per period and unit, unit submissions, report text blocks."""

from __future__ import annotations

import json
from functools import lru_cache

from ..domain.forms import FormTemplate, StoredForm, Submission, parse_template
from ._util import jdump
from .sqlite import Database

Key = tuple[str, str]  # (row_code, col_key)


@lru_cache(maxsize=32)
def _template(definition: str) -> FormTemplate:
    return parse_template(json.loads(definition))


def _form(r: dict) -> StoredForm:
    return StoredForm(id=r["id"], template=_template(r["definition"]))


class FormRepo:
    def __init__(self, db: Database):
        self.db = db

    # -- templates ------------------------------------------------------------------------------
    def all(self) -> list[StoredForm]:
        return [_form(r) for r in self.db.query("SELECT * FROM forms ORDER BY code, version")]

    def get(self, form_id: int) -> StoredForm | None:
        rows = list(self.db.query("SELECT * FROM forms WHERE id = ?", [form_id]))
        return _form(rows[0]) if rows else None

    def find(self, code: str, version: int | None = None) -> StoredForm | None:
        """The given version, or the newest one."""
        if version is None:
            rows = list(self.db.query("SELECT * FROM forms WHERE code = ? ORDER BY version DESC LIMIT 1", [code]))
        else:
            rows = list(self.db.query("SELECT * FROM forms WHERE code = ? AND version = ?", [code, version]))
        return _form(rows[0]) if rows else None

    def insert(self, template: FormTemplate, definition: dict) -> int:
        cur = self.db.execute(
            "INSERT INTO forms (code, version, kind, title, definition) VALUES (?, ?, ?, ?, ?)",
            [template.code, template.version, template.kind, template.title, jdump(definition)])
        return int(cur.lastrowid or 0)

    def delete(self, form_id: int) -> None:
        self.db.execute("DELETE FROM forms WHERE id = ?", [form_id])

    # -- values ---------------------------------------------------------------------------------
    def values(self, form_id: int, year: int, period: str, unit_id: int | None) -> dict[Key, str]:
        """One unit's figures, or the agency's (unit_id None)."""
        return {(r["row_code"], r["col_key"]): r["value"] for r in self.db.query(
            "SELECT row_code, col_key, value FROM form_values WHERE form_id = ? AND year = ? AND period = ? "
            "AND unit_id IS ? AND value IS NOT NULL", [form_id, year, period, unit_id])}

    def unit_values(self, form_id: int, year: int, period: str) -> dict[int, dict[Key, str]]:
        """Every unit's figures (not the agency's), by unit id."""
        out: dict[int, dict[Key, str]] = {}
        for r in self.db.query(
                "SELECT unit_id, row_code, col_key, value FROM form_values WHERE form_id = ? AND year = ? "
                "AND period = ? AND unit_id IS NOT NULL AND value IS NOT NULL", [form_id, year, period]):
            out.setdefault(r["unit_id"], {})[(r["row_code"], r["col_key"])] = r["value"]
        return out

    def set_values(self, form_id: int, year: int, period: str, unit_id: int | None,
                   values: dict[Key, str | None]) -> None:
        """Write the given cells; None clears a cell. Other cells are left alone."""
        for (row_code, col_key), value in values.items():
            self.db.execute(
                "DELETE FROM form_values WHERE form_id = ? AND year = ? AND period = ? AND unit_id IS ? "
                "AND row_code = ? AND col_key = ?", [form_id, year, period, unit_id, row_code, col_key])
            if value is not None:
                self.db.execute(
                    "INSERT INTO form_values (form_id, year, period, unit_id, row_code, col_key, value) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)", [form_id, year, period, unit_id, row_code, col_key, value])

    def replace_values(self, form_id: int, year: int, period: str, unit_id: int | None,
                       values: dict[Key, str | None]) -> None:
        """All of one unit's (or the agency's) cells for the period become `values`."""
        self.clear_values(form_id, year, period, unit_id)
        self.set_values(form_id, year, period, unit_id, {k: v for k, v in values.items() if v is not None})

    def clear_values(self, form_id: int, year: int, period: str, unit_id: int | None) -> None:
        self.db.execute("DELETE FROM form_values WHERE form_id = ? AND year = ? AND period = ? AND unit_id IS ?",
                        [form_id, year, period, unit_id])

    def periods(self, form_id: int) -> list[tuple[int, str]]:
        """(year, period) pairs that hold any figure, newest year first."""
        return [(r[0], r[1]) for r in self.db.execute(
            "SELECT DISTINCT year, period FROM form_values WHERE form_id = ? ORDER BY year DESC, period",
            [form_id]).fetchall()]

    # -- submissions ----------------------------------------------------------------------------
    def submissions(self, form_id: int, year: int, period: str) -> dict[int, Submission]:
        return {r["unit_id"]: Submission(r["unit_id"], r["submitted_at"], r["source_file"]) for r in self.db.query(
            "SELECT * FROM form_submissions WHERE form_id = ? AND year = ? AND period = ?", [form_id, year, period])}

    def submitted_units(self) -> dict[tuple[int, int, str], set[int]]:
        """Every (form, year, period) with a submission, and the units that have sent theirs."""
        out: dict[tuple[int, int, str], set[int]] = {}
        for r in self.db.execute("SELECT form_id, year, period, unit_id FROM form_submissions"):
            out.setdefault((r[0], r[1], r[2]), set()).add(r[3])
        return out

    def set_submission(self, form_id: int, year: int, period: str, unit_id: int, submitted_at: str,
                       source_file: str = "") -> None:
        self.db.execute(
            "INSERT INTO form_submissions (form_id, year, period, unit_id, submitted_at, source_file) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (form_id, year, period, unit_id) DO UPDATE SET "
            "submitted_at = excluded.submitted_at, source_file = excluded.source_file",
            [form_id, year, period, unit_id, submitted_at, source_file])

    def delete_submission(self, form_id: int, year: int, period: str, unit_id: int) -> None:
        self.db.execute("DELETE FROM form_submissions WHERE form_id = ? AND year = ? AND period = ? AND unit_id = ?",
                        [form_id, year, period, unit_id])

    # -- report text blocks ---------------------------------------------------------------------
    def report_texts(self, plan_id: int, year: int, period: str) -> dict[str, str]:
        return {r["block_key"]: r["body"] for r in self.db.query(
            "SELECT block_key, body FROM report_texts WHERE plan_id = ? AND year = ? AND period = ?",
            [plan_id, year, period])}

    def set_report_text(self, plan_id: int, year: int, period: str, block_key: str, body: str) -> None:
        """An empty body removes the block."""
        if not body:
            self.db.execute("DELETE FROM report_texts WHERE plan_id = ? AND year = ? AND period = ? "
                            "AND block_key = ?", [plan_id, year, period, block_key])
            return
        self.db.execute(
            "INSERT INTO report_texts (plan_id, year, period, block_key, body) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (plan_id, year, period, block_key) DO UPDATE SET body = excluded.body",
            [plan_id, year, period, block_key, body])
