"""Task editors: the tree's inline editors (unit pickers, timeline with its live due date, status,
criterion) and the detail pane of the selected task."""

from __future__ import annotations

import html

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QObject, QRect, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.models import Indicator, Task, Unit
from ..domain.periods import STANDARD_PERIODS
from ..domain.status import TaskStatus
from ..services.tasks import TaskRow
from .elide import ElidingComboBox, elide_words, fit_names
from .labels import outcome_labels, period_labels, period_title, status_labels
from .locale_format import date_input
from .task_model import (
    COL_CONTENT,
    COL_COOP,
    COL_CRITERION,
    COL_DUE,
    COL_LEAD,
    COL_RESULT,
    COL_STATUS,
    COL_TIMELINE,
    TaskTreeModel,
    one_line,
    timeline_hint,
)

translate = QCoreApplication.translate  # called with literals so that pyside6-lupdate finds them


def unit_choices(model: TaskTreeModel, current: list[int]) -> list[Unit]:
    """The file's active units, plus any inactive one the task still names (so it is not dropped)."""
    return [u for u in model.units.values() if u.active or u.id in current]


def criterion_label(ind: Indicator) -> str:
    return f"{ind.code} — {one_line(ind.name)}"


NO_ID = 0  # item data for "(no criterion)": never None in a QVariant (see tasks_tab.ALL_ITEMS)


def combo_id(combo: QComboBox) -> int | None:
    value = combo.currentData() if combo.currentIndex() >= 0 else NO_ID
    return None if value == NO_ID else value


def fill_criterion_combo(combo: QComboBox, model: TaskTreeModel, current: int | None) -> None:
    combo.clear()
    combo.addItem(translate("TasksTab", "(no criterion)"), NO_ID)
    for ind in model.criteria:
        combo.addItem(criterion_label(ind), ind.id)
        combo.setItemData(combo.count() - 1, one_line(ind.name), Qt.ItemDataRole.ToolTipRole)
    combo.setCurrentIndex(max(combo.findData(current or NO_ID), 0))
    combo.view().setMinimumWidth(520)


