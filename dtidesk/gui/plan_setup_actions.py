"""Kế hoạch → new plan / new self-assessment, the “+” beside the year, and the hints of the empty tabs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolButton

from ..services.frameworks import list_frameworks
from .empty_hints import EmptyHintWidget

if TYPE_CHECKING:
    from .main_window import MainWindow


class PlanSetupController(QObject):
    """What a new, empty file needs first; the window calls update_hints() whenever its selectors refill."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        plan_menu = window.findChild(QMenu, "menuPlan")
        first = plan_menu.actions()[0] if plan_menu.actions() else None
        self.new_plan_action = QAction(self.tr("&New plan…"), window)
        self.new_plan_action.setStatusTip(self.tr("A DTI, administrative reform or other plan for a year, "
                                                  "to which tasks are added"))
        self.new_assessment_action = QAction(self.tr("New &self-assessment…"), window)
        self.new_assessment_action.setStatusTip(self.tr("Score an index for a year: the year is added to the list"))
        plan_menu.insertAction(first, self.new_plan_action)
        plan_menu.insertAction(first, self.new_assessment_action)
        plan_menu.insertSeparator(first)
        self.new_plan_action.triggered.connect(self.new_plan)
        self.new_assessment_action.triggered.connect(self.new_assessment)
        window.session_actions += [self.new_plan_action, self.new_assessment_action]

        # “Add a year” is creating something for it; beside the year list is where an officer looks for it.
        self.add_year_button = QToolButton()
        self.add_year_button.setText("+")
        self.add_year_button.setToolTip(self.tr("Add a year: create a self-assessment for it"))
        self.add_year_button.clicked.connect(self.new_assessment)
        tb = window.ui.toolbar
        after = [a for a in tb.actions() if tb.widgetForAction(a) is window.year_combo]
        rest = tb.actions()[tb.actions().index(after[0]) + 1:] if after else []
        if rest:
            tb.insertWidget(rest[0], self.add_year_button)
        else:
            tb.addWidget(self.add_year_button)

        self.tasks_hint = EmptyHintWidget(window)
        self.criteria_hint = EmptyHintWidget(window)
        window._put(window.ui.tasksTab, self.tasks_hint)
        window._put(window.ui.criteriaTab, self.criteria_hint)
        self.tasks_hint.hide()
        self.criteria_hint.hide()

    def new_plan(self) -> None:
        w = self.window
        if w.session is None:
            return
        from .new_plan_dialog import NewPlanDialog

        dlg = NewPlanDialog(w.session, w)
        dlg.accepted.connect(lambda: self.select(dlg.created.year, dlg.created.plan_id))
        w._run_dialog(dlg)

    def new_assessment(self) -> None:
        w = self.window
        if w.session is None:
            return
        from .new_plan_dialog import NewAssessmentDialog

        dlg = NewAssessmentDialog(w.session, w, year=w.year_combo.currentData())
        dlg.accepted.connect(lambda: self.select(dlg.created.year, None))
        w._run_dialog(dlg)

    def select(self, year: int | None, plan_id: int | None) -> None:
        """Show what was just created: its year in the year list, the plan in the plan list."""
        w = self.window
        for combo, value in ((w.year_combo, year), (w.plan_combo, plan_id)):
            index = combo.findData(value) if value is not None else -1
            if index >= 0:
                combo.setCurrentIndex(index)
        if plan_id is not None:  # a new plan has no task yet: say how the first one is added
            w.ui.tabs.setCurrentWidget(w.ui.tasksTab)
            add = w.tasks_tab.act_add
            w.ui.statusbar.showMessage(self.tr("Plan created. Add its tasks with “{0}” ({1}).").format(
                add.text(), add.shortcut().toString(QKeySequence.SequenceFormat.NativeText)), 20000)

    def update_hints(self) -> None:
        """An empty tab says what to do next instead of showing an empty table and grey buttons."""
        w = self.window
        s = w.session
        self.add_year_button.setEnabled(s is not None and not s.af.readonly)
        no_plan = s is not None and w.plan_combo.count() == 0
        no_index = s is not None and not list_frameworks(s.af)
        if no_plan:
            self.tasks_hint.set_content(
                self.tr("No plan yet"),
                self.tr("Create a plan for the year (DTI, administrative reform, digital transformation…) and add "
                        "its tasks, or import a plan you already have as a Word document."),
                [self.new_plan_action, w.import_plan_action])
        if no_index:
            self.criteria_hint.set_content(
                self.tr("No index yet"),
                self.tr("Import your province's index from its decision (Word, Excel or text) or from a catalog "
                        "file, to enter self scores and appraised scores; a plan document you import also brings "
                        "the criteria it lists."),
                [w.import_index_action, w.ui.actionImportCatalog, w.import_plan_action])
        self.tasks_hint.setVisible(no_plan)
        w.tasks_tab.setVisible(not no_plan)
        self.criteria_hint.setVisible(no_index)
        if w._criteria_tab is not None:
            w._criteria_tab.setVisible(not no_index)
