"""Seed 000's heading 1.1 names two things under one number: one criterion now, two ("1.1a", "1.1b") in files
made before. Both kinds of file import the plan into their own index and print it."""

from __future__ import annotations

import json
from decimal import Decimal as D
from pathlib import Path

import pytest

from dtidesk.domain.models import Agency
from dtidesk.exporters.document import build_plan_document
from dtidesk.services.catalogs import default_catalog
from dtidesk.services.export import plan_data
from dtidesk.services.files import new_file
from dtidesk.services.plan_import import commit_plan_import, preview_plan_import
from dtidesk.services.scoring import scores_json

SEED000 = Path(__file__).parent / "fixtures" / "seed000_plan_stp_tuyenquang.txt"


@pytest.fixture
def old_index_file(tmp_path):
    """A file whose index is the catalog as shipped before: 1.1a and 1.1b of 10 points each."""
    data = json.loads(default_catalog().read_text(encoding="utf-8"))
    group = data["frameworks"][0]["indicators"][0]
    one = group["children"][0]
    first, second = one["name"].strip("“”").split("”, “")
    group["children"][:1] = [{**one, "code": "1.1a", "name": first, "max_score": 10},
                             {**one, "code": "1.1b", "name": second, "max_score": 10}]
    catalog = tmp_path / "old.json"
    catalog.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    af = new_file(tmp_path / "old.dtidesk", Agency(agency="SỞ TƯ PHÁP", agency_name="Sở Tư pháp"),
                  frameworks=[catalog])
    yield af
    af.close()


def test_a_file_with_1_1a_and_1_1b_takes_the_plan_into_them(old_index_file):
    af = old_index_file
    preview = preview_plan_import(af, SEED000)
    assert preview.framework.framework is not None and preview.framework.framework.code == "DTI-TQ-SO"
    assert [c.code for c in preview.plan.groups[0].criteria][:2] == ["1.1a", "1.1b"]
    plan_id, _ = commit_plan_import(af, preview)
    nodes = {n["code"]: n for n in scores_json(af, 2022)["nodes"]}
    assert (nodes["1.1a"]["appraised_score"], nodes["1.1b"]["appraised_score"], nodes["1"]["appraised_score"]) == \
        (10, 10, 50)
    tasks = af.repo.tasks.for_plan(plan_id)
    assert len(tasks) == 49 and af.repo.frameworks.indicator(tasks[0].criterion_id).code == "1.1a"
    # Printed as that index has it: nothing fails, the task sits under 1.1a.
    body = [p.text for p in build_plan_document(plan_data(af, plan_id)).body]
    at = next(i for i, t in enumerate(body) if t.startswith("1.1a. Tiêu chí"))
    assert body[at + 1].startswith("Tiếp tục duy trì, tổ chức thực hiện tốt nhiệm vụ")
    assert any(t.startswith("1.1b. Tiêu chí") for t in body)


def test_a_new_file_reads_1_1_as_one_criterion_of_20(blank):
    preview = preview_plan_import(blank, SEED000)
    assert preview.framework.framework.code == "DTI-TQ-SO"
    c = preview.plan.groups[0].criteria[0]
    assert (c.code, c.max_score, c.appraised_score) == ("1.1", D(20), D(20))
    assert any("đọc là một tiêu chí tối đa 20 điểm" in w.message for w in preview.warnings)
