"""User action “Nhập bộ chỉ số” (Tệp → Nhập bộ chỉ số…, `dtidesk-cli import-index`): read a province's
decision, show what was read, write it as a new index version in one transaction; undo removes it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from ..domain.index_draft import DraftNode, IndexDraft
from ..domain.text import fold
from ..domain.validation import check_year
from ..errors import NotFound, ValidationError
from ..importers.index_source import read_index_file, read_index_text
from ..store import AgencyFile
from .changes import Changes

LEVEL_NAMES = {"so": "sở, ban, ngành", "huyen": "cấp huyện", "": "không ghi"}


def read_index(path: Path | str | None = None, text: str | None = None) -> IndexDraft:
    """The preview: what the document states, with what does not add up; nothing is written."""
    if text is not None:
        return read_index_text(text)
    if path is None:
        raise ValidationError("Chưa chọn tệp quyết định.", "Tệp")
    return read_index_file(path)


def proposed_code(af: AgencyFile | None, draft: IndexDraft, year: int) -> str:
    """A short code for the version: kind, the province's initials, the level ("DTI-DT-HUYEN"); made
    unique in the file for that year."""
    initials = "".join(w[0] for w in fold(draft.province).upper().split() if w) if draft.province else ""
    parts = [draft.kind or "DTI"] + ([initials] if initials else []) + (
        [{"so": "SO", "huyen": "HUYEN"}[draft.level]] if draft.level in ("so", "huyen") else [])
    base = "-".join(parts)
    if af is None:
        return base
    code, n = base, 1
    while af.repo.frameworks.find(code, year) is not None:
        n += 1
        code = f"{base}-{n}"
    return code


def year_of(draft: IndexDraft, year: int | None = None) -> int:
    if year is not None:
        return check_year(year, "Năm áp dụng")
    if draft.year is not None:
        return draft.year
    raise ValidationError("Văn bản không ghi năm áp dụng: hãy chọn năm (--year).", "Năm áp dụng")


@dataclass(frozen=True)
class ImportedIndex:
    framework_id: int
    code: str
    version_year: int


def import_index(af: AgencyFile, draft: IndexDraft, year: int | None = None, name: str | None = None,
                 code: str | None = None) -> tuple[ImportedIndex, Changes]:
    """Write the draft as a new index version; refused (nothing written) when it has no criterion with a
    maximum. Sums that do not add up are written as read: the preview has shown them."""
    criteria = draft.criteria()
    if not criteria or any(c.max_score is None for c in criteria):
        missing = [c.code for c in criteria if c.max_score is None]
        raise ValidationError("Không nhập được: " + (
            f"tiêu chí {', '.join(missing[:5])} chưa có điểm tối đa." if missing else "không có tiêu chí nào."),
            "Bộ chỉ số")
    version_year = year_of(draft, year)
    code = check_code(code) if (code or "").strip() else proposed_code(af, draft, version_year)
    if af.repo.frameworks.find(code, version_year) is not None:
        raise ValidationError(f"Tệp đã có bộ chỉ số {code} năm {version_year}.", "Mã bộ chỉ số")
    title = (name or draft.name or Path(draft.source).stem).strip()
    decision = draft.decision
    if decision and draft.decision_date:
        decision = f"Quyết định số {decision} ngày {draft.decision_date.day}/{draft.decision_date.month}/" \
                   f"{draft.decision_date.year}"
    with af.transaction():
        repo = af.repo.frameworks
        fid = repo.insert(code, version_year, title, draft.kind, decision, draft.province,
                          "\n".join(draft.notes)[:4000],
                          [{"min_percent": str(b.min_percent), "rating": b.rating} for b in draft.rating_bands],
                          level=draft.level, decision_date=draft.decision_date, source=draft.source)
        if draft.period:
            repo.update_framework(fid, period=draft.period)
        position = 0

        def write(node: DraftNode, parent: int | None) -> None:
            nonlocal position
            position += 1
            kind = node.kind
            iid = repo.insert_indicator(
                fid, parent, node.code, node.name or node.code, kind,
                node.max_score if kind == "criterion" else None, position, node.method_text, node.evidence,
                node.method if kind == "criterion" else None, f"{draft.where} {node.line}" if node.line else "",
                stated_max=node.max_score if kind == "group" else None)
            for child in node.children:
                write(child, iid)

        for comp in draft.components:
            write(comp, None)
        af.repo.log.add("import_index", "frameworks", fid, f"{code}/{version_year} từ {draft.source}")
    return ImportedIndex(fid, code, version_year), Changes.of("frameworks", "indicators",
                                                               summary=f"Đã nhập bộ chỉ số {code}")


def remove_index(af: AgencyFile, framework_id: int) -> Changes:
    """Undo of an import (and Công cụ → Bộ chỉ số → Xóa): the version with its criteria; refused while a
    self-assessment or a plan uses it."""
    fw = af.repo.frameworks.get(framework_id)
    if fw is None:
        raise NotFound("Không tìm thấy bộ chỉ số.")
    used = [a for a in af.repo.assessments.all() if a.framework_id == framework_id]
    if used:
        raise ValidationError(f"Bộ chỉ số {fw.code} ({fw.version_year}) đang có kết quả đánh giá năm "
                              f"{', '.join(str(a.year) for a in used)}: không xóa được.", "Bộ chỉ số")
    with af.transaction():
        af.repo.frameworks.delete(framework_id)
        af.repo.log.add("remove_index", "frameworks", framework_id, f"{fw.code}/{fw.version_year}")
    return Changes.of("frameworks", "indicators")


def _num(v: Decimal | None) -> int | float | None:
    if v is None:
        return None
    return int(v) if v == v.to_integral_value() else float(v)


def method_json(method, text: str = "") -> dict:
    """A method's public shape: its kind and parameters, its words as understood, and the document's."""
    d = method.to_json()
    d["words"] = method.words()
    if text:
        d["text"] = text
    return d


def draft_json(draft: IndexDraft, code: str, year: int | None) -> dict:
    """`import-index --json`: the version's code and the index as read, with issues by line."""

    def node(n: DraftNode) -> dict:
        d = {"code": n.code, "name": n.name, "max": _num(n.max_score if n.kind == "criterion" else n.counted_max()),
             "line": n.line}
        if n.kind == "criterion":
            d["method"] = method_json(n.method, n.method_text)
            d["evidence"] = n.evidence
            d["deduction"] = n.deduction
        return d

    components = []
    for comp in draft.components:
        c = node(comp)
        c["criteria"] = [dict(node(leaf), parent=_parent_code(comp, leaf)) for leaf in comp.leaves()] \
            if comp.children else []
        if not comp.children:  # a component that is itself a criterion
            c["criteria"] = [node(comp)]
        components.append(c)
    return {
        "code": code, "year": year, "name": draft.name, "kind": draft.kind, "level": draft.level,
        "decision": draft.decision,
        "decision_date": draft.decision_date.isoformat() if draft.decision_date else None,
        "province": draft.province, "source": draft.source,
        "components": components, "total_max": _num(draft.total_max), "total_stated": _num(draft.total_stated),
        "rating_bands": [{"min_percent": _num(b.min_percent), "rating": b.rating} for b in draft.rating_bands],
        "issues": [{"line": i.line, "message": i.message} for i in draft.issues],
        "notes": draft.notes,
        "period": draft.period or None,
    }


def _parent_code(root: DraftNode, leaf: DraftNode) -> str | None:
    for n in root.walk():
        if any(c is leaf for c in n.children):
            return n.code
    return None


def issue_lines(draft: IndexDraft) -> list[str]:
    return [(f"{draft.where} {i.line}: " if i.line else "") + i.message for i in draft.issues]


_CODE_OK = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,39}")


def check_code(code: str) -> str:
    code = code.strip()
    if not _CODE_OK.fullmatch(code):
        raise ValidationError(f"Mã bộ chỉ số “{code}” không hợp lệ (chữ không dấu, số, dấu gạch ngang).",
                              "Mã bộ chỉ số")
    return code
