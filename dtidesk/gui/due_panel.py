"""“Sắp đến hạn / Quá hạn”: everything due across the file's plans and years, as a tab of the window and on the
start page for the last file; a double-click goes to the task, report, form or self-assessment; the calendar
as .ics (Outlook, a phone) and as a printed list (PDF)."""

from __future__ import annotations

import datetime as dt
from enum import IntEnum
from functools import cache
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QColor, QDesktopServices, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.calendar import LEAD_DAYS, Calendar, DueItem, DueKind
from ..errors import DtideskError
from ..services.calendar import DEFAULT_DAYS, build_calendar, calendar_of_file, export_due_pdf, export_ics
from ..services.changes import Changes
from ..services.files import open_file
from . import i18n
from .elide import WordElideDelegate
from .labels import period_title
from .locale_format import fmt_date
from .session import Session
from .task_model import OVERDUE_BG, OVERDUE_FG

translate = QCoreApplication.translate  # called with literals so that pyside6-lupdate finds them

WARNING_FG = QColor("#8a5300")  # the warning has started: dark amber, readable on white and when printed grey
ITEM_ROLE = int(Qt.ItemDataRole.UserRole) + 1
# What a change to these tables can move in the calendar.
_CALENDAR_TABLES = ("tasks", "task_units", "plans", "forms", "form_values", "form_submissions", "units",
                    "frameworks", "assessments", "agency")


class DueCol(IntEnum):
    DATE = 0
    LEFT = 1
    KIND = 2
    TITLE = 3
    WHERE = 4
    UNIT = 5
    START = 6


def kind_labels() -> dict[DueKind, str]:
    return _kind_labels(i18n.generation())


@cache
def _kind_labels(_language: tuple[str, int]) -> dict[DueKind, str]:
    # One table per interface language: the model asks for a label per row painted.
    return {
        DueKind.REPORT: translate("DuePanel", "Periodic report"),
        DueKind.ASSESSMENT: translate("DuePanel", "Self-assessment"),
        DueKind.TASK: translate("DuePanel", "Task"),
        DueKind.UNIT_FORM: translate("DuePanel", "Unit's form"),
    }


def days_text(item: DueItem) -> str:
    if item.days_left > 0:
        return translate("DuePanel", "{0} days left").format(item.days_left)
    if item.days_left == 0:
        return translate("DuePanel", "today")
    if item.overdue:
        return translate("DuePanel", "{0} days overdue").format(-item.days_left)
    return translate("DuePanel", "passed {0} days ago").format(-item.days_left)


def title_text(item: DueItem) -> str:
    """Reports and the self-assessment in the interface language; tasks and forms as the file words them."""
    if item.kind is DueKind.REPORT and item.period and item.year:
        return translate("DuePanel", "Report for {0}").format(period_title(item.period, item.year))
    if item.kind is DueKind.ASSESSMENT and item.year:
        return translate("DuePanel", "Send the self-assessment dossier of {0}").format(item.year)
    if item.kind is DueKind.UNIT_FORM and item.period and item.year:  # the unit and the form have their columns
        return translate("DuePanel", "Send the figures for {0}").format(period_title(item.period, item.year))
    return item.title


def _where(item: DueItem) -> str:
    return " — ".join(x for x in (item.plan, item.form) if x)


class DueTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.items: list[DueItem] = []
        self._bold = QFont()
        self._bold.setBold(True)
        self._headers = [translate("DuePanel", "Due"), translate("DuePanel", "Days left"),
                         translate("DuePanel", "Kind"), translate("DuePanel", "What"),
                         translate("DuePanel", "Plan or form"), translate("DuePanel", "Unit"),
                         translate("DuePanel", "Reminder from")]

    def set_items(self, items: list[DueItem]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def item(self, row: int) -> DueItem | None:
        return self.items[row] if 0 <= row < len(self.items) else None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(DueCol)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt API)
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        item = self.item(index.row())
        if item is None:
            return None
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == DueCol.DATE:
                return fmt_date(item.date)
            if col == DueCol.LEFT:
                return days_text(item)
            if col == DueCol.KIND:
                return kind_labels()[item.kind]
            if col == DueCol.TITLE:
                text = title_text(item)
                return text + (f"\n({item.note})" if item.note else "") if role == Qt.ItemDataRole.ToolTipRole \
                    else text
            if col == DueCol.WHERE:
                return _where(item)
            if col == DueCol.UNIT:
                return item.unit
            return fmt_date(item.start)
        if role == Qt.ItemDataRole.ForegroundRole:
            if item.overdue:
                return OVERDUE_FG
            if item.warning and col in (DueCol.DATE, DueCol.LEFT):
                return WARNING_FG
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return OVERDUE_BG if item.overdue else None
        if role == Qt.ItemDataRole.FontRole and col == DueCol.LEFT and (item.overdue or item.warning):
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (DueCol.DATE, DueCol.LEFT, DueCol.START):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == ITEM_ROLE:
            return item
        return None


