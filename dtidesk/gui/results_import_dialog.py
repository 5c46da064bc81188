"""“Nhập kết quả thẩm định…”: choose the province's result table, see what matches which criterion (what does not is
listed by line, never guessed), choose the agency in a table of every agency, then write it in one undoable step.
Also “Đề nghị xem xét lại…” in the Xuất menu: the Công văn asking for cut criteria to be appraised again."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidgetItem,
    QMessageBox,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..errors import Cancelled, DtideskError
from ..services.changes import Changes
from .jobs import run_job
from .locale_format import fmt_score
from .session import OpCommand, Session
from .source_picker import IssuesBox, SourcePicker

if TYPE_CHECKING:
    from ..domain.results import ResultsTable
    from ..services.results_import import ResultsPreview, ResultsSnapshot

RED = QColor("#a61b1b")
AMBER = QColor("#8a5a00")
GREEN = QColor("#1b6e2e")
GREY = QColor("#6b7280")
NO_YEAR = 1989
LINE_ROLE = Qt.ItemDataRole.UserRole


class ImportResultsCommand(OpCommand):
    """The preview written in one transaction; undo puts back the scores, ranks and rating it replaced."""

    def __init__(self, session: Session, preview: ResultsPreview):
        from ..services import results_import

        af = session.af
        done: list[ResultsSnapshot] = []

        def do() -> Changes:
            snap, changes = results_import.import_results(af, preview)
            done[:] = [snap]
            return changes

        def undo() -> Changes:
            return results_import.restore_results(af, done[0])

        super().__init__(session, QCoreApplication.translate("ResultsImportDialog", "import appraisal results {0}")
                         .format(preview.year), do=do, undo=undo)
        self.done = done


class ResultsImportDialog(QDialog):
    """The table is read as a job when the file is chosen; the preview is made again when the year or the
    agency changes; Import writes it (one undo step)."""

    def __init__(self, session: Session, parent: QWidget | None = None, year: int | None = None):
        super().__init__(parent)
        self.session = session
        self.default_year = year
        self.table: ResultsTable | None = None
        self.preview: ResultsPreview | None = None
        self.imported = False
        self._rows: dict[int, int] = {}  # the file's line → its row in the preview table
        self.setWindowTitle(self.tr("Import appraisal results"))
        self.resize(1100, 700)

        self.source = SourcePicker(
            placeholder=self.tr("the province's result table: Excel (.xlsx), Word (.docx) or text (.txt)"),
            dialog_title=self.tr("Choose the appraisal results"),
            file_filter=self.tr("Result tables (*.xlsx *.docx *.txt);;All files (*)"),
            settings_key="results_import_folder")
        self.source.file_chosen.connect(self.load_file)
        self.choose_file = self.source.choose_file
        self.path_edit = self.source.path_edit

        self.year_spin = QSpinBox()
        self.year_spin.setRange(NO_YEAR, 2100)
        self.year_spin.setSpecialValueText(self.tr("— choose —"))
        self.year_spin.setValue(year or NO_YEAR)
        self.year_spin.valueChanged.connect(lambda _v: self.refresh())
        self.agency_combo = QComboBox()
        self.agency_combo.setMinimumWidth(320)
        self.agency_combo.setToolTip(self.tr("The agency whose row is taken from a table of every agency"))
        self.agency_combo.setEnabled(False)
        self.agency_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        year_label = QLabel(self.tr("&Year assessed:"))
        year_label.setBuddy(self.year_spin)
        agency_label = QLabel(self.tr("&Agency:"))
        agency_label.setBuddy(self.agency_combo)
        choices = QHBoxLayout()
        choices.addWidget(year_label)
        choices.addWidget(self.year_spin)
        choices.addSpacing(16)
        choices.addWidget(agency_label)
        choices.addWidget(self.agency_combo, 1)

        self.status = QLabel(self.tr("Choose the table of results the province published."))
        self.status.setWordWrap(True)
        self.grid = QTableWidget(0, 0)
        self.grid.setAlternatingRowColors(True)
        self.grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.grid.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.grid.verticalHeader().setVisible(False)
        issues_box = IssuesBox(self.tr("Click a line to see its row"))
        issues_box.line_selected.connect(self._select_line)
        self.issue_list, self.issues_heading = issues_box.list, issues_box.heading
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.grid)
        splitter.addWidget(issues_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.refusal = QLabel()
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet("color: #a61b1b;")
        self.refusal.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.source)
        layout.addLayout(choices)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.refusal)
        layout.addWidget(self.buttons)

    # -- the file ------------------------------------------------------------------------------------------
    def load_file(self, path: Path) -> None:
        """Read as a job (a large Word file takes a while); nothing is written."""
        from ..services.results_import import read_results

        self.source.show_path(path)
        self.table = self.preview = None
        self._update_button()
        run_job(self, self.tr("Import appraisal results"), lambda _progress: read_results(path), self._read,
                on_failed=self._show_error, on_cancelled=lambda: self._show_error(Cancelled().message),
                text=self.tr("Reading the table…"))

    def _read(self, table: ResultsTable) -> None:
        self.table = table
        self.agency_combo.blockSignals(True)
        self.agency_combo.clear()
        many = table.kind == "agencies"
        if many:
            self.agency_combo.addItem(self.tr("— this file's agency —"), None)
            for a in table.agencies:
                self.agency_combo.addItem(a.name, a.name)
        self.agency_combo.setEnabled(many)
        self.agency_combo.blockSignals(False)
        if table.year is not None:
            self.year_spin.blockSignals(True)
            self.year_spin.setValue(table.year)
            self.year_spin.blockSignals(False)
        self.refresh()

    def year(self) -> int | None:
        value = self.year_spin.value()
        return None if value == NO_YEAR else value

    def refresh(self) -> None:
        """The preview of the table read, for the year and agency chosen; reads the file, writes nothing."""
        from ..services.results_import import preview_results

        if self.table is None:
            return
        try:
            self.preview = preview_results(self.session.af, self.table, self.year(), self.agency_combo.currentData())
        except DtideskError as exc:
            self._show_error(exc.message, keep_table=True)
            return
        self._show(self.preview)

    # -- the preview -----------------------------------------------------------------------------------------
    def _show_error(self, message: str, keep_table: bool = False) -> None:
        if not keep_table:
            self.table = None
        self.preview = None
        self.grid.setRowCount(0)
        self.issue_list.clear()
        self.summary.clear()
        self.status.setText(f"<span style='color:#a61b1b'>{escape(message)}</span>")
        self._update_button()

    def _status_text(self, status: str) -> tuple[str, QColor]:
        words = {"write": (self.tr("will be written"), GREEN), "same": (self.tr("unchanged"), GREY),
                 "unmatched": (self.tr("not matched: not written"), RED),
                 "over_max": (self.tr("above the maximum: not written"), RED),
                 "no_score": (self.tr("no appraised score"), AMBER), "duplicate": (self.tr("repeated: not written"), RED),
                 "group": (self.tr("component index"), GREY), "total": (self.tr("total"), GREY)}
        return words.get(status, (status, GREY))

    def _show(self, p: ResultsPreview) -> None:
        t = p.table
        self._rows = {}
        self.status.setText("<b>{}</b><br>{}".format(escape(Path(t.source).name), escape(
            self.tr("Results of {0} for the index {1}").format(p.year, p.framework.code))))
        if t.kind == "agencies":
            self._fill_agencies(p)
        else:
            self._fill_criteria(p)
        self.issue_list.clear()
        for i in p.issues:
            text = f"{t.where} {i.line}: {i.message}" if i.line else i.message
            item = QListWidgetItem(text)
            item.setForeground(QBrush(AMBER))
            item.setData(LINE_ROLE, i.line)
            self.issue_list.addItem(item)
        self.issues_heading.setText(self.tr("To check ({0})").format(len(p.issues)) if p.issues
                                    else self.tr("Nothing to check."))
        parts = [self.tr("{0} appraised scores").format(len(p.writes))] if p.writes else []
        if p.group_ranks:
            parts.append(self.tr("{0} component ranks").format(len(p.group_ranks)))
        if p.rank is not None:
            parts.append(self.tr("rank {0}/{1}").format(p.rank, p.rank_of or "?"))
        if p.rating:
            parts.append(self.tr("rating {0}").format(p.rating))
        if p.agency_message:
            self.summary.setText(f"<span style='color:#a61b1b'>{escape(p.agency_message)}</span>")
        else:
            self.summary.setText(escape(self.tr("Import writes: {0}.").format(", ".join(parts))))
        self._update_button()

    def _cell(self, row: int, col: int, text: str, color: QColor | None = None, right: bool = False) -> None:
        item = QTableWidgetItem(text)
        item.setToolTip(text)
        if color is not None:
            item.setForeground(QBrush(color))
        if right:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.grid.setItem(row, col, item)

    def _fill_criteria(self, p: ResultsPreview) -> None:
        heads = [self.tr("Line"), self.tr("Code"), self.tr("Criterion"), self.tr("Max"), self.tr("Self"),
                 self.tr("Appraised"), self.tr("In the file now"), self.tr("Comment"), self.tr("Result")]
        self.grid.clear()
        self.grid.setColumnCount(len(heads))
        self.grid.setHorizontalHeaderLabels(heads)
        self.grid.setRowCount(len(p.matches))
        for r, m in enumerate(p.matches):
            self._rows.setdefault(m.row.line, r)
            label, color = self._status_text(m.status)
            code = m.indicator.code if m.indicator else m.row.code
            if m.indicator and m.by_name:
                code = self.tr("{0} (by name)").format(m.indicator.code)
            now = fmt_score(m.current.appraised_score) if m.current and m.current.appraised_score is not None else ""
            self._cell(r, 0, str(m.row.line), GREY, right=True)
            self._cell(r, 1, code, RED if m.indicator is None and m.status != "total" else None)
            self._cell(r, 2, m.row.name)
            self._cell(r, 3, fmt_score(m.row.max_score), right=True)
            self._cell(r, 4, fmt_score(m.row.self_score), right=True)
            self._cell(r, 5, fmt_score(m.row.appraised), RED if m.status == "over_max" else None, right=True)
            self._cell(r, 6, now, GREY, right=True)
            self._cell(r, 7, m.row.comment)
            if m.message and m.status in ("unmatched", "over_max", "duplicate", "no_score"):
                label = m.message  # says itself that the row is not written
            elif m.message:
                label = f"{label} — {m.message}"
            self._cell(r, 8, label, color)
        self._resize()

    def _fill_agencies(self, p: ResultsPreview) -> None:
        t = p.table
        heads = [self.tr("Line"), self.tr("Agency"), *t.components, self.tr("Total"), self.tr("Rank"),
                 self.tr("Rating")]
        self.grid.clear()
        self.grid.setColumnCount(len(heads))
        self.grid.setHorizontalHeaderLabels(heads)
        self.grid.setRowCount(len(t.agencies))
        for r, a in enumerate(t.agencies):
            self._rows.setdefault(a.line, r)
            chosen = p.agency_row is a
            self._cell(r, 0, str(a.line), GREY, right=True)
            self._cell(r, 1, a.name, GREEN if chosen else None)
            for c, label in enumerate(t.components, start=2):
                self._cell(r, c, fmt_score(a.components.get(label)), right=True)
            n = len(t.components) + 2
            self._cell(r, n, fmt_score(a.total), right=True)
            self._cell(r, n + 1, str(a.rank or ""), right=True)
            self._cell(r, n + 2, a.rating)
            if chosen:
                for c in range(self.grid.columnCount()):
                    item = self.grid.item(r, c)
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
        if p.agency_row is not None:
            self.grid.selectRow(self._rows[p.agency_row.line])
        self._resize()

    def _resize(self) -> None:
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.grid.resizeColumnsToContents()
        for c in range(self.grid.columnCount()):
            header.resizeSection(c, min(header.sectionSize(c), 320))
        header.setStretchLastSection(True)

    def _select_line(self, item: QListWidgetItem | None) -> None:
        row = self._rows.get(item.data(LINE_ROLE)) if item is not None else None
        if row is not None:
            self.grid.selectRow(row)
            self.grid.scrollToItem(self.grid.item(row, 0))

    # -- import ------------------------------------------------------------------------------------------------
    def check(self) -> str | None:
        """Why Import would be refused (Vietnamese), or None; writes nothing."""
        p = self.preview
        if p is None:
            return self.tr("Choose the table of results first.")
        if p.table.kind == "agencies" and p.agency_row is None:
            return p.agency_message or self.tr("Choose the agency in the table.")
        if not p.has_changes():
            return self.tr("Nothing to write: no appraised score, rank or rating matches this assessment.")
        return None

    def _update_button(self) -> None:
        self.import_button.setEnabled(self.check() is None and not self.session.af.readonly)
        self.refusal.hide()

    def do_import(self) -> None:
        message = self.check()
        if message:
            self.refusal.setText(message)
            self.refusal.show()
            return
        assert self.preview is not None
        failures: list[str] = []

        def failed(message: str) -> None:  # the window shows it too; here it stays beside the preview
            failures.append(message)

        self.session.failed.connect(failed)
        try:
            ok = self.session.execute(ImportResultsCommand(self.session, self.preview))
        finally:
            self.session.failed.disconnect(failed)
        if not ok:
            self.refusal.setText(failures[-1] if failures else self.tr("Not imported."))
            self.refusal.show()
            return
        self.imported = True
        self.accept()


# -- wiring into the window --------------------------------------------------------------------------------------
def install_import_action(window) -> QAction:
    """Tệp → Nhập kết quả thẩm định…, after Nhập bộ chỉ số…; enabled with the other actions that write."""
    action = QAction(QCoreApplication.translate("ResultsImportDialog", "Import appraisal results…"), window)
    action.setStatusTip(QCoreApplication.translate(
        "ResultsImportDialog", "Read the province's appraised scores, ranks and rating into the year's assessment"))
    menu = window.ui.menuFile
    anchor = getattr(window, "import_index_action", None)
    actions = menu.actions()
    after = actions[actions.index(anchor) + 1] if anchor in actions and actions.index(anchor) + 1 < len(actions) else None
    menu.insertAction(after, action)

    def run() -> None:
        if window.session is None:
            return
        dlg = ResultsImportDialog(window.session, window, year=window.year_combo.currentData())
        dlg.accepted.connect(lambda: window.ui.statusbar.showMessage(QCoreApplication.translate(
            "ResultsImportDialog", "Appraisal results imported. Ctrl+Z undoes it."), 15000))
        window._run_dialog(dlg)

    action.triggered.connect(run)
    window.session_actions.append(action)
    window.import_results_action = action
    return action


def add_review_action(controller, menu) -> QAction:
    """Xuất → Đề nghị xem xét lại…: the Công văn for the year chosen in the window, as PDF or Word."""
    action = QAction(QCoreApplication.translate("ResultsImportDialog", "Request a review…"), controller)
    action.setToolTip(QCoreApplication.translate(
        "ResultsImportDialog", "A letter asking the council to appraise again the criteria scored below the self "
        "score that have evidence"))
    menu.addSeparator()
    menu.addAction(action)
    window = controller.window

    def enable() -> None:
        s = window.session
        action.setEnabled(bool(s) and window.year_combo.currentData() is not None)

    def run() -> None:
        request_review(controller)

    menu.aboutToShow.connect(enable)
    action.triggered.connect(run)
    return action


def request_review(controller, out: Path | None = None, quiet: bool = False) -> None:
    """Check there is something to ask for (a message says why not), ask where to save, export as a job."""
    from ..services.review_request import build_request, export_review_request

    window = controller.window
    s, year = window.session, window.year_combo.currentData()
    if s is None or year is None:
        return
    fw = controller._shown_framework()
    code = fw.code if fw is not None else None
    title = QCoreApplication.translate("ResultsImportDialog", "Request a review")
    try:
        build_request(s.af, year, code)
    except DtideskError as exc:
        QMessageBox.information(window, title, exc.message)
        return
    if out is None:
        settings = QSettings()
        folder = Path(str(settings.value("export_folder", str(Path.home()))))
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            window, title, str(folder / f"de-nghi-xem-xet-lai-{year}.pdf"), "PDF (*.pdf);;Word (*.docx)")
        if not chosen:
            return
        out = Path(chosen)
        if out.suffix.lower() not in (".pdf", ".docx"):
            out = out.with_suffix(".docx" if "docx" in chosen_filter else ".pdf")
        settings.setValue("export_folder", str(out.parent))
    fmt = out.suffix.lower().lstrip(".")
    controller._start(lambda af, progress: export_review_request(af, year, fmt, out, framework_code=code,
                                                                 progress=progress), fmt, quiet)


__all__ = ["ImportResultsCommand", "ResultsImportDialog", "add_review_action", "install_import_action"]
