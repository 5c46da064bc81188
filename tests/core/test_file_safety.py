"""The data file's rules: versions, damaged files, locks, backups, crash safety."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dtidesk.errors import FileCorrupt, FileLocked, FileMissing, FileTooNew, NotADtideskFile
from dtidesk.services import tasks as task_ops
from dtidesk.services.files import backups_of, restore_backup, save_copy
from dtidesk.store import SCHEMA_VERSION, open_agency_file
from dtidesk.store.lock import lock_path
from dtidesk.store.migrations import APPLICATION_ID, known_names

FIXTURES = Path(__file__).parent.parent / "fixtures" / "schema"


def sha(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def test_new_file_has_pragmas(demo):
    conn = demo.conn
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == len(known_names())
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION + 1))
def test_every_earlier_schema_upgrades(version, tmp_path):
    src = FIXTURES / f"v{version}.dtidesk"
    assert src.exists(), "run scripts/make_schema_fixture.py for each released schema"
    path = tmp_path / src.name
    shutil.copy(src, path)
    with open_agency_file(path) as af:
        assert af.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert af.repo.agency.get().agency == "SỞ TƯ PHÁP"
        assert [u.name for u in af.repo.units.all()] == ["Văn phòng Sở"]
        scores = af.repo.assessments.scores(1)
        assert str(scores[2].appraised_score) == "1.67"
        assert af.repo.tasks.for_plan(1)[0].content == "Nhiệm vụ thử"
        af.repo.log.recent()  # m0002's table exists
    if version < SCHEMA_VERSION:
        assert backups_of(path), "an upgrade is preceded by a backup copy"


def test_readonly_open_of_old_file_leaves_it_untouched(tmp_path):
    path = tmp_path / "v1.dtidesk"
    shutil.copy(FIXTURES / "v1.dtidesk", path)
    before = sha(path)
    with open_agency_file(path, readonly=True) as af:
        assert af.repo.agency.get().short_code == "STP"
    assert sha(path) == before
    assert not lock_path(path).exists()


def test_newer_version_refused_byte_identical(demo_path):
    conn = sqlite3.connect(demo_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = sha(demo_path)
    mtime = demo_path.stat().st_mtime_ns
    with pytest.raises(FileTooNew) as info:
        open_agency_file(demo_path)
    assert "mới hơn" in info.value.message
    assert sha(demo_path) == before and demo_path.stat().st_mtime_ns == mtime
    assert not lock_path(demo_path).exists()


def test_unknown_applied_migration_refused(demo_path):
    conn = sqlite3.connect(demo_path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('dtidesk', 'm0099_future', '2030')")
    conn.commit()
    conn.close()
    before = sha(demo_path)
    with pytest.raises(FileTooNew):
        open_agency_file(demo_path)
    assert sha(demo_path) == before


@pytest.mark.parametrize("content,error", [
    (b"", NotADtideskFile),
    (b"hello, this is a text file\n" * 10, NotADtideskFile),
    (os.urandom(4096), NotADtideskFile),
])
def test_not_a_dtidesk_file(tmp_path, content, error):
    p = tmp_path / "x.dtidesk"
    p.write_bytes(content)
    with pytest.raises(error) as info:
        open_agency_file(p)
    assert "x.dtidesk" in info.value.message
    assert p.read_bytes() == content


def test_other_sqlite_database_refused(tmp_path):
    p = tmp_path / "other.dtidesk"
    conn = sqlite3.connect(p)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(NotADtideskFile) as info:
        open_agency_file(p)
    assert "không phải tệp dữ liệu DTI Desk" in info.value.message


@pytest.mark.parametrize("keep", [50, 5000, 0.5])
def test_truncated_file(demo_path, keep):
    data = demo_path.read_bytes()
    n = int(len(data) * keep) if isinstance(keep, float) else keep
    demo_path.write_bytes(data[:n])
    with pytest.raises((FileCorrupt, NotADtideskFile)) as info:
        open_agency_file(demo_path)
    assert "demo.dtidesk" in info.value.message
    assert len(demo_path.read_bytes()) == n


def test_missing_file(tmp_path):
    with pytest.raises(FileMissing) as info:
        open_agency_file(tmp_path / "nope.dtidesk")
    assert "Không tìm thấy" in info.value.message


def test_second_instance_told_who_holds_it(demo_path):
    holder = {"user": "nguyenvana", "host": "MAY-VP-01", "pid": 4242, "opened_at": "08:15 22/11/2026"}
    lock_path(demo_path).write_text(json.dumps(holder), encoding="utf-8")
    with pytest.raises(FileLocked) as info:
        open_agency_file(demo_path)
    assert "nguyenvana" in info.value.message and "MAY-VP-01" in info.value.message
    assert info.value.holder["host"] == "MAY-VP-01"
    # reading is still allowed, and forcing takes the lock over
    with open_agency_file(demo_path, readonly=True) as af:
        assert af.repo.agency.get().short_code == "STP"
    with open_agency_file(demo_path, force=True) as af:
        assert json.loads(lock_path(demo_path).read_text())["pid"] == os.getpid()
    assert not lock_path(demo_path).exists()


def test_live_process_on_same_machine_holds_lock(demo_path):
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        lock_path(demo_path).write_text(json.dumps(
            {"user": "u", "host": socket.gethostname(), "pid": child.pid}), encoding="utf-8")
        with pytest.raises(FileLocked):
            open_agency_file(demo_path)
    finally:
        child.kill()
        child.wait()
    # the holder died without cleaning up: a stale lock is taken over silently
    with open_agency_file(demo_path) as af:
        assert af.repo.units.all()


def test_backup_before_first_write_and_rotation(demo_path):
    assert backups_of(demo_path) == []
    with open_agency_file(demo_path) as af:
        assert backups_of(demo_path) == []  # opening alone writes nothing
        tid = af.repo.tasks.for_plan(1)[0].id
        task_ops.update_task(af, tid, result="Đã xong phần 1")
        task_ops.update_task(af, tid, result="Đã xong phần 2")
        assert len(backups_of(demo_path)) == 1
    for i in range(12):
        with open_agency_file(demo_path) as af:
            task_ops.update_task(af, tid, result=f"lần {i}")
    assert len(backups_of(demo_path)) == 10  # rotating
    newest = backups_of(demo_path)[0].path
    with open_agency_file(newest, readonly=True) as b:
        assert b.repo.tasks.get(tid).result == "lần 10"


def test_restore_backup_and_save_copy(demo_path, tmp_path):
    with open_agency_file(demo_path) as af:
        tid = af.repo.tasks.for_plan(1)[0].id
        original = af.repo.tasks.get(tid).content
        task_ops.update_task(af, tid, content="Nội dung đã sửa nhầm")
        copy = save_copy(af, tmp_path / "copy.dtidesk")
    with open_agency_file(copy, readonly=True) as c:
        assert c.repo.tasks.get(tid).content == "Nội dung đã sửa nhầm"
    backup = backups_of(demo_path)[0].path
    safety = restore_backup(backup, demo_path)
    with open_agency_file(demo_path) as af:
        assert af.repo.tasks.get(tid).content == original
    # The content from before the restore is listed with the file's backups, so the restore can be undone.
    listed = [b.path for b in backups_of(demo_path)]
    assert safety in listed and "truoc-khoi-phuc" in safety.name
    with open_agency_file(safety, readonly=True) as before:
        assert before.repo.tasks.get(tid).content == "Nội dung đã sửa nhầm"


BULK_WRITER = r"""
import sys, time
from dtidesk.store import open_agency_file
from dtidesk.domain.models import Task
af = open_agency_file(sys.argv[1])
af.conn.execute("PRAGMA cache_size = 20")  # spill pages into the file mid-transaction: a real rollback test
with af.transaction():
    for i in range(200000):
        af.repo.tasks.insert(Task(id=0, plan_id=1, content=f"bulk {i}", position=1000 + i))
        if i == 2000:
            print("writing", flush=True)
print("committed", flush=True)
time.sleep(60)
"""


@pytest.mark.slow
def test_sigkill_during_bulk_write_leaves_all_or_nothing(demo_path):
    with open_agency_file(demo_path, readonly=True) as af:
        before = af.repo.tasks.count()
    proc = subprocess.Popen([sys.executable, "-c", BULK_WRITER, str(demo_path)], stdout=subprocess.PIPE,
                            text=True, env={**os.environ})
    assert proc.stdout.readline().strip() == "writing"
    time.sleep(0.2)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    journal = demo_path.with_name(demo_path.name + "-journal")
    assert journal.exists() and journal.stat().st_size > 0, "the kill came mid-transaction"
    with open_agency_file(demo_path, force=True) as af:  # the dead writer's lock is stale
        assert af.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        after = af.repo.tasks.count()
    assert after in (before, before + 200000)
    assert after == before, "killed before COMMIT: nothing of the bulk write remains"
    assert not journal.exists(), "the hot journal was rolled back and removed"
    with open_agency_file(demo_path) as af:  # and the file takes writes again
        task_ops.update_task(af, af.repo.tasks.for_plan(1)[0].id, result="sau sự cố")
