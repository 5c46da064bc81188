"""Starting from an empty file: create a plan or a self-assessment (the year appears), refusals, undo/redo."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from dtidesk.domain.models import Agency
from dtidesk.errors import DtideskError, NotFound, ValidationError
from dtidesk.services import plan_setup as ps
from dtidesk.services.files import new_file
from dtidesk.services.plans import selectable_years
from dtidesk.services.scoring import set_score
from dtidesk.services.tasks import add_task


@pytest.fixture
def empty(tmp_path):
    """A Bắc Giang file as the wizard now makes it: no index at all."""
    af = new_file(tmp_path / "snv.dtidesk", Agency(agency="SỞ NỘI VỤ", short_code="SNV", head_name="Nguyễn Văn A",
                                                   default_recipients=["Như trên;", "Lưu: VT."]),
                  ["Văn phòng Sở"], frameworks=[])
    yield af
    af.close()


@pytest.fixture
def indexed(tmp_path):
    """A new file with the shipped index ticked."""
    af = new_file(tmp_path / "stp.dtidesk", Agency(agency="SỞ TƯ PHÁP"), frameworks=True)
    yield af
    af.close()


def _md5(af) -> str:
    return hashlib.md5(af.path.read_bytes()).hexdigest()


def test_an_empty_file_offers_this_year(empty):
    assert selectable_years(empty, today=dt.date(2026, 3, 1)) == [2026]


def test_create_plan_in_an_empty_file(empty):
    made, changes = ps.create_plan(empty, "digital", "2026", "  Chuyển đổi số năm 2026 ", number="09")
    plan = empty.repo.plans.get(made.plan.id)
    assert plan is not None and (plan.kind, plan.year, plan.title, plan.number) == (
        "digital", 2026, "Chuyển đổi số năm 2026", 9)
    # What the document prints comes from the agency profile until the officer changes it.
    assert plan.symbol == "KH-SNV" and plan.signer_name == "Nguyễn Văn A"
    assert plan.recipients == ["Như trên;", "Lưu: VT."]
    assert plan.assessment_id is None and made.assessment is None
    assert changes.touches("plans") and not changes.touches("assessments")
    assert selectable_years(empty) == [2027, 2026]
    assert empty.repo.log.recent(1)[0]["action"] == "create_plan"


@pytest.mark.parametrize("kind,year,title,number,framework,message", [
    ("dti", 1800, "Kế hoạch", None, None, "Năm kế hoạch: năm 1800 nằm ngoài khoảng 1990–2100."),
    ("dti", "hai nghìn", "Kế hoạch", None, None, "không phải là năm hợp lệ"),
    ("dti", 2026, "   ", None, None, "Tên kế hoạch: không được để trống."),
    ("kpi", 2026, "Kế hoạch", None, None, "Loại kế hoạch “kpi” không hợp lệ"),
    ("dti", 2026, "Kế hoạch", "0", None, "Số kế hoạch"),
    ("dti", 2026, "Kế hoạch", None, "DTI-TQ-SO", "Không có bộ chỉ số mã “DTI-TQ-SO” trong tệp"),
])
def test_bad_plan_is_refused_and_nothing_written(empty, kind, year, title, number, framework, message):
    before = _md5(empty)
    with pytest.raises(DtideskError) as exc:
        ps.create_plan(empty, kind, year, title, number, framework)
    assert message in exc.value.message and "\n" not in exc.value.message
    assert empty.repo.plans.all() == [] and _md5(empty) == before


def test_the_same_plan_twice_is_refused(empty):
    ps.create_plan(empty, "dti", 2026, "Nâng cao Chỉ số chuyển đổi số năm 2026")
    with pytest.raises(ValidationError, match="Đã có kế hoạch “Nâng cao Chỉ số chuyển đổi số năm 2026” năm 2026"):
        ps.create_plan(empty, "dti", 2026, "nâng cao chỉ số chuyển đổi số năm 2026")
    ps.create_plan(empty, "dti", 2027, "Nâng cao Chỉ số chuyển đổi số năm 2026")  # another year is another plan


def test_a_plan_on_an_index_follows_last_years_assessment(indexed):
    made, changes = ps.create_plan(indexed, "dti", 2026, "Nâng cao DTI năm 2026", framework_code="DTI-TQ-SO")
    assert made.assessment is not None and made.assessment.year == 2025
    assert made.plan.assessment_id == made.assessment.id and made.framework.code == "DTI-TQ-SO"
    assert changes.touches("plans", "assessments")
    assert selectable_years(indexed) == [2027, 2026, 2025]
    # A second plan on the same index and year is tied to that same assessment, not a new one.
    again, _ = ps.create_plan(indexed, "digital", 2026, "Chuyển đổi số năm 2026", framework_code="DTI-TQ-SO/2022")
    assert again.assessment is None and again.plan.assessment_id == made.assessment.id


def test_undo_and_redo_of_a_new_plan(indexed):
    made, _ = ps.create_plan(indexed, "dti", 2026, "Nâng cao DTI năm 2026", framework_code="DTI-TQ-SO")
    ps.remove_created_plan(indexed, made)
    assert indexed.repo.plans.all() == [] and indexed.repo.assessments.all() == []
    ps.restore_created_plan(indexed, made)
    plan = indexed.repo.plans.get(made.plan.id)
    assert plan == made.plan and indexed.repo.assessments.get(made.assessment.id) == made.assessment


def test_undo_keeps_a_plan_that_has_tasks(indexed):
    made, _ = ps.create_plan(indexed, "other", 2026, "Kế hoạch khác")
    add_task(indexed, made.plan.id, "Rà soát quy chế")
    with pytest.raises(ValidationError, match="đã có nhiệm vụ"):
        ps.remove_created_plan(indexed, made)
    assert indexed.repo.plans.get(made.plan.id) is not None


def test_undo_keeps_an_assessment_scored_since(indexed):
    made, _ = ps.create_plan(indexed, "dti", 2026, "Nâng cao DTI năm 2026", framework_code="DTI-TQ-SO")
    crit = indexed.repo.frameworks.indicator_by_code(made.framework.id, "1.2")
    set_score(indexed, made.assessment.id, crit.id, "appraised_score", "5")
    ps.remove_created_plan(indexed, made)  # the plan goes, last year's scores stay
    assert indexed.repo.plans.all() == [] and indexed.repo.assessments.get(made.assessment.id) is not None


def test_create_assessment_adds_the_year(indexed):
    a, changes = ps.create_assessment(indexed, "DTI-TQ-SO", 2026)
    assert (a.year, ps.framework_of(indexed, a).code) == (2026, "DTI-TQ-SO") and changes.touches("assessments")
    assert 2026 in selectable_years(indexed) and 2027 in selectable_years(indexed)


def test_a_second_assessment_of_the_same_index_and_year_is_refused_by_name(indexed):
    ps.create_assessment(indexed, "DTI-TQ-SO", 2026)
    before = _md5(indexed)
    with pytest.raises(ValidationError) as exc:
        ps.create_assessment(indexed, "DTI-TQ-SO/2022", "2026")
    assert exc.value.message.startswith("Đã có kỳ đánh giá năm 2026 theo bộ chỉ số DTI-TQ-SO (phiên bản 2022)")
    assert "Tuyên Quang" in exc.value.message and _md5(indexed) == before


@pytest.mark.parametrize("code,year,error,message", [
    ("DTI-TQ-SO", 2101, ValidationError, "Năm đánh giá: năm 2101 nằm ngoài khoảng 1990–2100."),
    ("DTI-XX", 2026, NotFound, "Không có bộ chỉ số mã “DTI-XX” trong tệp (tệp có: DTI-TQ-SO)."),
    ("DTI-TQ-SO/2019", 2026, NotFound, "Không có bộ chỉ số mã “DTI-TQ-SO/2019”"),
])
def test_bad_assessment_is_refused(indexed, code, year, error, message):
    with pytest.raises(error) as exc:
        ps.create_assessment(indexed, code, year)
    assert message in exc.value.message
    assert indexed.repo.assessments.all() == []


def test_no_index_says_how_to_get_one(empty):
    with pytest.raises(NotFound, match="Nhập danh mục bộ chỉ số"):
        ps.create_assessment(empty, "DTI-TQ-SO", 2026)


def test_undo_and_redo_of_a_new_assessment(indexed):
    a, _ = ps.create_assessment(indexed, "DTI-TQ-SO", 2026)
    ps.remove_created_assessment(indexed, a)
    assert indexed.repo.assessments.all() == []
    ps.restore_created_assessment(indexed, a)
    assert indexed.repo.assessments.get(a.id) == a
    crit = indexed.repo.frameworks.indicator_by_code(a.framework_id, "1.2")
    set_score(indexed, a.id, crit.id, "self_score", "10")
    with pytest.raises(ValidationError, match="đã có điểm"):
        ps.remove_created_assessment(indexed, a)
    set_score(indexed, a.id, crit.id, "self_score", None)  # the score edit undone: empty again
    ps.remove_created_assessment(indexed, a)
    assert indexed.repo.assessments.all() == []


def test_suggested_titles_follow_kind_and_year():
    assert ps.suggested_title("dti", 2026) == "Nâng cao Chỉ số chuyển đổi số năm 2026"
    assert ps.suggested_title("cchc", 2027) == "Cải cách hành chính năm 2027"
    assert ps.suggested_title("other", 2027) == ""
