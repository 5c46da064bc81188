"""Evidence (tài liệu kiểm chứng): the dialog giving one item's details, for files being attached or an item
being edited. The panel listing a criterion's evidence is in evidence_panel.py."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.models import Evidence, Indicator
from ..domain.validation import parse_date_input, require_text
from ..errors import DtideskError
from .elide import WordElideDelegate
from .evidence_commands import fmt_size
from .locale_format import date_input

RED, AMBER, GREY, BLUE = "#a61b1b", "#b45309", "#4b5563", "#1d4ed8"
FILE_TYPES = "*.pdf *.doc *.docx *.xls *.xlsx *.odt *.ods *.jpg *.jpeg *.png *.tif *.tiff *.bmp *.gif"


def local_files(urls: Sequence[QUrl]) -> list[Path]:
    """The files among dropped URLs (folders and web links are left out)."""
    return [Path(u.toLocalFile()) for u in urls if u.isLocalFile() and Path(u.toLocalFile()).is_file()]


def old_path(ev: Evidence) -> Path | None:
    """An item from before files were kept in the agency file: its `location` is a path on some PC. The path
    when the file is on this one (so it can be taken into the data file), else None."""
    if ev.blob or not ev.location.strip():
        return None
    try:
        p = Path(ev.location.strip())
        return p if p.is_file() else None
    except (OSError, ValueError):
        return None


class EvidenceDialog(QDialog):
    """An item's details. With `files`, for attaching them (several files share the details and take their
    own names as titles); without, for editing an item already in the file."""

    def __init__(self, evidence: Evidence, criterion: str, parent: QWidget | None = None, *,
                 criteria: Sequence[Indicator] = (), files: Sequence[Path] = ()):
        super().__init__(parent)
        self.evidence = evidence
        self.files = list(files)
        several = len(self.files) > 1
        if self.files:
            self.setWindowTitle(self.tr("Attach evidence — criterion {0}").format(criterion))
        else:
            self.setWindowTitle(self.tr("Evidence — criterion {0}").format(criterion))
        self.setMinimumWidth(560)
        form = QFormLayout()
        self.file_label = QLabel(self._file_text(evidence))
        self.file_label.setWordWrap(True)
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_edit = QLineEdit(evidence.title or (self.files[0].stem if len(self.files) == 1 else ""))
        self.title_edit.setCursorPosition(0)
        self.title_edit.setPlaceholderText(self.tr("e.g. Decision approving the digitisation plan"))
        if several:
            self.title_edit.setEnabled(False)
            self.title_edit.setPlaceholderText(self.tr("each file's name (change it afterwards with Edit…)"))
        self.number_edit = QLineEdit(evidence.doc_number)
        self.number_edit.setPlaceholderText(self.tr("e.g. 40/QĐ-STP"))
        self.date_edit = QLineEdit(date_input(evidence.doc_date))
        self.date_edit.setPlaceholderText(self.tr("day/month/year, e.g. 30/1/2021"))
        self.issuer_edit = QLineEdit(evidence.issuer)
        self.issuer_edit.setPlaceholderText(self.tr("e.g. UBND tỉnh, Sở Thông tin và Truyền thông"))
        self.location_edit = QLineEdit(evidence.location)
        self.location_edit.setPlaceholderText(self.tr("e.g. Văn phòng, hồ sơ năm 2022, tủ số 3"))
        form.addRow(self.tr("File:") if len(self.files) <= 1 else self.tr("Files:"), self.file_label)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("Document &number:"), self.number_edit)
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow(self.tr("&Issued by:"), self.issuer_edit)
        form.addRow(self.tr("&Paper copy kept at:"), self.location_edit)
        # The other criteria the same document proves: ticked here, the item shows under each of them.
        self.also_filter = QLineEdit()
        self.also_filter.setPlaceholderText(self.tr("Find a criterion by code or name"))
        self.also_filter.textChanged.connect(self._filter_also)
        self.also_list = QListWidget()
        self.also_list.setMinimumHeight(120)
        self.also_list.setUniformItemSizes(True)
        self.also_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.also_list.setItemDelegate(WordElideDelegate(self.also_list))  # long names cut between words
        for ind in criteria:
            if ind.id == evidence.indicator_id:
                continue
            item = QListWidgetItem(f"{ind.code}  {ind.name}")
            item.setToolTip(ind.name)
            item.setData(Qt.ItemDataRole.UserRole, ind.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if ind.id in evidence.also_criteria
                               else Qt.CheckState.Unchecked)
            self.also_list.addItem(item)
        also_label = QLabel(self.tr("Also &supports these criteria:"))
        also_label.setBuddy(self.also_filter)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {RED};")
        self.error_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if several:
            note = QLabel(self.tr("The number, date, issuing body and criteria below apply to each of the {0} "
                                  "files.").format(len(self.files)))
            note.setWordWrap(True)
            note.setStyleSheet(f"color: {GREY};")
            layout.addWidget(note)
        if self.also_list.count():
            layout.addWidget(also_label)
            layout.addWidget(self.also_filter)
            layout.addWidget(self.also_list, 1)
        else:
            for w in (also_label, self.also_filter, self.also_list):
                w.hide()
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def _file_text(self, ev: Evidence) -> str:
        if self.files:
            shown = [f"{p.name} ({fmt_size(p.stat().st_size if p.is_file() else None)})" for p in self.files[:6]]
            more = len(self.files) - len(shown)
            return "\n".join(shown) + ("\n" + self.tr("and {0} more").format(more) if more else "")
        if ev.blob:
            return f"{ev.file_name} ({fmt_size(ev.size)})"
        if ev.location:
            return self.tr("none kept in the data file")
        return self.tr("none")

    def _filter_also(self, text: str) -> None:
        needle = text.strip().lower()
        for i in range(self.also_list.count()):
            item = self.also_list.item(i)
            item.setHidden(bool(needle) and needle not in item.text().lower())

    def checked_criteria(self) -> list[int]:
        return [int(self.also_list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.also_list.count())
                if self.also_list.item(i).checkState() == Qt.CheckState.Checked]

    def result_evidence(self) -> Evidence:
        """The details as given; raises ValidationError (Vietnamese, naming the field) on bad input."""
        title = self.title_edit.text().strip()
        if len(self.files) <= 1:
            title = require_text(title, "Tên tài liệu kiểm chứng")
        doc_date = parse_date_input(self.date_edit.text(), "Ngày văn bản")
        return replace(self.evidence, title=title, doc_number=self.number_edit.text().strip(),
                       doc_date=doc_date, issuer=self.issuer_edit.text().strip(),
                       location=self.location_edit.text().strip(), also_criteria=self.checked_criteria())

    def accept(self) -> None:
        try:
            self.evidence = self.result_evidence()
        except DtideskError as exc:
            self.error_label.setText(exc.message)
            self.error_label.show()
            return
        super().accept()

    @staticmethod
    def ask(parent: QWidget | None, evidence: Evidence, criterion: str, *, criteria: Sequence[Indicator] = (),
            files: Sequence[Path] = ()) -> Evidence | None:
        dialog = EvidenceDialog(evidence, criterion, parent, criteria=criteria, files=files)
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        result = dialog.evidence if ok else None
        dialog.deleteLater()
        return result


def __getattr__(name: str) -> object:
    """The Criteria tab imports the panel from here, where it lived before it had its own module."""
    if name == "EvidencePanel":
        from .evidence_panel import EvidencePanel

        return EvidencePanel
    raise AttributeError(name)
