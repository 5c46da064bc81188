"""What an imported plan names, found in the file: units (case- and diacritics-blind) and a matching framework."""

from __future__ import annotations

from dataclasses import dataclass, field
from difflib import SequenceMatcher

from ..domain.models import Framework, Indicator, Unit
from ..domain.text import fold
from ..domain.units import NameIndex, spelling_rank, split_fragment, unit_index
from ..domain.vnformat import fmt_number
from ..importers.plan_checks import split_parts
from ..importers.plan_model import Issue, ParsedPlan
from ..importers.plan_units import person_free
from ..store import AgencyFile


@dataclass
class UnitMatch:
    printed: str  # the name as the document writes it
    unit_id: int | None  # an existing unit, or None: a new name
    name: str  # the existing unit's name, or the name proposed for creation ("" for a sentence without one)
    via_title: bool = False  # "Trưởng các phòng, đơn vị thuộc Sở" matched through the unit it heads
    sentence: bool = False  # not a name but a sentence ("Phòng X phối hợp với …"): kept as the units note

    @property
    def new(self) -> bool:
        return self.unit_id is None and bool(self.name) and not self.sentence


@dataclass
class FrameworkMatch:
    framework: Framework | None
    indicator_ids: dict[str, int] = field(default_factory=dict)  # code -> indicator id
    reasons: list[str] = field(default_factory=list)  # why the closest framework did not match
    plan: ParsedPlan | None = None  # the reading that matched, when it is not the one given (split_parts)


def plan_unit_names(plan: ParsedPlan) -> list[str]:
    names: list[str] = []
    for t in plan.tasks():
        names += t.lead_units + t.coop_units
    for g in plan.all_groups():
        for tg in g.targets:
            names += tg.lead_units + tg.monitor_units
    for pr in plan.projects:
        names += pr.lead_units
    return names


def match_units(units: list[Unit], names: list[str]) -> dict[str, UnitMatch]:
    """Every printed name -> its match, by the program's one rule (domain/units.py). Names that are one unit
    among themselves share one proposal, made from the fullest spelling ("P. CDS" and "Phòng Chuyển đổi số"
    → "Phòng Chuyển đổi số"); a sentence gives no unit of its own, only the one it starts with if known."""
    index = unit_index(units)
    proposed: NameIndex[str] = NameIndex()
    out: dict[str, UnitMatch] = {}
    unique = list(dict.fromkeys(names))
    sentences = {n: split_fragment(n) for n in unique}
    for printed in sorted((n for n in unique if sentences[n] is None), key=spelling_rank):
        unit = index.find(printed)
        if unit is not None:
            out[printed] = UnitMatch(printed, unit.id, unit.name)
            continue
        bare = person_free(printed)
        if bare and (unit := index.find(bare)) is not None:
            out[printed] = UnitMatch(printed, unit.id, unit.name, via_title=True)
            continue
        name = proposed.find(printed) or printed[:1].upper() + printed[1:]
        proposed.add(printed, name)
        out[printed] = UnitMatch(printed, None, name)
    for printed, split in sentences.items():
        if split is not None:
            unit = index.find(split[0])
            out[printed] = UnitMatch(printed, unit.id if unit else None,
                                     unit.name if unit else proposed.find(split[0]) or "", sentence=True)
    return {n: out[n] for n in unique}


def similar(a: str, b: str) -> bool:
    """Names that are the same criterion: equal when folded, one inside the other, or 80 % alike."""
    fa, fb = fold(a).strip(" .;:"), fold(b).strip(" .;:")
    if not fa or not fb:
        return False
    if fa == fb or (min(len(fa), len(fb)) >= 12 and (fa in fb or fb in fa)):
        return True
    return SequenceMatcher(None, fa, fb).ratio() >= 0.8


def _compare(plan: ParsedPlan, inds: dict[str, Indicator]) -> list[str]:
    reasons: list[str] = []
    for g in plan.all_groups():
        if not g.scored:
            continue
        ind = inds.get(g.code)
        if ind is None or ind.kind != "group":
            reasons.append(f"không có chỉ số {g.code}")
        elif not similar(g.name, ind.name):
            reasons.append(f"chỉ số {g.code} tên khác (“{ind.name[:40]}”)")
    for c in plan.criteria():
        ind = inds.get(c.code)
        if ind is None or ind.kind != "criterion":
            reasons.append(f"không có tiêu chí {c.code}")
        elif c.max_score is not None and ind.max_score != c.max_score:
            reasons.append(f"tiêu chí {c.code} tối đa {fmt_number(ind.max_score)} điểm, văn bản ghi "
                           f"{fmt_number(c.max_score)}")
        elif not similar(c.name, ind.name):
            reasons.append(f"tiêu chí {c.code} tên khác (“{ind.name[:40]}”)")
    return reasons


def match_framework(af: AgencyFile, plan: ParsedPlan) -> FrameworkMatch:
    """The framework whose codes, names and maximums are the document's; the newest version not
    after the assessed year wins. Otherwise the reasons the closest one was not taken. A file made when
    a heading naming two things was two criteria ("1.1a", "1.1b") is matched by that reading."""
    match = _match(af, plan)
    if match.framework is None and (split := split_parts(plan)) is not None:
        other = _match(af, split)
        if other.framework is not None:
            other.plan = split
            return other
    return match


def _match(af: AgencyFile, plan: ParsedPlan) -> FrameworkMatch:
    if not plan.criteria():
        return FrameworkMatch(None)
    year = plan.assessment_year or plan.year or 0
    fits: list[tuple[Framework, dict[str, Indicator]]] = []
    closest: tuple[int, Framework, list[str]] | None = None
    doc_codes = {c.code for c in plan.criteria()}
    for fw in af.repo.frameworks.all():
        inds = {i.code: i for i in af.repo.frameworks.indicators(fw.id)}
        reasons = _compare(plan, inds)
        if not reasons:
            fits.append((fw, inds))
            continue
        overlap = len(doc_codes & set(inds))
        if overlap and (closest is None or overlap > closest[0]):
            closest = (overlap, fw, reasons)
    if fits:
        fits.sort(key=lambda x: (x[0].version_year <= year, x[0].version_year if x[0].version_year <= year
                                 else -x[0].version_year))
        fw, inds = fits[-1]
        return FrameworkMatch(fw, {code: ind.id for code, ind in inds.items()})
    if closest is None:
        return FrameworkMatch(None)
    _, fw, reasons = closest
    more = f" và {len(reasons) - 3} khác biệt khác" if len(reasons) > 3 else ""
    return FrameworkMatch(None, reasons=[f"Bộ chỉ số {fw.code} ({fw.version_year}) trong tệp khác văn bản: "
                                         + "; ".join(reasons[:3]) + more + "."])


def score_warnings(af: AgencyFile, plan: ParsedPlan, match: FrameworkMatch, year: int | None) -> list[Issue]:
    """Scores the import would overwrite with different values."""
    if match.framework is None or year is None:
        return []
    a = af.repo.assessments.find(match.framework.id, year)
    if a is None:
        return []
    current = af.repo.assessments.scores(a.id)
    out = []
    for c in plan.criteria():
        s = current.get(match.indicator_ids.get(c.code, 0))
        if s is None or c.appraised_score is None or s.appraised_score is None:
            continue
        if s.appraised_score != c.appraised_score:
            out.append(Issue(c.line, f"Tiêu chí {c.code}: tệp đang ghi điểm thẩm định năm {year} là "
                                     f"{fmt_number(s.appraised_score)}, văn bản ghi {fmt_number(c.appraised_score)}; "
                                     "khi nhập sẽ ghi theo văn bản."))
    return out
