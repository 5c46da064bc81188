"""The score tree: groups sum their children, deductions, totals, percent of max and rating."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from .models import Indicator, RatingBand

TWO_PLACES = Decimal("0.01")


def to_decimal(value: object) -> Decimal | None:
    """Exact decimal from stored text or a number; floats go through repr so 1.67 stays 1.67."""
    if value is None or value == "":
        return None
    if isinstance(value, Decimal):
        return value
    if isinstance(value, bool):
        raise TypeError("bool is not a score")
    if isinstance(value, float):
        value = repr(value)
    try:
        return Decimal(str(value).strip())
    except InvalidOperation as exc:
        raise ValueError(f"not a number: {value!r}") from exc


def canonical(value: Decimal | None) -> str | None:
    """Text form stored in the file: no exponent, no trailing zeros ("1.67", "10")."""
    if value is None:
        return None
    q = value.normalize()
    text = format(q, "f")
    return text


def percent_of(part: Decimal | None, whole: Decimal | None) -> Decimal | None:
    if part is None or not whole:
        return None
    return (part * 100 / whole).quantize(TWO_PLACES, rounding=ROUND_HALF_UP)


def rating_for(percent: Decimal | None, bands: Iterable[RatingBand]) -> str:
    """Highest band whose threshold the percent reaches; "" without bands or a score."""
    if percent is None:
        return ""
    best = None
    for band in bands:
        if percent >= band.min_percent and (best is None or band.min_percent > best.min_percent):
            best = band
    return best.rating if best else ""


def _sum(values: Iterable[Decimal | None]) -> Decimal | None:
    present = [v for v in values if v is not None]
    return sum(present, Decimal(0)) if present else None


def _is_deduction(node: ScoreNode) -> bool:
    """A deduction row ("Điểm trừ"): a criterion with a negative maximum."""
    return node.kind == "criterion" and node.max_score is not None and node.max_score < 0


def _max_of(children: list[ScoreNode]) -> Decimal | None:
    """A group's maximum: its criteria's and subgroups' maxima; deduction rows do not count towards it."""
    return _sum(c.max_score for c in children if not _is_deduction(c))


def _floor(value: Decimal | None) -> Decimal | None:
    return None if value is None else max(value, Decimal(0))


def _sum_of(children: list[ScoreNode], attr: str) -> Decimal | None:
    """A group's score: its children's, deductions taken from it; a component with deduction rows never
    goes below 0 (decisions take them "from the component's score"). A part made only of deduction rows
    ("Điểm trừ" beside the components) passes its negative score up, to come off the total."""
    total = _sum(getattr(c, attr) for c in children)
    if total is not None and total < 0 and any(_is_deduction(c) for c in children) and not all(
            _is_deduction(c) or c.max_score is None for c in children):
        return Decimal(0)
    return total


@dataclass
class ScoreNode:
    id: int
    code: str
    name: str
    kind: str
    parent: str | None
    depth: int
    max_score: Decimal | None
    self_score: Decimal | None = None
    appraised_score: Decimal | None = None
    rank: int | None = None
    rank_of: int | None = None
    criteria_count: int = 0
    children: list[ScoreNode] = field(default_factory=list, repr=False)

    @property
    def deduction(self) -> Decimal | None:
        if self.max_score is None or self.appraised_score is None:
            return None
        return self.max_score - self.appraised_score

    @property
    def difference(self) -> Decimal | None:
        """Self minus appraised: what the appraisal cut."""
        if self.self_score is None or self.appraised_score is None:
            return None
        return self.self_score - self.appraised_score

    @property
    def percent(self) -> Decimal | None:
        return percent_of(self.appraised_score, self.max_score)

    @property
    def loses_points(self) -> bool:
        d = self.deduction
        return d is not None and d > 0


@dataclass
class ScoreTree:
    nodes: list[ScoreNode]  # document order (pre-order)
    total: ScoreNode
    rating: str

    def by_code(self, code: str) -> ScoreNode:
        for n in self.nodes:
            if n.code == code:
                return n
        raise KeyError(code)

    @property
    def groups(self) -> list[ScoreNode]:
        return [n for n in self.nodes if n.kind == "group"]

    @property
    def criteria(self) -> list[ScoreNode]:
        return [n for n in self.nodes if n.kind == "criterion"]


def build_tree(
    indicators: Iterable[Indicator],
    scores: Mapping[int, tuple[Decimal | None, Decimal | None]],
    ranks: Mapping[int, tuple[int | None, int | None]] | None = None,
    total_rank: tuple[int | None, int | None] = (None, None),
    bands: Iterable[RatingBand] = (),
    manual_rating: str = "",
) -> ScoreTree:
    """Compute every group from its criteria. `scores` maps indicator id -> (self, appraised)."""
    ranks = ranks or {}
    inds = sorted(indicators, key=lambda i: (i.position, i.id))
    by_id: dict[int, ScoreNode] = {}
    roots: list[ScoreNode] = []
    code_of = {i.id: i.code for i in inds}
    for ind in inds:
        rank, rank_of = ranks.get(ind.id, (None, None))
        node = ScoreNode(
            id=ind.id, code=ind.code, name=ind.name, kind=ind.kind,
            parent=code_of.get(ind.parent_id) if ind.parent_id else None, depth=0,
            max_score=ind.max_score if ind.kind == "criterion" else None,
            rank=rank, rank_of=rank_of,
        )
        if ind.kind == "criterion":
            node.self_score, node.appraised_score = scores.get(ind.id, (None, None))
        by_id[ind.id] = node
    for ind in inds:
        node = by_id[ind.id]
        if ind.parent_id and ind.parent_id in by_id:
            by_id[ind.parent_id].children.append(node)
        else:
            roots.append(node)

    ordered: list[ScoreNode] = []

    def visit(node: ScoreNode, depth: int) -> None:
        node.depth = depth
        ordered.append(node)
        for child in node.children:
            visit(child, depth + 1)
        if node.kind == "group":
            node.max_score = _max_of(node.children)
            node.self_score = _sum_of(node.children, "self_score")
            node.appraised_score = _sum_of(node.children, "appraised_score")
            node.criteria_count = sum(c.criteria_count if c.kind == "group" else 1 for c in node.children)

    for root in roots:
        visit(root, 0)
    total = ScoreNode(
        id=0, code="", name="Tổng cộng", kind="total", parent=None, depth=-1,
        max_score=_max_of(roots),
        self_score=_floor(_sum_of(roots, "self_score")),
        appraised_score=_floor(_sum_of(roots, "appraised_score")),
        rank=total_rank[0], rank_of=total_rank[1],
        criteria_count=sum(r.criteria_count if r.kind == "group" else 1 for r in roots),
        children=roots,
    )
    rating = rating_for(total.percent, bands) or manual_rating
    return ScoreTree(nodes=ordered, total=total, rating=rating)
