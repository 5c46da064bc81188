"""Translations: every shipped .qm loads; the Vietnamese one has no unfinished entry; .ui files compiled."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("qm", sorted((ROOT / "i18n").glob("*.qm")), ids=lambda p: p.name)
def test_every_qm_loads(qm):
    assert QTranslator().load(str(qm))


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_no_unfinished_translation(lang):
    tree = ET.parse(ROOT / "i18n" / f"dtidesk_{lang}.ts")
    unfinished = [
        f"{ctx.findtext('name')}: {msg.findtext('source')}"
        for ctx in tree.getroot().iter("context") for msg in ctx.iter("message")
        if msg.find("translation") is None or msg.find("translation").get("type") == "unfinished"
        or not (msg.find("translation").text or "").strip()
    ]
    assert unfinished == []


def test_ui_files_compiled_without_drift(tmp_path):
    uic = Path(sys.executable).parent / "pyside6-uic"
    for ui in sorted((ROOT / "ui").glob("*.ui")):
        out = tmp_path / f"ui_{ui.stem}.py"
        subprocess.run([str(uic), "--from-imports", str(ui), "-o", str(out)], check=True)
        committed = ROOT / "dtidesk" / "gui" / "forms" / f"ui_{ui.stem}.py"
        assert committed.read_text() == out.read_text(), f"run scripts/build_ui.sh ({ui.name} changed)"
