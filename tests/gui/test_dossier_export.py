"""Xuất → Hồ sơ tự đánh giá…: the findings first (the officer may stop), then the dossier off the window's thread;
Cancel leaves nothing."""

from __future__ import annotations

from dtidesk.gui import dossier_export, jobs
from dtidesk.services import dossier
from dtidesk.services import evidence as ev
from dtidesk.store import open_agency_file


def _window(qtbot, path):
    from dtidesk.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(path)
    window.year_combo.setCurrentIndex(window.year_combo.findData(2022))
    return window


def _with_evidence(demo_path, tmp_path):
    scan = tmp_path / "kh.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    with open_agency_file(demo_path) as af:
        fw, a = ev.find_assessment(af, 2022, None)
        ev.attach_file(af, a.id, ev.criterion_by_code(af, fw, "2.4").id, scan, title="Kế hoạch số hóa")
    return demo_path


def test_findings_shown_first_then_the_dossier_is_written(qtbot, demo_path, tmp_path, monkeypatch):
    window = _window(qtbot, _with_evidence(demo_path, tmp_path))
    menu = window.exports
    assert menu.dossier_action.text() == "Hồ sơ tự đánh giá…"
    menu.refresh()
    assert menu.dossier_action.isEnabled()
    seen: list[list[str]] = []
    monkeypatch.setattr(dossier_export, "confirm_missing", lambda parent, lines: seen.append(lines) or True)
    out = tmp_path / "hs.zip"
    menu.run_dossier(out=out, quiet=True)
    assert jobs.wait_idle(60)
    assert any("chưa ghi số, ký hiệu văn bản" in line for line in seen[0])
    assert menu.last_output == out and dossier.read_dossier(out).year == 2022
    window.set_session(None)


def test_stop_at_the_findings_writes_nothing(qtbot, demo_path, tmp_path, monkeypatch):
    window = _window(qtbot, _with_evidence(demo_path, tmp_path))
    monkeypatch.setattr(dossier_export, "confirm_missing", lambda parent, lines: False)
    out = tmp_path / "hs"
    window.exports.run_dossier(out=out, quiet=True)
    assert jobs.wait_idle(60)
    assert not out.exists()
    window.set_session(None)


def test_cancel_in_the_progress_dialog_leaves_nothing(qtbot, demo_path, tmp_path, monkeypatch):
    window = _window(qtbot, _with_evidence(demo_path, tmp_path))
    monkeypatch.setattr(dossier_export, "confirm_missing", lambda parent, lines: True)
    real = dossier._write_documents

    def press_cancel(*args, **kwargs):  # the officer presses Cancel while the documents are being made
        real(*args, **kwargs)
        jobs.current_job().cancel()

    monkeypatch.setattr(dossier, "_write_documents", press_cancel)
    out = tmp_path / "out" / "hs"
    out.parent.mkdir()
    window.exports.run_dossier(out=out, quiet=True)
    assert jobs.wait_idle(60)
    assert list(out.parent.iterdir()) == [] and window.exports.last_output is None
    window.set_session(None)
