"""`dtidesk-cli plan FILE new`, `assessment FILE new` and `new` without another province's index."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys

import pytest

from dtidesk.cli import main
from dtidesk.store import open_agency_file

BAC_GIANG = ["--agency", "SỞ NỘI VỤ", "--parent", "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG"]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dtidesk.cli", *args], capture_output=True, text=True,
                          env={**os.environ})


@pytest.fixture
def bare(tmp_path):
    path = tmp_path / "so-noi-vu.dtidesk"
    assert main(["new", str(path), *BAC_GIANG]) == 0
    return path


@pytest.fixture
def indexed(tmp_path):
    path = tmp_path / "stp.dtidesk"
    assert main(["new", str(path), "--agency", "SỞ TƯ PHÁP", "--shipped-index"]) == 0
    return path


def test_new_as_the_readme_shows_has_no_index_and_says_how_to_get_one(tmp_path, capsys):
    path = tmp_path / "so-noi-vu.dtidesk"
    assert main(["new", str(path), *BAC_GIANG]) == 0
    out = capsys.readouterr().out
    assert "Đã tạo tệp" in out and "import-catalog" in out
    with open_agency_file(path, readonly=True) as af:
        assert af.repo.frameworks.all() == []


def test_new_imports_an_index_only_when_asked(tmp_path):
    shipped = tmp_path / "a.dtidesk"
    assert main(["new", str(shipped), "--agency", "SỞ TƯ PHÁP", "--shipped-index"]) == 0
    from dtidesk.services.catalogs import default_catalog

    chosen = tmp_path / "b.dtidesk"
    assert main(["new", str(chosen), "--agency", "SỞ Y TẾ", "--catalog", str(default_catalog())]) == 0
    for path in (shipped, chosen):
        with open_agency_file(path, readonly=True) as af:
            assert [f.code for f in af.repo.frameworks.all()] == ["DTI-TQ-SO"]


@pytest.mark.parametrize("kind,stored", [("dti", "dti"), ("cchc", "cchc"), ("cds", "digital"), ("other", "other")])
def test_plan_new_json(bare, kind, stored):
    r = run("plan", str(bare), "new", "--kind", kind, "--year", "2026", "--title", f"Kế hoạch {kind} năm 2026",
            "--number", "09", "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert {"id", "kind", "year", "title", "number", "framework", "assessment_id"} <= set(data)
    assert (data["kind"], data["year"], data["number"], data["framework"]) == (stored, 2026, 9, None)
    plans = json.loads(run("plans", str(bare), "--json").stdout)
    assert [p["id"] for p in plans] == [data["id"]]


def test_plan_new_on_an_index(indexed):
    r = run("plan", str(indexed), "new", "--kind", "dti", "--year", "2026", "--title", "Nâng cao DTI năm 2026",
            "--framework", "DTI-TQ-SO", "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["framework"] == "DTI-TQ-SO" and data["assessment_created"] is True
    with open_agency_file(indexed, readonly=True) as af:
        assert af.repo.assessments.get(data["assessment_id"]).year == 2025


def test_assessment_new_json_and_the_year_appears(indexed):
    r = run("assessment", str(indexed), "new", "--year", "2026", "--framework", "DTI-TQ-SO", "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert {"id", "year", "framework"} <= set(data)
    assert (data["year"], data["framework"]) == (2026, "DTI-TQ-SO")
    r = run("scores", str(indexed), "--year", "2026", "--json")
    assert r.returncode == 0 and json.loads(r.stdout)["year"] == 2026


@pytest.mark.parametrize("args,expect", [
    (["plan", "{bare}", "new", "--kind", "dti", "--year", "1899", "--title", "T"], "1990–2100"),
    (["plan", "{bare}", "new", "--kind", "dti", "--year", "2026", "--title", " "], "Tên kế hoạch: không được để trống."),
    (["plan", "{bare}", "new", "--kind", "kpi", "--year", "2026", "--title", "T"], "tham số không hợp lệ"),
    (["plan", "{bare}", "new", "--kind", "dti", "--year", "2026", "--title", "T", "--framework", "X"],
     "Không có bộ chỉ số mã “X” trong tệp"),
    (["plan", "{bare}", "new", "--year", "2026", "--title", "T"], "--kind"),
    (["assessment", "{bare}", "new", "--year", "2026", "--framework", "DTI-TQ-SO"], "Tệp chưa có bộ chỉ số nào"),
    (["assessment", "{bare}", "new", "--year", "2026"], "--framework"),
    (["plan", "{missing}", "new", "--kind", "dti", "--year", "2026", "--title", "T"], "Không tìm thấy tệp"),
])
def test_errors_are_one_vietnamese_line_and_change_nothing(bare, tmp_path, args, expect):
    before = hashlib.md5(bare.read_bytes()).hexdigest()
    argv = [a.format(bare=bare, missing=tmp_path / "khong-co.dtidesk") for a in args]
    r = run(*argv)
    assert r.returncode != 0
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("dtidesk-cli: ") and expect in lines[0], r.stderr
    assert hashlib.md5(bare.read_bytes()).hexdigest() == before


def test_a_second_assessment_is_refused_naming_it(indexed):
    assert run("assessment", str(indexed), "new", "--year", "2026", "--framework", "DTI-TQ-SO").returncode == 0
    r = run("assessment", str(indexed), "new", "--year", "2026", "--framework", "DTI-TQ-SO", "--json")
    assert r.returncode == 1 and r.stdout == ""
    assert r.stderr.strip() == ("dtidesk-cli: Đã có kỳ đánh giá năm 2026 theo bộ chỉ số DTI-TQ-SO (phiên bản 2022): "
                                "“Bộ Chỉ số đánh giá, xếp hạng mức độ chuyển đổi số các sở, ban, ngành tỉnh "
                                "Tuyên Quang”.")
