"""User action “Đề nghị xem xét lại…” (Xuất menu, `dtidesk-cli review-request`): the criteria whose appraised score
is below the self score and that have evidence, cited in a Công văn asking the council to appraise them again."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.models import Assessment, Framework
from ..domain.progress import Progress, no_progress
from ..domain.results import EvidenceRef, ReviewItem, ReviewRequest
from ..domain.vnformat import fmt_number
from ..errors import ValidationError
from ..exporters.atomic import write_atomically
from ..store import AgencyFile
from .evidence import find_assessment

REVIEW_FORMATS = ("pdf", "docx")


@dataclass
class ReviewCandidates:
    framework: Framework
    assessment: Assessment
    items: list[ReviewItem] = field(default_factory=list)
    without_evidence: list[str] = field(default_factory=list)  # "5.3 (tự chấm 7, thẩm định 0)": cut, nothing cited


def review_candidates(af: AgencyFile, year: int, framework_code: str | None = None) -> ReviewCandidates:
    """Criteria appraised below their self score, with the evidence the file holds for each; reads only."""
    fw, a = find_assessment(af, year, framework_code)
    out = ReviewCandidates(fw, a)
    scores = af.repo.assessments.scores(a.id)
    for ind in af.repo.frameworks.indicators(fw.id):
        s = scores.get(ind.id)
        if ind.kind != "criterion" or s is None or s.self_score is None or s.appraised_score is None:
            continue
        if s.appraised_score >= s.self_score:
            continue
        evidence = af.repo.assessments.evidence(a.id, ind.id)
        if not evidence:
            out.without_evidence.append(f"{ind.code} (tự chấm {fmt_number(s.self_score)}, thẩm định "
                                        f"{fmt_number(s.appraised_score)})")
            continue
        out.items.append(ReviewItem(
            code=ind.code, name=ind.name, max_score=ind.max_score, self_score=s.self_score,
            appraised=s.appraised_score, comment=s.note, explanation=s.explanation,
            evidence=[EvidenceRef(e.title, e.doc_number, e.doc_date, e.issuer) for e in evidence]))
    return out


def build_request(af: AgencyFile, year: int, framework_code: str | None = None, codes: list[str] | None = None,
                  addressee: str = "", today: dt.date | None = None) -> ReviewRequest:
    """The Công văn for the chosen criteria (all candidates when `codes` is empty); ValidationError naming what
    cannot be asked for."""
    from ..exporters.review_request import build_review_request

    c = review_candidates(af, year, framework_code)
    items = c.items
    if codes:
        wanted = [x.strip().rstrip(".") for x in codes if x.strip()]
        known = {i.code: i for i in items}
        bad = [x for x in wanted if x not in known]
        if bad:
            raise ValidationError(f"Tiêu chí {', '.join(bad)}: không có điểm thẩm định thấp hơn điểm tự chấm kèm tài "
                                  "liệu kiểm chứng, không đưa vào đề nghị được.", "Tiêu chí")
        items = [known[x] for x in wanted]
    if not items:
        more = (f" Các tiêu chí bị trừ điểm nhưng chưa có tài liệu kiểm chứng: {'; '.join(c.without_evidence)}."
                if c.without_evidence else "")
        raise ValidationError(f"Năm {year} không có tiêu chí nào có điểm thẩm định thấp hơn điểm tự chấm mà đã có tài "
                              f"liệu kiểm chứng.{more}", "Tiêu chí")
    return build_review_request(af.repo.agency.get(), c.framework, c.assessment, items, today or dt.date.today(),
                                addressee)


def export_review_request(af: AgencyFile, year: int, fmt: str, out_path: Path | str, *,
                          framework_code: str | None = None, codes: list[str] | None = None, addressee: str = "",
                          today: dt.date | None = None, progress: Progress = no_progress) -> Path:
    """Write the Công văn as PDF or Word, atomically; returns the path written."""
    if fmt not in REVIEW_FORMATS:
        raise ValidationError(f"Không xuất công văn dưới dạng “{fmt}”: chỉ xuất được pdf, docx.", "Định dạng")
    progress(0, 1, "Đang tạo tệp…")
    doc = build_request(af, year, framework_code, codes, addressee, today)
    from ..exporters.review_request import write_review_docx, write_review_pdf

    write = write_review_pdf if fmt == "pdf" else write_review_docx
    return write_atomically(out_path, f".{fmt}", lambda tmp: (write(doc, tmp), progress(1, 1, "")))
