"""Tasks from an appendix sheet like seed 002's: groups, continued objectives, units by any spelling."""

from __future__ import annotations

import datetime as dt

from dtidesk.services.list_import import commit_list_import, preview_list_import

from .conftest import CCHC_PLAN, DTI_PLAN

TITLES = ("PHỤ LỤC", "NHIỆM VỤ CỤ THỂ THỰC HIỆN CẢI CÁCH HÀNH CHÍNH NĂM 2024",
          "(Kèm theo Kế hoạch số     /KH-STP ngày    /01/2024)")
HEADER = ["STT", "Mục tiêu", "Nội dung", "Sản phẩm", "Chủ trì", "Phối hợp", "Thời hạn"]
ROWS = [  # Excel rows 5 … (the numbering line first, as many appendices print it)
    ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"],
    ["I", "Cải cách hành chính nội bộ", None, None, "P.CDS", "TT. CNTT tỉnh", None],  # row 6: group with units
    ["1", "Kiểm soát thủ tục hành chính"],  # row 7: sub-group, title in the objective column
    ["1.1", "100% TTHC công khai đúng hạn", "Công khai bộ TTHC", "TTHC được công khai", None, None,
     "Thường xuyên"],  # row 8
    [None, None, "Cập nhật hồ sơ mẫu", "Hồ sơ mẫu", "van phong so; Phòng Tổng hợp mới", "Thanh tra Sở",
     "Quý III/2024"],  # row 9: objective merged from row 8
    [],  # row 10: blank line
    ["II", "Chính quyền số"],  # row 11
    ["1", None, "Triển khai chữ ký số", "Chữ ký số", "VP", None, "30/6/2024"],  # row 12
]


def _tasks_after(af, before: set[int]):
    return [t for t in af.repo.tasks.for_plan(CCHC_PLAN) if t.id not in before]


def test_appendix_with_groups_and_merged_cells(demo, xlsx):
    path = xlsx("phu-luc.xlsx", HEADER, ROWS, titles=TITLES, merges=("B8:B9",))
    preview = preview_list_import(demo, path, "tasks", plan_id=CCHC_PLAN)
    assert preview.table.header_row == 4
    assert preview.mapping == {"A": "code", "B": "objective", "C": "content", "D": "output", "E": "lead_unit",
                               "F": "coop_units", "G": "timeline"}
    assert preview.ok, [p.text() for p in preview.problems]
    assert [(r.row, r.kind) for r in preview.records] == [(6, "group"), (7, "group"), (8, "item"), (9, "item"),
                                                         (11, "group"), (12, "item")]
    assert preview.new_units == ["Phòng Tổng hợp mới"]

    before = {t.id for t in demo.repo.tasks.for_plan(CCHC_PLAN)}
    changes = commit_list_import(demo, preview)
    assert changes.touches("tasks", "task_groups", "units")
    units = {u.id: u.name for u in demo.repo.units.all()}
    groups = {g.id: g for g in demo.repo.plans.groups(CCHC_PLAN)}
    first, second, third = _tasks_after(demo, before)

    sub = groups[first.group_id]
    assert (sub.code, sub.title) == ("1", "Kiểm soát thủ tục hành chính")
    assert groups[sub.parent_id].title == "Cải cách hành chính nội bộ"
    # Units written on the group row apply to the tasks under it that name none.
    assert [units[i] for i in first.lead_unit_ids] == ["Phòng Chuyển đổi số"]
    assert [units[i] for i in first.coop_unit_ids] == ["Trung tâm Công nghệ thông tin tỉnh"]
    assert (first.code, first.timeline, first.due_date) == ("1.1", "Thường xuyên", None)

    assert second.code == "" and second.objective == first.objective == "100% TTHC công khai đúng hạn"
    assert [units[i] for i in second.lead_unit_ids] == ["Văn phòng Sở", "Phòng Tổng hợp mới"]
    assert [units[i] for i in second.coop_unit_ids] == ["Thanh tra Sở"]
    assert second.due_date == dt.date(2024, 9, 30)

    assert groups[third.group_id].title == "Chính quyền số"
    assert [units[i] for i in third.lead_unit_ids] == ["Văn phòng Sở"]  # “VP” is its short name
    assert third.due_date == dt.date(2024, 6, 30)
    assert third.position > max(t.position for t in demo.repo.tasks.for_plan(CCHC_PLAN) if t.id in before)


