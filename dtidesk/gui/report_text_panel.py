"""The paragraphs an officer writes into the periodic report (results, shortcomings, next tasks…)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.periods import Period
from ..domain.report_model import REPORT_BLOCKS, report_blocks
from ..errors import DtideskError
from ..services.changes import Changes
from ..services.plans import find_plan
from ..services.report import check_report, report_texts, set_report_text
from .session import OpCommand, Session


class ReportTextPanel(QWidget):
    """One block at a time; a block is saved when the officer moves to another, leaves, or presses Ctrl+S.
    Under the editor, the figures the report would state in two places with two values (issue 17)."""

    export_requested = Signal(str)  # "pdf" | "docx" | "xlsx"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.session: Session | None = None
        self.plan_id: int | None = None
        self.year: int | None = None
        self.period = Period.H1
        self._texts: dict[str, str] = {}
        self._shown: str | None = None
        self._saving = False
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Sections written by you:")))
        self.blocks = QListWidget()
        self.blocks.setMaximumWidth(300)
        self._fill_blocks("")
        left.addWidget(self.blocks, 1)
        hint = QLabel(self.tr("Figures, task progress and directives are filled in from the file when the "
                              "report is exported."))
        hint.setWordWrap(True)
        hint.setMaximumWidth(300)
        left.addWidget(hint)
        lay.addLayout(left)
        right = QVBoxLayout()
        self.title = QLabel()
        right.addWidget(self.title)
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(self.tr("Write this section of the report here. An empty section prints "
                                               "as a dotted line to fill in by hand."))
        right.addWidget(self.editor, 1)
        self.conflicts = QLabel()
        self.conflicts.setWordWrap(True)
        self.conflicts.setTextFormat(Qt.TextFormat.PlainText)
        self.conflicts.setStyleSheet("QLabel { color: #9c1c1c; }")
        self.conflicts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.conflicts.hide()
        right.addWidget(self.conflicts)
        bar = QHBoxLayout()
        self.save_btn = QPushButton(self.tr("Save text"))
        self.save_btn.setToolTip(self.tr("Ctrl+S"))
        bar.addWidget(self.save_btn)
        self.state = QLabel()
        bar.addWidget(self.state, 1)
        self.export_buttons = []
        for fmt, text in (("pdf", self.tr("Report (PDF)…")), ("docx", self.tr("Report (Word)…")),
                          ("xlsx", self.tr("Report appendices (Excel)…"))):
            b = QPushButton(text)
            b.clicked.connect(lambda _=False, f=fmt: self._export(f))
            bar.addWidget(b)
            self.export_buttons.append(b)
        right.addLayout(bar)
        lay.addLayout(right, 1)
        self.blocks.currentItemChanged.connect(self._block_changed)
        self.save_btn.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self.editor, self.save, context=Qt.ShortcutContext.WidgetShortcut)
        self.editor.textChanged.connect(self._dirty)
        self.blocks.setCurrentRow(0)

    def block_label(self, key: str) -> str:
        return {
            "results": self.tr("Results achieved"),
            "area_1": self.tr("II.1 Direction and management"),
            "area_2": self.tr("II.2 Institutional reform"),
            "area_3": self.tr("II.3 Administrative procedure reform, one-stop shop"),
            "area_4": self.tr("II.4 Reform of the administrative apparatus"),
            "area_5": self.tr("II.5 Civil service reform"),
            "area_6": self.tr("II.6 Public finance reform"),
            "area_7": self.tr("II.7 E-government and digital government"),
            "positives": self.tr("Positive aspects"),
            "shortcomings": self.tr("Shortcomings and limitations"),
            "causes": self.tr("Causes"),
            "next_tasks": self.tr("Directions and tasks for the next period"),
            "proposals": self.tr("Proposals and recommendations"),
        }.get(key, REPORT_BLOCKS.get(key, key))

    def _fill_blocks(self, kind: str) -> None:
        """The blocks of this plan's report: a CCHC report is written by area (seed 004 II.1–7)."""
        keys = list(report_blocks(kind))
        if self.blocks.count() and [self.blocks.item(i).data(Qt.ItemDataRole.UserRole)
                                    for i in range(self.blocks.count())] == keys:
            return
        current = self.current_key() if self.blocks.count() else None
        self.blocks.blockSignals(True)
        self.blocks.clear()
        for key in keys:
            item = QListWidgetItem(self.block_label(key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.blocks.addItem(item)
        self.blocks.setCurrentRow(keys.index(current) if current in keys else 0)
        self.blocks.blockSignals(False)

    def select_block(self, key: str) -> None:
        keys = [self.blocks.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.blocks.count())]
        self.blocks.setCurrentRow(keys.index(key))

    # -- state ----------------------------------------------------------------------------------------
    def set_session(self, session: Session | None) -> None:
        self.save()
        self.session = session
        if session is not None:
            session.changed.connect(self._on_changed)
        self.reload()

    def set_target(self, plan_id: int | None, year: int | None, period: Period) -> None:
        if (plan_id, year, period) == (self.plan_id, self.year, self.period):
            return
        self.save()
        self.plan_id, self.year, self.period = plan_id, year, period
        self.reload()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("report_texts") and not self._saving:
            self.reload()
        elif changes.touches("form_values", "forms", "tasks", "task_units", "task_progress", "directives", "plans",
                             "agency"):
            self.refresh_conflicts()

    def refresh_conflicts(self) -> list:
        """The figures the report would print in two places with two values, shown so the officer can fix
        them before exporting (the export asks again)."""
        found = []
        if self.session is not None and self.plan_id is not None and self.year is not None:
            try:
                found = check_report(self.session.af, self.plan_id, self.year, str(self.period))
            except DtideskError:
                found = []
        text = ""
        if found:
            text = self.tr("The report would state these figures in two places with two values; fix them before "
                           "exporting:") + "\n" + "\n".join(f"• {c.message()}" for c in found)
        self.conflicts.setText(text)
        self.conflicts.setVisible(bool(found))
        return found

    def reload(self) -> None:
        ok = self.session is not None and self.plan_id is not None and self.year is not None
        plan = find_plan(self.session.af, self.plan_id) if ok else None
        self._fill_blocks(plan.kind if plan is not None else "")
        self._texts = report_texts(self.session.af, self.plan_id, self.year, self.period) if ok else {}
        self.refresh_conflicts()
        self._mark_empty()
        self.editor.setEnabled(ok and not self.session.af.readonly)
        for b in self.export_buttons:
            b.setEnabled(ok)
        self._show(self.current_key())

    def _mark_empty(self) -> None:
        for i in range(self.blocks.count()):
            item = self.blocks.item(i)
            key = item.data(Qt.ItemDataRole.UserRole)
            item.setText(self.block_label(key) + ("" if self._texts.get(key) else "  " + self.tr("(empty)")))

    def current_key(self) -> str | None:
        item = self.blocks.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _show(self, key: str | None) -> None:
        self._shown = key
        self.editor.blockSignals(True)
        self.editor.setPlainText(self._texts.get(key, "") if key else "")
        self.editor.blockSignals(False)
        self.title.setText(f"<b>{self.block_label(key)}</b>" if key else "")
        self.state.setText("")

    def _block_changed(self, current, previous) -> None:
        self.save()
        self._show(current.data(Qt.ItemDataRole.UserRole) if current else None)

    def _dirty(self) -> None:
        self.state.setText(self.tr("Not saved yet"))

    def focusOutEvent(self, event) -> None:  # noqa: N802
        self.save()
        super().focusOutEvent(event)

    def save(self) -> bool:
        """Store the shown block if it changed: one undo step per saved edit."""
        if self.session is None or self.plan_id is None or self.year is None or self._shown is None:
            return False
        key, body = self._shown, self.editor.toPlainText().strip()
        old = self._texts.get(key, "")
        if body == old:
            self.state.setText("")
            return True
        af, plan_id, year, period = self.session.af, self.plan_id, self.year, str(self.period)
        cmd = OpCommand(self.session, self.tr("edit report section “{0}”").format(self.block_label(key)),
                        do=lambda: set_report_text(af, plan_id, year, period, key, body),
                        undo=lambda: set_report_text(af, plan_id, year, period, key, old))
        self._saving = True
        try:
            done = self.session.execute(cmd)
        finally:
            self._saving = False
        if done:
            self._texts[key] = body
            self._mark_empty()
            self.state.setText(self.tr("Saved"))
        return done

    def _export(self, fmt: str) -> None:
        self.save()
        self.export_requested.emit(fmt)
