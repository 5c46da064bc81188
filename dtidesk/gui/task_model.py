"""Tasks of a plan as a two-level tree (group or criterion → tasks), and the filter proxy over it."""

from __future__ import annotations

import datetime as dt
import gc
import html
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from ..domain.models import Indicator, Unit
from ..domain.periods import task_in_period
from ..domain.status import TaskStatus
from ..domain.text import fold
from ..domain.timeline import parse_timeline
from ..services import plans as plan_ops
from ..services.frameworks import linkable_criteria
from ..services.tasks import TaskRow, task_rows
from ..services.units import list_units
from . import task_commands
from .labels import outcome_labels, status_labels
from .locale_format import date_input, fmt_date
from .session import Session

translate = QCoreApplication.translate  # called with literals so that pyside6-lupdate finds them


(COL_CODE, COL_CONTENT, COL_CRITERION, COL_LEAD, COL_COOP, COL_TIMELINE, COL_DUE, COL_STATUS,
 COL_RESULT) = range(9)
COLUMN_COUNT = 9
# Field each inline editor writes (units go through set_task_units, the rest through update_task).
COLUMN_FIELDS = {COL_CODE: "code", COL_CONTENT: "content", COL_CRITERION: "criterion_id", COL_LEAD: "lead",
                 COL_COOP: "coop", COL_TIMELINE: "timeline", COL_DUE: "due_date", COL_STATUS: "status",
                 COL_RESULT: "result"}

TASK_ID_ROLE = Qt.ItemDataRole.UserRole + 1
GROUP_KEY_ROLE = Qt.ItemDataRole.UserRole + 2

# Plain ints and prebuilt flags: Qt calls these methods tens of thousands of times per filter
# change, and Python enum arithmetic per call costs more than the rest of the method.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_TASK_ID = int(TASK_ID_ROLE)
_GROUP_KEY = int(GROUP_KEY_ROLE)
_TASK_FLAGS = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
               | Qt.ItemFlag.ItemNeverHasChildren)
_TASK_FLAGS_RO = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
_GROUP_FLAGS = Qt.ItemFlag.ItemIsEnabled
_CENTER = Qt.AlignmentFlag.AlignCenter
_HEADER_ALIGN = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

OVERDUE_BG = QColor("#fbe3e1")
OVERDUE_FG = QColor("#a4262c")
DONE_FG = QColor("#7c7f85")
DONE_OK_FG = QColor("#2e7d32")
GROUP_BG = QColor("#e9eef5")
GROUP_FG = QColor("#1d3557")

# The status filter matches what the Tình trạng column shows: an overdue task is "overdue" only.
_BUCKET = {"done_on_time": "done", "done_late": "done", "done": "done", "overdue": "overdue",
           "in_progress": "in_progress", "not_started": "not_started"}
NO_GROUP_KEY = ("none", 0)
_ROOT = QModelIndex()  # default argument of the model methods (never modified)


def one_line(text: str) -> str:
    return " ".join(text.split())


def rich_tip(text: str) -> str:
    """Rich text, so Qt word-wraps a long tooltip instead of showing one screen-wide line."""
    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>" if text else ""


@dataclass
class TaskGroup:
    key: tuple  # ("group", id) | ("criterion", id) | NO_GROUP_KEY
    title: str
    tooltip: str
    group_id: int | None = None
    criterion_id: int | None = None
    rows: list[int] = field(default_factory=list)  # indexes into TaskTreeModel.rows


@dataclass
class FilterData:
    """Per task row, computed once per reload so a keystroke only compares strings and numbers."""

    keys: list[str] | None = None  # the rows' search keys, made on the first text search (see search_keys)
    units: list[frozenset[int]] = field(default_factory=list)
    bucket: list[str] = field(default_factory=list)
    overdue: list[bool] = field(default_factory=list)
    due: list[dt.date | None] = field(default_factory=list)
    recurring: list[bool] = field(default_factory=list)
    criterion: list[int | None] = field(default_factory=list)


