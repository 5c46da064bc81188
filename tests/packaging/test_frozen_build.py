"""The whole frozen build (minutes): scripts/build_frozen.sh builds, self-tests and keeps to the budgets."""

from __future__ import annotations

import os
import re
import subprocess

import pytest

from .conftest import ROOT, needs_build_opt_in


@pytest.mark.slow
@needs_build_opt_in
def test_build_frozen_script(tmp_path):
    env = {**os.environ, "DTIDESK_BUILD_DIR": str(tmp_path)}
    r = subprocess.run(["bash", str(ROOT / "scripts" / "build_frozen.sh")], env=env, capture_output=True,
                       text=True, encoding="utf-8", timeout=1800)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    assert "[6/6] ✓ Dựng được cửa sổ chính" in r.stdout and "Tự kiểm tra đạt: 6/6 bước" in r.stdout
    size = int(re.search(r"DTIDesk: (\d+) MB", r.stdout).group(1))
    median = float(re.search(r"trung vị ([0-9.]+) giây", r.stdout).group(1))
    assert size <= 250 and median <= 2.0
    internal = tmp_path / "dist" / "DTIDesk" / "_internal"
    assert (internal / "resources" / "icons" / "dtidesk.ico").is_file()
    assert (internal / "i18n" / "dtidesk_vi.qm").is_file()
    assert not list(internal.rglob("*WebEngine*")), "WebEngine must not be shipped"
