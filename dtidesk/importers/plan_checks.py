"""After reading: footnote scores attached, criteria naming several things read, stated totals checked."""

from __future__ import annotations

import re
from copy import deepcopy
from dataclasses import replace
from decimal import Decimal

from ..domain.text import fold
from ..domain.vnformat import fmt_number
from .plan_grammar import fold_chars, number
from .plan_model import Issue, ParsedCriterion, ParsedGroup, ParsedPlan, ParsedTask, PlanSource

_NUM = r"(\d{1,4}(?:[.,]\d{1,3})?)(?:\s*/\s*(\d{1,4}(?:[.,]\d{1,3})?))?"
_SELF = re.compile(r"tu\s+(?:cham|danh gia)(?:\s+diem)?(?:\s+(?:dat|duoc|la))*\s*:?\s*" + _NUM)
_APPRAISED = re.compile(r"(?:tham dinh|danh gia lai|cham lai|hoi dong cham)(?:\s+(?:dat|duoc|la|diem))*\s*:?\s*"
                        + _NUM)


def footnote_scores(text: str) -> tuple[Decimal | None, Decimal | None, Decimal | None, str]:
    """(self, appraised, max, rest): "Sở … tự chấm đạt 5/5 điểm; thẩm định 2/5 điểm, thiếu tài liệu …"."""
    f = fold_chars(text)
    s, a = _SELF.search(f), _APPRAISED.search(f)
    mx = None
    for m in (s, a):
        if m and m.group(2):
            mx = number(m.group(2))
    ends = [m.end() for m in (s, a) if m]
    rest = text
    if ends:
        tail = text[max(ends):]
        tail = re.sub(r"^\s*điểm\b", "", tail, flags=re.IGNORECASE)
        rest = tail.strip(" .,;:-–)")
    return (number(s.group(1)) if s else None, number(a.group(1)) if a else None, mx, rest)


def _n(v: Decimal | None) -> str:
    return fmt_number(v) if v is not None else "?"


def _attach_footnotes(plan: ParsedPlan, src: PlanSource) -> None:
    used: set[str] = set()
    for c in plan.criteria():
        for marker in c.footnotes:
            text = src.footnotes.get(marker)
            if text is None:
                plan.warnings.append(Issue(c.line, f"Tiêu chí {c.code}: không tìm thấy chú thích số {marker}."))
                continue
            used.add(marker)
            self_s, appraised, mx, rest = footnote_scores(text)
            if self_s is None and appraised is None:
                c.note = "; ".join(x for x in (c.note, text.strip(" .")) if x)
                continue
            if self_s is not None:
                c.self_score = self_s
            if appraised is not None and c.appraised_score is not None and appraised != c.appraised_score:
                plan.warnings.append(Issue(c.line, f"Tiêu chí {c.code}: đề mục ghi đạt {_n(c.appraised_score)} "
                                                   f"điểm, chú thích {marker} ghi thẩm định {_n(appraised)} "
                                                   "điểm; lấy điểm ở đề mục."))
            elif appraised is not None:
                c.appraised_score = appraised
            if mx is not None and c.max_score is None:
                c.max_score = mx
            elif mx is not None and mx != c.max_score:
                plan.warnings.append(Issue(c.line, f"Tiêu chí {c.code}: chú thích {marker} ghi điểm tối đa "
                                                   f"{_n(mx)}, đề mục ghi {_n(c.max_score)}."))
            if rest:
                c.note = "; ".join(x for x in (c.note, rest) if x)
    for g in plan.all_groups():
        used.update(g.footnotes)
    for marker, text in src.footnotes.items():
        if marker not in used:
            plan.warnings.append(Issue(src.footnote_lines.get(marker),
                                       f"Chú thích {marker} (“{text[:60]}”) không gắn với tiêu chí nào."))


def _all_criteria(g: ParsedGroup) -> list[ParsedCriterion]:
    return [c for x in g.walk() for c in x.criteria]


def _parts(c: ParsedCriterion) -> int:
    return max(1, len(c.parts))


