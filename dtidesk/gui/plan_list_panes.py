"""Panes beside the plan lists: a target's figures per period, a project's scale and budget, a directive's tasks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.periods import STANDARD_PERIODS, Period
from ..domain.plan_items import threshold_met
from ..domain.text import fold
from ..services.tasks import task_rows
from .labels import period_labels
from .locale_format import fmt_percent, number_input
from .plan_item_models import MET_FG, NOT_MET_FG, figure, met_label
from .task_delegates import CommitPlainTextEdit
from .task_model import one_line

PLANNED, ACHIEVED, VERDICT = range(3)


class _Pane(QWidget):
    def __init__(self, page, parent: QWidget | None = None):
        super().__init__(parent)
        self.page = page
        self.item_id: int | None = None
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(6, 0, 0, 0)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.layout_.addWidget(self.title)
        self.setMinimumWidth(300)

    def show_row(self, row) -> None:
        raise NotImplementedError


class TargetValuesPane(_Pane):
    """The target's planned and achieved figures for each reporting period of a year; each cell saves as one
    undoable action. A period without a planned figure is judged against the target's threshold."""

    def __init__(self, page, parent: QWidget | None = None):
        super().__init__(page, parent)
        self.row = None
        head = QFormLayout()
        self.year = QSpinBox(self)
        self.year.setRange(1990, 2100)
        self.year.valueChanged.connect(lambda _v: self.show_row(self.row))
        head.addRow(self.tr("Results of the year:"), self.year)
        self.layout_.addLayout(head)
        self.table = QTableWidget(len(STANDARD_PERIODS), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Planned"), self.tr("Achieved"), self.tr("Assessment")])
        self.table.setVerticalHeaderLabels([period_labels()[p] for p in STANDARD_PERIODS])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers
                                   & ~QAbstractItemView.EditTrigger.CurrentChanged)
        self.table.itemChanged.connect(self._edited)
        self.table.setMaximumHeight(self.table.verticalHeader().length() + self.table.horizontalHeader().height() + 6)
        self.layout_.addWidget(self.table)
        self.hint = QLabel(self.tr("Leave “Planned” empty to judge the period against the target's threshold."), self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #5f6368")
        self.layout_.addWidget(self.hint)
        self.layout_.addStretch(1)

    def show_row(self, row) -> None:
        self.row = row
        self.item_id = row.target.id if row is not None else None
        self.table.setEnabled(row is not None and not self.page.model.readonly)
        if row is None:
            self.title.setText(self.tr("Select a target to record its results."))
        else:
            t = row.target
            bar = row.threshold or self.tr("no threshold")
            self.title.setText(f"<b>{t.code + ' ' if t.code else ''}{one_line(t.content)}</b><br>"
                               + self.tr("Threshold: {0}").format(bar))
        values = {(v.year, v.period): v for v in (row.values if row else [])}
        self.table.blockSignals(True)
        for i, period in enumerate(STANDARD_PERIODS):
            v = values.get((self.year.value(), str(period)))
            unit = "%" if row and row.target.unit_of_measure == "%" else ""  # the cell is edited as it reads
            cells = [figure(v.planned, unit) if v else "", figure(v.achieved, unit) if v else "", ""]
            met = threshold_met(row.target, v) if row and v else None
            cells[VERDICT] = met_label(met)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == VERDICT:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    if met is not None:
                        item.setForeground(MET_FG if met else NOT_MET_FG)
                item.setData(Qt.ItemDataRole.UserRole, str(period))
                self.table.setItem(i, col, item)
        self.table.blockSignals(False)

    def set_year(self, year: int | None) -> None:
        if year is not None:
            self.year.blockSignals(True)
            self.year.setValue(year)
            self.year.blockSignals(False)

    def _edited(self, item: QTableWidgetItem) -> None:
        if self.item_id is None or item.column() == VERDICT:
            return
        text = number_input(item.text().replace("%", "").strip())
        key = "planned" if item.column() == PLANNED else "achieved"
        period = Period(str(item.data(Qt.ItemDataRole.UserRole)))
        if not self.page.set_target_value(self.item_id, self.year.value(), str(period), **{key: text}):
            self.show_row(self.row)  # refused: show what the file holds


class ProjectPane(_Pane):
    """A project's content and scale, its note, and what its budget adds up to."""

    def __init__(self, page, parent: QWidget | None = None):
        super().__init__(page, parent)
        form = QFormLayout()
        self.scale = CommitPlainTextEdit(self)
        self.scale.setMaximumHeight(110)
        self.scale.committed.connect(lambda: self._save("scale", self.scale.toPlainText()))
        self.scale.reverted.connect(lambda: self.show_row(self.row))
        self.note = QLineEdit(self)
        self.note.editingFinished.connect(lambda: self._save("note", self.note.text()))
        form.addRow(self.tr("Content, scale:"), self.scale)
        form.addRow(self.tr("Note:"), self.note)
        self.layout_.addLayout(form)
        self.budget = QLabel(self)
        self.budget.setWordWrap(True)
        self.layout_.addWidget(self.budget)
        self.layout_.addStretch(1)
        self.row = None

    def show_row(self, row) -> None:
        self.row = row
        self.item_id = row.project.id if row is not None else None
        for w in (self.scale, self.note):
            w.setEnabled(row is not None and not self.page.model.readonly)
            w.blockSignals(True)
        self.scale.setPlainText(row.project.scale if row else "")
        self.note.setText(row.project.note if row else "")
        for w in (self.scale, self.note):
            w.blockSignals(False)
        if row is None:
            self.title.setText(self.tr("Select a project."))
            self.budget.setText("")
            return
        self.title.setText(f"<b>{one_line(row.project.name)}</b>")
        lines = []
        if row.mismatch:
            lines.append(self.tr("The sources do not add up to the total budget."))
        if row.over_disbursed:
            lines.append(self.tr("More has been disbursed than the total budget."))
        elif row.disbursed_percent is not None:
            lines.append(self.tr("Disbursed: {0} of the budget.").format(fmt_percent(row.disbursed_percent, 1)))
        self.budget.setText("\n".join(lines))

    def _save(self, field: str, text: str) -> None:
        if self.row is None or text.strip() == getattr(self.row.project, field):
            return
        self.page.edit_fields(self.row.project.id, **{field: text})


class DirectiveTasksPane(_Pane):
    """The plan's tasks with a tick for those the directive gave rise to; each tick is one undoable action."""

    def __init__(self, page, parent: QWidget | None = None):
        super().__init__(page, parent)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Find a task (accents optional)…"))
        self.search.textChanged.connect(self._filter)
        self.layout_.addWidget(self.search)
        self.tasks = QListWidget(self)
        self.tasks.setWordWrap(True)
        self.tasks.itemChanged.connect(self._ticked)
        self.layout_.addWidget(self.tasks, 1)
        self.row = None

    def show_row(self, row) -> None:
        self.row = row
        self.item_id = row.directive.id if row is not None else None
        self.tasks.blockSignals(True)
        self.tasks.clear()
        if row is None:
            self.title.setText(self.tr("Select a directive to tick the tasks it gave rise to."))
        else:
            d = row.directive
            self.title.setText(f"<b>{d.doc_type} {d.number_symbol}</b> {one_line(d.summary)}<br>"
                               + self.tr("Tasks it gave rise to:"))
            session, plan_id = self.page.model.session, self.page.model.plan_id
            linked = set(row.task_ids)
            for r in task_rows(session.af, plan_id) if session is not None and plan_id is not None else []:
                text = f"{r.task.code} {one_line(r.task.content)}".strip()
                item = QListWidgetItem(text, self.tasks)
                item.setToolTip(text)
                item.setData(Qt.ItemDataRole.UserRole, r.task.id)
                item.setData(Qt.ItemDataRole.UserRole + 1, fold(text))
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if not self.page.model.readonly:
                    flags |= Qt.ItemFlag.ItemIsUserCheckable
                item.setFlags(flags)
                item.setCheckState(Qt.CheckState.Checked if r.task.id in linked else Qt.CheckState.Unchecked)
        self.tasks.blockSignals(False)
        self._filter()

    def _filter(self) -> None:
        words = fold(self.search.text()).split()
        for i in range(self.tasks.count()):
            item = self.tasks.item(i)
            key = str(item.data(Qt.ItemDataRole.UserRole + 1))
            item.setHidden(not all(w in key for w in words))

    def _ticked(self, item: QListWidgetItem) -> None:
        if self.row is None:
            return
        here = {int(self.tasks.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.tasks.count())}
        ticked = [int(self.tasks.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.tasks.count())
                  if self.tasks.item(i).checkState() == Qt.CheckState.Checked]
        # Tasks of other plans the directive also gave rise to stay linked.
        keep = [t for t in self.row.task_ids if t not in here]
        self.page.set_directive_tasks(self.row.directive.id, keep + ticked)
