"""Starting from nothing: a new plan, a new self-assessment (either one adds its year), and their undo."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.models import PLAN_KINDS, Assessment, Framework, Plan
from ..domain.text import fold
from ..domain.validation import check_year, require_text
from ..errors import NotFound, ValidationError
from ..store import AgencyFile
from .changes import Changes

KIND_NAMES = {"dti": "Chỉ số chuyển đổi số (DTI)", "cchc": "Cải cách hành chính (CCHC)",
              "digital": "Chuyển đổi số", "other": "Khác"}
# Titles as plans print them under “KẾ HOẠCH” (seeds 000, 002, 003); the officer edits them freely.
_TITLES = {"dti": "Nâng cao Chỉ số chuyển đổi số năm {0}", "cchc": "Cải cách hành chính năm {0}",
           "digital": "Chuyển đổi số năm {0}", "other": ""}
NO_FRAMEWORK_HINT = ("nhập danh mục bộ chỉ số của tỉnh trước (Tệp → Nhập danh mục bộ chỉ số…, "
                     "hoặc dtidesk-cli import-catalog)")


@dataclass
class NewPlan:
    """A plan checked and ready to write: the values, and the index version whose results it follows."""

    kind: str
    year: int
    title: str
    number: int | None
    framework: Framework | None


@dataclass
class CreatedPlan:
    """What create_plan wrote, so that undo removes exactly that and redo writes it back under the same ids."""

    plan: Plan
    assessment: Assessment | None = None  # last year's assessment, made for the plan to follow
    framework: Framework | None = None  # the index version the plan follows


def suggested_title(kind: str, year: int) -> str:
    return _TITLES.get(kind, "").format(year)


def framework_choices(af: AgencyFile) -> list[Framework]:
    """One entry per index (its newest version), as the pickers list them."""
    newest: dict[str, Framework] = {}
    for fw in af.repo.frameworks.all():
        if fw.code not in newest or fw.version_year > newest[fw.code].version_year:
            newest[fw.code] = fw
    return list(newest.values())


def framework_of(af: AgencyFile, assessment: Assessment) -> Framework:
    fw = af.repo.frameworks.get(assessment.framework_id)
    if fw is None:
        raise NotFound("Không tìm thấy bộ chỉ số của kỳ đánh giá.")
    return fw


def resolve_framework(af: AgencyFile, code: str, year: int) -> Framework:
    """“CODE” (the version in force for `year`: the newest issued by then) or “CODE/VERSION”."""
    code = require_text(code, "Bộ chỉ số")
    name, _, version = code.partition("/")
    versions = [f for f in af.repo.frameworks.all() if f.code == name.strip()]
    if version.strip():
        versions = [f for f in versions if str(f.version_year) == version.strip()]
    if not versions:
        known = ", ".join(f.code for f in framework_choices(af))
        raise NotFound(f"Không có bộ chỉ số mã “{code}” trong tệp" + (f" (tệp có: {known})." if known else
                                                                      f": {NO_FRAMEWORK_HINT}."))
    issued = [f for f in versions if f.version_year <= year]
    return max(issued or versions, key=lambda f: f.version_year)


def _check_number(number: object) -> int | None:
    if number is None or str(number).strip() == "":
        return None
    try:
        value = int(str(number).strip())
    except ValueError:
        value = 0
    if value <= 0:
        raise ValidationError(f"Số kế hoạch: “{number}” phải là số nguyên dương (ví dụ 09).", "Số kế hoạch")
    return value


def check_new_plan(af: AgencyFile, kind: str, year: object, title: str, number: object = None,
                   framework_code: str | None = None) -> NewPlan:
    """Everything create_plan refuses, without writing (the window's dialog shows it before closing)."""
    if kind not in PLAN_KINDS:
        raise ValidationError(f"Loại kế hoạch “{kind}” không hợp lệ (chọn một trong: {', '.join(PLAN_KINDS)}).",
                              "Loại kế hoạch")
    y = check_year(year, "Năm kế hoạch")
    text = require_text(title, "Tên kế hoạch")
    for other in af.repo.plans.all():
        if other.kind == kind and other.year == y and fold(other.title) == fold(text):
            raise ValidationError(f"Đã có kế hoạch “{other.title}” năm {y} (số hiệu {other.id}).", "Tên kế hoạch")
    # A plan is written on last year's published results: it follows the index in force that year.
    fw = resolve_framework(af, framework_code, y - 1) if framework_code else None
    return NewPlan(kind, y, text, _check_number(number), fw)


def create_plan(af: AgencyFile, kind: str, year: object, title: str, number: object = None,
                framework_code: str | None = None) -> tuple[CreatedPlan, Changes]:
    """User action “Tạo kế hoạch mới”. With an index, the plan is tied to that index's assessment of the year
    before (the results it sets out to raise), made empty if the file has none yet."""
    new = check_new_plan(af, kind, year, title, number, framework_code)
    agency = af.repo.agency.get()
    with af.transaction():
        made = None
        aid = None
        if new.framework is not None:
            found = af.repo.assessments.find(new.framework.id, new.year - 1)
            if found is None:
                made = af.repo.assessments.get(af.repo.assessments.insert(new.framework.id, new.year - 1))
            aid = (found or made).id  # type: ignore[union-attr]
        plan_id = af.repo.plans.insert(
            kind=new.kind, year=new.year, title=new.title, number=new.number,
            symbol=f"KH-{agency.short_code}" if agency.short_code else "", recipients=list(agency.default_recipients),
            signer_title=agency.head_title, signer_name=agency.head_name, assessment_id=aid)
        plan = af.repo.plans.get(plan_id)
        assert plan is not None
        summary = f"{KIND_NAMES[new.kind]} năm {new.year}: {new.title}"
        if made is not None:
            summary += f"; tạo kỳ đánh giá năm {made.year} ({new.framework.code})"  # type: ignore[union-attr]
        af.repo.log.add("create_plan", "plans", plan_id, summary[:200])
    return CreatedPlan(plan, made, new.framework), Changes.of("plans", *(["assessments"] if made else []), summary=summary)


def _plan_is_empty(af: AgencyFile, plan_id: int) -> bool:
    return not (af.repo.tasks.for_plan(plan_id) or af.repo.targets.for_plan(plan_id)
                or af.repo.projects.for_plan(plan_id) or af.repo.plans.groups(plan_id))


def _assessment_is_empty(af: AgencyFile, a: Assessment) -> bool:
    """Nothing an officer typed: score rows left with no value by undone edits do not count."""
    scores = af.repo.assessments.scores(a.id).values()
    ranks = af.repo.assessments.group_ranks(a.id).values()
    return (not any(s.self_score is not None or s.appraised_score is not None or s.note for s in scores)
            and not any(r != (None, None) for r in ranks) and not af.repo.assessments.evidence(a.id)
            and a.rank is None and not a.rating and not a.decision)


def remove_created_plan(af: AgencyFile, created: CreatedPlan) -> Changes:
    """Undo of create_plan: the plan, and the assessment made with it while nobody has used it."""
    plan = af.repo.plans.get(created.plan.id)
    if plan is None:
        return Changes()
    if not _plan_is_empty(af, plan.id):
        raise ValidationError(f"Kế hoạch “{plan.title}” đã có nhiệm vụ, chỉ tiêu hoặc dự án: không xóa khi hoàn tác.",
                              "Kế hoạch")
    tables = ["plans"]
    with af.transaction():
        af.repo.plans.delete(plan.id)
        a = af.repo.assessments.get(created.assessment.id) if created.assessment else None
        others = [p for p in af.repo.plans.all() if a and p.assessment_id == a.id]
        if a is not None and not others and _assessment_is_empty(af, a):
            af.repo.assessments.delete(a.id)
            tables.append("assessments")
        af.repo.log.add("remove_plan", "plans", plan.id, plan.title[:80])
    return Changes.of(*tables)


def restore_created_plan(af: AgencyFile, created: CreatedPlan) -> Changes:
    """Redo of create_plan after its undo: the same plan (and assessment) under the same ids."""
    p, a = created.plan, created.assessment
    with af.transaction():
        if a is not None and af.repo.assessments.get(a.id) is None:
            af.repo.assessments.insert(a.framework_id, a.year, assessment_id=a.id)
        af.repo.plans.insert(
            id=p.id, kind=p.kind, year=p.year, title=p.title, number=p.number, symbol=p.symbol,
            recipients=p.recipients, signer_title=p.signer_title, signer_name=p.signer_name,
            assessment_id=p.assessment_id if af.repo.assessments.get(p.assessment_id or 0) else None)
        af.repo.log.add("create_plan", "plans", p.id, p.title[:80])
    return Changes.of("plans", "assessments")


def check_new_assessment(af: AgencyFile, framework_code: str, year: object) -> tuple[Framework, int]:
    """The index version and year of a new self-assessment; refuses a second one of the same index and year."""
    y = check_year(year, "Năm đánh giá")
    if not af.repo.frameworks.all():
        raise NotFound(f"Tệp chưa có bộ chỉ số nào: {NO_FRAMEWORK_HINT}.")
    fw = resolve_framework(af, framework_code, y)
    for a in af.repo.assessments.for_year(y):
        other = af.repo.frameworks.get(a.framework_id)
        if other is not None and other.code == fw.code:
            raise ValidationError(f"Đã có kỳ đánh giá năm {y} theo bộ chỉ số {other.code} "
                                  f"(phiên bản {other.version_year}): “{other.name}”.", "Năm đánh giá")
    return fw, y


def create_assessment(af: AgencyFile, framework_code: str, year: object) -> tuple[Assessment, Changes]:
    """User action “Tạo kỳ tự đánh giá”: the year appears in the year list, its criteria ready for scores."""
    fw, y = check_new_assessment(af, framework_code, year)
    with af.transaction():
        aid = af.repo.assessments.insert(fw.id, y)
        af.repo.log.add("create_assessment", "assessments", aid, f"năm {y} ({fw.code}/{fw.version_year})")
    a = af.repo.assessments.get(aid)
    assert a is not None
    return a, Changes.of("assessments", summary=f"Kỳ đánh giá năm {y} ({fw.code})")


def remove_created_assessment(af: AgencyFile, assessment: Assessment) -> Changes:
    """Undo of create_assessment; refused once scores, ranks or evidence were entered."""
    a = af.repo.assessments.get(assessment.id)
    if a is None:
        return Changes()
    if not _assessment_is_empty(af, a):
        raise ValidationError(f"Kỳ đánh giá năm {a.year} đã có điểm, xếp hạng hoặc tài liệu kiểm chứng: "
                              "không xóa khi hoàn tác.", "Kỳ đánh giá")
    tied = [p for p in af.repo.plans.all() if p.assessment_id == a.id]
    if tied:
        raise ValidationError(f"Kỳ đánh giá năm {a.year} là căn cứ của kế hoạch “{tied[0].title}”: "
                              "không xóa khi hoàn tác.", "Kỳ đánh giá")
    with af.transaction():
        af.repo.assessments.delete(a.id)
        af.repo.log.add("remove_assessment", "assessments", a.id, f"năm {a.year}")
    return Changes.of("assessments")


def restore_created_assessment(af: AgencyFile, assessment: Assessment) -> Changes:
    a = assessment
    with af.transaction():
        if af.repo.assessments.get(a.id) is None:
            af.repo.assessments.insert(a.framework_id, a.year, assessment_id=a.id)
        af.repo.log.add("create_assessment", "assessments", a.id, f"năm {a.year}")
    return Changes.of("assessments")
