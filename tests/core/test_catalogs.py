"""Framework catalogs: the shipped one matches seed 000; user catalogs are validated, all or nothing."""

from __future__ import annotations

import json

import pytest

from dtidesk.errors import ValidationError
from dtidesk.services.catalogs import import_catalog, load_catalog, shipped_catalogs


def test_shipped_catalog_is_seed_000():
    (fw,) = [f for p in shipped_catalogs() for f in load_catalog(p) if f["code"] == "DTI-TQ-SO"]
    groups = fw["indicators"]
    assert [g["name"] for g in groups] == ["Nhận thức số", "Thể chế số", "Hạ tầng số", "Nhân lực số",
                                           "An toàn thông tin mạng", "Hoạt động chuyển đổi số"]
    assert [len(g["children"]) for g in groups] == [4, 8, 5, 4, 3, 25]
    assert [sum(c["max_score"] for c in g["children"]) for g in groups] == [50, 50, 50, 20, 30, 250]
    # Heading 1.1 names two things under one number: one criterion, worth both (the index's 50 points need it).
    first = groups[0]["children"][0]
    assert (first["code"], first["max_score"]) == ("1.1", 20) and first["name"].count("“") == 2
    assert [c["code"] for c in groups[0]["children"]] == ["1.1", "1.2", "1.3", "1.4"]


def _catalog(tmp_path, fw):
    p = tmp_path / "cat.json"
    p.write_text(json.dumps({"schema": "dtidesk-frameworks/1", "frameworks": [fw]}, ensure_ascii=False))
    return p


def test_import_new_version_side_by_side(demo, tmp_path):
    fw = {"code": "DTI-TQ-SO", "version_year": 2023, "name": "Bộ chỉ số 2023", "kind": "DTI",
          "indicators": [{"code": "1", "name": "Nhận thức số", "children": [
              {"code": "1.1", "name": "Tiêu chí mới", "max_score": 12.5}]}]}
    _, added = import_catalog(demo, _catalog(tmp_path, fw))
    assert added == ["DTI-TQ-SO/2023"]
    versions = sorted(f.version_year for f in demo.repo.frameworks.all() if f.code == "DTI-TQ-SO")
    assert versions == [2022, 2023]
    _, again = import_catalog(demo, _catalog(tmp_path, fw))
    assert again == []


@pytest.mark.parametrize("fw,expect", [
    ({"code": "X", "version_year": 2024, "name": "X", "indicators": [{"code": "1", "name": "a"}]},
     "thiếu điểm tối đa"),
    ({"code": "X", "version_year": 2024, "name": "X", "indicators": [
        {"code": "1", "name": "a", "max_score": 5}, {"code": "1", "name": "b", "max_score": 5}]}, "bị trùng"),
    ({"code": "X", "version_year": 2024, "indicators": []}, "thiếu trường “name”"),
])
def test_malformed_catalog_refused(demo, tmp_path, fw, expect):
    before = len(demo.repo.frameworks.all())
    with pytest.raises(ValidationError) as info:
        import_catalog(demo, _catalog(tmp_path, fw))
    assert expect in info.value.message
    assert len(demo.repo.frameworks.all()) == before


def test_not_json(demo, tmp_path):
    p = tmp_path / "x.json"
    p.write_text("{ không phải json", encoding="utf-8")
    with pytest.raises(ValidationError) as info:
        import_catalog(demo, p)
    assert "không phải JSON hợp lệ" in info.value.message
