"""“Nhập bộ chỉ số…”: choose a province's decision (.docx/.xlsx/.txt) or paste it, see the index as read with
what does not add up, then write it as a new index version in one undoable step."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QSpinBox,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.index_draft import DraftNode, IndexDraft
from ..domain.methods import KIND_NAMES
from ..domain.periods import period_rule_words
from ..errors import Cancelled, DtideskError
from ..services.frameworks import list_frameworks
from ..services.index_import import LEVEL_NAMES, ImportedIndex, check_code, proposed_code, read_index
from .jobs import run_job
from .locale_format import fmt_date, fmt_score
from .score_commands import ImportIndexCommand
from .session import Session
from .source_picker import IssuesBox, SourcePicker

RED = QColor("#a61b1b")
AMBER = QColor("#8a5a00")
NO_YEAR = 1989  # the spin box's "not chosen" value, just below what check_year accepts
LINE_ROLE = Qt.ItemDataRole.UserRole


class IndexImportDialog(QDialog):
    """The preview is read again whenever the source changes; Import writes it (one undo step)."""

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.draft: IndexDraft | None = None
        self.imported: ImportedIndex | None = None
        self._rows: dict[int, QTreeWidgetItem] = {}  # the document's line → its row in the tree
        self._code_edited = False
        self.setWindowTitle(self.tr("Import an index"))
        self.resize(1080, 700)

        self.source_tabs = SourcePicker(
            placeholder=self.tr("the province's decision: Word (.docx), Excel (.xlsx) or text (.txt)"),
            dialog_title=self.tr("Choose the index decision"),
            file_filter=self.tr("Index decisions (*.docx *.xlsx *.txt);;All files (*)"),
            settings_key="index_import_folder",
            paste_placeholder=self.tr("Paste the table of the index here (copied from Word, Excel, a web page or "
                                      "a PDF), then press Preview."))
        self.source_tabs.file_chosen.connect(self.load_file)
        self.choose_file = self.source_tabs.choose_file
        self.source_tabs.text_submitted.connect(lambda _text: self.preview_pasted())
        self.path_edit, self.paste_edit = self.source_tabs.path_edit, self.source_tabs.paste_edit
        self.paste_button = self.source_tabs.paste_button

        self.status = QLabel(self.tr("Choose the decision that issues the index, or paste its table."))
        self.status.setWordWrap(True)

        # What the document states, and what this version will be called in the file.
        self.decision_label = QLabel()
        self.province_label = QLabel()
        self.level_label = QLabel()
        self.total_label = QLabel()
        for label in (self.decision_label, self.province_label, self.level_label, self.total_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(NO_YEAR, 2100)
        self.year_spin.setSpecialValueText(self.tr("— choose —"))
        self.year_spin.setToolTip(self.tr("The year the index applies from; required when the document does not "
                                          "say"))
        self.year_spin.setValue(NO_YEAR)
        self.year_spin.valueChanged.connect(self._year_changed)
        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(40)
        self.code_edit.setToolTip(self.tr("A short code for this version, e.g. DTI-TN-SO (letters without accents, "
                                          "digits, hyphens)"))
        self.code_edit.textEdited.connect(self._code_typed)
        self.code_edit.textChanged.connect(lambda _t: self._update_button())
        self.name_edit = QLineEdit()
        grid = QGridLayout()
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 1)
        grid.setColumnStretch(5, 1)
        grid.addWidget(QLabel(self.tr("Decision:")), 0, 0)
        grid.addWidget(self.decision_label, 0, 1)
        grid.addWidget(QLabel(self.tr("Province:")), 0, 2)
        grid.addWidget(self.province_label, 0, 3)
        grid.addWidget(QLabel(self.tr("Level:")), 0, 4)
        grid.addWidget(self.level_label, 0, 5)
        year_label = QLabel(self.tr("&Year applied:"))
        year_label.setBuddy(self.year_spin)
        code_label = QLabel(self.tr("&Code:"))
        code_label.setBuddy(self.code_edit)
        name_label = QLabel(self.tr("&Name:"))
        name_label.setBuddy(self.name_edit)
        grid.addWidget(year_label, 1, 0)
        grid.addWidget(self.year_spin, 1, 1, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(code_label, 1, 2)
        grid.addWidget(self.code_edit, 1, 3)
        grid.addWidget(QLabel(self.tr("Maximum:")), 1, 4)
        grid.addWidget(self.total_label, 1, 5)
        grid.addWidget(name_label, 2, 0)
        grid.addWidget(self.name_edit, 2, 1, 1, 5)
        self.version_box = QWidget()
        self.version_box.setLayout(grid)
        self.version_box.setEnabled(False)

        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Code"), self.tr("Criterion"), self.tr("Max"), self.tr("Method"),
                                   self.tr("Evidence")])
        self.tree.setAlternatingRowColors(True)
        self.tree.setIndentation(14)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 90)
        header.resizeSection(2, 60)
        header.resizeSection(3, 190)
        header.resizeSection(4, 220)
        issues_box = IssuesBox(self.tr("Click a line to see its row in the index"))
        issues_box.line_selected.connect(self._select_line)
        self.issue_list, self.issues_heading = issues_box.list, issues_box.heading
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tree)
        splitter.addWidget(issues_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        self.refusal = QLabel()
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet("color: #a61b1b;")
        self.refusal.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.source_tabs)
        layout.addWidget(self.status)
        layout.addWidget(self.version_box)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.refusal)
        layout.addWidget(self.buttons)

    # -- sources -------------------------------------------------------------------------
    def load_file(self, path: Path) -> None:
        self.source_tabs.setCurrentIndex(0)
        self.source_tabs.show_path(path)
        self._read(lambda: read_index(path=path))

    def preview_pasted(self) -> None:
        text = self.paste_edit.toPlainText()
        self._read(lambda: read_index(text=text))

    def _read(self, make) -> None:
        """Read as a job (a long decision takes seconds); nothing is written."""
        self.draft = None
        self._update_button()

        def done(draft: IndexDraft) -> None:
            self.draft = draft
            self._show(draft)

        run_job(self, self.tr("Import an index"), lambda _progress: make(), done, on_failed=self._show_error,
                on_cancelled=lambda: self._show_error(Cancelled().message), text=self.tr("Reading the index…"))

    # -- the preview -----------------------------------------------------------------------
    def _show_error(self, message: str) -> None:
        self.draft = None
        self.tree.clear()
        self.issue_list.clear()
        self._rows = {}
        for label in (self.decision_label, self.province_label, self.level_label, self.total_label):
            label.clear()
        self.year_spin.blockSignals(True)
        self.year_spin.setValue(NO_YEAR)
        self.year_spin.blockSignals(False)
        self.code_edit.clear()
        self.name_edit.clear()
        self.issues_heading.setText(self.tr("To check"))
        self.version_box.setEnabled(False)
        self.status.setText(f"<span style='color:#a61b1b'>{escape(message)}</span>")
        self._show_refusal("")
        self._update_button()

    def _show(self, draft: IndexDraft) -> None:
        self.tree.clear()
        self._rows = {}
        for comp in draft.components:
            self.tree.addTopLevelItem(self._item(comp))
        self.tree.expandAll()
        criteria = draft.criteria()
        computed = sum(1 for c in criteria if c.method.kind != "manual")
        self.status.setText("<b>{}</b><br>{}<br>{}".format(
            escape(draft.name or Path(draft.source).name),
            escape(self.tr("{0} component indices, {1} criteria ({2} scored from inputs)").format(
                len(draft.components), len(criteria), computed)),
            escape(self.tr("Assessment period: {0}").format(period_rule_words(draft.period)))))
        decision = draft.decision
        if decision and draft.decision_date:
            decision = self.tr("{0} of {1}").format(decision, fmt_date(draft.decision_date))
        self.decision_label.setText(decision or self.tr("not stated"))
        self.province_label.setText(draft.province or self.tr("not stated"))
        self.level_label.setText(LEVEL_NAMES.get(draft.level, draft.level) or self.tr("not stated"))
        total = fmt_score(draft.total_max) or "–"
        if draft.total_stated is not None and draft.total_stated != draft.total_max:
            total = self.tr("{0} (the document states {1})").format(total, fmt_score(draft.total_stated))
        self.total_label.setText(total)
        self.year_spin.blockSignals(True)
        self.year_spin.setValue(draft.year or NO_YEAR)
        self.year_spin.blockSignals(False)
        self._code_edited = False
        self._propose_code()
        self.name_edit.setText(draft.name or Path(draft.source).stem)
        self.name_edit.setCursorPosition(0)
        self.version_box.setEnabled(True)

        self.issue_list.clear()
        for i in draft.issues:
            text = f"{draft.where} {i.line}: {i.message}" if i.line else i.message
            item = QListWidgetItem(text)
            item.setForeground(QBrush(AMBER))
            item.setData(LINE_ROLE, i.line)
            self.issue_list.addItem(item)
        if draft.notes:  # kept with the index for the officer; not a fault
            item = QListWidgetItem(self.tr("Text after the table, kept with the index: {0}").format(
                " · ".join(draft.notes)))
            item.setToolTip("\n".join(draft.notes))
            item.setForeground(QBrush(QColor("#6b7280")))
            item.setData(LINE_ROLE, 0)
            self.issue_list.addItem(item)
        self.issues_heading.setText(self.tr("To check ({0})").format(len(draft.issues)) if draft.issues
                                    else self.tr("Nothing to check: the sums add up."))
        self._show_refusal(self._blocker(draft) or "")
        self._update_button()

    def _item(self, node: DraftNode) -> QTreeWidgetItem:
        group = node.kind == "group"
        shown_max = node.counted_max() if group else node.max_score
        method = "" if group else KIND_NAMES.get(node.method.kind, node.method.kind)
        item = QTreeWidgetItem([node.code, node.name, fmt_score(shown_max), method, node.evidence])
        item.setData(0, LINE_ROLE, node.line)
        item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        where = self.tr("{0} {1} of the document").format(self.draft.where if self.draft else "", node.line)
        item.setToolTip(1, f"{node.name}\n({where})")
        if not group:
            words = node.method.words()
            tip = self.tr("As understood: {0}").format(words)
            if node.method_text:
                tip += "\n\n" + self.tr("The document: {0}").format(node.method_text)
            for note in node.method.notes:
                tip += "\n• " + note
            item.setToolTip(3, tip)
            item.setToolTip(4, node.evidence)
            if node.max_score is None:
                item.setForeground(2, QBrush(RED))
            if node.method.notes:
                item.setForeground(3, QBrush(AMBER))
        else:
            font = QFont(item.font(0))
            font.setBold(True)
            for col in (0, 1, 2):
                item.setFont(col, font)
        if node.deduction:
            item.setForeground(2, QBrush(RED))
        self._rows.setdefault(node.line, item)
        for child in node.children:
            item.addChild(self._item(child))
        return item

    def _select_line(self, item: QListWidgetItem | None) -> None:
        row = self._rows.get(item.data(LINE_ROLE)) if item is not None else None
        if row is not None:
            self.tree.setCurrentItem(row)
            self.tree.scrollToItem(row)

    # -- the version's year and code -----------------------------------------------------------
    def year(self) -> int | None:
        value = self.year_spin.value()
        return None if value == NO_YEAR else value

    def _year_changed(self, _value: int) -> None:
        if not self._code_edited:
            self._propose_code()
        self._update_button()

    def _code_typed(self, _text: str) -> None:
        self._code_edited = True

    def _propose_code(self) -> None:
        if self.draft is None:
            return
        year = self.year()
        code = proposed_code(self.session.af if year is not None else None, self.draft, year or 0)
        self.code_edit.setText(code)

    def _blocker(self, draft: IndexDraft) -> str | None:
        """Why this draft cannot be written as it is (the same checks the use case makes), or None."""
        criteria = draft.criteria()
        if not criteria:
            return self.tr("Nothing to import: no criterion was recognised.")
        missing = [c.code for c in criteria if c.max_score is None]
        if missing:
            return self.tr("Cannot import: criteria {0} have no maximum score.").format(", ".join(missing[:5]))
        return None

    def _update_button(self) -> None:
        ok = (self.draft is not None and self._blocker(self.draft) is None and self.year() is not None
              and bool(self.code_edit.text().strip()) and not self.session.af.readonly)
        self.import_button.setEnabled(ok)
        if self.draft is not None and self.year() is None:
            self.year_spin.setStyleSheet("QSpinBox { border: 1px solid #a61b1b; }")
        else:
            self.year_spin.setStyleSheet("")

    def _show_refusal(self, message: str) -> None:
        self.refusal.setText(message)
        self.refusal.setVisible(bool(message))

    # -- import --------------------------------------------------------------------------
    def check(self) -> str | None:
        """Why Import would be refused (Vietnamese, naming the field), or None; writes nothing."""
        if self.draft is None:
            return self.tr("Choose a file or paste the text of the index first.")
        blocker = self._blocker(self.draft)
        if blocker:
            return blocker
        year = self.year()
        if year is None:
            return self.tr("The document does not state the year the index applies from: choose it.")
        try:
            code = check_code(self.code_edit.text())
        except DtideskError as exc:
            return exc.message
        if any(f.code == code and f.version_year == year for f in list_frameworks(self.session.af)):
            return self.tr("The file already has the index {0} for {1}: choose another code.").format(code, year)
        return None

    def do_import(self) -> None:
        """One undo step: undo removes the version and its criteria."""
        message = self.check()
        if message:
            self._show_refusal(message)
            return
        assert self.draft is not None
        failures: list[str] = []

        def failed(message: str) -> None:  # the window shows it too; here it stays beside the choices
            failures.append(message)

        self.session.failed.connect(failed)
        try:
            command = ImportIndexCommand(self.session, self.draft, self.year(), self.name_edit.text().strip(),
                                         self.code_edit.text().strip())
            ok = self.session.execute(command)
        finally:
            self.session.failed.disconnect(failed)
        if not ok or command.imported is None:
            self._show_refusal(failures[-1] if failures else self.tr("Not imported."))
            return
        self.imported = command.imported
        self.accept()


__all__ = ["IndexImportDialog"]
