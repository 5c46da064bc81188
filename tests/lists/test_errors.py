"""Refused lists: every problem named by row and column, and the data file left byte for byte as it was."""

from __future__ import annotations

import pytest

from dtidesk.errors import NotFound, ValidationError
from dtidesk.services.list_import import commit_list_import, preview_list_import

from .conftest import CCHC_PLAN, DTI_PLAN, digest


def _refused(af, preview, data_path, list_path) -> list[str]:
    before = (digest(data_path), digest(list_path))
    assert not preview.ok
    with pytest.raises(ValidationError) as exc:
        commit_list_import(af, preview)
    assert exc.value.message.startswith(f"Không nhập: tệp “{list_path.name}” có {len(preview.errors)} lỗi")
    assert (digest(data_path), digest(list_path)) == before
    return [p.text() for p in preview.errors]


def test_score_errors_by_row_and_column(demo, demo_path, xlsx):
    header = ["STT", "Tiêu chí", "Điểm tự chấm", "Điểm thẩm định"]
    rows = [["1.1", "Người đứng đầu", "mười", 10],  # row 2: text in a score cell
            ["1.2", "Chuyên mục", 10, "12,5"],  # row 3: above the maximum (10)
            ["9.9", "Không có", 1, 1],  # row 4: unknown code
            [None, None, 3, None],  # row 5: no code at all
            ["1.3", "Tuyên truyền", -1, None],  # row 6: below zero
            ["1.2", "Chuyên mục", 5, 5]]  # row 7: twice
    path = xlsx("diem.xlsx", header, rows)
    scores_before = demo.repo.assessments.scores(1)
    preview = preview_list_import(demo, path, "scores", plan_id=DTI_PLAN)
    assert _refused(demo, preview, demo_path, path) == [
        "Dòng 2, cột C (Điểm tự chấm): “mười” không phải là một số (viết như 46,67 hoặc 1.870).",
        "Dòng 3, cột D (Điểm thẩm định): tiêu chí 1.2: điểm 12,5 vượt quá điểm tối đa 10.",
        "Dòng 4, cột A (Mã tiêu chí): mã tiêu chí “9.9” không có trong bộ chỉ số DTI-TQ-SO (2022).",
        "Dòng 5, cột A (Mã tiêu chí): không được để trống (ghi mã tiêu chí).",
        "Dòng 6, cột C (Điểm tự chấm): tiêu chí 1.3: điểm -1 nhỏ hơn 0.",
        "Dòng 7, cột A (Mã tiêu chí): tiêu chí 1.2 đã có ở dòng 3.",
    ]
    assert demo.repo.assessments.scores(1) == scores_before


def test_task_errors_by_row_and_column(demo, demo_path, xlsx):
    header = ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời gian hoàn thành", "Hạn hoàn thành", "Tình trạng",
              "Tiêu chí"]
    rows = [["1", "Rà soát quy trình", "Văn phòng Sở", "Trước 31/02/2024", None, None, None],  # impossible day
            ["2", None, "Thanh tra Sở", "Quý I/2024", None, None, None],  # empty required cell
            ["3", "Cập nhật dữ liệu", "Văn phòng Sở", None, "30/13/2024", "gần xong", None],
            ["4", "Đánh giá", "Văn phòng Sở", "Năm 2024", None, "quá hạn", "7.7"]]
    path = xlsx("nv.xlsx", header, rows, titles=("DANH SÁCH NHIỆM VỤ",))
    n_tasks = demo.repo.tasks.count()
    preview = preview_list_import(demo, path, "tasks", plan_id=CCHC_PLAN)
    assert _refused(demo, preview, demo_path, path) == [
        "Dòng 3, cột D (Thời gian hoàn thành): ngày “31/02/2024” không có thật.",
        "Dòng 4, cột B (Nhiệm vụ/hoạt động): không được để trống (mỗi dòng nhiệm vụ phải ghi nhiệm vụ).",
        "Dòng 5, cột E (Hạn hoàn thành): “30/13/2024” không phải là ngày có thật (dạng ngày/tháng/năm, "
        "ví dụ 14/6/2024).",
        "Dòng 5, cột F (Tình trạng): “gần xong” không phải tình trạng (Chưa thực hiện, Đang thực hiện, Hoàn thành).",
        "Dòng 6, cột G (Tiêu chí): mã tiêu chí “7.7” không có trong bộ chỉ số DTI-TQ-SO.",
    ]
    warnings = [p.text() for p in preview.problems if p.severity == "warning"]
    assert warnings == ["Dòng 6, cột F (Tình trạng): “quá hạn” được tính tự động từ thời hạn; ghi nhận là "
                        "“Đang thực hiện”."]
    assert demo.repo.tasks.count() == n_tasks


