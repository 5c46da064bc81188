"""The installation self-test: passes on a good install, fails with a Vietnamese line on a broken one."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile

import pytest

from dtidesk import cli
from dtidesk.services import selftest


def _run(**kw) -> tuple[int, list[str]]:
    lines: list[str] = []
    return selftest.run_selftest(out=lines.append, **kw), lines


def test_selftest_passes_with_one_line_per_step(monkeypatch, tmp_path):
    monkeypatch.setenv("DTIDESK_BACKUP_DIR", str(tmp_path))
    seen: dict = {}

    def extra(files):
        seen.update(files)
        return "bước thêm"

    code, lines = _run(extra_steps=[("thêm", extra)])
    assert code == 0
    assert lines[0] == "DTI Desk — tự kiểm tra (6 bước)"
    assert [ln.split(" ✓ ")[0] for ln in lines[1:7]] == [f"[{i}/6]" for i in range(1, 7)]
    assert "PDF" in lines[3] and "docx" in lines[4] and "xlsx" in lines[5] and lines[6].endswith("bước thêm")
    assert lines[-1].startswith("Tự kiểm tra đạt: 6/6 bước")
    assert sorted(seen) == ["docx", "pdf", "xlsx"]
    assert not any(p.exists() for p in seen.values()), "the temporary folder is removed afterwards"
    assert os.environ["DTIDESK_BACKUP_DIR"] == str(tmp_path) and list(tmp_path.iterdir()) == []


def test_selftest_fails_on_a_broken_export(monkeypatch):
    from dtidesk.services import export as export_service

    real = export_service.export

    def broken(af, plan_id, what, fmt, out, **kw):
        path = real(af, plan_id, what, fmt, out, **kw)
        if fmt == "docx":
            path.write_bytes(b"not a zip")
        return path

    monkeypatch.setattr(export_service, "export", broken)
    code, lines = _run()
    assert code == 1
    assert lines[-2].startswith("[4/5] ✗ Bước “xuất Word” không đạt:") and "không phải tệp nén hợp lệ" in lines[-2]
    assert lines[-1].startswith("Tự kiểm tra KHÔNG ĐẠT")


def test_selftest_fails_when_a_resource_is_missing(monkeypatch):
    monkeypatch.setattr(selftest, "REQUIRED_RESOURCES", (*selftest.REQUIRED_RESOURCES, "fonts/khong-co.ttf"))
    code, lines = _run()
    assert code == 1 and "[1/6]" not in lines[-2] and "fonts/khong-co.ttf" in lines[-2]


def test_checks_reject_damaged_files(tmp_path):
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(b"%PDF-1.4\n/Type /Page\n")  # no trailer: cut off
    with pytest.raises(ValueError, match="cắt cụt"):
        selftest.check_pdf(pdf)
    pdf.write_bytes(b"<html>")
    with pytest.raises(ValueError, match="%PDF-"):
        selftest.check_pdf(pdf)
    xlsx = tmp_path / "a.xlsx"
    with zipfile.ZipFile(xlsx, "w") as z:
        z.writestr("other.xml", "<x/>")
    with pytest.raises(ValueError, match="xl/workbook.xml"):
        selftest.check_xlsx(xlsx)


def test_safe_print_without_console(monkeypatch, tmp_path):
    monkeypatch.setattr(selftest.tempfile, "gettempdir", lambda: str(tmp_path))
    monkeypatch.setattr(sys, "stdout", None)
    selftest.safe_print("Tự kiểm tra đạt")
    assert (tmp_path / "dtidesk-selftest.txt").read_text(encoding="utf-8") == "Tự kiểm tra đạt\n"
    monkeypatch.setattr(selftest, "REQUIRED_RESOURCES", ("khong-co",))  # stop at step 1: quick
    assert selftest.run_selftest() == 1
    report = (tmp_path / "dtidesk-selftest.txt").read_text(encoding="utf-8").splitlines()
    assert report[0] == "DTI Desk — tự kiểm tra (5 bước)" and "khong-co" in report[1], "one run per report"


def test_process_age_is_measured():
    age = selftest.seconds_since_process_start()
    assert 0 < age < 3600


def test_cli_selftest(capsys):
    assert cli.main(["selftest"]) == 0
    out = capsys.readouterr().out
    assert "Xuất văn bản kế hoạch ra PDF" in out and "Tự kiểm tra đạt: 5/5 bước" in out


# `dtidesk --selftest` itself (the Qt step included) runs from an installed copy in test_pip_install.py.
def _gui(*args: str, tmp_path) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)}
    return subprocess.run([sys.executable, "-m", "dtidesk.gui.app", *args], capture_output=True, text=True,
                          env=env, timeout=120, encoding="utf-8")


@pytest.mark.slow
def test_startup_time_hook(tmp_path):
    r = _gui("--startup-time", tmp_path=tmp_path)
    assert r.returncode == 0, r.stderr
    seconds = float(r.stdout.split("startup_seconds=")[1].split(")")[0])
    assert 0 < seconds < 60
