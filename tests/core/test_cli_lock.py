"""A lock from another computer: the CLI names who holds it and takes it over only when asked explicitly."""

from __future__ import annotations

import json

from dtidesk.cli import main
from dtidesk.store.lock import lock_path


def test_other_computers_lock_needs_the_explicit_option(demo_path, capsys):
    other = {"user": "ketoan", "host": "MAY-KHAC", "pid": 7, "opened_at": "08:00 01/12/2026"}
    lock_path(demo_path).write_text(json.dumps(other), encoding="utf-8")
    args = ["report-text", str(demo_path), "--plan", "2", "--year", "2024", "--period", "H1", "--block", "results",
            "--text", "Kết quả."]
    code = main(args)
    err = capsys.readouterr().err
    assert code == 1 and "ketoan trên máy MAY-KHAC (từ 08:00 01/12/2026)" in err and "--take-over-lock" in err
    assert json.loads(lock_path(demo_path).read_text(encoding="utf-8")) == other
    assert main(["--take-over-lock", *args]) == 0
    assert not lock_path(demo_path).exists()  # taken, used and released
    assert main(["check", str(demo_path), "--json"]) in (0, 1)  # reading needs no lock
