"""The rows of a statistics form (Phụ lục 02 style) for one unit and period, figures typed in place."""

from __future__ import annotations

from decimal import Decimal
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ..domain.forms import FormFinding, FormRow, Value
from ..domain.forms import display as form_display
from ..services.forms import FormValues, RowChange
from .locale_format import fmt_number, fmt_percent, number_input

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class FormCol(IntEnum):
    CODE = 0
    LABEL = 1
    UNIT = 2
    VALUE = 3
    PREVIOUS = 4
    CHANGE = 5


CODE_ROLE = Qt.ItemDataRole.UserRole + 1
ERROR_BG = QColor("#f6cfcc")
WARNING_BG = QColor("#fff0c7")
COMPUTED_BG = QColor("#eef1f5")
GROUP_BG = QColor("#edf2f8")
MUTED_FG = QColor("#6b7280")


def display(row: FormRow, value: Value | None) -> str:
    """A figure in the interface language: "1.044" / "1,044", "45,44%" / "45.44%"."""
    return form_display(row, value, fmt_number, fmt_percent)


def _choice_display(row: FormRow, value: Value | None) -> str:
    for c in row.choices:
        if c.value == value:
            return f"{c.value} — {c.label}"
    return display(row, value)


class FormRowsTableModel(QAbstractTableModel):
    """Read-only except the Số liệu cell of typed rows; edits go out through `edit_requested`."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[FormRow] = []
        self.values: FormValues | None = None
        self.findings: dict[str, list[FormFinding]] = {}
        self.previous: dict[str, RowChange] = {}
        self.on_edit = None  # callable(code, raw) -> bool, set by the panel

    def set_data(self, values: FormValues | None, findings: list[FormFinding],
                 changes: list[RowChange]) -> None:
        self.beginResetModel()
        self.values = values
        self.rows = list(values.form.template.rows) if values else []
        self.findings = {}
        for f in findings:
            self.findings.setdefault(f.row, []).append(f)
        self.previous = {c.code: c for c in changes}
        self.endResetModel()

    def row_of(self, code: str) -> int:
        for i, r in enumerate(self.rows):
            if r.code == code:
                return i
        return -1

    # -- Qt model API ---------------------------------------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(FormCol)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            FormCol.CODE: self.tr("Code"), FormCol.LABEL: self.tr("Indicator"),
            FormCol.UNIT: self.tr("Unit of measure"), FormCol.VALUE: self.tr("Figure"),
            FormCol.PREVIOUS: self.tr("Previous period"), FormCol.CHANGE: self.tr("Change"),
        }[FormCol(section)]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() == FormCol.VALUE and self.rows[index.row()].editable:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.values is None:
            return None
        row = self.rows[index.row()]
        col = FormCol(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(row, col, role == Qt.ItemDataRole.EditRole)
        if role == CODE_ROLE:
            return row.code
        if role == Qt.ItemDataRole.FontRole:
            if row.bold or row.type == "group" or (row.computed and col == FormCol.VALUE):
                f = QFont()
                f.setBold(row.bold or row.type == "group")
                f.setItalic(row.computed and col == FormCol.VALUE)
                return f
            if col == FormCol.VALUE and self._carried(row) is not None:
                f = QFont()
                f.setItalic(True)
                return f
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            found = self.findings.get(row.code)
            if found and col in (FormCol.CODE, FormCol.VALUE):
                return QBrush(ERROR_BG if any(f.severity == "error" for f in found) else WARNING_BG)
            if row.type == "group":
                return QBrush(GROUP_BG)
            if row.computed and col == FormCol.VALUE:
                return QBrush(COMPUTED_BG)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == FormCol.VALUE and self._carried(row) is not None:
                return QBrush(MUTED_FG)
            if col == FormCol.CHANGE:
                ch = self.previous.get(row.code)
                if ch and ch.change is not None and ch.change < 0:
                    return QBrush(QColor("#9c1c1c"))
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (FormCol.VALUE, FormCol.PREVIOUS, FormCol.CHANGE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or index.column() != FormCol.VALUE or self.on_edit is None:
            return False
        row = self.rows[index.row()]
        text = "" if value is None else str(value)
        if row.type in ("integer", "decimal", "percent"):  # typed in the interface language's notation
            sign = text.strip().endswith("%")
            text = number_input(text.strip().rstrip("%").strip()) + ("%" if sign else "")
        return bool(self.on_edit(row.code, text))

    # -- helpers --------------------------------------------------------------------------------------
    def _carried(self, row: FormRow) -> Value | None:
        v = self.values
        if v is None or row.code in v.typed:
            return None
        return v.carried.get(row.code)

    def _text(self, row: FormRow, col: FormCol, editing: bool) -> str:
        assert self.values is not None
        if col == FormCol.CODE:
            return row.code
        if col == FormCol.LABEL:
            return "    " * row.level + row.label
        if col == FormCol.UNIT:
            return row.choice_text() if row.type == "choice" else row.unit
        if col == FormCol.VALUE:
            value = self.values.value(row.code)
            if value is None:
                carried = self._carried(row)
                return "" if editing or carried is None else display(row, carried)
            if editing:
                return display(row, value).rstrip("%") if row.type != "choice" else str(value)
            return _choice_display(row, value) if row.type == "choice" else display(row, value)
        ch = self.previous.get(row.code)
        if ch is None:
            return ""
        if col == FormCol.PREVIOUS:
            return _choice_display(row, ch.previous) if row.type == "choice" else display(row, ch.previous)
        if ch.change is None:
            return ""
        sign = "+" if ch.change > 0 else ""
        digits = 0 if row.type == "integer" else 2
        text = fmt_number(ch.change, digits) if isinstance(ch.change, Decimal) else str(ch.change)
        return self.tr("{0} pts").format(sign + text) if row.type == "percent" else sign + text

    def _tooltip(self, row: FormRow, col: FormCol) -> str | None:
        lines = [f.message for f in self.findings.get(row.code, [])]
        if col in (FormCol.LABEL, FormCol.UNIT):  # the whole text of a cell the view may have cut
            whole = self.data(self.index(self.rows.index(row), col))
            if whole:
                lines.insert(0, str(whole))
        if row.note:
            lines.append(row.note)
        if row.computed:
            lines.append(self.tr("Computed: {0}").format(row.formula.describe() if row.formula else ""))
        if col == FormCol.VALUE and self._carried(row) is not None:
            lines.append(self.tr("Cumulative figure carried from the previous period; type a figure to replace it."))
        return "\n".join(lines) or None
