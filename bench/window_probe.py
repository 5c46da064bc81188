"""Child process of bench_window: start, show the window (filled, or bare for the floor), print, exit."""

from __future__ import annotations

import os
import sys
import time

T0 = time.perf_counter()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    bare = sys.argv[1] == "--bare"
    if bare:
        from PySide6.QtWidgets import QApplication, QMainWindow

        app = QApplication([])
        w = QMainWindow()
        w.resize(1366, 768)
        w.show()
    else:
        from pathlib import Path

        from dtidesk.gui.app import make_app
        from dtidesk.gui.main_window import MainWindow

        app = make_app([])
        w = MainWindow()
        w.resize(1366, 768)
        w.show()
        w.open_path(Path(sys.argv[1]), readonly=True)
        assert w.tasks_tab.model.rowCount() > 0  # the task tab is filled
    app.processEvents()
    print(f"{time.perf_counter() - T0:.4f}")
    w.close()


if __name__ == "__main__":
    main()
