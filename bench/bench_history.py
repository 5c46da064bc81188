"""History bench (issue 18): the change history window opening on the 10-year bench file with 50,000 lines of
change log, against a bare QTableView over a QStandardItemModel holding the same rows.

Prints both times and their ratio (ours ÷ bare); the budget is 200 ms to a painted window.
Run: python -m bench.bench_history [LINES]   (default 50000)
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

from .bigfile import build

PEOPLE = [("nguyenvana", "VP-PC01"), ("tranthib", "VP-PC02"), ("lethic", "CDS-LAPTOP"), ("phamvand", "KHTC-PC"),
          ("hoangthie", "VP-PC01")]
FIELDS = [("status", "not_started", "in_progress"), ("status", "in_progress", "done"),
          ("result", "", "Đã hoàn thành, báo cáo UBND tỉnh"), ("due_date", "2024-12-31", "2024-06-30"),
          ("timeline", "Quý II/{y}", "Quý IV/{y}"), ("units_note", "", "Phối hợp với Sở Thông tin và Truyền thông")]


def add_log(path: Path, lines: int, seed: int = 18) -> None:
    """`lines` lines spread over ten years by five people on four computers: task edits with what changed,
    score edits, form figures and unit edits, in the proportions an office makes them."""
    from dtidesk.store import open_agency_file

    rnd = random.Random(seed)
    start = dt.datetime(2016, 1, 4, 8, 0)
    step = dt.timedelta(days=3650) / lines
    with open_agency_file(path) as af:
        task_ids = [r[0] for r in af.conn.execute("SELECT id FROM tasks")]
        crit_ids = [r[0] for r in af.conn.execute("SELECT id FROM indicators WHERE kind = 'criterion'")]
        with af.transaction():
            for n in range(lines):
                who = rnd.choice(PEOPLE)
                at = (start + step * n).isoformat(timespec="seconds")
                roll = rnd.random()
                if roll < 0.6:
                    key, old, new = rnd.choice(FIELDS)
                    y = 2016 + n * 10 // lines
                    entity, eid, action = "tasks", rnd.choice(task_ids), "update_task"
                    before, after = {key: old.format(y=y)}, {key: new.format(y=y)}
                    summary = f"{rnd.randint(1, 9)}.{rnd.randint(1, 30)} Triển khai rà soát cập nhật dữ liệu"
                elif roll < 0.85:
                    entity, eid, action = "scores", rnd.choice(crit_ids), "set_score"
                    before = {"self_score": str(rnd.randint(0, 10))}
                    after = {"self_score": str(rnd.randint(0, 10))}
                    summary = f"Điểm tự chấm tiêu chí {rnd.randint(1, 6)}.{rnd.randint(1, 10)} = {after['self_score']}"
                elif roll < 0.97:
                    entity, eid, action = "form_values", 1, "set_form_values"
                    where = {"year": 2016 + n * 10 // lines, "period": rnd.choice(["Q1", "H1", "M9", "Y"]),
                             "unit_id": rnd.randint(1, 7)}
                    before = {**where, "values": {"1.1": str(rnd.randint(0, 90))}}
                    after = {**where, "values": {"1.1": str(rnd.randint(0, 90))}}
                    summary = f"BM01 {where['period']}/{where['year']}: 1.1"
                else:
                    entity, eid, action = "units", rnd.randint(1, 7), "update_unit"
                    before, after, summary = {"short_name": ""}, {"short_name": "VP"}, "short_name"
                af.conn.execute(
                    "INSERT INTO change_log (at, action, entity, entity_id, summary, who, computer, before, after) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [at, action, entity, eid, summary, who[0], who[1], json.dumps(before, ensure_ascii=False),
                     json.dumps(after, ensure_ascii=False)])


def _painted(app, widget) -> None:
    widget.show()
    widget.repaint()
    app.processEvents()


def time_ours(app, path: Path, runs: int = 5) -> tuple[float, float]:
    """The first opening (nothing of the log in SQLite's cache yet) and the best of `runs`."""
    from dtidesk.gui.history_view import HistoryDialog
    from dtidesk.gui.session import Session
    from dtidesk.services.files import open_file

    times = []
    af = open_file(path, readonly=True)
    session = Session(af)
    for _ in range(runs):
        t = time.perf_counter()
        dialog = HistoryDialog(session)
        _painted(app, dialog)
        times.append(time.perf_counter() - t)
        dialog.close()
        dialog.deleteLater()
        app.processEvents()
    session.deleteLater()
    af.close()
    return times[0], min(times)


def time_bare(app, path: Path, runs: int = 5) -> tuple[float, int]:
    """A QStandardItemModel filled with every line's seven texts, in a QTableView: what Qt itself costs."""
    import sqlite3

    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT at, who, computer, entity, action, summary, after FROM change_log "
                        "ORDER BY id DESC").fetchall()
    conn.close()
    best = float("inf")
    for _ in range(runs):
        t = time.perf_counter()
        model = QStandardItemModel(0, 7)
        for r in rows:
            model.appendRow([QStandardItem(str(v or "")) for v in r])
        view = QTableView()
        view.setModel(model)
        view.resize(1180, 620)
        _painted(app, view)
        best = min(best, time.perf_counter() - t)
        view.close()
        view.deleteLater()
        app.processEvents()
    return best, len(rows)


def main() -> None:
    lines = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("DTIDESK_BACKUP_DIR", tempfile.mkdtemp())
    os.environ.setdefault("XDG_CONFIG_HOME", tempfile.mkdtemp())
    path = build(Path(tempfile.mkdtemp()) / "big.dtidesk")
    add_log(path, lines)
    from dtidesk.gui.app import make_app

    app = make_app([])
    first, ours = time_ours(app, path)
    bare, n = time_bare(app, path)
    print(f"history window, {n:,} lines of change log on the 10-year file: ours {ours * 1000:.0f} ms "
          f"(first opening {first * 1000:.0f} ms), bare QTableView + QStandardItemModel of the same rows "
          f"{bare * 1000:.0f} ms; ratio ours ÷ bare {ours / bare:.3f}× (first {first / bare:.3f}×); budget 200 ms")


if __name__ == "__main__":
    main()
