"""Evidence files kept inside the agency file, once per content.

A file is stored under the sha256 of its bytes: attaching the same scan twice (to two criteria, or by two
officers) stores it once. The bytes are written and read in pieces through SQLite's incremental blob I/O, so a
300 MB scan never sits in memory whole. Rows whose `data` is NULL exist only in backups: their bytes are in the
backups' blob folder (backups.py puts them back on a restore).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path

from ..errors import FileCorrupt
from .sqlite import Database

CHUNK = 1 << 20


def file_digest(path: Path, progress: Callable[[int], None] = lambda done: None) -> tuple[str, int]:
    """sha256 and size of a file, read in pieces; `progress(bytes read)` between pieces (it may raise to
    cancel)."""
    h = hashlib.sha256()
    size = 0
    with path.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            h.update(chunk)
            size += len(chunk)
            progress(size)
    return h.hexdigest(), size


class BlobRepo:
    def __init__(self, db: Database):
        self.db = db

    def has(self, sha: str) -> bool:
        return self.db.execute("SELECT 1 FROM evidence_blobs WHERE sha256 = ? AND data IS NOT NULL",
                               [sha]).fetchone() is not None

    def size(self, sha: str) -> int | None:
        row = self.db.execute("SELECT size FROM evidence_blobs WHERE sha256 = ?", [sha]).fetchone()
        return None if row is None else int(row[0])

    def put_file(self, path: Path, sha: str, size: int, progress: Callable[[int], None] = lambda done: None) -> bool:
        """Store the file's bytes under `sha` unless stored already (caller holds the transaction); True
        when written. The bytes are checked against `sha` as they are copied: a file changed in between
        is refused by the caller's ValueError."""
        if self.has(sha):
            return False
        self.db.execute("DELETE FROM evidence_blobs WHERE sha256 = ?", [sha])  # a NULL row from a restore
        cur = self.db.execute("INSERT INTO evidence_blobs (sha256, size, data) VALUES (?, ?, zeroblob(?))",
                              [sha, size, size])
        rowid = cur.lastrowid
        h = hashlib.sha256()
        written = 0
        with path.open("rb") as fh, self.db.conn.blobopen("evidence_blobs", "data", rowid) as blob:
            while chunk := fh.read(CHUNK):
                if written + len(chunk) > size:
                    raise ValueError("file grew while it was read")
                blob.write(chunk)
                h.update(chunk)
                written += len(chunk)
                progress(written)
        if written != size or h.hexdigest() != sha:
            raise ValueError("file changed while it was read")
        return True

    def chunks(self, sha: str) -> Iterator[bytes]:
        row = self.db.execute("SELECT rowid FROM evidence_blobs WHERE sha256 = ? AND data IS NOT NULL",
                              [sha]).fetchone()
        if row is None:
            raise KeyError(sha)
        with self.db.conn.blobopen("evidence_blobs", "data", row[0], readonly=True) as blob:
            while chunk := blob.read(CHUNK):
                yield chunk

    def write_to(self, sha: str, dest: Path) -> None:
        """The stored bytes into `dest` (the caller writes atomically and names the file); bytes that are
        not what was stored (a damaged page) are refused as a damaged file."""
        h = hashlib.sha256()
        with dest.open("wb") as out:
            for chunk in self.chunks(sha):
                out.write(chunk)
                h.update(chunk)
        if h.hexdigest() != sha:
            raise FileCorrupt("Tệp đính kèm lưu trong tệp dữ liệu bị hỏng (nội dung không khớp mã kiểm tra). "
                              "Hãy khôi phục từ bản sao lưu hoặc đính kèm lại tài liệu.")

    def all_shas(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT sha256 FROM evidence_blobs")]

    def purge_unused(self) -> int:
        """Contents no evidence item refers to any more (removed, replaced); returns how many went."""
        cur = self.db.execute("DELETE FROM evidence_blobs WHERE sha256 NOT IN "
                              "(SELECT blob FROM evidence WHERE blob IS NOT NULL)")
        return cur.rowcount or 0

    def total_size(self) -> int:
        row = self.db.execute("SELECT COALESCE(SUM(size), 0) FROM evidence_blobs").fetchone()
        return int(row[0])
