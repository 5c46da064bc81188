"""Evidence (tài liệu kiểm chứng) of one criterion: the side panel listing it and the dialog editing one item."""

from __future__ import annotations

from dataclasses import replace
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.models import Evidence
from ..domain.scores import ScoreNode
from ..domain.validation import parse_date_input, require_text
from ..errors import DtideskError
from ..services.scoring import evidence_of
from . import score_commands
from .locale_format import date_input, fmt_date, fmt_score
from .session import Session


class EvidenceDialog(QDialog):
    def __init__(self, evidence: Evidence, criterion: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.evidence = evidence
        self.setWindowTitle(self.tr("Evidence — criterion {0}").format(criterion))
        self.setMinimumWidth(520)
        form = QFormLayout()
        self.title_edit = QLineEdit(evidence.title)
        self.title_edit.setCursorPosition(0)
        self.title_edit.setPlaceholderText(self.tr("e.g. Decision approving the digitisation plan"))
        self.number_edit = QLineEdit(evidence.doc_number)
        self.number_edit.setPlaceholderText(self.tr("e.g. 40/QĐ-STP"))
        self.date_edit = QLineEdit(date_input(evidence.doc_date))
        self.date_edit.setPlaceholderText(self.tr("day/month/year, e.g. 30/1/2021"))
        self.location_edit = QLineEdit(evidence.location)
        self.location_edit.setPlaceholderText(self.tr("path of the file, or where the paper copy is kept"))
        browse = QPushButton(self.tr("Choose file…"))
        browse.clicked.connect(self._browse)
        location = QHBoxLayout()
        location.addWidget(self.location_edit, 1)
        location.addWidget(browse)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("Document &number:"), self.number_edit)
        form.addRow(self.tr("&Date:"), self.date_edit)
        location_label = QLabel(self.tr("&File or note:"))
        location_label.setBuddy(self.location_edit)  # a row holding a layout gets no buddy by itself
        form.addRow(location_label, location)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #a61b1b;")
        self.error_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        start = self.location_edit.text().strip()
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the evidence file"),
                                              str(Path(start).parent) if start else "",
                                              self.tr("Documents (*.pdf *.doc *.docx *.xls *.xlsx *.jpg *.png);;"
                                                      "All files (*)"))
        if path:
            self.location_edit.setText(str(Path(path)))

    def result_evidence(self) -> Evidence:
        """The edited item; raises ValidationError (Vietnamese, naming the field) on bad input."""
        title = require_text(self.title_edit.text(), "Tên tài liệu kiểm chứng")
        doc_date = parse_date_input(self.date_edit.text(), "Ngày văn bản")
        return replace(self.evidence, title=title, doc_number=self.number_edit.text().strip(),
                       doc_date=doc_date, location=self.location_edit.text().strip())

    def accept(self) -> None:
        try:
            self.evidence = self.result_evidence()
        except DtideskError as exc:
            self.error_label.setText(exc.message)
            self.error_label.show()
            return
        super().accept()

    @staticmethod
    def ask(parent: QWidget | None, evidence: Evidence, criterion: str) -> Evidence | None:
        dialog = EvidenceDialog(evidence, criterion, parent)
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        result = dialog.evidence if ok else None
        dialog.deleteLater()
        return result


