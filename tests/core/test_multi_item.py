"""An action on several items is one use case, one transaction: a failure part-way changes nothing."""

from __future__ import annotations

import pytest

from dtidesk.errors import NotFound
from dtidesk.services import tasks as ops


def _ids(af, plan_id=1):
    return [t.id for t in af.repo.tasks.for_plan(plan_id)]


def test_delete_many_fails_on_the_fourth_and_deletes_none(demo):
    before = _ids(demo)
    chosen = [*before[:3], 987654, before[3]]
    with pytest.raises(NotFound):
        ops.delete_tasks(demo, chosen)
    assert _ids(demo) == before


def test_delete_many_then_restore_puts_each_back_in_place(demo):
    before = [(t.id, t.position, t.content) for t in demo.repo.tasks.for_plan(1)]
    deleted, changes = ops.delete_tasks(demo, [before[1][0], before[4][0], before[0][0]])
    assert changes.touches("tasks") and len(_ids(demo)) == len(before) - 3
    ops.restore_tasks(demo, deleted)
    assert [(t.id, t.position, t.content) for t in demo.repo.tasks.for_plan(1)] == before


def test_link_many_fails_part_way_and_links_none(demo):
    crit = next(t.criterion_id for t in demo.repo.tasks.for_plan(1) if t.criterion_id)
    before = {t.id: t.criterion_id for t in demo.repo.tasks.for_plan(1)}
    chosen = [*list(before)[:3], 987654]
    with pytest.raises(NotFound):
        ops.link_tasks(demo, chosen, None)
    assert {t.id: t.criterion_id for t in demo.repo.tasks.for_plan(1)} == before
    old, _ = ops.link_tasks(demo, list(before)[:3], None)
    assert all(demo.repo.tasks.get(t).criterion_id is None for t in list(before)[:3])
    ops.restore_links(demo, old)
    assert {t.id: t.criterion_id for t in demo.repo.tasks.for_plan(1)} == before
    assert crit is not None


def test_one_commit_for_many(demo):
    statements = []
    ids = _ids(demo)[:5]
    demo.ensure_backup()  # the session's backup (its own snapshot transaction) is not the action's
    demo.conn.set_trace_callback(statements.append)
    try:
        ops.delete_tasks(demo, ids)
    finally:
        demo.conn.set_trace_callback(None)
    assert [s for s in statements if s.strip().upper() in ("BEGIN", "COMMIT")] == ["BEGIN", "COMMIT"]
