"""Targets, projects and directives as use cases: add, edit, delete and undo, each one transaction; results per period."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from dtidesk.errors import NotFound, ValidationError
from dtidesk.services import directives as dops
from dtidesk.services import projects as pops
from dtidesk.services import targets as tops
from dtidesk.services import tasks as task_ops
from dtidesk.services.plan_lists import plan_list

CCHC, DTI = 2, 1  # the demo's plans; lists_demo gives CCHC 2024 six targets and two directives (seed 002)


def commits(af, action) -> list[str]:
    """BEGIN/COMMIT statements an action runs: one transaction is exactly one pair."""
    statements: list[str] = []
    af.ensure_backup()  # the session's backup (its own snapshot transaction) is not the action's
    af.conn.set_trace_callback(statements.append)
    try:
        action()
    finally:
        af.conn.set_trace_callback(None)
    return [s for s in statements if s.strip().upper() in ("BEGIN", "COMMIT", "ROLLBACK")]


def target_ids(af):
    return [t.id for t in af.repo.targets.for_plan(CCHC)]


# -- targets ---------------------------------------------------------------------------------------
def test_add_target_reads_the_threshold_as_the_plan_words_it(lists_demo):
    first = target_ids(lists_demo)[0]
    tid, changes = tops.add_target(lists_demo, CCHC, "Tỷ lệ hồ sơ trực tuyến", threshold_text="đạt trên 70%",
                                   after_id=first, lead_unit_id=1, monitor_unit_id=1)
    t = tops.get_target(lists_demo, tid)
    assert (t.comparison, t.threshold, t.unit_of_measure) == (">", D(70), "%")
    assert changes.touches("targets") and target_ids(lists_demo)[1] == tid  # right after the first
    row = next(r for r in tops.target_rows(lists_demo, CCHC) if r.target.id == tid)
    assert row.threshold == "> 70%" and row.lead_name == "Văn phòng Sở" and row.met is None
    assert "tren 70%" in row.search_key  # the words the plan uses find it, without accents


@pytest.mark.parametrize("fields, field", [
    ({"content": "  "}, "Nội dung chỉ tiêu"),
    ({"threshold_text": "tối thiểu 120%"}, "Mức chỉ tiêu"),
    ({"threshold_text": "khá cao"}, "Mức chỉ tiêu"),
    ({"lead_unit_id": 9999}, "Đơn vị chủ trì"),
    ({"comparison": "~"}, "Mức chỉ tiêu"),
    ({"threshold": "-5"}, "Mức chỉ tiêu"),
])
def test_bad_target_input_is_refused_by_field_and_changes_nothing(lists_demo, fields, field):
    tid = target_ids(lists_demo)[0]
    before = tops.get_target(lists_demo, tid)
    with pytest.raises(ValidationError) as exc:
        tops.update_target(lists_demo, tid, **fields)
    assert exc.value.field == field
    assert tops.get_target(lists_demo, tid) == before


def test_results_per_period_and_whether_they_meet_the_threshold(lists_demo):
    tid = target_ids(lists_demo)[0]  # “Tỷ lệ giải quyết hồ sơ đúng hạn đạt tối thiểu 97%”
    old, changes = tops.set_target_value(lists_demo, tid, 2024, "Q1", planned="95", achieved="96")
    assert old.planned is None and old.achieved is None and changes.touches("target_values")
    tops.set_target_value(lists_demo, tid, 2024, "H1", achieved="96,5")
    row = next(r for r in tops.target_rows(lists_demo, CCHC) if r.target.id == tid)
    assert [(v.period, v.planned, v.achieved) for v in row.values] == [("H1", None, D("96.5")), ("Q1", D(95), D(96))]
    assert row.latest.period == "H1" and row.met is False  # 96,5 < 97 and no milestone for H1
    previous, _ = tops.set_target_value(lists_demo, tid, 2024, "H1", achieved="97")
    assert tops.target_rows(lists_demo, CCHC)[0].met is True
    tops.restore_target_value(lists_demo, tid, previous)  # undo
    assert tops.target_value(lists_demo, tid, 2024, "H1").achieved == D("96.5")
    tops.set_target_value(lists_demo, tid, 2024, "Q1", planned="", achieved="")  # a period emptied is removed
    assert [v.period for v in lists_demo.repo.targets.target_values(tid)] == ["H1"]
    assert lists_demo.repo.targets.values(tid) == {(2024, "H1"): "96.5"}  # what the periodic report reads


@pytest.mark.parametrize("year, period, fields", [
    (2024, "Q1", {"achieved": "101"}),  # a ratio above 100 %
    (2024, "Q1", {"achieved": "-1"}),
    (2024, "Q5", {"achieved": "1"}),
    (1200, "Q1", {"achieved": "1"}),
    (2024, "Q1", {"planned": "nhiều"}),
])
def test_bad_results_are_refused(lists_demo, year, period, fields):
    tid = target_ids(lists_demo)[0]
    with pytest.raises(ValidationError):
        tops.set_target_value(lists_demo, tid, year, period, **fields)
    assert lists_demo.repo.targets.target_values(tid) == []


def test_delete_targets_is_one_transaction_and_undo_brings_back_figures_and_task_links(lists_demo):
    ids = target_ids(lists_demo)
    task = lists_demo.repo.tasks.for_plan(CCHC)[0]
    task_ops.update_task(lists_demo, task.id, target_id=ids[1])
    tops.set_target_value(lists_demo, ids[1], 2024, "Y", achieved="98")
    before = [(t.id, t.position, t.content) for t in lists_demo.repo.targets.for_plan(CCHC)]
    with pytest.raises(NotFound):
        tops.delete_targets(lists_demo, [ids[0], 987654])
    assert target_ids(lists_demo) == ids  # the first was not deleted either
    deleted: list = []
    assert commits(lists_demo, lambda: deleted.extend(tops.delete_targets(lists_demo, ids[:3])[0])) == ["BEGIN", "COMMIT"]
    assert target_ids(lists_demo) == ids[3:] and lists_demo.repo.tasks.get(task.id).target_id is None
    tops.restore_targets(lists_demo, deleted)
    assert [(t.id, t.position, t.content) for t in lists_demo.repo.targets.for_plan(CCHC)] == before
    assert lists_demo.repo.tasks.get(task.id).target_id == ids[1]
    assert lists_demo.repo.targets.values(ids[1]) == {(2024, "Y"): "98"}


# -- projects ------------------------------------------------------------------------------------
def test_projects_budget_by_source_disbursed_status(lists_demo):
    pid, _ = pops.add_project(lists_demo, CCHC, "Số hóa hồ sơ hộ tịch", timeframe="2024-2025", lead_unit_id=1,
                              budget_total="1.250,5", budget_state="1.000", budget_social="250,5")
    second, _ = pops.add_project(lists_demo, CCHC, "Nâng cấp phần mềm một cửa", after_id=None)
    p = pops.get_project(lists_demo, pid)
    assert (p.budget_total, p.budget_state, p.budget_social, p.status) == (D("1250.5"), D(1000), D("250.5"),
                                                                            "not_started")
    pops.update_project(lists_demo, pid, disbursed="625,25", status="in_progress")
    [row, other] = pops.project_rows(lists_demo, CCHC)
    assert row.project.id == pid and other.project.id == second
    assert row.disbursed_percent == D(50) and not row.mismatch and not row.over_disbursed
    pops.update_project(lists_demo, pid, budget_other="10")
    assert pops.project_rows(lists_demo, CCHC)[0].mismatch  # 1000 + 250,5 + 10 ≠ 1250,5: flagged, not refused
    for bad in ({"budget_total": "-1"}, {"budget_state": "một tỷ"}, {"status": "paused"}, {"name": ""}):
        with pytest.raises(ValidationError):
            pops.update_project(lists_demo, pid, **bad)
    deleted, _ = pops.delete_projects(lists_demo, [pid, second])
    assert pops.project_rows(lists_demo, CCHC) == []
    pops.restore_projects(lists_demo, deleted)
    assert [r.project for r in pops.project_rows(lists_demo, CCHC)] == deleted


# -- directives ----------------------------------------------------------------------------------
def test_directive_type_from_its_number_date_checked_tasks_linked(lists_demo):
    did, _ = dops.add_directive(lists_demo, CCHC, "Đẩy mạnh cải cách hành chính", number_symbol="15/CT-UBND",
                                issued_on="14/6/2024", issuer="UBND tỉnh")
    d = dops.get_directive(lists_demo, did)
    assert (d.doc_type, d.issued_on, d.plan_id) == ("Chỉ thị", dt.date(2024, 6, 14), CCHC)
    for bad in ({"issued_on": "31/02/2024"}, {"summary": " "}, {"issued_on": "1/1/2240"}, {"plan_id": 99}):
        with pytest.raises(ValidationError if "plan_id" not in bad else NotFound):
            dops.update_directive(lists_demo, did, **bad)
    tasks = [t.id for t in lists_demo.repo.tasks.for_plan(CCHC)[:2]]
    old, changes = dops.set_directive_tasks(lists_demo, did, tasks)
    assert old == [] and changes.touches("directive_tasks")
    row = next(r for r in dops.directive_rows(lists_demo, CCHC) if r.directive.id == did)
    assert row.task_ids == tasks and len(row.task_labels) == 2
    assert did not in [r.directive.id for r in dops.directive_rows(lists_demo, DTI)]  # another plan's directive
    with pytest.raises(NotFound):
        dops.set_directive_tasks(lists_demo, did, [987654])


def test_a_directive_of_no_plan_shows_in_every_plan(lists_demo):
    did, _ = dops.add_directive(lists_demo, None, "Chuyển đổi số năm 2024", number_symbol="199/KH-UBND")
    assert did in [r.directive.id for r in dops.directive_rows(lists_demo, DTI)]
    assert did in [r.directive.id for r in dops.directive_rows(lists_demo, CCHC)]


def test_deleting_a_task_and_undoing_keeps_its_directive(lists_demo):
    [row] = [r for r in dops.directive_rows(lists_demo, CCHC) if r.directive.number_symbol == "5755/KH-UBND"]
    assert len(row.task_ids) == 3  # lists_demo links the one-stop tasks (group I.2) to it
    deleted, _ = task_ops.delete_tasks(lists_demo, row.task_ids[:1])
    assert dops.directive_rows(lists_demo, CCHC)[0].task_ids == row.task_ids[1:]
    task_ops.restore_tasks(lists_demo, deleted)
    assert dops.directive_rows(lists_demo, CCHC)[0].task_ids == row.task_ids


def test_delete_directives_in_one_transaction_and_restore_links(lists_demo):
    rows = dops.directive_rows(lists_demo, CCHC)
    deleted: list = []
    assert commits(lists_demo, lambda: deleted.extend(dops.delete_directives(
        lists_demo, [r.directive.id for r in rows])[0])) == ["BEGIN", "COMMIT"]
    assert dops.directive_rows(lists_demo, CCHC) == []
    dops.restore_directives(lists_demo, deleted)
    assert [(r.directive, r.task_ids) for r in dops.directive_rows(lists_demo, CCHC)] == \
        [(r.directive, r.task_ids) for r in rows]


def test_each_edit_is_one_transaction(lists_demo):
    tid = target_ids(lists_demo)[0]
    assert commits(lists_demo, lambda: tops.update_target(lists_demo, tid, note="x")) == ["BEGIN", "COMMIT"]
    assert commits(lists_demo, lambda: tops.set_target_value(lists_demo, tid, 2024, "Y", achieved="9")) == ["BEGIN", "COMMIT"]
    did = dops.directive_rows(lists_demo, CCHC)[0].directive.id
    assert commits(lists_demo, lambda: dops.update_directive(lists_demo, did, issuer="Chủ tịch UBND tỉnh")) == ["BEGIN",
                                                                                                   "COMMIT"]


# -- the plain records of `dtidesk-cli list` --------------------------------------------------------
def test_plan_list_records_have_english_keys(lists_demo):
    tops.set_target_value(lists_demo, target_ids(lists_demo)[0], 2024, "H1", achieved="98")
    [first, *_] = plan_list(lists_demo, CCHC, "targets")
    assert first["threshold"] == 97 and first["threshold_text"] == "≥ 97%" and first["met"] is True
    assert first["values"] == [{"year": 2024, "period": "H1", "planned": None, "achieved": 98, "met": True,
                                "note": ""}]
    directives = plan_list(lists_demo, CCHC, "directives")
    assert [d["number_symbol"] for d in directives] == ["5755/KH-UBND", "300/KH-UBND"]  # by date
    assert directives[0]["issued_on"] == "2021-05-27" and len(directives[0]["tasks"]) == 3
    assert plan_list(lists_demo, CCHC, "projects") == []
    assert len(plan_list(lists_demo, DTI, "tasks")) == 49
    with pytest.raises(ValidationError):
        plan_list(lists_demo, CCHC, "units")
    with pytest.raises(NotFound):
        plan_list(lists_demo, 99, "targets")
