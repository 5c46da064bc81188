"""Tab “Tiêu chí”: the framework tree of the year with scores edited in place, the chart, the evidence panel."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..domain.scores import ScoreNode
from ..errors import DtideskError
from ..services.changes import Changes
from ..services.frameworks import list_frameworks
from ..services.scoring import AssessmentView, assessment_view
from .criteria_model import CUT_BG, ID_ROLE, LOSS_BG, Col, CriteriaFilterModel, CriteriaTreeModel
from .criterion_method_panel import CriterionMethodPanel
from .evidence_dialog import EvidencePanel
from .locale_format import fmt_percent, fmt_score
from .score_chart import ScoreChart
from .session import Session

if TYPE_CHECKING:  # built on first use
    from .points_dialog import PointsDialog

REFRESH_ON = ("scores", "group_results", "assessments", "evidence", "tasks", "frameworks")
SETTINGS_KEY = "criteria_tab"
REFUSED_EDITOR = "QLineEdit { border: 1px solid #a61b1b; background: #fdecea; color: #7a0f0f; }"
_COMMIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


class CellDelegate(QStyledItemDelegate):
    """Score and rank cells. A value the model would refuse does not leave the cell: Enter or Tab keeps the
    editor open with the typed text, marked red, while the line under the table says why (as the evidence
    dialog does for dates). Leaving the cell another way closes it unsaved, with the cell marked."""

    def __init__(self, tab: CriteriaTab):
        super().__init__(tab.tree)
        self.tab = tab
        self._cell: QPersistentModelIndex | None = None  # the tree opens one editor at a time

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802 (Qt API)
                     index: QModelIndex) -> QWidget:
        self._cell = QPersistentModelIndex(index)
        editor = QLineEdit(parent)
        if index.column() != Col.RANK:  # a score is typed where it shows, at the right of its cell
            editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802 (Qt API)
        if isinstance(editor, QLineEdit):
            if editor.isModified():  # a refresh (or the refusal mark) must not wipe what is being typed
                return
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            editor.selectAll()
            return
        super().setEditorData(editor, index)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if isinstance(editor, QLineEdit) and event.type() == QEvent.Type.KeyPress and self._cell is not None:
            key = event.key()  # type: ignore[attr-defined]
            if key in _COMMIT_KEYS:
                source = self.tab.proxy.mapToSource(QModelIndex(self._cell))
                message = self.tab.model.refusal(source, editor.text())
                if message:
                    editor.setModified(True)  # keep the typed text through the mark's repaint
                    editor.setStyleSheet(REFUSED_EDITOR)
                    editor.selectAll()
                    self.tab.model.refuse(source, message)
                    return True  # the editor, and the focus, stay on the cell
            elif key == Qt.Key.Key_Escape:
                self.tab.model.clear_refusal()  # the refused text is given up: nothing is pending
        return super().eventFilter(editor, event)


class CriteriaTab(QWidget):
    jump_to_tasks = Signal(int)
    create_task_for = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.session: Session | None = None
        self.year: int | None = None
        self.view: AssessmentView | None = None
        self._framework_codes: list[str] = []

        self.framework_label = QLabel(self.tr("Framework:"))
        self.framework_combo = QComboBox()
        self.framework_combo.setMinimumContentsLength(30)
        self.framework_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.framework_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.create_button = QPushButton()
        self.create_button.clicked.connect(self.create_assessment)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a criterion by code or name…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self.search.textChanged.connect(self._filter)
        self.tasks_button = QPushButton(self.tr("See tasks"))
        self.tasks_button.setToolTip(self.tr("Open the Tasks tab at the tasks of the selected criterion"))
        self.new_task_button = QPushButton(self.tr("New task…"))
        self.new_task_button.setToolTip(self.tr("Create a task that raises the selected criterion"))
        self.tasks_button.clicked.connect(self._jump)
        self.new_task_button.clicked.connect(self._create_task)
        self.points_button = QPushButton(self.tr("Points at stake…"))
        self.points_button.setToolTip(self.tr("The criteria ranked by points lost and by points that can be won "
                                              "back, with the tasks linked to each"))
        self.points_button.clicked.connect(self.show_points)
        self.points_dialog: PointsDialog | None = None
        top = QHBoxLayout()
        top.addWidget(self.framework_label)
        top.addWidget(self.framework_combo)
        top.addWidget(self.search)
        top.addWidget(self.create_button)
        top.addStretch(1)
        top.addWidget(self.points_button)
        top.addWidget(self.tasks_button)
        top.addWidget(self.new_task_button)

        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)

        self.model = CriteriaTreeModel(self)
        self.proxy = CriteriaFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.setIndentation(14)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.tree.setItemDelegate(CellDelegate(self))
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.doubleClicked.connect(self._double_clicked)
        self.tree.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        self._setup_header()
        swatch = "<span style='background:{}'>&nbsp;&nbsp;&nbsp;&nbsp;</span> {} &nbsp;&nbsp; "
        self.legend = QLabel(
            swatch.format(LOSS_BG.name(), self.tr("lost points at appraisal"))
            + swatch.format(CUT_BG.name(), self.tr("appraised below the self score"))
            + "<span style='color:#6b7280'>{}</span>".format(self.tr("Double-click a score to edit it; Ctrl+Z undoes.")))

        # What was wrong with the last typed score or rank, under the table where the eye already is.
        self.refusal = QLabel()
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet("color: #a61b1b;")
        self.refusal.hide()
        self.model.refusal_changed.connect(self._show_refusal)

        self.chart = ScoreChart()
        self.evidence = EvidencePanel()
        # The selected criterion: how it is scored and its inputs (issue 15), beside its evidence.
        self.method_panel = CriterionMethodPanel()
        self.method_panel.create_assessment_requested.connect(self.create_assessment)
        self.details = QTabWidget()
        self.details.setDocumentMode(True)
        self.details.addTab(self.method_panel, self.tr("Scoring"))
        self.details.addTab(self.evidence, self.tr("Evidence"))
        self.method_panel.evidence_requested.connect(lambda: self.details.setCurrentWidget(self.evidence))
        self.side = QSplitter(Qt.Orientation.Vertical)
        self.side.addWidget(self.chart)
        self.side.addWidget(self.details)
        self.side.setStretchFactor(0, 1)
        self.side.setStretchFactor(1, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        left_layout.addWidget(self.refusal)
        left_layout.addWidget(self.legend)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 420])
        self.side.setSizes([260, 340])  # the chart above, the selected criterion's scoring and evidence below

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.splitter, 1)
        self._restore_state()
        self.refresh()

    def _setup_header(self) -> None:
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        fm = self.tree.fontMetrics()
        for col in Col:
            if col == Col.NAME:
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
                continue
            lines = str(self.model.headerData(col, Qt.Orientation.Horizontal)).split("\n")
            sample = {Col.CODE: "1.1a", Col.RANK: "10/18"}.get(col, "189,53")
            width = max(fm.horizontalAdvance(t) for t in [*lines, sample]) + 14
            header.resizeSection(col, width + (self.tree.indentation() + 8 if col == Col.CODE else 0))

    def _show_refusal(self, message: str) -> None:
        self.refusal.setText(message)
        self.refusal.setVisible(bool(message))

    # -- the interface MainWindow uses -------------------------------------------------
    def set_session(self, session: Session | None) -> None:
        if self.session is not None:
            try:
                self.session.changed.disconnect(self._on_changed)
            except (RuntimeError, TypeError):
                pass
        if self.points_dialog is not None and self.points_dialog.session is not session:
            self.points_dialog.close()  # it speaks of the file that is closing
            self.points_dialog.deleteLater()
            self.points_dialog = None
        self.session = session
        self.model.set_session(session)
        if session is not None:
            session.changed.connect(self._on_changed)
        self.refresh()

    def set_year(self, year: int | None) -> None:
        self.year = year
        self.refresh()

    def show_framework(self, code: str) -> None:
        """Show the index with this code (just imported, say) when the file has several."""
        self._fill_frameworks()
        index = self.framework_combo.findData(code)
        if index >= 0:
            self.framework_combo.setCurrentIndex(index)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(f"{SETTINGS_KEY}/splitter", self.splitter.saveState())
        settings.setValue(f"{SETTINGS_KEY}/side", self.side.saveState())
        settings.setValue(f"{SETTINGS_KEY}/header", self.tree.header().saveState())

    def _restore_state(self) -> None:
        if not QCoreApplication.organizationName():
            return  # no settings file of ours (tests)
        settings = QSettings()
        for key, widget in (("splitter", self.splitter), ("side", self.side), ("header", self.tree.header())):
            state = settings.value(f"{SETTINGS_KEY}/{key}")
            if state is not None:
                widget.restoreState(state)

    # -- loading ------------------------------------------------------------------------
    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(*REFRESH_ON):
            self.refresh()

    def _fill_frameworks(self) -> str | None:
        codes: list[str] = []
        names: dict[str, str] = {}
        if self.session is not None:
            for fw in list_frameworks(self.session.af):
                if fw.code not in names:
                    codes.append(fw.code)
                    names[fw.code] = fw.name
        if codes != self._framework_codes:
            current = self.framework_combo.currentData()
            self.framework_combo.blockSignals(True)
            self.framework_combo.clear()
            for code in codes:
                self.framework_combo.addItem(f"{code} — {names[code]}", code)
                self.framework_combo.setItemData(self.framework_combo.count() - 1, names[code],
                                                 Qt.ItemDataRole.ToolTipRole)
            self.framework_combo.setCurrentIndex(max(0, self.framework_combo.findData(current)))
            self.framework_combo.blockSignals(False)
            self._framework_codes = codes
        several = len(codes) > 1
        self.framework_label.setVisible(several)
        self.framework_combo.setVisible(several)
        return self.framework_combo.currentData() if several else None

    def refresh(self) -> None:
        code = self._fill_frameworks()
        view, error = None, ""
        if self.session is not None and self.year is not None:
            try:
                view = assessment_view(self.session.af, self.year, code)
            except DtideskError as exc:
                error = exc.message
        expanded, selected = self._expanded_ids(), self.current_id()
        first_load = self.model.view is None
        reset = self.model.would_reset(view)
        self.view = view
        self.points_button.setEnabled(bool(view and view.assessment))
        self.model.set_view(view)
        if reset:
            restorable = [iid for iid in expanded if self.model.index_of(iid).isValid()]
            if first_load or (expanded and not restorable):  # a new file or another framework
                self.tree.expandAll()
            for iid in restorable:
                self.tree.expand(self.proxy.mapFromSource(self.model.index_of(iid)))
            if selected is not None:
                self.select(selected)
        self.chart.set_tree(view.tree if view and view.assessment else None)
        self._show_summary(view, error)
        self._selection_changed()

    def _show_summary(self, view: AssessmentView | None, error: str) -> None:
        missing = view is not None and view.assessment is None
        self.create_button.setVisible(missing and not (self.session and self.session.af.readonly))
        if missing:
            self.create_button.setText(self.tr("Create the {0} assessment").format(self.year))
        if view is None:
            hint = (self.tr("Open a file and choose a year.") if self.session is None
                    else self.tr("Choose the assessment year on the toolbar."))
            self.summary.setText(escape(error) or hint)
            return
        fw = view.framework
        head = "<b>{}</b>".format(escape(self.tr("{0} (version {1})").format(fw.code, fw.version_year)))
        if missing:
            self.summary.setText(head + " — " + self.tr(
                "no assessment for {0} yet: create it to enter the self and appraised scores.").format(self.year))
            return
        t = view.tree.total
        parts = [
            self.tr("appraised {0}/{1} points ({2})").format(
                "<b>" + (fmt_score(t.appraised_score) or "–") + "</b>", fmt_score(t.max_score),
                fmt_percent(t.percent, 2) or "–"),
            self.tr("self score {0}").format(fmt_score(t.self_score) or "–"),
            self.tr("rank {0}").format(f"{t.rank or '–'}/{t.rank_of}" if t.rank_of else (t.rank or "–")),
            self.tr("rating: {0}").format(escape(view.tree.rating) or self.tr("not set")),
        ]
        lost = [n for n in view.tree.criteria if n.loses_points]
        parts.append(self.tr("{0} of {1} criteria lost points").format(len(lost), len(view.tree.criteria)))
        self.summary.setText(head + " — " + self.tr("assessment {0}").format(self.year) + ": "
                             + " · ".join(parts))

    def _expanded_ids(self) -> list[int]:
        out = []
        for node in self.model.view.tree.groups if self.model.view else []:
            if self.tree.isExpanded(self.proxy.mapFromSource(self.model.index_of(node.id))):
                out.append(node.id)
        return out

    # -- selection -------------------------------------------------------------------------
    def current_node(self) -> ScoreNode | None:
        index = self.tree.currentIndex()
        return self.model.node(self.proxy.mapToSource(index)) if index.isValid() else None

    def current_id(self) -> int | None:
        node = self.current_node()
        return node.id if node is not None else None

    def current_criterion_id(self) -> int | None:
        node = self.current_node()
        return node.id if node is not None and node.kind == "criterion" else None

    def select(self, indicator_id: int) -> None:
        index = self.proxy.mapFromSource(self.model.index_of(indicator_id))
        if index.isValid():
            self.tree.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.tree.scrollTo(index)

    def _selection_changed(self) -> None:
        node = self.current_node()
        is_criterion = node is not None and node.kind == "criterion"
        self.tasks_button.setEnabled(is_criterion)
        self.new_task_button.setEnabled(is_criterion and not (self.session and self.session.af.readonly))
        aid = self.view.assessment.id if self.view and self.view.assessment else None
        self.evidence.set_context(self.session, aid, node)
        self.method_panel.set_context(self.session, aid, node, self.year)

    # -- actions -------------------------------------------------------------------------------
    def _filter(self, text: str) -> None:
        self.proxy.set_needle(text)
        if text.strip():
            self.tree.expandAll()

    def _jump(self) -> None:
        cid = self.current_criterion_id()
        if cid is not None:
            self.jump_to_tasks.emit(cid)

    def _create_task(self) -> None:
        cid = self.current_criterion_id()
        if cid is not None:
            self.create_task_for.emit(cid)

    def show_points(self) -> None:
        """“Điểm có thể giành lại…” for the year and index shown, beside the tab (not modal)."""
        if self.session is None or self.view is None or self.year is None:
            return
        from .points_dialog import PointsDialog

        code = self.view.framework.code
        if self.points_dialog is None or self.points_dialog.session is not self.session:
            self.points_dialog = PointsDialog(self.session, self.year, code, self)
            self.points_dialog.criterion_chosen.connect(self._select_from_points)
        else:
            self.points_dialog.set_context(self.year, code)
        if self.points_dialog.isVisible():
            self.points_dialog.raise_()
        else:
            self.points_dialog.show()

    def _select_from_points(self, indicator_id: int) -> None:
        if not self.proxy.mapFromSource(self.model.index_of(indicator_id)).isValid():
            self.search.clear()  # the search hides it
        self.select(indicator_id)

    def create_assessment(self) -> None:
        if self.session and self.view and self.year is not None and self.view.assessment is None:
            from . import plan_commands  # undoable: Ctrl+Z removes the assessment while it is still empty

            fw = self.view.framework
            self.session.execute(plan_commands.create_assessment(
                self.session, plan_commands.Created(), f"{fw.code}/{fw.version_year}", self.year))

    def show_history(self, indicator_id: int) -> None:
        """“Lịch sử…”: the changes made to this criterion's scores, every year, beside the window (issue 18)."""
        if self.session is None:
            return
        from ..services.history import score_item
        from .history_view import show_history

        self.history_dialog = show_history(self, self.session, score_item(indicator_id))

    def _double_clicked(self, index: QModelIndex) -> None:
        node = self.model.node(self.proxy.mapToSource(index))
        if node is None or node.kind != "criterion":
            return
        if index.column() == Col.TASKS:
            self.jump_to_tasks.emit(node.id)
        elif index.column() == Col.EVIDENCE:
            self.evidence.add() if not self.evidence.items else self.evidence.list.setFocus()

    def _context_menu(self, pos: QPoint) -> None:
        index = self.tree.indexAt(pos)
        node = self.model.node(self.proxy.mapToSource(index)) if index.isValid() else None
        menu = QMenu(self)
        if node is not None and node.kind == "criterion":
            menu.addAction(self.tr("See tasks of {0}").format(node.code), self._jump)
            menu.addAction(self.tr("New task for {0}…").format(node.code), self._create_task)
            add: QAction = menu.addAction(self.tr("Add evidence…"), self.evidence.add)
            add.setEnabled(self.evidence.add_button.isEnabled())
            menu.addAction(self.tr("History…"), lambda: self.show_history(node.id))
            menu.addSeparator()
        elif node is not None and self.proxy.flags(index.siblingAtColumn(Col.RANK)) & Qt.ItemFlag.ItemIsEditable:
            menu.addAction(self.tr("Edit rank…"), lambda: self.tree.edit(index.siblingAtColumn(Col.RANK)))
            menu.addSeparator()
        menu.addAction(self.tr("Expand all"), self.tree.expandAll)
        menu.addAction(self.tr("Collapse all"), self.tree.collapseAll)
        menu.popup(self.tree.viewport().mapToGlobal(pos))


__all__ = ["CriteriaTab", "ID_ROLE"]
