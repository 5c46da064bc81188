"""Plan import and units: one unit per body however the plan spells it, spellings remembered, sentences as notes."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import pytest

from dtidesk.domain.models import Agency
from dtidesk.domain.units import NameIndex
from dtidesk.services.files import new_file
from dtidesk.services.plan_import import commit_plan_import, preview_plan_import, undo_plan_import
from dtidesk.services.plan_import_undo import PlanImportRecord
from dtidesk.services.units import add_unit, find_unit, list_units, merge_units

FIXTURES = Path(__file__).parent / "fixtures"
SEED000 = FIXTURES / "seed000_plan_stp_tuyenquang.txt"
SEED002 = FIXTURES / "seed002_cchc_sotttt_dongnai.txt"  # "P. CDS", "TT. CNTT tỉnh", "Văn phòng" beside full names
SEED003 = FIXTURES / "seed003_cds_snv_bacgiang.txt"  # "Phòng CCVC Sở", a sentence in the lead-unit column
ALL = sorted(FIXTURES.glob("*.txt"))


@pytest.fixture
def empty(tmp_path):
    af = new_file(tmp_path / "snv.dtidesk", Agency(agency="SỞ NỘI VỤ", agency_name="Sở Nội vụ"), [],
                  frameworks=False)
    yield af
    af.close()


def names(af) -> list[str]:
    return [u.name for u in list_units(af)]


def test_seed002_proposes_one_unit_per_body_and_the_fullest_name(empty):
    preview = preview_plan_import(empty, SEED002)
    new = preview.new_units
    for short in ("P. CDS", "P.CDS", "TT. CNTT tỉnh", "Văn phòng", "Các phòng, đơn vị"):
        assert short not in new
    assert {"Phòng Chuyển đổi số", "Trung tâm CNTT tỉnh", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở"} <= set(new)
    match = preview.units["P. CDS"]
    assert (match.name, match.new) == ("Phòng Chuyển đổi số", True)
    shown = {m["printed"]: m for m in preview.as_dict()["unit_matches"]}
    assert shown["TT. CNTT tỉnh"]["unit"] == "Trung tâm CNTT tỉnh" and shown["TT. CNTT tỉnh"]["new"]

    plan_id, _ = commit_plan_import(empty, preview)
    assert "P. CDS" not in names(empty) and "Văn phòng" not in names(empty)
    cds = find_unit(empty, "Phòng Chuyển đổi số")
    assert {"P. CDS", "P.CDS"} <= set(cds.aliases)  # remembered for the next document
    led = [t for t in empty.repo.tasks.for_plan(plan_id) if cds.id in t.lead_unit_ids]
    assert led


def test_seed003_sentence_is_kept_as_the_note_of_its_target(empty):
    preview = preview_plan_import(empty, SEED003)
    sentence = next(n for n in preview.units if "phối hợp với" in n)
    assert preview.units[sentence].sentence and not preview.units[sentence].new
    assert not any("phối hợp với" in n for n in preview.new_units)
    assert "Phòng CCVC Sở" not in preview.new_units and "Phòng Công chức, viên chức" in preview.new_units
    plan_id, _ = commit_plan_import(empty, preview)
    assert not any("phối hợp với" in n for n in names(empty))
    target = next(t for t in empty.repo.targets.for_plan(plan_id) if "phối hợp với" in t.note)
    assert empty.repo.units.get(target.lead_unit_id).name == "Phòng Cải cách hành chính"
    assert empty.repo.units.get(target.monitor_unit_id).name == "Văn phòng Sở"


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.stem)
def test_a_plan_imported_twice_creates_no_unit_the_second_time(empty, path):
    commit_plan_import(empty, preview_plan_import(empty, path))
    before = names(empty)
    again = preview_plan_import(empty, path)
    assert again.new_units == []
    assert all(m.unit_id is not None for m in again.units.values() if not m.sentence)
    commit_plan_import(empty, again)
    assert names(empty) == before


def test_seeds_002_then_003_leave_no_two_units_for_one_body(empty):
    for path in (SEED002, SEED003):
        commit_plan_import(empty, preview_plan_import(empty, path))
    units = list_units(empty)
    for a, b in combinations(units, 2):
        index: NameIndex[int] = NameIndex()
        index.add(a.name, a.id)
        assert index.find(b.name) is None, (a.name, b.name)
    for gone in ("P. CDS", "TT. CNTT tỉnh", "Văn phòng", "Phòng CCVC Sở", "Các phòng đơn vị thuộc Sở",
                 "Phòng, đơn vị thuộc Sở", "Phòng Cải cách chính hành"):
        assert gone not in [u.name for u in units]


def test_a_spelling_matched_to_a_unit_of_the_file_is_remembered_and_undo_forgets_it(empty):
    cds, _ = add_unit(empty, "Phòng Chuyển đổi số")
    preview = preview_plan_import(empty, SEED002)
    assert preview.units["P. CDS"].unit_id == cds  # the preview shows the file's unit, not a new one
    record = commit_plan_import_record(empty, preview)
    assert {"P. CDS", "P.CDS"} <= set(empty.repo.units.get(cds).aliases)
    undo_plan_import(empty, record)
    assert empty.repo.units.get(cds).aliases == []


def commit_plan_import_record(af, preview) -> PlanImportRecord:
    from dtidesk.services.plan_import import apply_plan_import

    return apply_plan_import(af, preview, create_units=[])[0]


def test_a_merged_name_is_matched_by_the_next_import(empty):
    """Seed 003 also writes "Toàn thể CBCCVV" (a typo the rule cannot read); once merged, it is the unit's."""
    commit_plan_import(empty, preview_plan_import(empty, SEED003))
    commit_plan_import(empty, preview_plan_import(empty, SEED002))
    typo = find_unit(empty, "Toàn thể CBCCVV")
    right, _ = add_unit(empty, "Toàn thể cán bộ, công chức, viên chức")
    merge_units(empty, right, typo.id)
    again = preview_plan_import(empty, SEED002)
    assert again.new_units == []
    assert again.units["Toàn thể CBCCVV"].unit_id == right
    assert find_unit(empty, "Toàn thể CBCCVC").id == right  # the abbreviation, by the rule


def test_an_alias_keeps_a_comma_of_the_name_from_cutting_the_unit_list(empty):
    uid, _ = add_unit(empty, "Phòng Tổ chức cán bộ")
    text = ("KẾ HOẠCH\nThử\nI. NHIỆM VỤ\n1. Rà soát vị trí việc làm\n"
            "- Đơn vị chủ trì: Phòng Tổ chức, Cán bộ\n- Thời gian thực hiện: Quý IV/2024\n")
    cut = preview_plan_import(empty, text, pasted=True)
    assert cut.plan.tasks()[0].lead_units == ["Phòng Tổ chức", "Cán bộ"]  # "Cán bộ" heads a list item
    with empty.transaction():
        empty.repo.units.add_alias(uid, "Phòng Tổ chức, Cán bộ")
    preview = preview_plan_import(empty, text, pasted=True)
    assert preview.new_units == []
    assert [preview.units[n].unit_id for n in preview.plan.tasks()[0].lead_units] == [uid]


def test_seed000_in_the_demo_keeps_its_matches(demo):
    """The demo's units came from seed 000: nothing new is proposed but the two the demo left out."""
    preview = preview_plan_import(demo, SEED000)
    assert preview.new_units == ["Công chức tiếp nhận hồ sơ yêu cầu giải quyết thủ tục hành chính",
                                 "Các phòng, đơn vị xử lý, giải quyết thủ tục hành chính"]
