"""User action “Nhập kết quả thẩm định” (Tệp → Nhập kết quả thẩm định…, `dtidesk-cli import-results`): read the
province's result table, show what matches which criterion of the year's assessment (by code; what does not match
is listed, never guessed), then write appraised scores, comments, ranks and rating in one transaction; undo puts
back what was there."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from ..domain.agency_match import FileAgency, other_agency_warnings, same_agency
from ..domain.models import Assessment, Framework, Indicator, Score
from ..domain.results import (
    AGENCIES,
    AgencyRow,
    ResultIssue,
    ResultRow,
    ResultsTable,
    decimal_comma_code,
    norm_code,
)
from ..domain.scores import build_tree
from ..domain.text import fold
from ..domain.validation import check_rank, check_score, check_year
from ..domain.vnformat import fmt_number
from ..errors import NotFound, ValidationError
from ..importers.results import read_results_file, read_results_text
from ..store import AgencyFile
from .changes import Changes

CHANGED = ("scores", "group_results", "assessments")
WRITE, SAME, UNMATCHED, OVER_MAX, NO_SCORE, DUPLICATE, GROUP, TOTAL = (
    "write", "same", "unmatched", "over_max", "no_score", "duplicate", "group", "total")


def read_results(path: Path | str | None = None, text: str | None = None) -> ResultsTable:
    """The table as read; nothing is matched or written (runs off the window's thread)."""
    if text is not None:
        return read_results_text(text)
    if path is None:
        raise ValidationError("Chưa chọn tệp kết quả thẩm định.", "Tệp")
    return read_results_file(path)


@dataclass
class RowMatch:
    """One row of a one-agency table against the index."""

    row: ResultRow
    indicator: Indicator | None
    status: str
    message: str = ""
    by_name: bool = False  # matched on the criterion's name (the table numbers its rows 1, 2, 3…)
    current: Score | None = None
    fill_self: bool = False  # the file had no self score: the table's is written

    @property
    def writes(self) -> bool:
        return self.status == WRITE


@dataclass
class GroupRank:
    indicator: Indicator
    rank: int
    rank_of: int | None
    line: int


@dataclass
class ResultsPreview:
    table: ResultsTable
    framework: Framework
    assessment: Assessment
    year: int
    matches: list[RowMatch] = field(default_factory=list)
    group_ranks: list[GroupRank] = field(default_factory=list)
    agency_row: AgencyRow | None = None
    agency_message: str = ""  # why no agency row was taken
    rank: int | None = None
    rank_of: int | None = None
    rating: str = ""
    decision: str = ""
    issues: list[ResultIssue] = field(default_factory=list)

    @property
    def writes(self) -> list[RowMatch]:
        return [m for m in self.matches if m.writes]

    @property
    def unmatched(self) -> list[RowMatch]:
        return [m for m in self.matches if m.status == UNMATCHED]

    def has_changes(self) -> bool:
        a = self.assessment
        return bool(self.writes or self.group_ranks or (self.rank is not None and (self.rank, self.rank_of) != (
            a.rank, a.rank_of)) or (self.rating and self.rating != a.rating) or self.decision)

    def as_dict(self) -> dict:
        def num(v: Decimal | None) -> float | int | None:
            return None if v is None else int(v) if v == v.to_integral_value() else float(v)

        t = self.table
        return {
            "source": t.source, "kind": t.kind, "year": self.year, "framework": self.framework.code,
            "rows": [{"line": m.row.line, "code": m.row.code, "name": m.row.name, "status": m.status,
                      "criterion": m.indicator.code if m.indicator else None, "by_name": m.by_name,
                      "max_score": num(m.row.max_score), "self_score": num(m.row.self_score),
                      "appraised_score": num(m.row.appraised), "comment": m.row.comment, "message": m.message}
                     for m in self.matches],
            "agencies": [{"line": a.line, "name": a.name, "total": num(a.total), "rank": a.rank,
                          "rating": a.rating, "components": {k: num(v) for k, v in a.components.items()}}
                         for a in t.agencies],
            "agency": self.agency_row.name if self.agency_row else None, "agency_message": self.agency_message,
            "group_ranks": [{"code": g.indicator.code, "rank": g.rank, "rank_of": g.rank_of} for g in self.group_ranks],
            "rank": self.rank, "rank_of": self.rank_of, "rating": self.rating or None,
            "decision": self.decision or None,
            "issues": [{"line": i.line, "message": i.message} for i in self.issues],
            "writes": len(self.writes),
        }


def _name_key(name: str) -> str:
    return " ".join(re.sub(r"[“”\"'.,;:()]", " ", fold(name)).split())


def _similar(a: str, b: str) -> bool:
    wa, wb = set(_name_key(a).split()), set(_name_key(b).split())
    return not wa or not wb or len(wa & wb) / min(len(wa), len(wb)) >= 0.5


def _file_agency(af: AgencyFile) -> FileAgency:
    a = af.repo.agency.get()
    return FileAgency(a.agency, a.agency_name, a.short_code, a.place, a.parent_agency)


def _label(ind: Indicator) -> str:
    return f"{'Chỉ số' if ind.kind == 'group' else 'Tiêu chí'} {ind.code}"


def preview_results(af: AgencyFile, table: ResultsTable, year: int | None = None, agency: str | None = None,
                    framework_code: str | None = None) -> ResultsPreview:
    """What importing `table` into the year's assessment would write; reads only."""
    if year is None and table.year is None:
        raise ValidationError("Văn bản không ghi năm đánh giá: hãy chọn năm (--year).", "Năm")
    y = check_year(year if year is not None else table.year)
    from .scoring import find_framework

    fw = find_framework(af, framework_code, y)
    assessment = af.repo.assessments.find(fw.id, y)
    if assessment is None:
        raise NotFound(f"Tệp chưa có kỳ tự đánh giá năm {y} (bộ chỉ số {fw.code}): kết quả thẩm định chỉ nhập vào "
                       "kỳ tự đánh giá đã có. Hãy tạo kỳ tự đánh giá năm đó trước (Kế hoạch → Tự đánh giá).")
    p = ResultsPreview(table, fw, assessment, y, issues=list(table.issues))
    indicators = af.repo.frameworks.indicators(fw.id)
    if table.kind == AGENCIES:
        _agency_table(af, p, indicators, agency)
    else:
        _criteria_table(af, p, indicators)
    if p.rank is not None:
        try:
            check_rank(p.rank, p.rank_of)
        except ValidationError as exc:
            p.issues.append(ResultIssue(0, exc.message + " Không ghi xếp hạng."))
            p.rank = p.rank_of = None
    if table.decision and not assessment.decision:
        p.decision = table.decision
    p.issues.sort(key=lambda i: i.line)
    return p


def _criteria_table(af: AgencyFile, p: ResultsPreview, indicators: list[Indicator]) -> None:
    by_code = {norm_code(i.code): i for i in indicators}
    by_name: dict[str, list[Indicator]] = {}
    for i in indicators:
        if i.kind == "criterion":
            by_name.setdefault(_name_key(i.name), []).append(i)
    current = af.repo.assessments.scores(p.assessment.id)
    seen: dict[int, int] = {}
    for w in other_agency_warnings(_file_agency(af), p.table.heading, p.table.heading[0] if p.table.heading else "",
                                   "", "", ""):
        p.issues.append(ResultIssue(0, w))
    for row in p.table.rows:
        if row.total:
            p.matches.append(RowMatch(row, None, TOTAL))
            continue
        m = _match_row(row, by_code, by_name)
        p.matches.append(m)
        ind = m.indicator
        if ind is None:
            p.issues.append(ResultIssue(row.line, m.message))
            continue
        if ind.id in seen:
            m.status, m.message = DUPLICATE, f"{_label(ind)} đã có ở {p.table.where} {seen[ind.id]}: hàng này không ghi."
            p.issues.append(ResultIssue(row.line, m.message))
            continue
        seen[ind.id] = row.line
        if ind.kind == "group":
            m.status = GROUP
            if row.rank is not None:
                p.group_ranks.append(GroupRank(ind, row.rank, row.rank_of or p.table.rank_of, row.line))
            continue
        _score_row(p, m, ind, current.get(ind.id))
    p.rank, p.rank_of, p.rating = p.table.rank, p.table.rank_of, p.table.rating
    missing = [i.code for i in indicators if i.kind == "criterion" and i.id not in seen]
    if missing:
        shown = ", ".join(missing[:12]) + ("…" if len(missing) > 12 else "")
        p.issues.append(ResultIssue(0, f"{len(missing)} tiêu chí của bộ chỉ số {p.framework.code} không có trong "
                                       f"bảng (giữ nguyên): {shown}."))
    _check_sums(af, p, indicators, current)


def _match_row(row: ResultRow, by_code: dict[str, Indicator], by_name: dict[str, list[Indicator]]) -> RowMatch:
    code = row.code.strip()
    if decimal_comma_code(code):
        dotted = code.replace(",", ".")
        if norm_code(dotted + "0") in by_code and norm_code(dotted) in by_code:
            return RowMatch(row, None, UNMATCHED, f"Mã “{code}” viết như một số thập phân (ô số trong Excel): có thể "
                                                  f"là {dotted} hoặc {dotted}0. Hãy sửa ô mã thành chữ rồi nhập lại.")
        code = dotted
    key = norm_code(code)
    ind = by_code.get(key)
    running = bool(re.fullmatch(r"\d+", key))
    if ind is not None and ind.kind == "group" and running and row.name and not _similar(row.name, ind.name):
        ind = None  # "STT" 1, 2, 3…: a running number, not the component's code
    if ind is not None:
        m = RowMatch(row, ind, WRITE)
        if row.name and not _similar(row.name, ind.name):
            m.message = f"Tên trong bảng khác tên trong bộ chỉ số (“{ind.name[:60]}”): hãy kiểm tra."
        return m
    if not key or running:
        named = by_name.get(_name_key(row.name), [])
        if len(named) == 1:
            return RowMatch(row, named[0], WRITE, f"Khớp theo tên tiêu chí với {named[0].code}.", by_name=True)
    what = f"Mã “{row.code}”" if row.code else f"“{row.name[:50]}”"
    return RowMatch(row, None, UNMATCHED, f"{what} không có trong bộ chỉ số: hàng này không ghi.")


def _score_row(p: ResultsPreview, m: RowMatch, ind: Indicator, cur: Score | None) -> None:
    row = m.row
    m.current = cur
    if row.appraised is None:
        m.status, m.message = NO_SCORE, "Không có điểm thẩm định: giữ nguyên."
        return
    try:
        check_score(row.appraised, ind.max_score, f"Điểm thẩm định tiêu chí {ind.code}")
    except ValidationError as exc:
        m.status, m.message = OVER_MAX, exc.message + " Không ghi."
        p.issues.append(ResultIssue(row.line, exc.message + " Không ghi."))
        return
    notes = [m.message] if m.message else []
    if row.max_score is not None and ind.max_score is not None and row.max_score != ind.max_score:
        notes.append(f"Bảng ghi điểm tối đa {fmt_number(row.max_score)}, bộ chỉ số ghi {fmt_number(ind.max_score)}.")
    cur_self = cur.self_score if cur else None
    if row.self_score is not None and cur_self is not None and row.self_score != cur_self:
        notes.append(f"Bảng ghi tự chấm {fmt_number(row.self_score)}, tệp ghi {fmt_number(cur_self)} (giữ điểm của tệp).")
    if cur_self is None and row.self_score is not None:
        try:
            check_score(row.self_score, ind.max_score, f"Điểm tự chấm tiêu chí {ind.code}")
            m.fill_self = True
            notes.append("Tệp chưa có điểm tự chấm: ghi điểm tự chấm theo bảng.")
        except ValidationError as exc:
            notes.append(exc.message)
    m.message = " ".join(notes)
    if (not m.fill_self and cur is not None and cur.appraised_score == row.appraised
            and (not row.comment or row.comment == cur.note)):
        m.status = SAME
    for note in notes:
        if not note.startswith("Khớp theo tên"):
            p.issues.append(ResultIssue(row.line, f"{_label(ind)}: {note}"))


def _check_sums(af: AgencyFile, p: ResultsPreview, indicators: list[Indicator], current: dict[int, Score]) -> None:
    """The component and total rows of the table against the sums of the criteria once written."""
    scores = {k: (s.self_score, s.appraised_score) for k, s in current.items()}
    for m in p.writes:
        assert m.indicator is not None
        old = scores.get(m.indicator.id, (None, None))
        scores[m.indicator.id] = (m.row.self_score if m.fill_self else old[0], m.row.appraised)
    tree = build_tree(indicators, scores)
    nodes = {n.id: n for n in tree.nodes}
    for m in p.matches:
        if m.status == GROUP and m.row.appraised is not None and m.indicator is not None:
            got = nodes[m.indicator.id].appraised_score
            if got != m.row.appraised:
                p.issues.append(ResultIssue(m.row.line, f"Chỉ số {m.indicator.code}: bảng ghi {fmt_number(m.row.appraised)} "
                                                        f"điểm, các tiêu chí cộng lại {fmt_number(got)} điểm."))
        if m.status == TOTAL and m.row.appraised is not None and tree.total.appraised_score != m.row.appraised:
            p.issues.append(ResultIssue(m.row.line, f"Tổng cộng: bảng ghi {fmt_number(m.row.appraised)} điểm, các tiêu "
                                                    f"chí cộng lại {fmt_number(tree.total.appraised_score)} điểm."))


# -- a table of every agency ------------------------------------------------------------------------------
def _choose_agency(af: AgencyFile, rows: list[AgencyRow], wanted: str | None) -> tuple[AgencyRow | None, str]:
    fa = _file_agency(af)
    if wanted and wanted.strip():
        exact = [r for r in rows if fold(r.name) == fold(wanted)]
        hits = exact or [r for r in rows if same_agency(r.name, wanted)]
        who = f"“{wanted.strip()}”"
    else:
        names = [n for n in (fa.agency_name, fa.agency) if n.strip()]
        if not names:
            return None, "Tệp chưa ghi tên cơ quan: hãy chọn cơ quan trong bảng (--agency)."
        hits = [r for r in rows if any(same_agency(r.name, n) for n in names)
                or (fa.short_code and fold(r.name) == fold(fa.short_code))]
        who = f"“{fa.agency_name or fa.agency}” (cơ quan của tệp)"
    if len(hits) == 1:
        return hits[0], ""
    if not hits:
        return None, f"Không thấy {who} trong bảng ({len(rows)} cơ quan): hãy chọn cơ quan (--agency)."
    listed = "; ".join(f"“{r.name}”" for r in hits[:5])
    return None, f"Nhiều hàng khớp {who}: {listed}. Hãy chọn đúng một cơ quan (--agency)."


def _component_key(label: str) -> str:
    f = fold(re.sub(r"\([^)]*\)", " ", label))
    f = re.sub(r"^(?:chi so(?: thanh phan)?|cs|truc cot|linh vuc)\s*", "", f)
    return " ".join(re.sub(r"[“”\"'.,;:]", " ", f).split())


def _match_components(labels: list[str], groups: list[Indicator]) -> dict[str, Indicator | None]:
    out: dict[str, Indicator | None] = {}
    for label in labels:
        key = _component_key(label)
        hits = [g for g in groups if norm_code(g.code) == norm_code(key) or _name_key(g.name) == key]
        if not hits:
            hits = [g for g in groups if key and (f" {_name_key(g.name)} " in f" {key} " or f" {key} " in
                                                  f" {_name_key(g.name)} ")]
        out[label] = hits[0] if len(hits) == 1 else None
    return out


def _agency_table(af: AgencyFile, p: ResultsPreview, indicators: list[Indicator], wanted: str | None) -> None:
    t = p.table
    row, p.agency_message = _choose_agency(af, t.agencies, wanted)
    fa = _file_agency(af)
    mine = [n for n in (fa.agency_name, fa.agency) if n.strip()]
    if row is not None and mine and not any(same_agency(row.name, n) for n in mine):
        p.issues.append(ResultIssue(row.line, f"Hàng đã chọn là “{row.name}”, không phải cơ quan của tệp "
                                              f"({fa.agency_name or fa.agency}): hãy chắc chắn đã chọn đúng."))
    groups = [i for i in indicators if i.kind == "group" and i.parent_id is None]
    labels = list(dict.fromkeys([*t.components, *(k for a in t.agencies for k in a.component_ranks)]))
    matched = _match_components(labels, groups)
    for label, g in matched.items():
        if g is None:
            p.issues.append(ResultIssue(0, f"Cột “{label}” không khớp chỉ số nào của bộ chỉ số {p.framework.code}: "
                                           "không dùng."))
    if row is None:
        return
    p.agency_row = row
    n = len(t.agencies)
    p.rank, p.rank_of, p.rating = row.rank, n if row.rank is not None else None, row.rating
    for label, rank in row.component_ranks.items():
        g = matched.get(label)
        if g is not None:
            p.group_ranks.append(GroupRank(g, rank, n, row.line))
    tree = build_tree(indicators, {k: (s.self_score, s.appraised_score)
                                   for k, s in af.repo.assessments.scores(p.assessment.id).items()})
    nodes = {nd.id: nd for nd in tree.nodes}
    for label, value in row.components.items():
        g = matched.get(label)
        if g is not None and nodes[g.id].appraised_score != value:
            got = nodes[g.id].appraised_score
            p.issues.append(ResultIssue(row.line, f"Chỉ số {g.code} ({g.name}): bảng ghi {fmt_number(value)} điểm, "
                                                  f"điểm thẩm định các tiêu chí trong tệp cộng lại "
                                                  f"{fmt_number(got) if got is not None else 'chưa có'}."))
    if row.total is not None and tree.total.appraised_score != row.total:
        got = tree.total.appraised_score
        p.issues.append(ResultIssue(row.line, f"Tổng điểm: bảng ghi {fmt_number(row.total)}, điểm thẩm định các tiêu chí "
                                              f"trong tệp cộng lại {fmt_number(got) if got is not None else 'chưa có'}."))


# -- writing and undoing -------------------------------------------------------------------------------------
@dataclass
class ResultsSnapshot:
    """What one import replaced, so undo puts it back."""

    assessment: Assessment
    scores: dict[int, Score | None] = field(default_factory=dict)
    ranks: dict[int, tuple[int | None, int | None] | None] = field(default_factory=dict)
    summary: str = ""


def import_results(af: AgencyFile, preview: ResultsPreview) -> tuple[ResultsSnapshot, Changes]:
    """Write the preview's appraised scores (self scores and inputs kept; the council's comment as the note), the
    components' ranks, the total rank, rating and decision: one transaction. Returns what it replaced."""
    if preview.table.kind == AGENCIES and preview.agency_row is None:
        raise ValidationError(preview.agency_message or "Chưa chọn cơ quan trong bảng.", "Cơ quan")
    if not preview.has_changes():
        raise ValidationError("Không có gì để ghi: bảng không có điểm thẩm định, xếp hạng hay xếp loại nào khớp với "
                              "kỳ đánh giá.", "Tệp")
    aid = preview.assessment.id
    r = af.repo.assessments
    before = r.get(aid)
    if before is None:
        raise NotFound("Không tìm thấy kỳ đánh giá.")
    current = r.scores(aid)
    old_ranks = r.group_ranks(aid)
    snap = ResultsSnapshot(before)
    writes = preview.writes
    with af.transaction():
        for m in writes:
            assert m.indicator is not None
            iid = m.indicator.id
            cur = current.get(iid)
            snap.scores[iid] = cur
            self_score = m.row.self_score if m.fill_self or cur is None else cur.self_score
            note = m.row.comment or (cur.note if cur else "")
            r.set_score(aid, iid, self_score, m.row.appraised, note)
        for g in preview.group_ranks:
            snap.ranks[g.indicator.id] = old_ranks.get(g.indicator.id)
            r.set_group_rank(aid, g.indicator.id, g.rank, g.rank_of)
        fields: dict[str, object] = {}
        if preview.rank is not None:
            fields.update(rank=preview.rank, rank_of=preview.rank_of)
        if preview.rating:
            fields["rating"] = preview.rating
        if preview.decision:
            fields["decision"] = preview.decision
        r.update(aid, **fields)
        parts = [f"{len(writes)} điểm thẩm định"]
        if preview.group_ranks:
            parts.append(f"{len(preview.group_ranks)} xếp hạng chỉ số")
        if preview.rank is not None:
            parts.append(f"xếp hạng {preview.rank}/{preview.rank_of or '?'}")
        snap.summary = f"Đã nhập kết quả thẩm định năm {preview.year}: {', '.join(parts)}"
        af.repo.log.add("import_results", "assessments", aid, f"{preview.table.source}: {', '.join(parts)}"[:200])
    return snap, Changes.of(*CHANGED, summary=snap.summary)


def restore_results(af: AgencyFile, snap: ResultsSnapshot) -> Changes:
    """Undo of import_results: the scores, ranks, rating and decision as they were."""
    a = snap.assessment
    r = af.repo.assessments
    with af.transaction():
        for iid, old in snap.scores.items():
            if old is None:
                r.delete_score(a.id, iid)
            else:
                r.set_score(a.id, iid, old.self_score, old.appraised_score, old.note)
        for iid, rank in snap.ranks.items():
            if rank is None:
                r.delete_group_rank(a.id, iid)
            else:
                r.set_group_rank(a.id, iid, *rank)
        r.update(a.id, rank=a.rank, rank_of=a.rank_of, rating=a.rating, decision=a.decision)
        af.repo.log.add("undo_import_results", "assessments", a.id, snap.summary[:200])
    return Changes.of(*CHANGED, summary=f"Đã hoàn tác nhập kết quả thẩm định năm {a.year}")
