"""Undo of an import takes out exactly what it wrote and puts back the scores and ranks it replaced."""

from __future__ import annotations

import pytest

from dtidesk.services.list_import import apply_list_import, preview_list_import, undo_list_import
from dtidesk.services.scoring import scores_json

from .conftest import CCHC_PLAN, DTI_PLAN


def snapshot(af) -> dict:
    r = af.repo
    plans = [p.id for p in r.plans.all()]
    return {
        "tasks": [r.tasks.for_plan(p) for p in plans], "groups": [r.plans.groups(p) for p in plans],
        "targets": [r.targets.for_plan(p) for p in plans], "projects": [r.projects.for_plan(p) for p in plans],
        "units": r.units.all(), "assessments": r.assessments.all(), "directives": r.directives.all(),
        "scores": {a.id: (r.assessments.scores(a.id), r.assessments.group_ranks(a.id)) for a in r.assessments.all()},
    }


CASES = {
    "tasks": (CCHC_PLAN, None, ["STT", "Mục tiêu", "Nhiệm vụ", "Chủ trì"],
              [["I", "Nhóm mới"], ["1", "Mục tiêu", "Việc mới", "Đơn vị mới tinh"]]),
    "targets": (CCHC_PLAN, None, ["STT", "Nội dung chỉ tiêu", "Đơn vị theo dõi"],
                [["1", "Tỷ lệ đạt trên 70%", "Văn phòng Sở"]]),
    "projects": (CCHC_PLAN, None, ["STT", "Tên dự án", "Kinh phí"], [["1", "Dự án", 100]]),
    "units": (None, None, ["STT", "Tên đơn vị"], [["1", "Phòng Thử"]]),
    "scores": (DTI_PLAN, None, ["Mã tiêu chí", "Tự chấm", "Thẩm định", "Xếp hạng"],
               [["1", None, None, "1/18"], ["1.2", 9, 8, None], ["Tổng", None, None, "3/18"]]),
    "directives": (CCHC_PLAN, None, ["Số, ký hiệu", "Ngày ban hành", "Cơ quan ban hành", "Trích yếu"],
                   [["300/KH-UBND", "28/12/2023", "UBND tỉnh", "Cải cách hành chính năm 2024"]]),
}


@pytest.mark.parametrize("kind", CASES)
def test_undo_then_redo(demo, xlsx, kind):
    plan, year, header, rows = CASES[kind]
    preview = preview_list_import(demo, xlsx(f"{kind}.xlsx", header, rows), kind, plan_id=plan, year=year)
    assert preview.ok, [p.text() for p in preview.problems]
    before = snapshot(demo)
    key = f"xlsx_mapping:{kind}:{preview.table.header_key()}"
    receipt, _ = apply_list_import(demo, preview)
    after = snapshot(demo)
    assert after != before and demo.repo.settings.get(key) is not None
    changes = undo_list_import(demo, receipt)
    assert changes.tables and snapshot(demo) == before and demo.repo.settings.get(key) is None
    receipt, _ = apply_list_import(demo, preview)  # redo
    assert _same_content(snapshot(demo), after)


def _same_content(a: dict, b: dict) -> bool:
    """Equal but for the ids a second insert gets."""
    def strip(x):
        if isinstance(x, list):
            return [strip(i) for i in x]
        if isinstance(x, dict):
            return {k: strip(v) for k, v in x.items()}
        if hasattr(x, "__dataclass_fields__"):
            return {k: strip(getattr(x, k)) for k in x.__dataclass_fields__
                    if k not in ("id", "group_id", "lead_unit_ids", "coop_unit_ids", "parent_id",
                                 "lead_unit_id", "monitor_unit_id")}
        return x
    return strip(a) == strip(b)


def test_undo_scores_into_a_new_year_removes_the_assessment(demo, xlsx):
    preview = preview_list_import(demo, xlsx("s.xlsx", ["Mã tiêu chí", "Tự chấm"], [["1.2", 5]]), "scores",
                                  year=2024)
    receipt, _ = apply_list_import(demo, preview)
    assert scores_json(demo, 2024)["year"] == 2024
    undo_list_import(demo, receipt)
    assert [a.year for a in demo.repo.assessments.all()] == [2022]
