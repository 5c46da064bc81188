"""Tab “Báo cáo”: the period's deadline, task progress, the statistics-form grid, the report's own text."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.periods import STANDARD_PERIODS, Period
from ..errors import DtideskError
from ..services.changes import Changes
from ..services.plans import find_plan
from ..services.progress import period_progress
from .form_panel import FormPanel
from .labels import period_labels
from .locale_format import fmt_date
from .reminder import upcoming_text
from .report_text_panel import ReportTextPanel
from .session import Session

COLUMNS = ("planned", "done_on_time", "done_late", "done", "overdue", "in_progress", "not_started")


class ReportsTab(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.session: Session | None = None
        self.plan_id: int | None = None
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Reporting period:")))
        self.period_combo = QComboBox()
        for p in STANDARD_PERIODS:
            self.period_combo.addItem(period_labels()[p], str(p))
        self.period_combo.setCurrentIndex(1)
        top.addWidget(self.period_combo)
        top.addSpacing(24)
        self.deadline_label = QLabel()
        f = QFont(self.deadline_label.font())
        f.setBold(True)
        self.deadline_label.setFont(f)
        top.addWidget(self.deadline_label, 1)
        lay.addLayout(top)

        self.upcoming_label = QLabel()
        self.upcoming_label.setWordWrap(True)
        lay.addWidget(self.upcoming_label)

        self.pages = QTabWidget()
        self.summary_box = QWidget()
        sl = QVBoxLayout(self.summary_box)
        self.range_label = QLabel()
        sl.addWidget(self.range_label)
        self.table = QTableWidget(0, len(COLUMNS) + 1)
        self.table.setHorizontalHeaderLabels([
            self.tr("Unit"), self.tr("Planned"), self.tr("Done on time"), self.tr("Done late"),
            self.tr("Done (no due date)"), self.tr("Overdue"), self.tr("In progress"), self.tr("Not started")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        sl.addWidget(self.table, 1)
        self.export_box = QGroupBox(self.tr("Export"))
        self.export_layout = QHBoxLayout(self.export_box)
        sl.addWidget(self.export_box)
        self.pages.addTab(self.summary_box, self.tr("Progress of the plan"))

        self.forms_panel = FormPanel(self)
        self.pages.addTab(self.forms_panel, self.tr("Statistics forms"))
        self.text_panel = ReportTextPanel(self)
        self.pages.addTab(self.text_panel, self.tr("Periodic report"))
        lay.addWidget(self.pages, 1)
        self.period_combo.currentIndexChanged.connect(self.refresh)

    def add_export_buttons(self, exports) -> None:
        """The most used exports, one click away (the Xuất menu has them all)."""
        from PySide6.QtWidgets import QPushButton

        for what, fmt, text in (("document", "pdf", self.tr("Plan document (PDF)")),
                                ("document", "docx", self.tr("Plan document (Word)")),
                                ("appendix-tasks", "xlsx", self.tr("Task appendix (Excel)")),
                                ("scores", "pdf", self.tr("Score sheet (PDF)"))):
            b = QPushButton(text)
            b.clicked.connect(lambda _=False, w=what, f=fmt: exports.run(w, f))
            self.export_layout.addWidget(b)
        self.export_layout.addStretch(1)

    def set_session(self, session: Session | None) -> None:
        self.session = session
        if session is not None:
            session.changed.connect(self._on_changed)
        self.forms_panel.set_session(session)
        self.text_panel.set_session(session)
        self.refresh()

    def set_plan(self, plan_id: int | None) -> None:
        self.plan_id = plan_id
        plan = find_plan(self.session.af, plan_id) if self.session and plan_id is not None else None
        if plan is not None:
            self.forms_panel.set_year(plan.year)
        self.refresh()

    def plan_year(self) -> int | None:
        plan = find_plan(self.session.af, self.plan_id) if self.session and self.plan_id is not None else None
        return plan.year if plan else None

    def period(self) -> Period:
        return Period(self.period_combo.currentData())

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("tasks", "task_units", "plans", "units"):
            self.refresh()

    def upcoming_text(self, today: dt.date | None = None) -> str:
        """Every plan's next report due, soonest first (also the reminder shown when a file is opened)."""
        return upcoming_text(self.session.af if self.session is not None else None, today)

    def refresh(self) -> None:
        self.table.setRowCount(0)
        self.forms_panel.set_period(self.period())
        self.text_panel.set_target(self.plan_id, self.plan_year(), self.period())
        upcoming = self.upcoming_text()
        self.upcoming_label.setText(upcoming)
        self.upcoming_label.setVisible(bool(upcoming))
        if self.session is None or self.plan_id is None:
            self.deadline_label.setText("")
            self.range_label.setText(self.tr("No plan selected."))
            return
        try:
            prog = period_progress(self.session.af, self.plan_id, self.period())
        except DtideskError as exc:
            self.range_label.setText(exc.message)
            return
        today = dt.date.today()
        days = (prog.deadline - today).days if prog.deadline else None
        when = fmt_date(prog.deadline) if prog.deadline else "—"
        if days is None:
            left = ""
        elif days >= 0:
            left = self.tr("{0} days left").format(days)
        else:
            left = self.tr("{0} days ago").format(-days)
        source = self.tr("national default") if prog.deadline_is_default else self.tr("set by the plan")
        self.deadline_label.setText(self.tr("Report due by {0} ({1}; {2})").format(when, left, source))
        self.range_label.setText(self.tr("Tasks due by {0} and recurring tasks; figures counted from {1} to {2}")
                                 .format(fmt_date(prog.tasks_until), fmt_date(prog.start), fmt_date(prog.end)))
        rows = [(self.tr("Whole plan"), prog.overall), *prog.per_unit]
        self.table.setRowCount(len(rows))
        bold = QFont(self.table.font())
        bold.setBold(True)
        for i, (name, counts) in enumerate(rows):
            item = QTableWidgetItem(name)
            if i == 0:
                item.setFont(bold)
            self.table.setItem(i, 0, item)
            for j, key in enumerate(COLUMNS, start=1):
                cell = QTableWidgetItem(str(counts.get(key, 0)))
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if key == "overdue" and counts.get(key):
                    cell.setForeground(Qt.GlobalColor.red)
                if i == 0:
                    cell.setFont(bold)
                self.table.setItem(i, j, cell)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