def _merged(plan: ParsedPlan, g: ParsedGroup) -> None:
    """“A”, “B” quoted under one number is one criterion, as the plan numbers it (seed 000's 1.1). When the
    index's stated count counts the things named ("05 tiêu chí" over four numbers), the heading's "10/10" is
    each thing's: the criterion is worth their sum (20), which is what makes the index's total (50) add up."""
    merged = [c for c in g.criteria if c.parts]
    if not merged or g.stated_count is None:
        return
    if sum(_parts(c) for c in _all_criteria(g)) != g.stated_count:
        return
    for c in merged:
        n = len(c.parts)
        each = f"{_n(c.appraised_score)}/{_n(c.max_score)}"
        c.max_score, c.appraised_score, c.deduction = (
            v * n if v is not None else None for v in (c.max_score, c.appraised_score, c.deduction))
        plan.warnings.append(Issue(c.line, f"Tiêu chí {c.code} nêu {n} nội dung và chỉ số {g.code} ghi gồm "
                                           f"{g.stated_count:02d} tiêu chí: đọc là một tiêu chí tối đa "
                                           f"{_n(c.max_score)} điểm ({each} điểm mỗi nội dung)."))


def split_parts(plan: ParsedPlan) -> ParsedPlan | None:
    """The reading of files made before 1.1 was one criterion: each thing named its own criterion ("1.1a",
    "1.1b"), the points shared out evenly. None when no heading names several things."""
    if not any(c.parts for c in plan.criteria()):
        return None
    out = deepcopy(plan)
    for g in out.all_groups():
        criteria: list[ParsedCriterion] = []
        for c in g.criteria:
            if not c.parts:
                criteria.append(c)
                continue
            n = len(c.parts)
            share = [v / n if v is not None else None for v in (c.max_score, c.appraised_score, c.self_score,
                                                                 c.deduction)]
            for i, name in enumerate(c.parts):
                criteria.append(replace(c, code=f"{c.code}{chr(ord('a') + i)}", name=name, parts=[],
                                        max_score=share[0], appraised_score=share[1], self_score=share[2],
                                        deduction=share[3], tasks=c.tasks if i == 0 else [],
                                        footnotes=c.footnotes if i == 0 else []))
        g.criteria = criteria
    return out


def _empty_areas(plan: ParsedPlan) -> None:
    """A numbered item with nothing under it ("e) Phối hợp với …") is a task of its parent, not a heading."""
    def visit(g: ParsedGroup, siblings: list[ParsedGroup], parent: ParsedGroup | None) -> None:
        for child in list(g.children):
            visit(child, g.children, g)
        if parent is not None and not g.scored and not (g.children or g.tasks or g.targets or g.criteria):
            siblings.remove(g)
            parent.tasks.append(ParsedTask(g.name, g.line, code=g.code))
    for top in plan.groups:
        visit(top, plan.groups, None)
    # Numbered items after the headings of a short plan (seed 001's "6. Đảm bảo 100% …") are tasks.
    loose = [g for g in plan.groups if not g.scored and not (g.children or g.tasks or g.targets or g.criteria)]
    if loose and len(loose) < len(plan.groups):
        box = ParsedGroup("", "Nhiệm vụ khác", loose[0].line)
        box.tasks = [ParsedTask(g.name, g.line, code=g.code) for g in loose]
        plan.groups[plan.groups.index(loose[0])] = box
        plan.groups[:] = [g for g in plan.groups if g not in loose]


