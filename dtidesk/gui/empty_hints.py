"""What an empty tab shows instead of an empty table: a heading, one sentence on what to do next, buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget


class EmptyHintWidget(QWidget):
    """The buttons are the menu's own actions, so their text, shortcut and enabled state (read-only file)
    are the menu's."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        col = QVBoxLayout()
        outer.addLayout(col, 2)  # about 680 pixels of text at 1366: lines short enough to read at a glance
        outer.addStretch(1)
        col.addStretch(1)
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSize(font.pointSize() + 5)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        col.addWidget(self.heading)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        col.addWidget(self.text)
        col.addSpacing(10)
        self.button_row = QHBoxLayout()
        col.addLayout(self.button_row)
        col.addStretch(2)
        self.buttons: list[QToolButton] = []

    def set_content(self, heading: str, text: str, actions: list[QAction]) -> None:
        self.heading.setText(heading)
        self.text.setText(text)
        if [b.defaultAction() for b in self.buttons] == actions:
            return
        for b in self.buttons:
            b.deleteLater()
        self.buttons = []
        while self.button_row.count():
            self.button_row.takeAt(0)
        for i, action in enumerate(actions):
            b = QToolButton(self)
            b.setDefaultAction(action)
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            b.setMinimumHeight(34)
            b.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            if i == 0:  # the next step, set apart from the alternatives
                f = QFont(b.font())
                f.setBold(True)
                b.setFont(f)
            self.button_row.addWidget(b)
            self.buttons.append(b)
        self.button_row.addStretch(1)
