"""Undo of a plan import: the file comes back as it was, scores and ranks included; redo writes it again."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from dtidesk.domain.models import Target
from dtidesk.services.plan_import import apply_plan_import, preview_plan_import, undo_plan_import
from dtidesk.services.scoring import find_framework, scores_json

FIXTURES = Path(__file__).parent / "fixtures"
SEED000 = FIXTURES / "seed000_plan_stp_tuyenquang.txt"
LAOCAI = FIXTURES / "variant_syt_laocai.txt"


def snapshot(af) -> dict[str, list[str]]:
    """Every row of every table but the change log (undo adds its own line there)."""
    return {t: sorted(repr(tuple(r)) for r in af.db.execute(f"SELECT * FROM [{t}]").fetchall())
            for t in af.db.table_names() if t != "change_log"}


def test_undo_restores_the_scores_and_ranks_the_import_overwrote_and_redo_writes_it_again(demo):
    fw = find_framework(demo, "DTI-TQ-SO")
    a = demo.repo.assessments.find(fw.id, 2022)
    ind = {c: demo.repo.frameworks.indicator_by_code(fw.id, c).id for c in ("1", "2", "1.2", "2.4")}
    with demo.transaction():  # a file that differs from the document: the import overwrites these
        demo.repo.assessments.set_score(a.id, ind["2.4"], D("4"), D("4"), "đã sửa")
        demo.repo.assessments.delete_score(a.id, ind["1.2"])
        demo.repo.assessments.delete_group_rank(a.id, ind["1"])
        demo.repo.assessments.set_group_rank(a.id, ind["2"], 7, 18)
    before, scores_before = snapshot(demo), scores_json(demo, 2022)
    preview = preview_plan_import(demo, SEED000)

    record, changes = apply_plan_import(demo, preview)  # both proposed units created
    assert changes.touches("plans") and len(record.units) == 2 and record.framework_id is None
    assert record.assessment_id == a.id and not record.assessment_created
    scores = demo.repo.assessments.scores(a.id)
    assert scores[ind["2.4"]].appraised_score == D("1.67") and ind["1.2"] in scores
    assert demo.repo.assessments.group_ranks(a.id)[ind["1"]] == (3, 18)
    after = snapshot(demo)
    assert after != before

    undone = undo_plan_import(demo, record)
    assert undone.touches("plans", "scores", "units")
    assert snapshot(demo) == before and scores_json(demo, 2022) == scores_before
    assert demo.repo.plans.get(record.plan_id) is None
    assert demo.repo.log.recent(1)[0]["action"] == "undo_import_plan"

    again, _ = apply_plan_import(demo, preview)  # redo: the same rows under the same ids
    assert again.plan_id == record.plan_id and again.units == record.units
    assert snapshot(demo) == after
    undo_plan_import(demo, again)
    assert snapshot(demo) == before


def test_undo_removes_the_framework_assessment_and_units_the_import_created(blank):
    before = snapshot(blank)
    preview = preview_plan_import(blank, LAOCAI)
    record, _ = apply_plan_import(blank, preview, create_units=["Phòng Nghiệp vụ Y"])
    assert record.framework_id is not None and record.assessment_created and len(record.units) == 1
    assert blank.repo.frameworks.get(record.framework_id) is not None
    undo_plan_import(blank, record)
    assert snapshot(blank) == before
    assert blank.repo.frameworks.get(record.framework_id) is None


def test_a_new_unit_used_since_is_kept_and_redo_still_works(demo):
    preview = preview_plan_import(demo, SEED000)
    record, _ = apply_plan_import(demo, preview)
    used = record.units[0]
    with demo.transaction():  # an edit outside the undo stack names the new unit in another plan
        demo.repo.targets.insert(Target(id=0, plan_id=1, content="Chỉ tiêu thêm", lead_unit_id=used))
    undo_plan_import(demo, record)
    assert demo.repo.plans.get(record.plan_id) is None
    assert demo.repo.units.get(used) is not None  # kept: a target names it
    assert demo.repo.units.get(record.units[1]) is None
    again, _ = apply_plan_import(demo, preview)  # the kept unit is matched, the other created again
    assert len(again.units) == 1
    assert any(used in t.lead_unit_ids + t.coop_unit_ids for t in demo.repo.tasks.for_plan(again.plan_id))
