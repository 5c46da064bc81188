"""“Tạo kế hoạch năm sau” on the demo file: structure, timelines, statuses, deductions, refreshed scores."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from dtidesk.errors import NotFound, ValidationError
from dtidesk.exporters.document import build_plan_document
from dtidesk.services import tasks as task_uc
from dtidesk.services.export import plan_data
from dtidesk.services.framework_map import propose_links, save_links
from dtidesk.services.rollforward import delete_plan, preview_roll_forward, roll_forward
from dtidesk.services.scoring import scores_json

from .conftest import code_id

DTI, CCHC = 1, 2


def _shape(af, plan_id):
    """What must survive a roll forward unchanged, by position."""
    groups = {g.id: (g.code, g.title) for g in af.repo.plans.groups(plan_id)}
    crit = {}
    for fw in af.repo.frameworks.all():
        crit.update({i.id: i.code for i in af.repo.frameworks.indicators(fw.id)})
    return [(t.code, t.content, crit.get(t.criterion_id), groups.get(t.group_id), t.lead_unit_ids, t.coop_unit_ids,
             t.units_note, t.objective, t.output) for t in af.repo.tasks.for_plan(plan_id)]


def _mark_some_done(af, plan_id):
    tasks = af.repo.tasks.for_plan(plan_id)
    by_timeline = {}
    for t in tasks:
        by_timeline.setdefault(t.timeline, t)
    done = [by_timeline["Năm 2023"].id, by_timeline["Thường xuyên"].id, by_timeline["Quý IV/2023"].id]
    task_uc.set_status_many(af, done, "done", dt.date(2023, 11, 30))
    task_uc.update_task(af, tasks[5].id, status="in_progress", result="Đã ban hành")
    task_uc.set_progress(af, tasks[5].id, 2023, "H1", "Đang dự thảo")
    return done


def test_structure_is_copied_and_the_year_moves(demo):
    result, changes = roll_forward(demo, DTI)
    assert changes.touches("plans", "tasks")
    new = demo.repo.plans.get(result.plan_id)
    old = demo.repo.plans.get(DTI)
    assert (new.year, new.kind, new.number, new.issued_day, new.issued_month, new.issued_year) == (
        2024, "dti", None, None, None, None)
    assert new.title == old.title.replace("năm 2023", "năm 2024") == result.title
    assert [s.heading for s in new.sections][1].endswith("NĂM 2024")
    assert new.legal_bases == old.legal_bases and new.recipients == old.recipients
    assert new.symbol == old.symbol and new.reporting == old.reporting
    assert new.indicator_intros["1"].count("năm 2024") == 1
    assert _shape(demo, result.plan_id) == [
        (code, content.replace("năm 2023", "năm 2024"), *rest) for code, content, *rest in _shape(demo, DTI)]
    assert any("Căn cứ thứ 2" in w for w in result.warnings)


def test_cchc_groups_targets_and_projects_keep_their_tree(demo):
    result, _ = roll_forward(demo, CCHC)
    old_groups = demo.repo.plans.groups(CCHC)
    new_groups = demo.repo.plans.groups(result.plan_id)
    parent = {g.id: g.code for g in old_groups}
    new_parent = {g.id: g.code for g in new_groups}
    assert [(g.code, g.title, parent.get(g.parent_id)) for g in old_groups] == [
        (g.code, g.title, new_parent.get(g.parent_id)) for g in new_groups]
    assert result.groups == len(old_groups) == 10 and len(result.kept) == 33
    assert _shape(demo, result.plan_id) == _shape(demo, CCHC)
    assert result.framework == "" and result.flagged == []


def test_timelines_move_and_statuses_reset(demo):
    _mark_some_done(demo, DTI)
    result, _ = roll_forward(demo, DTI)
    new = demo.repo.tasks.for_plan(result.plan_id)
    old = demo.repo.tasks.for_plan(DTI)
    assert len(new) == len(old) == 49
    assert {t.status for t in new} == {"not_started"}
    assert all(t.completed_on is None and t.result == "" and t.progress == {} for t in new)
    moved = {(o.timeline, n.timeline, n.due_date) for o, n in zip(old, new, strict=True)}
    assert ("Năm 2023", "Năm 2024", dt.date(2024, 12, 31)) in moved
    assert ("Quý IV/2023", "Quý IV/2024", dt.date(2024, 12, 31)) in moved
    assert ("Trong năm 2023", "Trong năm 2024", dt.date(2024, 12, 31)) in moved
    assert ("Tháng 12 năm trước liền kề", "Tháng 12 năm trước liền kề", dt.date(2023, 12, 31)) in moved
    assert ("Thường xuyên", "Thường xuyên", None) in moved
    assert ("Theo chỉ đạo của UBND tỉnh", "Theo chỉ đạo của UBND tỉnh", None) in moved
    assert [t.new_timeline for t in result.kept] == [t.timeline for t in new]


def test_finished_one_off_tasks_are_left_out_on_request(demo):
    done = _mark_some_done(demo, DTI)
    result, _ = roll_forward(demo, DTI, drop_finished=True)
    assert sorted(t.source_id for t in result.dropped) == sorted([done[0], done[2]])  # not "Thường xuyên"
    assert {t.reason for t in result.dropped} == {"Nhiệm vụ một lần đã hoàn thành"}
    assert len(demo.repo.tasks.for_plan(result.plan_id)) == 47


def test_flagged_criteria_are_the_deductions_of_the_latest_assessment(demo):
    result = preview_roll_forward(demo, DTI)
    nodes = scores_json(demo, 2022)["nodes"]
    lost = {n["code"]: Decimal(str(n["deduction"])) for n in nodes if n["kind"] == "criterion" and n["deduction"]}
    assert {f.code: f.deduction for f in result.flagged} == lost
    assert result.assessment_year == 2022 and len(lost) >= 8
    f24 = next(f for f in result.flagged if f.code == "2.4")
    assert (f24.deduction, f24.new_code, f24.task_count) == (Decimal("3.33"), "2.4", 1)


def _assess_2023(demo):
    """A 2023 result for the demo framework: 2.4 now full, 4.1 still cut, the rest as in 2022."""
    fw = demo.repo.frameworks.find("DTI-TQ-SO")
    old = demo.repo.assessments.find(fw.id, 2022)
    with demo.transaction():
        aid = demo.repo.assessments.insert(fw.id, 2023, rank=2, rank_of=18)
        for iid, s in demo.repo.assessments.scores(old.id).items():
            demo.repo.assessments.set_score(aid, iid, s.self_score, s.appraised_score, s.note)
        demo.repo.assessments.set_score(aid, code_id(demo, fw.id, "2.4"), Decimal(5), Decimal(5), "")
        demo.repo.assessments.set_score(aid, code_id(demo, fw.id, "4.1"), Decimal(5), Decimal("2.5"), "")
    return fw


def test_score_phrases_are_refreshed_from_the_new_assessment(demo):
    fw = _assess_2023(demo)
    plan = demo.repo.plans.get(DTI)
    intros = {**plan.indicator_intros,
              "2": "Chỉ số Thể chế số năm 2022 đạt 46,67/50 điểm, điểm trừ 3,33 điểm; tiêu chí 4.1 "
                   "năm 2022 đạt 02/05 điểm."}
    with demo.transaction():
        demo.repo.plans.update(DTI, indicator_intros=intros,
                               preamble=plan.preamble + " Tổng điểm năm 2022 đạt 354,74/450 điểm; năm 2022 "
                               "đạt 7/9 điểm.")
    result, _ = roll_forward(demo, DTI)
    new = demo.repo.plans.get(result.plan_id)
    assert result.assessment_year == 2023 and new.assessment_id == demo.repo.assessments.find(fw.id, 2023).id
    # written by the file's number style (the default writes a score pair plain, as the headings do)
    assert new.indicator_intros["2"] == ("Chỉ số Thể chế số năm 2023 đạt 50/50 điểm; tiêu chí 4.1 năm 2023 đạt "
                                         "2,5/5 điểm.")
    assert "Tổng điểm năm 2023 đạt 358,57/450 điểm; năm 2022 đạt 7/9 điểm." in new.preamble
    assert result.phrases_refreshed == 3
    assert any("“năm 2022 đạt 7/9 điểm”" in w for w in result.warnings)
    # "kết quả … năm 2022" in the purpose now speaks of 2023, the assessment the plan rests on.
    assert "Tuyên Quang năm 2023 của Ban Chỉ đạo" in new.sections[0].body
    # The generated criterion lines print the new assessment.
    text = "\n".join(p.text for p in build_plan_document(plan_data(demo, result.plan_id)).body)
    assert "năm 2023 đạt 5/5 điểm" in text and text.count("năm 2022 đạt") == 1  # the one left as it was
    assert "4.1. Tiêu chí “Cán bộ chuyên trách CNTT; Cán bộ chuyên trách về chuyển đổi số (CDS)” (năm 2023 " \
           "đạt 2,5/5 điểm, điểm trừ 2,5 điểm)" in text
    assert "2.4" not in {f.code for f in result.flagged} and "4.1" in {f.code for f in result.flagged}


def test_preview_writes_nothing_and_equals_the_result(demo):
    before = (len(demo.repo.plans.all()), demo.repo.tasks.count())
    preview = preview_roll_forward(demo, DTI, drop_finished=True)
    assert preview.plan_id is None
    assert (len(demo.repo.plans.all()), demo.repo.tasks.count()) == before
    result, _ = roll_forward(demo, DTI, drop_finished=True)
    assert preview.as_dict() | {"plan_id": None} == result.as_dict() | {"plan_id": None}


def test_bad_requests_are_refused_and_nothing_changes(demo):
    roll_forward(demo, DTI)
    count = (len(demo.repo.plans.all()), demo.repo.tasks.count())
    with pytest.raises(ValidationError, match="Đã có kế hoạch"):
        roll_forward(demo, DTI)
    with pytest.raises(NotFound, match="kế hoạch số hiệu 99"):
        roll_forward(demo, 99)
    with pytest.raises(NotFound, match="bộ chỉ số"):
        roll_forward(demo, CCHC, framework_id=999)
    assert (len(demo.repo.plans.all()), demo.repo.tasks.count()) == count


def test_delete_plan_undoes_a_roll_forward(demo):
    before = demo.repo.tasks.count()
    result, _ = roll_forward(demo, CCHC)
    delete_plan(demo, result.plan_id)
    assert demo.repo.plans.get(result.plan_id) is None and demo.repo.tasks.count() == before
    assert demo.repo.plans.groups(result.plan_id) == []
    with pytest.raises(NotFound):
        delete_plan(demo, result.plan_id)


def test_a_new_framework_moves_task_criteria_through_the_mapping(demo, versions):
    save_links(demo, versions[2022], versions[2024], propose_links(demo, versions[2022], versions[2024]).links)
    codes = ["1.1", "1.2", "1.3a", "1.3b", "1.5"]
    with demo.transaction():  # the 2024 plan rests on the 2023 result of the old version
        pid = demo.repo.plans.insert(kind="dti", year=2024, title="Kế hoạch thử năm 2024",
                                     assessment_id=demo.repo.assessments.find(versions[2022], 2023).id)
    for code in codes:
        task_uc.add_task(demo, pid, f"Nhiệm vụ cho {code}", criterion_id=code_id(demo, versions[2022], code),
                         timeline="Quý II/2024")
    same = preview_roll_forward(demo, pid)
    assert same.framework == "TEST-FW/2022" and [t.new_criterion for t in same.kept] == codes
    assert same.assessment_year == 2023 and [t.new_timeline for t in same.kept] == ["Quý II/2025"] * 5
    result, _ = roll_forward(demo, pid, framework_id=versions[2024])
    assert result.framework == "TEST-FW/2024" and result.assessment_year == 2024
    assert [t.new_criterion for t in result.kept] == ["1.1", "1.3", "1.2", "1.2", ""]
    assert result.unmapped == ["1.5"]
    assert any("1.5 không có tiêu chí tương ứng" in w for w in result.warnings)
    tasks = demo.repo.tasks.for_plan(result.plan_id)
    assert tasks[-1].criterion_id is None and tasks[0].criterion_id == code_id(demo, versions[2024], "1.1")
    assert {f.code: int(f.deduction) for f in result.flagged} == {"1.1": 1, "1.2": 3, "1.6": 6}
    assert demo.repo.plans.get(result.plan_id).assessment_id == demo.repo.assessments.find(versions[2024], 2024).id


def test_a_new_framework_without_results_prints_maximums_and_says_so(demo, versions):
    with demo.transaction():
        for a in demo.repo.assessments.all():
            if a.framework_id == versions[2024]:
                demo.repo.assessments.delete(a.id)
    save_links(demo, versions[2022], versions[2024], propose_links(demo, versions[2022], versions[2024]).links)
    with demo.transaction():
        pid = demo.repo.plans.insert(kind="dti", year=2023, title="Kế hoạch thử năm 2023")
    task_uc.add_task(demo, pid, "Nhiệm vụ", criterion_id=code_id(demo, versions[2022], "1.3b"), timeline="Năm 2023")
    result, _ = roll_forward(demo, pid, framework_id=versions[2024])
    assert result.assessment_year is None and demo.repo.plans.get(result.plan_id).assessment_id is None
    assert any("chưa có kết quả đánh giá" in w for w in result.warnings)
    # Flagged from the old version's latest result (2023), mapped to the new codes.
    assert {(f.code, f.new_code, f.task_count) for f in result.flagged} == {
        ("1.3b", "1.2", 1), ("1.4", "1.4", 0), ("1.5", "", 0)}


def test_the_version_in_force_next_year_is_used_once_it_is_mapped(demo, versions):
    with demo.transaction():
        pid = demo.repo.plans.insert(kind="dti", year=2024, title="Kế hoạch thử năm 2024",
                                     assessment_id=demo.repo.assessments.find(versions[2022], 2023).id)
    for code in ("1.2", "1.3a", "1.5"):
        task_uc.add_task(demo, pid, f"Nhiệm vụ cho {code}", criterion_id=code_id(demo, versions[2022], code))
    unmapped = preview_roll_forward(demo, pid)
    assert unmapped.framework == "TEST-FW/2022" and [t.new_criterion for t in unmapped.kept] == ["1.2", "1.3a", "1.5"]
    assert any("chưa có ánh xạ tiêu chí" in w for w in unmapped.warnings)
    for a, b in ((2022, 2024), (2024, 2025)):
        save_links(demo, versions[a], versions[b], propose_links(demo, versions[a], versions[b]).links)
    mapped = preview_roll_forward(demo, pid)  # 2025 is in force for the 2025 plan: two steps of links
    assert mapped.framework == "TEST-FW/2025" and [t.new_criterion for t in mapped.kept] == ["1.2", "1.3", ""]
    assert any("áp dụng bộ chỉ số TEST-FW/2025" in w for w in mapped.warnings)


def test_targets_follow_their_group_and_only_running_projects_are_carried(demo):
    from dtidesk.domain.models import Project, Target

    group = demo.repo.plans.groups(CCHC)[0]
    first = demo.repo.tasks.for_plan(CCHC)[0]
    lead = demo.repo.units.get(first.lead_unit_ids[0])
    with demo.transaction():
        tid = demo.repo.targets.insert(Target(0, CCHC, "Tỷ lệ hồ sơ trực tuyến năm 2024 đạt trên 70%", group.id,
                                              1, "1", ">", Decimal(70), "%", lead.id))
        demo.repo.projects.insert(Project(0, CCHC, "Nền tảng số dùng chung", 1, "Toàn tỉnh", "2021-2025", lead.id,
                                          Decimal(1500), Decimal(1000), Decimal(500)))
        demo.repo.projects.insert(Project(0, CCHC, "Số hóa hộ tịch", 2, "", "Năm 2024", lead.id, Decimal(300)))
        demo.repo.units.update(lead.id, active=False)
    task_uc.update_task(demo, first.id, target_id=tid)
    result, _ = roll_forward(demo, CCHC)
    new_group = next(g for g in demo.repo.plans.groups(result.plan_id) if g.code == group.code and g.parent_id is None)
    [target] = demo.repo.targets.for_plan(result.plan_id)
    assert (target.content, target.group_id, target.threshold, target.lead_unit_id) == (
        "Tỷ lệ hồ sơ trực tuyến năm 2025 đạt trên 70%", new_group.id, Decimal(70), lead.id)
    assert demo.repo.tasks.for_plan(result.plan_id)[0].target_id == target.id
    [project] = demo.repo.projects.for_plan(result.plan_id)
    assert (project.name, project.timeframe, project.budget_total) == ("Nền tảng số dùng chung", "2021-2025",
                                                                      Decimal(1500))
    assert result.projects_dropped == ["Số hóa hộ tịch (Năm 2024)"] and result.targets == 1
    assert f"Đơn vị “{lead.name}” đã ngừng hoạt động nhưng vẫn được giao nhiệm vụ." in result.warnings
