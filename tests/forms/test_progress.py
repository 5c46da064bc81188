"""Long form actions report progress, and a cancel from the progress callback changes nothing."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from openpyxl import Workbook

from dtidesk.errors import Cancelled
from dtidesk.services import forms as fo
from dtidesk.services.form_files import export_unit_form, fill_official, import_unit_files

from .conftest import UNITS
from .test_xlsx import FILLED, fill


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def cancel_at(when):
    """A progress callback that records every call and raises Cancelled at the first one `when` accepts."""
    calls: list[tuple[int, int, str]] = []

    def progress(done: int, total: int, text: str = "") -> None:
        calls.append((done, total, text))
        if when(done, total, text):
            raise Cancelled()

    return progress, calls


def test_cancel_during_the_import_of_units_files_leaves_the_data_file_unchanged(af, af_path, stats, units, tmp_path):
    paths = [fill(export_unit_form(af, stats.id, 2022, "H1", units[name].id, tmp_path / f"{i}.xlsx"), FILLED)
             for i, name in enumerate(UNITS[:2])]
    before = digest(af_path)
    # Cancelled after the first file is written, inside the transaction: the whole import rolls back.
    progress, calls = cancel_at(lambda done, total, text: text.startswith("Đang ghi") and done == 1)
    with pytest.raises(Cancelled):
        import_unit_files(af, paths, "cchc-stats", 2022, "H1", progress=progress)
    assert [c[2] for c in calls] == ["Đang đọc 0.xlsx", "Đang đọc 1.xlsx", "Đang ghi 0.xlsx", "Đang ghi 1.xlsx"]
    assert digest(af_path) == before
    assert all(fo.values_for(af, stats.id, 2022, "H1", units[name].id).typed == {} for name in UNITS)
    assert len(fo.missing_units(af, stats.id, 2022, "H1")) == 3
    results, _ = import_unit_files(af, paths, "cchc-stats", 2022, "H1")  # not cancelled: every file goes in
    assert all(r.accepted for r in results) and len(fo.missing_units(af, stats.id, 2022, "H1")) == 1


def test_cancel_while_reading_writes_nothing(af, af_path, stats, units, tmp_path):
    path = fill(export_unit_form(af, stats.id, 2022, "H1", units[UNITS[0]].id, tmp_path / "vp.xlsx"), FILLED)
    before = digest(af_path)
    progress, _ = cancel_at(lambda done, total, text: text.startswith("Đang đọc"))
    with pytest.raises(Cancelled):
        import_unit_files(af, [path], progress=progress)
    assert digest(af_path) == before


def test_cancelled_exports_leave_no_file(af, stats, units, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    progress, calls = cancel_at(lambda done, total, text: done == 1)
    with pytest.raises(Cancelled):
        export_unit_form(af, stats.id, 2022, "H1", units[UNITS[0]].id, out / "vp.xlsx", progress=progress)
    assert calls and list(out.iterdir()) == []

    wb = Workbook()
    for r, code in enumerate(("1.1", "1.2.1", "1.2.2"), start=1):
        wb.active.cell(r, 1, code)
    src = out / "tinh.xlsx"
    wb.save(src)
    fo.set_values(af, stats.id, 2022, "H1", None, {"1.1": 2, "1.2.1": 6, "1.2.2": 2})
    progress, _ = cancel_at(lambda done, total, text: done == 2)
    with pytest.raises(Cancelled):
        fill_official(af, src, stats.id, 2022, "H1", out / "ban-sao.xlsx", progress=progress)
    assert [p.name for p in out.iterdir()] == ["tinh.xlsx"]


def test_cancelled_consolidation_rolls_back(af, af_path, stats, units):
    fo.set_values(af, stats.id, 2022, "H1", units[UNITS[0]].id, {"1.1": 2})
    before = digest(af_path)
    with pytest.raises(Cancelled):
        fo.consolidate(af, stats.id, 2022, "H1", progress=cancel_at(lambda *a: True)[0])
    assert digest(af_path) == before and fo.values_for(af, stats.id, 2022, "H1").typed == {}
