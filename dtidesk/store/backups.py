"""Rotating backup copies on this computer (not beside the file).

A backup is a copy of every table of the file; the bytes of evidence files are left out of it and kept once
each, named by their sha256, in the `blobs` folder beside the backups. Ten backups of a file holding 500 MB of
evidence thus hold the evidence once, and the backup made at the first write of a session costs what the
file's other tables cost (README, "Evidence and backups"). A restore puts the bytes back (rehydrate)."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import re
import shutil
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path

from ..errors import BackupFailed

KEEP = 10


def backup_dir() -> Path:
    # Backups stay on the local disk: the file itself may be on a USB stick that gets lost.
    env = os.environ.get("DTIDESK_BACKUP_DIR")
    if env:
        base = Path(env)
    elif sys.platform == "win32":  # pragma: no cover
        base = Path(os.environ.get("LOCALAPPDATA", Path.home())) / "DTIDesk" / "backups"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / "dtidesk" / "backups"
    return base


def _key(path: Path) -> str:
    digest = hashlib.sha1(str(path.resolve()).encode("utf-8")).hexdigest()[:8]
    return f"{path.stem}-{digest}"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime
    size: int


def list_backups(path: Path) -> list[BackupInfo]:
    """Newest first."""
    folder = backup_dir()
    if not folder.is_dir():
        return []
    out = []
    for p in folder.glob(_key(Path(path)) + "--*.dtidesk"):
        stamp = p.name.split("--")[1][:15]
        try:
            taken = dt.datetime.strptime(stamp, "%Y%m%d-%H%M%S")
        except ValueError:
            continue
        out.append(BackupInfo(p, taken, p.stat().st_size))
    return sorted(out, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def free_space_text(folder: Path) -> str:
    """Free space on the disk that holds `folder` (or its nearest existing parent), for messages."""
    probe = folder
    while not probe.exists() and probe.parent != probe:
        probe = probe.parent
    try:
        free = shutil.disk_usage(probe).free
    except OSError:
        return "không rõ"
    for unit, size in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if free >= size:
            return f"{free / size:.1f} {unit}".replace(".", ",")
    return f"{free} byte"


def _failed(folder: Path, exc: BaseException) -> BackupFailed:
    return BackupFailed(
        f"Không tạo được bản sao lưu trong thư mục “{folder}” (ổ đĩa còn trống {free_space_text(folder)}; "
        f"lỗi: {exc}). Thay đổi chưa được ghi. Có thể tiếp tục không sao lưu lần này, hoặc dừng lại, giải "
        "phóng ổ đĩa (hoặc đặt DTIDESK_BACKUP_DIR sang thư mục khác) rồi làm lại.",
        folder,
    )


BLOBS = "blobs"  # the backups' evidence files, one per content (sha256), shared by every backup


def _in_backup(sql: str) -> str:
    """A CREATE statement of the open file, aimed at the attached backup ("bk")."""
    return re.sub(r"^(CREATE\s+(?:UNIQUE\s+)?(?:TABLE|INDEX|TRIGGER|VIEW)\s+(?:IF\s+NOT\s+EXISTS\s+)?)", r"\1bk.",
                  sql, count=1, flags=re.I)


def _copy(conn: sqlite3.Connection, target: Path) -> None:
    """Every table, index and setting of the open file into `target`, read in one snapshot — except the bytes
    of evidence files, which are kept once in the blob folder instead (_sync_blobs). The tables are copied
    by SQLite itself (INSERT … SELECT), so a file holding 500 MB of evidence costs a backup what its other
    tables cost, not 500 MB (bench/bench_evidence.py)."""
    fk = conn.execute("PRAGMA foreign_keys").fetchone()[0]
    conn.execute("PRAGMA foreign_keys = OFF")  # rows are copied as they are, in any order
    conn.execute("ATTACH DATABASE ? AS bk", [str(target)])
    try:
        conn.execute("BEGIN")
        try:
            objects = conn.execute(
                "SELECT type, name, sql FROM main.sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
                "ORDER BY type != 'table', rowid").fetchall()
            tables = [name for kind, name, _ in objects if kind == "table"]
            for kind, _name, sql in objects:
                if kind == "table":
                    conn.execute(_in_backup(sql))
            for name in tables:
                cols = [r[1] for r in conn.execute(f'PRAGMA main.table_info("{name}")')]
                names = ", ".join(f'"{c}"' for c in cols)
                picked = ", ".join("NULL" if (name == "evidence_blobs" and c == "data") else f'"{c}"' for c in cols)
                conn.execute(f'INSERT INTO bk."{name}" ({names}) SELECT {picked} FROM main."{name}"')
            if conn.execute("SELECT 1 FROM main.sqlite_master WHERE name = 'sqlite_sequence'").fetchone():
                conn.execute("INSERT INTO bk.sqlite_sequence SELECT * FROM main.sqlite_sequence")
            for kind, _name, sql in objects:
                if kind != "table":
                    conn.execute(_in_backup(sql))
            for pragma in ("user_version", "application_id"):
                value = int(conn.execute(f"PRAGMA main.{pragma}").fetchone()[0])
                conn.execute(f"PRAGMA bk.{pragma} = {value}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        conn.execute("DETACH DATABASE bk")
        conn.execute(f"PRAGMA foreign_keys = {'ON' if fk else 'OFF'}")


def blob_path(sha: str) -> Path:
    return backup_dir() / BLOBS / sha[:2] / sha


def _has_blobs(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM main.sqlite_master WHERE type = 'table' AND name = 'evidence_blobs'"
                        ).fetchone() is not None


def _sync_blobs(conn: sqlite3.Connection) -> int:
    """Each evidence file of the open file into the blob folder unless it is there already (append-only:
    a content is written once, whatever the number of backups or sessions). Returns how many were written."""
    if not _has_blobs(conn):
        return 0
    written = 0
    for sha, rowid in conn.execute("SELECT sha256, rowid FROM main.evidence_blobs WHERE data IS NOT NULL").fetchall():
        dest = blob_path(sha)
        if dest.exists():
            continue
        dest.parent.mkdir(parents=True, exist_ok=True)
        partial = dest.with_name(dest.name + ".partial")
        h = hashlib.sha256()
        with partial.open("wb") as out, conn.blobopen("evidence_blobs", "data", rowid, readonly=True) as blob:
            while chunk := blob.read(1 << 20):
                out.write(chunk)
                h.update(chunk)
            out.flush()
            os.fsync(out.fileno())
        if h.hexdigest() != sha:  # the file's own content is not what its name says: never store it as such
            partial.unlink()
            continue
        os.replace(partial, dest)
        written += 1
    return written


def rehydrate(conn: sqlite3.Connection) -> list[str]:
    """Put the bytes of evidence files back into a file restored from a backup (rows whose data is NULL),
    from the blob folder; returns the contents that could not be found there."""
    if not _has_blobs(conn):
        return []
    missing = []
    for sha, size in conn.execute("SELECT sha256, size FROM evidence_blobs WHERE data IS NULL").fetchall():
        src = blob_path(sha)
        if not src.is_file() or src.stat().st_size != size:
            missing.append(sha)
            continue
        with conn:
            conn.execute("UPDATE evidence_blobs SET data = zeroblob(?) WHERE sha256 = ?", [size, sha])
            rowid = conn.execute("SELECT rowid FROM evidence_blobs WHERE sha256 = ?", [sha]).fetchone()[0]
            with src.open("rb") as fh, conn.blobopen("evidence_blobs", "data", rowid) as blob:
                while chunk := fh.read(1 << 20):
                    blob.write(chunk)
    return missing


def _collect_blobs(folder: Path, min_age: float = 86400.0) -> None:
    """Blob files no backup in the folder refers to any more (after rotation), older than a day — a file
    written just now may belong to a backup still being made by another window."""
    store = folder / BLOBS
    if not store.is_dir():
        return
    used: set[str] = set()
    for backup in folder.glob("*.dtidesk"):
        try:
            c = sqlite3.connect(backup.resolve().as_uri() + "?mode=ro", uri=True)
            try:
                if _has_blobs(c):
                    used.update(r[0] for r in c.execute("SELECT sha256 FROM evidence_blobs"))
            finally:
                c.close()
        except sqlite3.Error:
            return  # a backup that cannot be read may still need its contents: keep everything
    now = dt.datetime.now().timestamp()
    for blob in store.glob("*/*"):
        if blob.name not in used and not blob.name.endswith(".partial") and now - blob.stat().st_mtime > min_age:
            with contextlib.suppress(OSError):
                blob.unlink()


def backup_target(path: Path, reason: str = "") -> Path:
    """Where the next backup of `path` goes; its name is what list_backups and rotation recognise."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    suffix = f"-{reason}" if reason else ""
    return backup_dir() / f"{_key(Path(path))}--{stamp}{suffix}.dtidesk"