def _check_group(plan: ParsedPlan, g: ParsedGroup) -> None:
    crits = _all_criteria(g)
    name = f"Chỉ số {g.code} “{g.name[:50]}”"
    count = sum(_parts(c) for c in crits)
    if g.stated_count is not None and crits and g.stated_count != count:
        plan.warnings.append(Issue(g.line, f"{name} ghi gồm {g.stated_count} tiêu chí nhưng văn bản có "
                                           f"{count} tiêu chí."))
    scores = [c.appraised_score for c in crits]
    maxes = [c.max_score for c in crits]
    total = sum(scores, Decimal(0)) if crits and None not in scores else None  # type: ignore[arg-type]
    top = sum(maxes, Decimal(0)) if crits and None not in maxes else None  # type: ignore[arg-type]
    if g.stated_score is not None and total is not None and g.stated_score != total:
        plan.warnings.append(Issue(g.line, f"{name} ghi đạt {_n(g.stated_score)} điểm nhưng các tiêu chí "
                                           f"cộng lại {_n(total)} điểm."))
    if g.stated_max is not None and top is not None and g.stated_max != top:
        plan.warnings.append(Issue(g.line, f"{name} ghi tối đa {_n(g.stated_max)} điểm nhưng điểm tối đa các "
                                           f"tiêu chí cộng lại {_n(top)} điểm."))
    if g.stated_deduction is not None:
        score = g.stated_score if g.stated_score is not None else total
        mx = g.stated_max if g.stated_max is not None else top
        if score is not None and mx is not None and mx - score != g.stated_deduction:
            plan.warnings.append(Issue(g.line, f"{name} ghi điểm trừ {_n(g.stated_deduction)} nhưng "
                                               f"{_n(mx)} − {_n(score)} = {_n(mx - score)}."))


def _check_criterion(plan: ParsedPlan, c: ParsedCriterion) -> None:
    label = f"Tiêu chí {c.code}"
    if c.max_score is None:
        plan.warnings.append(Issue(c.line, f"{label}: văn bản không ghi điểm tối đa."))
        return
    for value, what in ((c.appraised_score, "đạt"), (c.self_score, "tự chấm")):
        if value is not None and value > c.max_score:
            plan.warnings.append(Issue(c.line, f"{label}: điểm {what} {_n(value)} vượt quá điểm tối đa "
                                               f"{_n(c.max_score)}; điểm này không được nhập."))
    if c.deduction is not None and c.appraised_score is not None \
            and c.max_score - c.appraised_score != c.deduction:
        plan.warnings.append(Issue(c.line, f"{label} ghi trừ {_n(c.deduction)} điểm nhưng {_n(c.max_score)} − "
                                           f"{_n(c.appraised_score)} = {_n(c.max_score - c.appraised_score)}."))


def _unique_codes(plan: ParsedPlan) -> None:
    """A number printed twice (a typing slip) must not merge two criteria: the second gets a suffix."""
    seen: set[str] = set()
    nodes: list[ParsedGroup | ParsedCriterion] = []
    for g in plan.all_groups():
        if g.scored:
            nodes.append(g)
            nodes += g.criteria
    for node in nodes:
        code, n = node.code, 1
        while node.code in seen:
            n += 1
            node.code = f"{code}-{n}"
        if node.code != code:
            plan.warnings.append(Issue(node.line, f"Số thứ tự {code} đã dùng ở mục trước: ghi mục này là "
                                                  f"{node.code}."))
        seen.add(node.code)


def finish_plan(plan: ParsedPlan, src: PlanSource) -> None:
    for g in plan.all_groups():
        if g.scored:
            _merged(plan, g)
    _unique_codes(plan)
    _attach_footnotes(plan, src)
    _empty_areas(plan)
    for g in plan.all_groups():
        if g.scored:
            _check_group(plan, g)
    for c in plan.criteria():
        _check_criterion(plan, c)
    years = [int(y) for y in re.findall(r"\b((?:19|20)\d{2})\b", plan.title)]
    plan.year = years[-1] if years else plan.issued_year or (
        plan.assessment_year + 1 if plan.assessment_year else None)
    f = fold(plan.title)
    if plan.criteria():
        plan.kind = "dti"
    elif "cai cach hanh chinh" in f or "cchc" in f:
        plan.kind = "cchc"
    elif "chuyen doi so" in f or "chinh quyen so" in f:
        plan.kind = "digital"
    plan.warnings.sort(key=lambda i: (i.line or 0))