@dataclass
class _Snapshot:
    """One reading of the plan: everything the model shows, replaced whole on reload."""

    rows: list[TaskRow] = field(default_factory=list)
    groups: list[TaskGroup] = field(default_factory=list)
    units: dict[int, Unit] = field(default_factory=dict)
    criteria: list[Indicator] = field(default_factory=list)
    criterion_by_id: dict[int, Indicator] = field(default_factory=dict)
    targets: dict[int, str] = field(default_factory=dict)
    filter_data: FilterData = field(default_factory=FilterData)
    plan_year: int = field(default_factory=lambda: dt.date.today().year)
    readonly: bool = True
    # Cell texts per row, made when a row is first painted: a plan shows a screenful of its thousands of rows.
    display: list[tuple[str, ...] | None] = field(default_factory=list)
    group_of: list[int] = field(default_factory=list)  # row index → group index
    pos: list[int] = field(default_factory=list)  # row index → row within its group

    def shape(self) -> list[tuple]:
        return [(g.key, [self.rows[i].task.id for i in g.rows]) for g in self.groups]


class TaskTreeModel(QAbstractItemModel):
    """Source model. Group rows are top level (internal id 0); a task row's internal id is its group's
    row + 1. Every edit goes through a task command on the session, never to the store directly."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.session: Session | None = None
        self.plan_id: int | None = None
        self.generation = 0  # bumped on every data change; the proxy recomputes its verdicts lazily
        self.editing = False  # inside setData: the tab defers a structural reload until it returns
        self._bold = QFont()
        self._bold.setBold(True)
        self._apply(_Snapshot())

    # -- loading ----------------------------------------------------------
    def set_plan(self, session: Session | None, plan_id: int | None) -> None:
        self.session, self.plan_id = session, plan_id
        self.beginResetModel()
        self._apply(self._read())
        self.endResetModel()

    def reload(self, allow_reset: bool = True) -> str:
        """Re-read the plan: "same" when the tree kept its shape (only changed rows are announced, so
        editors, selection and scrolling stay put), "reset" when it was rebuilt, "deferred" when it would
        need a rebuild but allow_reset is False (an editor is committing; the caller retries later)."""
        old = self._snap
        new = self._read()
        if new.shape() != old.shape():
            if not allow_reset:
                return "deferred"
            self.beginResetModel()
            self._apply(new)
            self.endResetModel()
            return "reset"
        self._apply(new)
        last = COLUMN_COUNT - 1
        for i, (before, after) in enumerate(zip(old.rows, new.rows, strict=True)):
            if before != after:
                g, r = new.group_of[i], new.pos[i]
                self.dataChanged.emit(self.createIndex(r, 0, g + 1), self.createIndex(r, last, g + 1))
        for g, (before, after) in enumerate(zip(old.groups, new.groups, strict=True)):
            if before.title != after.title:
                self.dataChanged.emit(self.createIndex(g, 0, 0), self.createIndex(g, last, 0))
        return "same"

    def _apply(self, snap: _Snapshot) -> None:
        self._snap = snap
        self.rows, self.groups, self.units = snap.rows, snap.groups, snap.units
        self.criteria, self.criterion_by_id, self.targets = snap.criteria, snap.criterion_by_id, snap.targets
        self.filter_data, self.plan_year, self.readonly = snap.filter_data, snap.plan_year, snap.readonly
        self._display, self._group_of, self._pos_in_group = snap.display, snap.group_of, snap.pos
        self._by_id = {r.task.id: i for i, r in enumerate(snap.rows)}
        self.overdue_count = sum(1 for r in snap.rows if r.overdue)
        self.generation += 1

    def _read(self) -> _Snapshot:
        # Tens of thousands of objects made here all live on in the snapshot: collecting garbage while
        # they are made would only walk them over and over.
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return self._read_plan()
        finally:
            if was_enabled:
                gc.enable()

    def _read_plan(self) -> _Snapshot:
        s, plan_id = self.session, self.plan_id
        plan = plan_ops.find_plan(s.af, plan_id) if s is not None and plan_id is not None else None
        if s is None or plan is None:
            return _Snapshot()
        af = s.af
        units = {u.id: u for u in list_units(af)}
        criteria, by_id = self._criteria_of(plan.assessment_id)
        targets = {t.id: (t.code or t.content) for t in plan_ops.plan_targets(af, plan.id)}
        rows = task_rows(af, plan.id)
        groups, group_of, pos = self._group_rows(af, plan.id, rows, criteria, by_id)
        fd = FilterData()
        for r in rows:
            t = r.task
            fd.units.append(frozenset(t.lead_unit_ids) | frozenset(t.coop_unit_ids))
            fd.bucket.append(_BUCKET[r.outcome])
            fd.overdue.append(r.overdue)
            fd.due.append(t.due_date)
            fd.recurring.append(r.timeline_kind == "recurring")
            fd.criterion.append(t.criterion_id)
        return _Snapshot(rows=rows, groups=groups, units=units, criteria=criteria, criterion_by_id=by_id,
                         targets=targets, filter_data=fd, plan_year=plan.year, readonly=af.readonly,
                         display=[None] * len(rows),
                         group_of=group_of, pos=pos)

    def _criteria_of(self, assessment_id: int | None) -> tuple[list[Indicator], dict[int, Indicator]]:
        return linkable_criteria(self.session.af, assessment_id)  # type: ignore[union-attr]

    @staticmethod
    def _group_rows(af, plan_id: int, rows: list[TaskRow], criteria: list[Indicator],
                    by_id: dict[int, Indicator]) -> tuple[list[TaskGroup], list[int], list[int]]:
        """A task sits under its plan group (with the parent group's heading in front, as the appendix
        prints "I … / 1 …"), else under its criterion, else under "Không thuộc nhóm"."""
        plan_groups = {g.id: g for g in plan_ops.plan_groups(af, plan_id)}

        def label(g) -> str:
            return f"{g.code}. {g.title}" if g.code else g.title

        def group_title(gid: int) -> str:
            g = plan_groups[gid]
            chain = [label(g)]
            while g.parent_id in plan_groups:
                g = plan_groups[g.parent_id]
                chain.insert(0, label(g))
            return " › ".join(chain)

        found: dict[tuple, TaskGroup] = {}
        for i, r in enumerate(rows):
            t = r.task
            if t.group_id in plan_groups:
                key: tuple = ("group", t.group_id)
            elif t.criterion_id is not None and t.criterion_id in by_id:
                key = ("criterion", t.criterion_id)
            else:
                key = NO_GROUP_KEY
            grp = found.get(key)
            if grp is None:
                if key[0] == "group":
                    title = group_title(t.group_id)  # type: ignore[arg-type]
                    grp = TaskGroup(key, title, title, group_id=t.group_id)
                elif key[0] == "criterion":
                    ind = by_id[t.criterion_id]  # type: ignore[index]
                    title = f"{ind.code} {one_line(ind.name)}"
                    grp = TaskGroup(key, title, title, criterion_id=ind.id)
                else:
                    title = translate("TasksTab", "Not in a group")
                    grp = TaskGroup(key, title, title)
                found[key] = grp
            grp.rows.append(i)
        order = {("group", gid): n for n, gid in enumerate(
            sorted(plan_groups, key=lambda x: (plan_groups[x].position, x)))}
        base = len(order)
        order.update({("criterion", c.id): base + n for n, c in enumerate(criteria)})
        groups = sorted(found.values(), key=lambda g: order.get(g.key, len(order) + 1))
        group_of, pos = [0] * len(rows), [0] * len(rows)
        for gi, g in enumerate(groups):
            for p, i in enumerate(g.rows):
                group_of[i], pos[i] = gi, p
        return groups, group_of, pos

    @staticmethod
    def _display_of(r: TaskRow, units: dict[int, Unit], targets: dict[int, str], pos: int) -> tuple[str, ...]:
        """The row as shown. A task without a printed number (plans imported from text often number
        none) shows its place under its heading, as the plan's own list would count it."""
        t = r.task

        def short(ids: list[int]) -> str:
            return ", ".join((units[u].short_name or units[u].name) if u in units else "?" for u in ids)

        crit = r.criterion_code or (targets.get(t.target_id, "") if t.target_id else "")
        return (t.code or str(pos + 1), one_line(t.content), crit, short(t.lead_unit_ids), short(t.coop_unit_ids),
                one_line(t.timeline), fmt_date(t.due_date), outcome_labels()[r.outcome], one_line(t.result))

    # -- lookups for the tab ----------------------------------------------
    def search_keys(self) -> list[str]:
        """The rows' folded texts, made when this reading of the plan is first searched: folding every
        task's text was a quarter of the time of opening a large plan, and of re-reading it after an edit."""
        fd = self.filter_data
        if fd.keys is None:
            fd.keys = [r.search_key for r in self.rows]
        return fd.keys

    def task_index(self, task_id: int, column: int = 0) -> QModelIndex:
        i = self._by_id.get(task_id)
        if i is None:
            return QModelIndex()
        return self.createIndex(self._pos_in_group[i], column, self._group_of[i] + 1)

    def row_of(self, index: QModelIndex) -> TaskRow | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self.rows[self.groups[index.internalId() - 1].rows[index.row()]]

    def group_of(self, index: QModelIndex) -> TaskGroup | None:
        if not index.isValid():
            return None
        return self.groups[index.row() if index.internalId() == 0 else index.internalId() - 1]

    def task_row(self, task_id: int) -> TaskRow | None:
        i = self._by_id.get(task_id)
        return None if i is None else self.rows[i]

    def number_of(self, task_id: int) -> str:
        """The task's number as the STT column shows it (printed code, else its place under its heading)."""
        i = self._by_id.get(task_id)
        if i is None:
            return ""
        return self.rows[i].task.code or str(self._pos_in_group[i] + 1)

    def plan_order(self) -> list[int]:
        return [r.task.id for r in self.rows]

    def order_of(self, task_id: int) -> int:
        """Place in the plan's order (rows are read in that order)."""
        return self._by_id.get(task_id, len(self.rows))

    # -- QAbstractItemModel -------------------------------------------------
    @property
    def _headers(self) -> tuple[str, ...]:
        return (translate("TasksTab", "No."), translate("TasksTab", "Task"),
                translate("TasksTab", "Criterion / target"), translate("TasksTab", "Lead"),
                translate("TasksTab", "Coordinating"), translate("TasksTab", "Timeline"),
                translate("TasksTab", "Due"), translate("TasksTab", "Status"), translate("TasksTab", "Result"))

    @property
    def _header_tips(self) -> tuple[str, ...]:
        return (translate("TasksTab", "Number as printed in the plan"),
                translate("TasksTab", "What is to be done"),
                translate("TasksTab", "Criterion or target the task serves"),
                translate("TasksTab", "Lead unit"), translate("TasksTab", "Coordinating units"),
                translate("TasksTab", "Timeline as printed in the plan"),
                translate("TasksTab", "Due date derived from the timeline"),
                translate("TasksTab", "Status; “Quá hạn” when the due date has passed"),
                translate("TasksTab", "Result achieved"))
    def index(self, row: int, column: int, parent: QModelIndex = _ROOT) -> QModelIndex:
        if parent.isValid():
            if parent.internalId() != 0:
                return QModelIndex()
            return self.createIndex(row, column, parent.row() + 1)
        return self.createIndex(row, column, 0)

    def parent(self, index: QModelIndex | None = None):  # type: ignore[override]
        if index is None:  # QObject.parent()
            return super().parent()
        gid = index.internalId() if index.isValid() else 0
        return self.createIndex(gid - 1, 0, 0) if gid else QModelIndex()

    def rowCount(self, parent: QModelIndex = _ROOT) -> int:  # noqa: N802 (Qt API)
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() != 0 or parent.column() != 0:
            return 0
        return len(self.groups[parent.row()].rows)

    def hasChildren(self, parent: QModelIndex = _ROOT) -> bool:  # noqa: N802 (Qt API)
        if not parent.isValid():
            return bool(self.groups)
        return parent.internalId() == 0 and parent.column() == 0

    def columnCount(self, parent: QModelIndex = _ROOT) -> int:  # noqa: N802 (Qt API)
        return COLUMN_COUNT

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == 0:
            return _GROUP_FLAGS
        return _TASK_FLAGS_RO if self.readonly else _TASK_FLAGS

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt API)
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == _DISPLAY:
            return self._headers[section]
        if role == _TOOLTIP:
            return self._header_tips[section]
        if role == _ALIGN:
            return _HEADER_ALIGN
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        gid = index.internalId()
        if gid == 0:
            return self._group_data(index, role)
        i = self.groups[gid - 1].rows[index.row()]
        col = index.column()
        if role == _DISPLAY:
            texts = self._display[i]
            if texts is None:
                texts = self._display[i] = self._display_of(self.rows[i], self.units, self.targets,
                                                            self._pos_in_group[i])
            return texts[col]
        r = self.rows[i]
        if role == _BACKGROUND:
            return OVERDUE_BG if r.overdue else None
        if role == _FOREGROUND:
            if r.overdue:
                return OVERDUE_FG if col in (COL_STATUS, COL_DUE) else None
            if r.task.status == TaskStatus.DONE:
                return DONE_OK_FG if col == COL_STATUS and r.outcome != "done_late" else DONE_FG
            return None
        if role == _FONT:
            return self._bold if col == COL_STATUS and r.overdue else None
        if role == _TASK_ID:
            return r.task.id
        if role == _EDIT:
            return self.edit_value(r, col)
        if role == _TOOLTIP:
            return self._tooltip(r, col)
        if role == _ALIGN:
            return _CENTER if col in (COL_CODE, COL_DUE) else None
        return None

    def _group_data(self, index: QModelIndex, role: int):
        if not index.isValid():
            return None
        g = self.groups[index.row()]
        if role == _DISPLAY:
            return g.title if index.column() == 0 else ""
        if role == _BACKGROUND:
            return GROUP_BG
        if role == _FOREGROUND:
            return GROUP_FG
        if role == _FONT:
            return self._bold
        if role == _TOOLTIP:
            return rich_tip(g.tooltip)
        if role == _GROUP_KEY:
            return g.key
        return None

    def edit_value(self, r: TaskRow, col: int):
        t = r.task
        return {COL_CODE: t.code, COL_CONTENT: t.content, COL_CRITERION: t.criterion_id,
                COL_LEAD: list(t.lead_unit_ids), COL_COOP: list(t.coop_unit_ids), COL_TIMELINE: t.timeline,
                COL_DUE: date_input(t.due_date), COL_STATUS: t.status, COL_RESULT: t.result}[col]

    def _tooltip(self, r: TaskRow, col: int) -> str:
        t = r.task
        if col in (COL_CONTENT, COL_CODE):
            return rich_tip(t.content)
        if col == COL_CRITERION:
            ind = self.criterion_by_id.get(t.criterion_id or 0)
            if ind is not None:
                return rich_tip(f"{ind.code} {one_line(ind.name)}")
            return rich_tip(self.targets.get(t.target_id or 0, ""))
        if col in (COL_LEAD, COL_COOP):
            ids = t.lead_unit_ids if col == COL_LEAD else t.coop_unit_ids
            names = [self.units[u].name if u in self.units else "?" for u in ids]
            note = f"\n({t.units_note})" if t.units_note else ""
            return rich_tip("\n".join(names) + note)
        if col == COL_TIMELINE:  # the text as printed (the cell may cut it), then what was understood
            return rich_tip(f"{one_line(t.timeline)}\n{timeline_hint(t.timeline, self.plan_year)}".strip())
        if col == COL_DUE:
            return timeline_hint(t.timeline, self.plan_year)
        if col == COL_STATUS:
            if r.overdue:
                return translate("TasksTab", "Overdue: due {0}; recorded status: {1}").format(
                    fmt_date(t.due_date), status_labels()[TaskStatus(t.status)])
            if t.completed_on:
                return translate("TasksTab", "Completed on {0}").format(fmt_date(t.completed_on))
            return status_labels()[TaskStatus(t.status)]
        if col == COL_RESULT:
            return rich_tip(t.result)
        return ""

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        r = self.row_of(index)
        if r is None or role != _EDIT or self.session is None or self.readonly:
            return False
        field_name = COLUMN_FIELDS[index.column()]
        current = self.edit_value(r, index.column())
        if isinstance(value, str) and isinstance(current, str) and one_line(value) == one_line(current):
            return True  # nothing changed (an inline edit shows long text on one line)
        if value == current:
            return True
        tid = r.task.id
        if field_name in ("lead", "coop"):
            cmd = task_commands.set_units(self.session, tid, field_name, list(value or []))
        elif field_name == "status":
            cmd = task_commands.set_status_many(self.session, [tid], value)
        else:
            text = translate("TasksTab", "link criterion") if field_name == "criterion_id" else None
            cmd = task_commands.edit_task(self.session, tid, text, **{field_name: value})
        self.editing = True
        try:
            return self.session.execute(cmd)
        finally:
            self.editing = False


