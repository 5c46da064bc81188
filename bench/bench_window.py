"""Window bench (issue 3): start-to-window with data, and one filter keystroke, against a bare QMainWindow.

File: 10 years × 2,000 tasks, 5 frameworks × 60 criteria (bench/bigfile.py). Run: python -m bench.bench_window
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .bigfile import build


def wall(args: list[str], runs: int = 3) -> float:
    """Best wall time of a whole child process, interpreter start included."""
    best = float("inf")
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "bench.window_probe", *args], check=True, capture_output=True)
        best = min(best, time.perf_counter() - t)
    return best


def keystrokes(path: Path) -> list[float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from dtidesk.gui.app import make_app
    from dtidesk.gui.main_window import MainWindow

    app = make_app([])
    w = MainWindow()
    w.resize(1366, 768)
    w.show()
    w.open_path(path, readonly=True)
    # An officer looks at the window before typing: let the idle-time work after opening run (half a second).
    end = time.perf_counter() + 0.5
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.01)
    tab = w.tasks_tab
    times = []
    for text in ["t", "th", "thu", "thuo", "thuon", "thuong", "thuong ", "thuong x", "thuong xu", "thuong xuyen",
                 "thuong xuye", "thuong", "", "ra soat", ""]:
        t = time.perf_counter()
        tab.search.setText(text)
        tab.apply_filters(force=True)
        app.processEvents()
        times.append(time.perf_counter() - t)
    w.close()
    return times


def compile_package() -> None:
    """Byte-compile dtidesk as an installed copy is (pip writes the .pyc files), so the bench times the
    program and not Python compiling it; some machines set PYTHONDONTWRITEBYTECODE, which would hide that."""
    import dtidesk

    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(Path(dtidesk.__file__).parent)], check=True,
                   env=env, capture_output=True)


def main() -> None:
    os.environ.setdefault("DTIDESK_BACKUP_DIR", tempfile.mkdtemp())
    compile_package()
    os.environ.setdefault("XDG_CONFIG_HOME", tempfile.mkdtemp())
    path = build(Path(tempfile.mkdtemp()) / "big.dtidesk")
    floor = wall(["--bare"])
    ours = wall([str(path)])
    print(f"start → window with 2,000 tasks: ours {ours:.2f} s, bare QMainWindow {floor:.2f} s, "
          f"ratio {ours / floor:.1f}× (budget 1.0 s)")
    ks = keystrokes(path)
    print(f"filter keystroke: median {statistics.median(ks) * 1000:.0f} ms, worst {max(ks) * 1000:.0f} ms "
          f"(budget 50 ms); worst ÷ bare window start {max(ks) / floor:.2f}×")


if __name__ == "__main__":
    main()
