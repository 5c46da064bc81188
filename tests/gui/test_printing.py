"""Tệp → In… (Ctrl+P) and Xem trước khi in: what each tab prints, the preview, the pages sent to the printer."""

from __future__ import annotations

import pdfplumber
import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog

from dtidesk.gui import jobs
from dtidesk.gui.main_window import MainWindow
from dtidesk.gui.print_preview import preview_size
from dtidesk.gui.printing import PrintController, shown_task_ids
from dtidesk.services.export import export, export_report
from dtidesk.services.forms import get_form
from dtidesk.store import open_agency_file

# The offscreen platform says so for every shown window (the window, the preview, the job's dialog).
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")


def norm(text: str) -> str:
    return " ".join((text or "").replace("\u00a0", " ").split())


def pdf_text(path) -> str:
    with pdfplumber.open(path) as pdf:
        return norm(" ".join(p.extract_text() or "" for p in pdf.pages))


def page_shapes(path) -> list[bool]:
    """Landscape or not, page by page."""
    with pdfplumber.open(path) as pdf:
        return [p.width > p.height for p in pdf.pages]


@pytest.fixture
def window(qtbot, demo_path, monkeypatch):
    kept: list = []
    # Every temporary PDF is kept (not deleted after use) so that the test can read it back.
    monkeypatch.setattr(PrintController, "_discard", staticmethod(kept.append))
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    assert w.open_path(demo_path)
    w.discarded = kept
    yield w
    preview = w.printing.last_preview
    if preview is not None:
        preview.close()
    jobs.wait_idle()
    w.set_session(None)


class Printed(list):
    """The files printed, in order; `pick` sets the page range the officer would choose."""

    pick: dict


@pytest.fixture
def printed(monkeypatch, tmp_path):
    """The system's print dialog answers OK, with a PDF file as the printer; the files printed, in order."""
    outs = Printed()
    outs.pick = pick = {}

    def accept(self):
        out = tmp_path / f"printed-{len(outs) + 1}.pdf"
        printer = self.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(96)  # the test reads pages back, not pixels: keep it quick
        if "range" in pick:
            printer.setPrintRange(QPrinter.PrintRange.PageRange)
            printer.setFromTo(*pick["range"])
        outs.append(out)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    return outs


def press_ctrl_p(qtbot, window) -> None:
    assert window.printing.print_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    window.activateWindow()  # a window shortcut reaches only the active window (a job's dialog may have been)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert jobs.wait_idle()


def show_tab(window, where: str) -> None:
    tabs = window.ui.tabs
    if where == "tasks":
        tabs.setCurrentWidget(window.ui.tasksTab)
    elif where == "criteria":
        tabs.setCurrentWidget(window.ui.criteriaTab)
    else:
        tabs.setCurrentWidget(window.ui.reportsTab)
        tab = window.reports_tab
        tab.pages.setCurrentWidget(tab.forms_panel if where == "form" else tab.text_panel)


def test_file_menu_has_print_and_preview(window):
    texts = [a.text() for a in window.ui.menuFile.actions()]
    assert {"&In…", "&Xem trước khi in…", "In &văn bản khác"} <= set(texts)
    assert texts.index("&In…") < texts.index("T&hoát")
    window.close_file()
    assert not window.printing.print_action.isEnabled()


@pytest.mark.parametrize("where", ["tasks", "criteria", "report", "form"])
def test_ctrl_p_prints_what_the_tab_shows(qtbot, window, printed, where):
    show_tab(window, where)
    press_ctrl_p(qtbot, window)
    source = window.printing.last_pdf
    text = pdf_text(source)
    if where == "tasks":
        assert "NHIỆM VỤ CỤ THỂ THỰC HIỆN KẾ HOẠCH" in text
    elif where == "criteria":
        assert "KẾT QUẢ ĐÁNH GIÁ NĂM 2022" in text and "Tổng cộng 450 405,21 354,74" in text
    elif where == "report":
        assert text.startswith(norm("SỞ TƯ PHÁP")) or "BÁO CÁO" in text
        assert "Kết quả" in text
    else:
        panel = window.reports_tab.forms_panel
        with open_agency_file(window.session.af.path, readonly=True) as af:
            title = get_form(af, panel.form_id()).template.title
        assert norm(title)[:40] in text
    # The printer got every page of that PDF, each the way it is laid out (portrait text, landscape tables).
    assert printed and printed[-1].exists()
    assert page_shapes(printed[-1]) == page_shapes(source)
    assert source in window.discarded  # the temporary file goes once it is printed


@pytest.mark.parametrize("search", ["cổng", "kế hoạch"])
def test_filtered_task_list_holds_exactly_the_rows_shown(qtbot, window, search):
    tab = window.tasks_tab
    tab.search.setText(search)
    ids = shown_task_ids(tab)
    assert ids and len(ids) < len(tab.model.rows)
    window.printing.preview_action.trigger()
    assert jobs.wait_idle()
    with open_agency_file(window.session.af.path, readonly=True) as af:
        tasks = af.repo.tasks.for_plan(tab.plan_id)
    shown = [t for t in tasks if t.id in set(ids)]
    hidden = [t for t in tasks if t.id not in set(ids)]
    with pdfplumber.open(window.printing.last_pdf) as pdf:
        assert all(p.width > p.height for p in pdf.pages)  # landscape A4, as the task appendix
        cells = [norm(row[2]) for page in pdf.pages for table in page.extract_tables() for row in table
                 if len(row) == 7 and row[2] and row[2] != "Nhiệm vụ/hoạt động"]
    text = " ".join(cells)  # a row cut at a page break comes back as two adjacent cells: joined, it reads whole
    for t in shown:  # every row shown, once
        assert text.count(norm(t.content)) == sum(norm(t.content) in norm(s.content) for s in shown), t.content[:40]
    for t in hidden:  # and no other
        if not any(norm(t.content) in norm(s.content) for s in shown):
            assert norm(t.content) not in text, t.content[:40]


