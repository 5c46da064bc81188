"""`dtidesk-cli roll-forward`, `map-frameworks`, `history`: JSON shapes, --dry-run, one-line errors."""

from __future__ import annotations

import json

import pytest

from dtidesk.cli import main
from dtidesk.store import open_agency_file


def _json(capsys, argv: list[str]) -> object:
    assert main(argv) == 0
    return json.loads(capsys.readouterr().out)


def test_dry_run_leaves_the_file_byte_identical(demo_path, capsys):
    before = demo_path.read_bytes()
    data = _json(capsys, ["roll-forward", str(demo_path), "--plan", "1", "--dry-run", "--drop-finished", "--json"])
    assert demo_path.read_bytes() == before
    assert data["plan_id"] is None and data["year"] == 2024 and data["counts"]["tasks"] == 49
    assert {"2.4", "4.1", "5.3"} <= {f["code"] for f in data["flagged"]}


def test_roll_forward_commits_and_prints_what_it_did(demo_path, capsys):
    data = _json(capsys, ["roll-forward", str(demo_path), "--plan", "2", "--json"])
    assert data["plan_id"] == 3 and data["counts"] == {"tasks": 33, "dropped": 0, "groups": 10, "targets": 0,
                                                       "projects": 0}
    with open_agency_file(demo_path, readonly=True) as af:
        assert af.repo.plans.get(3).title == "[Dữ liệu mẫu] Kế hoạch cải cách hành chính năm 2025"
    assert main(["roll-forward", str(demo_path), "--plan", "1"]) == 0
    out = capsys.readouterr().out
    assert "Đã tạo kế hoạch số hiệu 4" in out and "Quý IV/2023 → Quý IV/2024" in out and "2.4" in out


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["roll-forward", "{f}", "--plan", "42"], 1, "Không tìm thấy kế hoạch số hiệu 42"),
        (["roll-forward", "{f}", "--plan", "1", "--framework", "KHONG-CO"], 2, "tệp không có bộ chỉ số này"),
        (["roll-forward", "{f}", "--plan", "1", "--framework", "DTI-TQ-SO/abc"], 2, "năm phiên bản phải là số"),
        (["map-frameworks", "{f}", "--from", "DTI-TQ-SO/2022", "--to", "DTI-TQ-SO/2022"], 1, "khác nhau"),
        (["history", "{f}", "--criterion", "9.9", "--framework", "DTI-TQ-SO/2022"], 2, "không có tiêu chí này"),
        (["history", "{f}", "--criterion", "2.4"], 2, "tham số không hợp lệ"),
    ],
)
def test_errors_are_one_vietnamese_line(demo_path, capsys, argv, code, message):
    before = demo_path.read_bytes()
    assert main([a.replace("{f}", str(demo_path)) for a in argv]) == code
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and message in err
    assert demo_path.read_bytes() == before


def test_map_frameworks_and_history(demo_path, capsys):
    from dtidesk.services.catalogs import import_framework

    from .conftest import V2022, V2024, _fw

    with open_agency_file(demo_path) as af, af.transaction():
        import_framework(af, _fw(2022, V2022))
        import_framework(af, _fw(2024, V2024))
    proposal = _json(capsys, ["map-frameworks", str(demo_path), "--from", "TEST-FW/2022", "--to", "TEST-FW", "--json"])
    assert proposal["saved"] is False and proposal["added"] == [{"code": "1.6", "name": "Nền tảng dùng chung của tỉnh"}]
    assert {(x["from"], x["to"], x["relation"]) for x in proposal["links"]} >= {("1.2", "1.3", "renumbered"),
                                                                                ("1.3a", "1.2", "merged")}
    with open_agency_file(demo_path, readonly=True) as af:
        assert af.repo.indicator_links.all() == []
    assert main(["map-frameworks", str(demo_path), "--from", "TEST-FW/2022", "--to", "TEST-FW/2024", "--save"]) == 0
    assert "Đã lưu" in capsys.readouterr().out
    with open_agency_file(demo_path, readonly=True) as af:
        assert len(af.repo.indicator_links.all()) == 5
    rows = _json(capsys, ["history", str(demo_path), "--criterion", "2.4", "--framework", "DTI-TQ-SO/2022", "--json"])
    assert rows == [{"year": 2022, "framework": "DTI-TQ-SO", "framework_version": 2022, "code": "2.4",
                     "name": rows[0]["name"], "max_score": 5, "self_score": 1.67, "appraised_score": 1.67,
                     "deduction": 3.33, "rank": None, "rank_of": None, "relation": None}]