class TimelineEdit(QLineEdit):
    """The timeline as printed, with what the program derives from it shown live at the right."""

    def __init__(self, plan_year: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.plan_year = plan_year
        self.hint = QLabel(self)
        self.hint.setStyleSheet("color: #1d5e9e; background: transparent;")
        self.hint.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setPlaceholderText(translate("TasksTab", "e.g. Quý IV/2023, Năm 2023, Thường xuyên"))
        self.textChanged.connect(self._update_hint)
        self._update_hint(self.text())

    def _update_hint(self, text: str) -> None:
        self.hint.setText(timeline_hint(text, self.plan_year))
        self.hint.adjustSize()
        self.setTextMargins(0, 0, self.hint.width() + 8, 0)
        self._place_hint()

    def _place_hint(self) -> None:
        self.hint.move(self.width() - self.hint.width() - 6, (self.height() - self.hint.height()) // 2)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._place_hint()


class UnitChecklist(QFrame):
    """Many units at once: a checkable list dropped over the cell. Space ticks, Enter saves, Esc cancels."""

    def __init__(self, units: list[Unit], parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        self.list = QListWidget(self)
        self.list.setUniformItemSizes(True)
        for u in units:
            name = u.name if u.active else translate("TasksTab", "{0} (inactive)").format(u.name)
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, u.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                          | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setToolTip(u.name)
            self.list.addItem(item)
        self.list.itemClicked.connect(self._toggle_on_text_click)
        self.hint = QLabel(translate("TasksTab", "Space: tick · Enter: save · Esc: cancel"), self)
        self.hint.setStyleSheet("color: #666;")
        layout.addWidget(self.list)
        layout.addWidget(self.hint)
        self.setFocusProxy(self.list)
        self._initial: list[int] = []

    def _toggle_on_text_click(self, item: QListWidgetItem) -> None:
        # A click on the name (not on the box) also ticks: the names are long, the box is small.
        rect = self.list.visualItemRect(item)
        pos = self.list.viewport().mapFromGlobal(self.cursor().pos())
        if pos.x() > rect.left() + 24:
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def preferred_height(self) -> int:
        rows = min(self.list.count(), 14)
        return (self.list.sizeHintForRow(0) * rows + 2 * self.list.frameWidth()
                + self.hint.sizeHint().height() + 10)

    def set_checked(self, unit_ids: list[int]) -> None:
        self._initial = list(unit_ids)
        wanted = set(unit_ids)
        first = None
        for i in range(self.list.count()):
            item = self.list.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            if on and first is None:
                first = i
        self.list.setCurrentRow(first or 0)

    def checked(self) -> list[int]:
        """Units kept in the order the task had them (the plan's printed order), new ones after."""
        ticked = [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                  if self.list.item(i).checkState() == Qt.CheckState.Checked]
        kept = [u for u in self._initial if u in ticked]
        return kept + [u for u in ticked if u not in kept]


_WORD_ELIDED = frozenset({COL_CONTENT, COL_TIMELINE, COL_RESULT})
_UNIT_COLUMNS = frozenset({COL_LEAD, COL_COOP})


class TaskEditDelegate(QStyledItemDelegate):
    """Chooses the editor by column; every commit goes to TaskTreeModel.setData, which makes a command.
    It paints in Qt alone: the columns whose text it must cut have TaskItemDelegate (a Python hook per
    painted cell, which every filter keystroke repaints)."""

    def __init__(self, model: TaskTreeModel, parent: QObject | None = None):
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802 (Qt API)
                     index: QModelIndex) -> QWidget:
        col = index.column()
        value = self._value(index)
        if col == COL_STATUS:
            combo = QComboBox(parent)
            for status, label in status_labels().items():
                combo.addItem(label, str(status))
            return combo
        if col == COL_LEAD:
            combo = QComboBox(parent)
            current = list(value or [])
            if len(current) > 1:
                names = ", ".join(self.model.units[u].short_name or self.model.units[u].name
                                  for u in current if u in self.model.units)
                combo.addItem(translate("TasksTab", "{0} (several units)").format(names), current)
            combo.addItem(translate("TasksTab", "(none)"), [])
            for u in unit_choices(self.model, current):
                combo.addItem(u.name, [u.id])
            combo.view().setMinimumWidth(420)
            return combo
        if col == COL_COOP:
            return UnitChecklist(unit_choices(self.model, list(value or [])), parent)
        if col == COL_CRITERION:
            combo = QComboBox(parent)
            combo.view().setMinimumWidth(520)
            return combo
        if col == COL_TIMELINE:
            return TimelineEdit(self.model.plan_year, parent)
        edit = QLineEdit(parent)
        if col == COL_DUE:
            edit.setPlaceholderText(translate("TasksTab", "dd/mm/yyyy"))
        return edit

    def _value(self, index: QModelIndex):
        """The cell's value read from the model in Python (index.data would pass None through a QVariant)."""
        model = index.model()
        src = model.mapToSource(index) if hasattr(model, "mapToSource") else index
        row = self.model.row_of(src)
        return self.model.edit_value(row, index.column()) if row is not None else None

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802 (Qt API)
        value = self._value(index)
        col = index.column()
        if col == COL_STATUS:
            editor.setCurrentIndex(max(editor.findData(value), 0))  # type: ignore[attr-defined]
        elif col == COL_LEAD:
            combo: QComboBox = editor  # type: ignore[assignment]
            current = list(value or [])
            for i in range(combo.count()):
                if list(combo.itemData(i) or []) == current:
                    combo.setCurrentIndex(i)
                    break
        elif col == COL_COOP:
            editor.set_checked(list(value or []))  # type: ignore[attr-defined]
        elif col == COL_CRITERION:
            fill_criterion_combo(editor, self.model, value)  # type: ignore[arg-type]
        else:
            editor.setText(one_line(value or ""))  # type: ignore[attr-defined]

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802 (Qt API)
                     index: QModelIndex) -> None:
        col = index.column()
        if col == COL_STATUS:
            value = editor.currentData()  # type: ignore[attr-defined]
        elif col == COL_CRITERION:
            value = combo_id(editor)  # type: ignore[arg-type]
        elif col == COL_LEAD:
            value = list(editor.currentData() or [])  # type: ignore[attr-defined]
        elif col == COL_COOP:
            value = editor.checked()  # type: ignore[attr-defined]
        else:
            value = editor.text()  # type: ignore[attr-defined]
        model.setData(index, value, Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,  # noqa: N802 (Qt API)
                             index: QModelIndex) -> None:
        """Wider than the cell where the editor needs room; kept inside the list, starting at the cell."""
        rect = QRect(option.rect)
        area = editor.parentWidget().rect() if editor.parentWidget() else rect
        col = index.column()
        wanted = {COL_TIMELINE: 430, COL_COOP: 400, COL_LEAD: 240, COL_CRITERION: 240}.get(col, 0)
        if wanted > rect.width():
            room = area.right() - rect.left()
            if room >= wanted or room >= rect.width():
                rect.setWidth(max(min(wanted, room), rect.width()))
            if rect.right() > area.right():  # the last columns: open towards the left instead
                rect.moveRight(area.right())
        if col == COL_COOP:
            rect.setHeight(min(editor.preferred_height(), area.height()))  # type: ignore[attr-defined]
            if rect.bottom() > area.bottom():
                rect.moveBottom(area.bottom())
        rect.moveLeft(max(rect.left(), 0))
        rect.moveTop(max(rect.top(), 0))
        editor.setGeometry(rect)


class TaskItemDelegate(TaskEditDelegate):
    """The editors of TaskEditDelegate, for the columns whose text may be too long for its cell: it is cut
    between words (unit lists between names, “VP, TTr +2”); the cell's
    tooltip has it whole."""

    def __init__(self, model: TaskTreeModel, parent: QObject | None = None):
        super().__init__(model, parent)
        # Every repaint (each filter keystroke repaints the visible rows) would measure the same texts again:
        # the room per column width and the cut text per (column, text, room) are kept. Widths and texts
        # repeat; a cap keeps the memory bounded.
        self._rooms: dict[tuple[int, int, int], int] = {}
        self._cut: dict[tuple[int, str, int], str] = {}

    def _room(self, option: QStyleOptionViewItem, col: int) -> int:
        key = (col, option.rect.width(), int(option.features.value if hasattr(option.features, "value")
                                               else option.features))
        room = self._rooms.get(key)
        if room is None:
            widget = option.widget
            style = widget.style() if widget is not None else QApplication.style()
            # The room the style draws text in: its text rectangle less the margin it keeps on each side.
            margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
            room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget).width() - 2 * margin
            self._rooms[key] = room
        return room

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # noqa: N802 (Qt API)
        super().initStyleOption(option, index)
        col = index.column()
        if (col not in _WORD_ELIDED and col not in _UNIT_COLUMNS) or not option.text:
            return
        room = self._room(option, col)
        key = (col, option.text, room)
        cut = self._cut.get(key)
        if cut is None:
            cut = self._fit(option, index, col, room)
            if len(self._cut) > 20000:
                self._cut.clear()
            self._cut[key] = cut
        option.text = cut

    def _fit(self, option: QStyleOptionViewItem, index: QModelIndex, col: int, room: int) -> str:
        fm = option.fontMetrics
        if room <= 0 or fm.horizontalAdvance(option.text) <= room:
            return option.text
        if col in _UNIT_COLUMNS:
            model = index.model()
            src = model.mapToSource(index) if hasattr(model, "mapToSource") else index
            row = self.model.row_of(src)
            if row is not None:
                ids = row.task.lead_unit_ids if col == COL_LEAD else row.task.coop_unit_ids
                units = self.model.units
                names = [(units[u].short_name or units[u].name) if u in units else "?" for u in ids]
                return fit_names(names, room, fm)
        return elide_words(option.text, room, fm)


