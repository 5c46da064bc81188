"""The “Tạo kế hoạch năm sau…” and framework-mapping dialogs: preview, create, undo/redo, save links."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from dtidesk.gui.framework_map_dialog import FrameworkMapDialog
from dtidesk.gui.jobs import wait_idle
from dtidesk.gui.rollforward_dialog import RollForwardDialog
from dtidesk.gui.session import Session
from dtidesk.services import tasks as task_uc
from dtidesk.services.catalogs import import_framework
from dtidesk.store import open_agency_file


@pytest.fixture
def session(demo_path):
    s = Session(open_agency_file(demo_path))
    yield s
    s.close()


def _rows(tree) -> list[list[str]]:
    return [[tree.topLevelItem(i).text(c) for c in range(tree.columnCount())] for i in range(tree.topLevelItemCount())]


def test_preview_shows_moved_timelines_deductions_and_the_choice(qtbot, session):
    af = session.af
    done = [t.id for t in af.repo.tasks.for_plan(1) if t.timeline == "Quý IV/2023"]
    task_uc.set_status_many(af, done, "done")
    dialog = RollForwardDialog(session, 1)
    qtbot.addWidget(dialog)
    rows = _rows(dialog.tasks)
    assert len(rows) == 49
    assert ["2.8", "Quý IV/2023", "Quý IV/2024", "31/12/2024"] == [rows[i][c] for i in [
        next(i for i, r in enumerate(rows) if r[2] == "Quý IV/2023")] for c in (0, 2, 3, 4)]
    flagged = _rows(dialog.flagged)
    assert {r[0] for r in flagged} >= {"2.4", "3.2", "4.1", "5.3"}
    assert next(r for r in flagged if r[0] == "2.4")[4] == "3,33"
    assert dialog.warnings.count() >= 1 and dialog.create_button.isEnabled()
    kept_before = len(dialog.result.kept)
    dialog.drop_box.setChecked(True)  # the preview follows the check box
    assert len(dialog.result.kept) == kept_before - 1 and len(dialog.result.dropped) == 1
    assert af.repo.plans.get(3) is None  # nothing written by a preview


def test_create_runs_through_the_undo_stack(qtbot, session):
    af = session.af
    changed = []
    session.changed.connect(changed.append)
    dialog = RollForwardDialog(session, 1)
    qtbot.addWidget(dialog)
    dialog.create_button.click()
    assert wait_idle()  # created by a job
    assert dialog.result.plan_id == dialog.created_plan_id == 3
    assert af.repo.plans.get(3).year == 2024 and len(af.repo.tasks.for_plan(3)) == 49
    assert session.undo_stack.count() == 1 and dialog.result is not None
    session.undo_stack.undo()
    assert af.repo.plans.get(3) is None and changed and changed[-1].touches("plans")
    session.undo_stack.redo()
    assert af.repo.plans.get(3).title.endswith("năm 2024") and len(af.repo.tasks.for_plan(3)) == 49


def test_a_refused_roll_forward_disables_create_and_says_why(qtbot, session):
    first = RollForwardDialog(session, 1)
    qtbot.addWidget(first)
    first.create()
    assert wait_idle()  # next year's plan now exists
    dialog = RollForwardDialog(session, 1)
    qtbot.addWidget(dialog)
    assert not dialog.create_button.isEnabled()
    assert "Đã có kế hoạch" in dialog.error_label.text() and not dialog.error_label.isHidden()


def _two_versions(af):
    def fw(year, criteria):
        return {"code": "TEST-FW", "version_year": year, "name": f"Thử {year}", "indicators": [
            {"code": "1", "name": "Nhóm", "children": [{"code": c, "name": n, "max_score": 10} for c, n in criteria]}]}

    with af.transaction():
        old, _ = import_framework(af, fw(2022, [("1.1", "Chuyên mục chuyển đổi số trên cổng"),
                                                ("1.2", "Ngân sách cho hạ tầng")]))
        new, _ = import_framework(af, fw(2024, [("1.1", "Người đứng đầu chỉ đạo"),
                                                ("1.2", "Chuyên mục chuyển đổi số trên cổng")]))
    return old, new


def test_mapping_dialog_proposes_lets_the_user_edit_and_saves_undoably(qtbot, session):
    af = session.af
    old, new = _two_versions(af)
    dialog = FrameworkMapDialog(session)
    qtbot.addWidget(dialog)
    assert (dialog.old_combo.currentData(), dialog.new_combo.currentData()) == (old, new)
    assert dialog.table.rowCount() == 2
    first_target, first_relation = dialog.table.cellWidget(0, 2), dialog.table.cellWidget(0, 3)
    assert first_target.currentText().startswith("1.2") and first_relation.currentData() == "renumbered"
    assert dialog.table.cellWidget(1, 2).currentData() is None and not dialog.table.cellWidget(1, 3).isEnabled()
    assert "1.1" in dialog.added_label.text()
    # The user links the removed 1.2 to the new 1.1 as reworded, then saves.
    second = dialog.table.cellWidget(1, 2)
    second.setCurrentIndex(second.findData(af.repo.frameworks.indicator_by_code(new, "1.1").id))
    assert dialog.table.cellWidget(1, 3).isEnabled()
    relation = dialog.table.cellWidget(1, 3)
    relation.setCurrentIndex(relation.findData("changed"))
    dialog.save_button.click()
    assert dialog.saved and len(af.repo.indicator_links.all()) == 2
    assert {r["relation"] for r in af.repo.indicator_links.all()} == {"renumbered", "changed"}
    assert all(dialog.table.cellWidget(r, 2).currentData() is not None for r in range(2))  # reloaded: stored
    session.undo_stack.undo()
    assert af.repo.indicator_links.all() == []
    session.undo_stack.redo()
    assert len(af.repo.indicator_links.all()) == 2


def test_mapping_dialog_shows_history_and_refuses_one_version_twice(qtbot, session):
    dialog = FrameworkMapDialog(session)
    qtbot.addWidget(dialog)
    fw = session.af.repo.frameworks.find("DTI-TQ-SO")
    dialog.old_combo.setCurrentIndex(dialog.old_combo.findData(fw.id))
    dialog.new_combo.setCurrentIndex(dialog.new_combo.findData(fw.id))
    assert "khác nhau" in dialog.error_label.text() and not dialog.save_button.isEnabled()
    old, new = _two_versions(session.af)
    dialog.old_combo.addItem("TEST-FW/2022", old)
    dialog.new_combo.addItem("TEST-FW/2024", new)
    dialog.old_combo.setCurrentIndex(dialog.old_combo.findData(fw.id))
    dialog.new_combo.setCurrentIndex(dialog.new_combo.findData(new))
    row = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == "2.4")
    dialog.table.selectRow(row)
    assert _rows(dialog.history) == [["2022", "DTI-TQ-SO/2022", "2.4", "1,67", "5", "1,67"]]
    assert dialog.table.item(row, 0).data(Qt.ItemDataRole.UserRole) is not None
