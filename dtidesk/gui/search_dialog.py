"""Sửa → Tìm trong cả tệp… (Ctrl+Shift+F): tasks, targets, directives and evidence of every plan and year,
found by words with or without diacritics; a result opens its plan or year in the window with its row selected."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..services import search as search_ops
from ..services.changes import Changes
from .session import Session

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
COLUMN_WIDTHS = (120, 52, 250, 64)  # the content takes the rest
# Tables whose change makes the folded index stale.
WATCHED = ("tasks", "targets", "directives", "evidence", "plans", "assessments", "frameworks", "indicators")


def kind_labels() -> dict[str, str]:
    return {"task": translate("SearchDialog", "Task"), "target": translate("SearchDialog", "Target"),
            "directive": translate("SearchDialog", "Directive"), "evidence": translate("SearchDialog", "Evidence")}


class SearchResultTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.hits: list[search_ops.SearchHit] = []
        self._kinds = kind_labels()
        self._headers = [self.tr("Kind"), self.tr("Year"), self.tr("Plan or index"), self.tr("No."),
                         self.tr("Content")]

    def set_hits(self, hits: list[search_ops.SearchHit]) -> None:
        self.beginResetModel()
        self.hits = hits
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else len(self.hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt API)
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        hit = self.hits[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            col = index.column()
            if role == Qt.ItemDataRole.ToolTipRole and col < 2:
                return None
            return (self._kinds[hit.kind], str(hit.year or ""), hit.where, hit.code, hit.text)[col]
        return None


class SearchDialog(QDialog):
    """Not modal, so the officer can go from one result to the next; the search runs as they type."""

    chosen = Signal(object)  # SearchHit

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._index: search_ops.SearchIndex | None = None
        self.setObjectName("SearchDialog")
        self.setWindowTitle(self.tr("Find in the whole file"))
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Words to find, accents optional…"))
        self.search.setToolTip(self.tr("Tasks, targets, directives and evidence of every plan and year: "
                                       "“ra soat” finds “Rà soát”"))
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Everything"), "")
        for key, label in kind_labels().items():
            self.kind_combo.addItem(label, key)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.kind_combo)
        self.model = SearchResultTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        for col, width in enumerate(COLUMN_WIDTHS):
            header.resizeSection(col, width)
        header.setStretchLastSection(True)
        self.table.activated.connect(self._activated)  # double-click or Enter
        self.status = QLabel()
        self.go_button = QPushButton(self.tr("Go to"))
        self.go_button.setDefault(False)
        self.go_button.setAutoDefault(False)
        self.go_button.clicked.connect(lambda: self._activated(self.table.currentIndex()))
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.go_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.resize(980, 520)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.run)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._enter)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self.run())
        session.changed.connect(self._on_changed)
        session.destroyed.connect(self.close)
        self._show_count(0, 0)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(*WATCHED):
            self._index = None  # folded again at the next search
            if self.search.text().strip() and self.isVisible():
                self._timer.start()

    def index(self) -> search_ops.SearchIndex:
        if self._index is None:
            self._index = search_ops.build_index(self.session.af)
        return self._index

    def run(self) -> None:
        self._timer.stop()
        kind = self.kind_combo.currentData()
        hits, total = search_ops.search(self.index(), self.search.text(), (kind,) if kind else ())
        self.model.set_hits(hits)
        if hits:
            self.table.selectRow(0)
        self._show_count(len(hits), total)

    def _show_count(self, shown: int, total: int) -> None:
        if not self.search.text().strip():
            text = self.tr("Type words from a task, target, directive or evidence item.")
        elif total == 0:
            text = self.tr("Nothing found.")
        elif shown < total:
            text = self.tr("{0} found; the first {1} are listed: add a word to narrow the search.").format(total, shown)
        else:
            text = self.tr("{0} found. Double-click or press Enter to go to one.").format(total)
        self.status.setText(text)
        self.go_button.setEnabled(shown > 0)

    def _enter(self) -> None:
        if self._timer.isActive():
            self.run()
        self._activated(self.table.currentIndex())

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.chosen.emit(self.model.hits[index.row()])


def go_to(window, hit: search_ops.SearchHit) -> bool:
    """Show the hit in the main window: its plan (or its year and index) selected, the tab opened, filters that
    would hide it cleared, its row selected."""
    tabs = window.ui.tabs
    if hit.kind == "evidence":
        at = window.year_combo.findData(hit.year)
        if at < 0:
            return False
        window.year_combo.setCurrentIndex(at)
        tabs.setCurrentWidget(window.ui.criteriaTab)
        tab = window.criteria_tab
        tab.show_framework(hit.framework_code)
        tab.search.clear()
        tab.select(hit.indicator_id)
        tab.details.setCurrentWidget(tab.evidence)
        tab.evidence.select_evidence(hit.id)
        return tab.current_id() == hit.indicator_id
    at = window.plan_combo.findData(hit.plan_id) if hit.plan_id is not None else -1
    if at < 0:
        window.ui.statusbar.showMessage(translate("SearchDialog", "This directive belongs to no plan of the file."),
                                        8000)
        return False
    window.plan_combo.setCurrentIndex(at)
    if hit.kind == "task":
        tabs.setCurrentWidget(window.ui.tasksTab)
        tasks = window.tasks_tab
        tasks.clear_filters()
        found = tasks.select_task(hit.id)
        tasks.view.setFocus()
        return found
    tabs.setCurrentWidget(window.plan_lists_page)
    lists = window.plan_lists_tab
    page = lists.targets if hit.kind == "target" else lists.directives
    lists.pages.setCurrentWidget(page)
    page.clear_filters()
    return page.select_id(hit.id)


__all__ = ["SearchDialog", "SearchResultTableModel", "go_to"]
