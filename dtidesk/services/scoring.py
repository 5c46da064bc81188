"""Scores of an assessment year: read the computed tree, edit self/appraised scores, ranks, evidence."""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from ..domain.models import Assessment, Evidence, Framework, Score
from ..domain.scores import ScoreTree, build_tree
from ..domain.validation import check_rank, check_score, parse_decimal_input, require_text
from ..errors import NotFound, ValidationError
from ..store import AgencyFile
from .changes import Changes

SCORE_FIELDS = {"self_score": "Điểm tự chấm", "appraised_score": "Điểm thẩm định"}


@dataclass
class AssessmentView:
    framework: Framework
    assessment: Assessment | None
    tree: ScoreTree
    previous: ScoreTree | None  # last year's, for "năm trước"
    evidence_counts: dict[int, int]
    task_counts: dict[int, int]


def find_framework(af: AgencyFile, code: str | None, year: int | None = None) -> Framework:
    """The framework by code (the version in force for `year`), or the only/first DTI one."""
    repo = af.repo.frameworks
    if code:
        versions = [f for f in repo.all() if f.code == code]
        if not versions:
            raise NotFound(f"Không có bộ chỉ số mã “{code}” trong tệp.")
    else:
        versions = repo.all()
        if year is not None:
            scored = {a.framework_id for a in af.repo.assessments.for_year(year)}
            with_scores = [f for f in versions if f.id in scored]
            versions = with_scores or versions
        if not versions:
            raise NotFound("Tệp chưa có bộ chỉ số nào.")
        first_code = versions[0].code
        versions = [f for f in versions if f.code == first_code]
    if year is not None:
        scored = {a.framework_id for a in af.repo.assessments.for_year(year)}
        for f in versions:
            if f.id in scored:
                return f
        older = [f for f in versions if f.version_year <= year]
        if older:
            return max(older, key=lambda f: f.version_year)
    return max(versions, key=lambda f: f.version_year)


def score_tree(af: AgencyFile, framework: Framework, assessment: Assessment | None) -> ScoreTree:
    indicators = af.repo.frameworks.indicators(framework.id)
    if assessment is None:
        return build_tree(indicators, {}, bands=framework.rating_bands)
    scores = af.repo.assessments.scores(assessment.id)
    return build_tree(
        indicators,
        {k: (s.self_score, s.appraised_score) for k, s in scores.items()},
        af.repo.assessments.group_ranks(assessment.id),
        (assessment.rank, assessment.rank_of),
        framework.rating_bands,
        assessment.rating,
    )


def assessment_view(af: AgencyFile, year: int, framework_code: str | None = None) -> AssessmentView:
    fw = find_framework(af, framework_code, year)
    a = af.repo.assessments.find(fw.id, year)
    prev_a = af.repo.assessments.find(fw.id, year - 1)
    return AssessmentView(
        framework=fw,
        assessment=a,
        tree=score_tree(af, fw, a),
        previous=score_tree(af, fw, prev_a) if prev_a else None,
        evidence_counts=af.repo.assessments.evidence_counts(a.id) if a else {},
        task_counts=af.repo.tasks.counts_by_criterion(),
    )


def assessment_years(af: AgencyFile) -> list[int]:
    """Years that have an assessment, oldest first."""
    return sorted({a.year for a in af.repo.assessments.all()})


def current_score(af: AgencyFile, assessment_id: int, indicator_id: int) -> Score | None:
    """The stored scores of one criterion, None when nothing was entered."""
    return af.repo.assessments.scores(assessment_id).get(indicator_id)


def current_rank(af: AgencyFile, assessment_id: int, indicator_id: int | None) -> tuple[int | None, int | None]:
    """(rank, rank_of) of a component index, or of the whole assessment when indicator_id is None."""
    if indicator_id is None:
        a = af.repo.assessments.get(assessment_id)
        return (a.rank, a.rank_of) if a else (None, None)
    return af.repo.assessments.group_ranks(assessment_id).get(indicator_id, (None, None))


def evidence_of(af: AgencyFile, assessment_id: int, indicator_id: int | None = None) -> list[Evidence]:
    return af.repo.assessments.evidence(assessment_id, indicator_id)


def get_evidence(af: AgencyFile, evidence_id: int) -> Evidence | None:
    return af.repo.assessments.get_evidence(evidence_id)


def _score_label(af: AgencyFile, indicator_id: int, field: str) -> str:
    if field not in SCORE_FIELDS:
        raise ValueError(field)
    ind = af.repo.frameworks.indicator(indicator_id)
    if ind is None:
        raise NotFound("Không tìm thấy tiêu chí.")
    return f"{SCORE_FIELDS[field]} tiêu chí {ind.code}"


def check_score_input(af: AgencyFile, indicator_id: int, field: str, value: object) -> Decimal | None:
    """The number a typed score cell stands for; ValidationError (naming the criterion) when it is not a
    number or lies outside 0..max. Reads only, so the window can refuse a cell before anything is written."""
    ind = af.repo.frameworks.indicator(indicator_id)
    label = _score_label(af, indicator_id, field)
    return check_score(parse_decimal_input(value, label), ind.max_score if ind else None, label)


def set_score(af: AgencyFile, assessment_id: int, indicator_id: int, field: str, value: object) -> Changes:
    """Edit one score cell. Above the maximum or not a number: refused, nothing changes."""
    number = check_score_input(af, indicator_id, field, value)
    label = _score_label(af, indicator_id, field)
    current = af.repo.assessments.scores(assessment_id).get(indicator_id)
    self_s = current.self_score if current else None
    appr = current.appraised_score if current else None
    note = current.note if current else ""
    if field == "self_score":
        self_s = number
    else:
        appr = number
    old = getattr(current, field) if current else None
    with af.transaction():
        af.repo.assessments.set_score(assessment_id, indicator_id, self_s, appr, note)
        af.repo.log.add("set_score", "scores", indicator_id, f"{label} = {value}",
                        before={field: old}, after={field: number})
    return Changes.of("scores")


