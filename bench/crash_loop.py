"""Crash test: kill -9 a writer again and again, at random moments of bulk writes, and check the file each time.

Each round starts a child that opens the agency file and runs use-case-sized bulk writes (tasks with their
units, scores, a delete) in one transaction each, then kills it after a random delay. After every kill:
PRAGMA integrity_check is ok, foreign_key_check is empty, and each committed batch is there whole or not at
all (batches are tagged; a partial batch fails the round). Run: python -m bench.crash_loop [ROUNDS]
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = r"""
import sys
from dtidesk.domain.models import Task
from dtidesk.store import open_agency_file
af = open_agency_file(sys.argv[1], force=True)
af.conn.execute("PRAGMA cache_size = 20")  # spill pages mid-transaction, so the journal matters
units = [u.id for u in af.repo.units.all()]
batch = 0
print("ready", flush=True)
while True:
    batch += 1
    with af.transaction():
        for i in range(500):
            af.repo.tasks.insert(Task(id=0, plan_id=1, content=f"lô {sys.argv[2]}-{batch}", position=10000 + i,
                                      lead_unit_ids=units[:1], coop_unit_ids=units[1:3]))
        af.repo.log.add("bulk", "tasks", None, f"lô {sys.argv[2]}-{batch}")
"""


def check(path: Path) -> tuple[bool, str]:
    from dtidesk.store import open_agency_file
    from dtidesk.store.diagnostics import dangling_references, integrity_problems

    with open_agency_file(path, force=True) as af:
        problems = integrity_problems(af) + [str(r) for r in dangling_references(af)]
        counts = [r[1] for r in af.conn.execute(
            "SELECT content, COUNT(*) FROM tasks WHERE content LIKE 'lô %' GROUP BY content")]
        links = af.conn.execute("SELECT COUNT(*) FROM task_units tu JOIN tasks t ON t.id = tu.task_id "
                                "WHERE t.content LIKE 'lô %'").fetchone()[0]
    partial = [c for c in counts if c != 500]
    ok = not problems and not partial and links == 3 * sum(counts)
    return ok, f"{len(counts)} lô đủ, {len(partial)} lô dở, lỗi: {problems[:2]}"


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    os.environ.setdefault("DTIDESK_BACKUP_DIR", tempfile.mkdtemp())
    from dtidesk.services.demo import build_demo

    path = Path(tempfile.mkdtemp()) / "crash.dtidesk"
    build_demo(path).close()
    rnd = random.Random(134)
    failures = 0
    for n in range(1, rounds + 1):
        proc = subprocess.Popen([sys.executable, "-c", CHILD, str(path), str(n)], stdout=subprocess.PIPE, text=True)
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rnd.uniform(0.05, 1.5))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        ok, text = check(path)
        failures += not ok
        print(f"lần {n:>3}: {'đạt' if ok else 'HỎNG'} — {text}", flush=True)
    print(f"{rounds - failures}/{rounds} lần kill -9 để lại tệp nguyên vẹn, toàn vẹn khóa ngoại, "
          "mỗi lô ghi đủ hoặc không có gì")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
