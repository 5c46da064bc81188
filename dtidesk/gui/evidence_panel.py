"""The Criteria tab's evidence panel (issue 16): the selected criterion's files kept in the agency file (drop
them here), what an appraiser would find wrong with them, and the explanation where evidence is missing."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path

from PySide6.QtCore import QSize, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.models import Assessment, Evidence, Indicator
from ..domain.scores import ScoreNode
from ..errors import DtideskError
from ..services import evidence as evs
from ..services.assess import criterion_state
from ..services.frameworks import criteria_of, list_frameworks
from ..services.scoring import assessment_years, evidence_of
from . import evidence_commands as commands
from .elide import elide_words
from .evidence_commands import fmt_size
from .evidence_dialog import AMBER, BLUE, FILE_TYPES, GREY, RED, EvidenceDialog, local_files, old_path
from .locale_format import fmt_date
from .session import Session

LINES_ROLE = Qt.ItemDataRole.UserRole + 1
SHOWN_FINDINGS = 3


class EvidenceDelegate(QStyledItemDelegate):
    """An item as a few lines (title in bold; number, date, issuer; file; other criteria), each cut between
    words to the panel's width; the item's tooltip has them whole."""

    COLORS = {"detail": GREY, "old": AMBER, "link": BLUE, "missing": RED}

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802 (Qt API)
        lines = index.data(LINES_ROLE) or []
        bold = QFont(option.font)
        bold.setBold(True)
        height = QFontMetrics(bold).lineSpacing() + max(0, len(lines) - 1) * option.fontMetrics.lineSpacing()
        return QSize(120, height + 10)

    def paint(self, painter, option: QStyleOptionViewItem, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = option.rect.adjusted(6, 5, -6, -5)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        y = rect.top()
        for text, kind in index.data(LINES_ROLE) or []:
            font = QFont(option.font)
            font.setBold(kind == "title")
            fm = QFontMetrics(font)
            painter.setFont(font)
            if selected:
                painter.setPen(option.palette.highlightedText().color())
            elif kind in self.COLORS:
                painter.setPen(self._color(kind))
            else:
                painter.setPen(option.palette.text().color())
            painter.drawText(rect.left(), y, rect.width(), fm.lineSpacing(),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             elide_words(text, rect.width(), fm))
            y += fm.lineSpacing()
        painter.restore()

    def _color(self, kind: str) -> QColor:
        return QColor(self.COLORS[kind])


class ExplanationEdit(QPlainTextEdit):
    """The explanation (giải trình): saved when it loses focus or on Ctrl+Enter."""

    commit = Signal()
    focus_changed = Signal()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt API)
        super().focusInEvent(event)
        self.focus_changed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.commit.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt API)
        super().focusOutEvent(event)
        self.commit.emit()
        self.focus_changed.emit()


@dataclass
class _Loaded:
    """The criterion the explanation box shows, and its text as stored (to tell an edit from a refresh)."""

    assessment_id: int
    indicator_id: int
    code: str
    saved: str


class EvidencePanel(QWidget):
    """The selected criterion's evidence: files kept in the agency file (drop them here), what an appraiser
    would find wrong, and the explanation where evidence is missing. Every edit is an undoable command."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.session: Session | None = None
        self.assessment_id: int | None = None
        self.node: ScoreNode | None = None
        self.indicator: Indicator | None = None
        self.items: list[Evidence] = []
        self.criteria: list[Indicator] = []
        self._assessment: Assessment | None = None
        self._loaded: _Loaded | None = None
        self._select_id: int | None = None
        self._needed = False
        self.setAcceptDrops(True)

        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setMinimumWidth(80)  # cut to the panel's width (_show_heading), never widening it
        self.list = QListWidget()
        self.list.setItemDelegate(EvidenceDelegate(self.list))
        self.list.setAlternatingRowColors(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemActivated.connect(lambda *_: self.open_or_edit())
        QShortcut(QKeySequence.StandardKey.Delete, self.list, self.delete_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMinimumHeight(56)
        self._drop_style(False)

        self.add_button = QPushButton(self.tr("&Attach files…"))
        self.add_button.setToolTip(self.tr("Keep PDF scans, Word, Excel or image files in the data file for this "
                                           "criterion (you can also drag files onto this panel)"))
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Open the file with the program of this computer"))
        self.save_button = QPushButton(self.tr("Save a copy…"))
        self.replace_button = QPushButton(self.tr("Replace file…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Remove"))
        self.old_button = QPushButton(self.tr("Attach this file to the data file"))
        self.old_button.setToolTip(self.tr("This item only names a file on this computer: copy the file into the "
                                           "data file so it travels with it"))
        for button, slot in ((self.add_button, self.add), (self.open_button, self.open_selected),
                             (self.save_button, self.save_copy_selected), (self.replace_button, self.replace_selected),
                             (self.edit_button, self.edit_selected), (self.delete_button, self.delete_selected),
                             (self.old_button, self.keep_old_file)):
            button.clicked.connect(slot)
        buttons = QGridLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for i, b in enumerate((self.add_button, self.open_button, self.save_button,
                               self.edit_button, self.replace_button, self.delete_button)):
            buttons.addWidget(b, i // 3, i % 3)

        self.findings = QLabel()
        self.findings.setWordWrap(True)
        self.findings.setTextFormat(Qt.TextFormat.RichText)

        self.explain_box = QFrame()
        self.explain_box.setObjectName("explainBox")
        self.explain_label = QLabel()
        self.explain_label.setWordWrap(True)
        self.explain_label.setTextFormat(Qt.TextFormat.RichText)
        self.explanation = ExplanationEdit()
        self.explanation.setTabChangesFocus(True)
        self.explanation.setPlaceholderText(self.tr("Saved when you leave the box, or with Ctrl+Enter"))
        self.explanation.commit.connect(self.save_explanation)
        self.explanation.focus_changed.connect(self._fit_explanation)
        self.explain_label.setBuddy(self.explanation)
        box = QVBoxLayout(self.explain_box)
        box.setContentsMargins(6, 4, 6, 6)
        box.setSpacing(3)
        box.addWidget(self.explain_label)
        box.addWidget(self.explanation)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 3)
        layout.addWidget(self.old_button)
        layout.addLayout(buttons)
        layout.addWidget(self.findings)
        layout.addWidget(self.explain_box, 1)
        self.refresh()

    # -- what is shown -----------------------------------------------------------------------------
    def set_context(self, session: Session | None, assessment_id: int | None, node: ScoreNode | None) -> None:
        node = node if node is not None and node.kind == "criterion" else None
        if session is self.session and self._loaded is not None and (
                node is None or node.id != self._loaded.indicator_id or assessment_id != self._loaded.assessment_id):
            self.save_explanation()  # typed for the criterion being left
        if session is not self.session or assessment_id != self.assessment_id:
            self._assessment = None
        self.session, self.assessment_id, self.node = session, assessment_id, node
        self.refresh()

    def refresh(self) -> None:
        node, selected = self.node, self.selected()
        keep = self._select_id if self._select_id is not None else (selected.id if selected else None)
        self._select_id = None
        self.items, self.indicator = [], None
        state = None
        if self.session and node is not None:
            try:
                state = criterion_state(self.session.af, self.assessment_id, node.id)
            except DtideskError:
                state = None
        if state is not None:
            self.indicator = state.indicator
            if self.assessment_id:
                self.items = evidence_of(self.session.af, self.assessment_id, node.id)  # type: ignore[union-attr]
            if not self.criteria or self.criteria[0].framework_id != state.indicator.framework_id:
                self.criteria = criteria_of(self.session.af, state.indicator.framework_id)  # type: ignore[union-attr]
        self._show_heading()
        codes = {i.id: i.code for i in self.criteria}
        self.list.clear()
        for ev in self.items:
            item = QListWidgetItem()
            lines = self._lines(ev, codes)
            item.setData(LINES_ROLE, lines)
            item.setData(Qt.ItemDataRole.UserRole, ev.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, " — ".join(t for t, _ in lines))
            item.setToolTip("\n".join(t for t, _ in lines))
            self.list.addItem(item)
            if ev.id == keep:
                item.setSelected(True)
                self.list.setCurrentItem(item)
        if node is None:
            self.empty.setText(self.tr("Select a criterion to see and attach its evidence."))
        elif not self.assessment_id:
            self.empty.setText(self.tr("Create the assessment of this year first."))
        elif not self.items:
            self.empty.setText(self.tr("Drop files here (PDF scans, Word, Excel, images) or click “Attach files…”. "
                                       "Missing evidence is the commonest reason a score is cut."))
        self.empty.setVisible(node is None or not self.items)
        self.list.setVisible(node is not None and bool(self.items))
        self._show_findings(state is not None)
        self._show_explanation(state)
        self._update_buttons()

    def _show_heading(self) -> None:
        """One line: the criterion's code, its name cut between words to fit (whole in the tooltip), the count.
        The Scoring tab beside this one shows it in full; the room here is for the list."""
        node = self.node
        if node is None:
            self.heading.setText("<b>{}</b>".format(escape(self.tr("Evidence"))))
            self.heading.setToolTip("")
            return
        counted = self.tr("{0} documents").format(len(self.items)) if self.items else self.tr("no document yet")
        head = "{} {}".format(self.tr("Criterion"), node.code)
        bold = QFont(self.heading.font())
        bold.setBold(True)
        fm = self.heading.fontMetrics()
        room = self.heading.width() - QFontMetrics(bold).horizontalAdvance(head + " ") \
            - fm.horizontalAdvance(" · " + counted) - 8
        name = elide_words(node.name, max(room, 40), fm)
        self.heading.setText(f"<b>{escape(head)}</b> {escape(name)} "
                             f"<span style='color:{GREY}'>· {escape(counted)}</span>")
        self.heading.setToolTip(f"{node.code} {node.name}" if name != node.name else "")

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._show_heading()

    def _lines(self, ev: Evidence, codes: dict[int, str]) -> list[tuple[str, str]]:
        lines = [(ev.title, "title")]
        facts = []
        facts.append(self.tr("No. {0}").format(ev.doc_number) if ev.doc_number else self.tr("no number"))
        facts.append(fmt_date(ev.doc_date) if ev.doc_date else self.tr("no date"))
        if ev.issuer:
            facts.append(ev.issuer)
        lines.append((" · ".join(facts), "detail"))
        if ev.blob:
            lines.append((self.tr("File: {0} ({1})").format(ev.file_name, fmt_size(ev.size)), "text"))
            if ev.location:
                lines.append((self.tr("Paper copy: {0}").format(ev.location), "detail"))
        elif old_path(ev) is not None:
            lines.append((self.tr("Path only, not in the data file: {0}").format(ev.location), "old"))
        elif ev.location:
            lines.append((self.tr("No file kept; noted: {0}").format(ev.location), "old"))
        else:
            lines.append((self.tr("No file and no note of the paper copy"), "missing"))
        assert self.node is not None
        others = [codes.get(i, "?") for i in ev.also_criteria if i != self.node.id]
        if ev.indicator_id != self.node.id:
            owner = codes.get(ev.indicator_id, "?")
            supported = ", ".join([self.node.code] + [c for c in others if c != owner])
            lines.append((self.tr("Attached to criterion {0}, also supports {1}").format(owner, supported), "link"))
        elif others:
            lines.append((self.tr("Also supports criteria {0}").format(", ".join(others)), "link"))
        return lines

    def _assessment_of(self) -> Assessment | None:
        """The assessment shown (its year sets the period the findings check dates against)."""
        if self._assessment is None and self.session and self.assessment_id:
            try:
                self._assessment = evs.assessment_of(self.session.af, self.assessment_id)
            except DtideskError:
                return None
        return self._assessment
        af = self.session.af
        codes = [f.code for f in list_frameworks(af) if f.id == self.indicator.framework_id]
        for year in reversed(assessment_years(af)):
            try:
                _, a = evs.find_assessment(af, year, codes[0] if codes else None)
            except DtideskError:
                continue
            if a.id == self.assessment_id:
                self._assessment = a
                break
        return self._assessment

    def current_findings(self) -> list[evs.Finding]:
        a = self._assessment_of() if self.node is not None else None
        if a is None or self.session is None or self.node is None:
            return []
        ids = {ev.id for ev in self.items}
        return [f for f in evs.findings(self.session.af, a)
                if f.criterion == self.node.code or (f.evidence_id is not None and f.evidence_id in ids)]

    def _show_findings(self, shown: bool) -> None:
        found = sorted(self.current_findings() if shown else [], key=lambda f: f.severity != "error")
        rows = ["<span style='color:{}'>{} {}</span>".format(RED if f.severity == "error" else AMBER,
                                                             "●" if f.severity == "error" else "▲",
                                                             escape(f.message)) for f in found]
        # A few lines under the list; the rest in the tooltip, so a criterion with many items keeps its list.
        shown_rows = rows[:SHOWN_FINDINGS] if len(rows) > SHOWN_FINDINGS + 1 else rows
        if len(shown_rows) < len(rows):
            shown_rows.append("<span style='color:{}'>{}</span>".format(GREY, escape(
                self.tr("… and {0} more (point here to see them)").format(len(rows) - len(shown_rows)))))
        self.findings.setText("<br>".join(shown_rows))
        self.findings.setToolTip("<b>{}</b><br>{}".format(
            escape(self.tr("What an appraiser would hold against the evidence of this criterion")), "<br>".join(rows))
            if rows else "")
        self.findings.setVisible(bool(rows))

    def _show_explanation(self, state) -> None:
        visible = state is not None and bool(self.assessment_id)
        self.explain_box.setVisible(visible)
        if not visible:
            self._loaded = None
            return
        assert self.node is not None and self.assessment_id is not None
        saved = state.score.explanation if state.score else ""
        same = (self._loaded is not None and self._loaded.indicator_id == self.node.id
                and self._loaded.assessment_id == self.assessment_id)
        typing = same and self.explanation.hasFocus() and self.explanation.toPlainText().strip() != \
            self._loaded.saved  # type: ignore[union-attr]
        if not typing and self.explanation.toPlainText() != saved:
            self.explanation.setPlainText(saved)
        self._loaded = _Loaded(self.assessment_id, self.node.id, self.node.code, saved)
        self.explanation.setReadOnly(not self._writable())
        needed = bool(state.evidence_required) and not self.items
        if needed:
            self.explain_label.setText("<b style='color:{}'>{}</b><br>{}".format(
                AMBER, escape(self.tr("Explanation — no evidence attached")),
                escape(self.tr("The decision requires: {0}. Attach it, or explain here why it is missing.")
                       .format(state.evidence_required))))
            self.explain_box.setStyleSheet("QFrame#explainBox { background: #fff7e6; border: 1px solid #f0b35b; "
                                           "border-radius: 4px; }")
        else:
            self.explain_label.setText("<b>{}</b> <span style='color:{}'>{}</span>".format(
                escape(self.tr("Explanation")), GREY,
                escape(self.tr("where evidence is missing; it goes into the dossier"))))
            self.explain_box.setStyleSheet("")
        self._needed = needed
        self._fit_explanation()

    def _fit_explanation(self) -> None:
        """Four lines when it is asked for or being written; one while empty, so the list keeps the room."""
        big = self._needed or self.explanation.hasFocus() or bool(self.explanation.toPlainText().strip())
        lines = 4 if big else 1
        self.explanation.setFixedHeight(self.explanation.fontMetrics().lineSpacing() * lines + 12)

    def _drop_style(self, hover: bool) -> None:
        color = BLUE if hover else "#9ca3af"
        background = "#eff6ff" if hover else "transparent"
        self.empty.setStyleSheet(f"QLabel {{ color: {GREY}; border: 1px dashed {color}; border-radius: 4px; "
                                 f"background: {background}; padding: 6px; }}")
        self.list.setStyleSheet(f"QListWidget {{ border: 1px solid {BLUE}; }}" if hover else "")

    # -- state of the buttons --------------------------------------------------------------------
    def _writable(self) -> bool:
        return bool(self.session and self.assessment_id and self.node and not self.session.af.readonly)

    def _update_buttons(self) -> None:
        sel = self.selected()
        writable = self._writable()
        self.add_button.setEnabled(writable)
        self.open_button.setEnabled(sel is not None and (bool(sel.blob) or old_path(sel) is not None))
        self.save_button.setEnabled(sel is not None and bool(sel.blob))
        for b in (self.edit_button, self.replace_button, self.delete_button):
            b.setEnabled(writable and sel is not None)
        if sel is not None and self.node is not None and sel.indicator_id != self.node.id:
            self.delete_button.setToolTip(self.tr("Unlink it from this criterion (it stays with its own)"))
        else:
            self.delete_button.setToolTip(self.tr("Remove the item and its file (Ctrl+Z brings them back)"))
        self.old_button.setVisible(sel is not None and old_path(sel) is not None)
        self.old_button.setEnabled(writable)

    def selected(self) -> Evidence | None:
        items = self.list.selectedItems()
        if not items:
            return None
        eid = items[0].data(Qt.ItemDataRole.UserRole)
        return next((e for e in self.items if e.id == eid), None)

    def select_evidence(self, evidence_id: int) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == evidence_id:
                self.list.setCurrentItem(item)
                item.setSelected(True)

    # -- attaching -----------------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt API)
        if self._writable() and local_files(event.mimeData().urls()):
            event.acceptProposedAction()
            self._drop_style(True)
        else:
            event.ignore()

    def dragLeaveEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self._drop_style(False)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt API)
        self._drop_style(False)
        files = local_files(event.mimeData().urls())
        if not files or not self._writable():
            event.ignore()
            return
        event.acceptProposedAction()
        self.attach(files)

    def add(self) -> None:
        """“Đính kèm tệp…”: choose one or several files."""
        if not self._writable():
            return
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Attach evidence files"), docs,
            self.tr("PDF, Word, Excel and images ({0});;All files (*)").format(FILE_TYPES))
        if paths:
            self.attach([Path(p) for p in paths])

    def attach(self, files: list[Path]) -> None:
        """Ask the details once for these files, then store them off the window's thread."""
        if not self._writable() or not files:
            return
        assert self.session and self.assessment_id and self.node
        blank = Evidence(id=0, assessment_id=self.assessment_id, indicator_id=self.node.id, title="")
        details = EvidenceDialog.ask(self, blank, self.node.code, criteria=self.criteria, files=files)
        if details is None:
            return

        def done(out: commands.AttachOutcome) -> None:
            if out.attached:
                self.select_evidence(out.attached[-1].id)

        commands.attach_files(self, self.session, self.assessment_id, self.node.id, self.node.code, files,
                              details, done)

    # -- actions on the selected item ---------------------------------------------------------------
    def open_or_edit(self) -> None:
        sel = self.selected()
        if sel is not None and (sel.blob or old_path(sel) is not None):
            self.open_selected()
        else:
            self.edit_selected()

    def open_selected(self) -> None:
        sel = self.selected()
        if sel is None or self.session is None:
            return
        path = old_path(sel)
        if sel.blob:
            commands.open_file(self, self.session, sel, lambda p: QDesktopServices.openUrl(QUrl.fromLocalFile(str(p))))
        elif path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def save_copy_selected(self) -> None:
        sel = self.selected()
        if sel is None or not sel.blob or self.session is None:
            return
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suffix = Path(sel.file_name).suffix
        dest, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy of the evidence file"), str(Path(docs) / Path(sel.file_name).name),
            (f"*{suffix};;" if suffix else "") + self.tr("All files (*)"))
        if dest:
            commands.save_copy(self, self.session, sel, Path(dest), self._saved)

    def _saved(self, dest: Path) -> None:
        window = self.window()
        status = getattr(window, "statusBar", None)
        if callable(status):
            status().showMessage(self.tr("Copy saved: {0}").format(dest), 8000)

    def replace_selected(self) -> None:
        sel = self.selected()
        if sel is None or not self._writable():
            return
        assert self.session and self.node
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Replace the file of “{0}”").format(sel.title), docs,
            self.tr("PDF, Word, Excel and images ({0});;All files (*)").format(FILE_TYPES))
        if path:
            self._select_id = sel.id
            commands.replace_file(self, self.session, sel, Path(path), self.node.code)

    def keep_old_file(self) -> None:
        """An item from an earlier version names a file on this PC: take that file into the data file."""
        sel = self.selected()
        path = old_path(sel) if sel is not None else None
        if sel is None or path is None or not self._writable():
            return
        assert self.session and self.node
        self._select_id = sel.id
        commands.replace_file(self, self.session, sel, path, self.node.code, self.tr(
            "attach the file of “{0}” to the data file ({1})").format(sel.title, self.node.code))

    def edit_selected(self) -> None:
        sel = self.selected()
        if sel is None or not self._writable():
            return
        assert self.session and self.node
        code = next((i.code for i in self.criteria if i.id == sel.indicator_id), self.node.code)
        ev = EvidenceDialog.ask(self, sel, code, criteria=self.criteria)
        if ev is not None:
            self._select_id = sel.id
            commands.update_item(self.session, ev, code)

    def delete_selected(self) -> None:
        sel = self.selected()
        if sel is not None and self._writable():
            assert self.session and self.node
            commands.remove(self.session, sel, self.node.id, self.node.code)  # Ctrl+Z puts it back

    def save_explanation(self) -> None:
        loaded = self._loaded
        if loaded is None or self.session is None or self.session.af.readonly:
            return
        text = self.explanation.toPlainText().strip()
        if text == loaded.saved:
            return
        before, loaded.saved = loaded.saved, text  # the refresh the command causes is not an edit in progress
        if not commands.set_explanation(self.session, loaded.assessment_id, loaded.indicator_id, loaded.code, text):
            loaded.saved = before

    def _context_menu(self, pos) -> None:
        item = self.list.itemAt(pos)
        if item is not None:
            self.list.setCurrentItem(item)
        menu = QMenu(self)
        for button in (self.open_button, self.save_button, self.old_button, self.edit_button, self.replace_button,
                       self.delete_button, self.add_button):
            if button is self.old_button and not button.isVisible():
                continue
            action = menu.addAction(button.text().replace("&", ""), button.click)
            action.setEnabled(button.isEnabled())
        menu.popup(self.list.viewport().mapToGlobal(pos))
