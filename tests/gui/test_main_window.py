"""The main window: start page, opening good and bad files, title, selectors, screenshots."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest

from dtidesk.gui import dialogs as dialog_mod
from dtidesk.gui.main_window import MainWindow
from dtidesk.store import SCHEMA_VERSION
from dtidesk.store.lock import lock_path


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    yield w
    w.set_session(None)


def test_start_page_without_file(window):
    assert window.ui.stack.currentWidget() is window.ui.startPage
    assert window.start_page.new_button.text() == "Tạo tệp mới…"
    assert window.start_page.demo_button.text() == "Mở tệp mẫu"
    assert window.ui.menuFile.title() == "&Tệp"
    assert not window.ui.actionSaveCopy.isEnabled()


def test_open_demo_title_selectors_and_recent(window, demo_path):
    assert window.open_path(demo_path)
    assert window.ui.stack.currentWidget() is window.ui.tabs
    assert "demo.dtidesk" in window.windowTitle() and "Sở Tư pháp" in window.windowTitle()
    assert window.year_combo.currentData() == 2022
    # the agency's own plan comes before the sample plan
    assert window.plan_combo.currentText().startswith("2023 — Cải thiện chỉ số thành phần")
    assert window.plan_combo.count() == 2
    assert window.ui.tabs.tabText(0) == "Nhiệm vụ"
    window.close_file()
    assert window.start_page.recent_list.count() == 1
    assert window.ui.stack.currentWidget() is window.ui.startPage


@pytest.mark.parametrize("make,expect", [
    (lambda p: None, "Không tìm thấy"),
    (lambda p: p.write_bytes(b"not a database at all" * 20), "không phải là tệp dữ liệu"),
])
def test_bad_files_explained_program_usable(window, tmp_path, dialogs, make, expect):
    bad = tmp_path / "bad.dtidesk"
    make(bad)
    assert not window.open_path(bad)
    assert dialogs and dialogs[-1][0] == "warning" and expect in dialogs[-1][2]
    assert window.session is None and window.ui.stack.currentWidget() is window.ui.startPage


def test_newer_version_refused_untouched(window, demo_path, dialogs):
    conn = sqlite3.connect(demo_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = demo_path.read_bytes()
    assert not window.open_path(demo_path)
    assert "mới hơn" in dialogs[-1][2]
    assert demo_path.read_bytes() == before


def test_corrupt_file_offers_backup(window, demo_path, dialogs, monkeypatch):
    assert window.open_path(demo_path)
    tid = window.session.af.repo.tasks.for_plan(1)[0].id
    from dtidesk.services.tasks import update_task

    update_task(window.session.af, tid, result="trước sự cố")  # makes a backup
    window.close_file()
    data = demo_path.read_bytes()
    demo_path.write_bytes(data[: len(data) // 3])
    monkeypatch.setattr(dialog_mod, "choose_backup", lambda parent, target: dialog_mod.backups_of(target)[0].path)
    assert window.open_path(demo_path)  # question() answered Yes → restore started (a job) → opened
    from dtidesk.gui.jobs import wait_idle

    assert wait_idle() and window.session is not None
    assert dialogs[0][0] == "question" and "bị hỏng" in dialogs[0][2]
    assert window.session.af.repo.tasks.get(tid).result == ""


def test_locked_file_offers_read_only(window, demo_path, monkeypatch):
    lock_path(demo_path).write_text(json.dumps({"user": "ketoan", "host": "MAY-KHAC", "pid": 1}))
    asked = []
    monkeypatch.setattr(dialog_mod, "ask_locked", lambda parent, msg, other: asked.append(msg) or "readonly")
    assert window.open_path(demo_path)
    assert "ketoan" in asked[0] and "MAY-KHAC" in asked[0]
    assert window.session.af.readonly and "[chỉ xem]" in window.windowTitle()


def test_screenshot_command(tmp_path, demo_path):
    out = tmp_path / "shots"
    r = subprocess.run([sys.executable, "-m", "dtidesk.gui.app", "--screenshot", str(out), str(demo_path)],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    pngs = sorted(p.name for p in out.glob("*.png"))
    assert pngs == ["01-nhiem-vu.png", "02-tieu-chi.png", "03-bao-cao.png", "04-bieu-mau-thong-ke.png",
                    "05-bao-cao-dinh-ky.png", "06-chi-tieu.png", "07-du-an.png", "08-van-ban-chi-dao.png",
                    "09-tong-quan.png"]
    from PySide6.QtGui import QImage

    img = QImage(str(out / "01-nhiem-vu.png"))
    assert (img.width(), img.height()) == (1366, 768)


def test_reports_tab_summary(window, demo_path):
    window.open_path(demo_path)
    tab = window.reports_tab
    tab.period_combo.setCurrentIndex(3)  # Năm
    assert tab.table.item(0, 0).text() == "Toàn kế hoạch"
    assert int(tab.table.item(0, 1).text()) == 49  # every task of seed 000 counts for the year
    assert "Hạn gửi báo cáo: 9/12/2023" in tab.deadline_label.text()  # seed 000: báo cáo năm trước ngày 10/12


def test_import_catalog_from_menu(window, demo_path, tmp_path, dialogs, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    window.open_path(demo_path)
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema": "khác"}')
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    window.ui.actionImportCatalog.trigger()
    assert dialogs[-1][0] == "warning" and "không phải danh mục bộ chỉ số" in dialogs[-1][2]
    before = len(window.session.af.repo.frameworks.all())
    assert before == 1


def test_export_menu_runs_off_thread_and_preview(window, demo_path, tmp_path, qtbot):
    window.open_path(demo_path)
    ex = window.exports
    ex.refresh()
    assert ex.actions[("document", "pdf")].isEnabled()
    assert not ex.actions[("appendix-projects", "pdf")].isEnabled()  # the demo plan has no projects
    out = tmp_path / "kh.pdf"
    ex.run("document", "pdf", out=out, quiet=True)
    qtbot.waitUntil(lambda: ex.last_output == out, timeout=20000)
    assert out.read_bytes().startswith(b"%PDF")
    from dtidesk.gui.export_menu import pdf_preview

    window.setProperty("noModal", True)
    dlg = pdf_preview(window, out)
    assert dlg.document.pageCount() >= 10
    assert window.ui.menuExport.actions()[0].text() == "Văn bản kế hoạch"


def test_status_bar_counts_and_undo_across_tabs(window, demo_path):
    window.open_path(demo_path)
    assert "49 nhiệm vụ" in window.status_counts.text()
    s = window.session
    from dtidesk.gui.session import OpCommand
    from dtidesk.services import scoring
    from dtidesk.services.tasks import update_task

    view = scoring.assessment_view(s.af, 2022)
    crit = view.tree.by_code("2.4")
    aid = view.assessment.id
    tid = s.af.repo.tasks.for_plan(1)[0].id
    s.execute(OpCommand(s, "điểm", lambda: scoring.set_score(s.af, aid, crit.id, "appraised_score", "4"),
                        lambda: scoring.set_score(s.af, aid, crit.id, "appraised_score", "1,67")))
    window.ui.tabs.setCurrentIndex(0)
    s.execute(OpCommand(s, "nhiệm vụ", lambda: update_task(s.af, tid, result="xong"),
                        lambda: update_task(s.af, tid, result="")))
    window.ui.tabs.setCurrentIndex(2)
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert s.af.repo.tasks.get(tid).result == ""
    assert str(s.af.repo.assessments.scores(aid)[crit.id].appraised_score) == "1.67"
    window.redo_action.trigger()
    assert str(s.af.repo.assessments.scores(aid)[crit.id].appraised_score) == "4"


def test_screenshot_of_a_truncated_file_fails_clearly(tmp_path, demo_path):
    bad = tmp_path / "cut.dtidesk"
    bad.write_bytes(demo_path.read_bytes()[:20000])
    r = subprocess.run([sys.executable, "-m", "dtidesk.gui.app", "--screenshot", str(tmp_path / "s"), str(bad)],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 1 and "bị hỏng" in r.stderr and "Traceback" not in r.stderr


def test_application_has_the_program_icon(qapp):
    from PySide6.QtCore import QCoreApplication

    from dtidesk.gui.app import make_app

    org = QCoreApplication.organizationName()
    try:
        assert make_app([], "vi") is qapp
        assert not qapp.windowIcon().isNull()
    finally:
        QCoreApplication.setOrganizationName(org)


def test_excepthook_survives_without_a_console(monkeypatch, tmp_path):
    from dtidesk.gui import app as app_mod

    monkeypatch.setattr(app_mod.sys, "__stderr__", None)
    monkeypatch.setattr(app_mod, "_log_path", lambda: tmp_path / "dtidesk.log")
    try:
        raise RuntimeError("lỗi thử")
    except RuntimeError as exc:
        app_mod._excepthook(type(exc), exc, exc.__traceback__)
    assert "lỗi thử" in (tmp_path / "dtidesk.log").read_text(encoding="utf-8")
