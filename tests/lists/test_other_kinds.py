"""Targets (seed 003 Phụ lục 1), projects (Phụ lục 2, two-line header), units and criterion scores."""

from __future__ import annotations

from decimal import Decimal

from dtidesk.services.list_import import commit_list_import, preview_list_import
from dtidesk.services.scoring import scores_json

from .conftest import CCHC_PLAN, DTI_PLAN


def test_targets_thresholds_read_from_the_sentence_or_their_column(demo, xlsx):
    header = ["STT", "Nội dung chỉ tiêu", "Đơn vị chủ trì thực hiện", "Đơn vị theo dõi, đơn đốc"]
    rows = [
        ["I", "Phát triển chính quyền số"],  # row 4, bold: a group
        ["1", "Tỷ lệ hồ sơ được xử lý hoàn toàn trực tuyến đạt trên 70%.", "Các phòng, đơn vị thuộc Sở",
         "Văn phòng Sở"],
        ["2", "Tỷ lệ hồ sơ trực tuyến đạt 80% tại cấp sở, 40% tại cấp huyện", "Thanh tra Sở", "van phong so"],
    ]
    path = xlsx("pl1.xlsx", header, rows, titles=("Phụ lục 1", "PHÂN CÔNG THEO DÕI, ĐÔN ĐỐC"), bold=(4,))
    preview = preview_list_import(demo, path, "targets", plan_id=CCHC_PLAN)
    assert preview.ok, [p.text() for p in preview.problems]
    commit_list_import(demo, preview)
    targets = demo.repo.targets.for_plan(CCHC_PLAN)
    units = {u.id: u.name for u in demo.repo.units.all()}
    assert [(t.code, t.comparison, t.threshold, t.unit_of_measure) for t in targets] == [
        ("1", ">", Decimal("70"), "%"), ("2", "", None, "")]  # three percentages: none is guessed
    assert units[targets[0].lead_unit_id] == "Các phòng, đơn vị thuộc Sở"
    assert units[targets[1].monitor_unit_id] == "Văn phòng Sở"
    group = {g.id: g for g in demo.repo.plans.groups(CCHC_PLAN)}[targets[0].group_id]
    assert (group.code, group.title) == ("I", "Phát triển chính quyền số")

    header2 = ["TT", "Chỉ tiêu", "Mức chỉ tiêu", "ĐVT", "Chủ trì", "Đơn vị theo dõi"]
    rows2 = [["1", "Hồ sơ giải quyết đúng hạn", "≥ 97%", None, "Văn phòng Sở", None],
             ["2", "Người dân hài lòng", "tối thiểu 94%", None, None, None],
             ["3", "Văn bản điện tử", "đạt trên 90", "%", None, None],
             ["4", "Ngày xử lý hồ sơ", "không quá 5", "ngày", None, None]]
    preview = preview_list_import(demo, xlsx("t2.xlsx", header2, rows2), "targets", plan_id=CCHC_PLAN)
    assert preview.ok, [p.text() for p in preview.problems]
    assert [(r.values["comparison"], r.values["threshold"], r.values["unit_of_measure"]) for r in preview.records] \
        == [(">=", 97, "%"), (">=", 94, "%"), (">", 90, "%"), ("<=", 5, "ngày")]


