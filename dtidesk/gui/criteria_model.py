"""The framework tree of one assessment year: total, component indices and criteria, with scores editable in place."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ..domain.scores import ScoreNode
from ..domain.text import matches
from ..domain.validation import check_rank
from ..errors import DtideskError
from ..services.scoring import AssessmentView
from . import score_commands
from .locale_format import fmt_number, fmt_percent, fmt_score, number_input
from .session import Session

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class Col(IntEnum):
    CODE = 0
    NAME = 1
    MAX = 2
    PREVIOUS = 3
    SELF = 4
    APPRAISED = 5
    DEDUCTION = 6
    PERCENT = 7
    RANK = 8
    EVIDENCE = 9
    TASKS = 10


SCORE_FIELD = {Col.SELF: "self_score", Col.APPRAISED: "appraised_score"}
NUMERIC = {Col.MAX, Col.PREVIOUS, Col.SELF, Col.APPRAISED, Col.DEDUCTION, Col.PERCENT}
CENTERED = {Col.RANK, Col.EVIDENCE, Col.TASKS}
ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3

TOTAL_BG = QColor("#d9e4f0")
GROUP_BG = QColor("#edf2f8")
LOSS_BG = QColor("#fff0c7")  # amber: the criterion lost points at appraisal
CUT_BG = QColor("#f6cfcc")  # the appraisal gave less than the self score
LOSS_FG = QColor("#9c1c1c")
MUTED_FG = QColor("#8a8f98")
# A typed value was refused: the cell stays marked until a good one is saved. Stronger than CUT_BG, which
# the legend gives another meaning.
REFUSED_BG = QColor("#e88a84")
TOTAL_ID = 0

_RANK = re.compile(r"\s*(\d+)?\s*(?:/\s*(\d+)\s*)?")


def parse_rank(text: str) -> tuple[int | None, int | None, bool] | None:
    """"3/18" → (3, 18); "3" keeps the count (third item False); "" clears; None when malformed."""
    m = _RANK.fullmatch(text.replace("–", "").replace("-", ""))
    if m is None:
        return None
    rank, of = m.groups()
    has_of = "/" in text or not text.strip()
    return (int(rank) if rank else None, int(of) if of else None, has_of)


@dataclass(eq=False)
class _Row:
    key: int
    node: ScoreNode
    parent: _Row | None
    row: int
    children: list[_Row] = field(default_factory=list)


class CriteriaTreeModel(QAbstractItemModel):
    # Why the last typed value was refused (Vietnamese, naming the cell), "" once that no longer holds.
    # Refusals are shown at the cell and under the table, not in a box to click away (see CriteriaTab).
    refusal_changed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._refused: tuple[int, int, str] | None = None  # (row key, column, message)
        self.session: Session | None = None
        self.view: AssessmentView | None = None
        self._roots: list[_Row] = []
        self._rows: dict[int, _Row] = {}  # internalId → row
        self._by_id: dict[int, _Row] = {}  # indicator id (0: total) → row
        self._previous: dict[int, Decimal | None] = {}
        self._evidence: dict[int, int] = {}
        self._tasks: dict[int, int] = {}
        self._shape: tuple = ()
        self.headers = [
            (self.tr("Code"), self.tr("Code of the index or criterion")),
            (self.tr("Criterion"), self.tr("Component index or criterion")),
            (self.tr("Max"), self.tr("Maximum score")),
            (self.tr("Last year"), self.tr("Appraised score of the year before")),
            (self.tr("Self"), self.tr("Self score (double-click to edit)")),
            (self.tr("Appraised"), self.tr("Appraised score, the one that counts (double-click to edit)")),
            (self.tr("Deduction"), self.tr("Points lost: maximum minus appraised score")),
            (self.tr("%"), self.tr("Appraised score as a percent of the maximum")),
            (self.tr("Rank"), self.tr("Rank among the agencies, e.g. 3/18 (double-click to edit)")),
            (self.tr("Evidence"), self.tr("Number of evidence documents")),
            (self.tr("Tasks"), self.tr("Number of linked tasks (double-click to open them)")),
        ]

    # -- loading ---------------------------------------------------------
    def set_session(self, session: Session | None) -> None:
        self.session = session

    def set_view(self, view: AssessmentView | None) -> None:
        """Same framework and assessment: update in place, so expansion, selection and editors survive."""
        shape = self._shape_of(view)
        if view is not None and shape == self._shape:
            self.view = view
            self._load_numbers(view)
            nodes = {n.id: n for n in view.tree.nodes}
            nodes[TOTAL_ID] = view.tree.total
            for indicator_id, row in self._by_id.items():
                row.node = nodes[indicator_id]
            self._emit_changed(QModelIndex(), self._roots)
            return
        self.beginResetModel()
        self.view = view
        self._shape = shape
        if self._refused is not None:  # the row keys are about to change
            self._refused = None
            self.refusal_changed.emit("")
        self._roots, self._rows, self._by_id = [], {}, {}
        if view is not None:
            self._load_numbers(view)
            self._build(view)
        self.endResetModel()

    def would_reset(self, view: AssessmentView | None) -> bool:
        """True when set_view(view) resets the model (another framework, assessment or tree)."""
        return view is None or self._shape_of(view) != self._shape

    @staticmethod
    def _shape_of(view: AssessmentView | None) -> tuple:
        if view is None:
            return ()
        return (view.framework.id, view.assessment.id if view.assessment else None,
                tuple((n.id, n.parent) for n in view.tree.nodes))

    def _load_numbers(self, view: AssessmentView) -> None:
        prev = view.previous
        self._previous = {n.id: n.appraised_score for n in prev.nodes} if prev else {}
        if prev:
            self._previous[TOTAL_ID] = prev.total.appraised_score
        self._evidence = self._summed(view, view.evidence_counts)
        self._tasks = self._summed(view, view.task_counts)

    @staticmethod
    def _summed(view: AssessmentView, counts: dict[int, int]) -> dict[int, int]:
        out: dict[int, int] = {}

        def visit(node: ScoreNode) -> int:
            n = counts.get(node.id, 0) if node.kind == "criterion" else sum(visit(c) for c in node.children)
            out[node.id] = n
            return n

        out[TOTAL_ID] = sum(visit(r) for r in view.tree.total.children)
        return out

    def _build(self, view: AssessmentView) -> None:
        def add(node: ScoreNode, parent: _Row | None, siblings: list[_Row]) -> _Row:
            row = _Row(len(self._rows) + 1, node, parent, len(siblings))
            siblings.append(row)
            self._rows[row.key] = row
            self._by_id[node.id] = row
            return row

        add(view.tree.total, None, self._roots)  # key 1; the total stays on top, always in sight

        def visit(node: ScoreNode, parent: _Row | None) -> None:
            row = add(node, parent, parent.children if parent else self._roots)
            for child in node.children:
                visit(child, row)

        for root in view.tree.total.children:
            visit(root, None)

    def _emit_changed(self, parent: QModelIndex, rows: list[_Row]) -> None:
        if not rows:
            return
        self.dataChanged.emit(self.index(0, 0, parent), self.index(len(rows) - 1, len(Col) - 1, parent))
        for r in rows:
            if r.children:
                self._emit_changed(self.index(r.row, 0, parent), r.children)

    # -- lookup ------------------------------------------------------------
    def node(self, index: Index) -> ScoreNode | None:
        row = self._rows.get(index.internalId()) if index.isValid() else None
        return row.node if row else None

    def index_of(self, indicator_id: int, column: int = 0) -> QModelIndex:
        row = self._by_id.get(indicator_id)
        return self.createIndex(row.row, column, row.key) if row else QModelIndex()

    def editable(self) -> bool:
        return bool(self.session and self.view and self.view.assessment and not self.session.af.readonly)

    # -- QAbstractItemModel --------------------------------------------------
    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        siblings = self._children(parent)
        if 0 <= row < len(siblings) and 0 <= column < len(Col):
            return self.createIndex(row, column, siblings[row].key)
        return QModelIndex()

    def parent(self, index: Index | None = None):  # type: ignore[override]
        if index is None:
            return super().parent()  # QObject.parent()
        row = self._rows.get(index.internalId()) if index.isValid() else None
        if row is None or row.parent is None:
            return QModelIndex()
        return self.createIndex(row.parent.row, 0, row.parent.key)

    def _children(self, parent: Index) -> list[_Row]:
        if not parent.isValid():
            return self._roots
        row = self._rows.get(parent.internalId())
        return row.children if row and parent.column() == 0 else []

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 (Qt API)
        return len(self._children(parent))

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 (Qt API)
        return len(Col)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt API)
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Col):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            text = self.headers[section][0]
            # Two short lines ("Thẩm\nđịnh") keep the number columns narrow and leave room for the names.
            return text if section in (Col.CODE, Col.NAME) else "\n".join(text.rsplit(" ", 1))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.headers[section][1]
        if role == Qt.ItemDataRole.TextAlignmentRole and section not in (Col.CODE, Col.NAME):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        node = self.node(index)
        if node is None:
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        col = index.column()
        if self.editable() and ((node.kind == "criterion" and col in SCORE_FIELD)
                                or (node.kind != "criterion" and col == Col.RANK)):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        node = self.node(index)
        if node is None:
            return None
        col = Col(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(node, col)
        if role == Qt.ItemDataRole.EditRole:
            if col in SCORE_FIELD:
                return fmt_number(getattr(node, SCORE_FIELD[col]), 3)
            if col == Col.RANK:
                return self._rank_text(node, "")
            return self._display(node, col)
        if role == Qt.ItemDataRole.FontRole and node.kind != "criterion":
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.BackgroundRole:
            if self._is_refused(index):
                return QBrush(REFUSED_BG)
            return self._background(node, col)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == Col.DEDUCTION and node.loses_points:
                return QBrush(LOSS_FG)
            if col in (Col.EVIDENCE, Col.TASKS) and node.kind == "criterion" and not self._count(node, col):
                return QBrush(MUTED_FG)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col in NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if col in CENTERED:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if self._is_refused(index):
                return self._refused[2]  # type: ignore[index]
            return self._tooltip(node, col)
        if role == ID_ROLE:
            return node.id
        if role == KIND_ROLE:
            return node.kind
        if role == SEARCH_ROLE:
            return f"{node.code} {node.name}"
        return None

    def _count(self, node: ScoreNode, col: Col) -> int:
        key = TOTAL_ID if node.kind == "total" else node.id
        return (self._evidence if col == Col.EVIDENCE else self._tasks).get(key, 0)

    def _display(self, node: ScoreNode, col: Col) -> str:
        if col == Col.CODE:
            return node.code
        if col == Col.NAME:
            if node.kind == "total":
                rating = self.view.tree.rating if self.view else ""
                return self.tr("Total — rating: {0}").format(rating) if rating else self.tr("Total")
            return node.name
        if col == Col.MAX:
            return fmt_score(node.max_score)
        if col == Col.PREVIOUS:
            return fmt_score(self._previous.get(TOTAL_ID if node.kind == "total" else node.id))
        if col == Col.SELF:
            return fmt_score(node.self_score)
        if col == Col.APPRAISED:
            return fmt_score(node.appraised_score)
        if col == Col.DEDUCTION:
            return fmt_score(node.deduction) if node.loses_points else ""
        if col == Col.PERCENT:
            return fmt_percent(node.percent, 1) if node.kind != "criterion" else ""
        if col == Col.RANK:
            return self._rank_text(node, "–")
        return str(self._count(node, col))

    @staticmethod
    def _rank_text(node: ScoreNode, blank: str) -> str:
        if node.kind == "criterion" or (node.rank is None and node.rank_of is None):
            return ""
        rank = str(node.rank) if node.rank is not None else blank
        return f"{rank}/{node.rank_of}" if node.rank_of is not None else rank

    def _background(self, node: ScoreNode, col: Col) -> QBrush | None:
        if node.kind == "total":
            return QBrush(TOTAL_BG)
        if node.kind == "group":
            return QBrush(GROUP_BG)
        diff = node.difference
        if col == Col.APPRAISED and diff:
            return QBrush(CUT_BG)
        if node.loses_points:
            return QBrush(LOSS_BG)
        return None

    def _tooltip(self, node: ScoreNode, col: Col) -> str | None:
        if col in (Col.CODE, Col.NAME):
            return f"{node.code} {node.name}".strip()
        diff = node.difference
        if col in (Col.SELF, Col.APPRAISED) and diff:
            return self.tr("Self score {0} — appraised {1}: cut by {2} points").format(
                fmt_score(node.self_score), fmt_score(node.appraised_score), fmt_score(diff))
        if col == Col.DEDUCTION and node.loses_points:
            return self.tr("Lost {0} of {1} points").format(fmt_score(node.deduction), fmt_score(node.max_score))
        if col == Col.TASKS and node.kind == "criterion":
            return self.tr("Double-click to see the tasks of this criterion")
        return None

    # -- refused input ---------------------------------------------------------
    def refusal(self, index: Index, value) -> str | None:
        """Why `value` typed into this cell would be refused (Vietnamese), or None. Writes nothing."""
        node = self.node(index)
        if node is None or self.session is None:
            return None
        col = index.column()
        if node.kind == "criterion" and col in SCORE_FIELD:
            return score_commands.score_refusal(self.session, node.id, SCORE_FIELD[Col(col)],
                                                "" if value is None else number_input(str(value)))
        if node.kind != "criterion" and col == Col.RANK:
            parsed = parse_rank(str(value or ""))
            if parsed is None:
                return self.tr("Rank: “{0}” is not a rank; write it like 3/18.").format(value)
            rank, rank_of, has_of = parsed
            try:
                check_rank(rank, rank_of if has_of else node.rank_of)
            except DtideskError as exc:
                return exc.message
        return None

    def refuse(self, index: Index, message: str) -> None:
        """Mark the cell and say why; the cell keeps its stored value."""
        old = self._refused_index()
        self._refused = (index.internalId(), index.column(), message)
        for i in (old, self._refused_index()):
            if i.isValid():
                self.dataChanged.emit(i, i, [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole])
        self.refusal_changed.emit(message)

    def clear_refusal(self) -> None:
        if self._refused is None:
            return
        old = self._refused_index()
        self._refused = None
        if old.isValid():
            self.dataChanged.emit(old, old, [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole])
        self.refusal_changed.emit("")

    def refused_message(self) -> str:
        return self._refused[2] if self._refused else ""

    def _is_refused(self, index: Index) -> bool:
        r = self._refused
        return r is not None and r[0] == index.internalId() and r[1] == index.column()

    def _refused_index(self) -> QModelIndex:
        r = self._refused
        row = self._rows.get(r[0]) if r else None
        return self.createIndex(row.row, r[1], row.key) if row and r else QModelIndex()

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        node = self.node(index)
        if role != Qt.ItemDataRole.EditRole or node is None or not self.editable():
            return False
        assert self.session is not None and self.view is not None and self.view.assessment is not None
        message = self.refusal(index, value)
        if message:  # refused before anything is written: no backup, no command, no box
            self.refuse(index, message)
            return False
        self.clear_refusal()
        aid = self.view.assessment.id
        col = index.column()
        if node.kind == "criterion" and col in SCORE_FIELD:
            return score_commands.edit_score(self.session, aid, node.id, node.code, SCORE_FIELD[Col(col)],
                                             "" if value is None else number_input(str(value)))
        if node.kind != "criterion" and col == Col.RANK:
            parsed = parse_rank(str(value or ""))
            assert parsed is not None  # refusal() said so
            rank, rank_of, has_of = parsed
            if not has_of:
                rank_of = node.rank_of
            label = node.code or self.tr("total")
            return score_commands.edit_rank(self.session, aid, None if node.kind == "total" else node.id,
                                            label, rank, rank_of)
        return False


class CriteriaFilterModel(QSortFilterProxyModel):
    """Search by code or name ignoring diacritics; a matching index keeps its criteria, a criterion its index."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.needle = ""
        self.setRecursiveFilteringEnabled(True)
        self.setAutoAcceptChildRows(True)

    def set_needle(self, text: str) -> None:
        self.beginFilterChange()
        self.needle = text
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802 (Qt API)
        if not self.needle.strip():
            return True
        index = self.sourceModel().index(row, 0, parent)
        if index.data(KIND_ROLE) == "total":
            return False
        return matches(str(index.data(SEARCH_ROLE) or ""), self.needle)
