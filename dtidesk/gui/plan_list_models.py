"""The table model shared by the target, project and directive lists, and the filter proxy over it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QSortFilterProxyModel, Qt

from ..domain.models import Unit
from ..domain.text import fold
from ..services import plans as plan_ops
from ..services.units import list_units
from . import plan_list_commands
from .session import Session
from .task_model import one_line, rich_tip

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 11
_ROOT = QModelIndex()


@dataclass(frozen=True)
class Column:
    key: str
    field: str = ""  # the use case's field an inline edit writes; "" is read only
    editor: str = "text"  # text, number, threshold, unit, status, doc_type, date
    width: int = 100
    stretch: bool = False
    right: bool = False  # numbers line up on the right


class PlanItemTableModel(QAbstractTableModel):
    """One kind's rows of the selected plan; subclasses say the columns and how each cell reads."""

    kind = ""
    COLUMNS: tuple[Column, ...] = ()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.session: Session | None = None
        self.plan_id: int | None = None
        self.plan_year: int | None = None
        self.rows: list = []
        self.units: list[Unit] = []
        self.readonly = True
        self.editing = False  # a cell edit is being saved: reloads wait until it has returned

    # -- what subclasses say ---------------------------------------------------------
    def read_rows(self, session: Session, plan_id: int) -> list:
        raise NotImplementedError

    def item_of(self, row) -> object:
        raise NotImplementedError

    def headers(self) -> list[tuple[str, str]]:
        """(title, tooltip) per column, in the interface language."""
        raise NotImplementedError

    def display(self, row, key: str) -> str:
        raise NotImplementedError

    def edit_value(self, row, key: str) -> object:
        return self.display(row, key)

    def cell_tip(self, row, key: str) -> str:
        return ""

    def foreground(self, row, key: str):
        return None

    def filter_units(self, row) -> set[int]:
        return set()

    def filter_state(self, row) -> str:
        return ""

    # -- loading --------------------------------------------------------------------
    def set_plan(self, session: Session | None, plan_id: int | None) -> None:
        self.session, self.plan_id = session, plan_id
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        s = self.session
        if s is None or self.plan_id is None:
            self.rows, self.units, self.readonly, self.plan_year = [], [], True, None
        else:
            plan = plan_ops.find_plan(s.af, self.plan_id)
            self.plan_year = plan.year if plan else None
            self.units = list_units(s.af)
            self.rows = self.read_rows(s, self.plan_id) if plan else []
            self.readonly = s.af.readonly
        self.endResetModel()

    def item_id(self, row: int) -> int | None:
        return self.item_of(self.rows[row]).id if 0 <= row < len(self.rows) else None  # type: ignore[attr-defined]

    def row_of_id(self, item_id: int) -> int:
        for i, r in enumerate(self.rows):
            if self.item_of(r).id == item_id:  # type: ignore[attr-defined]
                return i
        return -1

    def unit_name(self, unit_id: int | None) -> str:
        return next((u.name for u in self.units if u.id == unit_id), "")

    # -- Qt model -------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = _ROOT) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = _ROOT) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt API)
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        title, tip = self.headers()[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return title
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip or title
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if not self.readonly and self.COLUMNS[index.column()].field:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        r, col = self.rows[index.row()], self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return one_line(self.display(r, col.key))
        if role == Qt.ItemDataRole.EditRole:
            return self.edit_value(r, col.key)
        if role == Qt.ItemDataRole.ToolTipRole:
            # Cells are cut with “…” at the column's edge: the tooltip always holds the whole text.
            return rich_tip(self.cell_tip(r, col.key) or self.display(r, col.key))
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(r, col.key)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ITEM_ID_ROLE:
            return self.item_of(r).id  # type: ignore[attr-defined]
        return None

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self.session is None or self.readonly:
            return False
        r, col = self.rows[index.row()], self.COLUMNS[index.column()]
        current = self.edit_value(r, col.key)
        if value == current or (isinstance(value, str) and one_line(value) == one_line(str(current or ""))):
            return True
        item_id = self.item_of(r).id  # type: ignore[attr-defined]
        cmd = plan_list_commands.edit_item(self.session, self.kind, item_id, **{col.field: value})
        self.editing = True
        try:
            return self.session.execute(cmd)
        finally:
            self.editing = False


class PlanItemFilterProxyModel(QSortFilterProxyModel):
    """Diacritics-blind words (every one must occur), a unit, and a kind's own state (met, status, type)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.words: list[str] = []
        self.unit_id: int | None = None
        self.state = ""

    def set_filters(self, text: str = "", unit_id: int | None = None, state: str = "") -> None:
        self.beginFilterChange()
        self.words, self.unit_id, self.state = fold(text).split(), unit_id, state
        self.endFilterChange()

    def active(self) -> bool:
        return bool(self.words or self.unit_id is not None or self.state)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:  # noqa: N802 (Qt API)
        model = self.sourceModel()
        if not isinstance(model, PlanItemTableModel) or source_row >= len(model.rows):
            return True
        r = model.rows[source_row]
        if self.words and not all(w in r.search_key for w in self.words):
            return False
        if self.unit_id is not None and self.unit_id not in model.filter_units(r):
            return False
        return not self.state or model.filter_state(r) == self.state
