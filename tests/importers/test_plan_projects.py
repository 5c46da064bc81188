"""A projects appendix (seed 003's Phụ lục 2 shape) becomes projects with budgets, not tasks."""

from __future__ import annotations

from decimal import Decimal

from dtidesk.importers.plan_text import parse_plan_text

PLAN = """ỦY BAN NHÂN DÂN TỈNH HÀ NAM
SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG
KẾ HOẠCH
Chuyển đổi số của Sở Tài nguyên và Môi trường năm 2025
I. MỤC TIÊU
1. Số hóa hồ sơ đất đai.
- Số hóa hồ sơ địa chính.
+ Đơn vị chủ trì: Văn phòng Đăng ký đất đai
+ Thời gian thực hiện: Năm 2025
Phụ lục II
DANH MỤC DỰ ÁN ỨNG DỤNG CÔNG NGHỆ THÔNG TIN NĂM 2025
STT\tTên dự án\tQuy mô, nội dung\tThời gian thực hiện\tĐơn vị chủ trì\tTổng kinh phí (triệu đồng)\tNSNN (triệu đồng)\tXã hội hóa (triệu đồng)\tGhi chú
1\tXây dựng cơ sở dữ liệu đất đai\tToàn tỉnh, 6 huyện\t2025-2026\tVăn phòng Đăng ký đất đai\t12.500\t12.000\t500\tChuyển tiếp
2\tNâng cấp hệ thống một cửa điện tử\tCấp tỉnh\tQuý III/2025\tVăn phòng Sở\t850,5\t850,5\t\t
3\tThuê dịch vụ sao lưu dữ liệu\tDữ liệu quan trắc\t2025\tTrung tâm Quan trắc\tchưa xác định\t\t\t
"""


def test_budget_columns_make_a_projects_table():
    plan = parse_plan_text(PLAN)
    assert [p.name for p in plan.projects] == ["Xây dựng cơ sở dữ liệu đất đai", "Nâng cấp hệ thống một cửa điện tử",
                                               "Thuê dịch vụ sao lưu dữ liệu"]
    first, second, third = plan.projects
    assert (first.budget_total, first.budget_state, first.budget_social) == (Decimal(12500), Decimal(12000),
                                                                             Decimal(500))
    assert first.scale == "Toàn tỉnh, 6 huyện" and first.timeframe == "2025-2026"
    assert first.lead_units == ["Văn phòng Đăng ký đất đai"] and first.note == "Chuyển tiếp"
    assert second.budget_total == Decimal("850.5") and second.budget_social is None
    assert third.budget_total is None  # "chưa xác định" is not a number: a warning names it
    assert any("chưa xác định" in w.message for w in plan.warnings)
    assert all("cơ sở dữ liệu đất đai" not in t.content for t in plan.tasks())  # projects are not tasks


def test_seed003_projects_appendix():
    from pathlib import Path

    seed = Path(__file__).resolve().parents[3] / "shared" / "seeds" / "003_92f8b03795b25530.txt"
    if not seed.exists():  # the seeds sit beside the checkout; the variant above covers the grammar
        return
    plan = parse_plan_text(seed.read_text(encoding="utf-8"))
    assert len(plan.projects) == 4
    assert plan.projects[3].lead_units == ["Trung tâm lưu trữ lịch sử"]
    assert plan.projects[3].note == "Nhiệm vụ tiếp tục triển khai"


def test_projects_committed_with_budgets_and_units_then_undone(blank):
    from dtidesk.services.plan_import import apply_plan_import, preview_plan_import
    from dtidesk.services.plan_import_undo import undo_plan_import

    preview = preview_plan_import(blank, PLAN, pasted=True)
    assert preview.as_dict()["counts"]["projects"] == 3
    assert "Trung tâm Quan trắc" in preview.new_units
    record, changes = apply_plan_import(blank, preview)
    assert changes.touches("projects")
    projects = blank.repo.projects.for_plan(record.plan_id)
    assert [p.budget_total for p in projects] == [Decimal(12500), Decimal("850.5"), None]
    units = {u.id: u.name for u in blank.repo.units.all()}
    assert units[projects[1].lead_unit_id] == "Văn phòng Sở"  # matched to the file's existing unit
    assert units[projects[2].lead_unit_id] == "Trung tâm Quan trắc"  # created with the import
    undo_plan_import(blank, record)
    assert blank.repo.projects.for_plan(record.plan_id) == []
    assert "Trung tâm Quan trắc" not in {u.name for u in blank.repo.units.all()}