def test_unknown_units_kept_as_text_when_not_created(demo, xlsx):
    path = xlsx("p.xlsx", HEADER, ROWS, titles=TITLES, merges=("B8:B9",))
    preview = preview_list_import(demo, path, "tasks", plan_id=CCHC_PLAN)
    before = {t.id for t in demo.repo.tasks.for_plan(CCHC_PLAN)}
    n_units = len(demo.repo.units.all())
    commit_list_import(demo, preview, create_units=False)
    assert len(demo.repo.units.all()) == n_units
    second = _tasks_after(demo, before)[1]
    assert second.units_note == "Phòng Tổng hợp mới"


def test_criteria_and_statuses_on_a_dti_plan(demo, xlsx):
    header = ["TT", "Nhiệm vụ", "Đơn vị thực hiện", "Thời gian thực hiện", "Mã tiêu chí", "Tình trạng",
              "Ngày hoàn thành"]
    rows = [["1", "Cập nhật chuyên mục chuyển đổi số", "Văn phòng Sở", "Quý II/2023", "1.2", "hoàn thành",
             dt.datetime(2023, 5, 20)],
            ["2", "Tuyên truyền về chuyển đổi số", "Thanh tra Sở", "Năm 2023", "1.3", "Đang thực hiện", None]]
    preview = preview_list_import(demo, xlsx("dti.xlsx", header, rows), "tasks", plan_id=DTI_PLAN)
    assert preview.ok, [p.text() for p in preview.problems]
    before = {t.id for t in demo.repo.tasks.for_plan(DTI_PLAN)}
    commit_list_import(demo, preview)
    new = [t for t in demo.repo.tasks.for_plan(DTI_PLAN) if t.id not in before]
    codes = {i.id: i.code for i in demo.repo.frameworks.indicators(1)}
    assert [codes[t.criterion_id] for t in new] == ["1.2", "1.3"]
    assert [(t.status, t.completed_on) for t in new] == [("done", dt.date(2023, 5, 20)), ("in_progress", None)]
    assert new[0].due_date == dt.date(2023, 6, 30)


def test_mapping_is_remembered_for_the_same_headers(demo, xlsx):
    header = ["Số", "Việc cần làm", "Người chủ trì", "Hạn"]
    path = xlsx("a.xlsx", header, [["1", "Rà soát quy chế", "Văn phòng Sở", "Quý I/2024"]])
    first = preview_list_import(demo, path, "tasks", plan_id=CCHC_PLAN)
    assert first.mapping_source == "proposed" and first.mapping == {"C": "lead_unit"}
    assert [p.text() for p in first.errors] == ["Nhiệm vụ/hoạt động: chưa chọn cột cho trường “Nhiệm vụ/hoạt động”."]

    chosen = preview_list_import(demo, path, "tasks", plan_id=CCHC_PLAN, mapping={"B": "content", "D": "timeline"})
    assert chosen.ok and chosen.mapping == {"B": "content", "C": "lead_unit", "D": "timeline"}
    commit_list_import(demo, chosen)

    # The same headings in another order, in another file: the officer's choice comes back.
    again = xlsx("b.xlsx", ["Hạn", "Việc cần làm", "Số", "Người chủ trì"],
                 [["Quý II/2024", "Cập nhật quy chế", "2", "Thanh tra Sở"]])
    preview = preview_list_import(demo, again, "tasks", plan_id=CCHC_PLAN)
    assert preview.mapping_source == "remembered"
    assert preview.mapping == {"A": "timeline", "B": "content", "D": "lead_unit"}
    assert preview.ok and preview.records[0].values["due_date"] == dt.date(2024, 6, 30)

    # Other headings: nothing remembered, the automatic proposal again.
    other = xlsx("c.xlsx", ["STT", "Nhiệm vụ", "Chủ trì"], [["1", "Việc khác", "Văn phòng Sở"]])
    assert preview_list_import(demo, other, "tasks", plan_id=CCHC_PLAN).mapping_source == "proposed"


def test_sheet_is_found_behind_a_cover_page(demo, xlsx):
    path = xlsx("cover.xlsx", HEADER, ROWS[1:4], titles=TITLES, extra_sheets=("Bìa",))
    preview = preview_list_import(demo, path, "tasks", plan_id=CCHC_PLAN)
    assert preview.table.sheet == "Phụ lục" and preview.table.sheets == ["Bìa", "Phụ lục"]
    assert preview.ok and preview.counts() == {"group": 2, "item": 1}
