"""User actions of Công cụ → Bộ chỉ số…: create, copy, edit and delete index versions and their criteria.

Each use case validates first (a refusal writes nothing), then writes in one transaction, logs and returns
the Changes. Deletions return a snapshot that the matching restore puts back under the same ids, so undo
and redo keep every id (and every link, score or task that points at one) as it was."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from ..domain.method_grammar import read_method
from ..domain.methods import Method
from ..domain.models import Framework, Indicator
from ..domain.validation import check_score, check_year, parse_date_input, parse_decimal_input, require_text
from ..domain.vnformat import fmt_number, from_roman, roman
from ..errors import NotFound, ValidationError
from ..store import AgencyFile
from .changes import Changes
from .framework_map import save_links
from .index_import import check_code, remove_index
from .index_sums import check_sums, code_key, group_maxima, sum_lines

__all__ = [  # check_sums and sum_lines live in index_sums, beside the rules they apply
    "IndicatorSnapshot", "VersionSnapshot", "add_indicator", "check_sums", "copy_version", "create_version",
    "delete_indicator", "delete_version", "get_indicator", "get_version", "group_maxima", "indicators_of",
    "next_code", "restore_indicator", "restore_version", "revert_indicator", "sum_lines", "understood",
    "update_indicator", "update_version",
]

KINDS = ("DTI", "PAR", "other")
LEVELS = ("so", "huyen", "")
VERSION_FIELDS = ("code", "version_year", "name", "level", "decision", "decision_date", "province", "note")


# -- reading ---------------------------------------------------------------------------------------------
def get_version(af: AgencyFile, framework_id: int) -> Framework:
    fw = af.repo.frameworks.get(framework_id)
    if fw is None:
        raise NotFound("Không tìm thấy bộ chỉ số (có thể đã bị xóa).")
    return fw


def get_indicator(af: AgencyFile, indicator_id: int) -> Indicator:
    ind = af.repo.frameworks.indicator(indicator_id)
    if ind is None:
        raise NotFound("Không tìm thấy chỉ số (có thể đã bị xóa).")
    return ind


def indicators_of(af: AgencyFile, framework_id: int) -> list[Indicator]:
    """Every group and criterion of the version, in document order."""
    return af.repo.frameworks.indicators(framework_id)


def understood(method_text: str, max_score: object, kind: str = "criterion") -> tuple[str, tuple[str, ...]]:
    """What the program computes from these words, for the editor's preview: the method in words and
    what its reading could not settle. Nothing is read for a group (its score is its criteria's)."""
    if kind != "criterion":
        return "", ()
    try:
        mx = parse_decimal_input(max_score, "Điểm tối đa")
    except ValidationError:
        mx = None
    method = read_method(method_text or "", mx, mx is not None and mx < 0)
    return method.words(), method.notes


def next_code(af: AgencyFile, framework_id: int, parent_id: int | None, after_id: int | None = None) -> str:
    """A code to propose for a new component or criterion: the sibling's code counted on (“1.3” → “1.4”,
    “IV” → “V”), or the parent's with “.1”; one no indicator of the version has yet."""
    inds = _document_order(indicators_of(af, framework_id))
    siblings = [i for i in inds if i.parent_id == parent_id]
    anchor = next((i for i in siblings if i.id == after_id), siblings[-1] if siblings else None)
    parent = next((i for i in inds if i.id == parent_id), None)
    taken = {code_key(i.code) for i in inds}
    base = anchor.code if anchor is not None else (f"{parent.code}.0" if parent is not None else "0")
    m = re.fullmatch(r"(.*?)(\d+)([.)]?)", base.strip())
    for step in range(1, 200):
        if m:
            code = f"{m.group(1)}{int(m.group(2)) + step}"
        else:
            try:
                code = roman(from_roman(base) + step)
            except ValueError:
                code = f"{base}.{step}"
        if code_key(code) not in taken:
            return code
    return ""


# -- versions --------------------------------------------------------------------------------------------
def _check_kind_level(kind: str, level: str) -> None:
    if kind not in KINDS:
        raise ValidationError(f"Loại bộ chỉ số “{kind}” không hợp lệ (DTI, PAR, other).", "Loại")
    if level not in LEVELS:
        raise ValidationError(f"Cấp áp dụng “{level}” không hợp lệ (so, huyen hoặc để trống).", "Cấp áp dụng")


def _free(af: AgencyFile, code: str, year: int, own_id: int | None = None) -> None:
    other = af.repo.frameworks.find(code, year)
    if other is not None and other.id != own_id:
        raise ValidationError(f"Tệp đã có bộ chỉ số {code} năm {year}.", "Mã bộ chỉ số")


def create_version(af: AgencyFile, code: str, year: object, name: str, kind: str = "DTI", level: str = "",
                   decision: str = "", province: str = "") -> tuple[int, Changes]:
    """User action “Phiên bản mới”: an empty index version, to which components and criteria are added."""
    code = check_code(code or "")
    version_year = check_year(year, "Năm áp dụng")
    title = require_text(name, "Tên bộ chỉ số")
    _check_kind_level(kind, level)
    _free(af, code, version_year)
    with af.transaction():
        fid = af.repo.frameworks.insert(code, version_year, title, kind, (decision or "").strip(),
                                        (province or "").strip(), level=level)
        af.repo.log.add("create_version", "frameworks", fid, f"{code}/{version_year}")
    return fid, Changes.of("frameworks", summary=f"Đã tạo bộ chỉ số {code} năm {version_year}")


def copy_version(af: AgencyFile, framework_id: int, year: object) -> tuple[int, Changes]:
    """User action “Sao chép cho năm sau”: every component and criterion with its maximum, method and
    evidence, and a “giữ nguyên” link from each old criterion to its copy, so a criterion's history runs on
    across the years."""
    fw = get_version(af, framework_id)
    version_year = check_year(year, "Năm áp dụng")
    _free(af, fw.code, version_year)
    old = indicators_of(af, fw.id)
    with af.transaction():
        repo = af.repo.frameworks
        new_id = repo.insert(fw.code, version_year, fw.name, fw.kind, fw.decision, fw.province, fw.note,
                             [{"min_percent": str(b.min_percent), "rating": b.rating} for b in fw.rating_bands],
                             level=fw.level, decision_date=fw.decision_date)
        _keep_period(af, new_id, fw)
        ids: dict[int, int] = {}
        for ind in _document_order(old):
            ids[ind.id] = repo.insert_indicator(
                new_id, ids.get(ind.parent_id) if ind.parent_id else None, ind.code, ind.name, ind.kind,
                ind.max_score, ind.position, ind.scoring_note, ind.evidence_hint,
                ind.method if ind.kind == "criterion" else None, ind.source_line, stated_max=ind.stated_max)
        save_links(af, fw.id, new_id, [{"from_id": i.id, "to_id": ids[i.id], "relation": "same"}
                                       for i in old if i.kind == "criterion"])
        af.repo.log.add("copy_version", "frameworks", new_id,
                        f"{fw.code}/{fw.version_year} → {fw.code}/{version_year}")
    return new_id, Changes.of("frameworks", "indicators", "indicator_links",
                              summary=f"Đã sao chép bộ chỉ số {fw.code} sang năm {version_year}")


def update_version(af: AgencyFile, framework_id: int, **fields) -> Changes:
    """Edit a version's code, year, name, level, decision, its date, province or note; an edit that changes
    nothing writes nothing."""
    fw = get_version(af, framework_id)
    clean: dict[str, object] = {}
    for key, value in fields.items():
        if key not in VERSION_FIELDS:
            raise KeyError(key)
        if key == "code":
            value = check_code(str(value or ""))
        elif key == "version_year":
            value = check_year(value, "Năm áp dụng")
        elif key == "name":
            value = require_text(value, "Tên bộ chỉ số")
        elif key == "level":
            _check_kind_level(fw.kind, str(value or ""))
            value = str(value or "")
        elif key == "decision_date":
            value = parse_date_input(value, "Ngày quyết định")
        else:
            value = str(value or "").strip()
        clean[key] = value
    clean = {k: v for k, v in clean.items() if getattr(fw, k) != v}
    if not clean:
        return Changes()
    if "code" in clean or "version_year" in clean:
        _free(af, str(clean.get("code", fw.code)), int(clean.get("version_year", fw.version_year)),  # type: ignore[arg-type]
              fw.id)
    with af.transaction():
        af.repo.frameworks.update_framework(fw.id, **clean)
        af.repo.log.add("update_version", "frameworks", fw.id, ", ".join(clean))
    return Changes.of("frameworks")


@dataclass(frozen=True)
class VersionSnapshot:
    """A deleted version whole: itself, its indicators and every link to or from them."""

    framework: Framework
    indicators: tuple[Indicator, ...]
    links: tuple[dict, ...]


def delete_version(af: AgencyFile, framework_id: int) -> tuple[VersionSnapshot, Changes]:
    """User action “Xóa phiên bản” (through remove_index, which refuses a version with assessments);
    refused too while plan tasks are linked to its criteria, which the deletion would silently unlink."""
    fw = get_version(af, framework_id)
    inds = indicators_of(af, fw.id)
    linked = af.repo.tasks.counts_by_criterion()
    tasks = sum(linked.get(i.id, 0) for i in inds)
    if tasks:
        raise ValidationError(f"Bộ chỉ số {fw.code} ({fw.version_year}) có {tasks} nhiệm vụ gắn với tiêu chí của "
                              "nó: không xóa được (hãy bỏ liên kết các nhiệm vụ đó trước).", "Bộ chỉ số")
    snapshot = VersionSnapshot(fw, tuple(inds), tuple(_links_of(af, {i.id for i in inds})))
    with af.transaction():
        changes = remove_index(af, fw.id)
    return snapshot, changes | Changes.of("indicator_links")


def restore_version(af: AgencyFile, snapshot: VersionSnapshot) -> Changes:
    """Undo of delete_version (and redo of create/copy): the version back under its ids, with its links."""
    fw = snapshot.framework
    _free(af, fw.code, fw.version_year)
    with af.transaction():
        af.repo.frameworks.insert(fw.code, fw.version_year, fw.name, fw.kind, fw.decision, fw.province, fw.note,
                                  [{"min_percent": str(b.min_percent), "rating": b.rating} for b in fw.rating_bands],
                                  level=fw.level, decision_date=fw.decision_date, source=fw.source,
                                  framework_id=fw.id)
        _keep_period(af, fw.id, fw)
        _insert_all(af, snapshot.indicators, snapshot.links)
        af.repo.log.add("restore_version", "frameworks", fw.id, f"{fw.code}/{fw.version_year}")
    return Changes.of("frameworks", "indicators", "indicator_links")


# -- indicators ------------------------------------------------------------------------------------------
def _clean_code(af: AgencyFile, framework_id: int, code: object, own_id: int | None = None) -> str:
    text = require_text(code, "Mã chỉ số")
    for other in indicators_of(af, framework_id):
        if other.id != own_id and code_key(other.code) == code_key(text):
            raise ValidationError(f"Mã “{text}” đã dùng cho “{_short(other.name)}” trong bộ chỉ số này.",
                                  "Mã chỉ số")
    return text


def _clean_max(kind: str, code: str, value: object) -> Decimal | None:
    mx = parse_decimal_input(value, "Điểm tối đa")
    if kind == "group":
        if mx is not None:
            raise ValidationError(f"Nhóm {code} không ghi điểm tối đa: điểm tối đa của nhóm là tổng điểm các "
                                  "tiêu chí trong nhóm.", "Điểm tối đa")
        return None
    if mx is None or mx == 0:
        raise ValidationError(f"Tiêu chí {code} cần điểm tối đa lớn hơn 0 (dòng điểm trừ ghi số âm, ví dụ -10).",
                              "Điểm tối đa")
    if mx.as_tuple().exponent < -2:  # type: ignore[operator]
        raise ValidationError(f"Điểm tối đa {fmt_number(mx, 4)} có quá 2 chữ số thập phân.", "Điểm tối đa")
    return mx


def _method(kind: str, text: str, mx: Decimal | None) -> tuple[Decimal | None, Method | None]:
    """The method read from the words; a method that takes points away makes the row a deduction (negative
    maximum), as the import does."""
    if kind != "criterion" or mx is None:
        return mx, None
    method = read_method(text, mx, mx < 0)
    if method.kind == "deduction" and mx > 0:
        mx = -mx
    return mx, method


def _scores_above(af: AgencyFile, ind: Indicator, mx: Decimal) -> list[str]:
    """The stored scores of this criterion a new maximum would not allow, as “năm 2024: tự chấm 15”."""
    out = []
    for a in sorted(af.repo.assessments.all(), key=lambda a: a.year):
        if a.framework_id != ind.framework_id:
            continue
        s = af.repo.assessments.scores(a.id).get(ind.id)
        if s is None:
            continue
        for label, value in (("tự chấm", s.self_score), ("thẩm định", s.appraised_score)):
            try:
                check_score(value, mx, label)
            except ValidationError:
                out.append(f"năm {a.year}: {label} {fmt_number(value)}")
    return out


def add_indicator(af: AgencyFile, framework_id: int, parent_id: int | None, code: str, name: str,
                  max_score: object, method_text: str = "", evidence: str = "", *, kind: str | None = None,
                  after_id: int | None = None) -> tuple[int, Changes]:
    """User action “Thêm chỉ số thành phần / tiêu chí”: a group (no maximum) or a criterion (with one) under
    `parent_id` (None: a component at the top), after the sibling `after_id` or else last."""
    fw = get_version(af, framework_id)
    kind = kind or ("group" if parse_decimal_input(max_score, "Điểm tối đa") is None else "criterion")
    if kind not in ("group", "criterion"):
        raise ValueError(kind)
    inds = indicators_of(af, fw.id)
    by_id = {i.id: i for i in inds}
    if parent_id is not None:
        parent = by_id.get(parent_id)
        if parent is None:
            raise ValidationError("Nhóm được chọn không thuộc bộ chỉ số này.", "Nhóm")
        if parent.kind != "group":
            raise ValidationError(f"{parent.code} là tiêu chí: chỉ thêm tiêu chí vào một nhóm (chỉ số thành phần).",
                                  "Nhóm")
    code = _clean_code(af, fw.id, code)
    title = require_text(name, "Tên chỉ số")
    mx, method = _method(kind, (method_text or "").strip(), _clean_max(kind, code, max_score))
    order = _document_order(inds)
    siblings = [i for i in order if i.parent_id == parent_id]
    anchor = by_id.get(after_id) if after_id is not None else None
    if anchor is None or anchor.parent_id != parent_id:
        anchor = siblings[-1] if siblings else (by_id[parent_id] if parent_id is not None else None)
    with af.transaction():
        iid = af.repo.frameworks.insert_indicator(fw.id, parent_id, code, title, kind, mx, len(inds) + 1,
                                                  (method_text or "").strip(), (evidence or "").strip(), method)
        ids = [i.id for i in order]
        at = len(ids) if anchor is None else ids.index(_last_descendant(order, anchor).id) + 1
        ids.insert(at, iid)
        af.repo.frameworks.renumber_indicators(fw.id, ids)
        af.repo.log.add("add_indicator", "indicators", iid, f"{fw.code}/{fw.version_year} {code}")
    return iid, Changes.of("indicators", summary=f"Đã thêm {code}")


def update_indicator(af: AgencyFile, indicator_id: int, *, code: str, name: str, max_score: object,
                     method_text: str, evidence: str) -> Changes:
    """Edit a component or criterion. The method is read again from the words when they or the maximum
    change (otherwise the stored one stays). A new maximum that scores already given exceed is refused,
    naming them; an edit that changes nothing writes nothing."""
    ind = get_indicator(af, indicator_id)
    code = _clean_code(af, ind.framework_id, code, ind.id)
    title = require_text(name, "Tên chỉ số")
    words, hint = (method_text or "").strip(), (evidence or "").strip()
    mx = _clean_max(ind.kind, code, max_score)
    method: Method | None = ind.method if ind.kind == "criterion" else None
    if ind.kind == "criterion" and (words != ind.scoring_note or mx != ind.max_score):
        mx, method = _method(ind.kind, words, mx)
    if mx is not None and mx != ind.max_score:
        above = _scores_above(af, ind, mx)
        if above:
            raise ValidationError(f"Không đổi được điểm tối đa của {code} thành {fmt_number(mx)}: đã có điểm "
                                  f"vượt mức đó ({'; '.join(above)}). Hãy sửa các điểm đó trước.", "Điểm tối đa")
    new = (code, title, mx, words, hint, method)
    if new == (ind.code, ind.name, ind.max_score, ind.scoring_note, ind.evidence_hint,
               ind.method if ind.kind == "criterion" else None):
        return Changes()
    with af.transaction():
        af.repo.frameworks.update_indicator(ind.id, code=code, name=title, max_score=mx, scoring_note=words,
                                            evidence_hint=hint, method=method)
        af.repo.log.add("update_indicator", "indicators", ind.id, code)
    return Changes.of("indicators")


def revert_indicator(af: AgencyFile, before: Indicator) -> Changes:
    """Undo of update_indicator: the indicator exactly as it was, its stored method included."""
    get_indicator(af, before.id)
    with af.transaction():
        af.repo.frameworks.update_indicator(
            before.id, code=before.code, name=before.name, max_score=before.max_score,
            scoring_note=before.scoring_note, evidence_hint=before.evidence_hint,
            method=before.method if before.kind == "criterion" else None)
        af.repo.log.add("revert_indicator", "indicators", before.id, before.code)
    return Changes.of("indicators")


@dataclass(frozen=True)
class IndicatorSnapshot:
    """A deleted indicator with everything under it and every link to or from them."""

    indicators: tuple[Indicator, ...]
    links: tuple[dict, ...] = field(default=())


def _usage(af: AgencyFile, ind: Indicator, subtree: list[Indicator]) -> list[str]:
    """What would be lost with these indicators: scores, ranks, evidence, linked tasks."""
    ids = {i.id for i in subtree}
    code = {i.id: i.code for i in subtree}
    out = []
    for a in sorted(af.repo.assessments.all(), key=lambda a: a.year):
        if a.framework_id != ind.framework_id:
            continue
        scored = [code[i] for i, s in af.repo.assessments.scores(a.id).items() if i in ids and (
            s.self_score is not None or s.appraised_score is not None or s.inputs or s.note)]
        ranked = [code[i] for i in af.repo.assessments.group_ranks(a.id) if i in ids]
        evidence = sum(n for i, n in af.repo.assessments.evidence_counts(a.id).items() if i in ids)
        if scored or ranked:
            out.append(f"điểm năm {a.year} ({', '.join(sorted(set(scored + ranked)))})")
        if evidence:
            out.append(f"{evidence} tài liệu kiểm chứng năm {a.year}")
    tasks = sum(n for i, n in af.repo.tasks.counts_by_criterion().items() if i in ids)
    if tasks:
        out.append(f"{tasks} nhiệm vụ gắn với nó")
    return out


def delete_indicator(af: AgencyFile, indicator_id: int) -> tuple[IndicatorSnapshot, Changes]:
    """User action “Xóa chỉ số”: the group or criterion with everything under it; refused (saying what) while
    scores, evidence or plan tasks use any of them. Returns what restore_indicator needs."""
    ind = get_indicator(af, indicator_id)
    order = _document_order(indicators_of(af, ind.framework_id))
    subtree = _subtree(order, ind)
    used = _usage(af, ind, subtree)
    if used:
        what = "nhóm" if ind.kind == "group" else "tiêu chí"
        raise ValidationError(f"Không xóa được {what} {ind.code} “{_short(ind.name)}”: đã có "
                              f"{'; '.join(used)}.", "Chỉ số")
    snapshot = IndicatorSnapshot(tuple(subtree), tuple(_links_of(af, {i.id for i in subtree})))
    with af.transaction():
        af.repo.frameworks.delete_indicator(ind.id)  # its children and links go with it (ON DELETE CASCADE)
        af.repo.log.add("delete_indicator", "indicators", ind.id, ind.code)
    return snapshot, Changes.of("indicators", "indicator_links", summary=f"Đã xóa {ind.code}")


def restore_indicator(af: AgencyFile, snapshot: IndicatorSnapshot) -> Changes:
    """Undo of delete_indicator (and redo of add_indicator): back under the same ids and places."""
    first = snapshot.indicators[0]
    get_version(af, first.framework_id)
    with af.transaction():
        _insert_all(af, snapshot.indicators, snapshot.links)
        af.repo.log.add("restore_indicator", "indicators", first.id, first.code)
    return Changes.of("indicators", "indicator_links")


# -- helpers ---------------------------------------------------------------------------------------------
def _document_order(inds: list[Indicator]) -> list[Indicator]:
    """Parents before children, siblings by position: the order the decision prints them in."""
    ids = {i.id for i in inds}
    kids: dict[int | None, list[Indicator]] = {}
    for i in sorted(inds, key=lambda i: (i.position, i.id)):
        kids.setdefault(i.parent_id if i.parent_id in ids else None, []).append(i)
    out: list[Indicator] = []

    def visit(parent: int | None) -> None:
        for i in kids.get(parent, []):
            out.append(i)
            visit(i.id)

    visit(None)
    return out


def _subtree(order: list[Indicator], ind: Indicator) -> list[Indicator]:
    inside = {ind.id}
    out = [ind]
    for i in order:
        if i.parent_id in inside and i.id not in inside:
            inside.add(i.id)
            out.append(i)
    return out


def _last_descendant(order: list[Indicator], ind: Indicator) -> Indicator:
    return _subtree(order, ind)[-1]


def _links_of(af: AgencyFile, ids: set[int]) -> list[dict]:
    return [dict(r) for r in af.repo.indicator_links.all() if r["from_id"] in ids or r["to_id"] in ids]


def _insert_all(af: AgencyFile, inds: tuple[Indicator, ...], links: tuple[dict, ...]) -> None:
    """Indicators under their own ids, parents first, then the links (whose ends all exist again)."""
    for i in _document_order(list(inds)):
        af.repo.frameworks.insert_indicator(
            i.framework_id, i.parent_id, i.code, i.name, i.kind, i.max_score, i.position, i.scoring_note,
            i.evidence_hint, i.method if i.kind == "criterion" else None, i.source_line, indicator_id=i.id,
            stated_max=i.stated_max)
    for r in links:
        af.repo.indicator_links.add(r["from_id"], r["to_id"], r["relation"], r.get("note") or "")


def _keep_period(af: AgencyFile, framework_id: int, fw: Framework) -> None:
    """The assessment period the version states (issue 16's column) goes with a copy or a restore."""
    period = getattr(fw, "period", None)
    if period:
        af.repo.frameworks.update_framework(framework_id, period=period)


def _short(text: str, n: int = 50) -> str:
    t = " ".join(text.split())
    return t if len(t) <= n else t[: n - 1] + "…"