def test_projects_with_budget_under_a_two_line_header(demo, tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws["A1"] = "Danh mục các dự án, hạng mục ứng dụng công nghệ thông tin năm 2024"
    ws.merge_cells("A1:H1")
    ws.append(["T T", "Tên dự án, hạng mục đầu tư", "Nội dung, quy mô", "Thời gian thực hiện", "Đơn vị chủ trì",
               "Kinh phí (triệu đồng)", None, None])
    ws.append([None, None, None, None, None, "Tổng số", "NSNN", "Xã hội hóa"])
    for col in "ABCDE":
        ws.merge_cells(f"{col}2:{col}3")
    ws.merge_cells("F2:H2")
    ws.append([1, "Nâng cấp phần mềm par Index", "Phần mềm theo dõi chỉ số CCHC", 2024, "Văn phòng Sở",
               "1.250,5", 1000, 250.5])
    ws.append([2, "Số hóa tài liệu lưu trữ", "Số hóa 10.000 trang", "2024-2025", "Trung tâm lưu trữ lịch sử",
               None, "-", None])
    wb.save(tmp_path / "pl2.xlsx")
    preview = preview_list_import(demo, tmp_path / "pl2.xlsx", "projects", plan_id=CCHC_PLAN)
    assert preview.mapping == {"A": "code", "B": "name", "C": "scale", "D": "timeframe", "E": "lead_unit",
                               "F": "budget_total", "G": "budget_state", "H": "budget_social"}
    assert preview.ok, [p.text() for p in preview.problems]
    assert preview.new_units == ["Trung tâm lưu trữ lịch sử"]
    commit_list_import(demo, preview)
    first, second = demo.repo.projects.for_plan(CCHC_PLAN)
    assert (first.budget_total, first.budget_state, first.budget_social) == (Decimal("1250.5"), Decimal("1000"),
                                                                             Decimal("250.5"))
    assert (first.timeframe, second.timeframe, second.budget_state) == ("2024", "2024-2025", None)
    assert demo.repo.units.get(second.lead_unit_id).name == "Trung tâm lưu trữ lịch sử"


def test_units_with_kinds_and_existing_ones_kept(demo, xlsx):
    header = ["STT", "Tên phòng, đơn vị", "Viết tắt", "Loại"]
    rows = [["1", "Phòng Hành chính tư pháp", "P.HCTP", "Phòng"],
            ["2", "Trung tâm Trợ giúp pháp lý", "TTTGPL", "Đơn vị sự nghiệp"],
            ["3", "VĂN PHÒNG SỞ", "VP", "Văn phòng"],
            ["4", "Sở Nội vụ", None, "Cơ quan bên ngoài"]]
    preview = preview_list_import(demo, xlsx("dv.xlsx", header, rows, titles=("DANH SÁCH ĐƠN VỊ",)), "units")
    assert preview.ok
    assert [p.text() for p in preview.problems] == [
        "Dòng 5, cột B (Tên đơn vị): đơn vị “Văn phòng Sở” đã có trong tệp, giữ nguyên."]
    changes = commit_list_import(demo, preview)
    assert changes.summary == "Đã nhập 3 đơn vị mới, 1 đơn vị đã có giữ nguyên"
    new = {u.name: (u.short_name, u.kind) for u in demo.repo.units.all()}
    assert new["Trung tâm Trợ giúp pháp lý"] == ("TTTGPL", "public_service")
    assert new["Sở Nội vụ"] == ("", "outside")
    assert sum(1 for n in new if n.lower() == "văn phòng sở") == 1


def test_scores_ranks_and_total_into_the_plans_assessment(demo, xlsx):
    header = ["STT", "Tiêu chí", "Điểm tối đa", "Tự chấm", "Thẩm định", "Xếp hạng", "Ghi chú"]
    rows = [["1", "Nhận thức số", 50, None, None, "2/18", None],
            ["1.1", "Người đứng đầu là Trưởng Ban chỉ đạo", 20, 20, "19,5", None, "thiếu tài liệu kiểm chứng"],
            ["1.2", "Có chuyên mục về Chuyển đổi số", 10, 10, 10, None, None],
            ["Tổng cộng", None, None, None, None, "5/18", None]]
    preview = preview_list_import(demo, xlsx("diem.xlsx", header, rows), "scores", plan_id=DTI_PLAN)
    assert (preview.year, preview.framework.code) == (2022, "DTI-TQ-SO")
    assert preview.ok, [p.text() for p in preview.problems]
    assert [r.kind for r in preview.records] == ["group", "item", "item", "total"]
    commit_list_import(demo, preview)
    data = scores_json(demo, 2022)
    nodes = {n["code"]: n for n in data["nodes"]}
    assert (nodes["1.1"]["self_score"], nodes["1.1"]["appraised_score"]) == (20, 19.5)
    assert (nodes["1"]["rank"], nodes["1"]["rank_of"]) == (2, 18)
    assert (data["total"]["rank"], data["total"]["rank_of"]) == (5, 18)
    a = demo.repo.assessments.find(preview.framework.id, 2022)
    ind = demo.repo.frameworks.indicator_by_code(preview.framework.id, "1.1")
    assert demo.repo.assessments.scores(a.id)[ind.id].note == "thiếu tài liệu kiểm chứng"


def test_scores_for_a_new_year_create_its_assessment(demo, xlsx):
    header = ["Mã tiêu chí", "Điểm tự chấm"]
    preview = preview_list_import(demo, xlsx("2023.xlsx", header, [["2.3", 5], ["2.4", "4,5"]]), "scores", year=2023)
    assert preview.ok and preview.framework.code == "DTI-TQ-SO"
    changes = commit_list_import(demo, preview)
    assert changes.touches("assessments", "scores")
    nodes = {n["code"]: n for n in scores_json(demo, 2023)["nodes"]}
    assert (nodes["2.3"]["self_score"], nodes["2.4"]["self_score"], nodes["2.4"]["appraised_score"]) == (5, 4.5, None)


def test_stated_index_total_checked_against_its_criteria(demo, xlsx):
    header = ["STT", "Tiêu chí", "Tự chấm", "Thẩm định"]
    rows = [["3", "Hạ tầng số", 48, "45,5"]] + [[f"3.{i}", "", 10, 9] for i in range(1, 6)]
    preview = preview_list_import(demo, xlsx("d.xlsx", header, rows), "scores", plan_id=DTI_PLAN)
    assert preview.ok  # a warning, the index's score is computed anyway
    assert [p.text() for p in preview.problems] == [
        "Dòng 2, cột C (Điểm tự chấm): ghi 48 điểm nhưng các tiêu chí cộng lại được 50 điểm; điểm của chỉ số "
        "được tính từ các tiêu chí.",
        "Dòng 2, cột D (Điểm thẩm định): ghi 45,5 điểm nhưng các tiêu chí cộng lại được 45 điểm; điểm của chỉ "
        "số được tính từ các tiêu chí.",
    ]
    rows[0][2:] = [50, 45]
    assert preview_list_import(demo, xlsx("e.xlsx", header, rows), "scores", plan_id=DTI_PLAN).problems == []
