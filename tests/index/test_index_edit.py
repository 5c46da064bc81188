"""Công cụ → Bộ chỉ số…: versions and criteria created, copied, edited and deleted through the use cases; every
refusal leaves the file byte for byte as it was; a copy keeps each criterion's history across the years."""

from __future__ import annotations

import hashlib
from decimal import Decimal
from pathlib import Path

import pytest

from dtidesk.domain.models import Evidence
from dtidesk.errors import NotFound, ValidationError
from dtidesk.services import index_edit as uc
from dtidesk.services.framework_map import criterion_history
from dtidesk.services.index_import import import_index, read_index
from dtidesk.services.plan_setup import create_assessment, create_plan
from dtidesk.services.scoring import add_evidence, set_score
from dtidesk.services.tasks import add_task
from dtidesk.store import create_agency_file, open_agency_file

FIXTURES = Path(__file__).parent.parent / "fixtures" / "index"


@pytest.fixture
def path(tmp_path) -> Path:
    p = tmp_path / "a.dtidesk"
    af = create_agency_file(p)
    import_index(af, read_index(FIXTURES / "tayninh_2747_table.docx"), year=2024)
    af.close()
    return p


@pytest.fixture
def af(path):
    f = open_agency_file(path)
    yield f
    f.close()


def fw_id(af) -> int:
    return next(f.id for f in af.repo.frameworks.all() if f.code == "DTI-TN")


def by_code(af, fid: int) -> dict:
    return {i.code: i for i in uc.indicators_of(af, fid)}


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def refused(af, path: Path, fn, *args, match: str, **kwargs) -> None:
    """The call is refused with a message that says why, and the file is byte for byte as it was."""
    af.ensure_backup()  # the backup before the first write is not what this checks
    before = sha(path)
    with pytest.raises(ValidationError, match=match):
        fn(af, *args, **kwargs)
    assert sha(path) == before


def scored(af, fid: int, code: str, self_score, appraised, year: int = 2024) -> int:
    """An assessment of the version with one criterion scored; its id."""
    a = af.repo.assessments.find(fid, year) or create_assessment(af, "DTI-TN", year)[0]
    iid = by_code(af, fid)[code].id
    set_score(af, a.id, iid, "self_score", self_score)
    set_score(af, a.id, iid, "appraised_score", appraised)
    return a.id


# -- versions --------------------------------------------------------------------------------------------
def test_create_version_then_fill_it(af):
    fid, changes = uc.create_version(af, "DTI-HUYEN", 2025, "Bộ chỉ số DTI cấp huyện", "DTI", "huyen",
                                     "Quyết định số 1/QĐ-UBND", "Tây Ninh")
    assert changes.touches("frameworks")
    fw = uc.get_version(af, fid)
    assert (fw.code, fw.version_year, fw.level, fw.province) == ("DTI-HUYEN", 2025, "huyen", "Tây Ninh")
    comp, _ = uc.add_indicator(af, fid, None, "1", "Nhận thức số", None)
    c1, changes = uc.add_indicator(af, fid, comp, "1.1", "Ban chỉ đạo", "10", "Có: Điểm tối đa; Không: 0",
                                   "Quyết định thành lập")
    assert changes.touches("indicators")
    ind = uc.get_indicator(af, c1)
    assert (ind.kind, ind.max_score, ind.evidence_hint) == ("criterion", Decimal(10), "Quyết định thành lập")
    assert ind.method.kind == "absolute"
    assert af.repo.log.recent(1)[0]["action"] == "add_indicator"
    # a criterion added after the first one of its group comes right after it, before the next component
    comp2, _ = uc.add_indicator(af, fid, None, "2", "Thể chế số", None)
    c2, _ = uc.add_indicator(af, fid, comp, "1.2", "Kế hoạch", "5", after_id=c1)
    assert [i.code for i in uc.indicators_of(af, fid)] == ["1", "1.1", "1.2", "2"]
    assert uc.next_code(af, fid, comp, c2) == "1.3" and uc.next_code(af, fid, None) == "3"
    assert uc.next_code(af, fid, comp2) == "2.1"


def test_create_version_refusals_change_nothing(af, path):
    refused(af, path, uc.create_version, "DTI-TN", 2024, "Trùng", match="đã có bộ chỉ số DTI-TN năm 2024")
    refused(af, path, uc.create_version, "Mã có dấu", 2025, "X", match="Mã bộ chỉ số")
    refused(af, path, uc.create_version, "X", 1900, "X", match="Năm áp dụng")
    refused(af, path, uc.create_version, "X", 2025, "  ", match="Tên bộ chỉ số")
    refused(af, path, uc.create_version, "X", 2025, "X", "ABC", match="Loại bộ chỉ số")


