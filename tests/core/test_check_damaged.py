"""`dtidesk-cli check` on a file whose values were damaged on disk: every bad value by table and row."""

from __future__ import annotations

import json
import sqlite3

from dtidesk.cli import main


def _damage(path, *statements):
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA ignore_check_constraints = ON")  # what a flipped byte does: no CHECK runs
    for sql in statements:
        conn.execute(sql)
    conn.commit()
    conn.close()


def test_check_names_each_bad_value(demo_path, capsys):
    _damage(demo_path,
            "UPDATE tasks SET status = 'not_starte' || char(0) WHERE id = 3",
            "UPDATE tasks SET due_date = '2023-02-30' WHERE id = 4",
            "UPDATE scores SET self_score = '1e' WHERE rowid = 1",
            "UPDATE plans SET sections = '[{' WHERE id = 1",
            "UPDATE tasks SET content = CAST(X'C3' AS TEXT) WHERE id = 5")
    before = demo_path.read_bytes()
    code = main(["check", str(demo_path), "--json"])
    out = capsys.readouterr()
    findings = json.loads(out.out)
    where = {f["where"]: f["message"] for f in findings if f["severity"] == "error"}
    assert code == 1 and "Traceback" not in out.err
    assert "Cột status" in where["bảng tasks, dòng 3"]
    assert "không phải ngày" in where["bảng tasks, dòng 4"]
    assert "không phải số" in where["bảng scores, dòng 1"]
    assert "cấu trúc" in where["bảng plans, dòng 1"]
    assert "UTF-8" in where["bảng tasks, dòng 5"]
    assert demo_path.read_bytes() == before
