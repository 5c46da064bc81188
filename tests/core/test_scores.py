"""Score tree on the demo (seed 000's own totals) and the scoring use cases."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dtidesk.domain.models import Indicator, RatingBand
from dtidesk.domain.scores import build_tree
from dtidesk.errors import ValidationError
from dtidesk.services import scoring

# Seed 000, section II headings: appraised/max and rank among 18 agencies.
SEED_GROUPS = {
    "1": ("50", 50, 3), "2": ("46.67", 50, 10), "3": ("31.54", 50, 1),
    "4": ("17", 20, 11), "5": ("20", 30, 6), "6": ("189.53", 250, 4),
}


def test_demo_matches_seed_000(demo):
    data = scoring.scores_json(demo, 2022)
    groups = {n["code"]: n for n in data["nodes"] if n["kind"] == "group"}
    assert list(groups) == list(SEED_GROUPS)
    for code, (appraised, mx, rank) in SEED_GROUPS.items():
        g = groups[code]
        assert Decimal(str(g["appraised_score"])) == Decimal(appraised)
        assert g["max_score"] == mx and g["rank"] == rank and g["rank_of"] == 18
    assert data["total"]["appraised_score"] == 354.74
    assert data["total"]["max_score"] == 450
    criteria = [n for n in data["nodes"] if n["kind"] == "criterion"]
    assert len(criteria) == 49
    c24 = next(n for n in criteria if n["code"] == "2.4")
    assert (c24["appraised_score"], c24["max_score"], c24["deduction"], c24["parent"]) == (1.67, 5, 3.33, "2")
    c41 = next(n for n in criteria if n["code"] == "4.1")
    assert (c41["self_score"], c41["appraised_score"]) == (5, 2)  # footnote 4: tự chấm 5; thẩm định 2


def test_nodes_in_document_order(demo):
    codes = [n["code"] for n in scoring.scores_json(demo, 2022)["nodes"]]
    assert codes[:6] == ["1", "1.1", "1.2", "1.3", "1.4", "2"]
    assert codes[-1] == "6.25"


def test_exact_decimals():
    inds = [
        Indicator(1, 1, None, "1", "G", "group", None, 1),
        Indicator(2, 1, 1, "1.1", "a", "criterion", Decimal(5), 2),
        Indicator(3, 1, 1, "1.2", "b", "criterion", Decimal(10), 3),
    ]
    tree = build_tree(inds, {2: (None, Decimal("1.67")), 3: (None, Decimal("1.54"))},
                      bands=[RatingBand(Decimal(90), "Tốt"), RatingBand(Decimal(20), "Trung bình")])
    g = tree.by_code("1")
    assert g.appraised_score == Decimal("3.21") and str(g.appraised_score) == "3.21"
    assert g.deduction == Decimal("11.79")
    assert tree.total.percent == Decimal("21.40")
    assert tree.rating == "Trung bình"
    assert g.criteria_count == 2


def test_score_above_max_refused_and_nothing_changes(demo):
    view = scoring.assessment_view(demo, 2022)
    crit = view.tree.by_code("2.4")
    before = demo.repo.assessments.scores(view.assessment.id)[crit.id]
    with pytest.raises(ValidationError) as info:
        scoring.set_score(demo, view.assessment.id, crit.id, "appraised_score", "5,5")
    assert "vượt quá điểm tối đa 5" in info.value.message and "2.4" in info.value.message
    with pytest.raises(ValidationError) as info:
        scoring.set_score(demo, view.assessment.id, crit.id, "self_score", "năm điểm")
    assert "không phải là một số" in info.value.message
    with pytest.raises(ValidationError):
        scoring.set_score(demo, view.assessment.id, crit.id, "self_score", "-1")
    group = view.tree.by_code("2")
    with pytest.raises(ValidationError) as info:
        scoring.set_score(demo, view.assessment.id, group.id, "self_score", "3")
    assert "chỉ chấm điểm cho tiêu chí" in info.value.message
    assert demo.repo.assessments.scores(view.assessment.id)[crit.id] == before


def test_set_score_recomputes_group(demo):
    view = scoring.assessment_view(demo, 2022)
    crit = view.tree.by_code("2.4")
    scoring.set_score(demo, view.assessment.id, crit.id, "appraised_score", "4,5")
    data = scoring.scores_json(demo, 2022)
    g2 = next(n for n in data["nodes"] if n["code"] == "2")
    assert g2["appraised_score"] == 49.5
    assert data["total"]["appraised_score"] == 357.57


def test_ranks_and_evidence(demo):
    from dtidesk.domain.models import Evidence

    view = scoring.assessment_view(demo, 2022)
    aid = view.assessment.id
    with pytest.raises(ValidationError):
        scoring.set_rank(demo, aid, view.tree.by_code("1").id, 19, 18)
    scoring.set_rank(demo, aid, None, 2, 18)
    assert scoring.scores_json(demo, 2022)["total"]["rank"] == 2
    crit = view.tree.by_code("4.1")
    eid, _ = scoring.add_evidence(demo, Evidence(0, aid, crit.id, "Quyết định phân công CB chuyên trách CNTT",
                                                 "12/QĐ-STP"))
    assert scoring.assessment_view(demo, 2022).evidence_counts[crit.id] == 1
    removed, _ = scoring.delete_evidence(demo, eid)
    assert scoring.assessment_view(demo, 2022).evidence_counts.get(crit.id, 0) == 0
    scoring.add_evidence(demo, removed)  # undo puts it back with its id
    assert demo.repo.assessments.get_evidence(eid).doc_number == "12/QĐ-STP"
