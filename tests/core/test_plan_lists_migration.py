"""Schema step m0005 (project money and status, a period's planned figure, directive → tasks): files of the
previous release upgrade with their targets, projects and directives intact."""

from __future__ import annotations

import shutil
import sqlite3
from decimal import Decimal as D
from pathlib import Path

from dtidesk.services import directives as dops
from dtidesk.services import projects as pops
from dtidesk.services import targets as tops
from dtidesk.store import SCHEMA_VERSION, open_agency_file
from dtidesk.store.migrations import known_names

FIXTURES = Path(__file__).parent.parent / "fixtures" / "schema"


def _v4_with_lists(tmp_path: Path) -> Path:
    """The v4 fixture as an officer had filled it: a target with a result, a project, a directive."""
    path = tmp_path / "v4.dtidesk"
    shutil.copy(FIXTURES / "v4.dtidesk", path)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("INSERT INTO targets (id, plan_id, content, comparison, threshold, unit_of_measure) "
                     "VALUES (1, 1, 'Tỷ lệ hồ sơ đúng hạn đạt tối thiểu 97%', '>=', '97', '%')")
        conn.execute("INSERT INTO target_values (target_id, year, period, value) VALUES (1, 2023, 'H1', '98')")
        conn.execute("INSERT INTO projects (id, plan_id, name, budget_total, budget_state) "
                     "VALUES (1, 1, 'Số hóa hồ sơ', '500', '500')")
        conn.execute("INSERT INTO directives (id, plan_id, doc_type, number_symbol, issued_on, summary) "
                     "VALUES (1, 1, 'Kế hoạch', '300/KH-UBND', '2023-12-28', 'Cải cách hành chính năm 2024')")
    conn.close()
    return path


def test_m0005_is_the_fifth_step_and_has_its_fixture():
    assert known_names()[4] == "m0005_plan_lists" and SCHEMA_VERSION >= 5
    assert (FIXTURES / "v5.dtidesk").exists()


def test_upgrade_from_v4_keeps_the_lists_and_adds_the_new_fields(tmp_path):
    path = _v4_with_lists(tmp_path)
    with open_agency_file(path) as af:
        assert af.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        [p] = pops.project_rows(af, 1)
        assert (p.project.budget_total, p.project.budget_other, p.project.disbursed, p.project.status) == \
            (D(500), None, None, "not_started")
        [t] = tops.target_rows(af, 1)
        assert [(v.period, v.planned, v.achieved) for v in t.values] == [("H1", None, D(98))]
        assert t.met is True  # 98 meets “tối thiểu 97%” (the fixture's plan is of 2023)
        [d] = dops.directive_rows(af, 1)
        assert d.directive.number_symbol == "300/KH-UBND" and d.task_ids == []
        # The new parts work on the upgraded file.
        task = af.repo.tasks.for_plan(1)[0].id
        dops.set_directive_tasks(af, 1, [task])
        pops.update_project(af, 1, disbursed="250", status="in_progress")
        tops.set_target_value(af, 1, 2023, "H1", planned="95")
        assert af.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    with open_agency_file(path) as af:
        assert dops.directive_rows(af, 1)[0].task_ids == [task]
        assert pops.project_rows(af, 1)[0].disbursed_percent == D(50)
        assert tops.target_rows(af, 1)[0].met is True  # 98 against the period's planned 95


def test_project_status_is_checked_by_the_file_itself(tmp_path):
    path = _v4_with_lists(tmp_path)
    open_agency_file(path).close()  # upgraded to the current schema
    conn = sqlite3.connect(path)
    try:
        conn.execute("UPDATE projects SET status = 'paused' WHERE id = 1")
        raised = False
    except sqlite3.IntegrityError:
        raised = True
    finally:
        conn.close()
    assert raised
