"""Evidence bench (issue 16): a file holding 500 MB of evidence, ten sessions each with one write.

Prints, as ratios against the raw library doing the same work:
- the first write of a session (open, backup, one small transaction, close) against SQLite's backup API
  copying the file whole (what a backup of the whole file would cost each session), and against a bare
  sqlite3 connection making the same small write without any backup;
- the disk the ten backups use (backup files + the shared blob folder) against ten whole copies.
Run: python -m bench.bench_evidence [MB]   (default 500)
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def main() -> None:
    total_mb = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    work = Path(tempfile.mkdtemp(prefix="bench-evidence-"))
    os.environ["DTIDESK_BACKUP_DIR"] = str(work / "backups")
    from dtidesk.services import evidence as ev
    from dtidesk.services.demo import build_demo
    from dtidesk.store import open_agency_file
    from dtidesk.store.backups import backup_dir

    path = work / "so.dtidesk"
    build_demo(path).close()
    files = max(1, total_mb // 10)
    with open_agency_file(path) as af:
        a = af.repo.assessments.all()[0]
        crits = [i for i in af.repo.frameworks.indicators(a.framework_id) if i.kind == "criterion"]
        for n in range(files):
            scan = work / f"scan-{n}.pdf"
            scan.write_bytes(os.urandom(10 * 1024 * 1024))
            ev.attach_file(af, a.id, crits[n % len(crits)].id, scan, title=f"Tài liệu {n}")
            scan.unlink()
    file_size = path.stat().st_size
    print(f"file: {file_size / 2**20:.0f} MB with {files} evidence files of 10 MB")

    sessions = []
    for _ in range(10):
        t = time.perf_counter()
        with open_agency_file(path) as af:
            ev.set_explanation(af, a.id, crits[0].id, f"giải trình {time.time()}")
        sessions.append(time.perf_counter() - t)
    first_session = sessions[0]  # the blob folder already filled by the attach session's backup? see below
    ours = sorted(sessions)[len(sessions) // 2]

    copy = work / "whole.dtidesk"
    t = time.perf_counter()
    src = sqlite3.connect(path)
    dst = sqlite3.connect(copy)
    src.backup(dst)
    dst.close()
    src.close()
    whole = time.perf_counter() - t
    copy.unlink()

    t = time.perf_counter()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous = FULL")
    with conn:
        conn.execute("UPDATE scores SET explanation = 'x' WHERE indicator_id = ?", [crits[0].id])
    conn.close()
    bare = time.perf_counter() - t

    used = _size(backup_dir())
    print(f"first write of a session (open, backup, write, close): median {ours * 1000:.0f} ms "
          f"(first of ten {first_session * 1000:.0f} ms)")
    print(f"  ÷ SQLite backup API copying the whole file ({whole * 1000:.0f} ms): {ours / whole:.3f}×")
    print(f"  ÷ bare sqlite3 small write without backup ({bare * 1000:.1f} ms): {ours / bare:.1f}×")
    print(f"disk of the backups: {used / 2**20:.0f} MB for {len(list(backup_dir().glob('*.dtidesk')))} backups; "
          f"÷ ten whole copies ({10 * file_size / 2**20:.0f} MB): {used / (10 * file_size):.3f}×")


if __name__ == "__main__":
    main()
