"""Calendar bench (issue 18): the “Sắp đến hạn / Quá hạn” panel opening on the 10-year file, against a bare Qt view
(QTableView over a QStandardItemModel) of the same rows.

File: bench/bigfile.py (10 plans × 2,000 tasks), then every task's due date read from its timeline, an index
version with a submission date, and units' form submissions every period of every year, so that every kind of
item is there. "Opens": the panel built, the calendar read from the file, the rows shown and painted.
Run: python -m bench.bench_calendar
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import tempfile
import time
from pathlib import Path

from .bigfile import build

TODAY = dt.date(2026, 6, 1)  # inside the file's years: some of everything is overdue, some due soon
RUNS = 7
BUDGET_MS = 200


def prepare(path: Path) -> None:
    """Due dates and submissions on top of the big file (the bench's own data, through the store)."""
    from dtidesk.domain.timeline import parse_timeline
    from dtidesk.store import open_agency_file

    with open_agency_file(path) as af, af.transaction():
        r = af.repo
        for plan in r.plans.all():
            for t in r.tasks.for_plan(plan.id):
                due = parse_timeline(t.timeline, plan.year).due_date
                if due is not None:
                    r.tasks.update(t.id, due_date=due)
        fw = r.frameworks.find("BENCH-0")
        r.frameworks.update_framework(fw.id, period={"start": "12-01", "start_year": -1, "end": "11-30",
                                                     "end_year": 0, "submit": "12-15", "submit_year": 0})
        form = r.forms.find("cchc-stats")
        units = [u.id for u in r.units.all()]
        for year in range(2017, 2027):
            for period in ("Q1", "H1", "M9", "Y"):
                for uid in units[: 3 + year % 3]:
                    r.forms.set_submission(form.id, year, period, uid, f"{year}-01-01T00:00:00")


def _pump(app) -> None:
    for _ in range(3):
        app.processEvents()


def ours(app, session) -> tuple[float, list[list[str]]]:
    from dtidesk.gui.due_panel import DuePanel

    t = time.perf_counter()
    panel = DuePanel()
    panel.today = TODAY
    panel.resize(1366, 700)
    panel.show()
    panel.set_session(session)
    panel.reload()
    _pump(app)
    took = time.perf_counter() - t
    m = panel.model
    rows = [[m.data(m.index(r, c)) or "" for c in range(m.columnCount())] for r in range(m.rowCount())]
    panel.set_session(None)
    panel.close()
    panel.deleteLater()
    return took, rows


def bare(app, rows: list[list[str]]) -> float:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    t = time.perf_counter()
    model = QStandardItemModel(len(rows), len(rows[0]) if rows else 0)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            model.setItem(r, c, QStandardItem(text))
    view = QTableView()
    view.setModel(model)
    view.resize(1366, 700)
    view.show()
    _pump(app)
    took = time.perf_counter() - t
    view.close()
    view.deleteLater()
    return took


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("DTIDESK_BACKUP_DIR", tempfile.mkdtemp())
    path = build(Path(tempfile.mkdtemp()) / "big.dtidesk")
    prepare(path)
    from dtidesk.gui.app import make_app
    from dtidesk.gui.session import Session
    from dtidesk.services.calendar import build_calendar
    from dtidesk.store import open_agency_file

    app = make_app([])
    with open_agency_file(path, readonly=True) as af:
        cal = build_calendar(af, TODAY)
        kinds = {str(k): sum(1 for i in cal.items if i.kind == k) for k in {i.kind for i in cal.items}}
        session = Session(af)
        ours(app, session)  # warm: imports, fonts, the first paint
        mine, floor = [], []
        rows: list[list[str]] = []
        for _ in range(RUNS):
            took, rows = ours(app, session)
            mine.append(took)
            floor.append(bare(app, rows))
    print(f"calendar of {len(cal.items):,} items ({', '.join(f'{k} {n:,}' for k, n in sorted(kinds.items()))}); "
          f"the panel shows {len(rows):,} rows (overdue and due within 30 days)")
    # The best run is the machine's floor; the median shows what a busy machine adds to both.
    for name, pick in (("best", min), ("median", statistics.median)):
        o, b = pick(mine), pick(floor)
        print(f"calendar opens ({name} of {RUNS}): ours {o * 1000:.0f} ms, bare QTableView/QStandardItemModel "
              f"{b * 1000:.0f} ms, ratio {o / b:.2f}× (budget {BUDGET_MS} ms)")


if __name__ == "__main__":
    main()
