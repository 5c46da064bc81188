"""Whole-file copies through SQLite's backup API: restoring a backup and saving a copy elsewhere."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..errors import DtideskError
from .backups import rehydrate
from .connection import AgencyFile


def copy_backup_into(backup: Path, dest: Path) -> None:
    """Copy the backup at `backup` (opened read-only) into a new file `dest`."""
    src = sqlite3.connect(backup.resolve().as_uri() + "?mode=ro", uri=True)
    dst = sqlite3.connect(dest)
    try:
        src.backup(dst)
        missing = rehydrate(dst)  # evidence files are kept once in the backups' blob folder
    except (sqlite3.Error, OSError) as exc:
        raise DtideskError(f"Không khôi phục được từ bản sao lưu: {exc}") from None
    finally:
        src.close()
        dst.close()
    if missing:
        raise DtideskError(f"Bản sao lưu thiếu {len(missing)} tệp tài liệu kiểm chứng trong thư mục sao lưu; "
                           "không khôi phục từ bản này (hãy chọn bản khác).")


def copy_open_file_into(af: AgencyFile, dest: Path) -> None:
    """A consistent copy of an open file into `dest`; a half-written `dest` is removed on failure."""
    conn = sqlite3.connect(dest)
    try:
        af.conn.backup(conn)
    except sqlite3.Error as exc:
        conn.close()
        dest.unlink(missing_ok=True)
        raise DtideskError(f"Không lưu được bản sao: {exc}") from None
    conn.close()