def set_score_note(af: AgencyFile, assessment_id: int, indicator_id: int, note: str) -> Changes:
    current = af.repo.assessments.scores(assessment_id).get(indicator_id)
    with af.transaction():
        af.repo.assessments.set_score(
            assessment_id, indicator_id, current.self_score if current else None,
            current.appraised_score if current else None, note.strip())
        af.repo.log.add("set_score_note", "scores", indicator_id, note[:80],
                        before={"note": current.note if current else ""}, after={"note": note.strip()})
    return Changes.of("scores")


def set_rank(af: AgencyFile, assessment_id: int, indicator_id: int | None, rank: int | None,
             rank_of: int | None) -> Changes:
    """Rank of a group ("đứng thứ 3/18"), or of the total when indicator_id is None."""
    check_rank(rank, rank_of)
    with af.transaction():
        if indicator_id is None:
            af.repo.assessments.update(assessment_id, rank=rank, rank_of=rank_of)
        else:
            ind = af.repo.frameworks.indicator(indicator_id)
            if ind is None or ind.kind != "group":
                raise ValidationError("Xếp hạng chỉ ghi cho chỉ số (nhóm) hoặc tổng điểm.", "Xếp hạng")
            af.repo.assessments.set_group_rank(assessment_id, indicator_id, rank, rank_of)
        af.repo.log.add("set_rank", "group_results", indicator_id, f"{rank}/{rank_of}")
    return Changes.of("assessments", "group_results")


def set_rating(af: AgencyFile, assessment_id: int, rating: str) -> Changes:
    with af.transaction():
        af.repo.assessments.update(assessment_id, rating=rating.strip())
        af.repo.log.add("set_rating", "assessments", assessment_id, rating)
    return Changes.of("assessments")


def add_evidence(af: AgencyFile, evidence: Evidence) -> tuple[int, Changes]:
    require_text(evidence.title, "Tên tài liệu kiểm chứng")
    ind = af.repo.frameworks.indicator(evidence.indicator_id)
    if ind is None or ind.kind != "criterion":
        raise ValidationError("Tài liệu kiểm chứng chỉ gắn với tiêu chí.", "Tiêu chí")
    with af.transaction():
        eid = af.repo.assessments.insert_evidence(replace(evidence, title=evidence.title.strip()))
        af.repo.log.add("add_evidence", "evidence", eid, evidence.title[:80])
    return eid, Changes.of("evidence")


def update_evidence(af: AgencyFile, evidence: Evidence) -> Changes:
    require_text(evidence.title, "Tên tài liệu kiểm chứng")
    with af.transaction():
        af.repo.assessments.update_evidence(evidence)
        af.repo.log.add("update_evidence", "evidence", evidence.id, evidence.title[:80])
    return Changes.of("evidence")


def delete_evidence(af: AgencyFile, evidence_id: int) -> tuple[Evidence, Changes]:
    """Returns what was deleted so undo can put it back with add_evidence."""
    ev = af.repo.assessments.get_evidence(evidence_id)
    if ev is None:
        raise NotFound("Không tìm thấy tài liệu kiểm chứng.")
    with af.transaction():
        af.repo.assessments.delete_evidence(evidence_id)
        af.repo.log.add("delete_evidence", "evidence", evidence_id, ev.title[:80])
    return ev, Changes.of("evidence")


def scores_json(af: AgencyFile, year: int, framework_code: str | None = None) -> dict:
    """The public shape of `dtidesk-cli scores --json`."""
    fw = find_framework(af, framework_code, year)
    assessment = af.repo.assessments.find(fw.id, year)
    if assessment is None:
        raise NotFound(f"Chưa có kết quả đánh giá năm {year} của bộ chỉ số {fw.code}.")
    tree = score_tree(af, fw, assessment)

    def num(v: Decimal | None) -> float | int | None:
        if v is None:
            return None
        return int(v) if v == v.to_integral_value() else float(v)

    t = tree.total
    indicators = {i.id: i for i in af.repo.frameworks.indicators(fw.id)}
    stored = af.repo.assessments.scores(assessment.id)

    def method_of(n) -> dict:
        """Each criterion's method and the officer's inputs to it (issue 15)."""
        from .assess import criterion_json

        if n.kind != "criterion" or n.id not in indicators:
            return {}
        c = criterion_json(indicators[n.id], stored.get(n.id))
        return {"method": c["method"], "inputs": c["inputs"], "computed": c["computed"],
                "override_reason": c["override_reason"]}

    return {
        "framework": fw.code,
        "framework_version": fw.version_year,
        "year": year,
        "total": {
            "max_score": num(t.max_score), "self_score": num(t.self_score),
            "appraised_score": num(t.appraised_score), "deduction": num(t.deduction),
            "rank": t.rank, "rank_of": t.rank_of, "rating": tree.rating or None,
        },
        "nodes": [
            {
                "code": n.code, "name": n.name, "kind": n.kind, "parent": n.parent,
                "max_score": num(n.max_score), "self_score": num(n.self_score),
                "appraised_score": num(n.appraised_score), "deduction": num(n.deduction),
                "rank": n.rank, "rank_of": n.rank_of, **method_of(n),
            }
            for n in tree.nodes
        ],
    }