class EvidencePanel(QWidget):
    """Shows the selected criterion in full and its evidence; every edit is an undoable command."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.session: Session | None = None
        self.assessment_id: int | None = None
        self.node: ScoreNode | None = None
        self.items: list[Evidence] = []
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setHeaderLabels([self.tr("Title"), self.tr("Number"), self.tr("Date"), self.tr("File or note")])
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(3, 110)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemDoubleClicked.connect(lambda *_: self.edit_selected())
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #6b7280;")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.open_button = QPushButton(self.tr("Open file"))
        self.add_button.setToolTip(self.tr("Add an evidence document to this criterion"))
        self.open_button.setToolTip(self.tr("Open the file with the program of this computer"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.open_button.clicked.connect(self.open_selected)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.refresh()

    def set_context(self, session: Session | None, assessment_id: int | None, node: ScoreNode | None) -> None:
        self.session, self.assessment_id = session, assessment_id
        self.node = node if node is not None and node.kind == "criterion" else None
        self.refresh()

    def refresh(self) -> None:
        node, selected = self.node, self.selected()
        if node is None:
            self.heading.setText("<b>{}</b>".format(self.tr("Evidence")))
        else:
            scores = self.tr("max {0} · self {1} · appraised {2}").format(
                fmt_score(node.max_score), fmt_score(node.self_score) or "–",
                fmt_score(node.appraised_score) or "–")
            self.heading.setText("<b>{} — {}</b><br>{}<br><span style='color:#4b5563'>{}</span>".format(
                self.tr("Evidence"), escape(node.code), escape(node.name), escape(scores)))
        self.items = []
        if self.session and self.assessment_id and node is not None:
            self.items = evidence_of(self.session.af, self.assessment_id, node.id)
        self.list.clear()
        for ev in self.items:
            item = QTreeWidgetItem([ev.title, ev.doc_number, fmt_date(ev.doc_date), ev.location])
            item.setToolTip(0, ev.title)
            item.setToolTip(3, ev.location)
            item.setData(0, Qt.ItemDataRole.UserRole, ev.id)
            self.list.addTopLevelItem(item)
            if selected and ev.id == selected.id:
                item.setSelected(True)
        if node is None:
            self.empty.setText(self.tr("Select a criterion to see and add its evidence."))
        elif not self.assessment_id:
            self.empty.setText(self.tr("Create the assessment of this year first."))
        elif not self.items:
            self.empty.setText(self.tr("No evidence yet. Missing evidence is the commonest reason a score "
                                       "is cut at appraisal."))
        self.empty.setVisible(node is None or not self.items)
        self.list.setVisible(node is not None and bool(self.items))
        self._update_buttons()

    def _writable(self) -> bool:
        return bool(self.session and self.assessment_id and self.node and not self.session.af.readonly)

    def _update_buttons(self) -> None:
        sel = self.selected()
        self.add_button.setEnabled(self._writable())
        self.edit_button.setEnabled(self._writable() and sel is not None)
        self.delete_button.setEnabled(self._writable() and sel is not None)
        self.open_button.setEnabled(sel is not None and bool(sel.location) and Path(sel.location).is_file())

    def selected(self) -> Evidence | None:
        items = self.list.selectedItems()
        if not items:
            return None
        eid = items[0].data(0, Qt.ItemDataRole.UserRole)
        return next((e for e in self.items if e.id == eid), None)

    def add(self) -> None:
        if not self._writable():
            return
        assert self.session and self.assessment_id and self.node
        blank = Evidence(id=0, assessment_id=self.assessment_id, indicator_id=self.node.id, title="",
                         position=max((e.position for e in self.items), default=0) + 1)
        ev = EvidenceDialog.ask(self, blank, self.node.code)
        if ev is not None:
            score_commands.add_evidence(self.session, ev, self.node.code)

    def edit_selected(self) -> None:
        sel = self.selected()
        if sel is None or not self._writable():
            return
        assert self.session and self.node
        ev = EvidenceDialog.ask(self, sel, self.node.code)
        if ev is not None:
            score_commands.update_evidence(self.session, ev, self.node.code)

    def delete_selected(self) -> None:
        sel = self.selected()
        if sel is not None and self._writable():
            assert self.session and self.node
            score_commands.delete_evidence(self.session, sel.id, self.node.code)  # Ctrl+Z puts it back

    def open_selected(self) -> None:
        sel = self.selected()
        if sel is not None and sel.location and Path(sel.location).is_file():
            QDesktopServices.openUrl(QUrl.fromLocalFile(sel.location))