class DuePanel(QWidget):
    """The list for an open session (the window's tab) or for a file that is not open (the start page)."""

    item_activated = Signal(object)  # DueItem, double-clicked or Enter
    counts_changed = Signal(int, int)  # overdue, due within the days shown

    def __init__(self, parent: QWidget | None = None, *, compact: bool = False):
        super().__init__(parent)
        self.session: Session | None = None
        self.path: Path | None = None  # the file read when no session is given (start page)
        self.calendar: Calendar | None = None
        self.today: dt.date | None = None  # tests and the bench date the calendar; None = the computer's date
        self.last_output: Path | None = None
        self._stale = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)  # a burst of edits (an import, undo of many) reloads once
        self._timer.timeout.connect(self.reload)

        lay = QVBoxLayout(self)
        margin = 0 if compact else 4
        lay.setContentsMargins(margin, margin, margin, margin)
        top = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setToolTip(translate(
            "DuePanel", "Warnings start {0} days before a report, {1} days before the self-assessment, {2} days "
            "before a task and {3} days before a unit's form.").format(
            LEAD_DAYS[DueKind.REPORT], LEAD_DAYS[DueKind.ASSESSMENT], LEAD_DAYS[DueKind.TASK],
            LEAD_DAYS[DueKind.UNIT_FORM]))
        if compact:  # the start page's column is narrow: the counts on a line of their own
            lay.addWidget(self.summary)
            top.addStretch(1)
        else:
            top.addWidget(self.summary, 1)
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(translate("DuePanel", "Everything"), "")
        for kind, label in kind_labels().items():
            self.kind_combo.addItem(label, str(kind))
        top.addWidget(self.kind_combo)
        self.days_spin = QSpinBox()
        self.days_spin.setRange(0, 3660)
        self.days_spin.setValue(DEFAULT_DAYS)
        self.days_spin.setPrefix(translate("DuePanel", "due within "))
        self.days_spin.setSuffix(translate("DuePanel", " days"))
        self.days_spin.setToolTip(translate("DuePanel", "Overdue items are always listed"))
        top.addWidget(self.days_spin)
        self.ics_button = QPushButton(translate("DuePanel", "Export calendar (.ics)…"))
        self.ics_button.setToolTip(translate("DuePanel", "Every date of the file for Outlook or a phone, with a "
                                                         "reminder when its warning starts"))
        self.print_button = QPushButton(translate("DuePanel", "Print the list (PDF)…"))
        self.print_button.setToolTip(translate("DuePanel", "The list shown, as a table to print"))
        top.addWidget(self.ics_button)
        top.addWidget(self.print_button)
        lay.addLayout(top)

        self.model = DueTableModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(22)
        cut = WordElideDelegate(self.view)  # long task texts and plan names cut between words
        for col in (DueCol.TITLE, DueCol.WHERE, DueCol.UNIT):
            self.view.setItemDelegateForColumn(col, cut)
        h = self.view.horizontalHeader()
        h.setSectionResizeMode(DueCol.TITLE, QHeaderView.ResizeMode.Stretch)
        # "quá hạn 1436 ngày" whole in bold: the days left is the column an officer reads first
        for col, width in ((DueCol.DATE, 90), (DueCol.LEFT, 150), (DueCol.KIND, 140), (DueCol.WHERE, 240),
                           (DueCol.UNIT, 190), (DueCol.START, 95)):
            self.view.setColumnWidth(col, width)
        if compact:  # the start page is narrow: the dates, what and when
            for col in (DueCol.WHERE, DueCol.START):
                self.view.hideColumn(col)
            self.view.setColumnWidth(DueCol.UNIT, 150)
            self.view.setColumnWidth(DueCol.KIND, 115)
        lay.addWidget(self.view, 1)
        self.hint = QLabel(translate("DuePanel", "Double-click a line to open the task, report, form or "
                                                 "self-assessment. Overdue lines are red."))
        self.hint.setStyleSheet("color: palette(mid);")
        self.hint.setWordWrap(True)
        lay.addWidget(self.hint)

        self.kind_combo.currentIndexChanged.connect(self._apply)
        self.days_spin.valueChanged.connect(self._apply)
        self.view.activated.connect(self._activated)
        self.view.doubleClicked.connect(self._activated)
        self.ics_button.clicked.connect(lambda: self.export_ics())
        self.print_button.clicked.connect(lambda: self.print_list())
        self._apply()

    # -- source ---------------------------------------------------------------------------------------
    def set_session(self, session: Session | None) -> None:
        """The window's open file; the list is read after the window has shown the file."""
        if self.session is not None:
            try:
                self.session.changed.disconnect(self._on_changed)
            except (RuntimeError, TypeError):
                pass
        self.session, self.path = session, (session.af.path if session is not None else None)
        if session is not None:
            session.changed.connect(self._on_changed)
        self.calendar = None
        self._apply()
        # Read when the tab is first shown (showEvent): the calendar reads every plan, task and form of every
        # year, which neither the first look at the file nor the first keystrokes should wait for.
        self._stale = session is not None

    def set_file(self, path: str | Path | None) -> None:
        """A file that is not open (the start page's last file), read when the panel is on screen."""
        self.session = None
        self.path = Path(path) if path else None
        self.calendar = None
        self._stale = True
        self._apply()
        if self.isVisible():
            self._timer.start(0)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self._stale:
            self._timer.start(0)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(*_CALENDAR_TABLES):
            if self.isVisible():
                self._timer.start()
            else:
                self._stale = True  # read again when shown

    def reload(self) -> None:
        self._timer.stop()
        if self.session is None and self.path is not None and not self.isVisible():
            self._stale = True  # the start page went away (a file was opened): read it when shown again
            return
        self._stale = False
        self.calendar, error = None, ""
        try:
            if self.session is not None:
                self.calendar = build_calendar(self.session.af, self.today)
            elif self.path is not None:
                self.calendar = calendar_of_file(self.path, self.today)
        except DtideskError as exc:
            error = exc.message
        self._apply(error)

    # -- what is shown --------------------------------------------------------------------------------
    def items(self) -> list[DueItem]:
        if self.calendar is None:
            return []
        kind = self.kind_combo.currentData()
        return [i for i in self.calendar.due(self.days_spin.value()) if not kind or i.kind == kind]

    def _apply(self, error: str = "") -> None:
        items = self.items()
        self.model.set_items(items)
        overdue = sum(1 for i in items if i.overdue)
        days = self.days_spin.value()
        for b in (self.ics_button, self.print_button):
            b.setEnabled(self.calendar is not None)
        if error:
            self.summary.setText(translate("DuePanel", "Cannot read the file: {0}").format(error))
        elif self.calendar is None:
            self.summary.setText("")
        elif not items:
            self.summary.setText(translate("DuePanel", "Nothing overdue and nothing due within {0} days.").format(days))
        else:
            over = translate("DuePanel", "Overdue: {0}").format(overdue)
            soon = translate("DuePanel", "due within {0} days: {1}").format(days, len(items) - overdue)
            colour = OVERDUE_FG.name() if overdue else "palette(text)"
            self.summary.setText(f"<span style='color:{colour}'><b>{over}</b></span> · {soon}")
        self.counts_changed.emit(overdue, len(items) - overdue)

    def _activated(self, index: QModelIndex) -> None:
        item = self.model.item(index.row())
        if item is not None:
            self.item_activated.emit(item)

    # -- exports --------------------------------------------------------------------------------------
    def _ask_path(self, stem: str, suffix: str, filter_text: str) -> Path | None:
        settings = QSettings()
        folder = Path(str(settings.value("export_folder", str(Path.home()))))
        chosen, _ = QFileDialog.getSaveFileName(self, translate("DuePanel", "Export"),
                                                str(folder / f"{stem}{suffix}"), filter_text)
        if not chosen:
            return None
        out = Path(chosen)
        if out.suffix.lower() != suffix:
            out = out.with_suffix(suffix)
        settings.setValue("export_folder", str(out.parent))
        return out

    def export_ics(self, out: Path | None = None) -> None:
        if self.path is None:
            return
        out = out or self._ask_path("han-cong-viec", ".ics", translate("DuePanel", "Calendar (*.ics)"))
        if out is not None:
            today = self.today
            self._run(lambda af: export_ics(af, out, today), translate("DuePanel", "Export the calendar"), False)

    def print_list(self, out: Path | None = None) -> None:
        if self.path is None:
            return
        out = out or self._ask_path("sap-den-han", ".pdf", "PDF (*.pdf)")
        if out is not None:
            today, days = self.today, self.days_spin.value()
            self._run(lambda af: export_due_pdf(af, out, days, today), translate("DuePanel", "Print the list"), True)

    def _run(self, export, title: str, pdf: bool) -> None:
        """Off the window's thread, through its own read-only connection (the session's stays untouched)."""
        from .jobs import run_job

        path = self.path

        def work(_progress) -> Path:
            with open_file(path, readonly=True) as af:
                return export(af)

        run_job(self, title, work, lambda written: self._finished(written, pdf),
                on_failed=lambda msg: QMessageBox.warning(self, translate("DuePanel", "Not exported"), msg))

    def _finished(self, path: Path, pdf: bool) -> None:
        self.last_output = path
        box = QMessageBox(QMessageBox.Icon.Information, translate("DuePanel", "Exported"),
                          translate("DuePanel", "Saved to:\n{0}").format(path), parent=self)
        open_btn = box.addButton(translate("DuePanel", "Open"), QMessageBox.ButtonRole.AcceptRole)
        preview = box.addButton(translate("DuePanel", "Preview"), QMessageBox.ButtonRole.ActionRole) if pdf else None
        box.addButton(translate("DuePanel", "Close"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is open_btn:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        elif preview is not None and box.clickedButton() is preview:
            from .export_menu import pdf_preview

            pdf_preview(self, path)


class DueController(QObject):
    """The panel as the window's last tab (its title counts what is overdue), the start page's list of the last
    file, and the jumps from a line to where the officer acts on it."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.panel = DuePanel(window)
        tabs = window.ui.tabs
        self.index = tabs.addTab(self.panel, translate("DuePanel", "Due / overdue"))
        tabs.setTabToolTip(self.index, translate("DuePanel", "Reports, the self-assessment, tasks and units' forms "
                                                             "due soon or overdue, across every plan and year"))
        self.panel.counts_changed.connect(self._title)
        self.panel.item_activated.connect(self.jump)
        window.start_page.due_panel.item_activated.connect(self._from_start_page)

    def set_session(self, session: Session | None) -> None:
        self.panel.set_session(session)

    def _title(self, overdue: int, soon: int) -> None:
        base = translate("DuePanel", "Due / overdue")
        tabs = self.window.ui.tabs
        tabs.setTabText(self.index, f"{base} ({overdue})" if overdue else base)
        tabs.tabBar().setTabTextColor(self.index, OVERDUE_FG if overdue else QColor())

    def _from_start_page(self, item: DueItem) -> None:
        path = self.window.start_page.due_panel.path
        if path is not None and self.window.open_path(path):
            self.jump(item)

    def _select_plan(self, plan_id: int | None) -> None:
        combo = self.window.plan_combo
        i = combo.findData(plan_id)
        if plan_id is not None and i >= 0:
            combo.setCurrentIndex(i)

    def jump(self, item: DueItem) -> None:
        """To the task (its plan, filters cleared if they hide it), the report's text of its period, the
        form of the unit and period, or the criteria of the year's self-assessment."""
        w = self.window
        if w.session is None:
            return
        tabs = w.ui.tabs
        if item.kind is DueKind.TASK and item.task_id is not None:
            self._select_plan(item.plan_id)
            tabs.setCurrentWidget(w.ui.tasksTab)
            if not w.tasks_tab.select_task(item.task_id):
                w.tasks_tab.clear_filters()
                w.tasks_tab.select_task(item.task_id)
            w.tasks_tab.view.setFocus()
        elif item.kind in (DueKind.REPORT, DueKind.UNIT_FORM):
            if item.kind is DueKind.REPORT:
                self._select_plan(item.plan_id)
            else:  # a plan of the form's year, so that the tab's year matches
                from ..services.plans import plans_for_picking

                same_year = [p.id for p in plans_for_picking(w.session.af) if p.year == item.year]
                if same_year and w.reports_tab.plan_year() != item.year:
                    self._select_plan(same_year[0])
            tabs.setCurrentWidget(w.ui.reportsTab)
            rt = w.reports_tab
            i = rt.period_combo.findData(item.period)
            if i >= 0:
                rt.period_combo.setCurrentIndex(i)
            if item.kind is DueKind.REPORT:
                rt.pages.setCurrentWidget(rt.text_panel)
                return
            fp = rt.forms_panel
            if item.year:
                fp.set_year(item.year)
            for combo, value in ((fp.form_combo, item.form_id), (fp.unit_combo, item.unit_id)):
                i = combo.findData(value)
                if i >= 0:
                    combo.setCurrentIndex(i)
            rt.pages.setCurrentWidget(fp)
        elif item.kind is DueKind.ASSESSMENT:
            i = w.year_combo.findData(item.year)
            if i >= 0:
                w.year_combo.setCurrentIndex(i)
            tabs.setCurrentWidget(w.ui.criteriaTab)
            w.criteria_tab.show_framework(item.framework_code)


__all__ = ["DueController", "DuePanel", "DueTableModel"]
