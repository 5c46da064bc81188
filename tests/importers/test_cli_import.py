"""`dtidesk-cli import-plan`: JSON of what was recognised, --dry-run writes nothing, bad documents refused."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from dtidesk.cli import main
from dtidesk.store import open_agency_file

FIXTURES = Path(__file__).parent / "fixtures"


def _md5(path: Path) -> str:
    return hashlib.md5(path.read_bytes()).hexdigest()


def test_dry_run_prints_the_tree_and_leaves_the_file_byte_identical(demo_path, capsys):
    before = _md5(demo_path)
    code = main(["import-plan", str(demo_path), str(FIXTURES / "variant_syt_laocai.txt"), "--dry-run", "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and out["committed"] is False and out["plan_id"] is None
    assert [g["name"] for g in out["groups"]] == ["Chuyển đổi nhận thức", "Hạ tầng và nền tảng số",
                                                  "An toàn thông tin"]
    # the file's framework differs (2), the document is Sở Y tế Lào Cai's (2), index 3 adds up wrong (line 79)
    assert [w["line"] for w in out["warnings"]] == [None, None, None, None, 79]
    assert out["warnings"][-1]["message"].startswith("Chỉ số 3 “An toàn thông tin” ghi đạt 18 điểm")
    assert _md5(demo_path) == before


def test_import_commits_and_reports_in_vietnamese(demo_path, capsys):
    code = main(["import-plan", str(demo_path), str(FIXTURES / "seed002_cchc_sotttt_dongnai.txt")])
    text = capsys.readouterr().out
    assert code == 0 and "Đã nhập vào tệp." in text and "Tổng:" in text
    with open_agency_file(demo_path, readonly=True) as af:
        plans = af.repo.plans.all()
        assert any(p.title == "Cải cách hành chính của Sở Thông tin và Truyền thông năm 2024" for p in plans)
    code = main(["import-plan", str(demo_path), str(FIXTURES / "seed000_plan_stp_tuyenquang.txt"), "--json",
                 "--no-new-units"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and out["committed"] and out["framework"] == {
        "code": "DTI-TQ-SO", "name": "Bộ Chỉ số đánh giá, xếp hạng mức độ chuyển đổi số các sở, ban, ngành tỉnh "
        "Tuyên Quang (DTI-TQ-SO, 2022)", "new": False}
    with open_agency_file(demo_path, readonly=True) as af:
        assert len(af.repo.tasks.for_plan(out["plan_id"])) == 49
        assert af.repo.units.by_name("Công chức tiếp nhận hồ sơ yêu cầu giải quyết thủ tục hành chính") is None


def test_garbage_is_refused_with_a_message_and_the_file_untouched(demo_path, tmp_path, capsys):
    before = _md5(demo_path)
    junk = tmp_path / "rac.txt"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    prose = tmp_path / "thu.txt"
    prose.write_text("Kính gửi các phòng.\nĐề nghị báo cáo trước ngày 15/12.\n", encoding="utf-8")
    for path in (junk, prose, tmp_path / "khong-co.docx"):
        code = main(["import-plan", str(demo_path), str(path)])
        err = capsys.readouterr().err
        assert code != 0 and err.startswith("dtidesk-cli: ") and "Traceback" not in err
    assert _md5(demo_path) == before


def test_a_new_framework_is_announced(tmp_path, capsys):
    path = tmp_path / "syt.dtidesk"
    assert main(["new", str(path), "--agency", "SỞ Y TẾ"]) == 0
    code = main(["import-plan", str(path), str(FIXTURES / "variant_syt_laocai.txt")])
    out = capsys.readouterr().out
    assert code == 0
    assert "Đã tạo bộ chỉ số mới: Bộ chỉ số theo Kế hoạch “Nâng cao Chỉ số chuyển đổi số của Sở Y tế năm 2024”" in out
    assert "Không hiểu dòng 59: Ghi chú" in out and "Cảnh báo dòng 79:" in out
