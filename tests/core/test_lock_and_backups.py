"""The owner lock under races and on full disks; backups that fail are never counted and never rotate good ones."""

from __future__ import annotations

import errno
import json
import multiprocessing
import os
import time

import pytest

from dtidesk.errors import BackupFailed, DiskFull, FileLocked
from dtidesk.store import backups, open_agency_file
from dtidesk.store.lock import UNREADABLE_GRACE_S, acquire_lock, lock_path


def _try_lock(path, start, queue):
    while time.time() < start:
        pass
    try:
        acquire_lock(path, force=False)
        queue.put("got")
    except FileLocked:
        queue.put("refused")


@pytest.mark.slow
def test_two_processes_at_the_same_instant_one_gets_the_lock(tmp_path):
    ctx = multiprocessing.get_context("fork")
    for i in range(15):
        path = tmp_path / f"f{i}.dtidesk"
        queue = ctx.Queue()
        start = time.time() + 0.3
        procs = [ctx.Process(target=_try_lock, args=(path, start, queue)) for _ in range(3)]
        for p in procs:
            p.start()
        results = sorted(queue.get(timeout=20) for _ in procs)
        for p in procs:
            p.join()
        # The winner's process has ended, so its lock is stale now, but while they raced only one won.
        assert results == ["got", "refused", "refused"], (i, results)


def test_a_lock_being_written_is_not_taken_over(tmp_path):
    path = tmp_path / "a.dtidesk"
    lock_path(path).write_bytes(b"")  # another program created it a moment ago and has not written yet
    with pytest.raises(FileLocked):
        acquire_lock(path, force=False)
    assert lock_path(path).read_bytes() == b""


def test_an_old_empty_lock_is_garbage(tmp_path):
    path = tmp_path / "a.dtidesk"
    lp = lock_path(path)
    lp.write_bytes(b"")
    old = time.time() - UNREADABLE_GRACE_S - 5
    os.utime(lp, (old, old))
    assert acquire_lock(path, force=False) == lp
    assert json.loads(lp.read_text(encoding="utf-8"))["pid"] == os.getpid()


def test_another_computers_lock_is_kept_unless_forced(tmp_path):
    path = tmp_path / "a.dtidesk"
    lp = lock_path(path)
    other = {"user": "ketoan", "host": "MAY-KHAC", "pid": 1, "opened_at": "08:00 01/12/2026"}
    lp.write_text(json.dumps(other), encoding="utf-8")
    with pytest.raises(FileLocked) as exc:
        acquire_lock(path, force=False)
    assert "ketoan trên máy MAY-KHAC (từ 08:00 01/12/2026)" in exc.value.message
    assert json.loads(lp.read_text(encoding="utf-8")) == other
    acquire_lock(path, force=True)
    assert json.loads(lp.read_text(encoding="utf-8"))["pid"] == os.getpid()


def test_full_disk_when_locking_leaves_no_empty_lock(tmp_path, monkeypatch):
    path = tmp_path / "a.dtidesk"
    real_open = open

    def full(file, mode="r", *a, **kw):
        if "x" in mode:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_open(file, mode, *a, **kw)

    monkeypatch.setattr("builtins.open", full)
    with pytest.raises(DiskFull) as exc:
        acquire_lock(path, force=False)
    assert "đầy" in exc.value.message
    assert list(tmp_path.iterdir()) == []


def _good_backups(demo_path):
    return [b for b in backups.list_backups(demo_path) if b.size > 0]


def test_failed_backups_are_removed_and_never_rotate_good_ones(demo_path, tmp_path, monkeypatch):
    for _ in range(3):  # three sessions with a working backup folder
        with open_agency_file(demo_path) as af, af.transaction() as db:
            db.execute("UPDATE agency SET place = place")
    good = backups.list_backups(demo_path)
    assert len(good) == 3

    real_copy = backups._copy

    def full_disk(conn, target):
        target.write_bytes(b"SQLite format 3\x00" + bytes(100))  # the copy had started when the disk filled
        raise backups.sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backups, "_copy", full_disk)
    before = demo_path.read_bytes()
    for _ in range(12):
        with open_agency_file(demo_path) as af:
            with pytest.raises(BackupFailed) as exc:
                with af.transaction() as db:
                    db.execute("UPDATE agency SET place = 'X'")
    assert demo_path.read_bytes() == before  # the write did not happen
    assert "còn trống" in exc.value.message and str(backups.backup_dir()) in exc.value.message
    monkeypatch.setattr(backups, "_copy", real_copy)
    assert backups.list_backups(demo_path) == good
    assert not list(backups.backup_dir().glob("*.partial"))
    with open_agency_file(demo_path) as af, af.transaction() as db:  # the next good write
        db.execute("UPDATE agency SET place = place")
    after = backups.list_backups(demo_path)
    assert len(after) == 4 and set(good) <= set(after)


def test_backup_folder_that_is_a_file(demo_path, tmp_path, monkeypatch):
    blocker = tmp_path / "khong-phai-thu-muc"
    blocker.write_text("x")
    monkeypatch.setenv("DTIDESK_BACKUP_DIR", str(blocker / "backups"))
    with open_agency_file(demo_path) as af:
        with pytest.raises(BackupFailed):
            with af.transaction() as db:
                db.execute("UPDATE agency SET place = 'X'")
        af.skip_backup()  # the officer chose to go on without a backup this time
        with af.transaction() as db:
            db.execute("UPDATE agency SET place = 'Y'")
    with open_agency_file(demo_path, readonly=True) as af:
        assert af.repo.agency.get().place == "Y"
