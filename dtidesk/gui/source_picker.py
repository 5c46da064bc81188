"""What the import dialogs share: where the document comes from (a file, or pasted text) and the list of what
to check, each line pointing at a line of the document."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)


class SourcePicker(QTabWidget):
    """“Từ tệp” (a read-only path and Choose file…) and, where the dialog reads text, “Văn bản dán vào”
    (a text box and Preview). The folder last chosen is remembered under `settings_key`."""

    file_chosen = Signal(Path)
    text_submitted = Signal(str)

    def __init__(self, *, placeholder: str, dialog_title: str, file_filter: str, settings_key: str,
                 paste_placeholder: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._title, self._filter, self._key = dialog_title, file_filter, settings_key
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(placeholder)
        browse = QPushButton(self.tr("Choose file…"))
        browse.clicked.connect(self.choose_file)
        file_page = QWidget()
        row = QHBoxLayout(file_page)
        row.setAlignment(Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.addTab(file_page, self.tr("From a file"))
        self.paste_edit: QPlainTextEdit | None = None
        self.paste_button: QPushButton | None = None
        if paste_placeholder is not None:
            self.paste_edit = QPlainTextEdit()
            self.paste_edit.setPlaceholderText(paste_placeholder)
            self.paste_button = QPushButton(self.tr("&Preview"))
            self.paste_button.clicked.connect(lambda: self.text_submitted.emit(self.paste_edit.toPlainText()))
            paste_page = QWidget()
            paste_layout = QVBoxLayout(paste_page)
            paste_layout.addWidget(self.paste_edit, 1)
            paste_layout.addWidget(self.paste_button, 0, Qt.AlignmentFlag.AlignRight)
            self.addTab(paste_page, self.tr("Pasted text"))
        self.setMaximumHeight(150)

    def choose_file(self) -> None:
        settings = QSettings()
        start = str(settings.value(self._key, str(Path.home())))
        path, _ = QFileDialog.getOpenFileName(self, self._title, start, self._filter)
        if path:
            settings.setValue(self._key, str(Path(path).parent))
            self.show_path(Path(path))
            self.file_chosen.emit(Path(path))

    def show_path(self, path: Path) -> None:
        self.path_edit.setText(str(path))


class IssuesBox(QWidget):
    """“Cần xem lại”: one line per thing that does not add up, clicking one emits its line of the document
    (stored on the item as Qt.UserRole)."""

    line_selected = Signal(object)  # the QListWidgetItem, or None when the list empties

    def __init__(self, tooltip: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setToolTip(tooltip)
        self.list.itemClicked.connect(self.line_selected.emit)
        self.list.currentItemChanged.connect(lambda item, _old: self.line_selected.emit(item))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self.tr("To check"))
        lay.addWidget(self.heading)
        lay.addWidget(self.list, 1)
