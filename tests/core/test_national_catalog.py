"""The shipped national DTI catalog (QĐ 922/QĐ-BTTTT, 20/5/2022) against the numbers its sources state.

Sources: Bảng I.1 “Cấu trúc DTI cấp tỉnh” (eballsviet.com/bo-chi-so-danh-gia-chuyen-doi-so-cap-tinh-59970)
and Bảng II.1 “Cấu trúc DTI cấp bộ” (mytour.vn/vi/blog/bai-viet/he-thong-chi-so-danh-gia-chuyen-doi-so-cap-bo.html).
Only the main indices are public there, so they are the catalog's criteria.
"""

from __future__ import annotations

from decimal import Decimal

from dtidesk.resources import resource_path
from dtidesk.services.catalogs import load_catalog, shipped_catalogs

CATALOG = resource_path("frameworks") / "dti-national.json"

# (group name, group points, [(index no., index name, components, points), ...]) as the sources print them.
TINH = [
    ("Nhóm chỉ số nền tảng chung", 500, [
        ("1", "Nhận thức số", 10, 100), ("2", "Thể chế số", 11, 100), ("3", "Hạ tầng số", 7, 100),
        ("4", "Nhân lực số", 13, 100), ("5", "An toàn thông tin mạng", 12, 100)]),
    ("Nhóm chỉ số hoạt động", 500, [
        ("7", "Hoạt động chính quyền số", 22, 200), ("8", "Hoạt động kinh tế số", 12, 150),
        # row 9 is cut off in the stored source: 8 components / 150 points follow from the group's 42 / 500
        ("9", "Hoạt động xã hội số", 8, 150)]),
]
TINH_UNSCORED = ("6", "Đô thị thông minh", 3, 0)  # "Không tính điểm": no positive maximum, so not shipped
BO = [
    ("Nhóm chỉ số nền tảng chung", 500, [
        ("1", "Nhận thức số", 5, 100), ("2", "Thể chế số", 11, 100), ("3", "Hạ tầng số", 4, 100),
        ("4", "Nhân lực số", 5, 100), ("5", "An toàn thông tin mạng", 16, 100)]),
    ("Nhóm chỉ số hoạt động", 500, [("6", "Hoạt động chuyển đổi số", 29, 500)]),
]


def _frameworks() -> dict[str, dict]:
    return {f["code"]: f for f in load_catalog(CATALOG)}


def _leaves(fw: dict) -> list[dict]:
    out = []

    def walk(nodes):
        for n in nodes:
            if n.get("children"):
                walk(n["children"])
            else:
                out.append(n)
    walk(fw["indicators"])
    return out


def test_catalog_is_shipped_and_valid():
    assert CATALOG in shipped_catalogs()
    assert set(_frameworks()) == {"DTI-QG-TINH", "DTI-QG-BO"}


def test_every_framework_names_its_decision_and_sources():
    for fw in _frameworks().values():
        assert fw["kind"] == "DTI" and fw["province"] == "" and fw["version_year"] == 2022
        assert "922/QĐ-BTTTT" in fw["decision"] and "20/5/2022" in fw["decision"]
        assert "http" in fw["note"] and "922/QĐ-BTTTT" in fw["note"]


def test_stated_tables_add_up():
    # the source tables themselves: province 9 indices / 98 components / 1000; ministry 6 / 70 / 1000
    tinh_rows = [r for _, _, rows in TINH for r in rows] + [TINH_UNSCORED]
    assert (len(tinh_rows), sum(r[2] for r in tinh_rows), sum(r[3] for r in tinh_rows)) == (9, 98, 1000)
    assert [sum(r[2] for r in rows) for _, _, rows in TINH] == [56 - TINH_UNSCORED[2], 42]
    bo_rows = [r for _, _, rows in BO for r in rows]
    assert (len(bo_rows), sum(r[2] for r in bo_rows), sum(r[3] for r in bo_rows)) == (6, 70, 1000)
    assert [sum(r[2] for r in rows) for _, _, rows in BO] == [41, 29]
    for table in (TINH, BO):
        assert all(sum(r[3] for r in rows) == pts for _, pts, rows in table)


def _check(fw: dict, table: list) -> None:
    groups = fw["indicators"]
    assert [(g["code"], g["name"], g["max_score"]) for g in groups] == [
        (c, name, pts) for c, (name, pts, _) in zip(("I", "II"), table, strict=False)]
    for g, (_, _, rows) in zip(groups, table, strict=False):
        assert [(c["code"], c["name"], c["max_score"]) for c in g["children"]] == [
            (no, name, pts) for no, name, _, pts in rows]
        assert all(not c.get("children") for c in g["children"])
    leaves = _leaves(fw)
    assert sum(Decimal(str(c["max_score"])) for c in leaves) == 1000
    # criteria text beyond the index names is not in the sources, so none is shipped
    assert all(c["scoring_note"] == "" and c["evidence_hint"] == "" for c in leaves)


def test_province_level_matches_source():
    fw = _frameworks()["DTI-QG-TINH"]
    _check(fw, TINH)
    assert len(_leaves(fw)) == 9 - 1  # Đô thị thông minh is not scored
    for phrase in ("98 chỉ số thành phần", "Đô thị thông minh", "suy ra"):
        assert phrase in fw["note"]


def test_ministry_level_matches_source():
    fw = _frameworks()["DTI-QG-BO"]
    _check(fw, BO)
    assert len(_leaves(fw)) == 6
    assert "70 chỉ số thành phần" in fw["note"]
