"""The main window: file handling, menus, year/plan selectors, the three tabs, undo across them."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from .. import FILE_SUFFIX
from ..errors import DtideskError, FileCorrupt, FileLocked
from ..services import plans as plan_ops
from ..services.changes import Changes
from ..services.files import backups_of, open_file
from ..services.scoring import assessment_years
from ..services.units import agency_profile
from .forms.ui_main_window import Ui_MainWindow
from .plan_setup_actions import PlanSetupController
from .reminder import upcoming_text
from .session import Session
from .start_page import StartPage
from .tasks_tab import TasksTab

if TYPE_CHECKING:  # built on first use (see criteria_tab, reports_tab): not imported at start
    from .criteria_tab import CriteriaTab
    from .dashboard_view import DashboardView
    from .plan_lists_tab import PlanListsTab
    from .reports_tab import ReportsTab

MAX_RECENT = 8
_startup_frozen = False


def _freeze_startup_objects() -> None:
    """Once the first window is built, the program's modules, classes and functions (some 40,000 objects,
    alive as long as the process) are moved out of the garbage collector's sight (gc.freeze): every later
    full collection skips them, and the collections made at exit no longer walk them (some 30 ms)."""
    global _startup_frozen
    if not _startup_frozen:
        _startup_frozen = True
        gc.freeze()


def _dialogs():
    """The dialogs module, imported when a dialog is first needed rather than at start."""
    from . import dialogs

    return dialogs


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.session: Session | None = None
        self.settings = QSettings()

        self.start_page = StartPage(self)
        self._put(self.ui.startPage, self.start_page)
        self.tasks_tab = TasksTab(self)
        self._put(self.ui.tasksTab, self.tasks_tab)
        # The Criteria and Reports tabs are built when first shown or used: the window opens on the Tasks
        # tab, and their imports (QtCharts, the report model, the forms) and their loading were most of the
        # start-up time of a large file.
        self._criteria_tab: CriteriaTab | None = None
        self._reports_tab: ReportsTab | None = None
        self.ui.tabs.currentChanged.connect(self._tab_shown)
        self.ui.tabs.setTabText(0, self.tr("Tasks"))
        self.ui.tabs.setTabText(1, self.tr("Criteria"))
        self.ui.tabs.setTabText(2, self.tr("Reports"))
        # The plan's targets, projects and directives: built when first shown, like Criteria and Reports.
        self.plan_lists_page = QWidget()
        self.ui.tabs.addTab(self.plan_lists_page, self.tr("Targets, projects, directives"))
        self._plan_lists_tab: PlanListsTab | None = None
        # Tổng quan: charts across the years and the selected plan (issue 18), built when first shown.
        self.dashboard_page = QWidget()
        self.ui.tabs.addTab(self.dashboard_page, self.tr("Overview"))
        self._dashboard: DashboardView | None = None

        self._build_toolbar()
        self._build_edit_menu()
        self._add_help_and_settings_actions()
        self._add_import_and_plan_actions()
        self._add_import_index_action()
        self._add_index_editor_action()
        from .results_import_dialog import install_import_action

        install_import_action(self)  # Tệp → Nhập kết quả thẩm định… (issue 16)
        from .file_tools import install_history_action, install_search_action

        install_history_action(self)  # Công cụ → Lịch sử thay đổi… (issue 18)
        install_search_action(self)  # Sửa → Tìm trong cả tệp… (Ctrl+Shift+F)
        self.plan_setup = PlanSetupController(self)  # Kế hoạch → new plan / self-assessment, empty-tab hints
        self._connect()
        self.status_counts = QLabel()
        self.status_path = QLabel()
        self.ui.statusbar.addWidget(self.status_counts, 1)
        self.ui.statusbar.addPermanentWidget(self.status_path)
        self.tasks_tab.status_message.connect(self.status_counts.setText)
        from .export_menu import ExportController

        self.exports = ExportController(self, self.ui.menuExport)
        from .printing import PrintController

        self.printing = PrintController(self, self.ui.menuFile)  # Tệp → In… (Ctrl+P), Xem trước khi in…
        from .due_panel import DueController

        self.due = DueController(self)  # tab “Sắp đến hạn / Quá hạn” and the start page's list (issue 18)
        self._restore_geometry()
        self._update_recent_menu()
        self._show_session()
        self._show_selectors(self.ui.tabs.currentWidget() is self.ui.criteriaTab)
        _freeze_startup_objects()

    # -- construction ---------------------------------------------------
    @staticmethod
    def _put(page: QWidget, widget: QWidget) -> None:
        layout = page.layout() or QVBoxLayout(page)  # a page may already hold its empty-tab hint
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(widget)

    @property
    def criteria_tab(self) -> CriteriaTab:
        """The Criteria tab, built and loaded with the open file's selected year on first use."""
        if self._criteria_tab is None:
            from .criteria_tab import CriteriaTab

            tab = CriteriaTab(self)
            self._criteria_tab = tab
            self._put(self.ui.criteriaTab, tab)
            tab.jump_to_tasks.connect(self._jump_to_tasks)
            tab.create_task_for.connect(self._create_task_for)
            tab.year = self.year_combo.currentData() if self.session is not None else None
            tab.set_session(self.session)
            self.plan_setup.update_hints()  # a file without an index shows the hint, not the empty tab
        return self._criteria_tab

    @property
    def reports_tab(self) -> ReportsTab:
        """The Reports tab, built and loaded with the open file's selected plan on first use."""
        if self._reports_tab is None:
            from .reports_tab import ReportsTab

            tab = ReportsTab(self)
            self._reports_tab = tab
            self._put(self.ui.reportsTab, tab)
            tab.add_export_buttons(self.exports)
            tab.text_panel.export_requested.connect(self.exports.run_report_current)
            tab.forms_panel.status_message.connect(lambda m: self.ui.statusbar.showMessage(m, 15000))
            tab.set_session(self.session)
            if self.session is not None:
                tab.set_plan(self.plan_combo.currentData())
        return self._reports_tab

    @property
    def plan_lists_tab(self) -> PlanListsTab:
        """The targets, projects and directives of the selected plan, built and loaded on first use."""
        if self._plan_lists_tab is None:
            from .plan_lists_tab import PlanListsTab

            tab = PlanListsTab(self)
            self._plan_lists_tab = tab
            self._put(self.plan_lists_page, tab)
            tab.set_session(self.session)
            if self.session is not None:
                tab.set_plan(self.plan_combo.currentData())
        return self._plan_lists_tab

    @property
    def dashboard(self) -> DashboardView:
        """The Overview tab, built on first use; it reads the file when shown."""
        if self._dashboard is None:
            from .dashboard_view import DashboardView

            view = DashboardView(self)
            self._dashboard = view
            self._put(self.dashboard_page, view)
            view.set_session(self.session)
            if self.session is not None:
                view.set_plan(self.plan_combo.currentData())
        return self._dashboard

    def _tab_shown(self, index: int) -> None:
        page = self.ui.tabs.widget(index)
        self._show_selectors(page is self.ui.criteriaTab)
        if page is self.ui.criteriaTab:
            self.criteria_tab  # noqa: B018 (builds it)
        elif page is self.ui.reportsTab:
            self.reports_tab  # noqa: B018 (builds it)
        elif page is self.plan_lists_page:
            self.plan_lists_tab  # noqa: B018 (builds it)
        elif page is self.dashboard_page:
            self.dashboard  # noqa: B018 (builds it)

    def _show_selectors(self, criteria: bool) -> None:
        tb = self.ui.toolbar
        year_actions = [a for a in tb.actions() if a in self._year_actions or
                        tb.widgetForAction(a) is getattr(getattr(self, "plan_setup", None), "add_year_button", None)]
        for a in year_actions:
            a.setVisible(criteria)
        for a in self._plan_actions:
            a.setVisible(not criteria)

    def _built_tabs(self) -> list[QWidget]:
        return [t for t in (self.tasks_tab, self._criteria_tab, self._reports_tab, self._plan_lists_tab,
                            self._dashboard) if t is not None]

    def _build_toolbar(self) -> None:
        tb = self.ui.toolbar
        # One year on screen at a time: the Criteria tab works on an assessment year, the other tabs on a
        # plan (whose year is in its name), so each tab shows only the selector it uses (_show_selectors).
        self._year_actions = [tb.addWidget(QLabel(self.tr("Year:") + " "))]
        self.year_combo = QComboBox()
        self.year_combo.setMinimumWidth(80)
        self.year_combo.setToolTip(self.tr("Assessment year shown in the Criteria tab"))
        self._year_actions.append(tb.addWidget(self.year_combo))
        self._plan_actions = [tb.addSeparator(), tb.addWidget(QLabel(" " + self.tr("Plan:") + " "))]
        self.plan_combo = QComboBox()
        self.plan_combo.setMinimumWidth(520)
        self.plan_combo.setToolTip(self.tr("Plan whose tasks and reports are shown"))
        self._plan_actions.append(tb.addWidget(self.plan_combo))
        self.year_combo.currentIndexChanged.connect(self._year_changed)
        self.plan_combo.currentIndexChanged.connect(self._plan_changed)

    def _build_edit_menu(self) -> None:
        m = self.ui.menuEdit
        self.undo_action = QAction(self.tr("&Undo"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = QAction(self.tr("&Redo"), self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.undo_action.triggered.connect(lambda: self.session and self.session.undo_stack.undo())
        self.redo_action.triggered.connect(lambda: self.session and self.session.undo_stack.redo())
        first = m.actions()[0] if m.actions() else None
        m.insertAction(first, self.undo_action)
        m.insertAction(first, self.redo_action)
        m.insertSeparator(first)

    def _add_help_and_settings_actions(self) -> None:
        """Tools → Options… (Ctrl+,) and Help → User guide (F1); the start page links to the guide too."""
        tools = self.findChild(QMenu, "menuTools")
        if tools is None:  # another part of the window may have made the Tools menu already
            tools = QMenu(self.tr("&Tools"), self.menuBar())
            tools.setObjectName("menuTools")
            self.menuBar().insertMenu(self.ui.menuHelp.menuAction(), tools)
        self.options_action = QAction(self.tr("&Options…"), self)
        self.options_action.setShortcut(QKeySequence("Ctrl+,"))
        self.options_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.options_action.setStatusTip(self.tr("Interface language"))
        tools.addAction(self.options_action)
        self.guide_action = QAction(self.tr("&User guide"), self)
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.guide_action.setStatusTip(self.tr("How to enter scores, write the plan, track tasks, collect forms "
                                               "and print"))
        help_menu = self.ui.menuHelp
        first = help_menu.actions()[0] if help_menu.actions() else None
        help_menu.insertAction(first, self.guide_action)
        help_menu.insertSeparator(first)
        self.options_action.triggered.connect(self.show_options)
        self.guide_action.triggered.connect(self.show_guide)
        self.start_page.guide_requested.connect(self.show_guide)

    def _add_import_and_plan_actions(self) -> None:
        """Tệp → import a plan document or an Excel list; Kế hoạch → next year's plan, framework mapping."""
        m = self.ui.menuFile
        after = self.ui.actionImportCatalog
        later = m.actions()[m.actions().index(after) + 1] if after in m.actions() else None
        self.import_plan_action = QAction(self.tr("Import a plan &document (Word, text)…"), self)
        self.import_plan_action.setStatusTip(self.tr("Read criteria, scores and tasks from an existing plan"))
        self.import_list_action = QAction(self.tr("Import a &list from Excel…"), self)
        self.import_list_action.setStatusTip(self.tr("Tasks, targets, projects, units or scores from a spreadsheet"))
        for a in (self.import_plan_action, self.import_list_action):
            m.insertAction(later, a)
        plan_menu = QMenu(self.tr("&Plan"), self.menuBar())
        plan_menu.setObjectName("menuPlan")
        self.menuBar().insertMenu(self.ui.menuExport.menuAction(), plan_menu)
        self.roll_forward_action = QAction(self.tr("Create &next year's plan…"), self)
        self.roll_forward_action.setStatusTip(self.tr("Copy the selected plan to next year, timelines moved on"))
        self.map_frameworks_action = QAction(self.tr("&Match criteria between index versions…"), self)
        plan_menu.addAction(self.roll_forward_action)
        plan_menu.addAction(self.map_frameworks_action)
        self.import_plan_action.triggered.connect(self.import_plan_document)
        self.import_list_action.triggered.connect(self.import_list)
        self.roll_forward_action.triggered.connect(self.roll_forward)
        self.map_frameworks_action.triggered.connect(self.map_frameworks)
        self.session_actions = [self.import_plan_action, self.import_list_action, self.roll_forward_action,
                                self.map_frameworks_action]

    def _add_import_index_action(self) -> None:
        """Tệp → Nhập bộ chỉ số…: a province's index decision read into a new index version (issue 15)."""
        self.import_index_action = QAction(self.tr("Import &index…"), self)
        self.import_index_action.setStatusTip(self.tr("Read the criteria, maximum scores and scoring methods from "
                                                      "the province's decision (Word, Excel, text)"))
        self.ui.menuFile.insertAction(self.import_plan_action, self.import_index_action)
        self.import_index_action.triggered.connect(self.import_index)
        self.session_actions.append(self.import_index_action)

    def import_index(self) -> None:
        if self.session is None:
            return
        from .index_import_dialog import IndexImportDialog

        dlg = IndexImportDialog(self.session, self)
        dlg.accepted.connect(lambda: self._show_imported_index(dlg))
        self._run_dialog(dlg)

    def _show_imported_index(self, dlg) -> None:
        imported = dlg.imported
        if imported is None:
            return
        self.ui.tabs.setCurrentWidget(self.ui.criteriaTab)
        self.criteria_tab.show_framework(imported.code)
        self.ui.statusbar.showMessage(self.tr("Index imported: {0} ({1}). Ctrl+Z removes it.").format(
            imported.code, imported.version_year), 15000)

    def import_plan_document(self) -> None:
        if self.session is None:
            return
        from .plan_import_dialog import PlanImportDialog

        self._run_dialog(PlanImportDialog(self.session, self))

    def import_list(self) -> None:
        if self.session is None:
            return
        from .list_import_dialog import ListImportDialog

        self._run_dialog(ListImportDialog(self.session, self.plan_combo.currentData(), self,
                                          year=self.year_combo.currentData()))

    def roll_forward(self) -> None:
        plan_id = self.plan_combo.currentData()
        if self.session is None or plan_id is None:
            return
        from .rollforward_dialog import RollForwardDialog

        self._run_dialog(RollForwardDialog(self.session, plan_id, self))

    def _add_index_editor_action(self) -> None:
        """Công cụ → Bộ chỉ số…: versions, components and criteria edited, copied for next year (issue 15)."""
        tools = self.findChild(QMenu, "menuTools")
        self.index_editor_action = QAction(self.tr("&Indices…"), self)
        self.index_editor_action.setStatusTip(self.tr("Create an index version, edit its components and criteria, "
                                                      "copy it for next year, check the sums"))
        tools.insertAction(self.options_action, self.index_editor_action)
        tools.insertSeparator(self.options_action)
        self.index_editor_action.triggered.connect(self.edit_indices)
        self.session_actions.append(self.index_editor_action)

    def edit_indices(self) -> None:
        if self.session is None:
            return
        from .index_editor_dialog import IndexEditorDialog

        self._run_dialog(IndexEditorDialog(self.session, self))

    def map_frameworks(self) -> None:
        if self.session is None:
            return
        from .framework_map_dialog import FrameworkMapDialog

        self._run_dialog(FrameworkMapDialog(self.session, self))

    def _run_dialog(self, dlg) -> None:
        self.last_dialog = dlg  # tests drive it without exec()
        if not self.property("noModal"):
            dlg.exec()

    def show_options(self) -> None:
        from .settings_dialog import show_settings

        show_settings(self)

    def show_guide(self) -> None:
        from .help_dialog import show_guide

        show_guide(self)

    def _connect(self) -> None:
        ui = self.ui
        ui.actionNew.triggered.connect(self.new_file)
        ui.actionOpen.triggered.connect(self.open_dialog)
        ui.actionOpenDemo.triggered.connect(self.open_demo)
        ui.actionSaveCopy.triggered.connect(self.save_copy)
        ui.actionBackups.triggered.connect(self.show_backups)
        ui.actionAgency.triggered.connect(self.edit_agency)
        ui.actionImportCatalog.triggered.connect(self.import_catalog)
        ui.actionCheck.triggered.connect(self.check_file)
        ui.actionClose.triggered.connect(self.close_file)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionFind.triggered.connect(self.focus_find)
        ui.actionHistory.triggered.connect(self.show_history)
        ui.actionAbout.triggered.connect(lambda: _dialogs().about(self))
        self.start_page.new_requested.connect(self.new_file)
        self.start_page.open_requested.connect(self.open_dialog)
        self.start_page.demo_requested.connect(self.open_demo)
        self.start_page.recent_requested.connect(lambda p: self.open_path(Path(p)))

    # -- files ----------------------------------------------------------
    def open_dialog(self) -> None:
        folder = str(self.settings.value("last_folder", str(Path.home())))
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a DTI Desk file"), folder,
                                              self.tr("DTI Desk files (*.dtidesk);;All files (*)"))
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path, readonly: bool = False, force: bool = False) -> bool:
        try:
            af = open_file(path, readonly=readonly, force=force)
        except FileLocked as exc:
            dialogs = _dialogs()
            choice = dialogs.ask_locked(self, exc.message, bool(exc.holder))
            if choice == "readonly":
                return self.open_path(path, readonly=True)
            if choice == "force":
                return self.open_path(path, force=True)
            return False
        except FileCorrupt as exc:
            if backups_of(path) and _dialogs().ask_restore(self, exc.message):
                return self.show_backups(path)
            QMessageBox.warning(self, self.tr("Cannot open the file"), exc.message)
            return False
        except DtideskError as exc:
            QMessageBox.warning(self, self.tr("Cannot open the file"), exc.message)
            self._forget_recent(path)
            return False
        self.set_session(Session(af, self))
        self._remember_recent(path)
        self.settings.setValue("last_folder", str(path.parent))
        return True

    def open_demo(self) -> None:
        from ..services.demo import build_demo
        from .app import demo_copy_path

        path = demo_copy_path()
        if self.session and self.session.af.path == path:
            self.close_file()
        path.unlink(missing_ok=True)
        try:
            build_demo(path).close()
        except DtideskError as exc:
            QMessageBox.warning(self, self.tr("Cannot create the demo file"), exc.message)
            return
        self.open_path(path)

    def new_file(self) -> None:
        af = _dialogs().new_file_wizard(self)
        if af is not None:
            self.set_session(Session(af, self))
            self._remember_recent(af.path)

    def close_file(self) -> None:
        self.set_session(None)

    def set_session(self, session: Session | None) -> None:
        if self.session is not None:
            self.session.close()
            self.session.deleteLater()
        self.session = session
        for combo in (self.year_combo, self.plan_combo):  # a new file starts from its own years and plans
            combo.blockSignals(True)
            combo.clear()
            combo.blockSignals(False)
        if session is not None:
            session.changed.connect(self._on_changed)
            session.failed.connect(lambda msg: QMessageBox.warning(self, self.tr("Not saved"), msg))
            session.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
            session.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
            session.undo_stack.undoTextChanged.connect(self._undo_text)
            session.undo_stack.redoTextChanged.connect(self._redo_text)
        for tab in self._built_tabs():
            tab.set_session(session)
        self.due.set_session(session)
        self._show_session()
        if session is not None:  # the reminder of the next reports due, on every opening
            upcoming = upcoming_text(session.af)
            if upcoming:
                self.ui.statusbar.showMessage(upcoming, 30000)

    def _undo_text(self, text: str) -> None:
        self.undo_action.setText(self.tr("&Undo {0}").format(text).strip())

    def _redo_text(self, text: str) -> None:
        self.redo_action.setText(self.tr("&Redo {0}").format(text).strip())

    def _show_session(self) -> None:
        s = self.session
        has = s is not None
        for a in (self.ui.actionSaveCopy, self.ui.actionAgency, self.ui.actionImportCatalog, self.ui.actionCheck, self.ui.actionClose,
                  self.ui.actionFind, self.ui.actionHistory):
            a.setEnabled(has)
        for a in self.session_actions:
            a.setEnabled(has and not s.af.readonly)
        self.printing.set_enabled(has)  # read-only files print too
        self.ui.actionBackups.setEnabled(True)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.ui.toolbar.setVisible(has)
        self.ui.stack.setCurrentWidget(self.ui.tabs if has else self.ui.startPage)
        if not has:
            self.plan_setup.update_hints()
            self.setWindowTitle("DTI Desk")
            self.status_path.setText("")
            self.status_counts.setText("")
            self.start_page.set_recent(self._recent())
            return
        agency = agency_profile(s.af)
        ro = self.tr(" [read only]") if s.af.readonly else ""
        self.setWindowTitle(f"{s.af.path.name} — {agency.agency_name or agency.agency}{ro} — DTI Desk")
        self.status_path.setText(str(s.af.path))
        self._fill_selectors()

    def _fill_selectors(self) -> None:
        s = self.session
        assert s is not None
        years = plan_ops.selectable_years(s.af)
        plans = plan_ops.plans_for_picking(s.af)
        self.year_combo.blockSignals(True)
        self.plan_combo.blockSignals(True)
        cur_year, cur_plan = self.year_combo.currentData(), self.plan_combo.currentData()
        self.year_combo.clear()
        for y in years:
            self.year_combo.addItem(str(y), y)
        self.plan_combo.clear()
        for p in plans:
            self.plan_combo.addItem(f"{p.year} — {p.title}", p.id)
        if cur_year is None or self.year_combo.findData(cur_year) < 0:
            # First opening (or the year is gone): the latest year that has scores, else the latest with a
            # plan; never the empty "next year" the list also offers for creating an assessment.
            scored = assessment_years(s.af)
            planned = [p.year for p in plans]
            cur_year = max(scored) if scored else (max(planned) if planned else None)
        for combo, cur in ((self.year_combo, cur_year), (self.plan_combo, cur_plan)):
            idx = combo.findData(cur)
            combo.setCurrentIndex(idx if idx >= 0 else (0 if combo.count() else -1))
        self.year_combo.blockSignals(False)
        self.plan_combo.blockSignals(False)
        self._year_changed()
        self._plan_changed()
        self.plan_setup.update_hints()

    def _year_changed(self) -> None:
        if self._criteria_tab is not None:  # otherwise it reads the year when built
            self._criteria_tab.set_year(self.year_combo.currentData())

    def _plan_changed(self) -> None:
        plan_id = self.plan_combo.currentData()
        self.tasks_tab.set_plan(plan_id)
        if self._reports_tab is not None:  # otherwise it reads the plan when built
            self._reports_tab.set_plan(plan_id)
        if self._plan_lists_tab is not None:
            self._plan_lists_tab.set_plan(plan_id)
        if self._dashboard is not None:
            self._dashboard.set_plan(plan_id)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("plans", "assessments", "agency"):
            self._fill_selectors()
        elif changes.touches("frameworks"):
            self.plan_setup.update_hints()

    # -- other actions ----------------------------------------------------
    def save_copy(self) -> None:
        if not self.session:
            return
        from ..services.files import save_copy

        src = self.session.af.path
        dest, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), str(src.with_name(src.stem + self.tr(" (copy)")
                                              + FILE_SUFFIX)), self.tr("DTI Desk files (*.dtidesk)"))
        if dest:
            from . import jobs

            af = self.session.af  # read on the worker while the job's dialog keeps the window off it
            jobs.run_job(self, self.tr("Save a copy"), lambda _progress: save_copy(af, Path(dest)),
                         lambda _out: self.statusBar().showMessage(self.tr("Copy saved: {0}").format(dest), 5000),
                         on_failed=lambda msg: QMessageBox.warning(self, self.tr("Not saved"), msg),
                         cancellable=False)

    def show_backups(self, path: Path | None = None) -> bool:
        target = path or (self.session.af.path if self.session else None)
        if target is None:
            QMessageBox.information(self, self.tr("Backups"), self.tr("Open a file first."))
            return False
        backup = _dialogs().choose_backup(self, target)
        if backup is None:
            return False
        from ..services.files import restore_backup
        from . import jobs

        if self.session and self.session.af.path == target:
            self.close_file()
        # Not cancellable: a restore stopped half way is not a state to leave the file in.
        jobs.run_job(self, self.tr("Restore from a backup"),
                     lambda progress: restore_backup(backup, target, progress=progress),
                     lambda _safety: self.open_path(target),
                     on_failed=lambda msg: QMessageBox.warning(self, self.tr("Cannot restore"), msg),
                     cancellable=False, text=self.tr("Restoring {0}…").format(target.name))
        return True  # started; the file opens when the restore has finished

    def edit_agency(self) -> None:
        if self.session:
            _dialogs().agency_dialog(self, self.session)

    def import_catalog(self) -> None:
        if not self.session:
            return
        from ..services.catalogs import import_catalog

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import an index catalog"),
                                              str(self.settings.value("last_folder", str(Path.home()))),
                                              self.tr("Index catalogs (*.json)"))
        if not path:
            return
        try:
            _changes, added = import_catalog(self.session.af, Path(path))
        except DtideskError as exc:
            QMessageBox.warning(self, self.tr("Not imported"), exc.message)
            return
        self.session.notify(_changes)
        QMessageBox.information(self, self.tr("Index catalog"),
                                self.tr("Imported: {0}").format(", ".join(added)) if added
                                else self.tr("The file already has every index in this catalog."))

    def check_file(self) -> None:
        if self.session:
            _dialogs().check_dialog(self, self.session)

    def focus_find(self) -> None:
        current = self.ui.tabs.currentWidget()
        for tab in (self.tasks_tab, self._criteria_tab, self._plan_lists_tab):
            if tab is not None and current is not None and current.isAncestorOf(tab):
                tab.focus_search()

    def show_history(self) -> None:
        if self.session:
            _dialogs().history_dialog(self, self.session)

    def _jump_to_tasks(self, criterion_id: int) -> None:
        self.ui.tabs.setCurrentIndex(0)
        self.tasks_tab.show_criterion(criterion_id)

    def _create_task_for(self, criterion_id: int) -> None:
        self.ui.tabs.setCurrentIndex(0)
        self.tasks_tab.add_task_for_criterion(criterion_id)

    def reopen_last_or_start(self) -> None:
        self._show_session()

    # -- recent files and settings ----------------------------------------
    def _recent(self) -> list[str]:
        value = self.settings.value("recent_files", [])
        items = [value] if isinstance(value, str) else list(value or [])
        return [p for p in items if p]

    def _remember_recent(self, path: Path) -> None:
        items = [str(path)] + [p for p in self._recent() if p != str(path)]
        self.settings.setValue("recent_files", items[:MAX_RECENT])
        self._update_recent_menu()

    def _forget_recent(self, path: Path) -> None:
        self.settings.setValue("recent_files", [p for p in self._recent() if p != str(path)])
        self._update_recent_menu()

    def _update_recent_menu(self) -> None:
        menu = self.ui.menuRecent
        menu.clear()
        for p in self._recent():
            act = menu.addAction(p)
            act.triggered.connect(lambda _=False, p=p: self.open_path(Path(p)))
        menu.setEnabled(bool(self._recent()))
        self.start_page.set_recent(self._recent())

    def _restore_geometry(self) -> None:
        geo = self.settings.value("geometry")
        if geo is not None:
            self.restoreGeometry(geo)
        state = self.settings.value("window_state")
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        # A job may be using the session's connection: cancel it (or let it finish) before closing the file.
        from . import jobs

        jobs.shutdown()
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("window_state", self.saveState())
        for tab in (self.tasks_tab, self._criteria_tab, self._plan_lists_tab):  # one never built keeps its state
            if tab is not None:
                tab.save_state(self.settings)
        self.set_session(None)
        event.accept()


__all__ = ["MainWindow", "Qt"]
