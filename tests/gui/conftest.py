"""GUI fixtures: Vietnamese translators installed, QSettings in a temp folder, modal dialogs recorded."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMessageBox


@pytest.fixture(scope="session", autouse=True)
def _app_setup(qapp, tmp_path_factory):
    QCoreApplication.setOrganizationName("DTIDeskTests")
    QCoreApplication.setApplicationName("DTI Desk")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path_factory.mktemp("settings")))
    from dtidesk.gui import i18n

    i18n.install(qapp, "vi")
    yield


@pytest.fixture(autouse=True)
def _clean_settings():
    QSettings().clear()
    yield


@pytest.fixture
def dialogs(monkeypatch):
    """Records every message box instead of blocking; question() answers Yes."""
    shown: list[tuple[str, str, str]] = []

    def record(kind, answer):
        def fn(parent, title, text, *args, **kwargs):
            shown.append((kind, title, text))
            return answer
        return fn

    monkeypatch.setattr(QMessageBox, "warning", record("warning", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "information", record("information", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "critical", record("critical", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "question", record("question", QMessageBox.StandardButton.Yes))
    return shown
