"""The plan-import preview lists a projects appendix with its budgets and lead units."""

from __future__ import annotations

from dtidesk.domain.models import Agency
from dtidesk.gui.plan_import_dialog import PlanImportDialog
from dtidesk.gui.session import Session
from dtidesk.services.files import new_file
from dtidesk.services.plan_import import preview_plan_import


def test_preview_dialog_lists_projects(qtbot, tmp_path):
    from tests.importers.test_plan_projects import PLAN

    af = new_file(tmp_path / "stnmt.dtidesk", Agency(agency="SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG"), ["Văn phòng Sở"])
    session = Session(af)
    dlg = PlanImportDialog(session)
    qtbot.addWidget(dlg)
    dlg._show(preview_plan_import(af, PLAN, pasted=True))
    tops = [dlg.tree.topLevelItem(i) for i in range(dlg.tree.topLevelItemCount())]
    box = next(t for t in tops if t.text(0) == "Dự án (3)")
    assert box.child(0).text(1) == "12.500 triệu đồng" and box.child(1).text(2) == "Văn phòng Sở"
    session.close()
