"""The tab “Chỉ tiêu, dự án, văn bản”: add, edit, filter and undo in each list, with the task list's keys."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QLineEdit, QMessageBox

from dtidesk.gui.plan_list_models import ITEM_ID_ROLE
from dtidesk.gui.plan_list_panes import ACHIEVED, PLANNED, VERDICT
from dtidesk.gui.plan_lists_tab import PlanListsTab
from dtidesk.gui.session import Session
from dtidesk.store import open_agency_file

CCHC = 2


def tr(text: str) -> str:
    return QCoreApplication.translate("PlanListsTab", text)


@pytest.fixture
def session(lists_demo_path):
    s = Session(open_agency_file(lists_demo_path))
    yield s
    s.close()


@pytest.fixture
def tab(qtbot, session, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)
    w = PlanListsTab()
    qtbot.addWidget(w)
    w.resize(1340, 640)
    w.set_session(session)
    w.set_plan(CCHC)
    return w


def shown(page) -> list[int]:
    return [page.proxy.index(r, 0).data(ITEM_ID_ROLE) for r in range(page.proxy.rowCount())]


def column(page, key: str) -> int:
    return next(i for i, c in enumerate(page.model.COLUMNS) if c.key == key)


def cell(page, item_id: int, key: str):
    return page.proxy.mapFromSource(page.model.index(page.model.row_of_id(item_id), column(page, key)))


def test_three_pages_follow_the_plan(tab, session):
    assert [tab.pages.tabText(i) for i in range(3)] == ["Chỉ tiêu (6)", "Dự án (0)", "Văn bản chỉ đạo (2)"]
    assert len(shown(tab.targets)) == 6 and tab.targets.current_id() == shown(tab.targets)[0]
    assert tab.targets.pane.year.value() == 2024  # results are recorded for the plan's year
    tab.set_plan(1)
    assert [tab.pages.tabText(i) for i in range(3)] == ["Chỉ tiêu (0)", "Dự án (0)", "Văn bản chỉ đạo (0)"]
    session.af.close()


# -- targets --------------------------------------------------------------------------------------
def test_insert_adds_a_target_after_the_current_one_and_undo_redo(tab, session, qtbot):
    page = tab.targets
    qtbot.waitExposed(tab)
    first = shown(page)[0]
    page.view.setFocus()
    page.select_id(first)
    page.act_add.trigger()  # Insert / Ctrl+Shift+N
    new = page.current_id()
    assert new not in (None, first) and shown(page)[1] == new
    assert page.view.state() == QAbstractItemView.State.EditingState  # typing goes straight into it
    editor = page.view.indexWidget(page.view.currentIndex())
    assert isinstance(editor, QLineEdit) and editor.text() == tr("New target")
    editor.selectAll()
    qtbot.keyClicks(editor, "Ty le ho so truc tuyen")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.af.repo.targets.get(new).content == "Ty le ho so truc tuyen")
    assert session.undo_stack.count() == 2  # add, then the edit
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert session.af.repo.targets.get(new) is None and len(shown(page)) == 6
    session.undo_stack.redo()  # the same target, same id, same place
    assert session.af.repo.targets.get(new).content == tr("New target") and shown(page)[1] == new
    session.undo_stack.redo()
    assert session.af.repo.targets.get(new).content == "Ty le ho so truc tuyen"


def test_edit_threshold_lead_unit_and_undo(tab, session):
    page = tab.targets
    tid = shown(page)[0]
    model = page.proxy
    assert model.setData(cell(page, tid, "threshold"), "đạt trên 70%")
    t = session.af.repo.targets.get(tid)
    assert (t.comparison, t.threshold) == (">", D(70))
    assert cell(page, tid, "threshold").data() == "> 70%"
    assert model.setData(cell(page, tid, "lead"), 1)
    assert cell(page, tid, "lead").data() == "Văn phòng Sở"
    session.undo_stack.undo()
    session.undo_stack.undo()
    t = session.af.repo.targets.get(tid)
    assert (t.comparison, t.threshold, t.lead_unit_id) == (">=", D(97), None)
    assert not model.setData(cell(page, tid, "threshold"), "tối thiểu 120%")  # refused, nothing changes
    assert session.af.repo.targets.get(tid).threshold == D(97) and session.undo_stack.index() == 0


def test_results_per_period_in_the_pane_judge_the_threshold(tab, session):
    page = tab.targets
    tid = shown(page)[0]
    page.select_id(tid)
    table = page.pane.table
    table.item(1, ACHIEVED).setText("96,5")  # 6 tháng
    assert session.af.repo.targets.values(tid) == {(2024, "H1"): "96.5"}
    assert page.pane.table.item(1, VERDICT).text() == tr("Not met")
    assert cell(page, tid, "met").data() == tr("Not met")
    page.pane.table.item(1, PLANNED).setText("95")  # the half-year's milestone
    assert page.pane.table.item(1, VERDICT).text() == tr("Met")
    assert cell(page, tid, "result").data().startswith("96,5%")
    session.undo_stack.undo()
    assert page.pane.table.item(1, VERDICT).text() == tr("Not met")
    page.pane.table.item(2, ACHIEVED).setText("140")  # above 100 %: refused, the cell shows the file again
    assert page.pane.table.item(2, ACHIEVED).text() == "" and (2024, "M9") not in session.af.repo.targets.values(tid)


def test_filter_by_words_without_accents_and_by_result(tab, session):
    page = tab.targets
    page.search.setText("phan anh kien nghi")
    assert len(shown(page)) == 2
    page.search.setText("hai long 94")
    assert len(shown(page)) == 1
    page.clear_filters()
    first = shown(page)[0]
    page.set_target_value(first, 2024, "Y", achieved="98")
    page.state_combo.setCurrentIndex(page.state_combo.findData("met"))
    assert shown(page) == [first]
    page.state_combo.setCurrentIndex(page.state_combo.findData("no_result"))
    assert len(shown(page)) == 5
    page.state_combo.setCurrentIndex(page.state_combo.findData("met"))
    page.act_add.trigger()  # a new row hidden by a filter clears the filters so it is seen
    assert page.state_combo.currentIndex() == 0 and page.current_id() in shown(page)


# -- projects ---------------------------------------------------------------------------------------
def test_projects_add_money_status_filter_delete_undo(tab, session, qtbot):
    page = tab.projects
    page.act_add.trigger()
    pid = page.current_id()
    assert session.af.repo.projects.get(pid).name == tr("New project")
    page.view.closePersistentEditor(page.view.currentIndex())
    model = page.proxy
    assert model.setData(cell(page, pid, "budget_total"), "1.250,5")
    assert model.setData(cell(page, pid, "budget_state"), "1.000")
    assert model.setData(cell(page, pid, "disbursed"), "2000")
    p = session.af.repo.projects.get(pid)
    assert (p.budget_total, p.budget_state, p.disbursed) == (D("1250.5"), D(1000), D(2000))
    assert cell(page, pid, "budget_total").data() == "1.250,5"
    assert cell(page, pid, "disbursed").data(Qt.ItemDataRole.ForegroundRole) is not None  # more than the budget
    # The status is chosen in a combo, as in the task list.
    idx = cell(page, pid, "status")
    page.view.setCurrentIndex(idx)
    page.view.edit(idx)
    editor = page.view.indexWidget(idx)
    assert isinstance(editor, QComboBox)
    editor.setCurrentIndex(editor.findData("in_progress"))
    page.view.itemDelegate().commitData.emit(editor)
    assert session.af.repo.projects.get(pid).status == "in_progress"
    page.state_combo.setCurrentIndex(page.state_combo.findData("done"))
    assert shown(page) == []
    page.clear_filters()
    page.select_id(pid)
    page.delete_selected()
    assert session.af.repo.projects.get(pid) is None and tab.pages.tabText(1) == "Dự án (0)"
    session.undo_stack.undo()
    assert session.af.repo.projects.get(pid).status == "in_progress" and shown(page) == [pid]


# -- directives ---------------------------------------------------------------------------------------
def test_directives_add_edit_type_from_number_tasks_and_undo(tab, session):
    page = tab.directives
    page.act_add.trigger()
    did = page.current_id()
    page.view.closePersistentEditor(page.view.currentIndex())
    model = page.proxy
    assert model.setData(cell(page, did, "summary"), "Đẩy mạnh cải cách hành chính")
    assert model.setData(cell(page, did, "number_symbol"), "15/CT-UBND")
    assert model.setData(cell(page, did, "doc_type"), "")  # left empty: read from the number
    assert model.setData(cell(page, did, "issued_on"), "14/6/2024")
    d = session.af.repo.directives.get(did)
    assert (d.doc_type, d.issued_on.isoformat(), d.plan_id) == ("Chỉ thị", "2024-06-14", CCHC)
    assert not model.setData(cell(page, did, "issued_on"), "31/02/2024")
    page.state_combo.setCurrentIndex(page.state_combo.findData("Chỉ thị"))
    assert shown(page) == [did]
    page.clear_filters()
    page.select_id(did)
    pane = page.pane
    assert pane.tasks.count() == 33
    pane.search.setText("mot cua")  # the task list beside it is searched without accents too
    visible = [i for i in range(pane.tasks.count()) if not pane.tasks.item(i).isHidden()]
    assert 0 < len(visible) < 33
    pane.tasks.item(visible[0]).setCheckState(Qt.CheckState.Checked)
    linked = session.af.repo.directives.task_ids(did)
    assert linked == [pane.tasks.item(visible[0]).data(Qt.ItemDataRole.UserRole)]
    assert cell(page, did, "tasks").data() == tr("{0} tasks").format(1)
    session.undo_stack.undo()
    assert session.af.repo.directives.task_ids(did) == []


def test_delete_key_deletes_the_selected_directives_after_asking(tab, session, qtbot):
    page = tab.directives
    qtbot.waitExposed(tab)
    tab.pages.setCurrentWidget(page)
    ids = shown(page)
    page.view.selectAll()
    page.view.setFocus()
    page.act_delete.trigger()  # Delete, while the list has focus
    assert shown(page) == [] and session.af.repo.directives.all() == []
    session.undo_stack.undo()
    assert sorted(shown(page)) == sorted(ids) and session.af.repo.directives.task_ids(ids[0])


def test_read_only_file_offers_no_editing(qtbot, lists_demo_path):
    s = Session(open_agency_file(lists_demo_path, readonly=True))
    try:
        w = PlanListsTab()
        qtbot.addWidget(w)
        w.set_session(s)
        w.set_plan(CCHC)
        assert not w.targets.act_add.isEnabled() and not w.targets.act_delete.isEnabled()
        assert not w.targets.model.flags(w.targets.model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    finally:
        s.close()


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform says so for any shown window
def test_keys_insert_f2_enter_escape_delete(tab, session, qtbot):
    page = tab.projects
    tab.pages.setCurrentWidget(page)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()  # a shortcut reaches only the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Insert)  # adds and opens the name for typing
    qtbot.waitUntil(lambda: len(shown(page)) == 1)
    pid = shown(page)[0]
    editor = page.view.indexWidget(page.view.currentIndex())
    editor.selectAll()
    qtbot.keyClicks(editor, "Nang cap Cong thong tin")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.af.repo.projects.get(pid).name == "Nang cap Cong thong tin")
    qtbot.waitUntil(lambda: page.view.state() != QAbstractItemView.State.EditingState)
    page.select_id(pid, column(page, "timeframe"))
    qtbot.keyClick(page.view, Qt.Key.Key_F2)
    assert page.view.state() == QAbstractItemView.State.EditingState
    editor = page.view.indexWidget(page.view.currentIndex())
    qtbot.keyClicks(editor, "2024")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # cancels
    qtbot.waitUntil(lambda: page.view.state() != QAbstractItemView.State.EditingState)
    assert session.af.repo.projects.get(pid).timeframe == ""
    qtbot.keyClick(page.view, Qt.Key.Key_Return)  # Enter on a row not being edited opens its cell
    assert page.view.state() == QAbstractItemView.State.EditingState
    qtbot.keyClick(page.view.indexWidget(page.view.currentIndex()), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.view.state() != QAbstractItemView.State.EditingState)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)  # asks (answered Yes here), then deletes
    assert session.af.repo.projects.get(pid) is None
    session.undo_stack.undo()
    assert session.af.repo.projects.get(pid).name == "Nang cap Cong thong tin"


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_at_1366_by_768_headings_are_whole_and_cells_cut_between_words_with_a_tooltip(qtbot, lists_demo_path,
                                                                                       monkeypatch):
    import html

    from PySide6.QtGui import QFont, QFontMetrics
    from PySide6.QtWidgets import QStyleOptionViewItem

    from dtidesk.gui.elide import ELLIPSIS
    from dtidesk.gui.main_window import MainWindow

    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.open_path(lists_demo_path)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    try:
        assert w.ui.tabs.tabText(w.ui.tabs.indexOf(w.plan_lists_page)) == "Chỉ tiêu, dự án, văn bản"
        w.plan_combo.setCurrentIndex(w.plan_combo.findData(CCHC))
        w.ui.tabs.setCurrentWidget(w.plan_lists_page)
        tab = w.plan_lists_tab
        assert tab.plan_id == CCHC  # follows the plan selector
        cut = 0
        for page in tab.all_pages():
            tab.pages.setCurrentWidget(page)
            view, header = page.view, page.view.horizontalHeader()
            bold = QFont(header.font())
            bold.setBold(True)
            for i in range(page.model.columnCount()):
                title = page.model.headerData(i, Qt.Orientation.Horizontal)
                assert header.sectionSize(i) >= QFontMetrics(bold).horizontalAdvance(title), title
            for r in range(page.proxy.rowCount()):
                for c in range(page.proxy.columnCount()):
                    index = page.proxy.index(r, c)
                    full = index.data() or ""
                    option = QStyleOptionViewItem()
                    option.rect, option.font, option.fontMetrics = view.visualRect(index), view.font(), view.fontMetrics()
                    view.itemDelegateForIndex(index).initStyleOption(option, index)
                    if option.text == full:
                        continue
                    cut += 1
                    core = option.text.removesuffix(ELLIPSIS)
                    assert option.text.endswith(ELLIPSIS) and full.startswith(core), option.text
                    assert full[len(core)] in " ,;:" or " " not in core, option.text  # between words
                    assert html.escape(full) in index.data(Qt.ItemDataRole.ToolTipRole)
        assert cut  # the long targets and summaries were cut, so the checks above ran
    finally:
        w.set_session(None)
