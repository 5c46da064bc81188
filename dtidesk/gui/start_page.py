"""What the window shows with no file open: new file, the demo, open, and the recent files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class StartPage(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_requested = Signal(str)
    guide_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        col = QVBoxLayout()
        outer.addLayout(col, 3)
        outer.addStretch(1)
        col.addStretch(1)
        title = QLabel(self.tr("DTI Desk"))
        f = QFont(title.font())
        f.setPointSize(f.pointSize() + 12)
        f.setBold(True)
        title.setFont(f)
        col.addWidget(title)
        sub = QLabel(self.tr("Digital transformation index, administrative reform plans, tasks and periodic "
                             "reports of your agency — in one file on this computer."))
        sub.setWordWrap(True)
        col.addWidget(sub)
        col.addSpacing(8)
        # A new file has no plan, no index and no year yet: say in which order they come.
        self.steps = QLabel(self.tr("Starting from nothing: create a new file for your agency, import your "
                                    "province's index (File → Import an index catalog…), then create the year's "
                                    "plan or self-assessment from the Plan menu — or import a plan you already "
                                    "have as a Word document."))
        self.steps.setWordWrap(True)
        col.addWidget(self.steps)
        col.addSpacing(16)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("Create a new file…"))
        self.demo_button = QPushButton(self.tr("Open the demo file"))
        self.open_button = QPushButton(self.tr("Open a file…"))
        for b in (self.new_button, self.demo_button, self.open_button):
            b.setMinimumHeight(40)
            buttons.addWidget(b)
        col.addLayout(buttons)
        self.guide_button = QPushButton(self.tr("New to DTI Desk? Read the user guide (F1)"))
        self.guide_button.setFlat(True)
        self.guide_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.guide_button.setStyleSheet("QPushButton { color: palette(link); text-align: left; padding: 4px 0; }")
        col.addWidget(self.guide_button, 0, Qt.AlignmentFlag.AlignLeft)
        col.addSpacing(12)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        col.addWidget(line)
        col.addWidget(QLabel(self.tr("Recent files")))
        self.recent_list = QListWidget()
        self.recent_list.setMaximumHeight(200)
        col.addWidget(self.recent_list)
        self.no_recent = QLabel(self.tr("No file opened yet."))
        col.addWidget(self.no_recent)
        # What falls due in the last file, read without opening it for editing (issue 18).
        from .due_panel import DuePanel

        col.addSpacing(12)
        self.due_title = QLabel()
        bold = QFont(self.due_title.font())
        bold.setBold(True)
        self.due_title.setFont(bold)
        col.addWidget(self.due_title)
        self.due_panel = DuePanel(self, compact=True)
        self.due_panel.setMinimumHeight(200)
        col.addWidget(self.due_panel, 4)
        col.addStretch(1)
        self.new_button.clicked.connect(self.new_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.guide_button.clicked.connect(self.guide_requested)
        self.recent_list.itemActivated.connect(lambda it: self.recent_requested.emit(it.data(Qt.ItemDataRole.UserRole)))

    def set_recent(self, paths: list[str]) -> None:
        self.recent_list.clear()
        for p in paths:
            item = QListWidgetItem(p)
            item.setData(Qt.ItemDataRole.UserRole, p)
            self.recent_list.addItem(item)
        # As tall as its lines (at most the eight kept), so that the list of what is due gets the rest.
        rows = max(1, min(len(paths), 8))
        self.recent_list.setMaximumHeight(rows * self.recent_list.fontMetrics().height() + 12 + rows * 2)
        self.recent_list.setVisible(bool(paths))
        self.no_recent.setVisible(not paths)
        last = paths[0] if paths else None
        if last:
            self.due_title.setText(self.tr("Due soon and overdue in {0}").format(Path(last).name))
        self.due_title.setVisible(bool(last))
        self.due_panel.setVisible(bool(last))
        self.due_panel.set_file(last)
