"""The change history window (issue 18): the file's or one item's changes — who, on which computer, when, what
from what to what — filtered by person, date and kind, read a page at a time, exported to Excel off the thread."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.history import KINDS, ChangeEntry, HistoryFilter, ItemRef, entry_cells, field_changes
from ..domain.text import safe_file_stem
from ..errors import ValidationError
from ..services import history
from ..services.changes import Changes
from . import jobs
from .locale_format import fmt_number
from .session import Session

translate = QCoreApplication.translate
COLUMN_WIDTHS = (116, 96, 104, 112, 150, 290)  # the last column (what changed) takes the rest
Index = QModelIndex | QPersistentModelIndex


def kind_labels() -> dict[str, str]:
    """The kinds of change in the interface language; in Vietnamese the words of domain.history.KIND_LABELS."""
    return {
        "task": translate("HistoryDialog", "Tasks"),
        "score": translate("HistoryDialog", "Scores and results"),
        "evidence": translate("HistoryDialog", "Evidence"),
        "form": translate("HistoryDialog", "Forms and figures"),
        "unit": translate("HistoryDialog", "Units and agency"),
        "plan": translate("HistoryDialog", "Plans, targets, projects, directives"),
        "index": translate("HistoryDialog", "Indices"),
        "other": translate("HistoryDialog", "Other"),
    }


class HistoryTableModel(QAbstractTableModel):
    """The lines of the change log, newest first. Only what is on screen is read: a page at first, the next one
    when the view scrolls near the end (canFetchMore/fetchMore), so 50,000 lines open as fast as 50."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.session: Session | None = None
        self.filter = HistoryFilter()
        self.entries: list[ChangeEntry] = []
        self._cells: list[tuple[str, ...] | None] = []
        self._more = False
        self._kinds = kind_labels()
        self._headers = [self.tr("Time"), self.tr("Who"), self.tr("Computer"), self.tr("Kind"), self.tr("Action"),
                         self.tr("Item"), self.tr("What changed")]

    def load(self, session: Session | None, f: HistoryFilter) -> None:
        self.beginResetModel()
        self.session, self.filter = session, f
        self.entries, self._cells, self._more = [], [], False
        if session is not None:
            page = history.history_page(session.af, f)
            self.entries, self._more = page.entries, page.more
            self._cells = [None] * len(self.entries)
        self.endResetModel()

    # -- Qt's model interface ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt API)
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def cells(self, row: int) -> tuple[str, ...]:
        cells = self._cells[row]
        if cells is None:
            entry = self.entries[row]
            at, who, computer, _kind, action, summary, change = entry_cells(entry)
            cells = self._cells[row] = (at, who, computer, self._kinds[entry.kind], action, summary, change)
        return cells

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cells(index.row())[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() >= 5:
            return self.cells(index.row())[index.column()] or None
        return None

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802 (Qt API)
        return not parent.isValid() and self._more and self.session is not None

    def fetchMore(self, parent: Index) -> None:  # noqa: N802 (Qt API)
        # An export on the worker has the file's connection: the next page waits until it is done.
        if parent.isValid() or not self._more or self.session is None or not self.entries or jobs.busy():
            return
        page = history.history_page(self.session.af, self.filter, older_than=self.entries[-1].id)
        self._more = page.more
        if page.entries:
            first = len(self.entries)
            self.beginInsertRows(QModelIndex(), first, first + len(page.entries) - 1)
            self.entries += page.entries
            self._cells += [None] * len(page.entries)
            self.endInsertRows()


class HistoryDialog(QDialog):
    """Not modal: the officer keeps working beside it; it follows the file's changes and closes with the file."""

    def __init__(self, session: Session, parent: QWidget | None = None, item: ItemRef | None = None):
        super().__init__(parent)
        self.session = session
        self.item = item
        self.setObjectName("HistoryDialog")
        self.item_title = history.item_title(session.af, item) if item is not None else ""
        self.setWindowTitle(self.tr("Change history") + (f" — {self.item_title}" if item else ""))
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setText(self.item_title if item else self.tr("Every change made to {0}").format(
            session.af.path.name))
        self.note = QLabel(self.tr(
            "This history is kept in the file: it is still here after the file is closed and opened again, on any "
            "computer. Undo (Ctrl+Z) is not: it only reaches back to the changes made since the file was opened."))
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #4b5563;")

        self.who_combo = QComboBox()
        self.who_combo.setMinimumContentsLength(14)
        self.since_edit = QLineEdit()
        self.until_edit = QLineEdit()
        for edit in (self.since_edit, self.until_edit):
            edit.setPlaceholderText(self.tr("dd/mm/yyyy"))
            edit.setClearButtonEnabled(True)
            edit.setMaximumWidth(120)
            edit.editingFinished.connect(self.apply_filters)
            edit.textChanged.connect(lambda text: text or self.apply_filters())  # the clear button
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("All kinds"), "")
        labels = kind_labels()
        for key in KINDS:
            self.kind_combo.addItem(labels[key], key)
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear_filters)
        filters = QHBoxLayout()
        for text, widget in ((self.tr("Who:"), self.who_combo), (self.tr("From:"), self.since_edit),
                             (self.tr("To:"), self.until_edit), (self.tr("Kind:"), self.kind_combo)):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
            filters.addSpacing(6)
            if widget is self.kind_combo and item is not None:  # one item is of one kind
                label.hide()
                widget.hide()
        filters.addWidget(self.clear_button)
        filters.addStretch(1)
        self.refusal = QLabel()
        self.refusal.setStyleSheet("color: #a61b1b;")
        self.refusal.hide()

        self.model = HistoryTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        for col, width in enumerate(COLUMN_WIDTHS):
            header.resizeSection(col, width)
        header.setStretchLastSection(True)
        self.table.setColumnHidden(3, item is not None)  # one item's changes are all of its kind

        # The selected line whole: each field on its own line, old → new (the table cuts long text).
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.detail.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.detail.setPlaceholderText(self.tr("Select a line to see everything it changed."))
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)

        self.count_label = QLabel()
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.clicked.connect(self.export)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addLayout(filters)
        layout.addWidget(self.refusal)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(bottom)
        self.resize(1180, 620)

        self._filter = HistoryFilter(item=item)
        self._fill_people()
        self.who_combo.currentIndexChanged.connect(self.apply_filters)
        self.kind_combo.currentIndexChanged.connect(self.apply_filters)
        session.changed.connect(self._on_changed)
        session.destroyed.connect(self.close)  # the file was closed
        self.reload()

    # -- filters -----------------------------------------------------------------------------------------
    def _fill_people(self) -> None:
        current = self.who_combo.currentData()
        self.who_combo.blockSignals(True)
        self.who_combo.clear()
        self.who_combo.addItem(self.tr("Everyone"), "")
        for name in history.people(self.session.af):
            self.who_combo.addItem(name, name)
        self.who_combo.setCurrentIndex(max(0, self.who_combo.findData(current or "")))
        self.who_combo.blockSignals(False)

    def current_filter(self) -> HistoryFilter:
        """The filter as typed; ValidationError naming the field when a date does not exist or the range is
        backwards."""
        kind = self.kind_combo.currentData() if self.item is None else ""
        f = HistoryFilter(who=self.who_combo.currentData() or "",
                          since=history.parse_day(self.since_edit.text(), self.tr("From")),
                          until=history.parse_day(self.until_edit.text(), self.tr("To")),
                          kinds=(kind,) if kind else (), item=self.item)
        return history.check_filter(f)

    def apply_filters(self) -> None:
        try:
            f = self.current_filter()
        except ValidationError as exc:
            self.refusal.setText(exc.message)
            self.refusal.show()
            return
        self.refusal.hide()
        if f != self._filter:
            self._filter = f
            self.reload()

    def clear_filters(self) -> None:
        for widget in (self.who_combo, self.kind_combo):
            widget.blockSignals(True)
            widget.setCurrentIndex(0)
            widget.blockSignals(False)
        for edit in (self.since_edit, self.until_edit):
            edit.blockSignals(True)
            edit.clear()
            edit.blockSignals(False)
        self.apply_filters()

    # -- contents ----------------------------------------------------------------------------------------
    def reload(self) -> None:
        self.model.load(self.session, self._filter)
        self.detail.clear()
        total = history.count(self.session.af, self._filter)
        self.count_label.setText(self.tr("Changes: {0}").format(fmt_number(total, 0)))
        self.export_button.setEnabled(total > 0)

    def _show_detail(self, current: QModelIndex, _previous: QModelIndex = QModelIndex()) -> None:  # noqa: B008
        if not current.isValid() or current.row() >= len(self.model.entries):
            self.detail.clear()
            return
        entry = self.model.entries[current.row()]
        cells = self.model.cells(current.row())
        lines = [f"{cells[0]} — {cells[1]}" + (f" ({cells[2]})" if cells[2] else "") + f" — {cells[4]}: {cells[5]}"]
        lines += [f"{c.label}: {c.old} → {c.new}" for c in field_changes(entry.before, entry.after)]
        self.detail.setPlainText("\n".join(lines))

    def _on_changed(self, _changes: Changes) -> None:
        if self.isVisible() and not jobs.busy():
            self._fill_people()
            self.reload()

    # -- export --------------------------------------------------------------------------------------------
    def export(self) -> None:
        settings = QSettings()
        folder = Path(str(settings.value("last_folder", str(Path.home()))))
        stem = safe_file_stem(self.tr("Change history") + (f" - {self.item_title}" if self.item else ""), "lich-su")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the history to Excel"),
                                              str(folder / f"{stem}.xlsx"), self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """The lines the filters show, newest first, written on the worker; the window stays responsive."""
        af, f, title = self.session.af, self._filter, self.item_title

        def done(out: Path) -> None:
            if shiboken6.isValid(self):
                self.count_label.setText(self.tr("Exported: {0}").format(out))

        jobs.run_job(self, self.tr("Export to Excel"),
                     lambda progress: history.export_history(af, path, f, title, progress=progress), done,
                     on_failed=lambda msg: QMessageBox.warning(self, self.tr("Not exported"), msg),
                     text=self.tr("Writing the change history to {0}…").format(path.name))


def show_history(parent: QWidget, session: Session, item: ItemRef | None = None) -> HistoryDialog:
    """Open the history of the file (item None) or of one item beside the window."""
    dialog = HistoryDialog(session, parent, item)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


__all__ = ["HistoryDialog", "HistoryTableModel", "show_history"]
