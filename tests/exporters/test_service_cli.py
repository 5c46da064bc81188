"""The export use case and `dtidesk-cli plans/export`: combinations, atomic writes, exit codes, JSON shape."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from dtidesk.cli import main
from dtidesk.errors import FileReadOnly, ValidationError
from dtidesk.services import export as export_service
from dtidesk.services.export import available_exports, check_request, export


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dtidesk.cli", *args], capture_output=True, text=True,
                          env={**os.environ})


def test_plans_json(demo_path):
    r = run("plans", str(demo_path), "--json")
    assert r.returncode == 0, r.stderr
    plans = json.loads(r.stdout)
    assert {tuple(sorted(p)) for p in plans} == {("id", "kind", "title", "year")}
    assert {(p["id"], p["kind"], p["year"]) for p in plans} == {(1, "dti", 2023), (2, "cchc", 2024)}


@pytest.mark.slow
def test_export_cli_writes_each_format(demo_path, tmp_path):
    for what, fmt in [("document", "pdf"), ("document", "docx"), ("scores", "xlsx")]:
        out = tmp_path / f"{what}.{fmt}"
        r = run("export", str(demo_path), "--plan", "1", "--what", what, "--format", fmt, "--out", str(out))
        assert r.returncode == 0, r.stderr
        assert out.stat().st_size > 1000 and str(out) in r.stdout


@pytest.mark.parametrize("what,fmt", [("document", "xlsx"), ("document", "csv"), ("plan", "pdf")])
def test_nonsense_is_refused_in_one_line(demo_path, tmp_path, capsys, what, fmt):
    out = tmp_path / "x.out"
    assert main(["export", str(demo_path), "--plan", "1", "--what", what, "--format", fmt, "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and err.startswith("dtidesk-cli: ")
    assert not out.exists()
    if what == "document" and fmt == "xlsx":
        assert "Không xuất văn bản kế hoạch dưới dạng xlsx" in err


def test_check_request():
    check_request("appendix-projects", "xlsx")
    with pytest.raises(ValidationError):
        check_request("document", "xlsx")


def test_missing_data_is_a_user_error(demo_path, tmp_path, capsys):
    out = tmp_path / "t.pdf"
    assert main(["export", str(demo_path), "--plan", "1", "--what", "appendix-projects", "--format", "pdf",
                 "--out", str(out)]) == 1
    assert "chưa có dự án" in capsys.readouterr().err and not out.exists()


def test_available_exports(demo):
    assert set(available_exports(demo, 1)) == {"document", "appendix-tasks", "scores"}
    assert available_exports(demo, 1)["document"] == ("pdf", "docx")


def test_failed_export_leaves_nothing(demo, tmp_path, monkeypatch):
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "plan.pdf"
    out.write_bytes(b"old version")

    def broken(af, plan_id, what, fmt, path, label, title):
        path.write_bytes(b"%PDF-1.4 half a file")
        raise RuntimeError("boom")

    monkeypatch.setattr(export_service, "_write", broken)
    with pytest.raises(RuntimeError):
        export(demo, 1, "document", "pdf", out)
    assert out.read_bytes() == b"old version"
    assert sorted(p.name for p in folder.iterdir()) == ["plan.pdf"]


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="permissions are not enforced")
def test_read_only_folder(demo, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(FileReadOnly):
            export(demo, 1, "document", "pdf", folder / "x.pdf")
    finally:
        folder.chmod(0o700)


def test_export_keeps_usual_file_mode(demo, tmp_path):
    out = export(demo, 1, "scores", "xlsx", tmp_path / "s.xlsx")
    mask = os.umask(0)
    os.umask(mask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~mask
