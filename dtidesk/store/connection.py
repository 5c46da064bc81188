"""Open an agency file safely: check it, refuse files from newer versions, lock, back up, migrate."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from ..errors import (
    DiskFull,
    DtideskError,
    FileCorrupt,
    FileLocked,
    FileMissing,
    FileReadOnly,
    FileTooNew,
    FileUnavailable,
    NotADtideskFile,
    ProgramError,
)
from . import backups
from .lock import acquire_lock
from .migrations import APPLICATION_ID, SCHEMA_VERSION, known_names, migrations
from .sqlite import Database

SQLITE_MAGIC = b"SQLite format 3\x00"


def map_sqlite_error(exc: BaseException, path: Path) -> DtideskError:
    """Turn an sqlite3 failure into something the user can act on."""
    detail = " ".join(str(exc).split())  # SQLite's own text may span lines; messages are one line
    text = detail.lower()
    name = path.name
    if "locked" in text or "busy" in text:
        return FileLocked(f"Tệp “{name}” đang bị một chương trình khác ghi; hãy thử lại sau giây lát.")
    if "readonly" in text or "read-only" in text:
        return FileReadOnly(
            f"Không ghi được vào tệp “{name}”: tệp hoặc thư mục chỉ cho phép đọc. "
            "Hãy lưu bản sao sang thư mục khác."
        )
    if "full" in text:
        return DiskFull(f"Ổ đĩa chứa tệp “{name}” đã đầy; thay đổi chưa được lưu.")
    if "disk i/o" in text or "unable to open" in text:
        return FileUnavailable(
            f"Lỗi đọc/ghi tệp “{name}” (ổ USB bị rút hoặc thư mục mạng mất kết nối?). "
            "Thay đổi cuối cùng chưa được lưu; hãy cắm lại ổ đĩa rồi mở lại tệp."
        )
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return FileCorrupt(
            f"Tệp “{name}” bị hỏng ({detail}). Hãy khôi phục từ bản sao lưu (Tệp → Sao lưu / Khôi phục)."
        )
    # Anything else (a foreign-key failure, a query the program got wrong) is a bug in the program, not
    # damage: calling it damage would send the officer to restore a backup over a good file.
    return ProgramError(
        f"Lỗi chương trình khi làm việc với tệp “{name}” ({detail}). Tệp không bị hỏng và thao tác vừa rồi chưa "
        "được lưu; chi tiết đã được ghi vào nhật ký lỗi."
    )


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as fh:
            head = fh.read(100)
    except FileNotFoundError:
        raise FileMissing(f"Không tìm thấy tệp “{path}”.") from None
    except PermissionError:
        raise FileReadOnly(f"Không có quyền đọc tệp “{path}”.") from None
    except IsADirectoryError:
        raise NotADtideskFile(f"“{path}” là một thư mục, không phải tệp dữ liệu DTI Desk.") from None
    if len(head) == 0:
        raise NotADtideskFile(f"Tệp “{path.name}” trống (0 byte), không phải tệp dữ liệu DTI Desk.")
    if not head.startswith(SQLITE_MAGIC):
        raise NotADtideskFile(f"Tệp “{path.name}” không phải là tệp dữ liệu DTI Desk (.dtidesk).")
    if len(head) < 100:
        raise FileCorrupt(f"Tệp “{path.name}” bị cắt cụt (chỉ còn {len(head)} byte).")


def _recover_hot_journal(path: Path) -> None:
    """A crash mid-write leaves a hot journal that only a writer can roll back.

    Rolling it back is SQLite's own recovery: it restores the last committed state, which is what
    every later reader would see anyway. It is the only write made before the checks.
    """
    journal = path.with_name(path.name + "-journal")
    if not journal.exists() or journal.stat().st_size == 0 or not os.access(path, os.W_OK):
        return
    try:
        conn = sqlite3.connect(path)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise map_sqlite_error(exc, path) from None


def inspect(path: Path) -> tuple[int, list[str]]:
    """Read-only look at a file: its user_version and applied steps. Writes nothing but crash recovery."""
    _check_header(path)
    _recover_hot_journal(path)
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise map_sqlite_error(exc, path) from None
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise NotADtideskFile(
                f"Tệp “{path.name}” là cơ sở dữ liệu SQLite nhưng không phải tệp dữ liệu DTI Desk."
            )
        names: list[str] = []
        has_table = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='_sqlite_migrations'"
        ).fetchone()
        if has_table:
            names = [r[0] for r in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = 'dtidesk' ORDER BY rowid"
            )]
        unknown = [n for n in names if n not in known_names()]
        if version > SCHEMA_VERSION or unknown:
            raise FileTooNew(
                f"Tệp “{path.name}” được tạo bởi phiên bản DTI Desk mới hơn (lược đồ {version}, "
                f"phiên bản này hỗ trợ đến {SCHEMA_VERSION}). Hãy cập nhật chương trình; tệp không bị thay đổi."
            )
        result = _integrity(conn)
        if [r[0] for r in result] != ["ok"]:
            detail = "; ".join(" ".join(str(r[0]).replace("*** in database main ***", "").split())
                               for r in result[:3])
            raise FileCorrupt(
                f"Tệp “{path.name}” bị hỏng ({detail}). "
                "Hãy khôi phục từ bản sao lưu (Tệp → Sao lưu / Khôi phục)."
            )
        return version, names
    except sqlite3.Error as exc:
        raise map_sqlite_error(exc, path) from None
    finally:
        conn.close()


def _integrity(conn: sqlite3.Connection) -> list[tuple]:
    """SQLite's integrity check of every table — but the pages of attached evidence files, which may be most
    of a file (500 MB of scans), are not read at each opening: that would cost what copying them costs. Each
    of those files is checked against its sha256 whenever it is read out (evidence_blobs.BlobRepo)."""
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    if "evidence_blobs" not in tables:
        return conn.execute("PRAGMA integrity_check").fetchall()
    bad: list[tuple] = []
    for table in tables:
        if table != "evidence_blobs":
            bad += [r for r in conn.execute(f'PRAGMA integrity_check("{table}")').fetchall() if r[0] != "ok"]
    return bad or [("ok",)]


class AgencyFile:
    """One open agency file. All writes go through `transaction()`: one user action, one commit.

    Its connection is opened with check_same_thread=False because the window's long jobs (imports,
    consolidation, roll-forward) run on a worker thread with the session's connection while a modal
    progress dialog keeps the window from touching it: one thread at a time, never two at once.
    """

    def __init__(self, path: Path, conn: sqlite3.Connection, readonly: bool, lock: Path | None):
        self.path = path
        self.conn = conn
        self.db = Database(conn)
        self.readonly = readonly
        self._lock = lock
        self._backed_up = readonly
        from .repos import Repos

        self.repo = Repos(self.db)

    # -- transactions -------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[Database]:
        if self.readonly:
            raise FileReadOnly(f"Tệp “{self.path.name}” đang mở ở chế độ chỉ đọc.")
        self.ensure_backup()
        try:
            with self.db.atomic():
                yield self.db
        except sqlite3.Error as exc:
            raise map_sqlite_error(exc, self.path) from exc

    def ensure_backup(self) -> None:
        """Make this opening's backup now if it is still due (before the first write); BackupFailed says why not.

        The window calls it on its own thread before a write, so it can ask the officer what to do."""
        if not self._backed_up and not self.readonly:
            backups.make_backup(self.conn, self.path)
            self._backed_up = True

    def skip_backup(self) -> None:
        """The officer chose to go on without a backup this time (the backup folder failed)."""
        self._backed_up = True

    def close(self) -> None:
        try:
            if not self.readonly and self._backed_up:
                # Evidence files no item refers to any more (removed, replaced this session) go now: undo
                # could bring them back until the file was closed. Only after a write this session.
                with contextlib.suppress(sqlite3.Error):
                    if self.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'evidence_blobs'").fetchone():
                        with self.db.atomic():
                            self.repo.blobs.purge_unused()
            self.conn.close()
        finally:
            if self._lock is not None:
                with contextlib.suppress(OSError):
                    self._lock.unlink()
                self._lock = None

    def __enter__(self) -> AgencyFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 3000")
    # Files live on USB sticks and shared folders: rollback journal, full fsync, never WAL.
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")


def _migrate(conn: sqlite3.Connection) -> None:
    db = Database(conn)
    migrations.apply(db)
    version = len(migrations.applied(db))
    conn.execute(f"PRAGMA user_version = {int(version)}")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def create_agency_file(path: Path | str) -> AgencyFile:
    """A new, empty, fully migrated file. Refuses to overwrite an existing one."""
    path = Path(path)
    if path.exists():
        raise DtideskError(f"Tệp “{path}” đã tồn tại; hãy chọn tên khác.")
    if not path.parent.is_dir():
        raise FileMissing(f"Không có thư mục “{path.parent}”.")
    lock = acquire_lock(path, force=False)
    try:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        _configure(conn)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        _migrate(conn)
    except sqlite3.Error as exc:
        with contextlib.suppress(OSError):
            lock.unlink()
        raise map_sqlite_error(exc, path) from None
    except BaseException:
        with contextlib.suppress(OSError):
            lock.unlink()
        raise
    af = AgencyFile(path, conn, readonly=False, lock=lock)
    af._backed_up = True  # nothing to back up yet
    return af


def open_agency_file(path: Path | str, *, readonly: bool = False, force: bool = False) -> AgencyFile:
    """Check, lock, back up and migrate. A newer or damaged file is refused before any write."""
    path = Path(path)
    version, _names = inspect(path)
    pending = version < SCHEMA_VERSION
    if readonly:
        src = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            if pending:  # upgrade a copy in memory; the file itself is left alone
                conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
                src.backup(conn)
                src.close()
                conn.execute("PRAGMA foreign_keys = ON")
                _migrate(conn)
            else:
                src.close()
                conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None,
                                       check_same_thread=False)
                conn.execute("PRAGMA foreign_keys = ON")
        except sqlite3.Error as exc:
            raise map_sqlite_error(exc, path) from None
        return AgencyFile(path, conn, readonly=True, lock=None)

    if not os.access(path, os.W_OK):
        raise FileReadOnly(
            f"Tệp “{path.name}” chỉ cho phép đọc. Hãy sao chép tệp sang thư mục khác để chỉnh sửa."
        )
    lock = acquire_lock(path, force=force)
    try:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        _configure(conn)
        if pending:
            backups.make_backup(conn, path, reason=f"truoc-nang-cap-v{version}")
            _migrate(conn)
        af = AgencyFile(path, conn, readonly=False, lock=lock)
        af._backed_up = pending
        return af
    except sqlite3.Error as exc:
        with contextlib.suppress(OSError):
            lock.unlink()
        raise map_sqlite_error(exc, path) from None
    except BaseException:
        with contextlib.suppress(OSError):
            lock.unlink()
        raise
