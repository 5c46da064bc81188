"""`dtidesk-cli list` (a plan's targets, projects, directives, tasks) and `import-list --kind directives`."""

from __future__ import annotations

import json

import pytest

from dtidesk.cli import main
from dtidesk.services import projects, targets
from dtidesk.store import open_agency_file

from .conftest import CCHC_PLAN, DTI_PLAN, build_xlsx, digest

KEYS = {
    "targets": {"id", "code", "group", "content", "comparison", "threshold", "threshold_text", "unit_of_measure",
                "lead_unit", "monitor_unit", "note", "values", "latest", "met"},
    "projects": {"id", "name", "scale", "timeframe", "lead_unit", "budget_total", "budget_state", "budget_social",
                 "budget_other", "disbursed", "disbursed_percent", "budget_mismatch", "status", "status_label",
                 "note"},
    "directives": {"id", "doc_type", "number_symbol", "issued_on", "issuer", "summary", "note", "plan_id", "tasks"},
    "tasks": {"id", "code", "group", "content", "objective", "output", "lead_units", "coop_units", "timeline",
              "due_date", "status", "outcome", "outcome_label", "overdue", "completed_on", "result", "criterion",
              "directive_ids"},
}


def listed(capsys, path, kind: str, plan: int = CCHC_PLAN) -> list[dict]:
    assert main(["list", str(path), "--plan", str(plan), "--kind", kind, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("kind", list(KEYS))
def test_list_json_of_every_kind_has_its_fields_in_english(lists_demo_path, capsys, kind):
    with open_agency_file(lists_demo_path) as af:
        projects.add_project(af, CCHC_PLAN, "Số hóa hồ sơ hộ tịch", timeframe="2024", lead_unit_id=1,
                             budget_total="500", budget_state="300", budget_social="200", disbursed="125")
        targets.set_target_value(af, af.repo.targets.for_plan(CCHC_PLAN)[0].id, 2024, "H1", achieved="96")
    before = digest(lists_demo_path)
    items = listed(capsys, lists_demo_path, kind)
    assert items and all(set(x) == KEYS[kind] for x in items)
    assert digest(lists_demo_path) == before  # listing never writes
    first = items[0]
    if kind == "targets":
        assert len(items) == 6
        assert (first["comparison"], first["threshold"], first["unit_of_measure"], first["threshold_text"]) == \
            (">=", 97, "%", "≥ 97%")
        assert first["latest"] == {"year": 2024, "period": "H1", "achieved": 96} and first["met"] is False
    elif kind == "projects":
        assert (first["budget_total"], first["disbursed"], first["disbursed_percent"], first["status"],
                first["lead_unit"]) == (500, 125, 25, "not_started", "Văn phòng Sở")
    elif kind == "directives":
        assert [(d["doc_type"], d["number_symbol"], d["issued_on"]) for d in items] == [
            ("Kế hoạch", "5755/KH-UBND", "2021-05-27"), ("Kế hoạch", "300/KH-UBND", "2023-12-28")]
        assert len(first["tasks"]) == 3 and set(first["tasks"][0]) == {"id", "label"}
    else:
        assert len(items) == 33 and sum(bool(t["directive_ids"]) for t in items) == 3


def test_list_text_and_mistakes(lists_demo_path, capsys):
    assert main(["list", str(lists_demo_path), "--plan", str(CCHC_PLAN), "--kind", "targets"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Chỉ tiêu: 6\n") and "mức: ≥ 97%" in out
    assert main(["list", str(lists_demo_path), "--plan", "99", "--kind", "targets"]) == 1
    assert "Không tìm thấy kế hoạch" in capsys.readouterr().err
    assert main(["list", str(lists_demo_path), "--plan", "2", "--kind", "units"]) == 2
    assert main(["list", str(lists_demo_path), "--kind", "tasks"]) == 2  # --plan is required


HEADER = ["STT", "Số, ký hiệu", "Ngày ban hành", "Cơ quan ban hành", "Trích yếu"]
ROWS = [[1, "15/CT-UBND", "14/6/2024", "UBND tỉnh", "Đẩy mạnh cải cách hành chính"],
        [2, "1085/QĐ-TTg", "15/9/2022", "Thủ tướng Chính phủ", "Rà soát, đơn giản hóa thủ tục hành chính nội bộ"],
        [3, "300/KH-UBND", "28/12/2023", "UBND tỉnh", "Cải cách hành chính năm 2024"]]


def test_import_directives_dry_run_then_commit(lists_demo_path, tmp_path, capsys):
    path = build_xlsx(tmp_path / "vb.xlsx", HEADER, ROWS, titles=("DANH MỤC VĂN BẢN CHỈ ĐẠO, ĐIỀU HÀNH",))
    before = digest(lists_demo_path)
    assert main(["import-list", str(lists_demo_path), str(path), "--kind", "directives", "--plan", str(CCHC_PLAN),
                 "--dry-run", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["ok"], data["committed"]) == (True, False)
    assert [m["field"] for m in data["mapping"]] == ["code", "number_symbol", "issued_on", "issuer", "summary"]
    values = [r["values"] for r in data["records"]]
    assert [(v["doc_type"], v["issued_on"], v["exists"]) for v in values] == [
        ("Chỉ thị", "2024-06-14", False), ("Quyết định", "2022-09-15", False), ("Kế hoạch", "2023-12-28", True)]
    assert any("đã có trong tệp" in p["message"] and p["severity"] == "warning" for p in data["problems"])
    assert digest(lists_demo_path) == before

    assert main(["import-list", str(lists_demo_path), str(path), "--kind", "directives",
                 "--plan", str(CCHC_PLAN)]) == 0
    assert "Đã nhập 2 văn bản chỉ đạo, 1 văn bản đã có giữ nguyên." in capsys.readouterr().out
    numbers = [d["number_symbol"] for d in listed(capsys, lists_demo_path, "directives")]
    assert numbers == ["5755/KH-UBND", "1085/QĐ-TTg", "300/KH-UBND", "15/CT-UBND"]
    assert listed(capsys, lists_demo_path, "directives", DTI_PLAN) == []  # they belong to plan 2


def test_import_directives_without_a_plan_serves_every_plan(demo_path, tmp_path, capsys):
    path = build_xlsx(tmp_path / "vb.xlsx", HEADER, ROWS[:1])
    assert main(["import-list", str(demo_path), str(path), "--kind", "directives"]) == 0
    capsys.readouterr()
    assert [d["plan_id"] for d in listed(capsys, demo_path, "directives", DTI_PLAN)] == [None]


def test_import_directives_refuses_every_bad_row(demo_path, tmp_path, capsys):
    rows = [[1, "15/CT-UBND", "31/02/2024", "UBND tỉnh", "Đẩy mạnh cải cách hành chính"],
            [2, "16/CT-UBND", "1/3/2024", "UBND tỉnh", None],
            [3, "15/CT-UBND", "2/3/2024", "UBND tỉnh", "Trùng số"]]
    path = build_xlsx(tmp_path / "vb.xlsx", HEADER, rows)
    before = digest(demo_path)
    assert main(["import-list", str(demo_path), str(path), "--kind", "directives", "--plan", "2"]) == 1
    err = capsys.readouterr().err
    assert "Dòng 2, cột C (Ngày ban hành): “31/02/2024” không phải là ngày có thật" in err
    assert "Dòng 3, cột E (Trích yếu): không được để trống" in err
    assert "không nhập — 2 lỗi, tệp dữ liệu giữ nguyên." in err
    assert digest(demo_path) == before
