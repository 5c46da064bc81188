"""Menu “Xuất”: every export of the selected plan and of the index, off the UI thread, then open or preview it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QUrl
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMenu, QMessageBox, QVBoxLayout, QWidget

from ..domain.heading_numbers import NUMBER_STYLES
from ..domain.models import Framework
from ..domain.progress import Progress
from ..services.document_style import number_style, set_number_style
from ..services.export import FORMATS_FOR, WHAT_LABELS, available_exports, export
from ..services.files import AgencyFile
from ..services.files import open_file as open_agency_file
from ..services.frameworks import list_frameworks
from ..services.plans import find_plan
from .jobs import run_job
from .session import OpCommand

FORMAT_NAMES = {"pdf": "PDF (*.pdf)", "docx": "Word (*.docx)", "xlsx": "Excel (*.xlsx)"}
FILE_STEMS = {"document": "ke-hoach", "appendix-tasks": "phu-luc-nhiem-vu", "appendix-targets": "phu-luc-chi-tieu",
              "appendix-projects": "phu-luc-du-an", "appendix-directives": "phu-luc-van-ban-chi-dao",
              "scores": "bang-diem"}


class ExportController(QObject):
    def __init__(self, window, menu: QMenu):
        super().__init__(window)
        self.window = window
        self.menu = menu
        self.actions: dict[tuple[str, str], QAction] = {}
        for what, formats in FORMATS_FOR.items():
            sub = menu.addMenu(self._what_label(what))
            for fmt in formats:
                act = sub.addAction(FORMAT_NAMES[fmt].split(" ")[0] + "…")
                act.triggered.connect(lambda _=False, w=what, f=fmt: self.run(w, f))
                self.actions[(what, fmt)] = act
        self._add_number_styles(menu)
        menu.addSeparator()
        sub = menu.addMenu(self.tr("Periodic report (period chosen in the Reports tab)"))
        self.report_actions: dict[str, QAction] = {}
        for fmt in ("pdf", "docx", "xlsx"):
            act = sub.addAction(FORMAT_NAMES[fmt].split(" ")[0] + "…")
            act.triggered.connect(lambda _=False, f=fmt: self.run_report_current(f))
            self.report_actions[fmt] = act
        menu.addSeparator()
        self.index_actions: dict[str, QAction] = {}
        for fmt, text in (("pdf", self.tr("Index (PDF)…")), ("xlsx", self.tr("Index (Excel)…"))):
            act = menu.addAction(text)
            act.setToolTip(self.tr("The index version shown on the Criteria tab, as the program understood it, "
                                   "to check against the decision"))
            act.triggered.connect(lambda _=False, f=fmt: self.run_index(f))
            self.index_actions[fmt] = act
        self.dossier_action = menu.addAction(self.tr("Self-assessment dossier…"))
        self.dossier_action.setToolTip(self.tr("The self-assessment table, the cover letter and every evidence file "
                                               "of the year, as a folder or a .zip"))
        self.dossier_action.triggered.connect(lambda _=False: self.run_dossier())
        from .results_import_dialog import add_review_action

        self.review_action = add_review_action(self, menu)  # Đề nghị xem xét lại… (issue 16)
        self.last_output: Path | None = None
        menu.aboutToShow.connect(self.refresh)

    def _add_number_styles(self, menu: QMenu) -> None:
        """Xuất → Cách viết số trong đề mục: the file's one rule for numbers below 10 in a plan's headings."""
        self.style_menu = menu.addMenu(self.tr("Numbers below 10 in headings"))
        self.style_menu.setToolTipsVisible(True)
        group = QActionGroup(self)
        self.style_actions: dict[str, QAction] = {}
        texts = {"mixed": self.tr("As the sample plan: 5/5 points, 05 criteria, rank 01/18, deduction 03"),
                 "padded": self.tr("Always a leading zero: 05/05 points, 05 criteria, rank 01/18"),
                 "plain": self.tr("Never a leading zero: 5/5 points, 5 criteria, rank 1/18")}
        for style in NUMBER_STYLES:
            act = self.style_menu.addAction(texts[style])
            act.setCheckable(True)
            act.setToolTip(self.tr("How the plan document writes numbers below 10 in the index and criterion "
                                   "headings; kept in the file"))
            group.addAction(act)
            act.triggered.connect(lambda _=False, st=style: self.set_number_style(st))
            self.style_actions[style] = act

    def set_number_style(self, style: str) -> None:
        s = self.window.session
        if s is None:
            return
        old = number_style(s.af)
        if old != style:
            s.execute(OpCommand(s, self.tr("numbers in headings"), lambda: set_number_style(s.af, style),
                                lambda: set_number_style(s.af, old)))
        self.refresh()

    def _what_label(self, what: str) -> str:
        labels = {"document": self.tr("Plan document"), "appendix-tasks": self.tr("Appendix: tasks"),
                  "appendix-targets": self.tr("Appendix: targets"), "appendix-projects": self.tr("Appendix: projects"),
                  "appendix-directives": self.tr("Appendix: directive documents"),
                  "scores": self.tr("Criteria score sheet")}
        return labels.get(what, WHAT_LABELS.get(what, what))

    def refresh(self) -> None:
        s, plan_id = self.window.session, self.window.plan_combo.currentData()
        have = available_exports(s.af, plan_id) if s and plan_id is not None else {}
        for (what, fmt), act in self.actions.items():
            act.setEnabled(fmt in have.get(what, ()))
        for act in self.report_actions.values():
            act.setEnabled(bool(have))
        has_index = bool(s and list_frameworks(s.af))
        for act in self.index_actions.values():
            act.setEnabled(has_index)
        self.dossier_action.setEnabled(bool(s))
        self.style_menu.setEnabled(bool(s))
        if s is not None:
            self.style_actions[number_style(s.af)].setChecked(True)

    def run_dossier(self, out: Path | None = None, quiet: bool = False) -> None:
        """Xuất → Hồ sơ tự đánh giá… (dossier_export)."""
        from .dossier_export import export_dossier

        export_dossier(self, out, quiet)

    def run(self, what: str, fmt: str, out: Path | None = None, quiet: bool = False) -> None:
        s, plan_id = self.window.session, self.window.plan_combo.currentData()
        if s is None or plan_id is None:
            return
        plan = find_plan(s.af, plan_id)
        out = out or self._ask_path(f"{FILE_STEMS.get(what, what)}-{plan.year}", fmt)
        if out is not None:
            self._start(lambda af, progress: export(af, plan_id, what, fmt, out, progress=progress), fmt, quiet)

    def run_report(self, fmt: str, year: int, period: str, out: Path | None = None, quiet: bool = False) -> None:
        """The selected plan's periodic report for a period (document and appendices)."""
        from ..services.export import export_report

        s, plan_id = self.window.session, self.window.plan_combo.currentData()
        if s is None or plan_id is None:
            return
        accept = self.confirm_report_figures(plan_id, year, period)
        if accept is None:
            return
        out = out or self._ask_path(f"bao-cao-{str(period).lower()}-{year}", fmt)
        if out is not None:
            self._start(lambda af, progress: export_report(af, plan_id, year, period, fmt, out, progress=progress,
                                                           accept_differences=accept), fmt, quiet)

    def confirm_report_figures(self, plan_id: int, year: int, period: str) -> bool | None:
        """Before a report is exported: the figures it would state in two places with two values, listed so
        the officer can go back and fix them, or export anyway. None: do not export; True: confirmed."""
        from ..errors import DtideskError
        from ..services.report import check_report

        try:
            found = check_report(self.window.session.af, plan_id, year, period)
        except DtideskError as exc:
            QMessageBox.warning(self.window, self.tr("Not exported"), exc.message)
            return None
        if not found:
            return False
        text = (self.tr("The report would state these figures in two places with two values:") + "\n\n"
                + "\n".join(f"• {c.message()}" for c in found) + "\n\n"
                + self.tr("Export anyway? Choose No to fix the figures first."))
        answer = QMessageBox.question(self.window, self.tr("Figures differ"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return True if answer == QMessageBox.StandardButton.Yes else None

    def run_report_current(self, fmt: str) -> None:
        tab = self.window.reports_tab
        year = tab.plan_year()
        if year is not None:
            self.run_report(fmt, year, str(tab.period()))

    def run_index(self, fmt: str, out: Path | None = None, quiet: bool = False,
                  framework_id: int | None = None) -> None:
        """The index version shown on the Criteria tab (asked for when that is not clear) as PDF or Excel."""
        from ..services.index_export import export_index, index_framework

        s = self.window.session
        if s is None:
            return
        fw = self._shown_framework() if framework_id is None else index_framework(s.af, framework_id)
        if fw is None:
            return
        out = out or self._ask_path(f"bo-chi-so-{fw.code.lower()}-{fw.version_year}", fmt)
        if out is not None:
            self._start(lambda af, progress: export_index(af, fw.id, fmt, out, progress=progress), fmt, quiet)

    def _shown_framework(self) -> Framework | None:
        tab = getattr(self.window, "_criteria_tab", None)  # not built on purpose: it has shown nothing yet
        view = getattr(tab, "view", None)
        if view is not None:
            return view.framework
        versions = list_frameworks(self.window.session.af)
        if len(versions) <= 1:
            return versions[0] if versions else None
        labels = [f"{f.code} ({f.version_year}) — {f.name}" for f in versions]
        choice, ok = QInputDialog.getItem(self.window, self.tr("Export index"),
                                          self.tr("Which index version to export?"), labels, 0, False)
        return versions[labels.index(choice)] if ok and choice in labels else None

    def _ask_path(self, stem: str, fmt: str) -> Path | None:
        settings = QSettings()
        folder = Path(str(settings.value("export_folder", str(Path.home()))))
        chosen, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export"), str(folder / f"{stem}.{fmt}"),
                                                FORMAT_NAMES[fmt])
        if not chosen:
            return None
        out = Path(chosen)
        if out.suffix.lower() != f".{fmt}":
            out = out.with_suffix(f".{fmt}")
        settings.setValue("export_folder", str(out.parent))
        return out

    def _start(self, job: Callable[[AgencyFile, Progress], Path], fmt: str, quiet: bool) -> None:
        """One export as a job. It reads through its own read-only connection, so the window's stays untouched."""
        path = self.window.session.af.path

        def work(progress: Progress) -> Path:
            with open_agency_file(path, readonly=True) as af:
                return job(af, progress)

        run_job(self.window, self.tr("Export"), work, lambda out: self._finished(out, fmt, quiet),
                on_failed=lambda msg: QMessageBox.warning(self.window, self.tr("Not exported"), msg),
                text=self.tr("Exporting…"))

    def _finished(self, path: Path, fmt: str, quiet: bool) -> None:
        self.last_output = path
        if quiet:
            return
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Exported"),
                          self.tr("Saved to:\n{0}").format(path), parent=self.window)
        open_btn = box.addButton(self.tr("Open"), QMessageBox.ButtonRole.AcceptRole)
        preview = box.addButton(self.tr("Preview"), QMessageBox.ButtonRole.ActionRole) if fmt == "pdf" else None
        folder_btn = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("Close"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        if clicked is open_btn:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        elif clicked is folder_btn:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
        elif preview is not None and clicked is preview:
            pdf_preview(self.window, path)


def pdf_preview(parent: QWidget, path: Path) -> QDialog:
    """The exported PDF inside the program (QtPdf), as it will print."""
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

    dlg = QDialog(parent)
    dlg.setWindowTitle(path.name)
    doc = QPdfDocument(dlg)
    doc.load(str(path))
    view = QPdfView(dlg)
    view.setDocument(doc)
    view.setPageMode(QPdfView.PageMode.MultiPage)
    view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
    QVBoxLayout(dlg).addWidget(view)
    dlg.resize(900, 1000)
    dlg.document = doc  # keep it alive with the dialog
    if not parent.property("noModal"):
        dlg.show()
    return dlg
