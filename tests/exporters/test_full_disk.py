"""A full disk while exporting: one Vietnamese line naming the file, the old file kept, no temporary file left."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from dtidesk.cli import main


@pytest.mark.parametrize(("what", "fmt"), [("appendix-tasks", "xlsx"), ("document", "docx")])
def test_full_disk_export(demo_path, tmp_path, monkeypatch, capsys, what, fmt):
    out = tmp_path / "ra" / f"xuat.{fmt}"
    out.parent.mkdir()
    out.write_bytes(b"ban cu")
    real = Path.write_bytes

    def full(self, data):
        if self.parent == out.parent:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(self, data)

    monkeypatch.setattr(Path, "write_bytes", full)
    code = main(["export", str(demo_path), "--plan", "2", "--what", what, "--format", fmt, "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 1 and err.strip() == f"dtidesk-cli: Ổ đĩa đã đầy, chưa ghi được “xuat.{fmt}”."
    assert out.read_bytes() == b"ban cu" and sorted(p.name for p in out.parent.iterdir()) == [f"xuat.{fmt}"]
