"""A task keeps its unit lines as the plan wrote them until its units change; undo puts the words back."""

from __future__ import annotations

from dtidesk.exporters.appendix import build_appendix
from dtidesk.services import tasks as uc
from dtidesk.services.export import plan_data

WRITTEN = "Văn phòng Sở, Phòng Bổ trợ và hành chính tư pháp, Thanh tra Sở"  # seed 000, criterion 2.4


def _task_24(af):
    return next(t for t in af.repo.tasks.for_plan(1) if t.lead_written == WRITTEN)


def test_other_units_drop_the_written_line_and_undo_restores_it(demo):
    t = _task_24(demo)
    assert (t.lead_label, t.coop_label) == ("Đơn vị thực hiện", "Đơn vị phối hợp")
    uc.set_task_units(demo, t.id, "lead", t.lead_unit_ids)  # the same units: the words stay
    assert uc.get_task(demo, t.id).lead_written == WRITTEN
    uc.set_task_units(demo, t.id, "lead", t.lead_unit_ids[:1])
    after = uc.get_task(demo, t.id)
    assert after.lead_written == "" and after.lead_label == "Đơn vị thực hiện"  # the label is still the plan's
    assert after.coop_written == t.coop_written  # the other line is untouched
    uc.set_task_units(demo, t.id, "lead", t.lead_unit_ids, written=WRITTEN)  # what the undo step calls
    assert uc.get_task(demo, t.id).lead_written == WRITTEN


def test_a_new_note_drops_the_written_lead_line(demo):
    t = _task_24(demo)
    uc.update_task(demo, t.id, units_note="theo chức năng, nhiệm vụ được giao")
    assert uc.get_task(demo, t.id).lead_written == ""


def test_the_tasks_appendix_prints_the_written_lines(demo):
    table = build_appendix(plan_data(demo, 1), "tasks")
    cells = {c.text for r in table.rows for c in r.cells}
    assert WRITTEN in cells
    assert "Công chức tiếp nhận hồ sơ yêu cầu giải quyết thủ tục hành chính" in cells  # 6.10, not the unit's name
