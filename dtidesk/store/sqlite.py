"""The few things the store asks of SQLite beyond sqlite3 itself: rows as dicts, nested transactions, migrations.

These were sqlite-utils' Database and Migrations. The store used four of its methods, and importing the
library (with click, dateutil and pluggy behind it) was about 90 ms of every start of the window, an
eighth of the time to a filled window. What is kept is the same behaviour on the same files: the
`_sqlite_migrations` table has sqlite-utils' layout, so files made before and after read alike.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import secrets
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any


def _statements(sql: str) -> Iterator[str]:
    """The complete statements of a script, so a script inside a transaction runs without the implicit
    COMMIT that sqlite3's executescript() would issue first."""
    buf = ""
    for part in sql.split(";"):
        buf += part + ";"
        if sqlite3.complete_statement(buf):
            if buf.strip(" \n\t;"):
                yield buf
            buf = ""
    if buf.strip(" \n\t;"):
        yield buf


class Database:
    """A connection in autocommit mode (isolation_level=None): each statement commits by itself unless an
    atomic() block is open."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] | None = None) -> sqlite3.Cursor:
        return self.conn.execute(sql) if params is None else self.conn.execute(sql, params)

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] | None = None) -> Iterator[dict]:
        """Rows as dicts keyed by column name."""
        cursor = self.execute(sql, params)
        keys = [d[0] for d in cursor.description or ()]
        return (dict(zip(keys, row, strict=True)) for row in cursor)

    def executescript(self, sql: str) -> sqlite3.Cursor:
        if self.conn.in_transaction:
            cursor = self.conn.cursor()
            for statement in _statements(sql):
                cursor.execute(statement)
            return cursor
        return self.conn.executescript(sql)

    def table_names(self) -> list[str]:
        return [r[0] for r in self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        """One transaction; a block inside another becomes a savepoint, so a use case can call others."""
        if self.conn.in_transaction:
            name = f"dtidesk_{secrets.token_hex(8)}"
            self.conn.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                # An error that already ended the transaction (a RAISE(ROLLBACK) trigger) left no savepoint.
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    self.conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            else:
                self.conn.execute(f"RELEASE SAVEPOINT {name}")
        else:
            self.conn.execute("BEGIN")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            else:
                try:
                    self.conn.execute("COMMIT")
                except BaseException:
                    if self.conn.in_transaction:
                        self.conn.execute("ROLLBACK")
                    raise


@dataclass(frozen=True)
class Migration:
    name: str
    fn: Callable[[Database], None]


@dataclass(frozen=True)
class Applied:
    name: str
    applied_at: str


class Migrations:
    """Ordered schema steps, each applied in one transaction together with the record that it was."""

    table = "_sqlite_migrations"

    def __init__(self, name: str):
        self.name = name
        self._migrations: list[Migration] = []

    def __call__(self) -> Callable[[Callable[[Database], None]], Callable[[Database], None]]:
        def register(fn: Callable[[Database], None]) -> Callable[[Database], None]:
            if any(m.name == fn.__name__ for m in self._migrations):
                raise ValueError(f"migration {fn.__name__} registered twice")
            self._migrations.append(Migration(fn.__name__, fn))
            return fn

        return register

    def _exists(self, db: Database) -> bool:
        return db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                          [self.table]).fetchone() is not None

    def applied(self, db: Database) -> list[Applied]:
        if not self._exists(db):
            return []
        return [Applied(r["name"], r["applied_at"]) for r in db.query(
            f"SELECT name, applied_at FROM {self.table} WHERE migration_set = ? ORDER BY rowid", [self.name])]

    def pending(self, db: Database) -> list[Migration]:
        done = {a.name for a in self.applied(db)}
        return [m for m in self._migrations if m.name not in done]

    def apply(self, db: Database, stop_before: str | None = None) -> None:
        """Every pending step in order; with `stop_before`, the steps before that one only (the schema
        fixtures of earlier releases are written this way)."""
        if not self._exists(db):
            # The layout sqlite-utils gives this table, so files from before and after read alike.
            db.executescript(f"""
                CREATE TABLE "{self.table}" (
                   "id" INTEGER PRIMARY KEY,
                   "migration_set" TEXT,
                   "name" TEXT,
                   "applied_at" TEXT
                );
                CREATE UNIQUE INDEX "idx_{self.table}_migration_set_name"
                    ON "{self.table}" ("migration_set", "name");
            """)
        for m in self.pending(db):
            if m.name == stop_before:
                break
            with db.atomic():
                m.fn(db)
                db.execute(f"INSERT INTO {self.table} (migration_set, name, applied_at) VALUES (?, ?, ?)",
                           [self.name, m.name, str(dt.datetime.now(dt.UTC))])
