"""`dtidesk --screenshot DIR FILE`: the window at 1366×768, one PNG per tab, then exit."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from ..domain.text import fold

SIZE = (1366, 768)


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def take_screenshots(window, folder: Path, file: Path | None) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    window.resize(*SIZE)
    window.show()
    _settle()
    if file is None:
        window.grab().save(str(folder / "00-start.png"))
        return 0
    from ..errors import DtideskError
    from ..services.files import inspect_file

    try:  # headless: a bad file is reported on stderr, never in a dialog nobody can close
        inspect_file(file)
    except DtideskError as exc:
        print(f"dtidesk: {exc.message}", file=sys.stderr)
        return 1
    if not window.open_path(file, readonly=True):
        print(f"dtidesk: không mở được {file}", file=sys.stderr)
        return 1
    window.resize(*SIZE)
    tabs = window.ui.tabs
    # The plan lists' tab is shot last, one picture per page, so the earlier pictures keep their numbers
    # (the user guide's crops name them by number).
    lists_page = getattr(window, "plan_lists_page", None)
    # The due list (issue 18) changes with the day it is taken: not one of the guide's numbered pictures.
    due_page = getattr(getattr(window, "due", None), "panel", None)
    # The Overview (issue 18) comes after the plan lists' pages, for the same reason.
    dashboard_page = getattr(window, "dashboard_page", None)
    shown = [i for i in range(tabs.count()) if tabs.widget(i) not in (lists_page, due_page, dashboard_page)]
    for n, i in enumerate(shown, start=1):
        tabs.setCurrentIndex(i)
        _settle()
        name = fold(tabs.tabText(i)).replace(" ", "-").replace("&", "")
        out = folder / f"{n:02d}-{name}.png"
        window.grab().save(str(out))
        print(out)
    # The Reports tab's inner pages (statistics forms, the report's own text), numbered after the tabs.
    tabs.setCurrentWidget(window.ui.reportsTab)
    pages = window.reports_tab.pages
    for j in range(1, pages.count()):
        pages.setCurrentIndex(j)
        _settle()
        name = fold(pages.tabText(j)).replace(" ", "-")
        out = folder / f"{len(shown) + j:02d}-{name}.png"
        window.grab().save(str(out))
        print(out)
    pages.setCurrentIndex(0)
    number = len(shown) + pages.count() - 1
    if lists_page is not None:
        tabs.setCurrentWidget(lists_page)
        inner = window.plan_lists_tab.pages
        for k in range(inner.count()):
            inner.setCurrentIndex(k)
            _settle()
            name = fold(inner.tabText(k).split(" (")[0]).replace(" ", "-")  # without the count
            out = folder / f"{number + k + 1:02d}-{name}.png"
            window.grab().save(str(out))
            print(out)
        inner.setCurrentIndex(0)
        number += inner.count()
    if dashboard_page is not None:
        tabs.setCurrentWidget(dashboard_page)
        _settle()
        out = folder / f"{number + 1:02d}-{fold(tabs.tabText(tabs.currentIndex())).replace(' ', '-')}.png"
        window.grab().save(str(out))
        print(out)
    window.close()
    return 0
