"""Menu “Tệp → In…”: the PDF of what the officer is looking at, made off the window's thread, previewed or printed."""

from __future__ import annotations

import itertools
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from ..domain.progress import Progress
from ..services.files import open_file as open_agency_file

if TYPE_CHECKING:  # the export service and the job runner load on the first print, not at start-up
    from ..services.files import AgencyFile
    from .jobs import Job

if TYPE_CHECKING:  # QtPdf, QtPrintSupport and reportlab load on the first print, not at start
    from .print_preview import PrintPreviewDialog

OTHER = ("document", "appendix-tasks", "appendix-targets", "appendix-projects", "appendix-directives", "scores",
         "report")


def _printing():
    """services.printing, imported on the first print (it brings reportlab in)."""
    from ..services import printing

    return printing


@dataclass
class PrintTarget:
    title: str  # the preview's title and the printer's document name
    stem: str  # of the temporary file
    make: Callable[[AgencyFile, Path, Progress], Path]  # writes the PDF, exactly as the matching export


def shown_task_ids(tab) -> list[int] | None:
    """The tasks the Tasks tab shows through its filters, top to bottom; None when no filter is set."""
    tab.apply_filters()  # a search still inside its debounce counts as typed
    proxy, model = tab.proxy, tab.model
    if not proxy.active():
        return None
    ids = []
    for g in range(proxy.rowCount()):
        group = proxy.index(g, 0)
        for r in range(proxy.rowCount(group)):
            row = model.row_of(proxy.mapToSource(proxy.index(r, 0, group)))
            if row is not None:
                ids.append(row.task.id)
    return ids


