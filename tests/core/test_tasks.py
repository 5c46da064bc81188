"""Task use cases: add, edit (timeline → due date), delete/restore, duplicate, move, bulk status."""

from __future__ import annotations

import datetime as dt

import pytest

from dtidesk.domain.validation import check_percent, parse_date_input
from dtidesk.errors import ValidationError
from dtidesk.services import tasks as ops


def plan_tasks(af, plan_id=1):
    return af.repo.tasks.for_plan(plan_id)


def test_demo_plan_holds_every_task_of_seed_000(demo):
    tasks = plan_tasks(demo)
    assert len(tasks) == 49
    first = tasks[0]
    assert first.timeline == "Thường xuyên" and first.due_date is None
    units = {u.id: u.name for u in demo.repo.units.all()}
    t24 = next(t for t in tasks if t.code == "2.4")
    assert [units[u] for u in t24.lead_unit_ids] == ["Văn phòng Sở", "Phòng Bổ trợ và hành chính tư pháp",
                                                     "Thanh tra Sở"]
    assert t24.timeline == "Năm 2023" and t24.due_date == dt.date(2023, 12, 31)
    t22 = next(t for t in tasks if t.code == "2.2")
    assert t22.timeline == "Tháng 12 năm trước liền kề" and t22.due_date == dt.date(2022, 12, 31)


def test_add_edit_timeline_sets_due_date(demo):
    vp = demo.repo.units.by_name("Văn phòng Sở").id
    tid, ch = ops.add_task(demo, 1, "  Rà soát tài liệu kiểm chứng  ", lead_unit_ids=[vp], timeline="Quý III/2023")
    assert "tasks" in ch.tables
    t = demo.repo.tasks.get(tid)
    assert t.content == "Rà soát tài liệu kiểm chứng" and t.due_date == dt.date(2023, 9, 30)
    ops.update_task(demo, tid, timeline="Theo chỉ đạo của UBND tỉnh")
    assert demo.repo.tasks.get(tid).due_date is None
    ops.update_task(demo, tid, timeline="Thường xuyên", due_date="15/10/2023")
    assert demo.repo.tasks.get(tid).due_date == dt.date(2023, 10, 15)
    ops.update_task(demo, tid, status="done")
    assert demo.repo.tasks.get(tid).completed_on == dt.date.today()


@pytest.mark.parametrize("fields,message", [
    ({"content": "   "}, "Nội dung nhiệm vụ: không được để trống"),
    ({"due_date": "31/02/2023"}, "không phải là ngày hợp lệ"),
    ({"status": "xong"}, "Tình trạng"),
])
def test_bad_edits_refused_and_nothing_changes(demo, fields, message):
    t = plan_tasks(demo)[0]
    with pytest.raises(ValidationError) as info:
        ops.update_task(demo, t.id, **fields)
    assert message in info.value.message
    assert demo.repo.tasks.get(t.id) == t


def test_unknown_unit_refused(demo):
    with pytest.raises(ValidationError) as info:
        ops.add_task(demo, 1, "Nhiệm vụ", lead_unit_ids=[99999])
    assert "Đơn vị chủ trì" in info.value.message
    assert len(plan_tasks(demo)) == 49


def test_criterion_link_must_be_a_criterion(demo):
    group = demo.repo.frameworks.indicator_by_code(1, "2")
    with pytest.raises(ValidationError):
        ops.update_task(demo, plan_tasks(demo)[0].id, criterion_id=group.id)


def test_delete_restore_keeps_id_place_units_and_progress(demo):
    tasks = plan_tasks(demo)
    victim = tasks[5]
    ops.set_progress(demo, victim.id, 2023, "H1", "Đã triển khai 6 tháng")
    victim = demo.repo.tasks.get(victim.id)
    removed, _ = ops.delete_task(demo, victim.id)
    assert demo.repo.tasks.get(victim.id) is None and len(plan_tasks(demo)) == 48
    ops.restore_task(demo, removed)
    again = plan_tasks(demo)
    assert [t.id for t in again] == [t.id for t in tasks]
    assert demo.repo.tasks.get(victim.id) == victim


def test_duplicate_and_move(demo):
    ids = [t.id for t in plan_tasks(demo)]
    new_id, _ = ops.duplicate_task(demo, ids[0])
    order = [t.id for t in plan_tasks(demo)]
    assert order[:3] == [ids[0], new_id, ids[1]]
    ops.move_task(demo, new_id, -1)
    assert [t.id for t in plan_tasks(demo)][:2] == [new_id, ids[0]]
    assert ops.move_task(demo, new_id, -1).tables == frozenset()  # already first: nothing changes


