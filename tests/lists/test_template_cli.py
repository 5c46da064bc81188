"""The downloadable template round-trips for every kind; `dtidesk-cli import-list` and `list-template`."""

from __future__ import annotations

import json

import pytest
from openpyxl import load_workbook

from dtidesk.cli import main
from dtidesk.domain.list_fields import KINDS, fields_of
from dtidesk.exporters.list_template import DATA_SHEET, HELP_SHEET, LISTS_SHEET
from dtidesk.services.list_import import commit_list_import, preview_list_import
from dtidesk.services.list_template import write_list_template

from .conftest import CCHC_PLAN, DTI_PLAN, build_xlsx, digest

FILLED = {
    "tasks": [{"code": "I", "objective": "Cải cách thể chế"},
              {"code": "1", "objective": "Văn bản đúng hạn", "content": "Rà soát văn bản", "output": "Báo cáo",
               "lead_unit": "Văn phòng Sở", "coop_units": "Thanh tra Sở", "timeline": "Quý IV/2024",
               "status": "Chưa thực hiện"}],
    "targets": [{"code": "1", "content": "Hồ sơ đúng hạn", "threshold": "≥ 97%", "lead_unit": "Văn phòng Sở",
                 "monitor_unit": "Thanh tra Sở"}],
    "projects": [{"code": "1", "name": "Nâng cấp Cổng thông tin", "timeframe": "2024", "lead_unit": "Văn phòng Sở",
                  "budget_total": 300, "budget_state": 300}],
    "units": [{"name": "Phòng Pháp chế", "short_name": "PPC", "kind": "Phòng, đơn vị thuộc cơ quan"}],
    "scores": [{"code": "2.3", "self_score": 5, "appraised_score": 4}],
    "directives": [{"code": "1", "doc_type": "Chỉ thị", "number_symbol": "15/CT-UBND", "issued_on": "14/6/2024",
                    "issuer": "UBND tỉnh", "summary": "Đẩy mạnh cải cách hành chính"}],
}


@pytest.mark.parametrize("kind", KINDS)
def test_filled_template_imports(demo, tmp_path, kind):
    out = write_list_template(kind, tmp_path / f"mau-{kind}.xlsx", demo)
    wb = load_workbook(out)
    assert wb.sheetnames[:2] == [DATA_SHEET, HELP_SHEET]
    ws = wb[DATA_SHEET]
    labels = [f.label for f in fields_of(kind)]
    assert [c.value for c in ws[1]][:len(labels)] == labels
    assert ws["A1"].font.name == "Times New Roman" and ws["A1"].font.b
    help_rows = [[c.value for c in row] for row in wb[HELP_SHEET].iter_rows()]
    assert any(row[1] == labels[0] for row in help_rows)
    if kind in ("tasks", "targets", "projects"):
        assert wb[LISTS_SHEET].sheet_state == "hidden"
        assert any(dv.formula1.startswith(f"'{LISTS_SHEET}'") for dv in ws.data_validations.dataValidation)
    first = 2
    if kind == "scores":  # the score template lists the index's criteria: fill the ones asked
        where = {ws.cell(r, 1).value: r for r in range(2, ws.max_row + 1)}
        assert where["1.1"] and ws.cell(where["1.1"], 3).value == 20
    col = {f.key: i for i, f in enumerate(fields_of(kind), start=1)}
    for n, values in enumerate(FILLED[kind]):
        r = where[values["code"]] if kind == "scores" else first + n
        for key, value in values.items():
            ws.cell(r, col[key], value)
    wb.save(out)
    preview = preview_list_import(demo, out, kind, plan_id=CCHC_PLAN if kind != "scores" else DTI_PLAN)
    assert preview.ok, [p.text() for p in preview.problems]
    assert preview.mapping == {f"{chr(64 + i)}": f.key for i, f in enumerate(fields_of(kind), start=1)}
    assert preview.counts().get("item") == 1
    assert commit_list_import(demo, preview).summary.startswith("Đã nhập")


def test_template_without_a_file(tmp_path):
    out = write_list_template("units", tmp_path / "dv.xlsx")
    assert load_workbook(out).sheetnames == [DATA_SHEET, HELP_SHEET]


def _targets_file(tmp_path, bad: bool = False):
    rows = [["1", "Hồ sơ đúng hạn", "tối thiểu 97%" if not bad else "khá cao", "Văn phòng Sở"],
            ["2", "Hồ sơ trực tuyến", "đạt trên 70%", "Phòng Pháp chế mới"]]
    return build_xlsx(tmp_path / "ct.xlsx", ["STT", "Nội dung chỉ tiêu", "Mức chỉ tiêu", "Đơn vị chủ trì"], rows)


def test_cli_import_list_json_dry_run_then_commit(demo_path, tmp_path, capsys):
    path = _targets_file(tmp_path)
    before = digest(demo_path)
    assert main(["import-list", str(demo_path), str(path), "--kind", "targets", "--plan", str(CCHC_PLAN),
                 "--dry-run", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["ok"], data["committed"], data["new_units"]) == (True, False, ["Phòng Pháp chế mới"])
    assert [m["field"] for m in data["mapping"]] == ["code", "content", "threshold", "lead_unit"]
    assert data["records"][0]["values"]["threshold"] == 97
    assert digest(demo_path) == before

    assert main(["import-list", str(demo_path), str(path), "--kind", "targets", "--plan", str(CCHC_PLAN)]) == 0
    out = capsys.readouterr().out
    assert "Đã nhập 2 chỉ tiêu, 1 đơn vị mới." in out and "C: Mức chỉ tiêu → Mức chỉ tiêu" in out


def test_cli_refuses_with_every_problem(demo_path, tmp_path, capsys):
    path = _targets_file(tmp_path, bad=True)
    before = digest(demo_path)
    assert main(["import-list", str(demo_path), str(path), "--kind", "targets", "--plan", str(CCHC_PLAN)]) == 1
    err = capsys.readouterr().err
    assert "[lỗi] Dòng 2, cột C (Mức chỉ tiêu): không đọc được mức chỉ tiêu “khá cao”" in err
    assert "không nhập — 1 lỗi, tệp dữ liệu giữ nguyên." in err
    assert digest(demo_path) == before
    # The officer maps the column away and the rest goes in.
    assert main(["import-list", str(demo_path), str(path), "--kind", "targets", "--plan", str(CCHC_PLAN),
                 "--map", "C=-"]) == 0
    assert main(["import-list", str(demo_path), str(path), "--kind", "targets", "--map", "C"]) == 2
    assert "viết dạng CỘT=trường" in capsys.readouterr().err
    assert main(["import-list", str(demo_path), str(path), "--kind", "targets"]) == 1
    assert "Hãy chọn kế hoạch" in capsys.readouterr().err


def test_cli_list_template(demo_path, tmp_path, capsys):
    out = tmp_path / "mau.xlsx"
    assert main(["list-template", "--kind", "tasks", "--out", str(out), "--file", str(demo_path)]) == 0
    assert "Đã tạo mẫu" in capsys.readouterr().out and out.exists()
    assert main(["list-template", "--kind", "budget", "--out", str(out)]) == 2
    assert main(["list-template", "--kind", "tasks", "--out", str(tmp_path / "no" / "x.xlsx")]) == 1
    assert "Không ghi được tệp" in capsys.readouterr().err
