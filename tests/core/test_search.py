"""Search across plans and years (issue 18): tasks, targets, directives and evidence, diacritics optional."""

from __future__ import annotations

from dtidesk.domain.models import Evidence
from dtidesk.services import scoring, search
from dtidesk.services import tasks as task_ops
from dtidesk.store import open_agency_file


def test_tasks_of_every_plan_are_found_without_diacritics(demo):
    hits = search.search_file(demo, "ra soat")
    assert hits and all(h.kind == "task" for h in hits)
    assert any("rà soát" in h.text.lower() for h in hits)
    assert {h.plan_id for h in search.search_file(demo, "cong chuc")} == {1, 2}  # both plans, both years
    years = [h.year for h in search.search_file(demo, "cong chuc")]
    assert years == sorted(years, reverse=True)  # newest year first
    assert search.search_file(demo, "   ") == [] and search.search_file(demo, "khong co tu nay xyz") == []


def test_every_word_must_occur_in_any_order(demo):
    both = search.search_file(demo, "tai khoan thu dien tu")
    assert both and all("thư điện tử" in h.text.lower() for h in both)
    assert [h.id for h in search.search_file(demo, "THU DIEN TU tai khoan")] == [h.id for h in both]


def test_targets_directives_and_evidence(lists_demo_path):
    with open_agency_file(lists_demo_path) as af:
        a = af.repo.assessments.all()[0]
        crit = scoring.assessment_view(af, a.year).tree.by_code("1.1")
        eid, _ = scoring.add_evidence(af, Evidence(0, a.id, crit.id, "Biên bản kiểm tra hệ thống một cửa điện tử",
                                                   doc_number="07/BB-STP"))
        index = search.build_index(af)
        targets, total = search.search(index, "hai long", ("target",))
        assert total == 2 and {h.plan_id for h in targets} == {2} and all(h.kind == "target" for h in targets)
        directives, _ = search.search(index, "mot cua", ("directive",))
        assert [h.code for h in directives] == ["5755/KH-UBND"]
        evidence, _ = search.search(index, "bien ban mot cua", ("evidence",))
        assert [(h.id, h.year, h.indicator_id, h.code, h.framework_code) for h in evidence] == [
            (eid, a.year, crit.id, "1.1", "DTI-TQ-SO")]
        assert search.search(index, "07/BB-STP")[0][0].id == eid  # by its number too
        mixed = {h.kind for h in search.search(index, "mot cua")[0]}
        assert {"task", "directive", "evidence"} <= mixed


def test_limit_and_total(demo):
    index = search.build_index(demo)
    hits, total = search.search(index, "nhiem vu", limit=3)
    assert len(hits) == 3 and total > 3


def test_an_edit_is_found_once_the_index_is_made_again(demo):
    t = demo.repo.tasks.for_plan(1)[0]
    task_ops.update_task(demo, t.id, result="Đã nghiệm thu phần mềm quản lý văn bản Ioffice")
    assert [h.id for h in search.search_file(demo, "ioffice")] == [t.id]
