"""Install Qt translators before the first widget: ours and Qt's own (vi is the default)."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from ..resources import i18n_dir

LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
DEFAULT_LANGUAGE = "vi"
SETTINGS_KEY = "language"
_installed: list[QTranslator] = []  # keep references: a collected translator is silently dropped
_active = DEFAULT_LANGUAGE
_generation = 0  # bumped by every install(), so label tables cached per language are rebuilt


def current_language() -> str:
    """The language chosen in Tools → Options (QSettings), applied at the next start."""
    lang = str(QSettings().value(SETTINGS_KEY, DEFAULT_LANGUAGE))
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def set_language(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown interface language {lang!r}")
    QSettings().setValue(SETTINGS_KEY, lang)


def active_language() -> str:
    """The language the running interface was started in (what numbers and dates on screen follow)."""
    return _active


def generation() -> tuple[str, int]:
    """Changes whenever translators are (re)installed: a cache key for translated tables."""
    return _active, _generation


def install(app: QApplication, lang: str | None = None) -> str:
    global _active, _generation
    lang = lang if lang in LANGUAGES else current_language()
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
    _active = lang
    _generation += 1
    return lang
