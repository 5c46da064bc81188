"""“Điểm có thể giành lại…”: the year's criteria ranked by points lost or recoverable, their linked tasks, the PDF
and Excel export, and the way on to next year's plan."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.points_at_stake import PointsAtStake, StakeRow
from ..domain.progress import Progress
from ..errors import DtideskError
from ..services import points_at_stake as uc
from ..services.changes import Changes
from ..services.files import open_file
from .criteria_model import CUT_BG, LOSS_FG, MUTED_FG
from .jobs import run_job
from .labels import status_label
from .locale_format import fmt_score
from .session import Session

REFRESH_ON = ("scores", "evidence", "tasks", "plans", "assessments", "frameworks", "indicators", "indicator_links")
ID_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = 10
LOST, WITH, WITHOUT, TASKS = 6, 7, 8, 9
FILTERS = {"pdf": "PDF (*.pdf)", "xlsx": "Excel (*.xlsx)"}


class PointsDialog(QDialog):
    criterion_chosen = Signal(int)  # an indicator id: the Criteria tab selects it

    def __init__(self, session: Session, year: int, framework_code: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.year, self.framework_code = session, year, framework_code
        self.stake: PointsAtStake | None = None
        self.last_output: Path | None = None
        self.last_dialog: QDialog | None = None
        self.setWindowTitle(self.tr("Points at stake"))
        self.resize(1180, 680)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.definitions = QLabel(self.tr(
            "<b>Lost</b> = maximum − appraised score (not appraised yet: maximum − self score, shown as such); a "
            "deduction row counts the points it took. <b>Recoverable</b> = self score − appraised score, what the "
            "council cut: <i>with evidence</i> attached a request for review can argue it, <i>without</i> next "
            "year's evidence can win it back."))
        self.definitions.setWordWrap(True)
        self.definitions.setStyleSheet("color: #4b5563;")

        self.by_lost = QRadioButton(self.tr("Points lost"))
        self.by_recoverable = QRadioButton(self.tr("Points recoverable"))
        self.by_lost.setChecked(True)
        self.by_group = QButtonGroup(self)
        self.by_group.addButton(self.by_lost)
        self.by_group.addButton(self.by_recoverable)
        self.by_lost.toggled.connect(lambda _on: self._fill())
        switch = QHBoxLayout()
        switch.addWidget(QLabel(self.tr("Rank by:")))
        switch.addWidget(self.by_lost)
        switch.addWidget(self.by_recoverable)
        switch.addStretch(1)

        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setUniformRowHeights(True)
        self.table.setHeaderLabels([
            self.tr("No."), self.tr("Code"), self.tr("Criterion"), self.tr("Max"), self.tr("Self"),
            self.tr("Appraised"), self.tr("Lost"), self.tr("Recoverable\nwith evidence"),
            self.tr("Recoverable\nwithout evidence"), self.tr("Tasks")])
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for col in range(COLUMNS):
            if col != 2:
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setToolTip(self.tr("Double-click a criterion to select it on the Criteria tab"))
        self.table.itemDoubleClicked.connect(self._chosen)
        self.table.currentItemChanged.connect(lambda *_: self._show_tasks())

        self.tasks_label = QLabel()
        self.tasks = QTreeWidget()
        self.tasks.setRootIsDecorated(False)
        self.tasks.setHeaderLabels([self.tr("Plan"), self.tr("Criterion"), self.tr("Task"), self.tr("Status")])
        theader = self.tasks.header()
        theader.setStretchLastSection(False)
        theader.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for col in (0, 1, 3):
            theader.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.tasks_label)
        lower_layout.addWidget(self.tasks)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([430, 150])

        self.saved = QLabel()
        self.saved.setOpenExternalLinks(True)
        self.saved.setTextFormat(Qt.TextFormat.RichText)
        self.saved.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.pdf_button = QPushButton(self.tr("Export PDF…"))
        self.xlsx_button = QPushButton(self.tr("Export Excel…"))
        self.plan_button = QPushButton(self.tr("Plan next year…"))
        self.plan_button.setToolTip(self.tr("Create next year's plan from the newest plan, the criteria that lost "
                                            "points first"))
        for b in (self.pdf_button, self.xlsx_button, self.plan_button):
            self.buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.plan_button.clicked.connect(self.plan_next_year)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        # Not modal, so shown as a window: no minimum size pushed to the platform (the offscreen one warns).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.addWidget(self.summary)
        layout.addWidget(self.definitions)
        layout.addLayout(switch)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.saved)
        layout.addWidget(self.buttons)
        session.changed.connect(self._on_changed)
        self.refresh()

    # -- data -------------------------------------------------------------------------------------
    @property
    def by(self) -> str:
        return "recoverable" if self.by_recoverable.isChecked() else "lost"

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(*REFRESH_ON):
            self.refresh()

    def set_context(self, year: int, framework_code: str | None) -> None:
        self.year, self.framework_code = year, framework_code
        self.refresh()

    def refresh(self) -> None:
        try:
            self.stake = uc.points_at_stake(self.session.af, self.year, self.framework_code)
        except DtideskError as exc:
            self.stake = None
            self.summary.setText(escape(exc.message))
        for b in (self.pdf_button, self.xlsx_button):
            b.setEnabled(self.stake is not None)
        self.plan_button.setEnabled(self.stake is not None and self.stake.next_plan_source is not None
                                    and not self.session.af.readonly)
        if self.stake is not None and self.stake.next_plan_source is None:
            self.plan_button.setToolTip(self.tr("No plan of this index up to next year to start from: create "
                                                "this year's plan first."))
        self._fill()

    def _fill(self) -> None:
        chosen = self.current_id()
        self.table.clear()
        s = self.stake
        if s is None:
            self._show_tasks()
            return
        t = s.totals()
        self.summary.setText("<b>{}</b> — {}".format(
            escape(self.tr("{0} (version {1}), assessment {2}").format(s.framework_code, s.framework_version,
                                                                       s.year)),
            self.tr("{0} criteria lost {1} points; {2} points recoverable ({3} with evidence, {4} without).").format(
                len(s.rows), "<b>" + fmt_score(t["lost"]) + "</b>", "<b>" + fmt_score(t["recoverable"]) + "</b>",
                fmt_score(t["recoverable_with_evidence"]), fmt_score(t["recoverable_without_evidence"]))))
        for i, r in enumerate(s.ranked(self.by), start=1):
            self.table.addTopLevelItem(self._item(i, r))
        if self.table.topLevelItemCount():
            self.select(chosen if chosen is not None else self.table.topLevelItem(0).data(0, ID_ROLE))
        self._show_tasks()

    def _item(self, rank: int, r: StakeRow) -> QTreeWidgetItem:
        appraised = fmt_score(r.appraised_score) if r.appraised else self.tr("not appraised")
        item = QTreeWidgetItem([str(rank), r.code, r.name, fmt_score(r.max_score), fmt_score(r.self_score), appraised,
                                fmt_score(r.lost), fmt_score(r.recoverable_with_evidence or None),
                                fmt_score(r.recoverable_without_evidence or None), str(len(r.tasks))])
        item.setData(0, ID_ROLE, r.indicator_id)
        item.setToolTip(2, r.name)
        for col in range(COLUMNS):
            if col != 2:
                item.setTextAlignment(col, Qt.AlignmentFlag.AlignCenter)
        item.setForeground(LOST, LOSS_FG)
        if not r.appraised:
            item.setForeground(5, MUTED_FG)
            item.setToolTip(LOST, self.tr("Not appraised yet: maximum − self score"))
        if r.deduction_row:
            item.setToolTip(LOST, self.tr("Deduction row: the points it took"))
        if r.recoverable_with_evidence:
            item.setBackground(WITH, CUT_BG)
            item.setToolTip(WITH, self.tr("{0} evidence items attached: a request for review can argue these "
                                          "points").format(r.evidence_count))
        if not r.tasks:
            item.setForeground(TASKS, LOSS_FG)
            item.setToolTip(TASKS, self.tr("No task of this year's or next year's plan is linked to it yet"))
        return item

    # -- selection ----------------------------------------------------------------------------------
    def current_id(self) -> int | None:
        item = self.table.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def current_row(self) -> StakeRow | None:
        iid = self.current_id()
        return next((r for r in self.stake.rows if r.indicator_id == iid), None) if self.stake else None

    def select(self, indicator_id: int) -> None:
        for i in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(i)
            if item.data(0, ID_ROLE) == indicator_id:
                self.table.setCurrentItem(item)
                return

    def _chosen(self, item: QTreeWidgetItem, _col: int) -> None:
        self.criterion_chosen.emit(item.data(0, ID_ROLE))

    def _show_tasks(self) -> None:
        self.tasks.clear()
        r = self.current_row()
        if r is None:
            self.tasks_label.setText(self.tr("Tasks linked to the selected criterion"))
            return
        years = sorted({p.year for p in self.stake.plans}) if self.stake else []
        self.tasks_label.setText(self.tr("Tasks linked to {0} in the plans of {1}: {2}").format(
            r.code, ", ".join(str(y) for y in years) or "–", len(r.tasks)))
        for t in r.tasks:
            item = QTreeWidgetItem([str(t.plan_year), t.criterion_code, " ".join(t.content.split()),
                                    status_label(t.status)])
            item.setToolTip(2, t.content)
            self.tasks.addTopLevelItem(item)

    # -- actions ------------------------------------------------------------------------------------
    def _no_modal(self) -> bool:
        w: QWidget | None = self
        while w is not None:
            if w.property("noModal"):
                return True
            w = w.parentWidget()
        return False

    def export(self, fmt: str, out: Path | None = None) -> None:
        """Ask where (unless told), then write the table as a job with its own read-only connection."""
        if self.stake is None:
            return
        if out is None:
            settings = QSettings()
            folder = Path(str(settings.value("export_folder", str(Path.home()))))
            name = f"diem-co-the-gianh-lai-{self.stake.framework_code.lower()}-{self.year}.{fmt}"
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), str(folder / name), FILTERS[fmt])
            if not chosen:
                return
            out = Path(chosen)
            if out.suffix.lower() != f".{fmt}":
                out = out.with_suffix(f".{fmt}")
            settings.setValue("export_folder", str(out.parent))
        path, year, code, by = self.session.af.path, self.year, self.stake.framework_code, self.by

        def work(progress: Progress) -> Path:
            with open_file(path, readonly=True) as af:
                return uc.export_points(af, year, fmt, out, framework_code=code, by=by, progress=progress)

        run_job(self, self.tr("Export"), work, self._exported,
                on_failed=lambda msg: QMessageBox.warning(self, self.tr("Not exported"), msg),
                text=self.tr("Exporting…"))

    def _exported(self, path: Path) -> None:
        self.last_output = path
        self.saved.setText(self.tr("Saved to {0}").format(
            f"<a href='{QUrl.fromLocalFile(str(path)).toString()}'>{escape(str(path))}</a>"))
        self.saved.show()

    def plan_next_year(self) -> None:
        """The existing “Tạo kế hoạch năm sau…”, from the newest plan of the index up to next year: its list of
        criteria that lost points comes in the order shown here."""
        if self.stake is None or self.stake.next_plan_source is None:
            return
        from .rollforward_dialog import RollForwardDialog

        dialog = RollForwardDialog(self.session, self.stake.next_plan_source, self)
        self.last_dialog = dialog
        if not self._no_modal():
            dialog.exec()


__all__ = ["PointsDialog"]
