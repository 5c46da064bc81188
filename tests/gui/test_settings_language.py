"""Tools → Options: the language is stored, applied at the next start; numbers and dates follow it, documents don't."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import QSettings

from dtidesk.domain.vnformat import fmt_score as doc_fmt_score
from dtidesk.gui import i18n
from dtidesk.gui.criteria_model import Col
from dtidesk.gui.locale_format import (
    date_input,
    fmt_date,
    fmt_datetime,
    fmt_number,
    fmt_percent,
    number_input,
)
from dtidesk.gui.main_window import MainWindow
from dtidesk.gui.settings_dialog import SettingsDialog, restart_command
from dtidesk.gui.task_model import COL_DUE


@pytest.fixture
def restore_vietnamese(qapp):
    yield
    i18n.install(qapp, "vi")  # the rest of the suite runs in Vietnamese


def next_start(qapp) -> str:
    """What app.make_app does at start-up: install the language stored in the settings."""
    return i18n.install(qapp)


def criteria_cell(window: MainWindow, code: str, col: Col):
    tab = window.criteria_tab
    return tab.model.index_of(tab.view.tree.by_code(code).id, col)


def test_dialog_offers_both_languages_vietnamese_first(qtbot):
    dlg = SettingsDialog()
    qtbot.addWidget(dlg)
    combo = dlg.language_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Tiếng Việt", "English"]
    assert dlg.chosen_language() == "vi"  # nothing stored yet: Vietnamese is the default
    assert dlg.windowTitle() == "Tùy chọn"
    assert dlg.sample_label.text() == "1.870,5 · 78,79% · 14/6/2023"
    combo.setCurrentIndex(combo.findData("en"))
    assert dlg.sample_label.text() == "1,870.5 · 78.79% · Jun 14, 2023"


def test_choosing_english_is_stored_and_restart_offered(qtbot, dialogs):
    dlg = SettingsDialog()
    qtbot.addWidget(dlg)
    dlg.language_combo.setCurrentIndex(dlg.language_combo.findData("en"))
    dlg.accept()
    assert QSettings().value("language") == "en"
    assert i18n.current_language() == "en" and i18n.active_language() == "vi"  # not live: at the next start
    kind, title, text = dialogs[-1]
    assert kind == "question" and title == "Ngôn ngữ giao diện"
    assert text.startswith("English sẽ được dùng từ lần mở DTI Desk tiếp theo.")
    assert dlg.restart_requested  # the recorded question answers Yes


def test_keeping_the_language_asks_nothing(qtbot, dialogs):
    dlg = SettingsDialog()
    qtbot.addWidget(dlg)
    dlg.accept()
    assert dialogs == [] and not dlg.restart_requested
    assert QSettings().value("language") == "vi"


def test_english_at_next_start_menus_and_numbers(qapp, qtbot, demo_path, restore_vietnamese):
    i18n.set_language("en")
    assert next_start(qapp) == "en"
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.ui.menuFile.title() == "&File"
    assert w.ui.menuHelp.title() == "&Help"
    assert w.options_action.text() == "&Options…" and w.guide_action.text() == "&User guide"
    assert w.start_page.new_button.text() == "Create a new file…"
    assert w.open_path(demo_path)
    assert w.ui.tabs.tabText(1) == "Criteria"
    model = w.criteria_tab.model
    assert model.data(criteria_cell(w, "2", Col.SELF)) == "46.67"
    assert model.data(criteria_cell(w, "2", Col.PERCENT)) == "93.3%"
    assert model.data(criteria_cell(w, "4.1", Col.DEDUCTION)) == "3"
    # a status label from the domain is shown in English too, and the due date has room for its English form
    assert w.tasks_tab.status_combo.itemText(1) == "Not started"
    view = w.tasks_tab.view
    assert view.header().sectionSize(COL_DUE) > view.fontMetrics().horizontalAdvance("Dec 31, 2022")
    w.set_session(None)


def test_vietnamese_numbers(qapp, qtbot, demo_path):
    assert i18n.active_language() == "vi"
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.ui.menuFile.title() == "&Tệp"
    assert w.open_path(demo_path)
    assert w.criteria_tab.model.data(criteria_cell(w, "2", Col.SELF)) == "46,67"
    assert w.criteria_tab.model.data(criteria_cell(w, "2", Col.PERCENT)) == "93,3%"
    w.set_session(None)


def test_score_typed_the_english_way_is_read_right(qapp, qtbot, demo_path, restore_vietnamese):
    i18n.install(qapp, "en")
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.open_path(demo_path)
    model = w.criteria_tab.model
    index = criteria_cell(w, "2.4", Col.SELF)
    assert model.data(index, 2) == "1.67"  # EditRole, English notation
    assert model.setData(index, "4.125")  # a Vietnamese reading would make it 4125 and refuse it
    assert w.criteria_tab.view.tree.by_code("2.4").self_score == Decimal("4.125")
    assert model.data(criteria_cell(w, "2.4", Col.SELF)) == "4.13"
    w.set_session(None)


def test_documents_stay_vietnamese_whatever_the_interface(qapp, restore_vietnamese):
    i18n.install(qapp, "en")
    assert fmt_number(Decimal("46.665")) == "46.67"
    assert doc_fmt_score(Decimal("46.665")) == "46,67"


@pytest.mark.parametrize("lang,number,percent,day,moment", [
    ("vi", "1.870,5", "33,33%", "14/6/2022", "09:05:03 14/6/2022"),
    ("en", "1,870.5", "33.33%", "Jun 14, 2022", "Jun 14, 2022, 9:05:03\u202fAM"),
])
def test_formats_per_language(lang, number, percent, day, moment):
    assert fmt_number(1870.5, lang=lang) == number
    assert fmt_percent(Decimal("33.333"), lang=lang) == percent
    assert fmt_date(date(2022, 6, 14), lang=lang) == day
    assert fmt_datetime(datetime(2022, 6, 14, 9, 5, 3), lang=lang).replace(" AM", "\u202fAM") == moment
    assert fmt_number(None, lang=lang) == "" and fmt_date(None, lang=lang) == ""
    assert date_input(date(2022, 6, 4)) == "4/6/2022"  # fields take day/month/year in both languages


def test_vietnamese_dates_written_as_babel_writes_them():
    """Vietnamese dates skip babel (not loaded at start): they must stay babel's d/M/yyyy."""
    from datetime import timedelta

    from babel import Locale
    from babel.dates import format_date

    from dtidesk.gui.locale_format import _DATE_FORMAT

    vi = Locale.parse("vi")
    for d in [date(1, 1, 1), date(999, 12, 31), *(date(2016, 1, 1) + timedelta(days=n) for n in range(0, 4000, 7))]:
        assert fmt_date(d, lang="vi") == format_date(d, _DATE_FORMAT["vi"], locale=vi)


