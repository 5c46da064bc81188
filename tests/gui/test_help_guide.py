"""First run and help: the start page, new files in Documents, Help → User guide (F1) with its pictures."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog

from dtidesk.gui.dialogs import NewFileDialog
from dtidesk.gui.help_dialog import HelpDialog, guide_file, guide_images
from dtidesk.gui.main_window import MainWindow
from dtidesk.resources import resource_path

GUIDE = resource_path("guide")
# the offscreen platform warns about any shown window, and about raise()
OFFSCREEN = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")
TOPICS = ["Nhập điểm năm trước", "Viết kế hoạch", "Theo dõi nhiệm vụ", "Thu thập biểu mẫu từ các đơn vị",
          "In văn bản"]


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    yield w
    w.set_session(None)


@OFFSCREEN
def test_first_start_shows_the_start_page(window):
    window.show()
    window.reopen_last_or_start()  # what app.main does when started without a file
    assert window.ui.stack.currentWidget() is window.ui.startPage
    page = window.start_page
    assert [b.text() for b in (page.new_button, page.demo_button, page.open_button)] == [
        "Tạo tệp mới…", "Mở tệp mẫu", "Mở tệp…"]
    assert all(b.isVisible() for b in (page.new_button, page.demo_button, page.open_button, page.guide_button))
    assert page.no_recent.isVisible() and not page.recent_list.isVisible()


def test_new_file_is_proposed_in_documents(qtbot, monkeypatch, tmp_path):
    asked: list[str] = []
    target = tmp_path / "moi.dtidesk"

    def fake_save(parent, caption, directory, filter_):
        asked.append(directory)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    dlg = NewFileDialog()
    qtbot.addWidget(dlg)
    dlg.ui.agencyEdit.setText("Sở Nội vụ")
    dlg.ui.shortCodeEdit.setText("snv")
    dlg.accept()
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert asked == [str(Path(documents) / "SNV.dtidesk")]
    assert dlg.result_file is not None and dlg.result_file.path == target
    dlg.result_file.close()


@OFFSCREEN
def test_f1_opens_the_guide_once(window, qtbot):
    assert window.guide_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    assert window.guide_action.text() == "&Hướng dẫn sử dụng"
    assert window.ui.menuHelp.actions()[0] is window.guide_action
    window.guide_action.trigger()
    dlg = window.findChild(HelpDialog)
    assert dlg is not None and dlg.isVisible()
    assert dlg.windowTitle() == "Hướng dẫn sử dụng — DTI Desk"
    window.guide_action.trigger()  # raises the open guide rather than opening a second one
    assert len(window.findChildren(HelpDialog)) == 1
    dlg.close()


@OFFSCREEN
def test_start_page_links_to_the_guide(window):
    window.start_page.guide_button.click()
    assert window.findChild(HelpDialog) is not None


def test_options_in_the_tools_menu(window):
    tools = window.ui.menubar.actions()
    titles = [a.text() for a in tools]
    assert titles.index("&Công cụ") == titles.index("Trợ &giúp") - 1
    assert window.options_action.text() == "&Tùy chọn…"
    assert window.options_action.shortcut() == QKeySequence("Ctrl+,")


@OFFSCREEN
def test_guide_has_the_five_topics(qtbot):
    dlg = HelpDialog(lang="vi")
    qtbot.addWidget(dlg)
    titles = dlg.topic_titles()
    for topic in TOPICS:
        assert any(topic in t for t in titles), topic
        assert topic in dlg.text()
    dlg.show()
    dlg.show_topic(titles.index(next(t for t in titles if "In văn bản" in t)))
    assert dlg.browser.verticalScrollBar().value() > 0


@pytest.mark.parametrize("md", sorted(GUIDE.glob("*.md")), ids=lambda p: p.name)
def test_every_picture_of_the_guide_exists_loads_and_is_small(md, qtbot):
    names = guide_images(md)
    assert len(names) >= 5
    for name in names:
        picture = md.parent / name
        assert picture.is_file(), name
        assert picture.stat().st_size <= 150 * 1024, f"{name}: regenerate with scripts/guide_screenshots.sh"
    dlg = HelpDialog(lang=md.stem)
    qtbot.addWidget(dlg)
    assert dlg.path == md
    assert sorted(dlg.image_sizes()) == sorted(set(names))  # the browser finds them through its search path


@OFFSCREEN
def test_pictures_fit_the_reading_area(qtbot):
    dlg = HelpDialog(lang="vi")
    qtbot.addWidget(dlg)
    dlg.resize(800, 600)
    dlg.show()
    qtbot.waitUntil(lambda: dlg._fitted_to > 0)
    assert dlg.browser.document().size().width() <= dlg.browser.viewport().width()


def test_find_in_the_guide(qtbot):
    dlg = HelpDialog(lang="vi")
    qtbot.addWidget(dlg)
    dlg.find_edit.setText("kiểm chứng")
    assert dlg.browser.textCursor().selectedText() == "kiểm chứng"
    first = dlg.browser.textCursor().position()
    assert dlg.find_next()
    assert dlg.browser.textCursor().position() > first
    dlg.find_edit.setText("không có trong hướng dẫn xyz")
    assert dlg.find_status.text() == "Không tìm thấy"


def test_guide_follows_the_interface_language_or_falls_back_to_vietnamese():
    assert guide_file("vi").name == "vi.md"
    assert guide_file("en").name == "en.md"
    assert guide_file("fr").name == "vi.md"