def timeline_hint(text: str, plan_year: int) -> str:
    """What the program understood of a timeline: "→ Hạn: 31/12/2023", "Thường xuyên — không có hạn"."""
    tl = parse_timeline(text, plan_year)
    if tl.kind == "dated":
        return translate("TasksTab", "→ Due: {0}").format(fmt_date(tl.due_date))
    if tl.kind == "recurring":
        return translate("TasksTab", "{0} — no due date").format(tl.period_label)
    if tl.kind == "conditional":
        return translate("TasksTab", "Depends on an event — no due date")
    if tl.kind == "unknown":
        return translate("TasksTab", "No due date recognised")
    return ""


class TaskFilterProxyModel(QSortFilterProxyModel):
    """Filters of the tab. Verdicts are computed in one pass over the precomputed FilterData and looked
    up per row. The recursive rule (a group row stays while any of its tasks passes) is applied in that
    pass too: Qt's own recursive filtering makes two more Python calls per rejected row, which at
    20,000 tasks costs more than the whole keystroke budget."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.unit_id: int | None = None
        self.status: str | None = None  # "not_started", "in_progress", "done" or "overdue"
        self.period: str | None = None
        self.overdue_only = False
        self.text = ""
        self.criterion_id: int | None = None
        self._task_ok: list[list[bool]] = []
        self._group_ok: list[bool] = []
        self._group_shown: list[int] = []
        self._generation = -1
        self._src: TaskTreeModel | None = None
        self._root_id: int | None = None  # internal id of top-level proxy indexes, see flags()
        self.shown = 0
        self.setDynamicSortFilter(True)
        # Connected before any view: the id is forgotten before a view asks flags() again.
        for signal in (self.modelAboutToBeReset, self.modelReset, self.layoutAboutToBeChanged,
                       self.layoutChanged, self.rowsInserted, self.rowsRemoved, self.rowsMoved):
            signal.connect(self._forget_root)

    def _forget_root(self, *args) -> None:
        self._root_id = None

    def setSourceModel(self, model: TaskTreeModel) -> None:  # noqa: N802 (Qt API)
        self._src = model
        super().setSourceModel(model)

    def active(self) -> bool:
        return bool(self.unit_id is not None or self.status or self.period or self.overdue_only
                    or self.text.strip() or self.criterion_id is not None)

    def set_filters(self, force: bool = False, **values) -> bool:
        """Change filters (unit_id, status, period, overdue_only, text, criterion_id); True if rows changed.
        force re-applies them even when the verdicts look unchanged (after rows changed in place)."""
        for k, v in values.items():
            if not hasattr(self, k) or k.startswith("_"):
                raise KeyError(k)
            setattr(self, k, v)
        old = (self._task_ok, self._group_ok)
        self._compute()
        if not force and (self._task_ok, self._group_ok) == old:
            return False
        self.invalidate()  # one layout change: row-by-row removal signals make a tree view crawl
        return True

    def group_counts(self, source_row: int) -> tuple[int, int]:
        """(tasks shown, tasks in all) of a heading, without mapping its rows."""
        self._ensure()
        src = self._src
        if src is None or source_row >= len(src.groups):
            return 0, 0
        return self._group_shown[source_row], len(src.groups[source_row].rows)

    def accepts_task(self, task_id: int) -> bool:
        src = self._src
        if src is None:
            return False
        self._ensure()
        i = src._by_id.get(task_id)
        return i is not None and self._task_ok[src._group_of[i]][src._pos_in_group[i]]

    def _ensure(self) -> None:
        if self._src is not None and self._generation != self._src.generation:
            self._compute()

    def _compute(self) -> None:
        src = self._src
        if src is None:
            return
        fd = src.filter_data
        n = len(src.rows)
        sel = range(n)
        words = fold(self.text).split()
        keys = src.search_keys() if words else []
        for w in words:
            sel = [i for i in sel if w in keys[i]]
        if self.unit_id is not None:
            u, units = self.unit_id, fd.units
            sel = [i for i in sel if u in units[i]]
        if self.status:
            s, bucket = self.status, fd.bucket
            sel = [i for i in sel if bucket[i] == s]
        if self.overdue_only:
            od = fd.overdue
            sel = [i for i in sel if od[i]]
        if self.period:
            period, year, due = self.period, src.plan_year, fd.due
            sel = [i for i in sel if task_in_period(due[i], period, year)]
        if self.criterion_id is not None:
            c, crit = self.criterion_id, fd.criterion
            sel = [i for i in sel if crit[i] == c]
        if isinstance(sel, range):
            ok = [True] * n
        else:
            ok = [False] * n
            for i in sel:
                ok[i] = True
        self._task_ok = [[ok[i] for i in g.rows] for g in src.groups]
        self._group_ok = [any(v) for v in self._task_ok]
        self._group_shown = [sum(v) for v in self._task_ok]
        self.shown = len(sel)
        self._generation = src.generation

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:  # noqa: N802 (Qt API)
        if self._generation != self._src.generation:  # type: ignore[union-attr]
            self._compute()
        if source_parent.isValid():
            return self._task_ok[source_parent.row()][source_row]
        return self._group_ok[source_row]

    def _is_top(self, index: QModelIndex) -> bool:
        root = self._root_id
        if root is None:
            top = self.index(0, 0)
            root = self._root_id = top.internalId() if top.isValid() else -1
        return index.internalId() == root

    def hasChildren(self, parent: QModelIndex = _ROOT) -> bool:  # noqa: N802 (Qt API)
        # A group row passes only with a visible task under it, so a folded heading need not filter
        # its children to show its arrow (Qt would map every child of every heading to answer this).
        if not parent.isValid():
            return self.rowCount() > 0
        return parent.column() == 0 and self._is_top(parent)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        # Answered here without a trip to the source: the tree view asks twice per visible row on every
        # relayout, and index.parent() or mapToSource would each cost Python calls into the source.
        # A proxy index carries its parent's mapping as internal id, so a row is a group row exactly
        # when it shares that id with the top-level rows (remembered until the mappings change).
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._is_top(index):
            return _GROUP_FLAGS
        return _TASK_FLAGS_RO if self._src is None or self._src.readonly else _TASK_FLAGS
