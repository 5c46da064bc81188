"""Sửa → Tìm trong cả tệp… (Ctrl+Shift+F): results from every plan and year; each one opens its plan or year with
its row selected, clearing a filter that would hide it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from dtidesk.domain.models import Evidence
from dtidesk.gui.main_window import MainWindow
from dtidesk.gui.search_dialog import go_to
from dtidesk.services import scoring
from dtidesk.services import tasks as task_ops
from dtidesk.store import open_agency_file

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")


@pytest.fixture
def path_with_evidence(lists_demo_path):
    with open_agency_file(lists_demo_path) as af:
        a = af.repo.assessments.all()[0]
        crit = scoring.assessment_view(af, a.year).tree.by_code("2.1")
        scoring.add_evidence(af, Evidence(0, a.id, crit.id, "Biên bản kiểm tra hệ thống một cửa điện tử",
                                          doc_number="07/BB-STP"))
    return lists_demo_path


@pytest.fixture
def window(qtbot, path_with_evidence):
    w = MainWindow()
    w.setProperty("noModal", True)
    qtbot.addWidget(w)
    w.open_path(path_with_evidence)
    yield w
    w.set_session(None)


def _open(window):
    window.find_all_action.trigger()
    return window.search_dialog


def _search(dialog, text: str, kind: str = ""):
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(kind))
    dialog.search.setText(text)
    dialog.run()
    return dialog.model.hits


def test_the_action_is_in_the_edit_menu_with_its_shortcut(window):
    action = window.find_all_action
    assert action in window.ui.menuEdit.actions() and action.text() == "Tìm trong &cả tệp…"
    assert action.shortcut().toString() == "Ctrl+Shift+F" and action.isEnabled()
    dialog = _open(window)
    assert dialog.isVisible() and not dialog.isModal() and dialog.windowTitle() == "Tìm trong cả tệp"
    assert _open(window) is dialog  # one search window per file
    window.close_file()
    assert not action.isEnabled()


def test_a_task_of_another_plan_opens_with_its_row_selected(window, qtbot):
    assert window.plan_combo.currentData() == 1
    window.tasks_tab.search.setText("khong co nhiem vu nao nhu the")  # a filter that hides every task
    window.tasks_tab.apply_filters(force=True)
    dialog = _open(window)
    hits = _search(dialog, "cong chuc", "task")
    assert {h.year for h in hits} == {2023, 2024} and "Tìm thấy" in dialog.status.text()
    hit = next(h for h in hits if h.plan_id == 2)
    assert go_to(window, hit)
    assert window.plan_combo.currentData() == 2 and window.ui.tabs.currentWidget() is window.ui.tasksTab
    assert window.tasks_tab.current_task_id() == hit.id and window.tasks_tab.search.text() == ""
    # Enter in the search box goes to the selected result.
    first = _search(dialog, "ra soat")[0]
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert window.plan_combo.currentData() == first.plan_id and window.tasks_tab.current_task_id() == first.id


def test_targets_directives_and_evidence_open_where_they_live(window):
    dialog = _open(window)
    target = _search(dialog, "hai long", "target")[0]
    assert go_to(window, target)
    lists = window.plan_lists_tab
    assert window.ui.tabs.currentWidget() is window.plan_lists_page and window.plan_combo.currentData() == 2
    assert lists.pages.currentWidget() is lists.targets and lists.targets.current_id() == target.id
    directive = _search(dialog, "mot cua", "directive")[0]
    assert go_to(window, directive)
    assert lists.pages.currentWidget() is lists.directives and lists.directives.current_id() == directive.id
    evidence = _search(dialog, "bien ban mot cua dien tu", "evidence")
    assert [(h.code, h.year) for h in evidence] == [("2.1", 2022)]
    window.plan_combo.setCurrentIndex(window.plan_combo.findData(1))
    assert go_to(window, evidence[0])
    tab = window.criteria_tab
    assert window.ui.tabs.currentWidget() is window.ui.criteriaTab and window.year_combo.currentData() == 2022
    assert tab.current_id() == evidence[0].indicator_id
    assert tab.details.currentWidget() is tab.evidence and tab.evidence.selected().id == evidence[0].id


def test_counts_and_a_changed_file(window):
    dialog = _open(window)
    assert _search(dialog, "xyz khong co") == [] and dialog.status.text() == "Không tìm thấy."
    assert not dialog.go_button.isEnabled()
    s = window.session
    t = s.af.repo.tasks.for_plan(1)[0]
    s.notify(task_ops.update_task(s.af, t.id, result="Đã nghiệm thu phần mềm Ioffice"))
    assert [h.id for h in _search(dialog, "ioffice")] == [t.id]
