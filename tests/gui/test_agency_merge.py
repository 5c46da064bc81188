"""The units tab of the agency dialog: “Gộp đơn vị…” is one undo step that puts every link back."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog

from dtidesk.gui.agency_dialog import AgencyDialog
from dtidesk.gui.session import Session
from dtidesk.services import units as unit_ops
from dtidesk.store import open_agency_file


@pytest.fixture
def session(demo_path):
    s = Session(open_agency_file(demo_path))
    yield s
    s.close()


def _row_of(dialog: AgencyDialog, name: str) -> int:
    return next(i for i in range(dialog.table.rowCount()) if dialog.table.item(i, 0).text() == name)


def _links(af) -> list[tuple[int, list[int], list[int]]]:
    return [(t.id, t.lead_unit_ids, t.coop_unit_ids) for p in (1, 2) for t in af.repo.tasks.for_plan(p)]


def test_merge_from_the_units_tab_then_undo_and_redo(qtbot, session, monkeypatch):
    af = session.af
    dialog = AgencyDialog(session)
    qtbot.addWidget(dialog)
    gone = unit_ops.find_unit(af, "Thanh tra Sở")
    keep = unit_ops.find_unit(af, "Văn phòng Sở")
    before = _links(af)
    asked: list[tuple[str, list[str]]] = []

    def choose(parent, title, label, items, *args, **kwargs):
        asked.append((label, list(items)))
        return "Văn phòng Sở", True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    dialog.table.selectRow(_row_of(dialog, "Thanh tra Sở"))
    dialog.merge_unit()
    assert "Thanh tra Sở" in asked[0][0] and "Thanh tra Sở" not in asked[0][1]
    assert unit_ops.find_unit(af, "Thanh tra Sở").id == keep.id
    assert all(gone.id not in lead + coop for _, lead, coop in _links(af))
    row = _row_of(dialog, "Văn phòng Sở")
    assert "Thanh tra Sở" in dialog.table.item(row, 4).text()  # the “also written as” column
    assert session.undo_stack.count() == 1 and "Thanh tra Sở" in session.undo_stack.undoText()

    session.undo_stack.undo()
    assert af.repo.units.get(gone.id) == gone and _links(af) == before
    assert any(dialog.table.item(i, 0).text() == "Thanh tra Sở" for i in range(dialog.table.rowCount()))
    session.undo_stack.redo()
    assert af.repo.units.get(gone.id) is None and _links(af) != before


def test_cancelled_merge_changes_nothing(qtbot, session, monkeypatch):
    dialog = AgencyDialog(session)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("", False))
    dialog.table.selectRow(_row_of(dialog, "Thanh tra Sở"))
    dialog.merge_unit()
    assert session.undo_stack.count() == 0
    assert unit_ops.find_unit(session.af, "Thanh tra Sở").name == "Thanh tra Sở"
