"""The plan import dialog: a preview tree, lines not understood in red, new units to tick, one import."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from dtidesk.gui.jobs import wait_idle
from dtidesk.gui.plan_import_dialog import RED, PlanImportDialog
from dtidesk.gui.session import Session
from dtidesk.store import open_agency_file

FIXTURES = Path(__file__).resolve().parent.parent / "importers" / "fixtures"


@pytest.fixture
def session(demo_path):
    s = Session(open_agency_file(demo_path))
    yield s
    s.close()


@pytest.fixture
def dialog(qtbot, session):
    d = PlanImportDialog(session)
    qtbot.addWidget(d)
    return d


def test_file_preview_then_import_with_chosen_units(qtbot, dialog, session, dialogs, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(FIXTURES / "variant_syt_laocai.txt"), ""))
    changed = []
    session.changed.connect(changed.append)
    dialog.choose_file()
    assert wait_idle() and dialog.import_button.isEnabled()  # read as a job
    tops = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    assert [t.text(0) for t in tops] == ["1. Chuyển đổi nhận thức", "2. Hạ tầng và nền tảng số",
                                         "3. An toàn thông tin"]
    assert tops[0].text(1).startswith("21,5/30")
    crit = tops[0].child(0)
    assert crit.text(0) == "1.1. Ban hành kế hoạch chuyển đổi số hằng năm" and crit.text(1).startswith("8/10")
    task = crit.child(0)
    assert task.text(3) == "Tháng 12/2024" and task.text(2).startswith("Văn phòng Sở")
    assert dialog.unrecognised_list.count() == 2
    assert dialog.unrecognised_list.item(0).foreground().color() == RED
    assert dialog.unrecognised_list.item(1).text().startswith("dòng 59: Ghi chú")
    assert any("ghi đạt 18 điểm" in dialog.warning_list.item(i).text() for i in range(dialog.warning_list.count()))
    assert [dialog.units_list.item(i).text() for i in range(dialog.units_list.count())] == [
        "Phòng Kế hoạch - Tài chính", "Phòng Nghiệp vụ Y", "Trung tâm Kiểm soát bệnh tật"]
    dialog.units_list.item(2).setCheckState(Qt.CheckState.Unchecked)
    units_before = len(session.af.repo.units.all())
    dialog.import_button.click()
    assert wait_idle()
    assert dialog.plan_id is not None and dialog.result() == dialog.DialogCode.Accepted
    assert len(session.af.repo.units.all()) == units_before + 2
    assert session.af.repo.units.by_name("Trung tâm Kiểm soát bệnh tật") is None
    assert changed and changed[-1].touches("plans", "tasks")
    assert dialogs and dialogs[-1][0] == "information"


def test_pasted_text_and_a_refusal_shown_in_the_dialog(dialog, session):
    dialog.source_tabs.setCurrentIndex(1)
    dialog.paste_edit.setPlainText("Kính gửi các phòng.")
    dialog.paste_button.click()
    assert wait_idle()
    assert not dialog.import_button.isEnabled() and "Không nhận ra kế hoạch" in dialog.status.text()
    assert dialog.tree.topLevelItemCount() == 0
    dialog.paste_edit.setPlainText((FIXTURES / "seed002_cchc_sotttt_dongnai.txt").read_text(encoding="utf-8"))
    dialog.paste_button.click()
    assert wait_idle() and dialog.import_button.isEnabled()
    assert dialog.tree.topLevelItem(0).text(0) == "1. Cải cách thể chế"
    plans = len(session.af.repo.plans.all())
    dialog.reject()
    assert len(session.af.repo.plans.all()) == plans  # nothing written without Import


def test_import_is_one_undo_step_in_the_window(qtbot, demo_path, dialogs):
    from dtidesk.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    try:
        assert window.open_path(demo_path)
        s = window.session
        plans = [window.plan_combo.itemData(i) for i in range(window.plan_combo.count())]
        units = len(s.af.repo.units.all())
        d = PlanImportDialog(s, window)
        qtbot.addWidget(d)
        d.load_file(FIXTURES / "seed000_plan_stp_tuyenquang.txt")
        assert wait_idle()
        d.import_button.click()
        assert wait_idle()
        plan_id = d.plan_id
        assert plan_id is not None and s.af.repo.plans.get(plan_id) is not None
        assert len(s.af.repo.units.all()) == units + 2
        assert s.undo_stack.count() == 1
        assert window.undo_action.text().startswith("&Hoàn tác nhập kế hoạch “Cải thiện")
        assert window.plan_combo.findData(plan_id) >= 0  # the plan selector shows the new plan
        window.undo_action.trigger()
        assert s.af.repo.plans.get(plan_id) is None and len(s.af.repo.units.all()) == units
        assert [window.plan_combo.itemData(i) for i in range(window.plan_combo.count())] == plans
        window.redo_action.trigger()
        assert s.af.repo.plans.get(plan_id) is not None and len(s.af.repo.tasks.for_plan(plan_id)) == 49
        assert window.plan_combo.findData(plan_id) >= 0
        assert not [x for x in dialogs if x[0] == "warning"]
    finally:
        window.set_session(None)


def test_a_refused_import_is_not_an_undo_step(qtbot, dialog, session, dialogs):
    dialog.load_file(FIXTURES / "variant_syt_laocai.txt")
    assert wait_idle()
    session.af.readonly = True  # e.g. the file became read-only after the preview
    dialog.do_import()
    assert wait_idle()
    assert session.undo_stack.count() == 0 and dialog.plan_id is None
    assert "chỉ đọc" in dialog.status.text()
