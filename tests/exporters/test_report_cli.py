"""`dtidesk-cli report` and `report-text`: files written, JSON summary, text blocks, and refusals in one line."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys

import pytest

from dtidesk.cli import main
from dtidesk.services import export as export_service
from dtidesk.services.report import report_model
from dtidesk.store import open_agency_file

PERIOD = ["--plan", "2", "--year", "2024", "--period", "H1"]


def one_line_error(capsys) -> str:
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and err.startswith("dtidesk-cli: ") and "Traceback" not in err
    return err


def test_json_summary_in_a_subprocess(demo_path, tmp_path):
    out = tmp_path / "bc.pdf"
    r = subprocess.run([sys.executable, "-m", "dtidesk.cli", "report", str(demo_path), *PERIOD, "--today",
                        "2024-07-01", "--json", "--out", str(out)], capture_output=True, text=True, env={**os.environ})
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)  # the message about the file goes to stderr, stdout stays JSON
    assert data["title"].startswith("Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2024")
    assert data["as_of"] == "2024-06-14" and data["counts"]["planned"] == sum(a["counts"]["planned"]
                                                                              for a in data["by_area"])
    assert {"by_unit", "directives", "forms", "tables", "overdue", "texts"} <= set(data)
    assert out.read_bytes().startswith(b"%PDF") and "Đã xuất báo cáo" in r.stderr


@pytest.mark.parametrize("name,magic", [("bc.pdf", b"%PDF"), ("bc.docx", b"PK"), ("bc.xlsx", b"PK")])
def test_each_format_from_the_suffix(demo_path, tmp_path, capsys, name, magic):
    out = tmp_path / name
    assert main(["report", str(demo_path), *PERIOD, "--out", str(out)]) == 0
    assert out.read_bytes().startswith(magic) and f"Đã xuất báo cáo: {out}" in capsys.readouterr().out


@pytest.mark.parametrize("args,code,message", [
    (["--plan", "99", "--year", "2024", "--period", "H1"], 1, "Không tìm thấy kế hoạch số hiệu 99"),
    (["--plan", "2", "--year", "2024", "--period", "Q5"], 1, "Kỳ báo cáo “Q5” không hợp lệ"),
    (["--plan", "2", "--year", "1990", "--period", "H1"], 1, "Năm báo cáo 1990 không hợp lệ"),
    ([*PERIOD, "--format", "csv"], 1, "Không xuất báo cáo dưới dạng “csv”"),
    ([*PERIOD, "--today", "31/02/2024"], 2, "ngày “31/02/2024” không hợp lệ"),
])
def test_bad_requests_are_refused(demo_path, tmp_path, capsys, args, code, message):
    folder = tmp_path / "out"
    folder.mkdir()
    assert main(["report", str(demo_path), *args, "--out", str(folder / "bc.pdf")]) == code
    assert message in one_line_error(capsys)
    assert list(folder.iterdir()) == []


def test_output_problems(demo_path, tmp_path, capsys):
    assert main(["report", str(demo_path), *PERIOD, "--out", str(tmp_path / "missing" / "bc.pdf")]) == 1
    assert "không tồn tại" in one_line_error(capsys)
    assert main(["report", str(demo_path), *PERIOD, "--out", str(tmp_path / "bc.txt")]) == 2
    assert "không rõ định dạng" in one_line_error(capsys)
    assert main(["report", str(demo_path), *PERIOD]) == 2
    assert "cần --out" in one_line_error(capsys)


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="permissions are not enforced")
def test_unwritable_folder(demo_path, tmp_path, capsys):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        assert main(["report", str(demo_path), *PERIOD, "--out", str(folder / "bc.pdf")]) == 1
        assert "Không có quyền ghi" in one_line_error(capsys)
    finally:
        folder.chmod(0o700)


def test_failed_write_keeps_the_old_file(demo_path, tmp_path, monkeypatch):
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "bc.pdf"
    out.write_bytes(b"old report")

    def broken(d, tables, path):
        path.write_bytes(b"%PDF half")
        raise RuntimeError("boom")

    monkeypatch.setattr("dtidesk.exporters.pdf.write_document_with_appendices_pdf", broken)
    with open_agency_file(demo_path, readonly=True) as af, pytest.raises(RuntimeError):
        export_service.export_report(af, 2, 2024, "H1", "pdf", out)
    assert out.read_bytes() == b"old report" and [p.name for p in out.parent.iterdir()] == ["bc.pdf"]


def texts_of(path) -> dict[str, str]:
    with open_agency_file(path, readonly=True) as af:
        return report_model(af, 2, 2024, "H1").texts


def test_report_text_from_argument_file_and_stdin(demo_path, tmp_path, capsys, monkeypatch):
    assert main(["report-text", str(demo_path), *PERIOD, "--block", "results", "--text", "Đạt 100% kế hoạch."]) == 0
    assert "Đã lưu đoạn “Kết quả đạt được” của báo cáo 6 tháng đầu năm 2024." in capsys.readouterr().out
    source = tmp_path / "han-che.txt"
    source.write_text("\ufeffCòn chậm.\nThiếu nhân lực.\n", encoding="utf-8")
    assert main(["report-text", str(demo_path), *PERIOD, "--block", "shortcomings", "--text-file", str(source)]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("Đề nghị tập huấn.\n"))
    assert main(["report-text", str(demo_path), *PERIOD, "--block", "proposals", "--text-file", "-"]) == 0
    assert texts_of(demo_path) == {"results": "Đạt 100% kế hoạch.", "shortcomings": "Còn chậm.\nThiếu nhân lực.",
                                   "proposals": "Đề nghị tập huấn."}
    capsys.readouterr()
    assert main(["report-text", str(demo_path), *PERIOD, "--block", "results", "--text", ""]) == 0
    assert "Đã xóa đoạn" in capsys.readouterr().out and "results" not in texts_of(demo_path)


def test_report_text_refusals(demo_path, tmp_path, capsys):
    assert main(["report-text", str(demo_path), *PERIOD, "--block", "ket-qua", "--text", "x"]) == 2
    assert "không có đoạn “ket-qua”" in one_line_error(capsys)
    assert main(["report-text", str(demo_path), *PERIOD, "--block", "results", "--text-file",
                 str(tmp_path / "none.txt")]) == 2
    assert "không tìm thấy tệp" in one_line_error(capsys)
    bad = tmp_path / "utf16.txt"
    bad.write_bytes("Còn chậm".encode("utf-16"))
    assert main(["report-text", str(demo_path), *PERIOD, "--block", "results", "--text-file", str(bad)]) == 2
    assert "không phải văn bản UTF-8" in one_line_error(capsys)
    assert main(["report-text", str(demo_path), "--plan", "99", "--year", "2024", "--period", "H1", "--block",
                 "results", "--text", "x"]) == 1
    assert "Không tìm thấy kế hoạch số hiệu 99" in one_line_error(capsys)
    assert texts_of(demo_path) == {}


def test_folder_refusing_new_files(demo_path, tmp_path, capsys, monkeypatch):
    def refused(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("dtidesk.exporters.atomic.tempfile.mkstemp", refused)
    assert main(["report", str(demo_path), *PERIOD, "--out", str(tmp_path / "bc.docx")]) == 1
    assert f"Không có quyền ghi vào thư mục “{tmp_path}”" in one_line_error(capsys)


def test_figures_stated_twice_are_listed_before_the_export(demo_path, tmp_path, capsys):
    from dtidesk.services import forms as fo

    with open_agency_file(demo_path) as af:
        fo.set_values(af, fo.get_form(af, "cchc-stats").id, 2024, "H1", None, {"1.1": "3"})
    out = tmp_path / "bc.pdf"
    # --strict refuses; without it the list is printed and the report exported as before
    assert main(["report", str(demo_path), *PERIOD, "--today", "2024-07-01", "--out", str(out), "--strict"]) == 1
    err = capsys.readouterr().err
    assert "Số liệu báo cáo ghi ở hai nơi với hai giá trị khác nhau (1):" in err
    assert "1. Số văn bản chỉ đạo CCHC đã ban hành (mục I) — Phụ lục 02 (dòng 1.1): 3" in err
    assert "--strict" in err and not out.exists()
    assert main(["report", str(demo_path), *PERIOD, "--today", "2024-07-01", "--json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["conflicts"][0]["places"][0] == {"where": "Phụ lục 02 (dòng 1.1)", "value": "3"}
    assert "Phụ lục 02 (dòng 1.1)" in captured.err  # listed for the officer, stdout stays JSON
    assert main(["report", str(demo_path), *PERIOD, "--today", "2024-07-01", "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF") and "Đã xuất báo cáo" in capsys.readouterr().out