class PrintController(QObject):
    """File → Print… (Ctrl+P) and Print preview… for the current tab; File → Print a document ▸ for the rest."""

    def __init__(self, window, menu: QMenu):
        super().__init__(window)
        self.window = window
        self.print_action = QAction(self.tr("&Print…"), window)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.setStatusTip(self.tr("Print what this tab shows: the filtered task list, the score "
                                               "sheet, the periodic report or the statistics form"))
        self.preview_action = QAction(self.tr("Print pre&view…"), window)
        self.preview_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.preview_action.setStatusTip(self.tr("See the pages of what this tab shows before printing them"))
        self.other_menu = QMenu(self.tr("Print a &document"), menu)
        self.other_actions: dict[str, QAction] = {}
        for what in OTHER:
            act = self.other_menu.addAction(self._label(what))
            act.triggered.connect(lambda _=False, w=what: self.preview_other(w))
            self.other_actions[what] = act
        self.other_menu.aboutToShow.connect(self._refresh_other)
        quit_at = menu.actions().index(window.ui.actionQuit) if window.ui.actionQuit in menu.actions() else -1
        before = menu.actions()[quit_at - 1] if quit_at > 0 else None  # the separator above Exit
        menu.insertSeparator(before)
        menu.insertAction(before, self.print_action)
        menu.insertAction(before, self.preview_action)
        menu.insertMenu(before, self.other_menu)
        self.print_action.triggered.connect(self.print_current)
        self.preview_action.triggered.connect(self.preview_current)
        self._tmp: tempfile.TemporaryDirectory | None = None
        self._serial = itertools.count(1)
        self.last_pdf: Path | None = None
        self.last_preview: PrintPreviewDialog | None = None
        self.last_job: Job | None = None
        QCoreApplication.instance().aboutToQuit.connect(self.cleanup)

    def _label(self, what: str) -> str:
        return {"document": self.tr("Plan document"), "appendix-tasks": self.tr("Appendix: tasks (the whole plan)"),
                "appendix-targets": self.tr("Appendix: targets"), "appendix-projects": self.tr("Appendix: projects"),
                "appendix-directives": self.tr("Appendix: directive documents"),
                "scores": self.tr("Criteria score sheet"),
                "report": self.tr("Periodic report (period chosen in the Reports tab)")}[what]

    def set_enabled(self, on: bool) -> None:
        for act in (self.print_action, self.preview_action, self.other_menu.menuAction()):
            act.setEnabled(on)

    def _refresh_other(self) -> None:
        s, plan_id = self.window.session, self.window.plan_combo.currentData()
        from ..services.export import available_exports

        have = available_exports(s.af, plan_id) if s is not None and plan_id is not None else {}
        for what, act in self.other_actions.items():
            act.setEnabled(bool(have) if what == "report" else "pdf" in have.get(what, ()))

    # -- what is shown --------------------------------------------------------------------------------
    def current_target(self) -> PrintTarget | str:
        """What the current tab (or Reports page) prints, or why nothing can be printed."""
        w = self.window
        plan_id = w.plan_combo.currentData()
        if w.session is None:
            return self.tr("Open a file first.")
        if plan_id is None:
            return self.tr("Choose a plan on the toolbar first.")
        page = w.ui.tabs.currentWidget()
        if page is w.ui.tasksTab:
            return self._tasks_target(w.tasks_tab)
        if page is w.ui.criteriaTab:
            view, year = w.criteria_tab.view, w.criteria_tab.year
            if view is None or view.assessment is None or year is None:
                return self.tr("There is no assessment for this year: no score sheet to print.")
            code = view.framework.code
            return PrintTarget(self.tr("Score sheet {0}").format(year), f"bang-diem-{year}",
                               lambda af, out, pr: _printing().score_sheet_pdf(af, plan_id, year, code, out, pr))
        if page is w.ui.reportsTab:
            tab = w.reports_tab
            if tab.pages.currentWidget() is tab.forms_panel:
                return self._form_target(tab.forms_panel, plan_id)
            return self._report_target() or self.tr("Choose a plan on the toolbar first.")
        lists = getattr(w, "plan_lists_page", None)  # the targets, projects and directives tab
        if lists is not None and page is lists:
            tab = w.plan_lists_tab
            shown = tab.pages.currentWidget()
            for what in ("targets", "projects", "directives"):
                if shown is getattr(tab, what, None):
                    return self._export_target(f"appendix-{what}", plan_id)
        return self.tr("This tab has nothing of its own to print: choose a document under File → Print a "
                       "document.")

    def _export_target(self, what: str, plan_id: int) -> PrintTarget:
        """A document or appendix of the plan, exactly as Xuất → … → PDF writes it."""
        from ..services.export import export

        return PrintTarget(self._label(what), what, lambda af, out, pr: export(af, plan_id, what, "pdf", out,
                                                                               progress=pr))

    def _tasks_target(self, tab) -> PrintTarget | str:
        plan_id, ids = tab.plan_id, shown_task_ids(tab)
        if plan_id is None:
            return self.tr("Choose a plan on the toolbar first.")
        if ids is None:
            title = self.tr("Task list (all {0} tasks)").format(len(tab.model.rows))
        elif not ids:
            return self.tr("No task is shown: change the filters to print.")
        else:
            title = self.tr("Task list ({0} of {1} tasks, filtered)").format(len(ids), len(tab.model.rows))
        return PrintTarget(title, "danh-sach-nhiem-vu", lambda af, out, pr: _printing().task_list_pdf(af, plan_id, ids, out, pr))

    def _form_target(self, panel, plan_id: int) -> PrintTarget | str:
        form_id = panel.form_id()
        if form_id is None:
            return self.tr("No statistics form is shown.")
        year, period, unit_id = panel.year(), str(panel.period()), panel.unit_id()
        title = f"{panel.form_combo.currentText()} — {panel.unit_combo.currentText()}"
        return PrintTarget(title, f"bieu-mau-{year}",
                           lambda af, out, pr: _printing().form_pdf(af, plan_id, form_id, year, period, unit_id,
                                                                    out, pr))

    def _report_target(self) -> PrintTarget | None:
        tab, plan_id = self.window.reports_tab, self.window.plan_combo.currentData()
        year, period = tab.plan_year(), str(tab.period())
        if year is None or plan_id is None:
            return None
        title = self.tr("Periodic report: {0} {1}").format(tab.period_combo.currentText(), year)
        return PrintTarget(title, f"bao-cao-{period.lower()}-{year}",
                           lambda af, out, pr: _export_report(af, plan_id, year, period, out, pr))

    # -- the commands -----------------------------------------------------------------------------------
    def print_current(self) -> None:
        self._run(self.current_target(), self.send_to_printer)

    def preview_current(self) -> None:
        self._run(self.current_target(), self.show_preview)

    def preview_other(self, what: str) -> None:
        plan_id = self.window.plan_combo.currentData()
        if self.window.session is None or plan_id is None:
            return
        if what == "report":
            target: PrintTarget | str = self._report_target() or self.tr("Choose a plan on the toolbar first.")
        else:
            target = self._export_target(what, plan_id)
        self._run(target, self.show_preview)

    def _run(self, target: PrintTarget | str, then: Callable[[Path, str], object]) -> None:
        if isinstance(target, str):
            QMessageBox.information(self.window, self.tr("Nothing to print"), target)
            return
        src, out = self.window.session.af.path, self._new_path(target.stem)

        def work(progress: Progress) -> Path:  # its own read-only connection: the window's stays untouched
            with open_agency_file(src, readonly=True) as af:
                return target.make(af, out, progress)

        def done(path: Path) -> None:
            self.last_pdf = path
            then(path, target.title)

        from .jobs import run_job

        self.last_job = run_job(self.window, self.tr("Print"), work, done,
                                on_failed=lambda msg: QMessageBox.warning(self.window, self.tr("Nothing printed"), msg),
                                text=self.tr("Preparing the pages…"))

    def show_preview(self, path: Path, title: str) -> PrintPreviewDialog:
        from .print_preview import PrintPreviewDialog

        dlg = PrintPreviewDialog(self.window, path, title)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.finished.connect(lambda _result: self._discard(path))
        self.last_preview = dlg
        dlg.show()
        return dlg

    def send_to_printer(self, path: Path, title: str) -> None:
        from .print_pages import print_pdf

        self.last_job = print_pdf(self.window, path, title, on_done=lambda _sent: self._discard(path))
        if self.last_job is None:  # the print dialog was cancelled
            self._discard(path)

    # -- temporary files ----------------------------------------------------------------------------------
    def _new_path(self, stem: str) -> Path:
        if self._tmp is None:
            self._tmp = tempfile.TemporaryDirectory(prefix="dtidesk-in-", ignore_cleanup_errors=True)
        return Path(self._tmp.name) / f"{stem}-{next(self._serial)}.pdf"

    @staticmethod
    def _discard(path: Path) -> None:
        try:
            path.unlink(missing_ok=True)
        except OSError:  # still open elsewhere (Windows): the folder goes when the program quits
            pass

    def cleanup(self) -> None:
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None


def _export_report(af: AgencyFile, plan_id: int, year: int, period: str, out: Path, progress: Progress) -> Path:
    from ..services.export import export_report

    # A preview or a print is not the report sent up: the Reports tab lists the figures that differ.
    return export_report(af, plan_id, year, period, "pdf", out, progress=progress, accept_differences=True)
