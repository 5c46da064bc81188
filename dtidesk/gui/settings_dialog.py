"""Tools → Options: the interface language (applied at the next start; documents stay Vietnamese)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from . import i18n
from .locale_format import fmt_date, fmt_number, fmt_percent

_SAMPLE_NUMBER = 1870.5
_SAMPLE_PERCENT = 78.79
_SAMPLE_DATE = date(2023, 6, 14)


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Options"))
        layout = QVBoxLayout(self)

        box = QGroupBox(self.tr("Interface language"))
        form = QFormLayout(box)
        self.language_combo = QComboBox()
        for code, name in i18n.LANGUAGES.items():  # each language named in itself, as users look for it
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(i18n.current_language()), 0))
        form.addRow(self.tr("Language:"), self.language_combo)
        self.sample_label = QLabel()
        form.addRow(self.tr("Numbers and dates:"), self.sample_label)
        note = QLabel(self.tr("Menus, buttons, numbers and dates on screen follow this language. Official "
                              "documents — plans, reports, statistics forms — are always in Vietnamese."))
        note.setWordWrap(True)
        form.addRow(note)
        layout.addWidget(box)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.language_combo.currentIndexChanged.connect(self._show_sample)
        self._show_sample()
        self.setMinimumWidth(460)
        self.restart_requested = False

    def chosen_language(self) -> str:
        return str(self.language_combo.currentData())

    def _show_sample(self) -> None:
        lang = self.chosen_language()
        self.sample_label.setText(" · ".join((fmt_number(_SAMPLE_NUMBER, lang=lang),
                                               fmt_percent(_SAMPLE_PERCENT, lang=lang),
                                               fmt_date(_SAMPLE_DATE, lang=lang))))

    def accept(self) -> None:
        lang = self.chosen_language()
        changed = lang != i18n.current_language()
        i18n.set_language(lang)
        super().accept()
        if changed and lang != i18n.active_language():
            answer = QMessageBox.question(
                self.parentWidget(), self.tr("Interface language"),
                self.tr("{0} will be used from the next start of DTI Desk.\n\nRestart DTI Desk now?")
                .format(i18n.LANGUAGES[lang]),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            self.restart_requested = answer == QMessageBox.StandardButton.Yes


def restart_command(open_file: Path | None) -> tuple[str, list[str]]:
    """The program and arguments that start DTI Desk again (frozen build or Python), reopening open_file."""
    if getattr(sys, "frozen", False):
        program, args = sys.executable, []
    else:
        program, args = sys.executable, ["-m", "dtidesk.gui.app"]
    return program, args + ([str(open_file)] if open_file is not None else [])


def restart(window) -> bool:
    """Close the window (releasing the file's lock), start a new instance on the same file, quit this one."""
    session = window.session
    open_file = session.af.path if session is not None else None
    if not window.close():
        return False
    program, args = restart_command(open_file)
    started = QProcess.startDetached(program, args)
    ok = started[0] if isinstance(started, tuple) else bool(started)
    if ok:
        from PySide6.QtWidgets import QApplication

        QApplication.quit()
    return ok


def show_settings(window) -> SettingsDialog:
    dlg = SettingsDialog(window)
    if dlg.exec() == QDialog.DialogCode.Accepted and dlg.restart_requested:
        restart(window)
    return dlg