def test_bad_numbers_and_thresholds(demo, demo_path, xlsx):
    header = ["STT", "Tên dự án", "Kinh phí", "Ngân sách nhà nước"]
    path = xlsx("da.xlsx", header, [["1", "Dự án A", "khoảng 500", -3], ["2", None, 100, None]])
    preview = preview_list_import(demo, path, "projects", plan_id=CCHC_PLAN)
    assert _refused(demo, preview, demo_path, path) == [
        "Dòng 2, cột C (Kinh phí (triệu đồng)): “khoảng 500” không phải là một số (viết như 46,67 hoặc 1.870).",
        "Dòng 2, cột D (Ngân sách nhà nước (triệu đồng)): số -3 nhỏ hơn 0.",
        "Dòng 3, cột B (Tên dự án, hạng mục đầu tư): không được để trống (mỗi dòng dự án phải ghi tên dự án).",
    ]
    header = ["STT", "Nội dung chỉ tiêu", "Mức chỉ tiêu"]
    path = xlsx("ct.xlsx", header, [["1", "Tỷ lệ A", "cao"], ["2", "Tỷ lệ B", "≥ 120%"]])
    preview = preview_list_import(demo, path, "targets", plan_id=CCHC_PLAN)
    assert _refused(demo, preview, demo_path, path) == [
        "Dòng 2, cột C (Mức chỉ tiêu): không đọc được mức chỉ tiêu “cao” (viết như ≥ 97%, tối thiểu 97%, "
        "đạt trên 70%).",
        "Dòng 3, cột C (Mức chỉ tiêu): tỷ lệ 120% vượt quá 100%.",
    ]


def test_units_refused_on_duplicates_and_unknown_kinds(demo, demo_path, xlsx):
    path = xlsx("dv.xlsx", ["Tên đơn vị", "Loại đơn vị"],
                [["Phòng Mới", "Phòng"], ["phong moi", None], ["Phòng Khác", "Ban quản lý"]])
    preview = preview_list_import(demo, path, "units")
    assert _refused(demo, preview, demo_path, path) == [
        "Dòng 3, cột A (Tên đơn vị): “phong moi” trùng với dòng 2.",
        "Dòng 4, cột B (Loại đơn vị): “Ban quản lý” không phải loại đơn vị (Văn phòng, Phòng/đơn vị thuộc cơ "
        "quan, Đơn vị sự nghiệp, Cơ quan bên ngoài, Nhóm đơn vị).",
    ]


def test_no_header_no_plan_no_sheet_and_not_xlsx(demo, demo_path, xlsx, tmp_path):
    path = xlsx("x.xlsx", ["Cột một"], [["giá trị"]])
    preview = preview_list_import(demo, path, "tasks", plan_id=CCHC_PLAN)
    assert [p.text() for p in preview.errors][0].startswith("Không tìm thấy dòng tiêu đề của danh sách nhiệm vụ")
    _refused(demo, preview, demo_path, path)
    with pytest.raises(ValidationError, match="Hãy chọn kế hoạch"):
        preview_list_import(demo, path, "tasks")
    with pytest.raises(NotFound):
        preview_list_import(demo, path, "tasks", plan_id=99)
    with pytest.raises(ValidationError, match="không có trang “Khác”"):
        preview_list_import(demo, path, "tasks", plan_id=CCHC_PLAN, sheet="Khác")
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"not a workbook")
    with pytest.raises(ValidationError, match="Không mở được tệp “fake.xlsx”"):
        preview_list_import(demo, fake, "units")
    path = xlsx("y.xlsx", ["STT", "Nhiệm vụ"], [["1", "Việc"]])
    with pytest.raises(ValidationError, match="Cột “Z” không có"):
        preview_list_import(demo, path, "tasks", plan_id=CCHC_PLAN, mapping={"Z": "content"})
    with pytest.raises(ValidationError, match="Trường “deadline” không có"):
        preview_list_import(demo, path, "tasks", plan_id=CCHC_PLAN, mapping={"A": "deadline"})
    with pytest.raises(ValidationError, match="được ghép cho hai cột"):
        preview_list_import(demo, path, "tasks", plan_id=CCHC_PLAN, mapping={"A": "content", "B": "content"})
