"""Tab “Nhiệm vụ”: the plan's tasks grouped by group or criterion, filters, inline editing, a detail pane."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QRect,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QFont, QFontMetrics, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QStyle,
    QStyleOptionViewItem,
    QToolBar,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..domain.periods import STANDARD_PERIODS
from ..domain.status import TaskStatus
from . import task_commands
from .labels import overdue_label, period_title, status_labels
from .locale_format import fmt_date
from .session import Session
from .task_delegates import (
    ELIDED_COLUMNS,
    TaskDetailPane,
    TaskEditDelegate,
    TaskItemDelegate,
    criterion_label,
)
from .task_model import (
    COL_CONTENT,
    COL_DUE,
    COLUMN_COUNT,
    GROUP_BG,
    GROUP_FG,
    TaskFilterProxyModel,
    TaskTreeModel,
    one_line,
)

WATCHED = ("tasks", "task_units", "task_progress", "units", "plans", "frameworks", "targets")
# Widths at 1366×768 with the detail pane open; the task column takes what is left.
# Sized for a 1366-pixel screen with the detail pane open: the units and the timeline get room for
# a name or “Quý IV/2023” whole, the criterion code and the result give some up; Nội dung takes the rest.
COLUMN_WIDTHS = (64, 300, 52, 125, 125, 125, 78, 122, 66)
DEBOUNCE_FROM = 3000  # tasks; below this the filter runs on every keystroke
AUTO_OPEN_LIMIT = 3000  # shown tasks; above this, group headings come up folded (see _fix_tree)
# Item data of "all …" entries. Never None: PySide6 6.12 drops a reference to None each time a QVariant
# holding None comes back to Python (currentData, itemData, index.data, QSettings.value of a missing
# key), and after some thousands of calls the interpreter aborts.
ALL_ITEMS = -1
GROUP_LINE = QColor("#c5d0de")


class TaskTreeView(QTreeView):
    """Group rows are painted as headings across the whole row. (Spanned first columns would do the
    same, but make every relayout ask the Python model once more per row: 30 % slower at 20,000 tasks.)"""

    def drawRow(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # noqa: N802
        if index.parent().isValid():
            super().drawRow(painter, option, index)
            return
        rect = option.rect
        painter.save()
        painter.fillRect(rect, GROUP_BG)
        painter.setPen(GROUP_LINE)
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        indent = self.indentation()
        self.drawBranches(painter, QRect(rect.left(), rect.top(), indent, rect.height()), index)
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(GROUP_FG)
        text_rect = rect.adjusted(indent + 4, 0, -6, 0)
        proxy = self.model()
        shown, total = proxy.group_counts(proxy.mapToSource(index).row())
        count = f"  ({shown})" if shown == total else f"  ({shown}/{total})"
        title = str(proxy.data(index) or "") + count
        text = QFontMetrics(font).elidedText(title, Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text)
        cur = self.currentIndex()
        if self.hasFocus() and cur.isValid() and cur.row() == index.row() and not cur.parent().isValid():
            painter.setPen(QPen(self.palette().highlight().color(), 1, Qt.PenStyle.DotLine))
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.restore()

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 (Qt API)
        idx = self.indexAt(event.position().toPoint())
        if idx.isValid() and not idx.parent().isValid():  # anywhere on a heading folds or opens it
            head = idx.siblingAtColumn(0)
            self.setExpanded(head, not self.isExpanded(head))
            return
        super().mouseDoubleClickEvent(event)


class TasksTab(QWidget):
    status_message = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.session: Session | None = None
        self.plan_id: int | None = None
        self.model = TaskTreeModel(self)
        self._known_units: tuple = ()
        self.proxy = TaskFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        # Group headings the user folded or opened by hand, kept across reloads and filters.
        self._closed: set[tuple] = set()
        self._opened: set[tuple] = set()
        self._fixing = False
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.timeout.connect(self.apply_filters)
        self._build()
        self._restore_state(QSettings())
        self._update_actions()

    # -- construction -------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self._build_toolbar())
        layout.addWidget(self._build_filters())
        self.view = TaskTreeView(self)
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(TaskEditDelegate(self.model, self.view))
        cutting = TaskItemDelegate(self.model, self.view)
        for col in ELIDED_COLUMNS:  # only these pay for a Python hook when painted
            self.view.setItemDelegateForColumn(col, cutting)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAllColumnsShowFocus(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.DoubleClicked)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setWordWrap(False)
        self.view.setIndentation(14)
        self.view.setExpandsOnDoubleClick(True)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(36)
        for col, width in enumerate(COLUMN_WIDTHS):
            header.resizeSection(col, width)
        self._fit_due_column()
        header.setSectionResizeMode(COL_CONTENT, QHeaderView.ResizeMode.Stretch)
        self.view.collapsed.connect(lambda idx: self._user_folded(idx, False))
        self.view.expanded.connect(lambda idx: self._user_folded(idx, True))
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.selectionModel().currentChanged.connect(self._selection_changed)
        self.proxy.rowsInserted.connect(self._rows_inserted)
        for a in (self.act_delete, self.act_up, self.act_down):
            self.view.addAction(a)  # only while the list has focus: Delete in a text field deletes text
        # The list's context menu: those actions and the task's change history (issue 18).
        self.act_history = QAction(self.tr("History…"), self)
        self.act_history.setToolTip(self.tr("Who changed this task, when, and from what to what"))
        self.act_history.triggered.connect(self.show_history)
        separator = QAction(self)
        separator.setSeparator(True)
        self.view.addActions([separator, self.act_history])
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.detail = TaskDetailPane(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([1040, 320])
        layout.addWidget(self.splitter, 1)

    def _action(self, text: str, shortcuts: list[str], tip: str, slot, icon=None) -> QAction:
        act = QAction(text, self)
        if icon is not None:
            act.setIcon(self.style().standardIcon(icon))
        act.setShortcuts([QKeySequence(s) for s in shortcuts])
        act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        keys = ", ".join(QKeySequence(s).toString(QKeySequence.SequenceFormat.NativeText) for s in shortcuts)
        act.setToolTip(f"{tip} ({keys})" if keys else tip)
        act.triggered.connect(slot)
        return act

    def _build_toolbar(self) -> QToolBar:
        sp = QStyle.StandardPixmap
        self.act_add = self._action(self.tr("Add"), ["Ctrl+Shift+N", "Insert"],
                                    self.tr("Add a task after the selected one"), self.add_task,
                                    sp.SP_FileDialogNewFolder)
        self.act_duplicate = self._action(self.tr("Duplicate"), ["Ctrl+D"],
                                          self.tr("Copy the selected task right below it"),
                                          self.duplicate_task, sp.SP_FileDialogDetailedView)
        self.act_delete = self._action(self.tr("Delete"), ["Delete"], self.tr("Delete the selected tasks"),
                                       self.delete_selected, sp.SP_TrashIcon)
        self.act_up = self._action(self.tr("Up"), ["Alt+Up"], self.tr("Move the task up"),
                                   lambda: self.move_current(-1), sp.SP_ArrowUp)
        self.act_down = self._action(self.tr("Down"), ["Alt+Down"], self.tr("Move the task down"),
                                     lambda: self.move_current(1), sp.SP_ArrowDown)
        self.act_status = self._action(self.tr("Change status…"), ["Ctrl+Shift+T"],
                                       self.tr("Set the status of every selected task at once"),
                                       self.change_status_dialog, sp.SP_DialogApplyButton)
        self.act_link = self._action(self.tr("Link criterion…"), ["Ctrl+Shift+L"],
                                     self.tr("Link the selected tasks to a criterion"),
                                     self.link_criterion_dialog, sp.SP_CommandLink)
        tb = QToolBar(self)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        tb.setIconSize(tb.iconSize() * 0.75)
        for a in (self.act_add, self.act_duplicate, self.act_delete):
            tb.addAction(a)
        tb.addSeparator()
        tb.addAction(self.act_up)
        tb.addAction(self.act_down)
        tb.addSeparator()
        tb.addAction(self.act_status)
        tb.addAction(self.act_link)
        for a in (self.act_add, self.act_duplicate, self.act_status, self.act_link):
            self.addAction(a)
        return tb

    def _build_filters(self) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(6, 0, 6, 0)
        row.setSpacing(6)
        self.search = QLineEdit(box)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search (accents optional)…"))
        self.search.setToolTip(self.tr("Finds words in any column, with or without accents: "
                                       "“thuong xuyen” finds “Thường xuyên”"))
        self.search.setMinimumWidth(240)
        self.search.textChanged.connect(self._text_changed)
        self.unit_combo = QComboBox(box)
        self.unit_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unit_combo.setMinimumContentsLength(18)
        self.unit_combo.setToolTip(self.tr("Tasks the unit leads or coordinates"))
        self.unit_combo.view().setMinimumWidth(460)
        self.status_combo = QComboBox(box)
        self.status_combo.addItem(self.tr("All statuses"), "")
        for s in (TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS, TaskStatus.DONE):
            self.status_combo.addItem(status_labels()[s], str(s))
        self.status_combo.addItem(overdue_label(), "overdue")
        self.period_combo = QComboBox(box)
        self.period_combo.setToolTip(self.tr("Tasks due in the reporting period, and those without a due date"))
        self.overdue_check = QCheckBox(self.tr("Overdue only"), box)
        self.criterion_chip = QToolButton(box)
        self.criterion_chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.criterion_chip.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogCloseButton))
        self.criterion_chip.setToolTip(self.tr("Showing one criterion's tasks; click to show all"))
        self.criterion_chip.clicked.connect(lambda: self._set_criterion_filter(None))
        self.criterion_chip.hide()
        self.clear_button = QToolButton(box)
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear_filters)
        row.addWidget(self.search, 3)
        for label, widget in ((self.tr("Unit:"), self.unit_combo), (self.tr("Status:"), self.status_combo),
                              (self.tr("Period:"), self.period_combo)):
            lab = QLabel(label, box)
            lab.setBuddy(widget)
            row.addSpacing(4)
            row.addWidget(lab)
            row.addWidget(widget, 1 if widget is self.unit_combo else 0)
        row.addSpacing(4)
        row.addWidget(self.overdue_check)
        row.addWidget(self.criterion_chip)
        row.addWidget(self.clear_button)
        for combo in (self.unit_combo, self.status_combo, self.period_combo):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.overdue_check.toggled.connect(self.apply_filters)
        return box

    # -- public interface (main window) -----------------------------------------
    def set_session(self, session: Session | None) -> None:
        if self.session is not None:
            self.session.changed.disconnect(self._on_changed)
        self.session = session
        self.plan_id = None
        if session is not None:
            session.changed.connect(self._on_changed)
        self._closed.clear()
        self._opened.clear()
        self._load()

    def set_plan(self, plan_id: int | None) -> None:
        if plan_id == self.plan_id and self.model.plan_id == plan_id and self.model.session is self.session:
            return
        self.detail.flush()
        self.plan_id = plan_id
        self._closed.clear()
        self._opened.clear()
        self.proxy.criterion_id = None
        self.criterion_chip.hide()
        self._load()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def show_criterion(self, criterion_id: int) -> None:
        """Only this criterion's tasks, the first one selected (the Criteria tab's “Xem nhiệm vụ”)."""
        self.clear_filters()
        self._set_criterion_filter(criterion_id)
        first = self._first_visible_task()
        if first is not None:
            self.select_task(first)
        self.view.setFocus()

    def add_task_for_criterion(self, criterion_id: int) -> None:
        same = [r.task.id for r in self.model.rows if r.task.criterion_id == criterion_id]
        self._add(after=same[-1] if same else None, fields={"criterion_id": criterion_id})

    def save_state(self, settings: QSettings) -> None:
        self.detail.flush()
        settings.setValue("tasks/header", self.view.header().saveState())
        settings.setValue("tasks/splitter", self.splitter.saveState())

    def _restore_state(self, settings: QSettings) -> None:
        if settings.contains("tasks/header"):  # value() of a missing key is a None: see ALL_ITEMS
            self.view.header().restoreState(settings.value("tasks/header"))
        if settings.contains("tasks/splitter"):
            self.splitter.restoreState(settings.value("tasks/splitter"))
        self._fit_due_column()  # widths saved under another interface language may be too narrow

    def _fit_due_column(self) -> None:
        """The due date is as long as the interface language writes it ("31/12/2022", "Dec 31, 2022")."""
        header = self.view.header()
        widest_date = self.view.fontMetrics().horizontalAdvance(fmt_date(dt.date(2022, 12, 31))) + 14
        if header.sectionSize(COL_DUE) < widest_date:
            header.resizeSection(COL_DUE, widest_date)

    # -- loading and refreshing ------------------------------------------------
    def _load(self) -> None:
        self.model.set_plan(self.session, self.plan_id)
        self._fill_filter_choices()
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if self.model.readonly else
                                  QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.DoubleClicked)
        self._filter_timer.setInterval(120 if len(self.model.rows) >= DEBOUNCE_FROM else 0)
        self.apply_filters(force=True)
        self._fix_tree()
        first = self._first_visible_task()
        if first is not None:
            self.select_task(first)
        self._refresh_side()
        # Fold the rows' search texts once the window is idle, so that neither opening the plan nor the
        # first letter typed in the search box pays for it (about 20 ms for 2,000 tasks).
        QTimer.singleShot(400, self, self._warm_search)  # the tab as context: not called once it is gone

    def _warm_search(self) -> None:
        if self.model.rows:
            self.model.search_keys()

    def _on_changed(self, changes) -> None:
        if self.plan_id is not None and changes.touches(*WATCHED):
            self.reload()

    def reload(self) -> None:
        """Re-read the plan after a change, keeping the selection, the current cell and the scroll."""
        if self.session is None or self.plan_id is None:
            return
        selected, current = self.selected_task_ids(), self.current_task_id()
        column = self.view.currentIndex().column()
        scroll = self.view.verticalScrollBar().value()
        outcome = self.model.reload(allow_reset=not self.model.editing)
        if outcome == "deferred":  # the tree changes shape under an open editor: after it closes
            QTimer.singleShot(0, self.reload)
            return
        if outcome == "reset":
            self._fix_tree()
            self._select_ids(selected, current, max(column, 0))
            self.view.doItemsLayout()
            self.view.verticalScrollBar().setValue(scroll)
        elif self.proxy.active():
            # Changed rows were re-filtered one by one; a heading whose last task left must go too.
            self.proxy.set_filters(force=True)
            self._fix_tree()
        if self._units_signature() != self._known_units:
            self._fill_filter_choices()
        self._refresh_side()

    def _refresh_side(self) -> None:
        self._update_detail()
        self._update_actions()
        self._emit_status()

    def _units_signature(self) -> tuple:
        return tuple((u.id, u.name, u.active) for u in self.model.units.values())

    def _fill_filter_choices(self) -> None:
        self._known_units = self._units_signature()
        cur_unit = self.unit_combo.currentData() if self.unit_combo.count() else ALL_ITEMS
        cur_period = self.period_combo.currentData() if self.period_combo.count() else ""
        for combo in (self.unit_combo, self.period_combo):
            combo.blockSignals(True)
            combo.clear()
        self.unit_combo.addItem(self.tr("All units"), ALL_ITEMS)
        for u in self.model.units.values():
            self.unit_combo.addItem(u.name if u.active else self.tr("{0} (inactive)").format(u.name), u.id)
            self.unit_combo.setItemData(self.unit_combo.count() - 1, u.name, Qt.ItemDataRole.ToolTipRole)
        self.period_combo.addItem(self.tr("All periods"), "")
        for p in STANDARD_PERIODS:
            title = period_title(p, self.model.plan_year)
            self.period_combo.addItem(title[:1].upper() + title[1:], str(p))
        for combo, cur in ((self.unit_combo, cur_unit), (self.period_combo, cur_period)):
            combo.setCurrentIndex(max(combo.findData(cur), 0))
            combo.blockSignals(False)

    # -- filters -----------------------------------------------------------------
    def _text_changed(self) -> None:
        self._filter_timer.start()

    def apply_filters(self, force: bool = False) -> None:
        """Apply the filter row now (the search box calls this after its short debounce)."""
        self._filter_timer.stop()
        unit = self.unit_combo.currentData() if self.unit_combo.count() else ALL_ITEMS
        changed = self.proxy.set_filters(
            unit_id=None if unit == ALL_ITEMS else unit, status=self.status_combo.currentData() or None,
            period=(self.period_combo.currentData() if self.period_combo.count() else "") or None,
            overdue_only=self.overdue_check.isChecked(), text=self.search.text())
        self.clear_button.setEnabled(self.proxy.active())
        if changed or force:
            self._fix_tree()
            cur = self.view.currentIndex()
            if cur.isValid():
                self.view.scrollTo(cur)
            self._refresh_side()

    def clear_filters(self) -> None:
        widgets = (self.search, self.unit_combo, self.status_combo, self.period_combo, self.overdue_check)
        for w in widgets:
            w.blockSignals(True)
        self.search.clear()
        for combo in (self.unit_combo, self.status_combo, self.period_combo):
            combo.setCurrentIndex(0)
        self.overdue_check.setChecked(False)
        for w in widgets:
            w.blockSignals(False)
        self.proxy.criterion_id = None
        self.criterion_chip.hide()
        self.apply_filters(force=True)

    def _set_criterion_filter(self, criterion_id: int | None) -> None:
        self.proxy.criterion_id = criterion_id
        ind = self.model.criterion_by_id.get(criterion_id or 0)
        self.criterion_chip.setVisible(criterion_id is not None)
        if ind is not None:
            self.criterion_chip.setText(self.tr("Criterion {0}").format(ind.code))
        self.apply_filters(force=True)

    def _group_key(self, proxy_index: QModelIndex) -> tuple:
        grp = self.model.group_of(self.proxy.mapToSource(proxy_index))
        return grp.key if grp is not None else ()

    def _user_folded(self, proxy_index: QModelIndex, opened: bool) -> None:
        if self._fixing:
            return
        key = self._group_key(proxy_index)
        (self._opened if opened else self._closed).add(key)
        (self._closed if opened else self._opened).discard(key)

    def _fix_tree(self) -> None:
        """Headings stay open unless the user folded them, also when a filter brings them back. Past
        AUTO_OPEN_LIMIT shown tasks they come up folded unless opened by hand: the tree lays out every
        open row on each change (about 6 µs a row from Python), and 20,000 rows is not a list to scroll."""
        auto = self.proxy.shown <= AUTO_OPEN_LIMIT
        root = QModelIndex()
        self._fixing = True
        try:
            for r in range(self.proxy.rowCount(root)):
                idx = self.proxy.index(r, 0, root)
                key = self._group_key(idx)
                want = key not in self._closed if auto else key in self._opened
                if want != self.view.isExpanded(idx):
                    self.view.setExpanded(idx, want)
        finally:
            self._fixing = False

    def _rows_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        if not parent.isValid():  # a group came back while rows changed under an active filter
            self._fix_tree()

    # -- selection -----------------------------------------------------------
    def _task_id_of(self, proxy_index: QModelIndex) -> int | None:
        row = self.model.row_of(self.proxy.mapToSource(proxy_index))
        return row.task.id if row is not None else None

    def selected_task_ids(self) -> list[int]:
        ids = {self._task_id_of(i) for i in self.view.selectionModel().selectedRows()}
        ids.discard(None)
        return sorted(ids, key=self.model.order_of)  # type: ignore[arg-type]

    def current_task_id(self) -> int | None:
        return self._task_id_of(self.view.currentIndex())

    def show_history(self) -> None:
        """“Lịch sử…”: the changes made to the current task, in a window beside this one."""
        task_id = self.current_task_id()
        if self.session is None or task_id is None:
            return
        from ..services.history import task_item
        from .history_view import show_history

        self.history_dialog = show_history(self, self.session, task_item(task_id))

    def _proxy_index(self, task_id: int, column: int = 0) -> QModelIndex:
        return self.proxy.mapFromSource(self.model.task_index(task_id, column))

    def select_task(self, task_id: int, column: int = 0) -> bool:
        idx = self._proxy_index(task_id, column)
        if not idx.isValid():
            return False
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.view.selectionModel().setCurrentIndex(idx, flags)
        self.view.scrollTo(idx)
        return True

    def _select_ids(self, ids: list[int], current: int | None, column: int) -> None:
        sel = QItemSelection()
        for tid in ids:
            idx = self._proxy_index(tid)
            if idx.isValid():
                sel.select(idx, idx)
        sm = self.view.selectionModel()
        flags = QItemSelectionModel.SelectionFlag
        sm.select(sel, flags.ClearAndSelect | flags.Rows)
        cur = self._proxy_index(current, column) if current is not None else QModelIndex()
        if cur.isValid():
            sm.setCurrentIndex(cur, flags.NoUpdate)

    def _first_visible_task(self) -> int | None:
        root = QModelIndex()
        for r in range(self.proxy.rowCount(root)):
            g = self.proxy.index(r, 0, root)
            if self.proxy.rowCount(g):
                return self._task_id_of(self.proxy.index(0, 0, g))
        return None

    def _visible_neighbour(self, task_id: int, step: int) -> int | None:
        idx = self._proxy_index(task_id)
        if not idx.isValid():
            return None
        sib = idx.siblingAtRow(idx.row() + step) if idx.row() + step >= 0 else QModelIndex()
        return self._task_id_of(sib) if sib.isValid() else None

    def _selection_changed(self, *args) -> None:
        self._update_detail()
        self._update_actions()

    def _update_detail(self) -> None:
        ids = self.selected_task_ids()
        cur = self.current_task_id()
        if len(ids) > 1:
            self.detail.show_many(len(ids))
        else:
            tid = ids[0] if ids else cur
            self.detail.show_task(self.model.task_row(tid) if tid is not None else None)

    def _update_actions(self) -> None:
        ready = self.session is not None and self.plan_id is not None and not self.model.readonly
        cur = self.current_task_id()
        ids = self.selected_task_ids()
        self.act_add.setEnabled(ready)
        self.act_duplicate.setEnabled(ready and cur is not None)
        self.act_delete.setEnabled(ready and bool(ids or cur))
        self.act_up.setEnabled(ready and cur is not None and self._visible_neighbour(cur, -1) is not None)
        self.act_down.setEnabled(ready and cur is not None and self._visible_neighbour(cur, 1) is not None)
        self.act_status.setEnabled(ready and bool(ids or cur))
        self.act_link.setEnabled(ready and bool(ids or cur) and bool(self.model.criteria))

    def _emit_status(self) -> None:
        if self.session is None or self.plan_id is None:
            self.status_message.emit("")
            return
        self.proxy._ensure()
        total = len(self.model.rows)
        self.status_message.emit(self.tr("{0} tasks · {1} overdue · {2} shown").format(
            total, self.model.overdue_count, self.proxy.shown))

    # -- actions -----------------------------------------------------------------
    def execute(self, command) -> bool:
        return self.session is not None and self.session.execute(command)

    def edit_fields(self, task_id: int, text: str | None = None, **fields) -> bool:
        """One undoable edit of a task's fields (the detail pane saves through this)."""
        if self.session is None:
            return False
        return self.execute(task_commands.edit_task(self.session, task_id, text, **fields))

    def set_progress(self, task_id: int, period: str, note: str) -> bool:
        if self.session is None:
            return False
        year = self.model.plan_year
        return self.execute(task_commands.set_progress(self.session, task_id, year, period, note))

    def add_task(self) -> None:
        cur_index = self.proxy.mapToSource(self.view.currentIndex())
        row = self.model.row_of(cur_index)
        grp = self.model.group_of(cur_index)
        if row is not None:
            t = row.task
            self._add(after=t.id, fields={"group_id": t.group_id, "criterion_id": t.criterion_id})
        elif grp is not None and grp.rows:
            last = self.model.rows[grp.rows[-1]].task.id
            self._add(after=last, fields={"group_id": grp.group_id, "criterion_id": grp.criterion_id})
        else:
            self._add(after=None, fields={})

    def _add(self, after: int | None, fields: dict) -> None:
        if self.session is None or self.plan_id is None:
            return
        out = task_commands.Outcome()
        cmd = task_commands.add_task(self.session, self.plan_id, self.tr("New task"), out,
                                     after_task_id=after, **fields)
        if self.execute(cmd) and out.task_id is not None:
            self._show_and_edit(out.task_id)

    def _show_and_edit(self, task_id: int, column: int = COL_CONTENT) -> None:
        if not self.proxy.accepts_task(task_id):
            self.clear_filters()  # a new task hidden by a filter would look lost
        if self.select_task(task_id, column):
            self.view.setFocus()
            self.view.edit(self._proxy_index(task_id, column))

    def duplicate_task(self) -> None:
        cur = self.current_task_id()
        if self.session is None or cur is None:
            return
        out = task_commands.Outcome()
        if self.execute(task_commands.duplicate_task(self.session, cur, out)) and out.task_id is not None:
            if not self.proxy.accepts_task(out.task_id):
                self.clear_filters()
            self.select_task(out.task_id)

    def _editing(self) -> bool:
        return self.view.state() == QAbstractItemView.State.EditingState

    def delete_selected(self) -> None:
        ids = self.selected_task_ids() or ([self.current_task_id()] if self.current_task_id() else [])
        if self.session is None or not ids or self._editing():
            return
        rows = [self.model.task_row(t) for t in ids]
        names = [f"{r.task.code} {one_line(r.task.content)}".strip() for r in rows if r is not None]
        short = [n if len(n) <= 90 else n[:88] + "…" for n in names]
        if len(ids) == 1:
            question = self.tr("Delete the task “{0}”?").format(short[0])
        else:
            listing = "\n".join("• " + n for n in short[:5]) + ("\n…" if len(short) > 5 else "")
            question = self.tr("Delete these {0} tasks?").format(len(ids)) + "\n\n" + listing
        question += "\n\n" + self.tr("You can undo this with Ctrl+Z.")
        answer = QMessageBox.question(self, self.tr("Delete task"), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        after = self._visible_neighbour(ids[-1], 1) or self._visible_neighbour(ids[0], -1)
        if self.execute(task_commands.delete_tasks(self.session, ids)) and after is not None:
            self.select_task(after)

    def move_current(self, step: int) -> None:
        cur = self.current_task_id()
        if self.session is None or cur is None or self._editing():
            return
        neighbour = self._visible_neighbour(cur, step)
        if neighbour is None:
            return
        order = self.model.plan_order()
        delta = order.index(neighbour) - order.index(cur)
        column = max(self.view.currentIndex().column(), 0)
        if self.execute(task_commands.move_task(self.session, cur, delta)):
            self.select_task(cur, column)

    def set_status(self, task_ids: list[int], status: str) -> bool:
        if self.session is None or not task_ids:
            return False
        return self.execute(task_commands.set_status_many(self.session, task_ids, status))

    def change_status_dialog(self) -> None:
        ids = self.selected_task_ids() or ([self.current_task_id()] if self.current_task_id() else [])
        if not ids:
            return
        labels = list(status_labels().values())
        label, ok = QInputDialog.getItem(self, self.tr("Change status"),
                                         self.tr("New status for {0} selected tasks:").format(len(ids)),
                                         labels, 0, False)
        if ok and label in labels:
            self.set_status(ids, str(list(status_labels())[labels.index(label)]))

    def link_criterion(self, task_ids: list[int], criterion_id: int | None) -> bool:
        if self.session is None or not task_ids:
            return False
        return self.execute(task_commands.link_criterion(self.session, task_ids, criterion_id))

    def link_criterion_dialog(self) -> None:
        ids = self.selected_task_ids() or ([self.current_task_id()] if self.current_task_id() else [])
        if not ids:
            return
        choices = [(None, self.tr("(no criterion)"))]
        choices += [(c.id, criterion_label(c)) for c in self.model.criteria]
        labels = [text for _, text in choices]
        current = self.model.task_row(ids[0])
        start = next((n for n, (cid, _) in enumerate(choices)
                      if current is not None and cid == current.task.criterion_id), 0)
        label, ok = QInputDialog.getItem(self, self.tr("Link criterion"),
                                         self.tr("Criterion for {0} selected tasks:").format(len(ids)),
                                         labels, start, False)
        if ok and label in labels:
            self.link_criterion(ids, choices[labels.index(label)][0])


__all__ = ["COLUMN_COUNT", "TasksTab"]
