"""Issue 16 in the window: Tệp → Nhập kết quả thẩm định… (preview with what does not match shown by line, one undo
step) and Xuất → Đề nghị xem xét lại… (the Công văn written as a job)."""

from __future__ import annotations

import os
from decimal import Decimal

from dtidesk.gui.jobs import wait_idle
from dtidesk.gui.main_window import MainWindow
from dtidesk.gui.results_import_dialog import ResultsImportDialog, request_review
from dtidesk.services import evidence as ev
from dtidesk.store import open_agency_file

TABLE = "\n".join([
    "KẾT QUẢ THẨM ĐỊNH CHỈ SỐ CHUYỂN ĐỔI SỐ NĂM 2022 CỦA SỞ TƯ PHÁP",
    "Mã\tTiêu chí\tĐiểm tối đa\tĐiểm tự chấm\tĐiểm thẩm định\tGhi chú",
    "2.4.\tKế hoạch và triển khai việc số hóa kết quả giải quyết thủ tục hành chính\t5\t1,67\t1,67\t",
    "4.1.\tCán bộ chuyên trách CNTT; Cán bộ chuyên trách về chuyển đổi số (CDS)\t5\t5\t3\tbổ sung một phần",
    "7.1\tTiêu chí không có trong bộ chỉ số\t10\t10\t8\t",
    "Xếp hạng: 3/18",
]) + "\n"


def _appraised(af, code: str) -> Decimal | None:
    a = af.repo.assessments.all()[0]
    ind = af.repo.frameworks.indicator_by_code(a.framework_id, code)
    return af.repo.assessments.scores(a.id)[ind.id].appraised_score


def test_file_menu_preview_import_and_undo(qtbot, demo_path, tmp_path):
    src = tmp_path / "ket-qua.txt"
    src.write_text(TABLE, encoding="utf-8")
    w = MainWindow()
    w.setProperty("noModal", True)
    qtbot.addWidget(w)
    try:
        assert w.open_path(demo_path)
        action = w.import_results_action
        assert action in w.ui.menuFile.actions() and action.isEnabled()
        assert action.text() == "Nhập kết quả thẩm định…"
        action.trigger()
        dlg = w.last_dialog
        assert isinstance(dlg, ResultsImportDialog)
        dlg.load_file(src)
        assert wait_idle()
        assert dlg.preview is not None and dlg.grid.rowCount() == 3
        results = [dlg.grid.item(r, 8).text() for r in range(3)]
        assert results[1].startswith("sẽ ghi") and results[2].startswith("Mã “7.1” không có")
        issues = [dlg.issue_list.item(i).text() for i in range(dlg.issue_list.count())]
        assert "dòng 5: Mã “7.1” không có trong bộ chỉ số: hàng này không ghi." in issues
        assert dlg.import_button.isEnabled()
        if os.environ.get("DTIDESK_SCREENSHOTS"):
            dlg.grab().save(os.path.join(os.environ["DTIDESK_SCREENSHOTS"], "results_import_dialog.png"))
        dlg.import_button.click()
        assert dlg.imported
        assert _appraised(w.session.af, "4.1") == Decimal(3)
        assert w.session.undo_stack.count() == 1
        w.undo_action.trigger()
        assert _appraised(w.session.af, "4.1") == Decimal(2)
        assert w.session.af.repo.assessments.all()[0].rank is None
    finally:
        w.set_session(None)


def test_export_menu_requests_a_review(qtbot, demo_path, tmp_path):
    scan = tmp_path / "qd.pdf"
    scan.write_bytes(b"%PDF-1.4 test")
    with open_agency_file(demo_path) as af:
        a = af.repo.assessments.all()[0]
        ind = af.repo.frameworks.indicator_by_code(a.framework_id, "4.1")
        ev.attach_file(af, a.id, ind.id, scan, title="Quyết định phân công", number="45/QĐ-STP", doc_date="15/03/2022")
    w = MainWindow()
    w.setProperty("noModal", True)
    qtbot.addWidget(w)
    try:
        assert w.open_path(demo_path)
        assert w.exports.review_action.text() == "Đề nghị xem xét lại…"
        w.year_combo.setCurrentIndex(w.year_combo.findData(2022))
        out = tmp_path / "de-nghi.docx"
        request_review(w.exports, out=out, quiet=True)
        assert wait_idle()
        assert out.is_file() and w.exports.last_output == out
    finally:
        w.set_session(None)
