"""Evidence kept in the file (tài liệu kiểm chứng): attach, replace, remove, open, save a copy; the officer's
explanation where evidence is missing; and what an appraiser would find wrong with it."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from ..domain.models import Assessment, Evidence, Framework, Indicator
from ..domain.periods import assessment_period, period_words
from ..domain.progress import Progress, no_progress
from ..domain.text import safe_file_stem
from ..domain.validation import parse_date_input, require_text
from ..errors import NotFound, ValidationError
from ..exporters.atomic import write_atomically
from ..store import AgencyFile
from ..store.evidence_blobs import file_digest
from .changes import Changes

MAX_FILE = 1 << 30  # 1 GB: a scan larger than this is not one document
KINDS_ACCEPTED = (".pdf", ".doc", ".docx", ".xls", ".xlsx", ".odt", ".ods", ".jpg", ".jpeg", ".png", ".tif", ".tiff",
                  ".zip", ".rar", ".txt", ".ppt", ".pptx", ".bmp", ".gif", ".heic", ".webp", ".7z")


def _criterion(af: AgencyFile, indicator_id: int) -> Indicator:
    ind = af.repo.frameworks.indicator(indicator_id)
    if ind is None or ind.kind != "criterion":
        raise ValidationError("Tài liệu kiểm chứng chỉ gắn với tiêu chí.", "Tiêu chí")
    return ind


def _checked_file(path: Path | str, progress: Progress = no_progress) -> tuple[Path, str, int]:
    p = Path(path)
    if not p.is_file():
        raise ValidationError(f"Không tìm thấy tệp “{p}”.", "Tệp")
    size = p.stat().st_size
    if size > MAX_FILE:
        raise ValidationError(f"Tệp “{p.name}” lớn hơn 1 GB: hãy tách hoặc nén lại trước khi đính kèm.", "Tệp")
    try:
        # reading it twice (hash, then store) is the whole cost of a big scan: report both halves
        sha, size = file_digest(p, lambda done: progress(done, 2 * max(size, 1), f"Đang đọc “{p.name}”…"))
    except OSError as exc:
        raise ValidationError(f"Không đọc được tệp “{p.name}”: {exc.strerror or exc}.", "Tệp") from None
    return p, sha, size


def attach_file(af: AgencyFile, assessment_id: int, indicator_id: int, path: Path | str, *, title: str = "",
                number: str = "", doc_date: object = None, issuer: str = "", also: list[int] | None = None,
                location: str = "", progress: Progress = no_progress) -> tuple[Evidence, Changes]:
    """User action “Đính kèm tài liệu kiểm chứng”: the file is kept inside the agency file (once per content),
    with its title, number, date and issuing body, for this criterion and any others it supports."""
    _criterion(af, indicator_id)
    for other in also or []:
        _criterion(af, other)
    when = parse_date_input(doc_date, "Ngày văn bản")
    p, sha, size = _checked_file(path, progress)  # hashed before the transaction, outside it
    title = (title or p.stem).strip()
    require_text(title, "Tên tài liệu")
    ev = Evidence(id=0, assessment_id=assessment_id, indicator_id=indicator_id, title=title,
                  doc_number=number.strip(), doc_date=when, issuer=issuer.strip(), file_name=p.name, blob=sha,
                  location=location.strip(), also_criteria=[i for i in dict.fromkeys(also or []) if i != indicator_id])
    with af.transaction():
        try:
            af.repo.blobs.put_file(p, sha, size, _second_half(progress, size, p.name))
        except ValueError:
            raise ValidationError(f"Tệp “{p.name}” thay đổi trong lúc đọc; hãy đính kèm lại.", "Tệp") from None
        except OSError as exc:
            raise ValidationError(f"Không đọc được tệp “{p.name}”: {exc.strerror or exc}.", "Tệp") from None
        eid = af.repo.assessments.insert_evidence(ev)
        af.repo.log.add("attach_evidence", "evidence", eid, f"{title[:60]} ({p.name})")
    return replace(ev, id=eid, size=size), Changes.of("evidence", summary=f"Đã đính kèm “{title}”")


def replace_file(af: AgencyFile, evidence_id: int, path: Path | str,
                 progress: Progress = no_progress) -> tuple[Evidence, Changes]:
    """User action “Thay tệp”: another file for the same item; returns the item as it was (for undo)."""
    before = get(af, evidence_id)
    p, sha, size = _checked_file(path, progress)
    with af.transaction():
        try:
            af.repo.blobs.put_file(p, sha, size, _second_half(progress, size, p.name))
        except ValueError:
            raise ValidationError(f"Tệp “{p.name}” thay đổi trong lúc đọc; hãy chọn lại.", "Tệp") from None
        af.repo.assessments.update_evidence(replace(before, blob=sha, file_name=p.name))
        af.repo.log.add("replace_evidence_file", "evidence", evidence_id, p.name)
    return before, Changes.of("evidence")


def _second_half(progress: Progress, size: int, name: str):
    return lambda done: progress(size + done, 2 * max(size, 1), f"Đang lưu “{name}” vào tệp dữ liệu…")


def assessment_of(af: AgencyFile, assessment_id: int) -> Assessment:
    a = af.repo.assessments.get(assessment_id)
    if a is None:
        raise NotFound("Không tìm thấy kỳ đánh giá.")
    return a


def update_item(af: AgencyFile, evidence: Evidence) -> Changes:
    """User action: edit an item's title, number, date, issuer, note or the criteria it supports."""
    require_text(evidence.title, "Tên tài liệu")
    current = get(af, evidence.id)
    for other in evidence.also_criteria:
        _criterion(af, other)
    item = replace(current, title=evidence.title.strip(), doc_number=evidence.doc_number.strip(),
                   doc_date=evidence.doc_date, issuer=evidence.issuer.strip(), location=evidence.location.strip(),
                   also_criteria=[i for i in evidence.also_criteria if i != current.indicator_id],
                   blob=evidence.blob if evidence.blob is not None else current.blob,
                   file_name=evidence.file_name or current.file_name)
    with af.transaction():
        af.repo.assessments.update_evidence(item)
        af.repo.log.add("update_evidence", "evidence", evidence.id, item.title[:80])
    return Changes.of("evidence")


