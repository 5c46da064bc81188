"""The Criteria tab on the demo file: the 2022 tree as seed 000 prints it, edits, undo, evidence, chart, search."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt

from dtidesk.domain.models import Evidence
from dtidesk.gui.criteria_model import CUT_BG, LOSS_BG, REFUSED_BG, Col
from dtidesk.gui.criteria_tab import CriteriaTab
from dtidesk.gui.evidence_dialog import EvidenceDialog
from dtidesk.gui.session import Session
from dtidesk.services import scoring
from dtidesk.services.catalogs import import_catalog
from dtidesk.store import open_agency_file

GROUP_SUMS = ["50", "46,67", "31,54", "17", "20", "189,53"]
GROUP_RANKS = ["3/18", "10/18", "1/18", "11/18", "6/18", "4/18"]


@pytest.fixture
def session(demo_path):
    s = Session(open_agency_file(demo_path))
    yield s
    s.close()


@pytest.fixture
def failures(session):
    messages: list[str] = []
    session.failed.connect(messages.append)
    return messages


@pytest.fixture
def tab(qtbot, session):
    t = CriteriaTab()
    qtbot.addWidget(t)
    t.set_session(session)
    t.set_year(2022)
    return t


def tr(context: str, source: str) -> str:
    """Whatever the installed translation says (English source until the .qm has the string)."""
    return QCoreApplication.translate(context, source)


def cell(tab: CriteriaTab, code: str, col: Col) -> QModelIndex:
    node = tab.view.tree.by_code(code)
    return tab.model.index_of(node.id, col)


def stored(session: Session, code: str, year: int = 2022):
    return scoring.assessment_view(session.af, year).tree.by_code(code)


def test_2022_tree_as_printed(tab):
    m = tab.model
    roots = [m.index(r, 0) for r in range(m.rowCount())]
    assert m.data(roots[0].siblingAtColumn(Col.NAME)) == tr("CriteriaTreeModel", "Total")  # on top
    groups = roots[1:]
    assert [m.data(g.siblingAtColumn(Col.NAME)) for g in groups][:3] == ["Nhận thức số", "Thể chế số",
                                                                         "Hạ tầng số"]
    assert len(groups) == 6
    assert sum(m.rowCount(g) for g in groups) == 49  # 1.1 names two things: one criterion
    assert [m.data(g.siblingAtColumn(Col.APPRAISED)) for g in groups] == GROUP_SUMS
    assert [m.data(g.siblingAtColumn(Col.RANK)) for g in groups] == GROUP_RANKS
    assert m.data(groups[1].siblingAtColumn(Col.DEDUCTION)) == "3,33"
    assert m.data(groups[1].siblingAtColumn(Col.PERCENT)) == "93,3%"
    assert m.data(groups[0], Qt.ItemDataRole.FontRole).bold()
    assert m.data(roots[0].siblingAtColumn(Col.APPRAISED)) == "354,74"
    assert m.data(roots[0].siblingAtColumn(Col.MAX)) == "450"
    assert m.data(cell(tab, "2.4", Col.APPRAISED)) == "1,67"
    assert m.data(cell(tab, "2.4", Col.DEDUCTION)) == "3,33"
    assert m.data(cell(tab, "2.4", Col.TASKS)) == "1"
    assert m.data(cell(tab, "2.4", Col.PREVIOUS)) == ""  # no 2021 in the demo


def test_losses_highlighted_and_cut_explained(tab):
    m = tab.model
    assert m.data(cell(tab, "2.4", Col.NAME), Qt.ItemDataRole.BackgroundRole).color() == LOSS_BG
    assert m.data(cell(tab, "2.3", Col.NAME), Qt.ItemDataRole.BackgroundRole) is None
    # 4.1: tự chấm 5, thẩm định 2
    assert m.data(cell(tab, "4.1", Col.APPRAISED), Qt.ItemDataRole.BackgroundRole).color() == CUT_BG
    assert m.data(cell(tab, "4.1", Col.APPRAISED), Qt.ItemDataRole.ToolTipRole) == tr(
        "CriteriaTreeModel", "Self score {0} — appraised {1}: cut by {2} points").format("5", "2", "3")


def test_only_criteria_scores_and_group_ranks_are_editable(tab):
    editable = Qt.ItemFlag.ItemIsEditable
    assert tab.model.flags(cell(tab, "2.4", Col.APPRAISED)) & editable
    assert tab.model.flags(cell(tab, "2.4", Col.SELF)) & editable
    assert not tab.model.flags(cell(tab, "2.4", Col.MAX)) & editable
    assert not tab.model.flags(cell(tab, "2.4", Col.RANK)) & editable
    assert not tab.model.flags(cell(tab, "2", Col.APPRAISED)) & editable
    assert tab.model.flags(cell(tab, "2", Col.RANK)) & editable
    assert tab.model.flags(tab.model.index_of(0, Col.RANK)) & editable  # the total's rank


def test_edit_score_then_undo_restores_exactly(tab, session, failures):
    assert tab.model.setData(cell(tab, "2.4", Col.APPRAISED), "4,5")
    assert stored(session, "2.4").appraised_score == Decimal("4.5")
    assert tab.model.data(cell(tab, "2.4", Col.APPRAISED)) == "4,5"
    assert tab.model.data(cell(tab, "2", Col.APPRAISED)) == "49,5"
    assert session.undo_stack.count() == 1
    assert session.undo_stack.undoText() == tr("CriteriaTab", "edit appraised score {0}").format("2.4")
    session.undo_stack.undo()
    assert stored(session, "2.4").appraised_score == Decimal("1.67")
    assert tab.model.data(cell(tab, "2.4", Col.APPRAISED)) == "1,67"
    session.undo_stack.redo()
    assert stored(session, "2.4").appraised_score == Decimal("4.5")
    assert tab.model.setData(cell(tab, "2.4", Col.SELF), "4.5")  # a dot is read as a decimal point too
    assert stored(session, "2.4").self_score == Decimal("4.5")
    assert failures == []


@pytest.mark.parametrize(("text", "message"), [
    ("6", "Điểm thẩm định tiêu chí 2.4: điểm 6 vượt quá điểm tối đa 5."),
    ("năm", "Điểm thẩm định tiêu chí 2.4: “năm” không phải là một số."),
    ("-1", "Điểm thẩm định tiêu chí 2.4: điểm -1 nhỏ hơn 0."),
])
def test_bad_score_refused_with_message_and_nothing_changes(tab, session, failures, text, message):
    assert not tab.model.setData(cell(tab, "2.4", Col.APPRAISED), text)
    assert failures == []  # no box to click away: the message is under the table, the cell is marked
    assert tab.refusal.text() == message and not tab.refusal.isHidden()
    assert tab.model.data(cell(tab, "2.4", Col.APPRAISED), Qt.ItemDataRole.BackgroundRole).color() == REFUSED_BG
    assert stored(session, "2.4").appraised_score == Decimal("1.67")  # refused, never clamped to 5
    assert tab.model.data(cell(tab, "2.4", Col.APPRAISED)) == "1,67"
    assert session.undo_stack.count() == 0


def test_unchanged_value_makes_no_command(tab, session):
    assert tab.model.setData(cell(tab, "2.4", Col.APPRAISED), "1,67")
    assert session.undo_stack.count() == 0


def test_edit_group_rank_and_undo(tab, session, failures):
    group = session.af.repo.frameworks.indicator_by_code(tab.view.framework.id, "2")
    aid = tab.view.assessment.id
    assert tab.model.setData(cell(tab, "2", Col.RANK), "9/18")
    assert session.af.repo.assessments.group_ranks(aid)[group.id] == (9, 18)
    assert tab.model.data(cell(tab, "2", Col.RANK)) == "9/18"
    assert tab.model.setData(cell(tab, "2", Col.RANK), "8")  # the count stays
    assert session.af.repo.assessments.group_ranks(aid)[group.id] == (8, 18)
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert session.af.repo.assessments.group_ranks(aid)[group.id] == (10, 18)
    assert not tab.model.setData(cell(tab, "2", Col.RANK), "thứ ba")
    assert tab.refusal.text() == tr("CriteriaTreeModel", "Rank: “{0}” is not a rank; write it like 3/18.").format(
        "thứ ba")
    assert not tab.model.setData(cell(tab, "2", Col.RANK), "20/18")
    assert "lớn hơn tổng số 18" in tab.refusal.text()
    assert failures == []
    assert (session.undo_stack.index(), session.undo_stack.count()) == (0, 2)  # refusals pushed nothing


def test_total_rank(tab, session):
    assert tab.model.data(tab.model.index_of(0, Col.RANK)) == "–/18"
    assert tab.model.setData(tab.model.index_of(0, Col.RANK), "5/18")
    assert session.af.repo.assessments.get(tab.view.assessment.id).rank == 5
    assert tr("CriteriaTab", "rank {0}").format("5/18") in tab.summary.text()


def test_evidence_add_edit_delete_each_undoable(tab, session, monkeypatch, tmp_path):
    """The tree's evidence counts follow the panel (its own tests: tests/gui/test_evidence_panel.py)."""
    from dtidesk.gui import jobs

    tab.select(tab.view.tree.by_code("2.4").id)
    panel = tab.evidence
    assert panel.node is not None and panel.node.code == "2.4"
    answers: list = []
    monkeypatch.setattr(EvidenceDialog, "ask", staticmethod(lambda parent, ev, code, **kw: answers.pop(0)(ev)))
    scan = tmp_path / "2.4.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    answers.append(lambda ev: replace(ev, title="Quyết định số 40/QĐ-STP", doc_number="40/QĐ-STP",
                                      doc_date=date(2021, 1, 30), location="Văn phòng, tủ 3"))
    panel.attach([scan])
    assert jobs.wait_idle()
    aid = tab.view.assessment.id
    crit = tab.view.tree.by_code("2.4").id
    items = session.af.repo.assessments.evidence(aid, crit)
    assert [(e.title, e.doc_date, e.file_name) for e in items] == [("Quyết định số 40/QĐ-STP", date(2021, 1, 30),
                                                                    "2.4.pdf")]
    assert tab.model.data(cell(tab, "2.4", Col.EVIDENCE)) == "1"
    assert tab.model.data(cell(tab, "2", Col.EVIDENCE)) == "1"
    assert panel.list.count() == 1
    eid = items[0].id

    panel.list.item(0).setSelected(True)
    answers.append(lambda ev: replace(ev, title="Kế hoạch số hóa"))
    panel.edit_selected()
    assert session.af.repo.assessments.get_evidence(eid).title == "Kế hoạch số hóa"
    session.undo_stack.undo()
    assert session.af.repo.assessments.get_evidence(eid).title == "Quyết định số 40/QĐ-STP"

    panel.list.item(0).setSelected(True)
    panel.delete_selected()
    assert session.af.repo.assessments.evidence(aid, crit) == []
    assert tab.model.data(cell(tab, "2.4", Col.EVIDENCE)) == "0"
    session.undo_stack.undo()
    back = session.af.repo.assessments.evidence(aid, crit)
    assert [e.id for e in back] == [eid]  # restored under the same id
    assert back[0].location == "Văn phòng, tủ 3"
    session.undo_stack.undo()  # the edit's undo is gone; this undoes the attach
    assert session.af.repo.assessments.evidence(aid, crit) == []
    session.undo_stack.redo()
    assert [e.id for e in session.af.repo.assessments.evidence(aid, crit)] == [eid]


