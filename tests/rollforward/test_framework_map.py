"""Links between framework versions: the proposal, saving what the user confirmed, a criterion's history."""

from __future__ import annotations

import pytest

from dtidesk.errors import NotFound, ValidationError
from dtidesk.services.framework_map import counterparts, criterion_history, propose_links, save_links

from .conftest import code_id


def _pairs(proposal) -> set[tuple[str, str, str]]:
    return {(x.from_code, x.to_code, x.relation) for x in proposal.links}


def test_proposal_finds_same_renumbered_merged_changed_removed_added(demo, versions):
    p = propose_links(demo, versions[2022], versions[2024])
    assert _pairs(p) == {
        ("1.1", "1.1", "same"), ("1.2", "1.3", "renumbered"), ("1.3a", "1.2", "merged"),
        ("1.3b", "1.2", "merged"), ("1.4", "1.4", "changed"), ("1.5", "", ""),
    }
    assert [i.code for i in p.added] == ["1.6"]
    d = p.as_dict()
    assert d["from"] == "TEST-FW/2022" and d["removed"] == [{"code": "1.5", "name": "Ngân sách chi cho hạ tầng"}]
    assert demo.repo.indicator_links.all() == []  # a proposal writes nothing


def test_a_split_is_proposed_when_one_old_name_holds_two_new_ones(demo, versions):
    from dtidesk.services.catalogs import import_framework

    fw = {"code": "SPLIT", "version_year": 2024, "name": "Tách", "indicators": [{"code": "1", "name": "Nhóm",
          "children": [{"code": "1.3a", "name": "Tuyên truyền chuyển đổi số cho công chức", "max_score": 5},
                       {"code": "1.3b", "name": "Tuyên truyền chuyển đổi số cho người dân", "max_score": 5}]}]}
    with demo.transaction():
        old_id, _ = import_framework(demo, {**fw, "code": "MERGED", "indicators": [{"code": "1", "name": "Nhóm",
                                     "children": [{"code": "1.3", "name": "Tuyên truyền chuyển đổi số cho công chức "
                                                   "và người dân", "max_score": 10}]}]})
        new_id, _ = import_framework(demo, fw)
    assert _pairs(propose_links(demo, old_id, new_id)) == {("1.3", "1.3a", "split"), ("1.3", "1.3b", "split")}


def test_saved_links_replace_the_pair_and_are_proposed_back(demo, versions):
    p = propose_links(demo, versions[2022], versions[2024])
    for x in p.links:
        if x.from_code == "1.4":
            x.relation = "same"  # the user corrects one row
    save_links(demo, versions[2022], versions[2024], p.links)
    assert len(demo.repo.indicator_links.all()) == 5
    again = propose_links(demo, versions[2022], versions[2024])
    assert ("1.4", "1.4", "same") in _pairs(again) and all(x.stored for x in again.links if x.to_id)
    # Saving a smaller set removes the links left out, and only between these two versions.
    save_links(demo, versions[2024], versions[2025], propose_links(demo, versions[2024], versions[2025]).links)
    keep = [x for x in again.links if x.from_code == "1.1"]
    save_links(demo, versions[2022], versions[2024], keep)
    links = demo.repo.indicator_links.all()
    assert len(links) == 1 + 5


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ({"from_id": "new 1.1", "to_id": "new 1.2", "relation": "same"}, "không thuộc bộ chỉ số TEST-FW/2022"),
        ({"from_id": "old 1.1", "to_id": "old 1.2", "relation": "same"}, "không thuộc bộ chỉ số TEST-FW/2024"),
        ({"from_id": "old 1.1", "to_id": "new 1.1", "relation": "moved"}, "Quan hệ “moved”"),
        ({"from_id": "old 1.1", "to_id": "new 1", "relation": "same"}, "không thuộc bộ chỉ số TEST-FW/2024"),
    ],
)
def test_bad_links_are_refused_and_nothing_changes(demo, versions, bad, message):
    def resolve(value):
        if not isinstance(value, str) or " " not in value:
            return value
        which, code = value.split()
        return code_id(demo, versions[2022 if which == "old" else 2024], code)

    good = {"from_id": resolve("old 1.2"), "to_id": resolve("new 1.3"), "relation": "renumbered"}
    save_links(demo, versions[2022], versions[2024], [good])
    before = demo.repo.indicator_links.all()
    with pytest.raises(ValidationError, match=message):
        save_links(demo, versions[2022], versions[2024], [good, {k: resolve(v) for k, v in bad.items()}])
    assert demo.repo.indicator_links.all() == before


def test_duplicates_and_same_version_are_refused(demo, versions):
    link = {"from_id": code_id(demo, versions[2022], "1.1"), "to_id": code_id(demo, versions[2024], "1.1")}
    with pytest.raises(ValidationError, match="hai lần"):
        save_links(demo, versions[2022], versions[2024], [link, link])
    with pytest.raises(ValidationError, match="khác nhau"):
        propose_links(demo, versions[2022], versions[2022])
    with pytest.raises(NotFound):
        propose_links(demo, versions[2022], 9999)


def _link_all(demo, versions):
    for a, b in ((2022, 2024), (2024, 2025)):
        save_links(demo, versions[a], versions[b], propose_links(demo, versions[a], versions[b]).links)


def test_history_across_three_versions_and_four_years(demo, versions):
    _link_all(demo, versions)
    rows = criterion_history(demo, code_id(demo, versions[2025], "1.3"))
    got = [(r.year, r.framework_version, r.code, int(r.appraised_score), int(r.max_score), r.relation) for r in rows]
    assert got == [
        (2022, 2022, "1.3a", 4, 5, "merged"), (2022, 2022, "1.3b", 2, 5, "merged"),
        (2023, 2022, "1.3a", 5, 5, "merged"), (2023, 2022, "1.3b", 3, 5, "merged"),
        (2024, 2024, "1.2", 7, 10, "renumbered"),
        (2025, 2025, "1.3", 9, 10, ""),
    ]
    # Forwards from an old criterion: its successors, never its merge partner's own history.
    forward = criterion_history(demo, code_id(demo, versions[2022], "1.3a"))
    assert [(r.year, r.code) for r in forward] == [(2022, "1.3a"), (2023, "1.3a"), (2024, "1.2"), (2025, "1.3")]
    assert forward[0].self_score == 5 and forward[0].deduction == 1
    # A removed criterion has only its own years; a group carries its rank.
    assert [r.year for r in criterion_history(demo, code_id(demo, versions[2022], "1.5"))] == [2022, 2023]
    group = criterion_history(demo, code_id(demo, versions[2024], "1"))
    assert [(r.year, int(r.appraised_score), int(r.max_score)) for r in group] == [(2024, 40, 50)]
    with pytest.raises(NotFound):
        criterion_history(demo, 999999)


def test_counterparts_follow_links_through_versions_both_ways(demo, versions):
    _link_all(demo, versions)
    old = code_id(demo, versions[2022], "1.2")
    assert [i.code for i in counterparts(demo, old, versions[2025])] == ["1.2"]
    assert [i.code for i in counterparts(demo, code_id(demo, versions[2025], "1.3"), versions[2022])] == ["1.3a", "1.3b"]
    assert counterparts(demo, code_id(demo, versions[2022], "1.5"), versions[2025]) == []
