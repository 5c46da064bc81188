"""“Tạo kế hoạch năm sau…”: the preview of next year's plan, then one undoable command that creates it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.progress import Progress
from ..errors import DtideskError
from ..services import rollforward as uc
from ..services.changes import Changes
from ..services.frameworks import list_frameworks
from ..services.rollforward_result import RollForwardResult
from .jobs import run_op
from .locale_format import fmt_date, fmt_score
from .session import Session

translate = QCoreApplication.translate


def roll_forward_job(parent: QWidget, session: Session, plan_id: int, drop_finished: bool,
                     framework_id: int | None, outcome: dict, on_done: Callable[[Changes], None],
                     on_failed: Callable[[str], None]) -> None:
    """Create next year's plan as a job and one undo step; undo deletes it whole, redo creates it again.
    outcome["result"] is set before on_done."""
    af = session.af

    def do(progress: Progress) -> Changes:  # first on the job's worker, again on redo
        result, changes = uc.roll_forward(af, plan_id, drop_finished, framework_id, progress=progress)
        outcome["result"] = result
        return changes

    def undo() -> Changes:
        result = outcome.get("result")
        return uc.delete_plan(af, result.plan_id) if result and result.plan_id else Changes()

    run_op(parent, session, translate("RollForwardDialog", "create next year's plan"), do, undo,
           title=translate("RollForwardDialog", "Create next year's plan"), on_done=on_done, on_failed=on_failed,
           text=translate("RollForwardDialog", "Creating next year's plan…"))


class RollForwardDialog(QDialog):
    def __init__(self, session: Session, plan_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.plan_id = session, plan_id
        self.result: RollForwardResult | None = None
        self.created_plan_id: int | None = None
        self.setWindowTitle(self.tr("Create next year's plan"))
        self.resize(980, 620)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.drop_box = QCheckBox(self.tr("Leave out one-off tasks already done"))
        self.drop_box.setToolTip(self.tr("Recurring tasks (regular, yearly, quarterly) are always kept."))
        self.framework_combo = QComboBox()
        self.framework_combo.addItem(self.tr("Automatic: the version in force next year"), None)
        for fw in list_frameworks(session.af):
            self.framework_combo.addItem(f"{fw.code}/{fw.version_year} — {fw.name}", fw.id)
        form = QFormLayout()
        form.addRow(self.tr("Criteria of next year:"), self.framework_combo)
        self.tasks = QTreeWidget()
        self.tasks.setRootIsDecorated(False)
        self.tasks.setAlternatingRowColors(True)
        self.tasks.setHeaderLabels([self.tr("No."), self.tr("Task"), self.tr("Timeline this year"),
                                    self.tr("Timeline next year"), self.tr("Due date"), self.tr("Criterion"),
                                    self.tr("Next year")])
        header = self.tasks.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col in (0, 4, 5, 6):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        for col in (2, 3):
            header.resizeSection(col, 190)
        self.flagged = QTreeWidget()
        self.flagged.setRootIsDecorated(False)
        self.flagged.setHeaderLabels([self.tr("Criterion"), self.tr("Name"), self.tr("Max"), self.tr("Appraised"),
                                      self.tr("Deduction"), self.tr("Next year's criterion"), self.tr("Tasks")])
        header = self.flagged.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col in (0, 2, 3, 4, 5, 6):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.warnings = QListWidget()
        self.warnings.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.tasks, self.tr("Tasks"))
        self.tabs.addTab(self.flagged, self.tr("Criteria that lost points"))
        self.tabs.addTab(self.warnings, self.tr("To check"))
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #a61b1b;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(self.tr("&Create"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.drop_box)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.drop_box.toggled.connect(self.refresh)
        self.framework_combo.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def _framework_id(self) -> int | None:
        return self.framework_combo.currentData()

    def refresh(self) -> None:
        """Recompute the preview for the current choices; a refusal disables Create and says why."""
        try:
            self.result = uc.preview_roll_forward(self.session.af, self.plan_id, self.drop_box.isChecked(),
                                                  self._framework_id())
        except DtideskError as exc:
            self.result = None
            self.error_label.setText(exc.message)
            self.error_label.show()
            self.create_button.setEnabled(False)
            return
        self.error_label.hide()
        self.create_button.setEnabled(True)
        r = self.result
        self.summary.setText(self.tr("<b>{0}</b> (year {1})<br>{2} tasks kept, {3} left out; {4} criteria lost "
                                     "points in the assessment of {5}.").format(
            r.title, r.year, len(r.kept), len(r.dropped), len(r.flagged), r.assessment_year or "–"))
        self.tasks.clear()
        for t in r.tasks:
            crit = t.old_criterion if t.old_criterion == t.new_criterion else f"{t.old_criterion} → {t.new_criterion}"
            state = self.tr("kept") if t.kept else self.tr("left out")
            item = QTreeWidgetItem([t.code, t.content, t.old_timeline, t.new_timeline if t.kept else "",
                                    fmt_date(t.due_date) if t.kept else "", crit, state])
            item.setToolTip(1, t.content)
            if t.warning:
                item.setToolTip(3, t.warning)
                item.setForeground(3, Qt.GlobalColor.darkRed)
            if not t.kept:
                for col in range(item.columnCount()):
                    item.setForeground(col, Qt.GlobalColor.gray)
            self.tasks.addTopLevelItem(item)
        self.flagged.clear()
        for f in r.flagged:
            item = QTreeWidgetItem([f.code, f.name, fmt_score(f.max_score), fmt_score(f.appraised_score),
                                    fmt_score(f.deduction), f.new_code, str(f.task_count)])
            item.setToolTip(1, f.name)
            if not f.task_count:
                item.setForeground(6, Qt.GlobalColor.darkRed)
            self.flagged.addTopLevelItem(item)
        self.warnings.clear()
        self.warnings.addItems(r.warnings)
        self.tabs.setTabText(2, self.tr("To check ({0})").format(len(r.warnings)))

    def create(self) -> None:
        outcome: dict = {}

        def created(_changes: Changes) -> None:
            self.result = outcome["result"]
            self.created_plan_id = self.result.plan_id
            self.accept()

        def refused(message: str) -> None:
            self.refresh()
            self.error_label.setText(message)
            self.error_label.show()

        roll_forward_job(self, self.session, self.plan_id, self.drop_box.isChecked(), self._framework_id(), outcome,
                         created, refused)

    @staticmethod
    def run(session: Session, plan_id: int, parent: QWidget | None = None) -> int | None:
        """Show the dialog; the id of the plan created, or None."""
        dialog = RollForwardDialog(session, plan_id, parent)
        dialog.exec()
        created = dialog.created_plan_id
        dialog.deleteLater()
        return created
