"""Dashboard bench (issue 18): the Overview tab opening on the 10-year file, against a bare Qt view of its rows.

File: 10 years × 2,000 tasks, 5 frameworks × 60 criteria scored every year (bench/bigfile.py). In a window
that has the file open on the Tasks tab, we time:
- first open: clicking the Overview tab the first time — its module and QtCharts imported, the tab built,
  the file read (trends over 10 years, 2,000 tasks by unit, index and criterion, forms) and five charts drawn;
- reopen: another plan chosen while the tab is shown (the file read again, the charts redrawn);
against the floor: a QTableView over a QStandardItemModel holding as many rows as the dashboard shows
(trend points, unit, index and criterion rows, form rows), built and shown. Budget: 200 ms.
Each figure is the best of three fresh processes. Run: python -m bench.bench_dashboard
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .bench_window import compile_package
from .bigfile import build

BUDGET_MS = 200
COLUMNS = 7  # a label and the five outcomes and the total, as a table of the same data would have


def _settle(app, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.01)


def probe(path: Path) -> None:
    """Child process: one measurement of each, printed as “bare first reopen rows” in seconds."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    from dtidesk.gui.app import make_app
    from dtidesk.gui.main_window import MainWindow

    app = make_app([])
    w = MainWindow()
    w.resize(1366, 768)
    w.show()
    w.open_path(path, readonly=True)
    _settle(app, 0.5)  # the officer looks at the Tasks tab first; idle-time work after opening runs

    t = time.perf_counter()
    w.ui.tabs.setCurrentWidget(w.dashboard_page)
    app.processEvents()
    first = time.perf_counter() - t
    rows = w.dashboard.data.row_count

    other = w.plan_combo.itemData(1)
    t = time.perf_counter()
    w.dashboard.set_plan(other)  # the Tasks tab would re-read its plan too: not the dashboard's time
    app.processEvents()
    reopen = time.perf_counter() - t

    t = time.perf_counter()
    model = QStandardItemModel(rows, COLUMNS)
    for r in range(rows):
        model.setItem(r, 0, QStandardItem(f"Dòng {r + 1}"))
        for c in range(1, COLUMNS):
            model.setItem(r, c, QStandardItem(str((r * c) % 97)))
    view = QTableView()
    view.setModel(model)
    view.resize(1366, 700)
    view.show()
    app.processEvents()
    bare = time.perf_counter() - t
    view.close()
    w.close()
    print(f"{bare:.5f} {first:.5f} {reopen:.5f} {rows}")


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--probe":
        probe(Path(sys.argv[2]))
        return
    os.environ.setdefault("DTIDESK_BACKUP_DIR", tempfile.mkdtemp())
    os.environ.setdefault("XDG_CONFIG_HOME", tempfile.mkdtemp())
    compile_package()
    path = build(Path(tempfile.mkdtemp()) / "big.dtidesk")
    runs = []
    for _ in range(3):
        out = subprocess.run([sys.executable, "-m", "bench.bench_dashboard", "--probe", str(path)], check=True,
                             capture_output=True, text=True).stdout.split()
        runs.append([float(x) for x in out[:3]] + [int(out[3])])
    bare, first, reopen = (min(r[i] for r in runs) for i in range(3))
    rows = runs[0][3]
    print(f"Overview tab, 10-year file ({rows} rows of data, 5 charts): first open {first * 1000:.0f} ms, "
          f"reopen {reopen * 1000:.0f} ms (budget {BUDGET_MS} ms)")
    print(f"bare QTableView over QStandardItemModel, {rows} rows × {COLUMNS} columns: {bare * 1000:.1f} ms")
    print(f"ratio first open ÷ bare {first / bare:.1f}×, reopen ÷ bare {reopen / bare:.1f}×; "
          f"median of runs: first {statistics.median(r[1] for r in runs) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
