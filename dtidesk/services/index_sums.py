"""“Kiểm tra tổng điểm” of an index version, in Vietnamese: what adds up and what cannot.

The file keeps a maximum for each criterion only (a component's is the sum of its criteria's), so the
maximum a decision states for a component cannot be compared here; what is checked is what the file holds:
criteria without a maximum, codes written twice, components with nothing in them, deduction rows that have
no component to take points from, and methods whose best award is not the criterion's maximum."""

from __future__ import annotations

from decimal import Decimal

from ..domain.methods import ONE, Method
from ..domain.models import Indicator
from ..domain.scores import ScoreNode, build_tree
from ..domain.text import fold
from ..domain.vnformat import fmt_number
from ..errors import NotFound
from ..store import AgencyFile


def code_key(code: str) -> str:
    """Codes that print alike: “1.2”, “1.2.” and “1.2'” (a repeated code the importer marked)."""
    return fold(code).strip().rstrip(".'’ ").replace(" ", "")


def _label(code: str, name: str, n: int = 60) -> str:
    t = " ".join(name.split())
    t = t if len(t) <= n else t[: n - 1] + "…"
    return f"{code} “{t}”"


def _inds(af: AgencyFile, framework_id: int) -> list[Indicator]:
    if af.repo.frameworks.get(framework_id) is None:
        raise NotFound("Không tìm thấy bộ chỉ số (có thể đã bị xóa).")
    return af.repo.frameworks.indicators(framework_id)


def _deduction(n: ScoreNode) -> bool:
    return n.kind == "criterion" and n.max_score is not None and n.max_score < 0


def best_award(method: Method, maximum: Decimal) -> Decimal | None:
    """The most a method can give a criterion of `maximum` points before it is capped; None when it always
    reaches the maximum (a ratio) or the council scores it by hand."""
    k = method.kind
    if k == "bands" and method.bands:
        return max(b.award.amount(maximum, ONE) for b in method.bands)
    if k == "choice" and method.cases:
        return max(c.award.amount(maximum, ONE) for c in method.cases)
    if k == "parts" and method.cases:
        return sum((c.award.amount(maximum, ONE) for c in method.cases), Decimal(0))
    if k == "absolute" and method.points is not None:
        return method.points
    if k == "count" and method.cap is not None:
        return method.cap
    return None


def check_sums(af: AgencyFile, framework_id: int) -> list[str]:
    """What does not add up in the version, one Vietnamese sentence each; empty when nothing was found."""
    inds = _inds(af, framework_id)
    tree = build_tree(inds, {})
    problems: list[str] = []
    if not tree.criteria:
        problems.append("Bộ chỉ số chưa có tiêu chí nào.")
    seen: dict[str, ScoreNode] = {}
    for n in tree.nodes:
        first = seen.setdefault(code_key(n.code), n)
        if first is not n:
            problems.append(f"Mã “{n.code}” ghi hai lần: {_label(first.code, first.name)} và "
                            f"{_label(n.code, n.name)}.")
    for n in tree.nodes:
        if n.kind == "criterion" and not n.max_score:
            problems.append(f"{_label(n.code, n.name)}: tiêu chí chưa có điểm tối đa.")
        elif n.kind == "group" and not n.children:
            problems.append(f"{_label(n.code, n.name)}: nhóm chưa có tiêu chí nào.")
        elif _deduction(n) and n.parent is None:
            problems.append(f"{_label(n.code, n.name)}: dòng điểm trừ nằm ngoài mọi chỉ số thành phần, không "
                            "trừ vào đâu: hãy đặt nó trong chỉ số thành phần mà nó trừ điểm.")
    by_id = {i.id: i for i in inds}
    for n in tree.criteria:
        ind, mx = by_id[n.id], n.max_score
        if not mx:
            continue
        if mx < 0:
            cap = ind.method.cap if ind.method.kind == "deduction" else None
            if cap is not None and cap > -mx:
                problems.append(f"{_label(n.code, n.name)}: cách tính trừ tới {fmt_number(cap)} điểm, nhiều hơn "
                                f"mức trừ tối đa {fmt_number(-mx)} điểm.")
            continue
        best = best_award(ind.method, mx)
        if best is None or best == mx:
            continue
        if best > mx:
            problems.append(f"{_label(n.code, n.name)}: cách tính cho tới {fmt_number(best)} điểm, vượt điểm "
                            f"tối đa {fmt_number(mx)} (điểm chỉ được tính đến {fmt_number(mx)}).")
        else:
            problems.append(f"{_label(n.code, n.name)}: cách tính cao nhất chỉ cho {fmt_number(best)} điểm, "
                            f"chưa tới điểm tối đa {fmt_number(mx)}.")
    for n in tree.groups:  # the maximum the decision states for a component, against its criteria's sum
        stated = by_id[n.id].stated_max
        if stated is not None and n.max_score is not None and stated != n.max_score:
            problems.append(f"{_label(n.code, n.name)}: văn bản ghi tối đa {fmt_number(stated)} điểm nhưng các "
                            f"tiêu chí cộng lại {fmt_number(n.max_score)} điểm.")
    if tree.criteria and not tree.total.max_score:
        problems.append("Tổng điểm tối đa của bộ chỉ số bằng 0.")
    return problems


def group_maxima(af: AgencyFile, framework_id: int) -> dict[int, Decimal | None]:
    """Each group's maximum as its criteria add up (deduction rows not counted), by id."""
    return {n.id: n.max_score for n in build_tree(_inds(af, framework_id), {}).groups}


def sum_lines(af: AgencyFile, framework_id: int) -> list[str]:
    """Each component's maximum as its criteria add up, then the total: for the officer to hold against
    the decision ("I “Hạ tầng số”: 5 tiêu chí, cộng lại 10 điểm")."""
    tree = build_tree(_inds(af, framework_id), {})
    lines = []
    for root in tree.total.children:
        if root.kind == "criterion":
            lines.append(f"{_label(root.code, root.name)}: tiêu chí, {fmt_number(root.max_score)} điểm.")
            continue
        text = f"{_label(root.code, root.name)}: {root.criteria_count} tiêu chí, cộng lại " \
               f"{fmt_number(root.max_score or 0)} điểm"
        minus = [n.max_score for n in tree.nodes if _deduction(n) and _under(n, root)]
        if minus:
            text += f" (điểm trừ tối đa {fmt_number(-sum(minus, Decimal(0)))} điểm)"
        lines.append(text + ".")
    lines.append(f"Tổng cộng: {tree.total.criteria_count} tiêu chí, {fmt_number(tree.total.max_score or 0)} điểm.")
    return lines


def _under(node: ScoreNode, root: ScoreNode) -> bool:
    stack = list(root.children)
    while stack:
        n = stack.pop()
        if n is node:
            return True
        stack.extend(n.children)
    return False
