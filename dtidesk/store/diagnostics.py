"""SQLite's own checks of an open agency file: integrity and dangling references."""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from .connection import AgencyFile


@dataclass(frozen=True)
class DanglingReference:
    """One row whose foreign key points at a row that does not exist (PRAGMA foreign_key_check)."""

    table: str
    rowid: int
    parent: str


_SAFE_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def integrity_problems(af: AgencyFile) -> list[str]:
    """What PRAGMA integrity_check reports; empty when the file is sound. A file too damaged to be
    checked at all is one problem, not an exception."""
    try:
        return [str(row[0]) for row in af.conn.execute("PRAGMA integrity_check(100)").fetchall()
                if row[0] != "ok"]
    except sqlite3.DatabaseError as exc:
        return [f"không kiểm tra được: {exc}"]


def dangling_references(af: AgencyFile) -> list[DanglingReference]:
    try:
        rows = af.conn.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError:
        return []  # integrity_problems has said why
    return [DanglingReference(str(row[0]), int(row[1] or 0), str(row[2])) for row in rows]


@dataclass(frozen=True)
class BadValue:
    """One stored value the program cannot use, named by table, row and column (for `Kiểm tra tệp`)."""

    table: str
    rowid: int
    column: str
    problem: str


# Columns that hold numbers as text (exact decimals) and dates as ISO text; the schema cannot say so.
DECIMAL_COLUMNS = {("indicators", "max_score"), ("scores", "self_score"), ("scores", "appraised_score"),
                   ("targets", "threshold"), ("projects", "budget_total"), ("projects", "budget_state"),
                   ("projects", "budget_social")}
_ENUM = re.compile(r"\b(\w+)\s+IN\s*\(([^)]*)\)", re.IGNORECASE)
_BETWEEN = re.compile(r"\b(\w+)\s+BETWEEN\s+(-?\d+)\s+AND\s+(-?\d+)", re.IGNORECASE)
MAX_FINDINGS = 500  # a badly damaged file would otherwise print every row


def _column_rules(conn, table: str) -> tuple[list[tuple], dict[str, set[str]], dict[str, tuple[int, int]]]:
    columns = conn.execute(f"PRAGMA table_info({table})").fetchall()  # cid, name, type, notnull, dflt, pk
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [table]).fetchone()
    sql = sql[0] if sql and isinstance(sql[0], str) else ""
    enums = {m.group(1): {v.strip().strip("'") for v in m.group(2).split(",")} for m in _ENUM.finditer(sql)}
    ranges = {m.group(1): (int(m.group(2)), int(m.group(3))) for m in _BETWEEN.finditer(sql)}
    return columns, enums, ranges


def _problem(table: str, name: str, ctype: str, notnull: int, default: object, enums: dict, ranges: dict,
             value: object) -> str | None:
    if value is None:
        return "thiếu giá trị bắt buộc" if notnull else None
    if isinstance(value, bytes):
        try:
            value = value.decode("utf-8")
        except UnicodeDecodeError:
            return "chữ bị hỏng (không phải UTF-8)"
    if ctype.upper() == "INTEGER":
        if not isinstance(value, int):
            return f"“{str(value)[:40]}” không phải số nguyên"
        if name in ranges and not ranges[name][0] <= value <= ranges[name][1]:
            return f"{value} ngoài khoảng {ranges[name][0]}–{ranges[name][1]}"
        return None
    if name in enums and str(value) not in enums[name]:
        return f"“{str(value)[:40]}” không phải một trong {', '.join(sorted(enums[name]))}"
    if (table, name) in DECIMAL_COLUMNS:
        try:
            Decimal(str(value))
        except (InvalidOperation, ValueError):
            return f"“{str(value)[:40]}” không phải số"
    if name.endswith(("_date", "_on")):
        try:
            dt.date.fromisoformat(str(value))
        except ValueError:
            return f"“{str(value)[:40]}” không phải ngày"
    if isinstance(default, str) and default in ("'[]'", "'{}'"):
        try:
            json.loads(str(value))
        except ValueError:
            return "dữ liệu có cấu trúc bị hỏng"
    return None


def bad_values(af: AgencyFile) -> list[BadValue]:
    """Every value that breaks its column's rule (type, allowed values, range, number, date, structure).

    SQLite checks CHECK constraints only when a row is written, so bytes damaged on disk pass them;
    this reads each table raw (text as bytes, so broken UTF-8 is found rather than raised)."""
    out: list[BadValue] = []
    conn = af.conn
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE '\\_%' ESCAPE '\\'").fetchall()]
    try:
        rules = {t: _column_rules(conn, t) for t in tables if _SAFE_NAME.fullmatch(t)}
    except sqlite3.DatabaseError as exc:
        return [BadValue("sqlite_master", 0, "", f"không đọc được cấu trúc tệp: {exc}")]
    old_factory = conn.text_factory
    conn.text_factory = bytes
    try:
        for table, (columns, enums, ranges) in rules.items():
            names = [c[1] for c in columns]
            try:
                rows = conn.execute(f"SELECT rowid, {', '.join(names)} FROM {table}")
                for row in rows:
                    for (_cid, name, ctype, notnull, default, _pk), value in zip(columns, row[1:], strict=True):
                        problem = _problem(table, name, ctype or "", notnull, default, enums, ranges, value)
                        if problem:
                            out.append(BadValue(table, row[0], name, problem))
                            if len(out) >= MAX_FINDINGS:
                                return out
            except sqlite3.DatabaseError as exc:
                out.append(BadValue(table, 0, "", f"không đọc được bảng: {exc}"))
    finally:
        conn.text_factory = old_factory
    return out
