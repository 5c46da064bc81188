"""Inline editors of the plan lists: text, numbers, thresholds, dates, a unit, a status, a document type."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ..domain.plan_items import doc_type_names
from ..domain.status import TaskStatus
from .elide import elide_words
from .labels import status_labels
from .locale_format import number_input
from .plan_list_models import PlanItemTableModel

translate = QCoreApplication.translate  # called with literals so that pyside6-lupdate finds them
NO_UNIT = -1  # item data of "(no unit)": never None (see tasks_tab.ALL_ITEMS)


class PlanItemDelegate(QStyledItemDelegate):
    """Enter saves, Esc cancels, as in the task list; each save is one undoable action."""

    def __init__(self, model: PlanItemTableModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model

    def _column(self, index: QModelIndex):
        return self.model.COLUMNS[index.column()]

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # noqa: N802 (Qt API)
        """Text that does not fit is cut between words, never inside one (its tooltip holds all of it)."""
        super().initStyleOption(option, index)
        if not option.text or self._column(index).right:
            return
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget).width() - 2 * margin
        if room > 0 and option.fontMetrics.horizontalAdvance(option.text) > room:
            option.text = elide_words(option.text, room, option.fontMetrics)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:  # noqa: N802
        editor = self._column(index).editor
        if editor == "unit":
            combo = QComboBox(parent)
            combo.addItem(translate("PlanListsTab", "(no unit)"), NO_UNIT)
            current = index.data(Qt.ItemDataRole.EditRole)
            for u in self.model.units:
                if u.active or u.id == current:
                    combo.addItem(u.name, u.id)
                    combo.setItemData(combo.count() - 1, u.name, Qt.ItemDataRole.ToolTipRole)
            combo.view().setMinimumWidth(380)
            return combo
        if editor == "status":
            combo = QComboBox(parent)
            for status, label in status_labels().items():
                combo.addItem(label, str(status))
            return combo
        if editor == "doc_type":
            combo = QComboBox(parent)
            combo.setEditable(True)
            combo.addItems(doc_type_names())
            combo.view().setMinimumWidth(160)
            return combo
        line = QLineEdit(parent)
        if editor == "date":
            line.setPlaceholderText(translate("PlanListsTab", "day/month/year"))
        elif editor == "threshold":
            line.setPlaceholderText("≥ 97%")
        return line

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox) and not editor.isEditable():
            want = NO_UNIT if value is None else value
            editor.setCurrentIndex(max(editor.findData(want), 0))
            if self._column(index).editor == "status" and value is None:
                editor.setCurrentIndex(editor.findData(str(TaskStatus.NOT_STARTED)))
        elif isinstance(editor, QComboBox):
            editor.setEditText(str(value or ""))
        elif isinstance(editor, QLineEdit):
            editor.setText(str(value or ""))
            editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex) -> None:  # noqa: N802
        kind = self._column(index).editor
        if isinstance(editor, QComboBox) and not editor.isEditable():
            value = editor.currentData()
            model.setData(index, None if value == NO_UNIT else value, Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentText().strip(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            text = editor.text()
            model.setData(index, number_input(text) if kind == "number" else text, Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                             index: QModelIndex) -> None:
        rect = option.rect
        if isinstance(editor, QComboBox):  # a combo needs more room than a narrow column
            rect.setWidth(max(rect.width(), 160))
        editor.setGeometry(rect)
