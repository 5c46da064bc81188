"""Schema step m0006 (unit_aliases): a file of the previous release upgrades with its units and task links
intact, and the spellings a unit gains from then on are kept in the file."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from dtidesk.services.units import find_unit, merge_units
from dtidesk.store import SCHEMA_VERSION, open_agency_file
from dtidesk.store.migrations import known_names

FIXTURES = Path(__file__).parent.parent / "fixtures" / "schema"


def test_m0006_has_its_fixture():
    assert known_names()[5] == "m0006_unit_aliases" and SCHEMA_VERSION >= 6
    conn = sqlite3.connect(FIXTURES / "v6.dtidesk")
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 6
        cols = [r[1] for r in conn.execute("PRAGMA table_info(unit_aliases)")]
    finally:
        conn.close()
    assert cols == ["id", "unit_id", "alias"]


def test_a_v5_file_upgrades_and_keeps_what_a_merge_teaches_it(tmp_path):
    path = tmp_path / "v5.dtidesk"
    shutil.copy(FIXTURES / "v5.dtidesk", path)
    conn = sqlite3.connect(path)
    with conn:  # the previous release's file as an officer had it: a near-duplicate unit on a task
        conn.execute("INSERT INTO units (id, name, position) VALUES (2, 'Văn phòng', 2)")
        conn.execute("INSERT INTO task_units (task_id, unit_id, role) VALUES (1, 2, 'lead')")
    conn.close()
    with open_agency_file(path) as af:
        assert af.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert [(u.name, u.aliases) for u in af.repo.units.all()] == [("Văn phòng Sở", []), ("Văn phòng", [])]
        merge_units(af, 1, 2)
    with open_agency_file(path) as af:
        assert af.repo.units.get(1).aliases == ["Văn phòng"]
        assert af.repo.tasks.for_plan(1)[0].lead_unit_ids == [1]
        assert find_unit(af, "VĂN PHÒNG").id == 1
