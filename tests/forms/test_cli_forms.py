"""`dtidesk-cli form …`: names, exit codes and JSON shapes."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from openpyxl import load_workbook

from dtidesk.cli import main

from .conftest import UNITS
from .test_xlsx import FILLED, codes, fill, official


def cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["form", *map(str, args)])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_list_json(af_path, capsys):
    code, out, _ = cli(capsys, af_path, "list", "--json")
    assert code == 0
    data = json.loads(out)
    assert [d["code"] for d in data] == ["cchc-sector-stats", "cchc-stats", "tthc-results"]
    assert set(data[0]) == {"id", "code", "version", "kind", "appendix_label", "title", "rows"}
    assert data[1]["rows"] == 153 and data[1]["appendix_label"] == "Phụ lục 02"


def test_export_fill_import_check_consolidate(af_path, tmp_path, capsys):
    f1, f2 = tmp_path / "vp.xlsx", tmp_path / "ttr.xlsx"
    base = ["--form", "cchc-stats", "--year", "2022", "--period", "H1"]
    assert cli(capsys, af_path, "export", *base, "--unit", UNITS[0], "--out", f1)[0] == 0
    assert cli(capsys, af_path, "export", *base, "--unit", "thanh tra so", "--prefill", "--out", f2)[0] == 0
    fill(f1, FILLED)
    fill(f2, {"1.1": 3, "1.2.1": 4, "1.2.2": "4"})
    code, out, _ = cli(capsys, af_path, "import", f1, f2, "--json")
    assert code == 0
    data = json.loads(out)
    assert [(d["file"], d["accepted"], d["unit"], d["period"]) for d in data] == [
        ("vp.xlsx", True, UNITS[0], "H1"), ("ttr.xlsx", True, UNITS[1], "H1")]
    assert set(data[0]) == {"file", "accepted", "form", "year", "period", "unit", "values", "problems"}

    code, out, _ = cli(capsys, af_path, "check", *base, "--unit", UNITS[0], "--json")
    assert code == 0 and json.loads(out) == []

    code, out, _ = cli(capsys, af_path, "consolidate", *base, "--json")
    assert code == 0
    data = json.loads(out)
    assert set(data) == {"form", "year", "period", "units", "missing", "values"}
    assert data["units"] == UNITS[:2] and data["missing"] == [UNITS[2]]
    assert data["values"]["1.1"] == "5" and data["values"]["1.2"] == "60"  # (2 + 4) / (6 + 4)

    out_xlsx = tmp_path / "ban-sao.xlsx"
    code, out, _ = cli(capsys, af_path, "fill", official(tmp_path), *base, "--code-col", "A", "--value-col", "D",
                       "--out", out_xlsx)
    assert code == 0 and "Đã ghi 4 số liệu" in out
    assert load_workbook(out_xlsx)["PL02"]["D3"].value == 5

    code, out, _ = cli(capsys, af_path, "export", *base, "--out", tmp_path / "pl02.xlsx")
    assert code == 0 and (tmp_path / "pl02.xlsx").exists()


def test_check_exit_1_on_errors(af, af_path, stats, units, capsys):
    from dtidesk.services.forms import set_values

    set_values(af, stats.id, 2022, "H1", units[UNITS[0]].id, {"3.3.1.1": "10", "3.3.1.2": "12"})
    af.close()
    code, out, _ = cli(capsys, af_path, "check", "--form", "cchc-stats", "--year", "2022", "--period", "h1",
                       "--unit", UNITS[0], "--json")
    findings = json.loads(out)
    assert code == 1 and [set(f) for f in findings] == [{"row", "severity", "message"}]
    assert findings[0]["row"] == "3.3.1.2" and findings[0]["severity"] == "error"


def test_refused_import_names_every_problem(af_path, tmp_path, capsys):
    path = tmp_path / "vp.xlsx"
    assert cli(capsys, af_path, "export", "--form", "cchc-stats", "--year", "2022", "--period", "Q1",
               "--unit", UNITS[0], "--out", path)[0] == 0

    def edit(ws, where):
        ws.cell(where["1.1"], 4).value = "hai"

    fill(path, {"1.2.1": 2}, edit=edit)
    where = codes(load_workbook(path).worksheets[0])
    r = subprocess.run([sys.executable, "-m", "dtidesk.cli", "form", str(af_path), "import", str(path),
                        "--period", "H1"], capture_output=True, text=True, env={**os.environ})
    assert r.returncode == 1 and "Traceback" not in r.stderr + r.stdout
    assert "Từ chối: vp.xlsx" in r.stdout
    assert f"vp.xlsx, trang “Phụ lục 02”, ô D{where['1.1']}: Dòng 1.1 (số nguyên): “hai” không phải là số." in r.stdout
    assert "không phải 6 tháng đầu năm 2022" in r.stdout


def test_user_mistakes(af_path, capsys):
    code, _, err = cli(capsys, af_path, "check", "--form", "khong-co", "--year", "2022", "--period", "H1")
    assert code == 1 and "khong-co" in err and len(err.strip().splitlines()) == 1
    code, _, err = cli(capsys, af_path, "check", "--form", "cchc-stats", "--year", "2022", "--period", "Q2")
    assert code == 2 and "tham số không hợp lệ" in err
    code, _, err = cli(capsys, af_path, "export", "--form", "cchc-stats", "--year", "2022", "--period", "H1",
                       "--unit", "Phòng không có", "--out", "x.xlsx")
    assert code == 1 and "Phòng không có" in err
