"""Criteria across framework versions: propose links, save the confirmed ones, read a criterion's history."""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass, field
from decimal import Decimal

from ..domain.models import Framework, Indicator
from ..domain.scores import ScoreNode
from ..domain.text import fold
from ..errors import NotFound, ValidationError
from ..store import AgencyFile
from .changes import Changes
from .frameworks import criteria_of
from .scoring import score_tree

RELATIONS = ("same", "renumbered", "merged", "split", "changed")
RELATION_LABELS = {
    "same": "Giữ nguyên",
    "renumbered": "Đổi mã",
    "merged": "Gộp",
    "split": "Tách",
    "changed": "Sửa đổi",
}
# Syllables that carry no meaning of their own in criterion names.
_STOP = frozenset("va cua cac cho trong tren ve voi duoc co la de theo tai nhung mot nhu thi da".split())
_SIMILAR = 0.6  # Dice coefficient of two names' words: the same criterion reworded
_CONTAINED = 0.8  # share of one name's words found in the other: merged into / split from it


@dataclass
class LinkProposal:
    """One row of the mapping: an old criterion and its counterpart (to_id None: nothing matched)."""

    from_id: int
    from_code: str
    from_name: str
    to_id: int | None
    to_code: str = ""
    to_name: str = ""
    relation: str = ""
    confidence: float = 0.0
    stored: bool = False
    note: str = ""

    def as_dict(self) -> dict:
        return {"from": self.from_code, "from_name": self.from_name, "to": self.to_code or None,
                "to_name": self.to_name or None, "relation": self.relation or None,
                "confidence": round(self.confidence, 2), "stored": self.stored}


@dataclass
class MappingProposal:
    old: Framework
    new: Framework
    links: list[LinkProposal]
    added: list[Indicator] = field(default_factory=list)  # new criteria nothing maps to

    def as_dict(self) -> dict:
        return {
            "from": f"{self.old.code}/{self.old.version_year}",
            "to": f"{self.new.code}/{self.new.version_year}",
            "links": [x.as_dict() for x in self.links if x.to_id is not None],
            "removed": [{"code": x.from_code, "name": x.from_name} for x in self.links if x.to_id is None],
            "added": [{"code": i.code, "name": i.name} for i in self.added],
        }


def _framework(af: AgencyFile, framework_id: int) -> Framework:
    fw = af.repo.frameworks.get(framework_id)
    if fw is None:
        raise NotFound("Không tìm thấy bộ chỉ số.")
    return fw


def _words(name: str) -> frozenset[str]:
    return frozenset(w for w in re.split(r"[^a-z0-9]+", fold(name)) if w and w not in _STOP)


