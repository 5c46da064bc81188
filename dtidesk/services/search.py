"""Search across plans and years (issue 18): tasks, targets, directives and evidence of the whole file, by words
with or without diacritics (“ra soat” finds “Rà soát”). The per-plan filters of the tabs stay as they are."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..domain.text import fold
from ..store import AgencyFile

KINDS = ("task", "target", "directive", "evidence")
KIND_LABELS = {"task": "Nhiệm vụ", "target": "Chỉ tiêu", "directive": "Văn bản", "evidence": "Tài liệu kiểm chứng"}
LIMIT = 500  # hits listed; the count says how many more matched


@dataclass(frozen=True)
class SearchHit:
    """One item found, with what the window needs to go to it: the plan (tasks, targets, directives) or the
    assessment year, index and criterion (evidence)."""

    kind: str
    id: int
    year: int | None
    where: str  # the plan's title, or the index and year of the evidence
    code: str  # the task's or target's number, the directive's number, the criterion's code
    text: str  # content, summary or title on one line
    plan_id: int | None = None
    assessment_id: int | None = None
    framework_code: str = ""
    indicator_id: int | None = None


@dataclass
class SearchIndex:
    """Every searchable item with its text folded once; made when the search opens, searched per keystroke."""

    entries: list[tuple[str, SearchHit]] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.entries)


def _line(text: str | None) -> str:
    return " ".join((text or "").split())


def build_index(af: AgencyFile) -> SearchIndex:
    r = af.repo.search
    out: list[tuple[str, SearchHit]] = []
    for tid, pid, year, title, code, content, objective, output, result, timeline in r.tasks():
        hit = SearchHit("task", tid, year, title, code, _line(content), plan_id=pid)
        out.append((fold(" ".join((code, content, objective, output, result, timeline))), hit))
    for gid, pid, year, title, code, content, note in r.targets():
        hit = SearchHit("target", gid, year, title, code, _line(content), plan_id=pid)
        out.append((fold(" ".join((code, content, note))), hit))
    for did, pid, year, title, doc_type, number, summary, issuer, note in r.directives():
        text = _line(f"{doc_type} {summary}" if doc_type else summary)
        hit = SearchHit("directive", did, year, title or "(không thuộc kế hoạch nào)", number, text, plan_id=pid)
        out.append((fold(" ".join((doc_type, number, summary, issuer, note))), hit))
    for eid, aid, year, fw_code, ind_id, ind_code, title, number, issuer, file_name, location in r.evidence():
        hit = SearchHit("evidence", eid, year, f"{fw_code} năm {year}", ind_code, _line(title), assessment_id=aid,
                        framework_code=fw_code, indicator_id=ind_id)
        out.append((fold(" ".join((title, number, issuer, file_name, location))), hit))
    return SearchIndex(out)


def search(index: SearchIndex, needle: str, kinds: tuple[str, ...] = (), limit: int = LIMIT
           ) -> tuple[list[SearchHit], int]:
    """The items holding every word of `needle` (diacritics and case aside), newest year first, at most `limit`
    of them; and how many matched in all. An empty needle finds nothing."""
    words = fold(needle).split()
    if not words:
        return [], 0
    wanted = set(kinds) if kinds else None
    hits = [hit for key, hit in index.entries
            if (wanted is None or hit.kind in wanted) and all(w in key for w in words)]
    hits.sort(key=lambda h: -(h.year or 0))  # stable: within a year, the order of the plan and the index
    return hits[:limit], len(hits)


def search_file(af: AgencyFile, needle: str, kinds: tuple[str, ...] = (), limit: int = LIMIT) -> list[SearchHit]:
    """One search without keeping the index (tests, scripts)."""
    return search(build_index(af), needle, kinds, limit)[0]
