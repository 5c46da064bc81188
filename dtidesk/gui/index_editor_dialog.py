"""Công cụ → Bộ chỉ số…: the index versions of the file, and the components and criteria of one of them.

Left, the versions (new, copy for next year, delete); right, the chosen version's details and its tree with
code, name and maximum edited in place, and below it the selected criterion's method in the decision's words,
what the program understands from them, and the evidence required. Every edit is one undoable step on the
window's undo stack, made through the index_edit use cases."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.models import Indicator
from ..services import index_edit as uc
from ..services.changes import Changes
from ..services.frameworks import list_frameworks
from . import index_edit_commands as cmd
from .index_editor_forms import NewIndicatorDialog, NewVersionDialog, level_labels
from .locale_format import fmt_score
from .session import Session

ID = Qt.ItemDataRole.UserRole
CODE, NAME, MAX = range(3)


class IndexEditorDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None, framework_id: int | None = None):
        super().__init__(parent)
        self.session = session
        self._loading = False
        self.setWindowTitle(self.tr("Indices"))
        self.resize(1200, 660)  # within a 1366×768 screen, title bar and taskbar included
        self.levels = level_labels()

        self.versions = QTreeWidget()
        self.versions.setRootIsDecorated(False)
        self.versions.setHeaderLabels([self.tr("Code"), self.tr("Year"), self.tr("Name"), self.tr("Level")])
        vh = self.versions.header()
        vh.setStretchLastSection(False)
        for col, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.ResizeToContents,
                                    QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.ResizeToContents)):
            vh.setSectionResizeMode(col, mode)
        self.versions.currentItemChanged.connect(lambda *_: self._show_version())
        self.new_button = QPushButton(self.tr("&New version…"))
        self.copy_button = QPushButton(self.tr("&Copy for next year"))
        self.delete_version_button = QPushButton(self.tr("Delete version"))
        self.new_button.clicked.connect(self.new_version)
        self.copy_button.clicked.connect(self.copy_for_next_year)
        self.delete_version_button.clicked.connect(self.delete_version)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(QLabel(self.tr("Index versions in this file:")))
        ll.addWidget(self.versions, 1)
        lb = QHBoxLayout()
        for b in (self.new_button, self.copy_button, self.delete_version_button):
            lb.addWidget(b)
        lb.addStretch(1)
        ll.addLayout(lb)

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self._build_details())
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Code"), self.tr("Component / criterion"), self.tr("Maximum")])
        th = self.tree.header()
        th.setStretchLastSection(False)
        th.setSectionResizeMode(CODE, QHeaderView.ResizeMode.ResizeToContents)
        th.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        th.setSectionResizeMode(MAX, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        self.tree.itemChanged.connect(self._item_edited)
        self.tree.currentItemChanged.connect(lambda cur, prev: self._indicator_chosen(prev))
        rl.addWidget(self.tree, 1)
        tb = QHBoxLayout()
        self.add_component_button = QPushButton(self.tr("Add &component…"))
        self.add_criterion_button = QPushButton(self.tr("Add c&riterion…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.check_button = QPushButton(self.tr("Check &sums"))
        self.add_component_button.clicked.connect(lambda: self.add_indicator(False))
        self.add_criterion_button.clicked.connect(lambda: self.add_indicator(True))
        self.delete_button.clicked.connect(self.delete_indicator)
        self.check_button.clicked.connect(self.check_sums)
        for b in (self.add_component_button, self.add_criterion_button, self.delete_button):
            tb.addWidget(b)
        tb.addStretch(1)
        tb.addWidget(self.check_button)
        rl.addLayout(tb)
        rl.addWidget(self._build_method_box())

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([380, 860])
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #a61b1b;")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.redo_button = QPushButton(self.tr("&Redo"))
        close = QPushButton(self.tr("Close"))
        stack = session.undo_stack
        self.undo_button.clicked.connect(stack.undo)
        self.redo_button.clicked.connect(stack.redo)
        close.clicked.connect(self.accept)
        self.undo_button.setEnabled(stack.canUndo())
        self.redo_button.setEnabled(stack.canRedo())
        stack.canUndoChanged.connect(self.undo_button.setEnabled)
        stack.canRedoChanged.connect(self.redo_button.setEnabled)
        QShortcut(QKeySequence.StandardKey.Undo, self, stack.undo)
        QShortcut(QKeySequence("Ctrl+Y"), self, stack.redo)
        bottom = QHBoxLayout()
        bottom.addWidget(self.error_label, 1)
        for b in (self.undo_button, self.redo_button, close):
            bottom.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        session.changed.connect(self._on_changed)
        session.failed.connect(self._fail)
        self.finished.connect(self._detach)
        self.load_versions(framework_id)

    # -- building -------------------------------------------------------------------------------------
    def _build_details(self) -> QWidget:
        box = QGroupBox(self.tr("Version"))
        self.code_edit, self.name_edit = QLineEdit(), QLineEdit()
        self.year_edit, self.decision_edit, self.province_edit = QLineEdit(), QLineEdit(), QLineEdit()
        self.year_edit.setMaximumWidth(70)
        self.code_edit.setMaximumWidth(150)
        self.level_combo = QComboBox()
        for key, label in self.levels.items():
            self.level_combo.addItem(label, key)
        g = QGridLayout(box)
        g.addWidget(QLabel(self.tr("Code:")), 0, 0)
        g.addWidget(self.code_edit, 0, 1)
        g.addWidget(QLabel(self.tr("Year:")), 0, 2)
        g.addWidget(self.year_edit, 0, 3)
        g.addWidget(QLabel(self.tr("Level:")), 0, 4)
        g.addWidget(self.level_combo, 0, 5)
        g.addWidget(QLabel(self.tr("Province:")), 0, 6)
        g.addWidget(self.province_edit, 0, 7)
        g.addWidget(QLabel(self.tr("Name:")), 1, 0)
        g.addWidget(self.name_edit, 1, 1, 1, 7)
        g.addWidget(QLabel(self.tr("Decision:")), 2, 0)
        g.addWidget(self.decision_edit, 2, 1, 1, 7)
        g.setColumnStretch(7, 1)
        for key, edit in (("code", self.code_edit), ("version_year", self.year_edit), ("name", self.name_edit),
                          ("decision", self.decision_edit), ("province", self.province_edit)):
            edit.editingFinished.connect(lambda k=key, e=edit: self._version_edited(k, e.text()))
        self.level_combo.activated.connect(lambda _i: self._version_edited("level", self.level_combo.currentData()))
        return box

    def _build_method_box(self) -> QWidget:
        box = QGroupBox(self.tr("Selected criterion"))
        self.method_edit = QPlainTextEdit()
        self.method_edit.setPlaceholderText(self.tr("How it is scored, in the decision's words"))
        self.evidence_edit = QPlainTextEdit()
        self.evidence_edit.setPlaceholderText(self.tr("Evidence the decision requires"))
        for edit in (self.method_edit, self.evidence_edit):
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 6 + 12)  # six lines: most methods whole
        self.understood_label = QLabel()
        self.understood_label.setWordWrap(True)
        self.understood_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.apply_button = QPushButton(self.tr("&Apply"))
        self.apply_button.clicked.connect(self.apply_texts)
        self.method_edit.textChanged.connect(self._texts_changed)
        self.evidence_edit.textChanged.connect(self._texts_changed)
        g = QGridLayout(box)
        g.addWidget(QLabel(self.tr("Scoring method (the decision's words):")), 0, 0)
        g.addWidget(QLabel(self.tr("Evidence required:")), 0, 1)
        g.addWidget(self.method_edit, 1, 0)
        g.addWidget(self.evidence_edit, 1, 1)
        row = QHBoxLayout()
        row.addWidget(self.understood_label, 1)
        row.addWidget(self.apply_button, 0, Qt.AlignmentFlag.AlignTop)
        g.addLayout(row, 2, 0, 1, 2)
        g.setColumnStretch(0, 3)
        g.setColumnStretch(1, 2)
        return box

    # -- loading --------------------------------------------------------------------------------------
    def framework_id(self) -> int | None:
        item = self.versions.currentItem()
        return item.data(0, ID) if item is not None else None

    def indicator_id(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(CODE, ID) if item is not None else None

    def load_versions(self, select: int | None = None) -> None:
        select = select if select is not None else self.framework_id()
        self.versions.blockSignals(True)
        self.versions.clear()
        current = None
        for fw in sorted(list_frameworks(self.session.af), key=lambda f: (f.code, f.version_year)):
            item = QTreeWidgetItem([fw.code, str(fw.version_year), fw.name, self.levels.get(fw.level, fw.level)])
            item.setData(0, ID, fw.id)
            item.setToolTip(2, fw.name)
            self.versions.addTopLevelItem(item)
            if fw.id == select or current is None and select is None:
                current = item
        if current is None and self.versions.topLevelItemCount():
            current = self.versions.topLevelItem(0)
        self.versions.setCurrentItem(current)
        self.versions.blockSignals(False)
        self._show_version()

    def _show_version(self) -> None:
        fid = self.framework_id()
        has = fid is not None
        for w in (self.copy_button, self.delete_version_button, self.add_component_button, self.check_button,
                  self.code_edit, self.year_edit, self.name_edit, self.decision_edit, self.province_edit,
                  self.level_combo):
            w.setEnabled(has)
        fw = uc.get_version(self.session.af, fid) if has else None
        self.code_edit.setText(fw.code if fw else "")
        self.year_edit.setText(str(fw.version_year) if fw else "")
        self.name_edit.setText(fw.name if fw else "")
        self.decision_edit.setText(fw.decision if fw else "")
        self.province_edit.setText(fw.province if fw else "")
        self.level_combo.setCurrentIndex(max(0, self.level_combo.findData(fw.level if fw else "")))
        for e in (self.name_edit, self.decision_edit):
            e.setCursorPosition(0)
        self.load_tree()

    def load_tree(self, select: int | None = None) -> None:
        select = select if select is not None else self.indicator_id()
        self._loading = True
        self.tree.clear()
        fid = self.framework_id()
        items: dict[int, QTreeWidgetItem] = {}
        current = None
        if fid is not None:
            sums = uc.group_maxima(self.session.af, fid)
            for ind in uc.indicators_of(self.session.af, fid):
                item = self._item(ind, sums.get(ind.id))
                parent = items.get(ind.parent_id) if ind.parent_id else None
                (parent.addChild(item) if parent is not None else self.tree.addTopLevelItem(item))
                items[ind.id] = item
                if ind.id == select:
                    current = item
        self.tree.expandAll()
        self.tree.setCurrentItem(current)
        self._loading = False
        self._show_indicator()

    def _item(self, ind: Indicator, group_max) -> QTreeWidgetItem:
        group = ind.kind == "group"
        item = QTreeWidgetItem([ind.code, ind.name, fmt_score(group_max if group else ind.max_score)])
        item.setData(CODE, ID, ind.id)
        item.setData(MAX, ID, ind.kind)
        item.setToolTip(NAME, ind.name)
        item.setTextAlignment(MAX, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        if group:
            font = QFont(item.font(NAME))
            font.setBold(True)
            for col in (CODE, NAME):
                item.setFont(col, font)
            item.setForeground(MAX, QBrush(QColor("#666666")))
            item.setToolTip(MAX, self.tr("Sum of its criteria (a component has no maximum of its own)"))
        elif ind.max_score is not None and ind.max_score < 0:
            item.setForeground(MAX, QBrush(QColor("#a61b1b")))
            item.setToolTip(MAX, self.tr("Deduction row"))
        return item

    def _show_indicator(self) -> None:
        iid = self.indicator_id()
        ind = uc.get_indicator(self.session.af, iid) if iid is not None else None
        criterion = ind is not None and ind.kind == "criterion"
        self.delete_button.setEnabled(ind is not None)
        self.add_criterion_button.setEnabled(ind is not None)
        self._loading = True
        self.method_edit.setPlainText(ind.scoring_note if ind else "")
        self.evidence_edit.setPlainText(ind.evidence_hint if ind else "")
        self._loading = False
        for w in (self.method_edit, self.evidence_edit):
            w.setEnabled(ind is not None)
        self.apply_button.setEnabled(False)
        self._shown = ind
        self._preview()
        if ind is None:
            self.understood_label.setText(self.tr("Select a criterion to see how it is scored."))
        elif not criterion:
            self.understood_label.setText(self.tr("A component scores the sum of its criteria."))

    def _preview(self) -> None:
        ind = self._shown
        if ind is None or ind.kind != "criterion":
            return
        words, notes = uc.understood(self.method_edit.toPlainText(), ind.max_score)
        if self.method_edit.toPlainText().strip() == ind.scoring_note and ind.method.kind != "manual":
            words, notes = ind.method.words(), ind.method.notes  # what is stored, which the score uses
        text = self.tr("The program computes: {0}").format(words)
        if notes:
            text += "\n" + self.tr("Not settled: {0}").format("; ".join(notes))
        self.understood_label.setText(text)

    # -- edits ----------------------------------------------------------------------------------------
    def _run(self, ok: bool) -> bool:
        if ok:
            self.error_label.clear()
        return ok

    def _fail(self, message: str) -> None:
        self.error_label.setText(message)

    def _version_edited(self, key: str, value: object) -> None:
        fid = self.framework_id()
        if fid is None or self._loading:
            return
        fw = uc.get_version(self.session.af, fid)
        if str(getattr(fw, key)) == str(value).strip():
            return
        if not self._run(cmd.update_version(self.session, fid, **{key: value})):
            self._show_version()

    def _item_edited(self, item: QTreeWidgetItem, column: int) -> None:
        if self._loading:
            return
        iid = item.data(CODE, ID)
        field = {CODE: "code", NAME: "name", MAX: "max_score"}[column]
        if column == MAX and item.data(MAX, ID) == "group":
            self._fail(self.tr("A component has no maximum of its own: it is the sum of its criteria."))
            self.load_tree(iid)
            return
        self._run(cmd.update_indicator(self.session, iid, **{field: item.text(column)}))
        self.load_tree(iid)  # a refusal shows the stored value again; an accepted edit its clean form

    def _texts_changed(self) -> None:
        if self._loading or self._shown is None:
            return
        self.apply_button.setEnabled(
            self.method_edit.toPlainText().strip() != self._shown.scoring_note
            or self.evidence_edit.toPlainText().strip() != self._shown.evidence_hint)
        self._preview()

    def _indicator_chosen(self, previous: QTreeWidgetItem | None) -> None:
        if self._loading:
            return
        if previous is not None and self.apply_button.isEnabled():  # leaving a criterion keeps its words
            self.apply_texts()
            return
        self._show_indicator()

    def apply_texts(self) -> None:
        ind = self._shown
        if ind is None:
            return
        self._run(cmd.update_indicator(self.session, ind.id, method_text=self.method_edit.toPlainText(),
                                       evidence=self.evidence_edit.toPlainText()))
        self.load_tree()

    def new_version(self) -> None:
        years = [f.version_year for f in list_frameworks(self.session.af)]
        form = NewVersionDialog(max(years) + 1 if years else dt.date.today().year, self)
        if not self._ask(form):
            return
        state: dict = {}
        if self._run(cmd.create_version(self.session, state, **form.values())):
            self.load_versions(state.get("id"))

    @staticmethod
    def _ask(form: QDialog) -> bool:
        return form.exec() == QDialog.DialogCode.Accepted

    def copy_for_next_year(self) -> None:
        fid = self.framework_id()
        if fid is None:
            return
        state: dict = {}
        year = uc.get_version(self.session.af, fid).version_year + 1
        if self._run(cmd.copy_version(self.session, state, fid, year)):
            self.load_versions(state.get("id"))

    def delete_version(self) -> None:
        fid = self.framework_id()
        if fid is None:
            return
        fw = uc.get_version(self.session.af, fid)
        answer = QMessageBox.question(self, self.tr("Delete version"), self.tr(
            "Delete the index version {0}/{1} with all its criteria? (Undo brings it back.)").format(
            fw.code, fw.version_year))
        if answer == QMessageBox.StandardButton.Yes and self._run(cmd.delete_version(self.session, fid)):
            self.load_versions()

    def add_indicator(self, criterion: bool) -> None:
        fid = self.framework_id()
        if fid is None:
            return
        parent_id, after_id = None, None
        sel = self.indicator_id()
        if criterion:
            ind = uc.get_indicator(self.session.af, sel) if sel is not None else None
            if ind is None:
                return
            parent_id, after_id = (ind.id, None) if ind.kind == "group" else (ind.parent_id, ind.id)
        else:
            top = self.tree.currentItem()
            while top is not None and top.parent() is not None:
                top = top.parent()
            after_id = top.data(CODE, ID) if top is not None else None
        form = NewIndicatorDialog(criterion, uc.next_code(self.session.af, fid, parent_id, after_id), self)
        if not self._ask(form):
            return
        state: dict = {}
        v = form.values()
        if self._run(cmd.add_indicator(self.session, state, fid, parent_id, v["code"], v["name"],
                                       v["max_score"] if criterion else None,
                                       kind="criterion" if criterion else "group", after_id=after_id)):
            self.load_tree(state.get("id"))

    def delete_indicator(self) -> None:
        iid = self.indicator_id()
        if iid is not None and self._run(cmd.delete_indicator(self.session, iid)):
            self.load_tree()

    def check_sums(self) -> None:
        fid = self.framework_id()
        if fid is None:
            return
        problems = uc.check_sums(self.session.af, fid)
        sums = uc.sum_lines(self.session.af, fid)
        head = self.tr("Nothing wrong found.") if not problems else self.tr("To check:")
        text = "\n".join([head, *("• " + p for p in problems), "", *sums])
        QMessageBox.information(self, self.tr("Check sums"), text)

    # -- the file changed -----------------------------------------------------------------------------
    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("frameworks"):
            self.load_versions()
        elif changes.touches("indicators", "indicator_links"):
            self.load_tree()

    def _detach(self) -> None:
        for signal, slot in ((self.session.changed, self._on_changed), (self.session.failed, self._fail)):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass

    def error(self) -> str:
        return self.error_label.text()

