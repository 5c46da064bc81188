"""Tab “Nhiệm vụ”: interface placeholder, replaced by the full tab."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from .session import Session


class TasksTab(QWidget):
    status_message = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.session: Session | None = None
        self.plan_id: int | None = None
        QVBoxLayout(self).addWidget(QLabel(self.tr("Tasks")))

    def set_session(self, session: Session | None) -> None:
        self.session = session

    def set_plan(self, plan_id: int | None) -> None:
        self.plan_id = plan_id

    def focus_search(self) -> None:
        pass

    def show_criterion(self, criterion_id: int) -> None:
        pass

    def add_task_for_criterion(self, criterion_id: int) -> None:
        pass

    def save_state(self, settings: QSettings) -> None:
        pass
