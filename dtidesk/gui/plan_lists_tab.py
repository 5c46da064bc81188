"""Tab “Chỉ tiêu, dự án, văn bản”: the selected plan's targets, projects and directives, one page each."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ..domain.plan_items import doc_type_names
from ..services.changes import Changes
from .labels import status_labels
from .plan_item_models import DirectiveTableModel, ProjectTableModel, TargetTableModel
from .plan_list_page import PlanListPage
from .plan_list_panes import DirectiveTasksPane, ProjectPane, TargetValuesPane
from .session import Session

# The tables whose change each page re-reads.
WATCHED = {"targets": ("targets", "target_values", "units", "plans", "task_groups"),
           "projects": ("projects", "units", "plans"),
           "directives": ("directives", "directive_tasks", "tasks", "plans")}


class PlanListsTab(QWidget):
    """Follows the window's plan selector like the Tasks tab; every edit is one undoable action."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.session: Session | None = None
        self.plan_id: int | None = None
        self.pages = QTabWidget(self)
        self.pages.setDocumentMode(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.targets = PlanListPage(TargetTableModel(self), TargetValuesPane, {
            "new": self.tr("New target"), "add_tip": self.tr("Add a target after the selected one"),
            "delete_tip": self.tr("Delete the selected targets"), "delete_title": self.tr("Delete targets"),
            "delete_question": self.tr("Delete these {0} targets (with their results)?")},
            [(self.tr("All results"), ""), (self.tr("Met"), "met"), (self.tr("Not met"), "not_met"),
             (self.tr("No result yet"), "no_result")], self)
        self.projects = PlanListPage(ProjectTableModel(self), ProjectPane, {
            "new": self.tr("New project"), "add_tip": self.tr("Add a project after the selected one"),
            "delete_tip": self.tr("Delete the selected projects"), "delete_title": self.tr("Delete projects"),
            "delete_question": self.tr("Delete these {0} projects?")},
            [(self.tr("All statuses"), "")] + [(label, str(s)) for s, label in status_labels().items()], self)
        self.directives = PlanListPage(DirectiveTableModel(self), DirectiveTasksPane, {
            "new": self.tr("New directive"), "add_tip": self.tr("Add a directive to this plan"),
            "delete_tip": self.tr("Delete the selected directives"), "delete_title": self.tr("Delete directives"),
            "delete_question": self.tr("Delete these {0} directives?")},
            [(self.tr("All types"), "")] + [(name, name) for name in doc_type_names()], self)
        for page in self.all_pages():
            self.pages.addTab(page, "")
        self._retitle()
        self._restore_state(QSettings())

    def all_pages(self) -> list[PlanListPage]:
        return [self.targets, self.projects, self.directives]

    def _retitle(self) -> None:
        """Each page's title says how many rows it has: an empty list is seen before it is opened."""
        counts = [len(p.model.rows) for p in self.all_pages()]
        titles = [self.tr("Targets ({0})"), self.tr("Projects ({0})"), self.tr("Directives ({0})")]
        for i, (title, n) in enumerate(zip(titles, counts, strict=True)):
            self.pages.setTabText(i, title.format(n))

    # -- the main window's interface ------------------------------------------------------------------
    def set_session(self, session: Session | None) -> None:
        if self.session is not None:
            self.session.changed.disconnect(self._on_changed)
        self.session = session
        self.plan_id = None
        if session is not None:
            session.changed.connect(self._on_changed)
        self._load()

    def set_plan(self, plan_id: int | None) -> None:
        if plan_id == self.plan_id and self.targets.model.session is self.session:
            return
        self.plan_id = plan_id
        self._load()

    def _load(self) -> None:
        for page in self.all_pages():
            page.model.session, page.model.plan_id = self.session, self.plan_id
            page.load()
        # Results are recorded for the plan's year unless the officer picks another one.
        self.targets.pane.set_year(self.targets.model.plan_year)
        self.targets.pane.show_row(self.targets.pane.row)
        self._retitle()

    def _on_changed(self, changes: Changes) -> None:
        if self.plan_id is None:
            return
        for page in self.all_pages():
            if changes.touches(*WATCHED[page.model.kind]):
                page.reload()
        self._retitle()

    def focus_search(self) -> None:
        page = self.pages.currentWidget()
        if isinstance(page, PlanListPage):
            page.focus_search()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("plan_lists/page", self.pages.currentIndex())
        for page in self.all_pages():
            settings.setValue(f"plan_lists/{page.model.kind}/splitter", page.splitter.saveState())

    def _restore_state(self, settings: QSettings) -> None:
        if settings.contains("plan_lists/page"):  # value() of a missing key is a None: see tasks_tab.ALL_ITEMS
            self.pages.setCurrentIndex(int(settings.value("plan_lists/page")))
        for page in self.all_pages():
            key = f"plan_lists/{page.model.kind}/splitter"
            if settings.contains(key):
                page.splitter.restoreState(settings.value(key))
