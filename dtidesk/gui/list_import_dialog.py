"""“Nhập danh sách từ Excel”: pick a file, kind and sheet, map its columns, see every problem, import all or nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.progress import Progress
from ..errors import Cancelled, DtideskError
from ..services.changes import Changes
from ..services.list_import import (
    KIND_LABELS,
    KINDS,
    ImportReceipt,
    ListPreview,
    apply_list_import,
    cell_text,
    fields_of,
    preview_list_import,
    undo_list_import,
)
from ..services.list_template import write_list_template
from ..services.plans import list_plans
from ..services.scoring import assessment_years
from .jobs import call_with_progress, run_job, run_op
from .session import Session

ERROR_BRUSH = QBrush(QColor("#f8c9c4"))
WARNING_BRUSH = QBrush(QColor("#fbeec1"))
LAST_FOLDER = "lists/last_folder"


class ListImportDialog(QDialog):
    def __init__(self, session: Session, plan_id: int | None, parent: QWidget | None = None,
                 year: int | None = None):
        super().__init__(parent)
        self.session = session
        self.path: Path | None = None
        self.preview: ListPreview | None = None
        self.user_mapping: dict[str, str] | None = None
        self.sheet: str | None = None  # None until the officer picks one: the first sheet with a header
        self._rows: dict[int, int] = {}  # Excel row → preview table row
        self._cols: dict[str, int] = {}  # column letter → preview table column
        self._generation = 0  # of preview requests: a slower, older answer is not shown
        self.setWindowTitle(self.tr("Import a list from Excel"))
        af = session.af

        form = QFormLayout()
        file_row = QHBoxLayout()
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("No file chosen"))
        browse = QPushButton(self.tr("Choose file…"))
        browse.clicked.connect(self.choose_file)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(browse)
        form.addRow(self.tr("Excel file:"), file_row)
        self.kind_combo = QComboBox()
        for kind in KINDS:
            self.kind_combo.addItem(KIND_LABELS[kind], kind)
        form.addRow(self.tr("List of:"), self.kind_combo)
        self.sheet_combo = QComboBox()
        form.addRow(self.tr("Sheet:"), self.sheet_combo)
        self.plan_combo = QComboBox()
        for p in list_plans(af):
            self.plan_combo.addItem(f"{p.year} — {p.title}", p.id)
        if plan_id is not None and self.plan_combo.findData(plan_id) >= 0:
            self.plan_combo.setCurrentIndex(self.plan_combo.findData(plan_id))
        form.addRow(self.tr("Plan:"), self.plan_combo)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(1990, 2100)
        years = assessment_years(af)
        self.year_spin.setValue(year or (max(years) if years else 2024))
        form.addRow(self.tr("Assessment year:"), self.year_spin)

        self.mapping_table = QTableWidget(0, 3)
        self.mapping_table.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Heading in the file"),
                                                      self.tr("Field")])
        self.mapping_table.horizontalHeader().setStretchLastSection(True)
        self.mapping_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.mapping_table.verticalHeader().setVisible(False)
        self.mapping_label = QLabel()
        self.preview_table = QTableWidget(0, 0)
        self.preview_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview_table.verticalHeader().setVisible(False)
        self.problems_list = QListWidget()
        self.problems_list.currentRowChanged.connect(self._show_problem)
        self.new_units_label = QLabel()
        self.new_units_label.setWordWrap(True)
        self.create_units = QCheckBox(self.tr("Create the units not yet in the file"))
        self.create_units.setChecked(True)

        mapping_box = QWidget()
        ml = QVBoxLayout(mapping_box)
        ml.setContentsMargins(0, 0, 0, 0)
        ml.addWidget(self.mapping_label)
        ml.addWidget(self.mapping_table)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(mapping_box)
        split.addWidget(self.preview_table)
        split.addWidget(self.problems_list)
        split.setSizes([160, 260, 120])

        buttons = QHBoxLayout()
        self.template_button = QPushButton(self.tr("Download template…"))
        self.template_button.clicked.connect(self.save_template)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.do_import)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        self.status_label = QLabel()
        buttons.addWidget(self.template_button)
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(close)

        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(split, 1)
        lay.addWidget(self.new_units_label)
        lay.addWidget(self.create_units)
        lay.addLayout(buttons)
        self.resize(980, 700)

        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.sheet_combo.activated.connect(self._sheet_chosen)
        self.plan_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.year_spin.valueChanged.connect(lambda _v: self.refresh())
        self._kind_changed()

    # -- choosing -----------------------------------------------------------------------------
    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def choose_file(self) -> None:
        folder = str(QSettings().value(LAST_FOLDER, str(Path.home())))
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose an Excel list"), folder,
                                              self.tr("Excel workbooks (*.xlsx)"))
        if name:
            QSettings().setValue(LAST_FOLDER, str(Path(name).parent))
            self.set_file(Path(name))

    def set_file(self, path: Path) -> None:
        self.path = Path(path)
        self.file_edit.setText(str(self.path))
        self.sheet_combo.clear()
        self.sheet = None
        self._reset()

    def _sheet_chosen(self, _index: int) -> None:
        self.sheet = self.sheet_combo.currentText() or None
        self._reset()

    def set_kind(self, kind: str) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))

    def _kind_changed(self) -> None:
        kind = self.kind()
        self.year_spin.setEnabled(kind == "scores")
        self.plan_combo.setEnabled(kind != "units")
        self.sheet = None
        self._reset()

    def _reset(self) -> None:
        self.user_mapping = None
        self.refresh()

    def set_field(self, letter: str, key: str) -> None:
        """Map one column (as the officer does with the combo box); "" ignores it."""
        for r in range(self.mapping_table.rowCount()):
            if self.mapping_table.item(r, 0).text() == letter:
                combo = self.mapping_table.cellWidget(r, 2)
                combo.setCurrentIndex(combo.findData(key))

    # -- preview ------------------------------------------------------------------------------
    def refresh(self, lead: list[str] | None = None) -> None:
        """Read the preview again; `lead`: messages to head the problems list with (a refused import)."""
        self.preview = None
        lead = list(lead or [])
        if self.path is None:
            self._show(lead + [self.tr("Choose the Excel file to import.")])
            return
        kind = self.kind()
        af, path, mapping, sheet = self.session.af, self.path, self.user_mapping, self.sheet
        plan_id = self.plan_combo.currentData() if kind != "units" else None
        year = self.year_spin.value() if kind == "scores" else None
        # Reading a workbook takes seconds: a job. Only the answer to the latest request is shown.
        self._generation += 1
        generation = self._generation
        self.import_button.setEnabled(False)

        def shown(preview: ListPreview | None, failures: list[str]) -> None:
            if generation == self._generation:
                self.preview = preview
                self._show(lead + failures)

        run_job(self, self.tr("Import a list from Excel"),
                lambda progress: call_with_progress(preview_list_import, af, path, kind, plan_id=plan_id, year=year,
                                                    mapping=mapping, sheet=sheet, progress=progress),
                lambda preview: shown(preview, []), on_failed=lambda message: shown(None, [message]),
                on_cancelled=lambda: shown(None, [Cancelled().message]), text=self.tr("Reading the workbook…"))

    def _show(self, failures: list[str]) -> None:
        pv = self.preview
        if pv is not None and self.sheet_combo.count() == 0:
            self.sheet_combo.addItems(pv.table.sheets)
        if pv is not None:
            self.sheet_combo.setCurrentText(pv.table.sheet)
        self._fill_mapping(pv)
        self._fill_preview(pv)
        self.problems_list.clear()
        for text in failures:
            self._problem_item(text, "error", None)
        for p in pv.problems if pv else []:
            self._problem_item(p.text(), p.severity, (p.row, p.column))
        new = pv.new_units if pv else []
        self.new_units_label.setText(self.tr("New units: {0}").format("; ".join(new)) if new else "")
        self.create_units.setVisible(bool(new))
        ok = pv is not None and pv.ok and not failures
        self.import_button.setEnabled(ok)
        if pv is not None:
            counts = pv.counts()
            self.status_label.setText(self.tr("{0} rows, {1} headings, {2} errors, {3} warnings").format(
                counts.get("item", 0), counts.get("group", 0), len(pv.errors), len(pv.problems) - len(pv.errors)))
        else:
            self.status_label.setText("")

    def _problem_item(self, text: str, severity: str, where: tuple | None) -> None:
        icon = QStyle.StandardPixmap.SP_MessageBoxCritical if severity == "error" \
            else QStyle.StandardPixmap.SP_MessageBoxWarning
        item = QListWidgetItem(self.style().standardIcon(icon), text)
        item.setData(Qt.ItemDataRole.UserRole, where)
        self.problems_list.addItem(item)

    def _fill_mapping(self, pv: ListPreview | None) -> None:
        t = self.mapping_table
        t.setRowCount(0)
        if pv is None:
            self.mapping_label.setText("")
            return
        source = {"remembered": self.tr("Column mapping remembered from the last import of these headings."),
                  "proposed": self.tr("Column mapping proposed from the headings; change it if needed."),
                  "user": self.tr("Column mapping as you chose it.")}[pv.mapping_source]
        self.mapping_label.setText(source + " " + self.tr("Header row: {0}").format(pv.table.header_row or "—"))
        t.setRowCount(len(pv.table.columns))
        for r, col in enumerate(pv.table.columns):
            t.setItem(r, 0, QTableWidgetItem(col.letter))
            t.setItem(r, 1, QTableWidgetItem(col.header))
            combo = QComboBox()
            combo.addItem(self.tr("(ignore)"), "")
            for f in fields_of(pv.kind):
                combo.addItem(f.label + (" *" if f.required else ""), f.key)
            combo.setCurrentIndex(max(0, combo.findData(pv.mapping.get(col.letter, ""))))
            combo.currentIndexChanged.connect(self._mapping_changed)
            t.setCellWidget(r, 2, combo)
        t.resizeColumnToContents(0)
        t.setColumnWidth(1, 380)

    def _mapping_changed(self) -> None:
        t = self.mapping_table
        chosen = {t.item(r, 0).text(): str(t.cellWidget(r, 2).currentData()) for r in range(t.rowCount())}
        seen: set[str] = set()
        for letter, key in chosen.items():
            if key and key in seen:
                chosen[letter] = ""  # a field goes to one column: the other keeps nothing
            seen.add(key)
        self.user_mapping = chosen
        self.refresh()

    def _fill_preview(self, pv: ListPreview | None) -> None:
        t = self.preview_table
        t.clear()
        if pv is None or not pv.mapping:
            t.setRowCount(0)
            t.setColumnCount(0)
            return
        labels = {f.key: f.label for f in fields_of(pv.kind)}
        letters = [c.letter for c in pv.table.columns if c.letter in pv.mapping]
        t.setColumnCount(len(letters) + 1)
        t.setHorizontalHeaderLabels([self.tr("Row")] + [f"{lt}: {labels[pv.mapping[lt]]}" for lt in letters])
        t.setRowCount(len(pv.table.rows))
        kinds = {r.row: r.kind for r in pv.records}
        self._rows = {row.number: i for i, row in enumerate(pv.table.rows)}
        self._cols = {lt: c for c, lt in enumerate(letters, start=1)}
        bold = QFont()
        bold.setBold(True)
        for i, row in enumerate(pv.table.rows):
            t.setItem(i, 0, QTableWidgetItem(str(row.number)))
            for c, lt in enumerate(letters, start=1):
                item = QTableWidgetItem(cell_text(row.values.get(lt))[:200])
                if kinds.get(row.number) in ("group", "total"):
                    item.setFont(bold)
                t.setItem(i, c, item)
        for p in pv.problems:
            i = self._rows.get(p.row) if p.row is not None else None
            if i is None:
                continue
            item = t.item(i, self._cols.get(p.column, 0))
            item.setBackground(ERROR_BRUSH if p.severity == "error" else WARNING_BRUSH)
            item.setToolTip((item.toolTip() + "\n" if item.toolTip() else "") + p.message)
        t.resizeColumnsToContents()
        for c in range(1, t.columnCount()):
            t.setColumnWidth(c, min(t.columnWidth(c), 320))

    def _show_problem(self, index: int) -> None:
        item = self.problems_list.item(index) if index >= 0 else None
        where = item.data(Qt.ItemDataRole.UserRole) if item else None
        if not where or where[0] is None or self.preview is None:
            return
        i = self._rows.get(where[0])
        if i is not None:
            self.preview_table.setCurrentCell(i, self._cols.get(where[1], 0))

    # -- actions ------------------------------------------------------------------------------
    def save_template(self) -> None:
        kind = self.kind()
        folder = str(QSettings().value(LAST_FOLDER, str(Path.home())))
        default = str(Path(folder) / f"mau-{kind}.xlsx")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the template"), default,
                                              self.tr("Excel workbooks (*.xlsx)"))
        if not name:
            return
        try:
            out = write_list_template(kind, Path(name), self.session.af)
        except DtideskError as exc:
            QMessageBox.warning(self, self.tr("Template not saved"), exc.message)
            return
        QSettings().setValue(LAST_FOLDER, str(out.parent))
        QMessageBox.information(self, self.tr("Template"), self.tr("Template saved: {0}").format(str(out)))

    def do_import(self) -> None:
        """One undo step: undo removes what the import added and restores the scores it replaced."""
        if self.preview is None or not self.preview.ok:
            return
        af, preview, create = self.session.af, self.preview, self.create_units.isChecked()
        done: list[ImportReceipt] = []
        summary: list[str] = []

        def do(progress: Progress) -> Changes:  # first on the job's worker, again on redo
            receipt, changes = call_with_progress(apply_list_import, af, preview, create, progress=progress)
            done.append(receipt)
            summary.append(changes.summary)
            return changes

        def undo() -> Changes:
            return undo_list_import(af, done.pop())

        def imported(_changes: Changes) -> None:
            QMessageBox.information(self, self.tr("Imported"), summary[-1] + ".")
            self.accept()

        def refused(message: str) -> None:  # the window shows the refusal; it also heads the problems list here
            self.refresh(lead=[message])

        run_op(self, self.session, self.tr("import a list from Excel"), do, undo,
               title=self.tr("Import a list from Excel"), on_done=imported, on_failed=refused,
               text=self.tr("Importing the list…"))