def test_update_version_and_no_op(af, path):
    fid = fw_id(af)
    assert uc.update_version(af, fid, name="Bộ chỉ số sửa", level="so").touches("frameworks")
    fw = uc.get_version(af, fid)
    assert (fw.name, fw.level) == ("Bộ chỉ số sửa", "so")
    assert uc.update_version(af, fid, name=" Bộ chỉ số sửa ") == uc.Changes()
    other, _ = uc.create_version(af, "DTI-TN", 2025, "Năm sau")
    refused(af, path, uc.update_version, other, match="đã có bộ chỉ số DTI-TN năm 2024", version_year=2024)
    refused(af, path, uc.update_version, fid, match="Cấp áp dụng", level="tinh")


def test_copy_version_keeps_methods_evidence_and_history(af):
    fid = fw_id(af)
    uc.update_indicator(af, by_code(af, fid)["2"].id, code="2", name="Kết nối mạng truyền số liệu chuyên dùng",
                        max_score="2", method_text="Có: 2\nKhông: 0", evidence="Hợp đồng kết nối")
    aid = scored(af, fid, "1", "1,5", "1,25")
    new_id, changes = uc.copy_version(af, fid, 2025)
    assert changes.touches("frameworks", "indicators", "indicator_links")
    old, new = by_code(af, fid), by_code(af, new_id)
    assert list(old) == list(new)
    for code, o in old.items():
        n = new[code]
        assert (n.name, n.kind, n.max_score, n.scoring_note, n.evidence_hint, n.method) == (
            o.name, o.kind, o.max_score, o.scoring_note, o.evidence_hint, o.method)
        assert (new.get(next((c for c, i in old.items() if i.id == o.parent_id), ""), None) is None) == (
            n.parent_id is None)
    assert new["2"].evidence_hint == "Hợp đồng kết nối"
    assert uc.get_version(af, new_id).version_year == 2025
    # the copy's criterion 1 carries the 2024 scores of the one it came from
    history = criterion_history(af, new["1"].id)
    assert [(h.year, h.framework_version, h.appraised_score, h.relation) for h in history] == [
        (2024, 2024, Decimal("1.25"), "same")]
    assert aid == af.repo.assessments.find(fid, 2024).id
    links = {(r["from_id"], r["to_id"], r["relation"]) for r in af.repo.indicator_links.all()}
    assert links == {(o.id, new[c].id, "same") for c, o in old.items() if o.kind == "criterion"}


def test_copy_refused_when_the_year_exists(af, path):
    fid = fw_id(af)
    uc.copy_version(af, fid, 2025)
    refused(af, path, uc.copy_version, fid, 2025, match="đã có bộ chỉ số DTI-TN năm 2025")


def test_delete_version_and_restore_with_the_same_ids_and_links(af, path):
    fid = fw_id(af)
    new_id, _ = uc.copy_version(af, fid, 2025)
    before = [(i.id, i.code, i.parent_id, i.position, i.method) for i in uc.indicators_of(af, new_id)]
    links = af.repo.indicator_links.all()
    snapshot, changes = uc.delete_version(af, new_id)
    assert changes.touches("frameworks") and af.repo.frameworks.get(new_id) is None
    assert af.repo.indicator_links.all() == []
    uc.restore_version(af, snapshot)
    assert [(i.id, i.code, i.parent_id, i.position, i.method) for i in uc.indicators_of(af, new_id)] == before
    assert af.repo.indicator_links.all() == links
    # a version with an assessment is refused by remove_index, and says why
    scored(af, fid, "1", "1", "1")
    refused(af, path, uc.delete_version, fid, match="đang có kết quả đánh giá năm 2024")


def test_delete_version_refused_while_tasks_link_to_it(af, path):
    new_id, _ = uc.copy_version(af, fw_id(af), 2025)
    created, _ = create_plan(af, "dti", 2026, "Kế hoạch DTI năm 2026")
    add_task(af, created.plan.id, "Trang bị máy tính", criterion_id=by_code(af, new_id)["1"].id)
    refused(af, path, uc.delete_version, new_id, match="1 nhiệm vụ gắn với tiêu chí")


