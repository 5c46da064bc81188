"""Xuất → Cách viết số trong đề mục: one rule per file for numbers below 10 in the plan's headings, undoable."""

from __future__ import annotations

import pytest

from dtidesk.exporters.document import build_plan_document
from dtidesk.gui.main_window import MainWindow
from dtidesk.services.document_style import number_style
from dtidesk.services.export import plan_data


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    yield w
    w.set_session(None)


def _heading_23(af) -> str:
    return next(p.text for p in build_plan_document(plan_data(af, 1)).body if p.text.startswith("2.3. Tiêu chí"))


def test_the_menu_sets_the_files_style_and_undo_puts_it_back(window, demo_path):
    window.open_path(demo_path)
    ex = window.exports
    ex.refresh()
    af = window.session.af
    assert ex.style_menu.isEnabled() and ex.style_actions["mixed"].isChecked()
    assert ex.style_menu.title() == "Cách viết số nhỏ hơn 10 trong đề mục"
    assert _heading_23(af).endswith("(năm 2022 đạt 5/5 điểm)")
    ex.style_actions["padded"].trigger()
    assert number_style(af) == "padded" and ex.style_actions["padded"].isChecked()
    assert _heading_23(af).endswith("(năm 2022 đạt 05/05 điểm)")
    window.undo_action.trigger()
    assert number_style(af) == "mixed"
    window.close_file()
    ex.refresh()
    assert not ex.style_menu.isEnabled()
