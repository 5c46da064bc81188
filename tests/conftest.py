"""Shared fixtures: every test gets its own backup folder and, when asked, a fresh copy of the demo file."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def _isolated_backups(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("DTIDESK_BACKUP_DIR", str(tmp_path_factory.mktemp("backups")))


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """Built once per session (as Anki copies a migrated template); tests get copies."""
    from dtidesk.services.demo import build_demo

    path = tmp_path_factory.mktemp("template") / "demo.dtidesk"
    os.environ.setdefault("DTIDESK_BACKUP_DIR", str(tmp_path_factory.mktemp("tb")))
    build_demo(path).close()
    return path


@pytest.fixture
def demo_path(demo_template, tmp_path) -> Path:
    dest = tmp_path / "demo.dtidesk"
    shutil.copy(demo_template, dest)
    return dest


@pytest.fixture
def demo(demo_path):
    from dtidesk.store import open_agency_file

    af = open_agency_file(demo_path)
    yield af
    af.close()
