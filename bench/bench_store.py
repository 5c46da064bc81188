"""Store bench: the score tree and the task list of one year, as ratios against raw sqlite3 doing the same reads.

Run: python -m bench.bench_store  (prints absolute times and the ratio to the floor)
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import time
from pathlib import Path

from dtidesk.services.scoring import scores_json
from dtidesk.services.tasks import task_rows
from dtidesk.store import open_agency_file

from .bigfile import build


def best(fn, n: int = 5) -> float:
    times = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    os.environ.setdefault("DTIDESK_BACKUP_DIR", tempfile.mkdtemp())
    path = build(Path(tempfile.mkdtemp()) / "big.dtidesk")
    af = open_agency_file(path, readonly=True)
    plan_id = max(p.id for p in af.repo.plans.all())

    def ours_scores():
        scores_json(af, 2020, "BENCH-0")

    def floor_scores():
        conn = af.conn
        rows = conn.execute("SELECT i.*, s.self_score, s.appraised_score FROM indicators i "
                            "JOIN frameworks f ON f.id = i.framework_id LEFT JOIN scores s ON s.indicator_id = i.id "
                            "AND s.assessment_id = (SELECT id FROM assessments WHERE framework_id = f.id AND year = 2020) "
                            "WHERE f.code = 'BENCH-0' ORDER BY i.position").fetchall()
        assert rows

    def ours_tasks():
        task_rows(af, plan_id)

    def floor_tasks():
        conn = af.conn
        conn.execute("SELECT * FROM tasks WHERE plan_id = ?", [plan_id]).fetchall()
        conn.execute("SELECT tu.* FROM task_units tu JOIN tasks t ON t.id = tu.task_id WHERE t.plan_id = ?",
                     [plan_id]).fetchall()

    for name, ours, floor in (("score tree (60 criteria)", ours_scores, floor_scores),
                              ("task list (2,000 tasks)", ours_tasks, floor_tasks)):
        a, b = best(ours), best(floor)
        print(f"{name:<28} ours {a * 1000:8.1f} ms   raw sqlite3 {b * 1000:7.1f} ms   ratio {a / b:6.1f}×")
    af.close()
    assert isinstance(sqlite3.sqlite_version, str)


if __name__ == "__main__":
    main()
