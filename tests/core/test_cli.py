"""The fixed command-line interface: names, JSON shapes, exit codes, one-line errors."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

import pytest

from dtidesk.cli import main
from dtidesk.store import SCHEMA_VERSION


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dtidesk.cli", *args], capture_output=True, text=True,
                          env={**os.environ})


def test_demo_then_scores_json(tmp_path):
    out = tmp_path / "d.dtidesk"
    r = run("demo", str(out))
    assert r.returncode == 0, r.stderr
    r = run("scores", str(out), "--year", "2022", "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert set(data) >= {"framework", "year", "total", "nodes"}
    assert set(data["total"]) >= {"max_score", "self_score", "appraised_score", "deduction", "rank", "rank_of",
                                  "rating"}
    node = data["nodes"][0]
    assert set(node) >= {"code", "name", "kind", "parent", "max_score", "self_score", "appraised_score",
                         "deduction", "rank", "rank_of"}
    totals = [(n["appraised_score"], n["max_score"], n["rank"]) for n in data["nodes"] if n["kind"] == "group"]
    assert totals == [(50, 50, 3), (46.67, 50, 10), (31.54, 50, 1), (17, 20, 11), (20, 30, 6), (189.53, 250, 4)]


def test_new_and_check(tmp_path):
    out = tmp_path / "n.dtidesk"
    assert main(["new", str(out), "--agency", "SỞ NỘI VỤ", "--parent", "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG",
                 "--unit", "Văn phòng Sở", "--unit", "Phòng Cải cách hành chính"]) == 0
    r = run("check", str(out), "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == []
    from dtidesk.store import open_agency_file

    with open_agency_file(out, readonly=True) as af:
        assert af.repo.agency.get().parent_agency == "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG"
        assert [u.name for u in af.repo.units.all()] == ["Văn phòng Sở", "Phòng Cải cách hành chính"]
        # Another province's index is never imported unasked (`--shipped-index`, `--catalog` ask for one).
        assert af.repo.frameworks.all() == []


def test_check_reports_errors_with_exit_1(demo_path):
    conn = sqlite3.connect(demo_path)
    conn.execute("UPDATE scores SET appraised_score = '12' WHERE indicator_id = "
                 "(SELECT id FROM indicators WHERE code = '2.4')")
    conn.commit()
    conn.close()
    r = run("check", str(demo_path), "--json")
    assert r.returncode == 1
    findings = json.loads(r.stdout)
    errors = [f for f in findings if f["severity"] == "error"]
    assert len(errors) == 1 and "2.4" in errors[0]["where"] and "12" in errors[0]["message"]
    assert set(errors[0]) == {"severity", "where", "message"}


@pytest.mark.parametrize("make,expect", [
    (lambda p: None, "Không tìm thấy"),
    (lambda p: p.write_bytes(b"PK\x03\x04 not a database"), "không phải là tệp dữ liệu"),
    (lambda p: p.write_bytes(b""), "trống"),
])
def test_user_mistakes_one_line_no_traceback(tmp_path, make, expect):
    p = tmp_path / "bad.dtidesk"
    make(p)
    r = run("scores", str(p), "--year", "2022", "--json")
    assert r.returncode != 0
    assert "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and expect in r.stderr
    assert r.stdout == ""


def test_newer_version_one_line(demo_path):
    conn = sqlite3.connect(demo_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    r = run("check", str(demo_path))
    assert r.returncode == 1 and "mới hơn" in r.stderr and "Traceback" not in r.stderr


@pytest.mark.parametrize("argv", [[], ["scores"], ["scores", "x.dtidesk"], ["frobnicate"],
                                  ["scores", "x.dtidesk", "--year", "hai nghìn"]])
def test_bad_arguments(argv, capsys):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("dtidesk-cli: tham số không hợp lệ") and len(err.strip().splitlines()) == 1


def test_demo_refuses_to_overwrite(demo_path, capsys):
    assert main(["demo", str(demo_path)]) == 2
    assert "đã tồn tại" in capsys.readouterr().err


def test_import_catalog_cli(demo_path, tmp_path):
    cat = tmp_path / "c.json"
    cat.write_text(json.dumps({"schema": "dtidesk-frameworks/1", "frameworks": [
        {"code": "PAR-SO", "version_year": 2024, "name": "Chỉ số CCHC cấp sở", "kind": "PAR",
         "indicators": [{"code": "1", "name": "Chỉ đạo điều hành", "children": [
             {"code": "1.1", "name": "Kế hoạch CCHC năm", "max_score": 2}]}]}]}, ensure_ascii=False))
    r = run("import-catalog", str(demo_path), str(cat))
    assert r.returncode == 0 and "PAR-SO/2024" in r.stdout
    bad = tmp_path / "bad.json"
    bad.write_text("[]")
    r = run("import-catalog", str(demo_path), str(bad))
    assert r.returncode == 1 and "không phải danh mục bộ chỉ số" in r.stderr


@pytest.mark.parametrize("args,expected", [
    (["due", "x.dtidesk", "--days", "abc"], "--days: 'abc' không phải số nguyên"),
    (["due"], "thiếu tham số bắt buộc: file"),
    (["scores", "x.dtidesk", "--year", "2022", "--framework"], "--framework cần một giá trị"),
    (["export", "x.dtidesk", "--plan", "1", "--what", "x", "--format", "pdf", "--out", "o.pdf"], "'x' không có"),
    (["scores", "x.dtidesk", "--year", "2022", "--bogus"], "tham số không nhận ra: --bogus"),
])
def test_argument_refusals_are_vietnamese(args, expected, capsys):
    assert main(args) == 2
    err = capsys.readouterr().err
    assert expected in err and "invalid" not in err and "required" not in err
