"""The owner file beside an agency file: who has it open, taken atomically, taken over only when stale.

The lock is LibreOffice's convention (`.~lock.NAME#`), a small JSON naming user, computer, process and
time. Two rules make it safe when two programs open the same file at the same instant:
- it is created with its content in one step (written under a private name, then hard-linked into
  place, which fails if the name exists), so nobody ever reads an empty or half-written lock; where
  the disk cannot link (FAT32 USB sticks), it is created exclusively and readers wait for its content;
- a lock is taken over only when it is provably stale (this computer, a process that no longer
  exists), or when the officer asked to after being told who holds it. Taking over renames the old
  lock away and checks that what was renamed is the lock that was judged, so two programs taking
  over the same stale lock cannot remove each other's fresh one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import getpass
import json
import os
import socket
import time
import uuid
from pathlib import Path

from ..errors import DiskFull, FileLocked, FileReadOnly

# A lock with no readable content that is younger than this may be another program writing it.
UNREADABLE_GRACE_S = 10.0


def lock_path(path: Path) -> Path:
    # LibreOffice's owner-file convention: hidden on Linux, obvious next to the file on Windows.
    return path.with_name(f".~lock.{path.name}#")


def read_lock(path: Path) -> dict | None:
    try:
        data = json.loads(lock_path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def holder_text(holder: dict) -> str:
    who = holder.get("user") or "?"
    host = holder.get("host") or "?"
    since = holder.get("opened_at", "")
    return f"{who} trên máy {host}" + (f" (từ {since})" if since else "")


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - Windows
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)
        if handle:
            ctypes.windll.kernel32.CloseHandle(handle)
            return True
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _me() -> dict:
    return {
        "user": getpass.getuser(),
        "host": socket.gethostname(),
        "pid": os.getpid(),
        "opened_at": dt.datetime.now().strftime("%H:%M %d/%m/%Y"),
        "app": "DTI Desk",
        "token": uuid.uuid4().hex,  # tells two locks of the same process apart
    }


def _write_error(path: Path, exc: OSError) -> Exception:
    if exc.errno == errno.ENOSPC:
        return DiskFull(f"Ổ đĩa chứa tệp “{path.name}” đã đầy: không tạo được tệp khóa, tệp chưa được mở. "
                        "Hãy giải phóng ổ đĩa rồi mở lại.")
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EROFS, errno.EPERM):
        return FileReadOnly(f"Không tạo được tệp khóa bên cạnh “{path.name}”: thư mục chỉ cho phép đọc.")
    return exc


def _create(lp: Path, me: dict) -> bool:
    """Create the lock with its content in one step; False if a lock is already there."""
    data = json.dumps(me).encode("utf-8")
    tmp = lp.with_name(f"{lp.name}.{me['token']}.tmp")
    try:
        with open(tmp, "xb") as fh:
            fh.write(data)
            fh.flush()
        try:
            os.link(tmp, lp)
            return True
        except FileExistsError:
            return False
        except OSError:  # no hard links on this disk: exclusive create, then write
            pass
        try:
            fd = os.open(lp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            return False
        try:
            os.write(fd, data)
        except OSError:
            os.close(fd)
            with contextlib.suppress(OSError):
                lp.unlink()
            raise
        os.close(fd)
        return True
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def _read_settled(path: Path) -> dict | None:
    """The holder, waiting briefly if the lock was created but not yet written (no-link disks)."""
    lp = lock_path(path)
    for _ in range(20):
        holder = read_lock(path)
        if holder is not None:
            return holder
        try:
            age = time.time() - lp.stat().st_mtime
        except OSError:
            return {}  # gone meanwhile: try again from the start
        if age > UNREADABLE_GRACE_S:
            return {"unreadable": True}
        time.sleep(0.05)
    return None


def _take_over(lp: Path, judged: dict) -> bool:
    """Remove the lock that was judged stale; False if the lock there now is another one."""
    grave = lp.with_name(f"{lp.name}.{uuid.uuid4().hex}.old")
    try:
        os.rename(lp, grave)
    except FileNotFoundError:
        return True  # someone else removed it: just try to create ours
    try:
        now = json.loads(grave.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        now = {"unreadable": True}
    if now == judged or (judged.get("unreadable") and now.get("unreadable")):
        with contextlib.suppress(OSError):
            grave.unlink()
        return True
    # Another program replaced the stale lock with its own in the meantime: put it back untouched.
    try:
        os.link(grave, lp)
    except OSError:
        with contextlib.suppress(OSError):
            os.rename(grave, lp)
    with contextlib.suppress(OSError):
        grave.unlink()
    return False


def acquire_lock(path: Path, force: bool) -> Path:
    """Take the lock for `path`, or raise FileLocked naming who holds it."""
    lp = lock_path(path)
    me = _me()
    for _ in range(5):
        try:
            if _create(lp, me):
                return lp
        except OSError as exc:
            raise _write_error(path, exc) from None
        holder = _read_settled(path)
        if holder is None:  # written by now or never: look again
            holder = read_lock(path) or {}
        if holder == {}:
            continue
        same_host = holder.get("host") == me["host"]
        pid = holder.get("pid", 0)
        stale = holder.get("unreadable") or (same_host and isinstance(pid, int) and not pid_alive(pid))
        if same_host and pid == me["pid"] and not force:
            raise FileLocked(f"Tệp “{path.name}” đã được mở trong cửa sổ này.", holder)
        if stale or force:
            _take_over(lp, holder)
            continue
        raise FileLocked(
            f"Tệp “{path.name}” đang được mở bởi {holder_text(holder)}. "
            "Hãy đóng tệp ở đó trước, hoặc mở một bản sao.",
            holder,
        )
    raise FileLocked(f"Không khóa được tệp “{path.name}”: có chương trình khác đang mở cùng lúc; hãy thử lại.")
