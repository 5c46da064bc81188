"""Rotating backup copies, made with SQLite's backup API on this computer (not beside the file)."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path

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


def make_backup(conn: sqlite3.Connection, path: Path, reason: str = "") -> Path:
    folder = backup_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    suffix = f"-{reason}" if reason else ""
    target = folder / f"{_key(path)}--{stamp}{suffix}.dtidesk"
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
    finally:
        dest.close()
    for old in list_backups(path)[KEEP:]:
        try:
            old.path.unlink()
        except OSError:
            pass
    return target
