"""Install Qt translators before the first widget: ours and Qt's own (vi is the default)."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from ..resources import i18n_dir

LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
_installed: list[QTranslator] = []  # keep references: a collected translator is silently dropped


def current_language() -> str:
    lang = str(QSettings().value("language", "vi"))
    return lang if lang in LANGUAGES else "vi"


def install(app: QApplication, lang: str | None = None) -> str:
    lang = lang or current_language()
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"qtbase_{lang}", qt_dir), (f"qt_{lang}", str(i18n_dir())),
                  (f"dtidesk_{lang}", str(i18n_dir()))]
    for name, folder in candidates:
        t = QTranslator(app)
        if t.load(name, folder):
            app.installTranslator(t)
            _installed.append(t)
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if lang == "vi" else QLocale.Language.English,
                               QLocale.Country.Vietnam if lang == "vi" else QLocale.Country.UnitedStates))
    return lang