def test_bulk_status_and_restore(demo):
    ids = [t.id for t in plan_tasks(demo)[:4]]
    old, _ = ops.set_status_many(demo, ids, "done", dt.date(2023, 6, 1))
    assert all(demo.repo.tasks.get(i).status == "done" for i in ids)
    ops.restore_statuses(demo, old)
    assert all(demo.repo.tasks.get(i).status == "not_started" and demo.repo.tasks.get(i).completed_on is None
               for i in ids)


def test_task_rows_search_key_and_overdue(demo):
    rows = ops.task_rows(demo, 1, today=dt.date(2024, 1, 15))
    assert sum(r.overdue for r in rows) == sum(1 for r in rows if r.task.due_date)
    row = next(r for r in rows if r.task.code == "1.2")
    assert "thuong xuyen" in row.search_key and "pho bien" in row.search_key
    assert row.criterion_code == "1.2"


def test_percent_and_date_validation():
    from decimal import Decimal

    assert check_percent(Decimal("97"), "Tỷ lệ") == Decimal("97")
    with pytest.raises(ValidationError) as info:
        check_percent(Decimal("101"), "Tỷ lệ hồ sơ đúng hạn")
    assert "Tỷ lệ hồ sơ đúng hạn" in info.value.message and "0–100%" in info.value.message
    assert parse_date_input("14/6/2022", "Ngày") == dt.date(2022, 6, 14)
    with pytest.raises(ValidationError):
        parse_date_input("29/02/2023", "Ngày")


def test_only_done_carries_a_completion_date(demo):
    """Defect: choosing “Đang thực hiện” stamped today as the completion date, which `check` then flagged."""
    from dtidesk.services.checks import check_file

    def state(tid):
        t = demo.repo.tasks.get(tid)
        return t.status, t.completed_on

    a, b, c = (t.id for t in plan_tasks(demo)[:3])
    ops.update_task(demo, a, status="in_progress")
    assert state(a) == ("in_progress", None)
    old, _ = ops.set_status_many(demo, [b, c], "in_progress", dt.date(2023, 6, 1))
    assert {state(b), state(c)} == {("in_progress", None)}
    ops.set_status_many(demo, [b], "done", dt.date(2023, 6, 1))
    assert state(b) == ("done", dt.date(2023, 6, 1))
    # choosing "done" again keeps the day it was done; leaving "done" clears it
    assert ops.set_status_many(demo, [b], "done", dt.date(2023, 9, 9))[0] == {}
    ops.update_task(demo, b, status="done")
    assert state(b) == ("done", dt.date(2023, 6, 1))
    ops.update_task(demo, b, status="not_started")
    assert state(b) == ("not_started", None)
    # a completion date on an open task is refused, naming the field
    with pytest.raises(ValidationError) as info:
        ops.update_task(demo, a, completed_on="1/6/2023")
    assert info.value.message.startswith("Ngày hoàn thành")
    assert state(a) == ("in_progress", None)
    assert not [f for f in check_file(demo) if "Có ngày hoàn thành" in f.message]


def test_an_edit_that_changes_nothing_writes_nothing(demo):
    """Defect: re-typing a deadline wrote an UPDATE; an empty one failed with a syntax error."""
    t = next(t for t in plan_tasks(demo) if t.due_date is not None)
    logged = demo.repo.log.recent(1)
    assert ops.update_task(demo, t.id, due_date=t.due_date.isoformat()).tables == frozenset()
    assert ops.update_task(demo, t.id, timeline=t.timeline, content=f"  {t.content} ").tables == frozenset()
    assert ops.link_tasks(demo, [t.id], t.criterion_id)[1].tables == frozenset()
    assert ops.set_status_many(demo, [t.id], t.status)[1].tables == frozenset()
    assert demo.repo.tasks.get(t.id) == t
    assert demo.repo.log.recent(1) == logged
    # the store never builds an UPDATE without columns
    with demo.transaction():
        demo.repo.tasks.update(t.id)
        demo.repo.units.update(demo.repo.units.all()[0].id)
        demo.repo.plans.update(1)
        demo.repo.assessments.update(demo.repo.assessments.all()[0].id)