def test_nothing_shown_nothing_printed(qtbot, window, dialogs, printed):
    window.tasks_tab.search.setText("zzz không có nhiệm vụ nào như vậy")
    press_ctrl_p(qtbot, window)
    assert dialogs and dialogs[-1][0] == "information" and "bộ lọc" in dialogs[-1][2]
    assert not printed


def test_unfiltered_print_is_the_export(tmp_path, window):
    """Print and file agree: the same PDF as Xuất → Phụ lục nhiệm vụ / Bảng điểm / Báo cáo định kỳ."""
    plan_id = window.plan_combo.currentData()
    made = {}
    for where in ("tasks", "criteria", "report"):
        show_tab(window, where)
        window.printing.preview_current()
        assert jobs.wait_idle()
        made[where] = window.printing.last_pdf
    year, period = window.reports_tab.plan_year(), str(window.reports_tab.period())
    with open_agency_file(window.session.af.path, readonly=True) as af:
        assert pdf_text(made["tasks"]) == pdf_text(export(af, plan_id, "appendix-tasks", "pdf", tmp_path / "a.pdf"))
        assert pdf_text(made["criteria"]) == pdf_text(export(af, plan_id, "scores", "pdf", tmp_path / "b.pdf"))
        report = export_report(af, plan_id, year, period, "pdf", tmp_path / "c.pdf")
        assert pdf_text(made["report"]) == pdf_text(report)


def test_preview_opens_on_page_one_and_fits_the_screen(qtbot, window):
    window.ui.tabs.setCurrentWidget(window.ui.criteriaTab)
    window.printing.preview_action.trigger()
    assert jobs.wait_idle()
    dlg = window.printing.last_preview
    assert dlg is not None and dlg.isVisible()
    assert dlg.document.pageCount() > 1
    assert dlg.current_page() == 0 and dlg.page_spin.value() == 1
    assert dlg.windowTitle().startswith("Xem trước khi in — Bảng điểm năm 2022")
    screen = dlg.screen().availableGeometry()
    assert screen.contains(dlg.frameGeometry()) or dlg.height() <= screen.height() - 60
    # On the officers' 1366×768 screens (a 40 px taskbar) the dialog and its title bar fit.
    size = preview_size(QRect(0, 0, 1366, 728))
    assert size.width() <= 1366 and size.height() + 40 <= 728 and size.width() >= 1000
    dlg.go_to(2)
    assert dlg.current_page() == 2 and dlg.page_spin.value() == 3
    dlg.zoom(1.25)
    assert dlg.view.zoomFactor() > 0


def test_print_from_the_preview_sends_every_page(qtbot, window, printed):
    show_tab(window, "report")  # portrait report, then landscape appendices
    window.printing.preview_current()
    assert jobs.wait_idle()
    dlg = window.printing.last_preview
    assert dlg.print_now() is not None
    assert jobs.wait_idle()
    with pdfplumber.open(printed[-1]) as out:
        assert len(out.pages) == dlg.document.pageCount()
    assert page_shapes(printed[-1]) == page_shapes(dlg.path)
    assert len(set(page_shapes(dlg.path))) == 2, "the report mixes portrait and landscape pages"
    assert str(printed[-1]) in window.status_counts.text() + window.statusBar().currentMessage()


def test_page_range_and_cancel(qtbot, window, printed, monkeypatch):
    window.ui.tabs.setCurrentWidget(window.ui.criteriaTab)
    printed.pick["range"] = (2, 3)
    press_ctrl_p(qtbot, window)
    with pdfplumber.open(printed[-1]) as out:
        assert len(out.pages) == 2
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected.value)
    before = len(window.discarded)
    press_ctrl_p(qtbot, window)
    assert len(printed) == 1  # nothing more printed
    assert window.discarded[before:] == [window.printing.last_pdf]  # and its temporary PDF removed


def test_print_a_document_menu_previews_the_plan_document(qtbot, window):
    menu = window.printing.other_menu
    menu.aboutToShow.emit()
    assert window.printing.other_actions["document"].isEnabled()
    window.printing.other_actions["document"].trigger()
    assert jobs.wait_idle()
    dlg = window.printing.last_preview
    text, shapes = pdf_text(dlg.path), page_shapes(dlg.path)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and "KẾ HOẠCH" in text
    assert not shapes[0]  # the plan document is portrait
    assert dlg.current_page() == 0


def test_lists_tab_prints_the_appendix_of_its_page(qtbot, window, dialogs, tmp_path):
    lists = getattr(window, "plan_lists_page", None)
    if lists is None:
        pytest.skip("no targets/projects/directives tab in this build")
    window.ui.tabs.setCurrentWidget(lists)
    tab = window.plan_lists_tab
    tab.pages.setCurrentWidget(tab.directives)
    window.printing.preview_current()
    assert jobs.wait_idle()
    plan_id = window.plan_combo.currentData()
    from dtidesk.errors import ValidationError

    with open_agency_file(window.session.af.path, readonly=True) as af:
        try:
            expected = pdf_text(export(af, plan_id, "appendix-directives", "pdf", tmp_path / "d.pdf"))
        except ValidationError as exc:  # no directive in this plan: the same refusal as the export's
            assert dialogs and dialogs[-1][2] == exc.message
            return
    assert pdf_text(window.printing.last_pdf) == expected
