"""Xuất → Bộ chỉ số (PDF/Excel): the version shown on the Criteria tab, asked for when that is not clear, written
off the window's thread."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtWidgets import QInputDialog

from dtidesk.gui import jobs
from dtidesk.services.index_import import import_index, read_index
from dtidesk.store import open_agency_file

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "index"


def _window(qtbot, path):
    from dtidesk.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(path)
    return window


def _name_of(path: Path) -> str:
    ws = openpyxl.load_workbook(path).active
    return ws.cell(1, 1).value


def test_menu_entries_in_vietnamese_and_the_criteria_tabs_index(qtbot, demo_path, tmp_path, monkeypatch):
    window = _window(qtbot, demo_path)
    menu = window.exports
    assert [a.text() for a in menu.index_actions.values()] == ["Bộ chỉ số (PDF)…", "Bộ chỉ số (Excel)…"]
    menu.refresh()
    assert all(a.isEnabled() for a in menu.index_actions.values())
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (_ for _ in ()).throw(AssertionError("asked")))
    out = tmp_path / "bcs.xlsx"
    menu.run_index("xlsx", out=out, quiet=True)  # one index in the file: nothing to ask
    assert jobs.wait_idle(60)
    assert menu.last_output == out and _name_of(out).startswith("BỘ CHỈ SỐ ĐÁNH GIÁ, XẾP HẠNG")
    window.set_session(None)


def test_two_versions_ask_unless_the_criteria_tab_shows_one(qtbot, demo_path, tmp_path, monkeypatch):
    with open_agency_file(demo_path) as af:
        import_index(af, read_index(FIXTURES / "tayninh_2747_table.docx"), year=2024)
    window = _window(qtbot, demo_path)
    asked: list[list[str]] = []

    def pick(parent, title, label, items, current=0, editable=False):
        asked.append(items)
        return next(i for i in items if i.startswith("DTI-TN")), True

    monkeypatch.setattr(QInputDialog, "getItem", pick)
    out = tmp_path / "tn.pdf"
    window.exports.run_index("pdf", out=out, quiet=True)
    assert jobs.wait_idle(60)
    assert len(asked) == 1 and len(asked[0]) == 2 and out.read_bytes().startswith(b"%PDF")

    tab = window.criteria_tab  # built: it shows the year's index, which is exported without asking
    shown = tab.view.framework
    out = tmp_path / "shown.xlsx"
    window.exports.run_index("xlsx", out=out, quiet=True)
    assert jobs.wait_idle(60)
    assert len(asked) == 1 and _name_of(out) == shown.name.upper()
    window.set_session(None)