@pytest.mark.parametrize("typed,passed", [
    ("46.667", "46,667"), ("1,870.5", "1870,5"), ("1,870", "1870"), ("5", "5"),
    ("46,67", "46,67"),  # not English grouping: left for the core, which reads the comma as decimal
    ("abc", "abc"), ("", ""),
])
def test_english_number_input(typed, passed):
    assert number_input(typed, lang="en") == passed
    assert number_input(typed, lang="vi") == typed


def test_restart_command_reopens_the_file(tmp_path):
    program, args = restart_command(tmp_path / "a.dtidesk")
    assert args[-1] == str(tmp_path / "a.dtidesk")
    assert "--lang" not in args  # the stored choice decides
    assert restart_command(None)[1][-1] != str(tmp_path / "a.dtidesk")
    assert program


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_restart_now_closes_the_file_then_starts_again_on_it(qtbot, demo_path, monkeypatch):
    from PySide6.QtCore import QProcess
    from PySide6.QtWidgets import QApplication

    from dtidesk.gui import settings_dialog
    from dtidesk.store.lock import lock_path

    started: list[tuple[str, list[str]]] = []
    quits: list[bool] = []
    monkeypatch.setattr(QProcess, "startDetached", lambda program, args: started.append((program, args)) or True)
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    assert w.open_path(demo_path)
    assert settings_dialog.restart(w)
    assert w.session is None and not lock_path(demo_path).exists()  # the new instance will not find it locked
    assert started == [restart_command(demo_path)] and quits == [True]