def remove(af: AgencyFile, evidence_id: int) -> tuple[Evidence, Changes]:
    """User action “Xóa”: the item goes; its file stays in the agency file until it is closed, so undo
    (restore) brings both back."""
    ev = get(af, evidence_id)
    with af.transaction():
        af.repo.assessments.delete_evidence(evidence_id)
        af.repo.log.add("remove_evidence", "evidence", evidence_id, ev.title[:80])
    return ev, Changes.of("evidence")


def restore(af: AgencyFile, ev: Evidence) -> Changes:
    """Undo of remove: the item with its id, its criteria and its file."""
    if ev.blob and af.repo.blobs.size(ev.blob) is None:
        raise ValidationError("Tệp của tài liệu này không còn trong tệp dữ liệu; không hoàn tác được.", "Tệp")
    with af.transaction():
        af.repo.assessments.insert_evidence(ev)
        af.repo.log.add("restore_evidence", "evidence", ev.id, ev.title[:80])
    return Changes.of("evidence")


def get(af: AgencyFile, evidence_id: int) -> Evidence:
    ev = af.repo.assessments.get_evidence(evidence_id)
    if ev is None:
        raise NotFound("Không tìm thấy tài liệu kiểm chứng.")
    return ev


def save_copy(af: AgencyFile, evidence_id: int, dest: Path | str) -> Path:
    """User action “Lưu bản sao…”: the attached file written out (atomically) to `dest`."""
    ev = get(af, evidence_id)
    if not ev.blob:
        raise ValidationError(f"“{ev.title}” không có tệp đính kèm.", "Tệp")
    dest = Path(dest)
    write_atomically(dest, dest.suffix or ".bin", lambda tmp: af.repo.blobs.write_to(ev.blob, tmp))  # type: ignore[arg-type]
    return dest


def file_for_opening(af: AgencyFile, evidence_id: int, progress: Progress = no_progress) -> Path:
    """The attached file copied to a temporary folder under its own name, for the system viewer."""
    ev = get(af, evidence_id)
    if not ev.blob:
        raise ValidationError(f"“{ev.title}” không có tệp đính kèm.", "Tệp")
    folder = Path(tempfile.mkdtemp(prefix="dtidesk-kiemchung-"))
    name = Path(ev.file_name).name or f"{safe_file_stem(ev.title)}.bin"
    return save_copy(af, evidence_id, folder / name)


def set_explanation(af: AgencyFile, assessment_id: int, indicator_id: int, text: str) -> tuple[str, Changes]:
    """User action “Giải trình”: the officer's explanation for a criterion (where evidence is missing);
    returns the previous text (for undo)."""
    ind = _criterion(af, indicator_id)
    current = af.repo.assessments.scores(assessment_id).get(indicator_id)
    before = current.explanation if current else ""
    with af.transaction():
        af.repo.assessments.set_explanation(assessment_id, indicator_id, text.strip())
        af.repo.log.add("set_explanation", "scores", indicator_id, f"{ind.code}: {text.strip()[:60]}")
    return before, Changes.of("scores")


