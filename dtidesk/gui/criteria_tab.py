"""Tab “Tiêu chí”: interface placeholder, replaced by the full tab."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from .session import Session


class CriteriaTab(QWidget):
    jump_to_tasks = Signal(int)
    create_task_for = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.session: Session | None = None
        QVBoxLayout(self).addWidget(QLabel(self.tr("Criteria")))

    def set_session(self, session: Session | None) -> None:
        self.session = session

    def set_year(self, year: int | None) -> None:
        self.year = year

    def focus_search(self) -> None:
        pass

    def save_state(self, settings: QSettings) -> None:
        pass
