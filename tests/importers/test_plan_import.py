"""Preview and commit: units matched blind to case and accents, frameworks matched or created, one transaction."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

import pytest

from dtidesk.errors import ValidationError
from dtidesk.services.plan_import import commit_plan_import, preview_plan_import
from dtidesk.services.scoring import scores_json

FIXTURES = Path(__file__).parent / "fixtures"
SEED000 = FIXTURES / "seed000_plan_stp_tuyenquang.txt"
LAOCAI = FIXTURES / "variant_syt_laocai.txt"
HATINH = FIXTURES / "variant_sxd_hatinh_cchc.txt"


def _counts(af) -> tuple[int, ...]:
    r = af.repo
    return (len(r.plans.all()), len(r.units.all()), len(r.frameworks.all()), len(r.assessments.all()),
            r.tasks.count())


def test_seed000_goes_into_the_demo_framework_and_its_2022_assessment(demo):
    before = scores_json(demo, 2022)
    frameworks = len(demo.repo.frameworks.all())
    preview = preview_plan_import(demo, SEED000)
    assert preview.framework.framework.code == "DTI-TQ-SO" and preview.assessment_year == 2022
    assert preview.new_units == ["Công chức tiếp nhận hồ sơ yêu cầu giải quyết thủ tục hành chính",
                                 "Các phòng, đơn vị xử lý, giải quyết thủ tục hành chính"]
    lead = preview.units["Trưởng các phòng, đơn vị thuộc Sở"]  # the heads of a unit: that unit
    assert lead.unit_id is not None and lead.name == "Các phòng, đơn vị thuộc Sở" and lead.via_title
    plan_id, _ = commit_plan_import(demo, preview, create_units=[])
    assert len(demo.repo.frameworks.all()) == frameworks
    assert scores_json(demo, 2022) == before  # the same scores, written again
    tasks = demo.repo.tasks.for_plan(plan_id)
    assert len(tasks) == 49 and all(t.criterion_id for t in tasks)
    unmatched = [t for t in tasks if "Công chức tiếp nhận hồ sơ yêu cầu" in t.units_note]
    assert unmatched and not unmatched[0].lead_unit_ids  # not created: kept as the note
    t14 = next(t for t in tasks if t.content.startswith("Chủ động tìm kiếm, phát hiện"))
    names = {u.id: u.name for u in demo.repo.units.all()}
    assert [names[i] for i in t14.lead_unit_ids] == ["Các phòng, đơn vị thuộc Sở", "Các đơn vị sự nghiệp trực thuộc Sở"]
    assert "Trưởng các phòng, đơn vị thuộc Sở" in t14.units_note
    t24 = next(t for t in tasks if t.timeline == "Quý IV/2023")
    assert t24.due_date == dt.date(2023, 12, 31)
    plan = demo.repo.plans.get(plan_id)
    assert [s.generated for s in plan.sections] == [False, True, False]
    assert plan.recipients[0] == "UBND tỉnh (Báo cáo);" and plan.signer_name == "Nguyễn Thị Thục"


def test_other_agency_gets_a_new_framework_named_after_the_document(blank):
    preview = preview_plan_import(blank, LAOCAI)
    assert preview.framework.framework is None
    assert any("Bộ chỉ số DTI-TQ-SO (2022) trong tệp khác văn bản" in w.message for w in preview.warnings)
    assert any("sẽ tạo bộ chỉ số mới “Bộ chỉ số theo Kế hoạch “Nâng cao Chỉ số chuyển đổi số của Sở Y tế năm "
               "2024””" in w.message for w in preview.warnings)
    # "VĂN PHÒNG SỞ" and "văn phòng sở" are the file's "Văn phòng Sở".
    assert preview.units["VĂN PHÒNG SỞ"].name == preview.units["Văn phòng sở"].name == "Văn phòng Sở"
    assert preview.new_units == ["Phòng Nghiệp vụ Y", "Trung tâm Kiểm soát bệnh tật"]
    plan_id, _ = commit_plan_import(blank, preview, create_units=["phòng nghiệp vụ y"])
    fw = next(f for f in blank.repo.frameworks.all() if f.code != "DTI-TQ-SO")
    assert fw.name.startswith("Bộ chỉ số theo Kế hoạch") and fw.version_year == 2023
    data = scores_json(blank, 2023, fw.code)
    assert data["total"]["appraised_score"] == 46.5 and data["total"]["max_score"] == 65
    assert data["total"]["self_score"] == 56.5  # footnotes where they differ, the score itself elsewhere
    assert [(n["code"], n["rank"], n["rank_of"]) for n in data["nodes"] if n["kind"] == "group"] == [
        ("1", 12, 20), ("2", 5, 20), ("3", 3, 20)]
    units = {u.name for u in blank.repo.units.all()}
    assert "Phòng Nghiệp vụ Y" in units and "Trung tâm Kiểm soát bệnh tật" not in units
    tasks = blank.repo.tasks.for_plan(plan_id)
    ttksbt = [t for t in tasks if "Trung tâm Kiểm soát bệnh tật" in t.units_note]
    assert len(ttksbt) == 3
    # The same document again: now the file has its framework, the scores go into it.
    again = preview_plan_import(blank, LAOCAI)
    assert again.framework.framework.id == fw.id and again.new_units == ["Trung tâm Kiểm soát bệnh tật"]
    commit_plan_import(blank, again)
    assert len(blank.repo.frameworks.all()) == 2


def test_area_plan_groups_targets_and_appendix(blank):
    preview = preview_plan_import(blank, HATINH)
    assert preview.framework.framework is None and preview.plan.criteria() == []
    assert preview.as_dict()["framework"] is None
    plan_id, _ = commit_plan_import(blank, preview)
    plan = blank.repo.plans.get(plan_id)
    assert (plan.kind, plan.year, plan.assessment_id) == ("cchc", 2025, None)
    groups = blank.repo.plans.groups(plan_id)
    titles = [(g.code, g.title) for g in groups]
    assert titles[:4] == [("1", "Cải cách thể chế"), ("2", "Cải cách thủ tục hành chính"),
                          ("a", "Công bố, công khai thủ tục hành chính"), ("b", "Số hóa hồ sơ")]
    by_id = {g.id: g for g in groups}
    targets = blank.repo.targets.for_plan(plan_id)
    assert [by_id[t.group_id].code for t in targets] == ["2", "2"]
    tasks = blank.repo.tasks.for_plan(plan_id)
    assert len(tasks) == 7
    first = tasks[0]
    assert by_id[first.group_id].title == "Cải cách thể chế" and first.due_date == dt.date(2025, 9, 30)


def test_commit_refuses_a_unit_the_document_does_not_name_and_changes_nothing(blank):
    preview = preview_plan_import(blank, LAOCAI)
    before = _counts(blank)
    with pytest.raises(ValidationError) as exc:
        commit_plan_import(blank, preview, create_units=["Sở Tài chính"])
    assert "Sở Tài chính" in exc.value.message
    assert _counts(blank) == before


def test_pasted_text_and_scores_above_the_maximum(blank):
    text = ("1. Chỉ số “Số hóa” (gồm 02 tiêu chí)\n"
            "1.1. Tiêu chí “Số hóa hồ sơ” (năm 2023 đạt 12/10 điểm)\n"
            "Số hóa hồ sơ còn hiệu lực.\n- Đơn vị thực hiện: Văn phòng Sở\n"
            "1.2. Tiêu chí “Tái sử dụng dữ liệu” (năm 2023 đạt 3/5 điểm)\n")
    preview = preview_plan_import(blank, text, pasted=True)
    assert preview.plan.source_name == "văn bản dán vào"
    assert any("điểm đạt 12 vượt quá điểm tối đa 10" in w.message for w in preview.warnings)
    commit_plan_import(blank, preview)
    fw = next(f for f in blank.repo.frameworks.all() if f.code != "DTI-TQ-SO")
    data = scores_json(blank, 2023, fw.code)
    assert [(n["code"], n["appraised_score"]) for n in data["nodes"]] == [("1", 3), ("1.1", None), ("1.2", 3)]


def test_preview_json_shape(blank):
    data = preview_plan_import(blank, LAOCAI).as_dict()
    assert data["counts"] == {"groups": 3, "criteria": 7, "tasks": 8, "projects": 0}
    g3 = data["groups"][2]
    assert g3["stated"] == {"criteria": 2, "score": 18, "max_score": 20, "deduction": None}
    assert g3["score"] == 12
    c = data["groups"][0]["criteria"][0]
    assert (c["appraised_score"], c["self_score"], c["deduction"]) == (8, 10, 2)
    assert c["tasks"][0]["lead_units"] == ["Văn phòng Sở"]
    assert [u["line"] for u in data["unrecognised"]] == [5, 59]
    assert data["framework"]["new"] is True and data["assessment_year"] == 2023
    assert D(str(data["groups"][0]["criteria"][1]["appraised_score"])) == D("7.5")


SCORE_TABLE = "\n".join([
    "KẾ HOẠCH", "Khắc phục các tiêu chí bị trừ điểm chỉ số DTI năm 2023 của Sở Tài nguyên và Môi trường",
    "I. MỤC ĐÍCH", "Khắc phục các tiêu chí bị trừ điểm.",
    "II. NỘI DUNG", "Chi tiết tại bảng sau:",
    "STT\tTiêu chí\tĐiểm tối đa\tTự chấm\tĐiểm thẩm định năm 2022\tNhiệm vụ khắc phục\tĐơn vị chủ trì\tThời gian",
    "I\tNhận thức số\t20\t\t15\t\t\t",
    "1\tKế hoạch chuyển đổi số\t10\t10\t10\tDuy trì kế hoạch hằng năm\tVăn phòng Sở\tThường xuyên",
    "2\tTuyên truyền\t10\t8\t5\tTăng tin bài\tPhòng Tài nguyên nước\tQuý II/2023",
    "\t\t\t\t\tTổ chức hội nghị\tVăn phòng Sở\tQuý III/2023",
    "II\tHạ tầng số\t10\t\t6\t\t\t",
    "1\tMáy tính kết nối mạng\t10\t10\t6\tMua máy tính\tVăn phòng Sở\tNăm 2023",
    "III. TỔ CHỨC THỰC HIỆN", "Văn phòng Sở theo dõi."])


def test_criteria_in_a_score_table(blank):
    preview = preview_plan_import(blank, SCORE_TABLE, pasted=True)
    p = preview.plan
    assert [(g.code, g.name, g.stated_score, g.stated_max) for g in p.groups] == [
        ("1", "Nhận thức số", D(15), D(20)), ("2", "Hạ tầng số", D(6), D(10))]
    assert [(c.code, c.self_score, c.appraised_score) for c in p.criteria()] == [
        ("1.1", D(10), D(10)), ("1.2", D(8), D(5)), ("2.1", D(10), D(6))]
    assert preview.assessment_year == 2022 and p.warnings == [] and p.unrecognised == []
    plan_id, _ = commit_plan_import(blank, preview)
    fw = next(f for f in blank.repo.frameworks.all() if f.code != "DTI-TQ-SO")
    data = scores_json(blank, 2022, fw.code)
    assert (data["total"]["appraised_score"], data["total"]["self_score"], data["total"]["max_score"]) == (21, 28, 30)
    tasks = blank.repo.tasks.for_plan(plan_id)
    assert [t.content for t in tasks] == ["Duy trì kế hoạch hằng năm", "Tăng tin bài", "Tổ chức hội nghị",
                                          "Mua máy tính"]
    codes = {i.id: i.code for i in blank.repo.frameworks.indicators(fw.id)}
    assert [codes[t.criterion_id] for t in tasks] == ["1.1", "1.2", "1.2", "2.1"]


def test_scores_the_import_would_overwrite_are_announced(demo):
    from dtidesk.services.scoring import find_framework, set_score

    fw = find_framework(demo, "DTI-TQ-SO")
    a = demo.repo.assessments.find(fw.id, 2022)
    ind = demo.repo.frameworks.indicator_by_code(fw.id, "2.4")
    set_score(demo, a.id, ind.id, "appraised_score", "4")
    preview = preview_plan_import(demo, SEED000)
    assert [w.message for w in preview.warnings][1:] == [
        "Tiêu chí 2.4: tệp đang ghi điểm thẩm định năm 2022 là 4, văn bản ghi 1,67; khi nhập sẽ ghi theo văn bản."]
    commit_plan_import(demo, preview, create_units=[])
    assert demo.repo.assessments.scores(a.id)[ind.id].appraised_score == D("1.67")