# -- indicators ------------------------------------------------------------------------------------------
def test_update_indicator_rereads_the_method(af):
    ind = by_code(af, fw_id(af))["2"]
    assert ind.method.kind == "absolute"
    changes = uc.update_indicator(af, ind.id, code="2", name="Kết nối mạng chuyên dùng", max_score="4",
                                  method_text="a = số đơn vị kết nối; b = tổng số đơn vị; Điểm = a/b × Điểm tối đa",
                                  evidence="Danh sách đơn vị")
    assert changes.touches("indicators")
    after = uc.get_indicator(af, ind.id)
    assert (after.name, after.max_score, after.evidence_hint) == ("Kết nối mạng chuyên dùng", Decimal(4),
                                                                  "Danh sách đơn vị")
    assert after.method.kind == "ratio"
    # typed as it is: nothing written
    assert uc.update_indicator(af, ind.id, code="2", name=after.name, max_score="4,0",
                               method_text=after.scoring_note, evidence=after.evidence_hint) == uc.Changes()
    # a method that takes points away makes the row a deduction
    uc.update_indicator(af, ind.id, code="2", name=after.name, max_score="3",
                        method_text="Mỗi lần báo cáo chậm trừ 1 điểm", evidence="")
    assert uc.get_indicator(af, ind.id).max_score == Decimal(-3)
    # undo puts back the very method stored before
    uc.revert_indicator(af, ind)
    assert uc.get_indicator(af, ind.id) == ind


def test_update_indicator_refusals_change_nothing(af, path):
    fid = fw_id(af)
    inds = by_code(af, fid)
    c, group = inds["2"], inds["I"]
    base = {"code": "2", "name": c.name, "max_score": "2", "method_text": c.scoring_note, "evidence": ""}
    refused(af, path, uc.update_indicator, c.id, match="Mã “3” đã dùng", **{**base, "code": "3"})
    refused(af, path, uc.update_indicator, c.id, match="Mã “3.” đã dùng", **{**base, "code": "3."})
    refused(af, path, uc.update_indicator, c.id, match="cần điểm tối đa lớn hơn 0", **{**base, "max_score": ""})
    refused(af, path, uc.update_indicator, c.id, match="cần điểm tối đa lớn hơn 0", **{**base, "max_score": "0"})
    refused(af, path, uc.update_indicator, c.id, match="không phải là một số", **{**base, "max_score": "hai"})
    refused(af, path, uc.update_indicator, c.id, match="Tên chỉ số", **{**base, "name": " "})
    refused(af, path, uc.update_indicator, group.id, match="Nhóm I không ghi điểm tối đa",
            code="I", name=group.name, max_score="18", method_text="", evidence="")
    # a deduction row (negative) is a criterion's valid maximum
    assert uc.update_indicator(af, c.id, **{**base, "max_score": "-2"}).touches("indicators")


def test_a_new_maximum_below_given_scores_is_refused_naming_them(af, path):
    fid = fw_id(af)
    c = by_code(af, fid)["1"]
    scored(af, fid, "1", "1,5", "1,25")
    base = {"code": "1", "name": c.name, "method_text": c.scoring_note, "evidence": ""}
    refused(af, path, uc.update_indicator, c.id, match=r"năm 2024: tự chấm 1,5; năm 2024: thẩm định 1,25",
            **base, max_score="1")
    # a smaller maximum that the scores fit is allowed
    assert uc.update_indicator(af, c.id, **base, max_score="1,5").touches("indicators")
    assert uc.get_indicator(af, c.id).max_score == Decimal("1.5")


def test_add_indicator_refusals_change_nothing(af, path):
    fid = fw_id(af)
    inds = by_code(af, fid)
    refused(af, path, uc.add_indicator, fid, inds["I"].id, "1", "Trùng mã", "2", match="Mã “1” đã dùng")
    refused(af, path, uc.add_indicator, fid, inds["1"].id, "1.1", "Con của tiêu chí", "2",
            match="1 là tiêu chí: chỉ thêm tiêu chí vào một nhóm")
    refused(af, path, uc.add_indicator, fid, inds["I"].id, "6", "Không có điểm", None, kind="criterion",
            match="cần điểm tối đa lớn hơn 0")
    refused(af, path, uc.add_indicator, fid, None, "II", "Nhóm có điểm", "5", kind="group",
            match="không ghi điểm tối đa")
    with pytest.raises(NotFound):
        uc.add_indicator(af, 999, None, "X", "X", None)


def test_delete_indicator_and_restore(af):
    fid = fw_id(af)
    new_id, _ = uc.copy_version(af, fid, 2025)
    before = uc.indicators_of(af, new_id)
    links = af.repo.indicator_links.all()
    group = by_code(af, new_id)["I"]
    snapshot, changes = uc.delete_indicator(af, group.id)  # the component with its five criteria
    assert changes.touches("indicators") and uc.indicators_of(af, new_id) == []
    assert af.repo.indicator_links.all() == []
    uc.restore_indicator(af, snapshot)
    assert uc.indicators_of(af, new_id) == before
    assert af.repo.indicator_links.all() == links


