"""Rotating backup copies, made with SQLite's backup API on this computer (not beside the file)."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
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


def _copy(conn: sqlite3.Connection, target: Path) -> None:
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
    finally:
        dest.close()


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
        for stale in folder.glob(_key(Path(path)) + "--*.partial"):  # left by a crash mid-copy
            with contextlib.suppress(OSError):
                stale.unlink()
        _copy(conn, partial)
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise _failed(folder, exc) from exc
    for old in list_backups(path)[KEEP:]:
        with contextlib.suppress(OSError):
            old.path.unlink()
    return target
