"""The Tasks tab: tree model over the core, filters, inline and detail editing, commands and their undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QAbstractItemView, QInputDialog, QMessageBox

from dtidesk.domain.text import fold
from dtidesk.domain.vnformat import fmt_date
from dtidesk.gui.session import Session
from dtidesk.gui.task_delegates import TimelineEdit, UnitChecklist
from dtidesk.gui.task_model import (
    COL_CONTENT,
    COL_COOP,
    COL_CRITERION,
    COL_DUE,
    COL_LEAD,
    COL_STATUS,
    COL_TIMELINE,
    TASK_ID_ROLE,
)
from dtidesk.gui.tasks_tab import TasksTab
from dtidesk.services.tasks import task_rows
from dtidesk.store import open_agency_file

PLAN = 1  # the DTI plan of seed 000: 49 tasks, each linked to a criterion

# dtidesk.gui guards against PySide6 6.12's None refcount leak on CPython 3.11 (see its __init__).


@pytest.fixture
def session(demo_path):
    s = Session(open_agency_file(demo_path))
    yield s
    s.close()


@pytest.fixture
def tab(qtbot, session, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)
    w = TasksTab()
    qtbot.addWidget(w)
    w.resize(1300, 650)
    w.set_session(session)
    w.set_plan(PLAN)
    return w


def tr(text: str) -> str:
    """What the user sees for an English source string (the GUI tests run with the Vietnamese translators)."""
    return QCoreApplication.translate("TasksTab", text)


def stored(session, task_id):
    return session.af.repo.tasks.get(task_id)


def first_task_id(session):
    return task_rows(session.af, PLAN)[0].task.id


def shown_ids(tab) -> list[int]:
    """Task ids the view shows, top to bottom."""
    out = []
    proxy = tab.proxy
    for g in range(proxy.rowCount()):
        gi = proxy.index(g, 0)
        out.extend(proxy.index(r, 0, gi).data(TASK_ID_ROLE) for r in range(proxy.rowCount(gi)))
    return out


def source_cell(tab, task_id, column):
    return tab.model.task_index(task_id, column)


# -- loading ---------------------------------------------------------------------
def test_plan_shows_49_tasks_grouped_under_their_criteria(tab, session):
    model = tab.model
    assert len(model.rows) == 49
    assert sum(model.rowCount(model.index(g, 0)) for g in range(model.rowCount())) == 49
    titles = [model.index(g, 0).data() for g in range(model.rowCount())]
    assert titles[0].startswith("1.1 “Người đứng đầu sở, ngành")
    assert all(not t.startswith(tr("Not in a group")) for t in titles)
    # each group holds exactly the tasks linked to its criterion
    for g in range(model.rowCount()):
        grp = model.groups[g]
        assert {model.rows[i].task.criterion_id for i in grp.rows} == {grp.criterion_id}
    assert shown_ids(tab) == [r.task.id for r in task_rows(session.af, PLAN)]
    # columns show short unit names, derived due date and status; overdue rows are tinted red
    rows = task_rows(session.af, PLAN)
    overdue = next(r for r in rows if r.overdue)
    idx = source_cell(tab, overdue.task.id, COL_STATUS)
    assert idx.data() == "Quá hạn"
    assert idx.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert source_cell(tab, overdue.task.id, COL_DUE).data() == fmt_date(overdue.task.due_date)
    assert tab.view.isExpanded(tab.proxy.index(0, 0))
    # group rows are headings (neither selectable nor editable), task cells are editable
    assert tab.proxy.flags(tab.proxy.index(0, 0)) == Qt.ItemFlag.ItemIsEnabled
    task_cell = tab.proxy.index(0, COL_CONTENT, tab.proxy.index(0, 0))
    assert tab.proxy.flags(task_cell) & Qt.ItemFlag.ItemIsEditable
    assert tab.proxy.flags(task_cell) == tab.model.flags(tab.proxy.mapToSource(task_cell))


def test_status_message_counts_tasks_overdue_and_shown(qtbot, session, monkeypatch):
    w = TasksTab()
    qtbot.addWidget(w)
    messages = []
    w.status_message.connect(messages.append)
    w.set_session(session)
    w.set_plan(PLAN)
    overdue = sum(r.overdue for r in task_rows(session.af, PLAN))
    counts = tr("{0} tasks · {1} overdue · {2} shown")
    assert messages[-1] == counts.format(49, overdue, 49)
    w.overdue_check.setChecked(True)
    assert messages[-1] == counts.format(49, overdue, overdue)


def test_a_cms_plan_groups_tasks_under_its_headings(tab):
    tab.set_plan(2)
    titles = [tab.model.index(g, 0).data() for g in range(tab.model.rowCount())]
    assert titles[0].startswith("I. Cải cách thủ tục hành chính › 1. Kiểm soát thủ tục hành chính")
    assert any(t.startswith("II. Cải cách chế độ công vụ") for t in titles)


# -- editing through the model -----------------------------------------------------
def test_edit_content_through_the_model_is_stored_and_undone(tab, session):
    tid = first_task_id(session)
    before = stored(session, tid).content
    assert tab.model.setData(source_cell(tab, tid, COL_CONTENT), "Nội dung đã sửa", Qt.ItemDataRole.EditRole)
    assert stored(session, tid).content == "Nội dung đã sửa"
    assert source_cell(tab, tid, COL_CONTENT).data() == "Nội dung đã sửa"
    assert session.undo_stack.undoText() == tr("edit task")
    session.undo_stack.undo()
    assert stored(session, tid).content == before
    assert source_cell(tab, tid, COL_CONTENT).data() == " ".join(before.split())
    session.undo_stack.redo()
    assert stored(session, tid).content == "Nội dung đã sửa"


def test_a_refused_edit_changes_nothing_and_says_why(tab, session):
    tid = first_task_id(session)
    before = stored(session, tid)
    failures = []
    session.failed.connect(failures.append)
    assert not tab.model.setData(source_cell(tab, tid, COL_CONTENT), "   ", Qt.ItemDataRole.EditRole)
    assert not tab.model.setData(source_cell(tab, tid, COL_DUE), "31/02/2023", Qt.ItemDataRole.EditRole)
    assert stored(session, tid) == before
    assert session.undo_stack.count() == 0
    assert failures[0].startswith("Nội dung nhiệm vụ: không được để trống")
    assert "31/02/2023" in failures[1]


def test_timeline_edit_derives_the_due_date_and_undo_restores_both(tab, session):
    tid = first_task_id(session)  # "Thường xuyên", no due date
    assert stored(session, tid).due_date is None
    tab.model.setData(source_cell(tab, tid, COL_TIMELINE), "Quý II/2023", Qt.ItemDataRole.EditRole)
    t = stored(session, tid)
    assert (t.timeline, str(t.due_date)) == ("Quý II/2023", "2023-06-30")
    assert source_cell(tab, tid, COL_DUE).data() == "30/6/2023"
    session.undo_stack.undo()
    t = stored(session, tid)
    assert (t.timeline, t.due_date) == ("Thường xuyên", None)


def test_status_and_units_edits_are_undoable(tab, session):
    tid = first_task_id(session)
    before = stored(session, tid)
    tab.model.setData(source_cell(tab, tid, COL_STATUS), "done", Qt.ItemDataRole.EditRole)
    assert stored(session, tid).status == "done" and stored(session, tid).completed_on is not None
    assert source_cell(tab, tid, COL_STATUS).data().startswith("Hoàn thành")
    tab.model.setData(source_cell(tab, tid, COL_LEAD), [1], Qt.ItemDataRole.EditRole)
    tab.model.setData(source_cell(tab, tid, COL_COOP), [2, 4], Qt.ItemDataRole.EditRole)
    t = stored(session, tid)
    assert (t.lead_unit_ids, t.coop_unit_ids) == ([1], [2, 4])
    assert source_cell(tab, tid, COL_LEAD).data() == "VP"
    for _ in range(3):
        session.undo_stack.undo()
    assert stored(session, tid) == before


def test_criterion_edit_moves_the_task_to_its_new_group(tab, session, qtbot):
    tid = first_task_id(session)
    target = tab.model.criteria[-1]
    tab.model.setData(source_cell(tab, tid, COL_CRITERION), target.id, Qt.ItemDataRole.EditRole)
    assert stored(session, tid).criterion_id == target.id
    qtbot.waitUntil(lambda: tab.model.task_row(tid).task.criterion_id == target.id)
    grp = tab.model.group_of(tab.model.task_index(tid))
    assert grp.criterion_id == target.id
    session.undo_stack.undo()
    assert stored(session, tid).criterion_id == 2


# -- toolbar actions -------------------------------------------------------------
def test_add_duplicate_delete_and_move_with_undo(tab, session):
    order = [r.task.id for r in task_rows(session.af, PLAN)]
    first = order[0]
    tab.select_task(first)
    tab.act_add.trigger()
    assert tab.view.state() == QAbstractItemView.State.EditingState
    tab.view.closePersistentEditor(tab.view.currentIndex())
    new = [r.task.id for r in task_rows(session.af, PLAN)]
    assert len(new) == 50
    added = new[1]
    assert stored(session, added).content == tr("New task")
    assert stored(session, added).criterion_id == stored(session, first).criterion_id
    assert tab.current_task_id() == added
    session.undo_stack.undo()
    assert [r.task.id for r in task_rows(session.af, PLAN)] == order
    session.undo_stack.redo()  # the same task comes back with the same id
    assert [r.task.id for r in task_rows(session.af, PLAN)] == new
    session.undo_stack.undo()

    tab.select_task(first)
    tab.act_duplicate.trigger()
    dup = tab.current_task_id()
    assert dup not in order and stored(session, dup).content == stored(session, first).content
    session.undo_stack.undo()
    assert stored(session, dup) is None

    # delete (confirmation patched to Yes) and undo: same id, same place, same units
    victim = order[5]
    whole = stored(session, victim)
    tab.select_task(victim)
    tab.act_delete.trigger()
    assert stored(session, victim) is None
    assert len(tab.model.rows) == 48
    session.undo_stack.undo()
    back = stored(session, victim)
    assert [r.task.id for r in task_rows(session.af, PLAN)] == order
    assert (back.content, back.lead_unit_ids, back.coop_unit_ids) == (
        whole.content, whole.lead_unit_ids, whole.coop_unit_ids)


def test_delete_asks_first_and_no_keeps_the_task(tab, session, monkeypatch):
    asked = []

    def no(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", no)
    tid = first_task_id(session)
    tab.select_task(tid)
    tab.delete_selected()
    assert stored(session, tid) is not None
    assert "Tiếp tục duy trì" in asked[0]


def test_move_within_a_group_and_undo(tab, session):
    tab.set_plan(2)
    rows = task_rows(session.af, 2)
    grp = [r.task.id for r in rows if r.task.group_id == rows[0].task.group_id]
    assert len(grp) >= 3
    tab.select_task(grp[0])
    assert not tab.act_up.isEnabled() and tab.act_down.isEnabled()
    tab.act_down.trigger()
    after = [r.task.id for r in task_rows(session.af, 2)]
    assert after.index(grp[0]) == after.index(grp[1]) + 1
    assert tab.current_task_id() == grp[0]
    assert shown_ids(tab).index(grp[0]) == shown_ids(tab).index(grp[1]) + 1
    session.undo_stack.undo()
    assert [r.task.id for r in task_rows(session.af, 2)] == [r.task.id for r in rows]


def test_bulk_status_change_is_one_command_and_undo_restores(tab, session, monkeypatch):
    ids = [r.task.id for r in task_rows(session.af, PLAN)][:6]
    tab.select_task(ids[0])
    for tid in ids[1:]:
        idx = tab.proxy.mapFromSource(tab.model.task_index(tid))
        tab.view.selectionModel().select(idx, tab.view.selectionModel().SelectionFlag.Select
                                         | tab.view.selectionModel().SelectionFlag.Rows)
    assert tab.selected_task_ids() == ids
    before = {tid: stored(session, tid) for tid in ids}
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Đang thực hiện", True))
    tab.act_status.trigger()
    assert {stored(session, t).status for t in ids} == {"in_progress"}
    assert session.undo_stack.count() == 1
    assert tab.selected_task_ids() == ids  # the selection survives the refresh
    session.undo_stack.undo()
    assert {tid: stored(session, tid) for tid in ids} == before


def test_link_criterion_for_selected_tasks(tab, session, monkeypatch):
    tid = first_task_id(session)
    tab.select_task(tid)
    crit = tab.model.criteria[3]
    monkeypatch.setattr(QInputDialog, "getItem",
                        lambda *a, **k: (f"{crit.code} — {' '.join(crit.name.split())}", True))
    tab.act_link.trigger()
    assert stored(session, tid).criterion_id == crit.id
    assert tab.current_task_id() == tid


# -- filters ----------------------------------------------------------------------
def test_text_filter_ignores_accents_and_case(tab, session, qtbot):
    tab.search.setText("thuong xuyen")
    tab.apply_filters()
    rows = {r.task.id: r for r in task_rows(session.af, PLAN)}
    expected = [tid for tid, r in rows.items() if "thuong xuyen" in r.search_key]
    assert expected and len(expected) < 49
    assert shown_ids(tab) == expected
    assert all("Thường xuyên" in rows[t].task.timeline or "thường xuyên" in rows[t].task.content.lower()
               for t in expected)
    # groups without a match disappear (recursive rule), and the debounce path gets there too
    assert tab.proxy.rowCount() == len({rows[t].task.criterion_id for t in expected})
    tab.search.setText("")
    qtbot.waitUntil(lambda: len(shown_ids(tab)) == 49)
    tab.search.setText("THƯỜNG XUYÊN")
    qtbot.waitUntil(lambda: shown_ids(tab) == expected)


def test_unit_status_overdue_and_period_filters(tab, session):
    rows = task_rows(session.af, PLAN)
    tab.unit_combo.setCurrentIndex(tab.unit_combo.findData(4))  # Phòng Bổ trợ và hành chính tư pháp
    assert shown_ids(tab) == [r.task.id for r in rows if 4 in r.task.lead_unit_ids + r.task.coop_unit_ids]
    tab.unit_combo.setCurrentIndex(0)
    tab.status_combo.setCurrentIndex(tab.status_combo.findData("overdue"))
    overdue = [r.task.id for r in rows if r.overdue]
    assert overdue and shown_ids(tab) == overdue
    tab.status_combo.setCurrentIndex(tab.status_combo.findData("not_started"))
    assert shown_ids(tab) == [r.task.id for r in rows if r.outcome == "not_started"]
    tab.status_combo.setCurrentIndex(0)
    tab.overdue_check.setChecked(True)
    assert shown_ids(tab) == overdue
    tab.overdue_check.setChecked(False)
    # Quý I/2023: due 15/12/2022–31/3/2023 (“Tháng 12 năm trước liền kề”) plus every task without a due date
    tab.period_combo.setCurrentIndex(tab.period_combo.findData("Q1"))
    q1 = shown_ids(tab)
    assert q1 == [r.task.id for r in rows if r.task.due_date is None or str(r.task.due_date) == "2022-12-31"]
    tab.period_combo.setCurrentIndex(tab.period_combo.findData("Y"))
    assert len(shown_ids(tab)) > len(q1)
    tab.clear_filters()
    assert len(shown_ids(tab)) == 49


def test_a_task_edited_out_of_the_filter_leaves_the_view(tab, session):
    tab.status_combo.setCurrentIndex(tab.status_combo.findData("not_started"))
    tid = shown_ids(tab)[0]  # the only task of its criterion: its heading must go with it
    groups = tab.proxy.rowCount()
    tab.set_status([tid], "in_progress")
    assert tid not in shown_ids(tab)
    assert tab.proxy.rowCount() == groups - 1
    assert all(tab.proxy.hasChildren(tab.proxy.index(g, 0)) for g in range(tab.proxy.rowCount()))
    session.undo_stack.undo()
    assert tid in shown_ids(tab)
    assert tab.proxy.rowCount() == groups


def test_show_criterion_and_add_a_task_for_it(tab, session):
    rows = task_rows(session.af, PLAN)
    crit = rows[7].task.criterion_id
    tab.search.setText("zzz")
    tab.apply_filters()
    tab.show_criterion(crit)
    assert shown_ids(tab) == [r.task.id for r in rows if r.task.criterion_id == crit]
    assert tab.current_task_id() == shown_ids(tab)[0]
    assert tab.criterion_chip.isVisibleTo(tab)
    tab.add_task_for_criterion(crit)
    new = tab.current_task_id()
    assert stored(session, new).criterion_id == crit
    assert tab.view.state() == QAbstractItemView.State.EditingState
    assert tab.view.currentIndex().column() == COL_CONTENT


# -- editors and the detail pane ------------------------------------------------------
def test_keyboard_f2_edits_enter_commits_escape_cancels(tab, session, qtbot):
    tid = first_task_id(session)
    tab.select_task(tid, COL_CONTENT)
    cell = tab.view.currentIndex()
    qtbot.keyClick(tab.view, Qt.Key.Key_F2)
    assert tab.view.state() == QAbstractItemView.State.EditingState
    editor = tab.view.indexWidget(cell)
    editor.selectAll()
    qtbot.keyClicks(editor, "Typed at the keyboard")  # QTest types ASCII only
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored(session, tid).content == "Typed at the keyboard")  # Qt commits queued
    qtbot.waitUntil(lambda: tab.view.state() != QAbstractItemView.State.EditingState)
    qtbot.keyClick(tab.view, Qt.Key.Key_F2)
    editor = tab.view.indexWidget(cell)
    qtbot.keyClicks(editor, " more")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: tab.view.state() != QAbstractItemView.State.EditingState)
    assert stored(session, tid).content == "Typed at the keyboard"
    assert session.undo_stack.count() == 1


def test_timeline_editor_shows_the_derived_due_date_live(tab, session):
    editor = TimelineEdit(2023)
    editor.setText("Năm 2023")
    assert "31/12/2023" in editor.hint.text()
    editor.setText("Thường xuyên")
    assert editor.hint.text().startswith("Thường xuyên")
    editor.setText("Theo chỉ đạo của UBND tỉnh")
    assert editor.hint.text()
    editor.deleteLater()


def test_coordinating_units_checklist_editor(tab, session):
    tid = first_task_id(session)
    idx = tab.proxy.mapFromSource(source_cell(tab, tid, COL_COOP))
    tab.select_task(tid, COL_COOP)
    tab.view.edit(idx)
    editor = tab.view.indexWidget(idx) or tab.view.focusWidget()
    while editor is not None and not isinstance(editor, UnitChecklist):
        editor = editor.parentWidget()
    assert isinstance(editor, UnitChecklist)
    assert editor.checked() == stored(session, tid).coop_unit_ids
    editor.set_checked([1, 2])
    tab.view.itemDelegate().commitData.emit(editor)
    assert stored(session, tid).coop_unit_ids == [1, 2]


def test_detail_pane_saves_each_field_as_one_command(tab, session):
    tid = first_task_id(session)
    tab.select_task(tid)
    pane = tab.detail
    assert pane.task.id == tid
    pane.fields["objective"].setPlainText("Giữ 10/10 điểm")
    pane.fields["objective"].committed.emit()
    assert stored(session, tid).objective == "Giữ 10/10 điểm"
    pane.progress["H1"].setPlainText("Đã họp Ban chỉ đạo 2 lần")
    pane.progress["H1"].committed.emit()
    assert stored(session, tid).progress == {(2023, "H1"): "Đã họp Ban chỉ đạo 2 lần"}
    pane.completed_on.setText("30/02/2023")
    pane.completed_on.editingFinished.emit()
    assert stored(session, tid).completed_on is None
    assert pane.completed_on.text() == ""  # refused: the stored value is shown again
    assert session.undo_stack.count() == 2
    session.undo_stack.undo()
    assert stored(session, tid).progress == {}
    assert pane.progress["H1"].toPlainText() == ""
    session.undo_stack.undo()
    assert stored(session, tid).objective == ""


def test_detail_pane_links_a_criterion(tab, session):
    tid = first_task_id(session)
    tab.select_task(tid)
    combo = tab.detail.criterion
    combo.setCurrentIndex(combo.findData(tab.model.criteria[2].id))
    combo.activated.emit(combo.currentIndex())
    assert stored(session, tid).criterion_id == tab.model.criteria[2].id


def test_pending_detail_text_is_saved_when_another_task_is_selected(tab, session):
    rows = task_rows(session.af, PLAN)
    tab.select_task(rows[0].task.id)
    tab.detail.fields["result"].setPlainText("Đã hoàn thành")
    tab.select_task(rows[1].task.id)
    assert stored(session, rows[0].task.id).result == "Đã hoàn thành"
    assert tab.detail.task.id == rows[1].task.id


def test_refresh_keeps_selection_after_an_outside_change(tab, session):
    from dtidesk.services.tasks import update_task

    rows = task_rows(session.af, PLAN)
    tab.select_task(rows[20].task.id)
    session.notify(update_task(session.af, rows[3].task.id, content="Sửa từ nơi khác"))
    assert tab.current_task_id() == rows[20].task.id
    assert source_cell(tab, rows[3].task.id, COL_CONTENT).data() == "Sửa từ nơi khác"


def test_read_only_file_cannot_be_edited(qtbot, demo_path):
    s = Session(open_agency_file(demo_path, readonly=True))
    try:
        w = TasksTab()
        qtbot.addWidget(w)
        w.set_session(s)
        w.set_plan(PLAN)
        assert not w.act_add.isEnabled()
        idx = w.model.task_index(w.model.rows[0].task.id, COL_CONTENT)
        assert not (w.model.flags(idx) & Qt.ItemFlag.ItemIsEditable)
        assert not w.model.setData(idx, "x", Qt.ItemDataRole.EditRole)
    finally:
        s.close()


def test_state_is_saved(tab, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    tab.save_state(settings)
    assert settings.value("tasks/header") is not None
    assert fold("Thường xuyên") == "thuong xuyen"


# -- defects found driving the window ---------------------------------------------------
def test_in_progress_from_the_table_sets_no_completion_date(tab, session):
    from dtidesk.services.checks import check_file

    tid = first_task_id(session)
    assert tab.model.setData(source_cell(tab, tid, COL_STATUS), "in_progress", Qt.ItemDataRole.EditRole)
    assert (stored(session, tid).status, stored(session, tid).completed_on) == ("in_progress", None)
    assert not [f for f in check_file(session.af) if "Có ngày hoàn thành" in f.message]
    tab.model.setData(source_cell(tab, tid, COL_STATUS), "done", Qt.ItemDataRole.EditRole)
    assert stored(session, tid).completed_on is not None
    tab.model.setData(source_cell(tab, tid, COL_STATUS), "not_started", Qt.ItemDataRole.EditRole)
    assert stored(session, tid).completed_on is None  # leaving “Hoàn thành” clears the date
    # the detail pane takes a completion date only for a task that is done
    tab.select_task(tid)
    assert tab.detail.completed_on.isReadOnly()


def test_retyping_an_unchanged_deadline_pushes_no_undo_step(tab, session):
    failures = []
    session.failed.connect(failures.append)
    row = next(r for r in task_rows(session.af, PLAN) if r.task.due_date is not None)
    tid, due = row.task.id, row.task.due_date
    for typed in (source_cell(tab, tid, COL_DUE).data(), due.isoformat(), f"{due.day:02d}/{due.month:02d}/{due.year}"):
        assert tab.model.setData(source_cell(tab, tid, COL_DUE), typed, Qt.ItemDataRole.EditRole)
    tab.set_status([tid], row.task.status)  # the same status again: nothing to undo either
    assert session.undo_stack.count() == 0
    assert failures == []
    assert stored(session, tid) == row.task
    # a real change still undoes and redoes
    assert tab.model.setData(source_cell(tab, tid, COL_DUE), "1/1/2024", Qt.ItemDataRole.EditRole)
    session.undo_stack.undo()
    session.undo_stack.redo()
    assert stored(session, tid).due_date.isoformat() == "2024-01-01" and failures == []


def test_an_imported_plan_numbers_its_tasks(qtbot, tmp_path, monkeypatch):
    """Tasks imported without a printed number show their place under their heading, in the list and
    in the detail pane's title."""
    from pathlib import Path

    from dtidesk.domain.models import Agency
    from dtidesk.services.files import new_file
    from dtidesk.services.plan_import import commit_plan_import, preview_plan_import

    af = new_file(tmp_path / "snv.dtidesk", Agency(agency="SỞ NỘI VỤ"), [])
    source = Path(__file__).parents[1] / "importers" / "fixtures" / "variant_syt_laocai.txt"
    plan_id, _ = commit_plan_import(af, preview_plan_import(af, source))
    s = Session(af)
    try:
        w = TasksTab()
        qtbot.addWidget(w)
        w.set_session(s)
        w.set_plan(plan_id)
        assert all(not r.task.code for r in w.model.rows)
        numbers = [[w.model.data(w.model.task_index(w.model.rows[i].task.id, 0)) for i in g.rows]
                   for g in w.model.groups]
        assert numbers == [["1"], ["1", "2"], ["1"], ["1"], ["1"], ["1"], ["1"]]  # criteria 1.1 … 3.2
        second = w.model.groups[1].rows[1]  # the second task of criterion 1.2
        tid = w.model.rows[second].task.id
        w.select_task(tid)
        assert tr("Task {0}").format("2") in w.detail.title.text()
        assert "—" not in w.detail.title.text().split("</b>")[0]
    finally:
        s.close()


def test_a_stray_completion_date_on_an_open_task_can_be_cleared(tab, session):
    """Files saved before the fix hold open tasks with a completion date: the detail pane lets it go."""
    tid = first_task_id(session)
    import datetime as dt

    with session.af.transaction():
        session.af.repo.tasks.update(tid, status="in_progress", completed_on=dt.date(2023, 5, 2))
    tab.reload()
    tab.select_task(tid)
    field = tab.detail.completed_on
    assert not field.isReadOnly()
    field.setText("")
    field.editingFinished.emit()
    assert (stored(session, tid).status, stored(session, tid).completed_on) == ("in_progress", None)
    assert field.isReadOnly()