ELIDED_COLUMNS = _WORD_ELIDED | _UNIT_COLUMNS


class CommitPlainTextEdit(QPlainTextEdit):
    """A long-text field saved as one action when it loses focus or on Ctrl+Enter; Esc reverts."""

    committed = Signal()
    reverted = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
                event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.committed.emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.reverted.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().focusOutEvent(event)
        self.committed.emit()


class TaskDetailPane(QScrollArea):
    """The selected task in full. Each field saves as one undoable action through the tab: long texts
    on leaving the field or Ctrl+Enter, one-line fields on Enter or leaving, combos on choosing."""

    TEXT_FIELDS = ("content", "objective", "output", "result")

    def __init__(self, tab, parent: QWidget | None = None):
        super().__init__(parent or tab)
        self.tab = tab
        self.task: Task | None = None
        self._flushing = False
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMinimumWidth(300)
        body = QWidget(self)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(8, 2, 8, 8)
        outer.setSpacing(6)
        self.title = QLabel(body)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.meta = QLabel(body)
        self.meta.setWordWrap(True)
        self.meta.setTextFormat(Qt.TextFormat.RichText)
        self.meta.setStyleSheet("color: #444;")
        self.empty = QLabel(translate("TasksTab", "Select a task to see and edit it here."), body)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #777; padding: 40px 8px;")
        outer.addWidget(self.title)
        outer.addWidget(self.meta)
        outer.addWidget(self.empty)

        self.form_box = QWidget(body)
        grid = QGridLayout(self.form_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(3)
        grid.setColumnStretch(1, 1)
        self._grid = grid
        self.fields: dict[str, CommitPlainTextEdit] = {}
        heights = {"content": 88, "objective": 40, "output": 40, "result": 48}
        labels = {"content": translate("TasksTab", "Task (Ctrl+Enter saves)"),
                  "objective": translate("TasksTab", "Objective"),
                  "output": translate("TasksTab", "Output / product"),
                  "result": translate("TasksTab", "Result achieved")}
        for name in ("content", "objective", "output"):
            self._stacked(labels[name], self._text_field(name, heights[name]))
        self.criterion = ElidingComboBox(self.form_box, min_chars=12, popup_width=520)
        self.criterion.activated.connect(lambda _i: self._save("criterion_id", combo_id(self.criterion)))
        self._stacked(translate("TasksTab", "Criterion"), self.criterion)
        self.target = ElidingComboBox(self.form_box, min_chars=12, popup_width=520)
        self.target.activated.connect(lambda _i: self._save("target_id", combo_id(self.target)))
        self.target_caption = self._stacked(translate("TasksTab", "Target"), self.target)
        self.units_note = QLineEdit(self.form_box)
        self.units_note.setPlaceholderText(translate("TasksTab", "e.g. theo chức năng, nhiệm vụ được giao"))
        self.units_note.editingFinished.connect(lambda: self._save("units_note", self.units_note.text()))
        self._inline(translate("TasksTab", "Note on the units"), self.units_note)
        self.completed_on = QLineEdit(self.form_box)
        self.completed_on.setPlaceholderText(translate("TasksTab", "dd/mm/yyyy"))
        self.completed_on.setMaximumWidth(130)
        self.completed_on.editingFinished.connect(
            lambda: self._save("completed_on", self.completed_on.text()))
        self._inline(translate("TasksTab", "Completed on"), self.completed_on)
        self._stacked(labels["result"], self._text_field("result", heights["result"]))
        self.progress_tabs = QTabWidget(self.form_box)
        self.progress_tabs.setDocumentMode(True)
        self.progress: dict[str, CommitPlainTextEdit] = {}
        for p in STANDARD_PERIODS:
            edit = CommitPlainTextEdit(self.progress_tabs)
            edit.setPlaceholderText(translate("TasksTab", "What was done by the end of this period"))
            edit.setFixedHeight(56)
            edit.committed.connect(lambda p=p: self._save_progress(str(p)))
            edit.reverted.connect(self._show_values)
            self.progress[str(p)] = edit
            self.progress_tabs.addTab(edit, period_labels()[p])
        self.progress_caption = self._stacked("", self.progress_tabs)
        outer.addWidget(self.form_box)
        outer.addStretch(1)
        self.setWidget(body)
        self.show_task(None)

    def _caption(self, text: str) -> QLabel:
        label = QLabel(text, self.form_box)
        label.setStyleSheet("color: #555; font-weight: 600;")
        return label

    def _stacked(self, caption: str, widget: QWidget) -> QLabel:
        """A caption above a wide field (long texts)."""
        label = self._caption(caption)
        row = self._grid.rowCount()
        self._grid.addWidget(label, row, 0, 1, 2)
        self._grid.addWidget(widget, row + 1, 0, 1, 2)
        return label

    def _inline(self, caption: str, widget: QWidget) -> QLabel:
        """A caption left of a one-line field."""
        label = self._caption(caption)
        label.setBuddy(widget)
        row = self._grid.rowCount()
        self._grid.addWidget(label, row, 0)
        self._grid.addWidget(widget, row, 1)
        return label

    def _text_field(self, name: str, height: int) -> CommitPlainTextEdit:
        edit = CommitPlainTextEdit(self.form_box)
        edit.setFixedHeight(height)
        edit.committed.connect(lambda: self._save(name, self.fields[name].toPlainText()))
        edit.reverted.connect(self._show_values)
        self.fields[name] = edit
        return edit

    # -- showing ---------------------------------------------------------------
    def show_many(self, count: int) -> None:
        self.flush()
        self.task = None
        selected = translate("TasksTab", "{0} tasks selected").format(count)
        self.title.setText(f"<b>{html.escape(selected)}</b>")
        self.meta.setText(html.escape(translate(
            "TasksTab", "“Change status…” and “Link criterion…” apply to all of them.")))
        self.empty.hide()
        self.form_box.hide()

    def show_task(self, row: TaskRow | None) -> None:
        same = row is not None and self.task is not None and row.task.id == self.task.id
        if not same:
            self.flush()
        self.task = row.task if row is not None else None
        self.empty.setVisible(row is None)
        self.form_box.setVisible(row is not None)
        self.title.setVisible(row is not None)
        self.meta.setVisible(row is not None)
        if row is None:
            return
        model = self.tab.model
        t = row.task
        status = html.escape(outcome_labels()[row.outcome])
        colour = "#a4262c" if row.overdue else ("#2e7d32" if t.status == "done" else "#1d3557")
        code = html.escape(model.number_of(t.id) or "—")
        heading = html.escape(translate("TasksTab", "Task {0}")).format(code)
        self.title.setText(f"<span style='font-size:11pt'><b>{heading}</b></span>"
                           f" &nbsp;<span style='color:{colour}'><b>{status}</b></span>")
        names = [model.units[u].name if u in model.units else "?" for u in t.lead_unit_ids]
        coop = [model.units[u].name if u in model.units else "?" for u in t.coop_unit_ids]
        lines = [(translate("TasksTab", "Lead:"), "; ".join(names) or "—"),
                 (translate("TasksTab", "Coordinating:"), "; ".join(coop) or "—"),
                 (translate("TasksTab", "Timeline:"), self._timeline_text(t.timeline, model.plan_year))]
        self.meta.setText("<br>".join(f"<b>{html.escape(k)}</b> {html.escape(v)}" for k, v in lines))
        readonly = model.readonly
        for w in (*self.fields.values(), *self.progress.values(), self.units_note):
            w.setReadOnly(readonly)
        # Only a task “Hoàn thành” has a completion date (choosing that status stamps today; the date
        # can then be corrected here); an open task's date would be flagged by the file check. An open task
        # that has one anyway (the status cell used to stamp it) stays editable so that it can be cleared.
        done = t.status == TaskStatus.DONE
        self.completed_on.setReadOnly(readonly or (not done and t.completed_on is None))
        self.completed_on.setToolTip("" if done else translate(
            "TasksTab", "Set the status to “{0}” first; the completion date is then today and can be "
                        "corrected here.").format(status_labels()[TaskStatus.DONE]))
        for combo in (self.criterion, self.target):
            combo.setEnabled(not readonly)
        fill_criterion_combo(self.criterion, model, t.criterion_id)
        self.target.clear()
        self.target.addItem(translate("TasksTab", "(no target)"), NO_ID)
        for tid, label in model.targets.items():
            self.target.addItem(one_line(label), tid)
        self.target.setCurrentIndex(max(self.target.findData(t.target_id or NO_ID), 0))
        has_targets = bool(model.targets)
        self.target.setVisible(has_targets)
        self.target_caption.setVisible(has_targets)
        self.progress_caption.setText(translate("TasksTab", "Progress in {0}").format(model.plan_year))
        for i, p in enumerate(STANDARD_PERIODS):
            note = t.progress.get((model.plan_year, str(p)), "")
            self.progress_tabs.setTabText(i, period_labels()[p] + (" •" if note else ""))
            self.progress_tabs.setTabToolTip(i, period_title(p, model.plan_year))
        self._show_values(keep_focused=same)

    @staticmethod
    def _timeline_text(timeline: str, plan_year: int) -> str:
        """“Năm 2023 → Hạn: 31/12/2023”; “Thường xuyên — không có hạn” without saying Thường xuyên twice."""
        hint = timeline_hint(timeline, plan_year)
        text = one_line(timeline)
        if not text:
            return "—"
        return hint if text and hint.startswith(text) else f"{text}  {hint}".strip()

    def _show_values(self, keep_focused: bool = False) -> None:
        """Put the stored values in the fields; a field being typed in keeps its text after another saves."""
        t = self.task
        if t is None:
            return
        year = self.tab.model.plan_year

        def put(widget, text: str) -> None:
            if keep_focused and widget.hasFocus():
                return
            current = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
            if current != text:
                if isinstance(widget, QPlainTextEdit):
                    widget.setPlainText(text)
                else:
                    widget.setText(text)
                    widget.setCursorPosition(0)  # show the start of a long note

        for name, edit in self.fields.items():
            put(edit, getattr(t, name))
        for p, edit in self.progress.items():
            put(edit, t.progress.get((year, p), ""))
        put(self.units_note, t.units_note)
        put(self.completed_on, date_input(t.completed_on))

    # -- saving ------------------------------------------------------------------
    def _pending(self, t: Task) -> list[tuple[str, str, object]]:
        """Fields whose text differs from the stored task: ("field"|"progress", name, value)."""
        year = self.tab.model.plan_year
        out: list[tuple[str, str, object]] = []
        for name, edit in self.fields.items():
            if edit.toPlainText().strip() != (getattr(t, name) or "").strip():
                out.append(("field", name, edit.toPlainText()))
        if self.units_note.text().strip() != t.units_note.strip():
            out.append(("field", "units_note", self.units_note.text()))
        if self.completed_on.text().strip() != date_input(t.completed_on):
            out.append(("field", "completed_on", self.completed_on.text()))
        for p, edit in self.progress.items():
            if edit.toPlainText().strip() != t.progress.get((year, p), "").strip():
                out.append(("progress", p, edit.toPlainText()))
        return out

    def flush(self) -> None:
        """Save what is being typed (before another task is shown or the tab is left)."""
        t = self.task
        if t is None or self._flushing or self.tab.model.readonly:
            return
        self._flushing = True  # each save refreshes the tab, which calls show_task again
        try:
            for kind, name, value in self._pending(t):
                if kind == "field":
                    self.tab.edit_fields(t.id, None, **{name: value})
                else:
                    self.tab.set_progress(t.id, name, str(value))
        finally:
            self._flushing = False

    def _save(self, name: str, value) -> None:
        t = self.task
        if t is None or self._flushing or self.tab.model.readonly:
            return
        current = getattr(t, name)
        if name == "completed_on":
            if value.strip() == date_input(current):
                return
        elif isinstance(value, str):
            if value.strip() == (current or "").strip():
                return
        elif value == current:
            return
        if not self.tab.edit_fields(t.id, None, **{name: value}):
            self._show_values()  # refused: show what is stored again

    def _save_progress(self, period: str) -> None:
        t = self.task
        if t is None or self._flushing or self.tab.model.readonly:
            return
        note = self.progress[period].toPlainText()
        if note.strip() == t.progress.get((self.tab.model.plan_year, period), "").strip():
            return
        if not self.tab.set_progress(t.id, period, note):
            self._show_values()