def test_evidence_dialog_refuses_bad_date(qtbot):
    dialog = EvidenceDialog(Evidence(id=0, assessment_id=1, indicator_id=1, title=""), "2.4")
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Biên bản")
    dialog.date_edit.setText("31/2/2023")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "Ngày văn bản" in dialog.error_label.text()
    dialog.date_edit.setText("28/2/2023")
    dialog.accept()
    assert dialog.evidence.doc_date == date(2023, 2, 28)


def test_jump_and_create_task_signals(tab, qtbot):
    crit = tab.view.tree.by_code("2.4").id
    assert not tab.tasks_button.isEnabled()
    tab.select(crit)
    assert tab.tasks_button.isEnabled()
    with qtbot.waitSignal(tab.jump_to_tasks) as jumped:
        qtbot.mouseClick(tab.tasks_button, Qt.MouseButton.LeftButton)
    assert jumped.args == [crit]
    with qtbot.waitSignal(tab.create_task_for) as created:
        qtbot.mouseClick(tab.new_task_button, Qt.MouseButton.LeftButton)
    assert created.args == [crit]
    tab.select(tab.view.tree.by_code("2").id)  # a group: nothing to jump to
    assert not tab.tasks_button.isEnabled()


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform says so for any shown window
def test_double_click_on_tasks_column_jumps(tab, qtbot):
    tab.resize(1200, 700)
    tab.show()
    qtbot.waitExposed(tab)
    index = tab.proxy.mapFromSource(cell(tab, "2.4", Col.TASKS))
    tab.tree.scrollTo(index)
    pos = tab.tree.visualRect(index).center()
    with qtbot.waitSignal(tab.jump_to_tasks) as jumped:
        qtbot.mouseClick(tab.tree.viewport(), Qt.MouseButton.LeftButton, pos=pos)
        qtbot.mouseDClick(tab.tree.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert jumped.args == [tab.view.tree.by_code("2.4").id]


@pytest.mark.qt_log_ignore("does not support raise")  # offscreen, when the tooltip shows
def test_chart_has_a_bar_set_per_series_and_six_indices(tab, session):
    sets = tab.chart.bar_sets()
    assert [s.label() for s in sets] == [tr("ScoreChart", "Self score"), tr("ScoreChart", "Appraised score")]
    assert all(s.count() == 6 for s in sets)
    assert len(tab.chart.categories()) == 6
    assert tab.chart.categories()[-1] == "1. Nhận thức số"  # drawn bottom-up: index 1 on top
    appraised = sets[1]
    assert appraised.at(4) == pytest.approx(93.3)  # Thể chế số 46,67/50
    appraised.hovered.emit(True, 4)  # the tooltip names the index and its points
    appraised.hovered.emit(False, 4)
    tab.model.setData(cell(tab, "2.4", Col.APPRAISED), "5")
    assert tab.chart.bar_sets()[1].at(4) == pytest.approx(100.0)


def test_search_ignores_diacritics(tab):
    proxy = tab.proxy
    tab.search.setText("nhan luc")
    assert proxy.rowCount() == 1  # only "Nhân lực số"; the total row hides while searching
    group = proxy.index(0, 0)
    assert proxy.data(group.siblingAtColumn(Col.CODE)) == "4"
    assert proxy.rowCount(group) == 4  # a matching index keeps its criteria
    tab.search.setText("NHÂN LỰC")
    assert proxy.rowCount() == 1
    tab.search.setText("so hoa ket qua")
    assert proxy.rowCount() == 1
    assert [proxy.data(proxy.index(r, Col.CODE, proxy.index(0, 0))) for r in range(proxy.rowCount(proxy.index(0, 0)))] \
        == ["2.4"]
    tab.search.setText("6.2")
    codes = [proxy.data(proxy.index(r, Col.CODE, proxy.index(0, 0))) for r in range(proxy.rowCount(proxy.index(0, 0)))]
    assert codes[:2] == ["6.2", "6.20"]
    tab.search.clear()
    assert proxy.rowCount() == 7


def test_refresh_keeps_expansion_and_selection(tab, session):
    first = tab.proxy.mapFromSource(tab.model.index_of(tab.view.tree.by_code("1").id))
    tab.tree.collapse(first)
    crit = tab.view.tree.by_code("2.4").id
    tab.select(crit)
    tab.model.setData(cell(tab, "2.4", Col.APPRAISED), "3")
    session.undo_stack.undo()
    assert not tab.tree.isExpanded(tab.proxy.mapFromSource(tab.model.index_of(tab.view.tree.by_code("1").id)))
    assert tab.tree.isExpanded(tab.proxy.mapFromSource(tab.model.index_of(tab.view.tree.by_code("2").id)))
    assert tab.current_id() == crit
    assert tab.evidence.node is not None and tab.evidence.node.code == "2.4"


def test_new_year_offers_to_create_the_assessment(tab, session):
    tab.set_year(2023)
    assert tab.create_button.isVisibleTo(tab)
    assert "2023" in tab.create_button.text()
    assert not tab.model.flags(cell(tab, "2.4", Col.APPRAISED)) & Qt.ItemFlag.ItemIsEditable
    tab.create_button.click()
    assert session.af.repo.assessments.find(tab.view.framework.id, 2023) is not None
    assert not tab.create_button.isVisibleTo(tab)
    assert tab.model.flags(cell(tab, "2.4", Col.APPRAISED)) & Qt.ItemFlag.ItemIsEditable
    assert tab.model.data(cell(tab, "2.4", Col.PREVIOUS)) == "1,67"  # last year's appraised score
    assert tab.model.data(cell(tab, "2", Col.PREVIOUS)) == "46,67"


def test_framework_selector_with_several_frameworks(tab, session, tmp_path):
    assert not tab.framework_combo.isVisibleTo(tab)
    catalog = tmp_path / "par.json"
    catalog.write_text(json.dumps({"schema": "dtidesk-frameworks/1", "frameworks": [{
        "code": "PAR-TQ", "version_year": 2022, "kind": "PAR", "name": "Chỉ số cải cách hành chính",
        "indicators": [{"code": "I", "name": "Công tác chỉ đạo", "children": [
            {"code": "I.1", "name": "Kế hoạch CCHC", "max_score": 2}]}],
    }]}), encoding="utf-8")
    changes, _ = import_catalog(session.af, catalog)
    session.notify(changes)
    assert tab.framework_combo.isVisibleTo(tab)
    assert tab.framework_combo.count() == 2
    tab.framework_combo.setCurrentIndex(tab.framework_combo.findData("PAR-TQ"))
    assert tab.view.framework.code == "PAR-TQ"
    assert tab.view.assessment is None and tab.create_button.isVisibleTo(tab)
    assert tab.model.rowCount() == 2  # total + one index
    assert tab.chart.categories() == []  # nothing scored yet
    tab.create_button.click()
    assert session.af.repo.assessments.find(tab.view.framework.id, 2022) is not None
    assert tab.view.framework.code == "PAR-TQ"
    assert tab.chart.categories() == ["I. Công tác chỉ đạo"]


def test_no_session_no_year(qtbot):
    t = CriteriaTab()
    qtbot.addWidget(t)
    assert t.model.rowCount() == 0
    assert t.chart.bar_sets() == []
    t.focus_search()


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_typing_in_the_cell_editor_saves(tab, qtbot, session, failures):
    from PySide6.QtWidgets import QLineEdit

    tab.resize(1200, 700)
    tab.show()
    qtbot.waitExposed(tab)
    index = tab.proxy.mapFromSource(cell(tab, "2.4", Col.APPRAISED))
    tab.tree.setCurrentIndex(index)
    tab.tree.edit(index)
    editor = tab.tree.indexWidget(index)
    assert isinstance(editor, QLineEdit) and editor.text() == "1,67"
    editor.setText("4,5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on a queued call
    qtbot.waitUntil(lambda: stored(session, "2.4").appraised_score == Decimal("4.5"))
    assert tab.model.data(cell(tab, "2.4", Col.APPRAISED)) == "4,5"
    assert tab.current_id() == tab.view.tree.by_code("2.4").id
    assert failures == []


@pytest.mark.qt_log_ignore("propagateSizeHints")
@pytest.mark.parametrize(("typed", "message"), [
    ("6", "Điểm thẩm định tiêu chí 2.4: điểm 6 vượt quá điểm tối đa 5."),
    ("năm", "Điểm thẩm định tiêu chí 2.4: “năm” không phải là một số."),
])
def test_a_refused_score_stays_in_its_cell_with_the_reason_under_the_table(tab, qtbot, session, failures,
                                                                           typed, message):
    """Defect: each refusal came as a modal box. Now the editor stays open and red, the line under the table
    says why, nothing is written, and a good value then saves and clears the message."""
    from PySide6.QtWidgets import QAbstractItemView, QLineEdit

    tab.resize(1200, 700)
    tab.show()
    qtbot.waitExposed(tab)
    index = tab.proxy.mapFromSource(cell(tab, "2.4", Col.APPRAISED))
    tab.tree.setCurrentIndex(index)
    tab.tree.edit(index)
    editor = tab.tree.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    editor.insert(typed)  # as typed (QTest cannot type "ă")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(20)  # a commit would come on a queued call
    assert tab.tree.state() == QAbstractItemView.State.EditingState
    assert tab.tree.indexWidget(index) is editor and editor.text() == typed
    assert "a61b1b" in editor.styleSheet()
    assert tab.refusal.isVisible() and tab.refusal.text() == message
    assert failures == [] and session.undo_stack.count() == 0
    assert stored(session, "2.4").appraised_score == Decimal("1.67")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # Tab does not leave a refused cell either
    assert tab.tree.indexWidget(index) is editor

    editor.selectAll()
    qtbot.keyClicks(editor, "4,5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored(session, "2.4").appraised_score == Decimal("4.5"))
    assert not tab.refusal.isVisible()
    assert tab.model.data(cell(tab, "2.4", Col.APPRAISED), Qt.ItemDataRole.BackgroundRole).color() != REFUSED_BG
    assert failures == [] and session.undo_stack.count() == 1


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_escape_gives_up_a_refused_rank(tab, qtbot, session, failures):
    from PySide6.QtWidgets import QAbstractItemView

    tab.resize(1200, 700)
    tab.show()
    qtbot.waitExposed(tab)
    index = tab.proxy.mapFromSource(cell(tab, "2", Col.RANK))
    tab.tree.setCurrentIndex(index)
    tab.tree.edit(index)
    editor = tab.tree.indexWidget(index)
    editor.selectAll()
    qtbot.keyClicks(editor, "20/18")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert "lớn hơn tổng số 18" in tab.refusal.text() and tab.tree.indexWidget(index) is editor
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: tab.tree.state() != QAbstractItemView.State.EditingState)
    assert tab.refusal.isHidden() and failures == [] and session.undo_stack.count() == 0
    assert tab.model.data(cell(tab, "2", Col.RANK)) == "10/18"
