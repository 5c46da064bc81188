"""“Nhập kế hoạch từ văn bản…”: choose a .docx/.txt or paste text, see what was recognised, then import it."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.progress import Progress
from ..errors import Cancelled
from ..services.changes import Changes
from ..services.plan_import import (
    ImportPreview,
    ParsedCriterion,
    ParsedGroup,
    ParsedTask,
    PlanImportRecord,
    apply_plan_import,
    group_score,
    preview_plan_import,
    summary_text,
    undo_plan_import,
)
from .jobs import run_job, run_op
from .locale_format import fmt_number
from .session import Session
from .source_picker import SourcePicker

RED = QColor("#a61b1b")
AMBER = QColor("#8a5a00")


class PlanImportDialog(QDialog):
    """The preview is read again whenever the source changes; Import writes it in one transaction."""

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.preview: ImportPreview | None = None
        self.plan_id: int | None = None
        self.setWindowTitle(self.tr("Import a plan from a document"))
        self.resize(1080, 700)

        self.source_tabs = SourcePicker(
            placeholder=self.tr("a Word (.docx) or text (.txt) file of the plan"),
            dialog_title=self.tr("Choose the plan document"),
            file_filter=self.tr("Plans (*.docx *.txt);;All files (*)"), settings_key="plan_import_folder",
            paste_placeholder=self.tr("Paste the text of the plan here (copied from Word or a PDF), then press "
                                      "Preview."))
        self.source_tabs.file_chosen.connect(self.load_file)
        self.choose_file = self.source_tabs.choose_file
        self.source_tabs.text_submitted.connect(lambda _text: self.preview_pasted())
        self.path_edit, self.paste_edit = self.source_tabs.path_edit, self.source_tabs.paste_edit
        self.paste_button = self.source_tabs.paste_button

        self.status = QLabel(self.tr("Choose a file or paste the text of a plan."))
        self.status.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Recognised"), self.tr("Score"), self.tr("Units"), self.tr("Timeline")])
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.resizeSection(1, 170)
        header.resizeSection(2, 300)
        header.resizeSection(3, 170)

        self.unrecognised_list = QListWidget()
        self.warning_list = QListWidget()
        self.units_list = QListWidget()
        self.units_list.setToolTip(self.tr("Ticked names are added to the file's units; an unticked name is "
                                           "kept in the task's unit note"))
        self.side_tabs = QTabWidget()
        self.side_tabs.addTab(self.unrecognised_list, self.tr("Not understood"))
        self.side_tabs.addTab(self.warning_list, self.tr("Warnings"))
        self.side_tabs.addTab(self.units_list, self.tr("New units"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.side_tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.source_tabs)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

    # -- sources -------------------------------------------------------------------------
    def load_file(self, path: Path) -> None:
        self.source_tabs.show_path(path)
        af = self.session.af
        self._run(lambda progress: preview_plan_import(af, path, progress=progress))

    def preview_pasted(self) -> None:
        text = self.paste_edit.toPlainText()
        af = self.session.af
        self._run(lambda progress: preview_plan_import(af, text, pasted=True, progress=progress))

    def _run(self, make: Callable[[Progress], ImportPreview]) -> None:
        """Read the document as a job (a long .docx takes seconds); the preview is shown when it is read."""
        self.preview = None
        self.import_button.setEnabled(False)

        def done(preview: ImportPreview) -> None:
            self.preview = preview
            self._show(preview)

        def failed(message: str) -> None:
            self._show_error(message)

        run_job(self, self.tr("Import a plan from a document"), make, done, on_failed=failed,
                on_cancelled=lambda: self._show_error(Cancelled().message), text=self.tr("Reading the plan…"))

    # -- showing the preview ---------------------------------------------------------------
    def _show_error(self, message: str) -> None:
        for w in (self.tree, self.unrecognised_list, self.warning_list, self.units_list):
            w.clear()
        self.status.setText(f"<span style='color:#a61b1b'>{escape(message)}</span>")
        self.import_button.setEnabled(False)

    def _show(self, preview: ImportPreview) -> None:
        self.tree.clear()
        for g in preview.plan.groups:
            self.tree.addTopLevelItem(self._group_item(g))
        if preview.plan.projects:
            box = QTreeWidgetItem([self.tr("Projects ({0})").format(len(preview.plan.projects))])
            for x in preview.plan.projects:
                money = fmt_number(x.budget_total) if x.budget_total is not None else ""
                box.addChild(QTreeWidgetItem([x.name, self.tr("{0} million VND").format(money) if money else "",
                                              ", ".join(preview.units[n].name for n in x.lead_units), x.timeframe]))
            self.tree.addTopLevelItem(box)
        self.tree.expandToDepth(1)
        where = preview.plan.where
        self.unrecognised_list.clear()
        for issue in preview.unrecognised:
            item = QListWidgetItem(f"{where} {issue.line}: {issue.message}")
            item.setForeground(QBrush(RED))
            self.unrecognised_list.addItem(item)
        self.warning_list.clear()
        for issue in preview.warnings:
            text = f"{where} {issue.line}: {issue.message}" if issue.line else issue.message
            item = QListWidgetItem(text)
            item.setForeground(QBrush(AMBER))
            self.warning_list.addItem(item)
        self.units_list.clear()
        for name in preview.new_units:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.units_list.addItem(item)
        self.side_tabs.setTabText(0, self.tr("Not understood ({0})").format(len(preview.unrecognised)))
        self.side_tabs.setTabText(1, self.tr("Warnings ({0})").format(len(preview.warnings)))
        self.side_tabs.setTabText(2, self.tr("New units ({0})").format(len(preview.new_units)))
        if preview.unrecognised:
            self.side_tabs.setCurrentIndex(0)
        elif preview.warnings:
            self.side_tabs.setCurrentIndex(1)
        lines = [f"<b>{escape(preview.plan.title or preview.plan.source_name)}</b> — "
                 f"{escape(summary_text(preview))}"]
        if preview.plan.criteria():
            fw = preview.framework.framework
            label = escape(preview.framework_label)
            year = preview.assessment_year or "?"
            lines.append(self.tr("Scores of {0} go into the index {1}").format(year, label) if fw else
                         self.tr("A new index will be created: {0} (scores of {1})").format(label, year))
        self.status.setText("<br>".join(lines))
        self.import_button.setEnabled(not self.session.af.readonly)

    def _units_text(self, t: ParsedTask) -> str:
        assert self.preview is not None
        units = self.preview.units

        def names(printed: list[str]) -> str:
            out = []
            for n in printed:
                m = units[n]
                if m.sentence:  # not a unit's name: the wording goes to the note, the unit it starts with is linked
                    out.append(self.tr("{0} (kept as a note)").format(m.printed))
                else:
                    out.append(m.name if m.unit_id else self.tr("{0} (new)").format(m.name))
            return ", ".join(out)

        lead, coop = names(t.lead_units), names(t.coop_units)
        return "; ".join(x for x in (lead, self.tr("with: {0}").format(coop) if coop else "") if x)

    def _task_item(self, t: ParsedTask) -> QTreeWidgetItem:
        text = t.content.replace("\n", " ")
        item = QTreeWidgetItem([(f"{t.code}. " if t.code else "– ") + text, "", self._units_text(t), t.timeline])
        item.setToolTip(0, t.content)
        item.setToolTip(2, self._units_text(t))
        return item

    def _criterion_item(self, c: ParsedCriterion) -> QTreeWidgetItem:
        score = ""
        if c.max_score is not None:
            got = fmt_number(c.appraised_score) if c.appraised_score is not None else "–"
            score = f"{got}/{fmt_number(c.max_score)}"
            if c.self_score is not None and c.self_score != c.appraised_score:
                score += self.tr(" (self {0})").format(fmt_number(c.self_score))
        item = QTreeWidgetItem([f"{c.code}. {c.name}", score])
        item.setToolTip(0, c.name + (f"\n{c.note}" if c.note else ""))
        if c.max_score is not None and c.appraised_score is not None and c.appraised_score < c.max_score:
            item.setForeground(1, QBrush(RED))
        for t in c.tasks:
            item.addChild(self._task_item(t))
        return item

    def _group_item(self, g: ParsedGroup) -> QTreeWidgetItem:
        sums = group_score(g)
        score = ""
        if sums is not None:
            score = fmt_number(sums.appraised)
            if sums.max_score is not None:
                score += f"/{fmt_number(sums.max_score)}"
            if g.rank:
                score += self.tr(", rank {0}/{1}").format(g.rank, g.rank_of or "?")
        title = f"{g.code}. {g.name}" if g.code else g.name
        item = QTreeWidgetItem([title, score])
        font = QFont(item.font(0))
        font.setBold(True)
        item.setFont(0, font)
        for tg in g.targets:
            child = QTreeWidgetItem([self.tr("Target: {0}").format(tg.content)])
            child.setToolTip(0, tg.content)
            item.addChild(child)
        for t in g.tasks:
            item.addChild(self._task_item(t))
        for c in g.criteria:
            item.addChild(self._criterion_item(c))
        for child in g.children:
            item.addChild(self._group_item(child))
        return item

    # -- import --------------------------------------------------------------------------
    def units_to_create(self) -> list[str]:
        return [self.units_list.item(i).text() for i in range(self.units_list.count())
                if self.units_list.item(i).checkState() == Qt.CheckState.Checked]

    def do_import(self) -> None:
        """One undo step: undo removes the plan and all the import added, and restores the scores it replaced."""
        if self.preview is None:
            return
        af, preview, create = self.session.af, self.preview, self.units_to_create()
        done: list[PlanImportRecord] = []
        summary: list[str] = []

        def do(progress: Progress) -> Changes:  # first on the job's worker, again on redo
            record, changes = apply_plan_import(af, preview, create, progress=progress)
            done.append(record)
            summary.append(changes.summary)
            return changes

        def undo() -> Changes:
            return undo_plan_import(af, done.pop())

        def imported(_changes: Changes) -> None:
            self.plan_id = done[-1].plan_id
            QMessageBox.information(self, self.tr("Plan imported"), self.tr("Imported: {0}").format(summary[-1]))
            self.accept()

        def refused(message: str) -> None:  # the window shows it too; the dialog stays open, to change the choice
            self.status.setText(f"<span style='color:#a61b1b'>{escape(message)}</span><br>" + self.status.text())

        title = preview.plan.title or preview.plan.source_name
        if len(title) > 60:
            title = title[:59] + "…"
        run_op(self, self.session, self.tr("import plan {0}").format(f"“{title}”"), do, undo,
               title=self.tr("Import a plan from a document"), on_done=imported, on_failed=refused,
               text=self.tr("Importing the plan…"))
