"""The import and plan actions reach their dialogs, with the selected plan, and follow the file's state."""

from __future__ import annotations

import pytest

from dtidesk.gui.main_window import MainWindow


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    w.setProperty("noModal", True)
    qtbot.addWidget(w)
    yield w
    w.set_session(None)


def test_actions_need_an_open_writable_file(window, demo_path):
    assert not any(a.isEnabled() for a in window.session_actions)
    window.open_path(demo_path)
    assert all(a.isEnabled() for a in window.session_actions)
    window.open_path(demo_path, readonly=True)
    assert not any(a.isEnabled() for a in window.session_actions)


def test_each_action_opens_its_dialog(window, demo_path):
    window.open_path(demo_path)
    plan_id = window.plan_combo.currentData()
    for action, name in ((window.import_plan_action, "PlanImportDialog"),
                         (window.import_list_action, "ListImportDialog"),
                         (window.roll_forward_action, "RollForwardDialog"),
                         (window.map_frameworks_action, "FrameworkMapDialog")):
        window.last_dialog = None
        action.trigger()
        assert type(window.last_dialog).__name__ == name
        window.last_dialog.close()
    assert window.plan_combo.currentData() == plan_id
    menus = [a.text() for a in window.menuBar().actions()]
    assert "&Kế hoạch" in menus
