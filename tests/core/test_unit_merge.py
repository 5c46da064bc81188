"""“Gộp đơn vị”: every row that names the merged unit follows the kept one, and undo puts back every row."""

from __future__ import annotations

import pytest

from dtidesk.domain.models import Project, Target
from dtidesk.errors import FileReadOnly, NotFound, ValidationError
from dtidesk.services import tasks as task_ops
from dtidesk.services.forms import find_unit as form_unit
from dtidesk.services.units import (
    add_unit,
    find_unit,
    merge_units,
    remember_spellings,
    undo_merge_units,
    unit_usage,
    update_unit,
)
from dtidesk.store import open_agency_file

PLAN = 1


def dump(af) -> dict[str, list[tuple]]:
    """Every row of every table but the change log, in a stable order."""
    tables = [r[0] for r in af.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'change_log'")]
    return {t: sorted(af.conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}


def log(af) -> list[tuple]:
    return af.conn.execute("SELECT id, action, entity, entity_id, summary FROM change_log ORDER BY id").fetchall()


@pytest.fixture
def linked(demo):
    """Văn phòng Sở (kept) and Thanh tra Sở (merged) side by side in every place a unit can be named."""
    keep, gone = find_unit(demo, "Văn phòng Sở").id, find_unit(demo, "Thanh tra Sở").id
    add = task_ops.add_task
    t = {"gone_lead_keep_coop": add(demo, PLAN, "A", lead_unit_ids=[gone], coop_unit_ids=[keep])[0],
         "keep_lead_gone_coop": add(demo, PLAN, "B", lead_unit_ids=[keep], coop_unit_ids=[gone])[0],
         "both_coop": add(demo, PLAN, "C", lead_unit_ids=[], coop_unit_ids=[gone, 7, keep])[0],
         "gone_only": add(demo, PLAN, "D", lead_unit_ids=[3, gone], coop_unit_ids=[])[0],
         "both_lead": add(demo, PLAN, "E", lead_unit_ids=[gone, keep], coop_unit_ids=[])[0]}
    form = demo.repo.forms.all()[0].id
    with demo.transaction():
        target = demo.repo.targets.insert(Target(id=0, plan_id=2, content="Chỉ tiêu", lead_unit_id=gone,
                                                 monitor_unit_id=keep))
        target2 = demo.repo.targets.insert(Target(id=0, plan_id=2, content="Chỉ tiêu 2", monitor_unit_id=gone))
        project = demo.repo.projects.insert(Project(id=0, plan_id=2, name="Dự án", lead_unit_id=gone))
        demo.repo.forms.set_values(form, 2024, "H1", keep, {("1", "value"): "5", ("2", "value"): "1"})
        demo.repo.forms.set_values(form, 2024, "H1", gone, {("1", "value"): "7", ("3", "value"): "9"})
        demo.repo.forms.set_values(form, 2024, "Q1", gone, {("1", "value"): "4"})
        demo.repo.forms.set_submission(form, 2024, "H1", keep, "2024-06-10T08:00:00", "vp.xlsx")
        demo.repo.forms.set_submission(form, 2024, "H1", gone, "2024-06-11T08:00:00", "ttr.xlsx")
        demo.repo.forms.set_submission(form, 2024, "Q1", gone, "2024-03-11T08:00:00", "ttr-q1.xlsx")
        remember_spellings(demo, [(gone, "Thanh tra của Sở Tư pháp")])
    update_unit(demo, gone, short_name="TTr Sở")  # a change-log entry about the merged unit
    return {"keep": keep, "gone": gone, "tasks": t, "target": target, "target2": target2, "project": project,
            "form": form}


def test_merge_moves_every_link_to_the_kept_unit(demo, linked):
    keep, gone, t = linked["keep"], linked["gone"], linked["tasks"]
    merge, changes = merge_units(demo, keep, gone)
    assert demo.repo.units.get(gone) is None
    assert changes.touches("units", "task_units", "targets", "projects", "form_values", "form_submissions")
    assert "1 ô số liệu trùng" in changes.summary

    def roles(name):
        task = demo.repo.tasks.get(t[name])
        return task.lead_unit_ids, task.coop_unit_ids

    assert roles("gone_lead_keep_coop") == ([keep], [])  # leads now; no longer coordinates as well
    assert roles("keep_lead_gone_coop") == ([keep], [])
    assert roles("both_coop") == ([], [keep, 7])
    assert roles("gone_only") == ([3, keep], [])
    assert roles("both_lead") == ([keep], [])
    assert demo.repo.targets.get(linked["target"]).lead_unit_id == keep
    assert demo.repo.targets.get(linked["target2"]).monitor_unit_id == keep
    assert demo.repo.projects.get(linked["project"]).lead_unit_id == keep
    form = linked["form"]
    # The kept unit's own figure stays where both had one; the merged unit's others follow it.
    assert demo.repo.forms.values(form, 2024, "H1", keep) == {("1", "value"): "5", ("2", "value"): "1",
                                                              ("3", "value"): "9"}
    assert demo.repo.forms.values(form, 2024, "Q1", keep) == {("1", "value"): "4"}
    subs = demo.repo.forms.submissions(form, 2024, "H1")
    assert subs[keep].source_file == "vp.xlsx" and gone not in subs
    assert demo.repo.forms.submissions(form, 2024, "Q1")[keep].source_file == "ttr-q1.xlsx"
    assert unit_usage(demo, gone) == {}
    # The merged names are the kept unit's spellings: found by name from now on, and not addable again.
    kept = demo.repo.units.get(keep)
    assert {"Thanh tra Sở", "TTr Sở", "Thanh tra của Sở Tư pháp"} <= set(kept.aliases)
    assert find_unit(demo, "Thanh tra Sở").id == keep and form_unit(demo, "thanh tra so").id == keep
    with pytest.raises(ValidationError):
        add_unit(demo, "Thanh tra Sở")
    assert [e for e in log(demo) if e[1] == "update_unit" and e[3] == keep and "short_name" in e[4]]
    assert merge.as_dict()["moved"]["targets"] == 2 and merge.as_dict()["dropped"]["form_values"] == 1


def test_undo_restores_every_row_exactly_and_redo_merges_again(demo, linked):
    before, before_log = dump(demo), log(demo)
    merge, _ = merge_units(demo, linked["keep"], linked["gone"])
    merged = dump(demo)
    assert merged != before
    undo_merge_units(demo, merge)
    assert dump(demo) == before
    assert log(demo)[:len(before_log)] == before_log  # the merged unit's history is its own again
    again, _ = merge_units(demo, linked["keep"], linked["gone"])  # redo
    assert dump(demo) == merged
    undo_merge_units(demo, again)
    assert dump(demo) == before


def test_merge_is_one_transaction(demo, linked, monkeypatch):
    before = dump(demo)

    def boom(*_a, **_k):
        raise RuntimeError("disk pulled")

    monkeypatch.setattr(demo.repo.units, "delete", boom)
    with pytest.raises(RuntimeError):
        merge_units(demo, linked["keep"], linked["gone"])
    assert dump(demo) == before


def test_bad_merges_are_refused_and_change_nothing(demo_path):
    with open_agency_file(demo_path) as af:
        keep = find_unit(af, "Văn phòng Sở").id
        before = dump(af)
        with pytest.raises(ValidationError, match="hai đơn vị khác nhau"):
            merge_units(af, keep, keep)
        with pytest.raises(NotFound):
            merge_units(af, keep, 9999)
        assert dump(af) == before
    with open_agency_file(demo_path, readonly=True) as af:
        with pytest.raises(FileReadOnly):
            merge_units(af, keep, find_unit(af, "Thanh tra Sở").id)


def test_a_unit_with_form_figures_is_merged_not_deleted(demo):
    from dtidesk.services.units import delete_unit

    uid, _ = add_unit(demo, "Phòng Thống kê")
    form = demo.repo.forms.all()[0].id
    with demo.transaction():
        demo.repo.forms.set_values(form, 2024, "H1", uid, {("1", "value"): "3"})
    with pytest.raises(ValidationError, match="số liệu biểu mẫu"):
        delete_unit(demo, uid)
    assert demo.repo.units.get(uid) is not None
