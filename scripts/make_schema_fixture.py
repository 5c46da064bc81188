"""Write tests/fixtures/schema/vN.dtidesk: a small file as schema version N left it (run once per release)."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from dtidesk.store.migrations import APPLICATION_ID, known_names, migrations
from dtidesk.store.sqlite import Database


def make(version: int, out: Path) -> None:
    names = known_names()
    out.unlink(missing_ok=True)
    conn = sqlite3.connect(out, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db = Database(conn)
    stop = names[version] if version < len(names) else None
    migrations.apply(db, stop_before=stop)
    conn.execute(f"PRAGMA user_version = {version}")
    with db.atomic():
        db.execute("INSERT INTO agency (id, agency, parent_agency, short_code, place) VALUES "
                   "(1, 'SỞ TƯ PHÁP', 'ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG', 'STP', 'Tuyên Quang')")
        db.execute("INSERT INTO units (name, position) VALUES ('Văn phòng Sở', 1)")
        db.execute("INSERT INTO frameworks (code, version_year, name) VALUES ('T', 2022, 'Thử')")
        db.execute("INSERT INTO indicators (framework_id, code, name, kind, position) VALUES (1,'1','Nhóm','group',1)")
        db.execute("INSERT INTO indicators (framework_id, parent_id, code, name, kind, max_score, position) "
                   "VALUES (1, 1, '1.1', 'Tiêu chí', 'criterion', '5', 2)")
        db.execute("INSERT INTO assessments (framework_id, year) VALUES (1, 2022)")
        db.execute("INSERT INTO scores (assessment_id, indicator_id, self_score, appraised_score) "
                   "VALUES (1, 2, '5', '1.67')")
        db.execute("INSERT INTO plans (kind, year, title) VALUES ('dti', 2023, 'Kế hoạch thử')")
        db.execute("INSERT INTO tasks (plan_id, content, timeline) VALUES (1, 'Nhiệm vụ thử', 'Năm 2023')")
    conn.execute("VACUUM")
    conn.close()


if __name__ == "__main__":
    folder = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "schema"
    folder.mkdir(parents=True, exist_ok=True)
    versions = [int(a) for a in sys.argv[1:]] or list(range(1, len(known_names()) + 1))
    for v in versions:
        make(v, folder / f"v{v}.dtidesk")
        print(folder / f"v{v}.dtidesk")
