"""At 1366×768, the common office screen: long names are cut between words (with “…”, “+N”) and shown whole
in a tooltip, never cut inside a word, and the program's internal codes are not shown to the officer."""

from __future__ import annotations

import html
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QMessageBox, QStyleOptionViewItem

from dtidesk.gui.criteria_model import Col
from dtidesk.gui.elide import ELLIPSIS, elide_words, fit_names
from dtidesk.gui.main_window import MainWindow
from dtidesk.gui.task_model import COL_COOP, COL_LEAD, COL_TIMELINE, TASK_ID_ROLE
from dtidesk.services import forms as fo

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def window(qtbot, demo_path, dialogs, monkeypatch):
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.open_path(demo_path)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.set_session(None)


def whole_words_of(shown: str, full: str) -> bool:
    """`shown` is `full`, or a run of its first words followed by “…” (or, when the first word alone is
    wider than the cell, such as the abbreviation “P.XDKTTHPL&PBGDPL”, the start of that word)."""
    if shown == full:
        return True
    if not shown.endswith(ELLIPSIS):
        return False
    core = shown[: -len(ELLIPSIS)]
    if not full.startswith(core):
        return False
    return len(core) == len(full) or full[len(core)] in " ,;:" or " " not in core


def test_elide_words_cuts_between_words():
    fm = QFontMetrics(QFont())
    text = "Các phòng, đơn vị thuộc Sở"
    assert elide_words(text, fm.horizontalAdvance(text), fm) == text
    for width in range(fm.horizontalAdvance("Các phòng…"), fm.horizontalAdvance(text)):
        shown = elide_words(text, width, fm)
        assert whole_words_of(shown, text) and fm.horizontalAdvance(shown) <= width, (width, shown)
    assert elide_words("Trong năm 2023", fm.horizontalAdvance("Trong năm 20…"), fm) == "Trong năm…"


def test_fit_names_keeps_names_whole_and_counts_the_rest():
    fm = QFontMetrics(QFont())
    names = ["VP", "TTr", "Các phòng, đơn vị thuộc Sở"]
    assert fit_names(names, 1000, fm) == "VP, TTr, Các phòng, đơn vị thuộc Sở"
    assert fit_names(names, fm.horizontalAdvance("VP, TTr +1"), fm) == "VP, TTr +1"
    assert fit_names(names, fm.horizontalAdvance("VP +2"), fm) == "VP +2"
    assert fit_names(["Các phòng, đơn vị thuộc Sở", "VP"], fm.horizontalAdvance("Các phòng… +1"), fm) \
        == "Các phòng… +1"


def shown_text(view, index) -> str:
    """The text the delegate paints in the cell (after it made it fit)."""
    option = QStyleOptionViewItem()
    option.rect = view.visualRect(index)
    option.font = view.font()
    option.fontMetrics = view.fontMetrics()
    view.itemDelegateForIndex(index).initStyleOption(option, index)
    return option.text


def test_task_table_cuts_units_and_timelines_between_words_with_a_tooltip(window):
    tab = window.tasks_tab
    view, proxy, model = tab.view, tab.proxy, tab.model
    assert view.viewport().width() < 1100  # the detail pane is open beside the list
    cut = {COL_LEAD: 0, COL_COOP: 0, COL_TIMELINE: 0}
    for g in range(proxy.rowCount()):
        head = proxy.index(g, 0)
        for r in range(proxy.rowCount(head)):
            row = model.task_row(proxy.index(r, 0, head).data(TASK_ID_ROLE))
            units = model.units
            for col in (COL_LEAD, COL_COOP):
                index = proxy.index(r, col, head)
                ids = row.task.lead_unit_ids if col == COL_LEAD else row.task.coop_unit_ids
                names = [units[u].short_name or units[u].name for u in ids]
                shown = shown_text(view, index)
                if shown == ", ".join(names):
                    continue
                cut[col] += 1
                m = re.fullmatch(r"(.*?)(?: \+(\d+))?", shown)
                kept, more = m.group(1), int(m.group(2) or 0)
                head_names = names[: len(names) - more]
                # whole names, or the first name cut between words when even it does not fit alone
                assert kept == ", ".join(head_names) or (len(head_names) == 1 and whole_words_of(kept, names[0])), \
                    shown
                tip = index.data(Qt.ItemDataRole.ToolTipRole)
                assert all(html.escape(units[u].name) in tip for u in ids)  # every unit in full
            index = proxy.index(r, COL_TIMELINE, head)
            timeline = " ".join(row.task.timeline.split())
            shown = shown_text(view, index)
            assert whole_words_of(shown, timeline), shown
            if shown != timeline:
                cut[COL_TIMELINE] += 1
                assert html.escape(timeline) in index.data(Qt.ItemDataRole.ToolTipRole)  # as printed
    assert all(cut.values())  # the demo plan does have long ones: the checks above were exercised
    # the widths leave “Quý IV/2023” and “Năm 2023” whole
    fm = view.fontMetrics()
    assert view.header().sectionSize(COL_TIMELINE) > fm.horizontalAdvance("Quý IV/2023") + 12


def test_form_picker_shows_titles_without_internal_codes(window):
    reports = window.reports_tab
    window.ui.tabs.setCurrentWidget(window.ui.reportsTab)
    reports.pages.setCurrentWidget(reports.forms_panel)
    panel = reports.forms_panel
    combo = panel.form_combo
    combo.setCurrentIndex(combo.findData(fo.get_form(window.session.af, "cchc-stats").id))
    QApplication.processEvents()
    forms = fo.list_forms(window.session.af)
    for i in range(combo.count()):
        text = combo.itemText(i)
        assert not any(f.code in text for f in forms), text
    full = combo.full_text()
    assert full.startswith("Phụ lục 02 — THỐNG KÊ SỐ LIỆU") and full.endswith("UBND CẤP HUYỆN")
    shown = combo.shown_text()
    assert shown != full and whole_words_of(shown, full), shown
    assert combo.fontMetrics().horizontalAdvance(shown) <= combo.width()


def test_a_refused_score_brings_up_no_box_in_the_window(window, dialogs):
    tab = window.criteria_tab
    node = tab.view.tree.by_code("2.4")
    assert not tab.model.setData(tab.model.index_of(node.id, Col.APPRAISED), "6")
    assert dialogs == []
    assert "vượt quá điểm tối đa 5" in tab.refusal.text()