def test_delete_indicator_refused_when_used(af, path):
    fid = fw_id(af)
    inds = by_code(af, fid)
    aid = scored(af, fid, "1", "1", "1")
    refused(af, path, uc.delete_indicator, inds["1"].id, match=r"tiêu chí 1 .*điểm năm 2024 \(1\)")
    refused(af, path, uc.delete_indicator, inds["I"].id, match=r"nhóm I .*điểm năm 2024 \(1\)")
    add_evidence(af, Evidence(id=0, assessment_id=aid, indicator_id=inds["2"].id, title="Hợp đồng"))
    refused(af, path, uc.delete_indicator, inds["2"].id, match="1 tài liệu kiểm chứng năm 2024")
    created, _ = create_plan(af, "dti", 2025, "Kế hoạch DTI năm 2025")
    add_task(af, created.plan.id, "Lắp tường lửa", criterion_id=inds["5"].id)
    refused(af, path, uc.delete_indicator, inds["5"].id, match="1 nhiệm vụ gắn với nó")
    # an unused one goes
    assert uc.delete_indicator(af, inds["4"].id)[1].touches("indicators")


# -- sums ------------------------------------------------------------------------------------------------
def test_check_sums_finds_what_can_be_checked(af):
    fid = fw_id(af)
    # Tây Ninh's decision states 18 points for I, of which the excerpt holds 5 criteria worth 10
    stated = "I “CÁC TIÊU CHÍ VỀ CƠ SỞ HẠ TẦNG THÔNG TIN”: văn bản ghi tối đa 18 điểm nhưng các tiêu chí cộng lại 10 điểm."
    assert uc.check_sums(af, fid) == [stated]
    assert uc.sum_lines(af, fid) == ["I “CÁC TIÊU CHÍ VỀ CƠ SỞ HẠ TẦNG THÔNG TIN”: 5 tiêu chí, cộng lại 10 điểm.",
                                     "Tổng cộng: 5 tiêu chí, 10 điểm."]
    inds = by_code(af, fid)
    uc.add_indicator(af, fid, None, "II", "Nhóm trống", None)
    uc.add_indicator(af, fid, None, "III", "Điểm trừ ngoài nhóm", "-5", "Mỗi lần chậm trừ 1 điểm")
    uc.update_indicator(af, inds["3"].id, code="3", name=inds["3"].name, max_score="2",
                        method_text="Có: 5 điểm; Không: 0", evidence="")
    uc.add_indicator(af, fid, inds["I"].id, "6", "Một phần", "4",
                     "Có kế hoạch: 1/2*Điểm tối đa; Có báo cáo: 1/4*Điểm tối đa")
    problems = uc.check_sums(af, fid)
    assert problems == [
        "II “Nhóm trống”: nhóm chưa có tiêu chí nào.",
        "III “Điểm trừ ngoài nhóm”: dòng điểm trừ nằm ngoài mọi chỉ số thành phần, không trừ vào đâu: hãy đặt "
        "nó trong chỉ số thành phần mà nó trừ điểm.",
        "3 “Sử dụng máy quét tại cơ quan, đơn vị”: cách tính cho tới 5 điểm, vượt điểm tối đa 2 (điểm chỉ "
        "được tính đến 2).",
        "6 “Một phần”: cách tính cao nhất chỉ cho 2 điểm, chưa tới điểm tối đa 4.",  # read as “chọn một”
        stated.replace("10 điểm.", "14 điểm."),
    ]
    # the deduction row counts as a criterion, not in the points
    assert uc.sum_lines(af, fid)[-1] == "Tổng cộng: 7 tiêu chí, 14 điểm."


def test_check_sums_on_duplicate_codes_and_deduction_only_groups(af):
    fid, _ = uc.create_version(af, "X", 2025, "Thử")
    g, _ = uc.add_indicator(af, fid, None, "1", "Điểm trừ", None)
    uc.add_indicator(af, fid, g, "1.1", "Chậm báo cáo", "-2")
    # the importer writes a repeated code as “1.1'”: the check names both rows
    af.repo.frameworks.update_indicator(uc.add_indicator(af, fid, g, "1.2", "Lặp", "3")[0], code="1.1'",
                                        name="Lặp", max_score=Decimal(3), scoring_note="", evidence_hint="",
                                        method=None)
    problems = uc.check_sums(af, fid)
    assert problems[0] == "Mã “1.1'” ghi hai lần: 1.1 “Chậm báo cáo” và 1.1' “Lặp”."
    assert uc.check_sums(af, uc.create_version(af, "Y", 2025, "Rỗng")[0]) == ["Bộ chỉ số chưa có tiêu chí nào."]


def test_understood_says_what_the_program_computes():
    words, notes = uc.understood("Điểm = Tỷ lệ% x Điểm tối đa", "2")
    assert words.startswith("Tỷ lệ (%)") and notes == ()
    assert uc.understood("", "2")[0].startswith("Hội đồng thẩm định chấm")
    assert uc.understood("bất kỳ", None, "group") == ("", ())