def copy_as_backup(path: Path, reason: str) -> Path:
    """A plain byte copy of the file at `path` among its backups (listed and rotated like them): used before
    a restore, when the current file may be too damaged for SQLite to read."""
    folder = backup_dir()
    target = backup_target(path, reason)
    partial = target.with_name(target.name + ".partial")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, partial)
        os.replace(partial, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise _failed(folder, exc) from exc
    return target


def make_backup(conn: sqlite3.Connection, path: Path, reason: str = "") -> Path:
    """Copy the open file to a new backup, then drop the oldest beyond KEEP.

    The copy is written under a `.partial` name and renamed only once complete, so a backup that
    failed (disk full, folder missing) is never listed, never counted by the rotation and never
    pushes a good backup out; the half-written copy is removed and BackupFailed says why.
    """
    folder = backup_dir()
    target = backup_target(path, reason)
    partial = target.with_name(target.name + ".partial")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for stale in [*folder.glob(_key(Path(path)) + "--*.partial"),  # left by a crash mid-copy
                      *folder.glob(_key(Path(path)) + "--*.partial-journal")]:
            with contextlib.suppress(OSError):
                stale.unlink()
        _sync_blobs(conn)  # first: a backup is listed only once every content it names is in the folder
        _copy(conn, partial)
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise _failed(folder, exc) from exc
    dropped = False
    for old in list_backups(path)[KEEP:]:
        with contextlib.suppress(OSError):
            old.path.unlink()
            dropped = True
    if dropped:
        _collect_blobs(folder)
    return target
