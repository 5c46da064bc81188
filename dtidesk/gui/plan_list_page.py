"""One plan list (targets, projects or directives): toolbar, filter row, table and the pane beside it."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QStyle,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from . import plan_list_commands as commands
from .plan_list_delegates import PlanItemDelegate
from .plan_list_models import PlanItemFilterProxyModel, PlanItemTableModel
from .task_model import one_line

ALL_ITEMS = -1  # item data of "all …" entries: never None (see tasks_tab.ALL_ITEMS)


class PlanListPage(QWidget):
    """The same habits as the task list: Insert adds after the current row, Delete deletes (asked, undoable),
    F2 or Enter edits the current cell, Enter saves and Esc cancels, every edit is one Ctrl+Z."""

    def __init__(self, model: PlanItemTableModel, pane_class, texts: dict[str, str],
                 states: list[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.model, self.texts = model, texts
        self.proxy = PlanItemFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self._main = next(i for i, c in enumerate(model.COLUMNS) if c.stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self._build_toolbar())
        layout.addWidget(self._build_filters(states))
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(PlanItemDelegate(model, self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.DoubleClicked)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        self.view.activated.connect(self._activated)  # Enter on a row that is not being edited
        header = self.view.horizontalHeader()
        header.setMinimumSectionSize(36)
        # Every heading whole in the interface language (“Tổng kinh phí”, “Ngày ban hành”), even when bold.
        bold = QFont(header.font())
        bold.setBold(True)
        fm = QFontMetrics(bold)
        for i, col in enumerate(model.COLUMNS):
            title = str(model.headerData(i, Qt.Orientation.Horizontal) or "")
            header.resizeSection(i, max(col.width, fm.horizontalAdvance(title) + 18))
        header.setSectionResizeMode(self._main, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().currentChanged.connect(self._selection_changed)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.addAction(self.act_delete)  # only while the list has focus: Delete in a field deletes text
        self.pane = pane_class(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.pane)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([1000, 340])
        layout.addWidget(self.splitter, 1)
        self._update_actions()

    # -- construction -------------------------------------------------------------------
    def _action(self, text: str, keys: list[str], tip: str, slot, icon) -> QAction:
        act = QAction(self.style().standardIcon(icon), text, self)
        act.setShortcuts([QKeySequence(k) for k in keys])
        act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shown = ", ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
        act.setToolTip(f"{tip} ({shown})")
        act.triggered.connect(slot)
        return act

    def _build_toolbar(self) -> QToolBar:
        sp = QStyle.StandardPixmap
        self.act_add = self._action(self.tr("Add"), ["Ctrl+Shift+N", "Insert"], self.texts["add_tip"], self.add,
                                    sp.SP_FileDialogNewFolder)
        self.act_delete = self._action(self.tr("Delete"), ["Delete"], self.texts["delete_tip"], self.delete_selected,
                                       sp.SP_TrashIcon)
        tb = QToolBar(self)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        tb.setIconSize(tb.iconSize() * 0.75)
        tb.addAction(self.act_add)
        tb.addAction(self.act_delete)
        self.addAction(self.act_add)
        return tb

    def _build_filters(self, states: list[tuple[str, str]]) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(6, 0, 6, 0)
        self.search = QLineEdit(box)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search (accents optional)…"))
        self.search.setToolTip(self.tr("Finds words in any column, with or without accents"))
        self.search.textChanged.connect(self.apply_filters)
        self.unit_combo = QComboBox(box)
        self.unit_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unit_combo.setMinimumContentsLength(18)
        self.unit_combo.view().setMinimumWidth(420)
        self.state_combo = QComboBox(box)
        for label, key in states:
            self.state_combo.addItem(label, key)
        self.clear_button = QToolButton(box)
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear_filters)
        row.addWidget(self.search, 3)
        self.unit_label = QLabel(self.tr("Unit:"), box)
        self.unit_label.setBuddy(self.unit_combo)
        row.addWidget(self.unit_label)
        row.addWidget(self.unit_combo, 1)
        row.addWidget(self.state_combo)
        row.addWidget(self.clear_button)
        self.unit_combo.currentIndexChanged.connect(self.apply_filters)
        self.state_combo.currentIndexChanged.connect(self.apply_filters)
        if self.model.kind == "directives":  # a directive is issued by an outside body, not led by a unit
            self.unit_label.hide()
            self.unit_combo.hide()
        return box

    # -- loading ------------------------------------------------------------------------------
    def load(self) -> None:
        self.model.reload()
        self._fill_units()
        self.apply_filters()
        if self.proxy.rowCount():
            self.select_id(self.model.item_id(self.proxy.mapToSource(self.proxy.index(0, 0)).row()))
        self._selection_changed()

    def reload(self) -> None:
        """Re-read after a change, keeping the selection and the current cell."""
        if self.view.state() == QAbstractItemView.State.EditingState:  # an editor is saving: after it closes
            QTimer.singleShot(0, self, self.reload)  # not called once the page is gone
            return
        ids, current = self.selected_ids(), self.current_id()
        column = max(self.view.currentIndex().column(), 0)
        self.model.reload()
        self._fill_units()
        self.apply_filters()
        self._select_ids(ids, current, column)
        self._selection_changed()

    def _fill_units(self) -> None:
        cur = self.unit_combo.currentData() if self.unit_combo.count() else ALL_ITEMS
        self.unit_combo.blockSignals(True)
        self.unit_combo.clear()
        self.unit_combo.addItem(self.tr("All units"), ALL_ITEMS)
        for u in self.model.units:
            self.unit_combo.addItem(u.name, u.id)
            self.unit_combo.setItemData(self.unit_combo.count() - 1, u.name, Qt.ItemDataRole.ToolTipRole)
        self.unit_combo.setCurrentIndex(max(self.unit_combo.findData(cur), 0))
        self.unit_combo.blockSignals(False)

    # -- filters ----------------------------------------------------------------------------------
    def apply_filters(self) -> None:
        unit = self.unit_combo.currentData() if self.unit_combo.count() else ALL_ITEMS
        self.proxy.set_filters(self.search.text(), None if unit == ALL_ITEMS else unit,
                               str(self.state_combo.currentData() or ""))
        self.clear_button.setEnabled(self.proxy.active())
        self._selection_changed()

    def clear_filters(self) -> None:
        for w in (self.search, self.unit_combo, self.state_combo):
            w.blockSignals(True)
        self.search.clear()
        self.unit_combo.setCurrentIndex(0)
        self.state_combo.setCurrentIndex(0)
        for w in (self.search, self.unit_combo, self.state_combo):
            w.blockSignals(False)
        self.apply_filters()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- selection --------------------------------------------------------------------------------
    def _id_of(self, proxy_index: QModelIndex) -> int | None:
        return self.model.item_id(self.proxy.mapToSource(proxy_index).row()) if proxy_index.isValid() else None

    def current_id(self) -> int | None:
        return self._id_of(self.view.currentIndex())

    def selected_ids(self) -> list[int]:
        rows = sorted(self.view.selectionModel().selectedRows(), key=lambda i: i.row())
        return [i for i in (self._id_of(r) for r in rows) if i is not None]

    def _index(self, item_id: int, column: int = 0) -> QModelIndex:
        row = self.model.row_of_id(item_id)
        return self.proxy.mapFromSource(self.model.index(row, column)) if row >= 0 else QModelIndex()

    def select_id(self, item_id: int | None, column: int = 0) -> bool:
        idx = self._index(item_id, column) if item_id is not None else QModelIndex()
        if not idx.isValid():
            return False
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.view.selectionModel().setCurrentIndex(idx, flags)
        self.view.scrollTo(idx)
        return True

    def _select_ids(self, ids: list[int], current: int | None, column: int) -> None:
        sel = QItemSelection()
        for i in ids:
            idx = self._index(i)
            if idx.isValid():
                sel.select(idx, idx)
        sm, flags = self.view.selectionModel(), QItemSelectionModel.SelectionFlag
        sm.select(sel, flags.ClearAndSelect | flags.Rows)
        cur = self._index(current, column) if current is not None else QModelIndex()
        if cur.isValid():
            sm.setCurrentIndex(cur, flags.NoUpdate)

    def _selection_changed(self, *args) -> None:
        cur = self.current_id()
        row = self.model.rows[self.model.row_of_id(cur)] if cur is not None else None
        self.pane.show_row(row)
        self._update_actions()

    def _update_actions(self) -> None:
        ready = self.model.session is not None and self.model.plan_id is not None and not self.model.readonly
        self.act_add.setEnabled(ready)
        self.act_delete.setEnabled(ready and (bool(self.selected_ids()) or self.current_id() is not None))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.DoubleClicked if ready
                                  else QAbstractItemView.EditTrigger.NoEditTriggers)

    def _activated(self, index: QModelIndex) -> None:
        if self.view.state() != QAbstractItemView.State.EditingState and index.flags() & Qt.ItemFlag.ItemIsEditable:
            self.view.edit(index)

    # -- actions ----------------------------------------------------------------------------------
    def execute(self, command) -> bool:
        return self.model.session is not None and self.model.session.execute(command)

    def edit_fields(self, item_id: int, **fields) -> bool:
        if self.model.session is None:
            return False
        return self.execute(commands.edit_item(self.model.session, self.model.kind, item_id, **fields))

    def set_target_value(self, target_id: int, year: int, period: str, **fields) -> bool:
        if self.model.session is None:
            return False
        return self.execute(commands.set_target_value(self.model.session, target_id, year, period, **fields))

    def set_directive_tasks(self, directive_id: int, task_ids: list[int]) -> bool:
        if self.model.session is None:
            return False
        return self.execute(commands.set_directive_tasks(self.model.session, directive_id, task_ids))

    def add(self) -> None:
        session, plan_id = self.model.session, self.model.plan_id
        if session is None or plan_id is None or self.model.readonly:
            return
        out = commands.Outcome()
        after = self.current_id() if self.model.kind != "directives" else None
        if self.execute(commands.add_item(session, self.model.kind, plan_id, self.texts["new"], out,
                                          after_id=after)) and out.item_id is not None:
            if not self.select_id(out.item_id, self._main):  # a new row hidden by a filter would look lost
                self.clear_filters()
                self.select_id(out.item_id, self._main)
            self.view.setFocus()
            self.view.edit(self._index(out.item_id, self._main))

    def delete_selected(self) -> None:
        ids = self.selected_ids() or ([self.current_id()] if self.current_id() is not None else [])
        session = self.model.session
        if session is None or not ids or self.view.state() == QAbstractItemView.State.EditingState:
            return
        names = [one_line(self.model.display(self.model.rows[self.model.row_of_id(i)],
                                             self.model.COLUMNS[self._main].key)) for i in ids]
        short = [n if len(n) <= 90 else n[:88] + "…" for n in names]
        listing = "\n".join("• " + n for n in short[:5]) + ("\n…" if len(short) > 5 else "")
        question = self.texts["delete_question"].format(len(ids)) + "\n\n" + listing + "\n\n" + \
            self.tr("You can undo this with Ctrl+Z.")
        answer = QMessageBox.question(self, self.texts["delete_title"], question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        last = self.view.currentIndex().row()
        if self.execute(commands.delete_items(session, self.model.kind, ids)) and self.proxy.rowCount():
            idx = self.proxy.index(min(max(last, 0), self.proxy.rowCount() - 1), 0)
            self.select_id(self._id_of(idx))