def _dice(a: frozenset[str], b: frozenset[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def _contained(part: frozenset[str], whole: frozenset[str]) -> float:
    return len(part & whole) / len(part) if part else 0.0


def stored_links(af: AgencyFile, old_framework_id: int, new_framework_id: int) -> list[dict]:
    old_ids = {i.id for i in af.repo.frameworks.indicators(old_framework_id)}
    new_ids = {i.id for i in af.repo.frameworks.indicators(new_framework_id)}
    return [r for r in af.repo.indicator_links.all() if r["from_id"] in old_ids and r["to_id"] in new_ids]


def propose_links(af: AgencyFile, old_framework_id: int, new_framework_id: int) -> MappingProposal:
    """Links from each criterion of the old version to the new one: the stored ones as they are, then
    same code and name → same; same name → renumbered; similar name → changed; several old names
    contained in one new → merged; one old name containing several new → split."""
    old_fw, new_fw = _framework(af, old_framework_id), _framework(af, new_framework_id)
    if old_fw.id == new_fw.id:
        raise ValidationError("Chọn hai phiên bản bộ chỉ số khác nhau.", "Bộ chỉ số")
    olds, news = criteria_of(af, old_fw.id), criteria_of(af, new_fw.id)
    new_by_id = {n.id: n for n in news}
    words = {i.id: _words(i.name) for i in olds + news}
    links: dict[int, list[LinkProposal]] = {}

    def link(o: Indicator, n: Indicator, relation: str, confidence: float, stored: bool = False,
             note: str = "") -> None:
        links.setdefault(o.id, []).append(LinkProposal(o.id, o.code, o.name, n.id, n.code, n.name, relation,
                                                       confidence, stored, note))

    for r in stored_links(af, old_fw.id, new_fw.id):
        o = next((x for x in olds if x.id == r["from_id"]), None)
        if o is not None and r["to_id"] in new_by_id:
            link(o, new_by_id[r["to_id"]], r["relation"], 1.0, True, r["note"])
    if links:  # the user's confirmed mapping is the mapping; only criteria it leaves out are proposed
        claimed = {x.to_id for ls in links.values() for x in ls}
        todo = [o for o in olds if o.id not in links]
    else:
        claimed, todo = set(), list(olds)
    rest: list[Indicator] = []
    for o in todo:
        exact = [n for n in news if n.code == o.code and fold(n.name) == fold(o.name)]
        named = [n for n in news if fold(n.name) == fold(o.name) and n.id not in claimed]
        if exact:
            link(o, exact[0], "same", 1.0)
            claimed.add(exact[0].id)
        elif len(named) == 1:
            link(o, named[0], "renumbered", 1.0)
            claimed.add(named[0].id)
        else:
            rest.append(o)
    pairs = []
    for o in rest:
        for n in news:
            dice, cont = _dice(words[o.id], words[n.id]), _contained(words[o.id], words[n.id])
            bonus = 0.05 if n.code == o.code else 0.0
            if dice >= _SIMILAR or cont >= _CONTAINED or (bonus and dice >= 0.4):
                pairs.append((max(dice, cont - 0.05) + bonus, cont, o, n))
    pairs.sort(key=lambda p: (-p[0], p[2].position, p[3].position))
    for score, cont, o, n in pairs:
        if o.id in links:
            continue
        if n.id not in claimed:
            link(o, n, "changed", min(score, 0.99))
            claimed.add(n.id)
        elif cont >= _CONTAINED:
            link(o, n, "merged", min(score, 0.99))
    into: dict[int, list[LinkProposal]] = {}
    for ls in links.values():
        for x in ls:
            into.setdefault(x.to_id or 0, []).append(x)
    for group in into.values():
        if len(group) > 1:
            for x in group:
                if not x.stored:
                    x.relation = "merged"
    for n in news:  # a new criterion nothing reached may have been cut out of a wider old one
        if n.id in claimed or any(x.to_id == n.id for ls in links.values() for x in ls):
            continue
        best = max(olds, key=lambda o: _contained(words[n.id], words[o.id]), default=None)
        if best is not None and best.id in links and _contained(words[n.id], words[best.id]) >= _CONTAINED \
                and not any(x.stored for x in links[best.id]):
            link(best, n, "split", _contained(words[n.id], words[best.id]) - 0.05)
            for x in links[best.id]:
                x.relation = "split"
            claimed.add(n.id)
    rows: list[LinkProposal] = []
    for o in olds:
        rows += links.get(o.id) or [LinkProposal(o.id, o.code, o.name, None)]
    reached = {x.to_id for x in rows}
    return MappingProposal(old_fw, new_fw, rows, [n for n in news if n.id not in reached])


def save_links(af: AgencyFile, old_framework_id: int, new_framework_id: int, links: list) -> Changes:
    """User action “Lưu ánh xạ”: the given links replace every stored link between the two versions.

    Each item has from_id, to_id, relation (and optionally note), as attributes or keys; rows
    whose to_id is None (an old criterion with no counterpart) are skipped."""
    old_fw, new_fw = _framework(af, old_framework_id), _framework(af, new_framework_id)
    if old_fw.id == new_fw.id:
        raise ValidationError("Chọn hai phiên bản bộ chỉ số khác nhau.", "Bộ chỉ số")
    olds = {i.id: i for i in criteria_of(af, old_fw.id)}
    news = {i.id: i for i in criteria_of(af, new_fw.id)}
    clean: dict[tuple[int, int], tuple[str, str]] = {}
    for item in links:
        get = item.get if isinstance(item, dict) else lambda k, d=None, it=item: getattr(it, k, d)
        from_id, to_id = get("from_id"), get("to_id")
        relation, note = get("relation") or "same", (get("note") or "").strip()
        if to_id is None:
            continue
        if from_id not in olds:
            raise ValidationError(f"Tiêu chí cũ (số hiệu {from_id}) không thuộc bộ chỉ số "
                                  f"{old_fw.code}/{old_fw.version_year}.", "Tiêu chí cũ")
        if to_id not in news:
            raise ValidationError(f"Tiêu chí mới (số hiệu {to_id}) không thuộc bộ chỉ số "
                                  f"{new_fw.code}/{new_fw.version_year}.", "Tiêu chí mới")
        if relation not in RELATIONS:
            raise ValidationError(f"Quan hệ “{relation}” của tiêu chí {olds[from_id].code} không hợp lệ "
                                  f"(same, renumbered, merged, split, changed).", "Quan hệ")
        if (from_id, to_id) in clean:
            raise ValidationError(f"Liên kết {olds[from_id].code} → {news[to_id].code} bị ghi hai lần.",
                                  "Tiêu chí mới")
        clean[(from_id, to_id)] = (relation, note)
    with af.transaction():
        for r in stored_links(af, old_fw.id, new_fw.id):
            af.repo.indicator_links.remove(r["from_id"], r["to_id"])
        for (from_id, to_id), (relation, note) in clean.items():
            af.repo.indicator_links.add(from_id, to_id, relation, note)
        af.repo.log.add("save_links", "indicator_links", None,
                        f"{old_fw.code}/{old_fw.version_year} → {new_fw.code}/{new_fw.version_year}: "
                        f"{len(clean)} liên kết")
    return Changes.of("indicator_links")


def counterparts(af: AgencyFile, indicator_id: int, framework_id: int) -> list[Indicator]:
    """The indicators of `framework_id` that `indicator_id` became (following links forwards, through
    any versions between), or else that it came from (backwards)."""
    ind = af.repo.frameworks.indicator(indicator_id)
    if ind is None:
        return []
    if ind.framework_id == framework_id:
        return [ind]
    for step, key in ((af.repo.indicator_links.successors, "to_id"),
                      (af.repo.indicator_links.predecessors, "from_id")):
        found = [af.repo.frameworks.indicator(i) for i in _walk(indicator_id, step, key)]
        hits = [i for i in found if i is not None and i.framework_id == framework_id]
        if hits:
            return sorted(hits, key=lambda i: (i.position, i.id))
    return []


def _walk(start: int, step, key: str) -> dict[int, str]:
    """Every indicator reachable from `start` in one direction, with the relation that reached it."""
    seen: dict[int, str] = {}
    queue = deque([start])
    while queue:
        current = queue.popleft()
        for r in step(current):
            nxt = r[key]
            if nxt != start and nxt not in seen:
                seen[nxt] = r["relation"]
                queue.append(nxt)
    return seen


@dataclass
class HistoryRow:
    year: int
    framework_code: str
    framework_version: int
    code: str
    name: str
    max_score: Decimal | None
    self_score: Decimal | None
    appraised_score: Decimal | None
    deduction: Decimal | None
    rank: int | None
    rank_of: int | None
    relation: str  # "" for the criterion asked about, else how the link reached this one

    def as_dict(self) -> dict:
        def num(v: Decimal | None) -> float | int | None:
            return None if v is None else int(v) if v == v.to_integral_value() else float(v)

        return {"year": self.year, "framework": self.framework_code, "framework_version": self.framework_version,
                "code": self.code, "name": self.name, "max_score": num(self.max_score),
                "self_score": num(self.self_score), "appraised_score": num(self.appraised_score),
                "deduction": num(self.deduction), "rank": self.rank, "rank_of": self.rank_of,
                "relation": self.relation or None}


def criterion_history(af: AgencyFile, indicator_id: int) -> list[HistoryRow]:
    """Every assessed year of a criterion (or group) and of its linked versions, oldest first.

    Links are followed backwards from the criterion through its predecessors and forwards through
    its successors, never back again: a criterion merged with another does not pull in that other's
    history as its own."""
    ind = af.repo.frameworks.indicator(indicator_id)
    if ind is None:
        raise NotFound("Không tìm thấy tiêu chí.")
    related = {indicator_id: ""}
    related.update(_walk(indicator_id, af.repo.indicator_links.predecessors, "from_id"))
    related.update(_walk(indicator_id, af.repo.indicator_links.successors, "to_id"))
    trees: dict[tuple[int, int], dict[int, ScoreNode]] = {}
    rows: list[HistoryRow] = []
    for iid, relation in related.items():
        i = af.repo.frameworks.indicator(iid)
        if i is None:
            continue
        fw = _framework(af, i.framework_id)
        for a in af.repo.assessments.all():
            if a.framework_id != fw.id:
                continue
            key = (fw.id, a.id)
            if key not in trees:
                trees[key] = {n.id: n for n in score_tree(af, fw, a).nodes}
            n = trees[key].get(iid)
            if n is None:
                continue
            rows.append(HistoryRow(a.year, fw.code, fw.version_year, n.code, n.name, n.max_score, n.self_score,
                                   n.appraised_score, n.deduction, n.rank, n.rank_of, relation))
    rows.sort(key=lambda r: (r.year, r.framework_version, r.code))
    return rows