@dataclass(frozen=True)
class Finding:
    """What an appraiser would hold against the evidence, naming the criterion."""

    criterion: str  # code
    severity: str  # "error" | "warning"
    message: str
    evidence_id: int | None = None

    def as_dict(self) -> dict:
        return {"criterion": self.criterion, "severity": self.severity, "message": self.message,
                "evidence_id": self.evidence_id}


def findings(af: AgencyFile, assessment: Assessment) -> list[Finding]:
    """Documents dated outside the assessment period, numbers missing, files missing, and criteria whose
    evidence requirement nothing attached meets (and no explanation given)."""
    fw = af.repo.frameworks.get(assessment.framework_id)
    start, end = assessment_period(fw.period if fw else None, assessment.year)
    out: list[Finding] = []
    criteria = [i for i in af.repo.frameworks.indicators(assessment.framework_id) if i.kind == "criterion"]
    by_id = {i.id: i for i in criteria}
    items = af.repo.assessments.evidence(assessment.id)
    scores = af.repo.assessments.scores(assessment.id)
    supported: set[int] = set()
    for ev in items:
        code = by_id[ev.indicator_id].code if ev.indicator_id in by_id else "?"
        supported.add(ev.indicator_id)
        supported.update(ev.also_criteria)
        if ev.doc_date is not None and not start <= ev.doc_date <= end:
            out.append(Finding(code, "error", f"“{ev.title}” ngày {_d(ev.doc_date)} nằm ngoài kỳ đánh giá "
                                              f"({period_words(fw.period if fw else None, assessment.year)}).",
                               ev.id))
        if not ev.doc_number:
            out.append(Finding(code, "warning", f"“{ev.title}” chưa ghi số, ký hiệu văn bản.", ev.id))
        if ev.doc_date is None:
            out.append(Finding(code, "warning", f"“{ev.title}” chưa ghi ngày văn bản.", ev.id))
        if not ev.blob and not ev.location:
            out.append(Finding(code, "warning", f"“{ev.title}” chưa có tệp đính kèm hay nơi lưu bản giấy.", ev.id))
    for ind in criteria:
        if ind.evidence_hint and ind.id not in supported:
            sc = scores.get(ind.id)
            if sc and sc.explanation:
                continue
            out.append(Finding(ind.code, "error", f"Chưa có tài liệu kiểm chứng theo yêu cầu: “{_short(ind.evidence_hint)}” "
                                                  "và chưa có giải trình."))
    return out


def _d(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def _short(text: str, n: int = 90) -> str:
    t = " ".join(text.split())
    return t if len(t) <= n else t[: n - 1] + "…"


def find_assessment(af: AgencyFile, year: int, framework_code: str | None) -> tuple[Framework, Assessment]:
    from .scoring import find_framework

    fw = find_framework(af, framework_code, year)
    a = af.repo.assessments.find(fw.id, year)
    if a is None:
        raise NotFound(f"Chưa có kỳ tự đánh giá năm {year} của bộ chỉ số {fw.code}.")
    return fw, a


def criterion_by_code(af: AgencyFile, fw: Framework, code: str) -> Indicator:
    ind = af.repo.frameworks.indicator_by_code(fw.id, code.strip())
    if ind is None:
        raise NotFound(f"Bộ chỉ số {fw.code} không có tiêu chí “{code}”.")
    if ind.kind != "criterion":
        raise ValidationError(f"“{code}” là chỉ số (nhóm); tài liệu kiểm chứng gắn với tiêu chí.", "Tiêu chí")
    return ind


def evidence_json(af: AgencyFile, assessment: Assessment) -> list[dict]:
    codes = {i.id: i.code for i in af.repo.frameworks.indicators(assessment.framework_id)}
    return [{"id": ev.id, "criterion": codes.get(ev.indicator_id), "also": [codes.get(i) for i in ev.also_criteria],
             "title": ev.title, "number": ev.doc_number, "date": ev.doc_date.isoformat() if ev.doc_date else None,
             "issuer": ev.issuer, "file": ev.file_name or None, "sha256": ev.blob, "size": ev.size,
             "location": ev.location or None}
            for ev in af.repo.assessments.evidence(assessment.id)]
