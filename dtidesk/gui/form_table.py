"""Editor for statistics forms of kind "table" (e.g. TTHC results by field): rows added, edited, removed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.forms import FormFinding, FormTemplate

ERROR_BG = QColor("#f6cfcc")
WARNING_BG = QColor("#fff0c7")
COMPUTED_BG = QColor("#eef1f5")


class FormTableEditor(QWidget):
    """Shows a table form's rows; every committed edit emits the whole table (stored as one undo step)."""

    rows_edited = Signal(list)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.template: FormTemplate | None = None
        self.rows: list[dict] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.add_btn = QPushButton(self.tr("Add row"))
        self.add_btn.setShortcut(QKeySequence("Ctrl+Ins"))
        self.delete_btn = QPushButton(self.tr("Delete row"))
        self.up_btn = QPushButton(self.tr("Move up"))
        self.down_btn = QPushButton(self.tr("Move down"))
        for b in (self.add_btn, self.delete_btn, self.up_btn, self.down_btn):
            bar.addWidget(b)
        bar.addStretch(1)
        lay.addLayout(bar)
        self.table = QTableWidget(0, 0)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        lay.addWidget(self.table, 1)
        self.add_btn.clicked.connect(self.add_row)
        self.delete_btn.clicked.connect(self.delete_row)
        self.up_btn.clicked.connect(lambda: self.move_row(-1))
        self.down_btn.clicked.connect(lambda: self.move_row(1))
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_row,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.table.itemChanged.connect(self._item_changed)

    def kind_labels(self) -> dict[str, str]:
        return {"total": self.tr("Total"), "field": self.tr("Field (group)"), "procedure": self.tr("Procedure")}

    def set_rows(self, template: FormTemplate | None, rows: list[dict], findings: list[FormFinding]) -> None:
        self.template = template
        self.rows = [dict(r) for r in rows]
        self.table.blockSignals(True)
        self.table.clear()
        cols = list(template.columns) if template else []
        self.table.setColumnCount(len(cols) + 1)
        self.table.setHorizontalHeaderLabels([self.tr("Row kind")] + [c.label for c in cols])
        self.table.setRowCount(len(self.rows))
        bad = {}
        for f in findings:
            bad.setdefault(f.row, []).append(f)
        bold = QFont(self.table.font())
        bold.setBold(True)
        for i, r in enumerate(self.rows):
            combo = QComboBox()
            for key in (template.row_kinds if template else {}):
                combo.addItem(self.kind_labels().get(key, key), key)
            combo.setCurrentIndex(max(combo.findData(r.get("kind", "")), 0))
            combo.currentIndexChanged.connect(lambda _=0, row=i, c=combo: self._kind_changed(row, c.currentData()))
            self.table.setCellWidget(i, 0, combo)
            found = bad.get(str(i + 1), [])
            for j, c in enumerate(cols, start=1):
                item = QTableWidgetItem(str(r.get(c.key, "") or ""))
                if c.type != "text":
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if r.get("kind") in ("total", "field"):
                    item.setFont(bold)
                # The total, the fields' sub-totals and STT are computed from the procedure rows.
                if c.key == "stt" or (c.type != "text" and r.get("kind") in ("total", "field")):
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    item.setBackground(QBrush(COMPUTED_BG))
                    item.setToolTip(self.tr("Computed from the rows below"))
                mine = [f for f in found if f.col in ("", c.key)]
                if mine:
                    item.setBackground(QBrush(ERROR_BG if any(f.severity == "error" for f in mine) else WARNING_BG))
                    item.setToolTip("\n".join(f.message for f in mine))
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()
        h = self.table.horizontalHeader()
        for j, c in enumerate(cols, start=1):
            if c.key in ("procedure", "field"):
                h.setSectionResizeMode(j, QHeaderView.ResizeMode.Stretch)
        self.table.blockSignals(False)
        editable = template is not None
        for b in (self.add_btn, self.delete_btn, self.up_btn, self.down_btn):
            b.setEnabled(editable)

    def select_row(self, code: str) -> None:
        if code.isdigit() and 0 < int(code) <= self.table.rowCount():
            self.table.selectRow(int(code) - 1)

    def _emit(self) -> None:
        self.rows_edited.emit([dict(r) for r in self.rows])

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self.template is None or item.column() == 0:
            return
        key = self.template.columns[item.column() - 1].key
        text = item.text().strip()
        if text:
            self.rows[item.row()][key] = text
        else:
            self.rows[item.row()].pop(key, None)
        self._emit()

    def _kind_changed(self, row: int, kind: str) -> None:
        if 0 <= row < len(self.rows) and self.rows[row].get("kind") != kind:
            self.rows[row]["kind"] = kind
            self._emit()

    def add_row(self) -> None:
        if self.template is None:
            return
        kinds = list(self.template.row_kinds)
        at = self.table.currentRow() + 1 if self.table.currentRow() >= 0 else len(self.rows)
        # Rows go under a group row (a field) when the form has groups: the first row added is one.
        groups = [k for k in kinds if k not in ("total", kinds[-1])]
        above = {r.get("kind") for r in self.rows[:at]}
        kind = groups[0] if groups and not above.intersection(groups) else (kinds[-1] if kinds else "")
        self.rows.insert(at, {"kind": kind})
        self._emit()
        self.table.setCurrentCell(min(at, self.table.rowCount() - 1), 1)

    def delete_row(self) -> None:
        r = self.table.currentRow()
        if self.template is None or not 0 <= r < len(self.rows):
            return
        del self.rows[r]
        self._emit()

    def move_row(self, step: int) -> None:
        r = self.table.currentRow()
        if self.template is None or not (0 <= r < len(self.rows) and 0 <= r + step < len(self.rows)):
            return
        self.rows[r], self.rows[r + step] = self.rows[r + step], self.rows[r]
        self._emit()
        self.table.selectRow(r + step)
