"""“Điểm có thể giành lại…” from the Criteria tab: the ranked table and its switch, linked tasks, a double-click
that selects the criterion on the tab, exports as jobs, and next year's plan opened from it."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication

from dtidesk.gui.criteria_tab import CriteriaTab
from dtidesk.gui.jobs import wait_idle
from dtidesk.gui.points_dialog import PointsDialog
from dtidesk.gui.rollforward_dialog import RollForwardDialog
from dtidesk.gui.session import Session
from dtidesk.services import scoring
from dtidesk.store import open_agency_file

BY_LOST = ["6.7", "6.8", "6.9", "6.18", "5.3", "3.2", "6.23", "6.25", "3.5", "2.4", "4.1", "6.11", "6.12"]


@pytest.fixture
def session(demo_path):
    s = Session(open_agency_file(demo_path))
    yield s
    s.close()


@pytest.fixture
def tab(qtbot, session):
    t = CriteriaTab()
    qtbot.addWidget(t)
    t.set_session(session)
    t.set_year(2022)
    return t


def codes(dialog: PointsDialog) -> list[str]:
    return [dialog.table.topLevelItem(i).text(1) for i in range(dialog.table.topLevelItemCount())]


def row(dialog: PointsDialog, code: str) -> list[str]:
    item = next(dialog.table.topLevelItem(i) for i in range(dialog.table.topLevelItemCount())
                if dialog.table.topLevelItem(i).text(1) == code)
    return [item.text(c) for c in range(dialog.table.columnCount())]


def test_the_button_opens_the_ranking_and_a_double_click_selects_on_the_tab(qtbot, tab):
    assert tab.points_button.text() == QCoreApplication.translate("CriteriaTab", "Points at stake…") \
        == "Điểm có thể giành lại…"
    assert tab.points_button.isEnabled()
    tab.show_points()
    dialog = tab.points_dialog
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and codes(dialog) == BY_LOST
    assert row(dialog, "2.4")[3:9] == ["5", "1,67", "1,67", "3,33", "", ""]
    assert row(dialog, "4.1")[3:10] == ["5", "5", "2", "3", "", "3", "1"]  # nothing to win back: blank
    assert "95,26" in dialog.summary.text() and "50,47" in dialog.summary.text()
    dialog.by_recoverable.setChecked(True)
    assert codes(dialog)[:8] == ["6.7", "6.8", "6.9", "6.18", "5.3", "4.1", "6.11", "6.12"]
    tab.search.setText("nhân lực")  # 4.1 is hidden by the search: the double-click clears it
    item = next(dialog.table.topLevelItem(i) for i in range(dialog.table.topLevelItemCount())
                if dialog.table.topLevelItem(i).text(1) == "3.5")
    dialog.table.itemDoubleClicked.emit(item, 1)
    assert tab.current_node().code == "3.5" and tab.search.text() == ""
    tab.set_session(None)  # the file closes: the dialog that spoke of it goes
    assert tab.points_dialog is None and not dialog.isVisible()


def test_linked_tasks_follow_the_selection_and_edits_refresh(qtbot, session):
    dialog = PointsDialog(session, 2022)
    qtbot.addWidget(dialog)
    dialog.select(session.af.repo.frameworks.indicator_by_code(1, "2.4").id)
    assert dialog.tasks.topLevelItemCount() == 1
    task = dialog.tasks.topLevelItem(0)
    assert (task.text(0), task.text(1)) == ("2023", "2.4") and task.text(2).startswith("Tiếp tục triển khai")
    assert "2.4" in dialog.tasks_label.text()
    a = session.af.repo.assessments.for_year(2022)[0]
    changes = scoring.set_score(session.af, a.id, session.af.repo.frameworks.indicator_by_code(1, "2.4").id,
                                "appraised_score", "5")
    session.notify(changes)
    assert "2.4" not in codes(dialog) and len(codes(dialog)) == 12


def test_exports_run_as_jobs(qtbot, session, tmp_path, dialogs):
    dialog = PointsDialog(session, 2022)
    qtbot.addWidget(dialog)
    dialog.by_recoverable.setChecked(True)
    dialog.export("xlsx", tmp_path / "diem.xlsx")
    assert wait_idle()
    assert dialog.last_output == tmp_path / "diem.xlsx" and not dialog.saved.isHidden()
    ws = openpyxl.load_workbook(dialog.last_output).active
    assert ws.cell(6, 2).value == "6.7" and ws.cell(19, 7).value == "=SUM(G6:G18)"
    assert "điểm có thể giành lại" in ws.cell(2, 1).value
    dialog.export("pdf", tmp_path / "diem.pdf")
    assert wait_idle() and (tmp_path / "diem.pdf").stat().st_size > 5000
    dialog.export("pdf", tmp_path / "missing" / "diem.pdf")  # a folder that does not exist: told, in Vietnamese
    assert wait_idle() and dialogs and "không tồn tại" in dialogs[-1][2]


def test_plan_next_year_opens_the_roll_forward_in_the_same_order(qtbot, session):
    dialog = PointsDialog(session, 2022)
    qtbot.addWidget(dialog)
    dialog.setProperty("noModal", True)
    assert dialog.plan_button.isEnabled()
    dialog.plan_button.click()
    roll = dialog.last_dialog
    assert isinstance(roll, RollForwardDialog) and roll.plan_id == 1
    qtbot.addWidget(roll)
    flagged = [roll.flagged.topLevelItem(i).text(0) for i in range(roll.flagged.topLevelItemCount())]
    assert flagged == BY_LOST


def test_a_year_without_assessment_says_so(qtbot, session):
    dialog = PointsDialog(session, 2019)
    qtbot.addWidget(dialog)
    assert dialog.table.topLevelItemCount() == 0 and "2019" in dialog.summary.text()
    assert not dialog.pdf_button.isEnabled() and not dialog.plan_button.isEnabled()
