"""Only real damage is called damage; a program error is logged and reported in one line, the file untouched."""

from __future__ import annotations

import sqlite3

import pytest

from dtidesk.cli import main
from dtidesk.errors import FileCorrupt, FileUnavailable, ProgramError
from dtidesk.store import open_agency_file
from dtidesk.store.connection import map_sqlite_error


@pytest.mark.parametrize(("message", "kind"), [
    ("database disk image is malformed", FileCorrupt),
    ("file is not a database", FileCorrupt),
    ("disk I/O error", FileUnavailable),
    ("FOREIGN KEY constraint failed", ProgramError),
    ('near "WHERE": syntax error', ProgramError),
    ("no such table: nhiem_vu", ProgramError),
])
def test_only_damage_is_corrupt(tmp_path, message, kind):
    err = map_sqlite_error(sqlite3.OperationalError(message), tmp_path / "a.dtidesk")
    assert type(err) is kind
    if kind is ProgramError:
        assert "không bị hỏng" in err.message


def test_foreign_key_failure_is_a_program_error_and_changes_nothing(demo_path):
    before = demo_path.read_bytes()
    with open_agency_file(demo_path) as af:
        af.skip_backup()
        with pytest.raises(ProgramError):
            with af.transaction() as db:
                db.execute("UPDATE tasks SET plan_id = 999999")
    assert demo_path.read_bytes() == before


def test_cli_bug_is_one_line_with_the_traceback_in_the_log(demo_path, tmp_path, monkeypatch, capsys):
    log = tmp_path / "log" / "dtidesk.log"
    monkeypatch.setenv("DTIDESK_LOG", str(log))
    import dtidesk.services.scoring as scoring

    def boom(*a, **kw):
        raise ValueError("'not_starte\\x00' is not a valid TaskStatus")

    monkeypatch.setattr(scoring, "scores_json", boom)
    code = main(["scores", str(demo_path), "--year", "2022", "--json"])
    err = capsys.readouterr().err
    assert code == 3 and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert err.startswith("dtidesk-cli: lỗi chương trình (ValueError)") and str(log) in err
    assert "Traceback" in log.read_text(encoding="utf-8") and "not_starte" in log.read_text(encoding="utf-8")
