"""Evidence kept in the file: stored once per content, travels with the file, survives backup and restore,
and backups hold each content once (issue 16)."""

from __future__ import annotations

import hashlib
import os
import shutil
from datetime import date
from pathlib import Path

import pytest

from dtidesk.cli import main
from dtidesk.errors import ValidationError
from dtidesk.services import evidence as ev
from dtidesk.services.files import backups_of, restore_backup
from dtidesk.store import open_agency_file
from dtidesk.store.backups import BLOBS, backup_dir


def _file(tmp_path: Path, name: str, size: int, seed: int) -> Path:
    p = tmp_path / name
    p.write_bytes(hashlib.sha256(str(seed).encode()).digest() * (size // 32))
    return p


def _ids(af):
    a = af.repo.assessments.all()[0]
    crits = [i for i in af.repo.frameworks.indicators(a.framework_id) if i.kind == "criterion"]
    return a, crits


def test_same_file_twice_is_stored_once_and_travels_with_the_file(demo_path, tmp_path):
    scan = _file(tmp_path, "kehoach.pdf", 200_000, 1)
    with open_agency_file(demo_path) as af:
        a, crits = _ids(af)
        first, _ = ev.attach_file(af, a.id, crits[0].id, scan, title="Kế hoạch", number="12/KH", doc_date="15/3/2022")
        ev.attach_file(af, a.id, crits[1].id, scan)
        assert af.repo.blobs.total_size() == 200_000  # once, not twice
    moved = tmp_path / "usb" / "copy.dtidesk"
    moved.parent.mkdir()
    shutil.copy(demo_path, moved)  # "copying the .dtidesk file to another PC brings them along"
    with open_agency_file(moved, readonly=True) as af:
        out = ev.save_copy(af, first.id, tmp_path / "out.pdf")
        assert out.read_bytes() == scan.read_bytes()
        opened = ev.file_for_opening(af, first.id)
        assert opened.name == "kehoach.pdf" and opened.read_bytes() == scan.read_bytes()


def test_remove_then_undo_brings_the_file_back_and_close_drops_unused_contents(demo_path, tmp_path):
    scan = _file(tmp_path, "a.pdf", 50_000, 2)
    with open_agency_file(demo_path) as af:
        a, crits = _ids(af)
        item, _ = ev.attach_file(af, a.id, crits[0].id, scan)
        removed, _ = ev.remove(af, item.id)
        ev.restore(af, removed)
        assert ev.get(af, item.id).blob == item.blob
        ev.remove(af, item.id)
    with open_agency_file(demo_path, readonly=True) as af:
        assert af.repo.blobs.total_size() == 0


def test_replace_and_several_criteria(demo_path, tmp_path):
    with open_agency_file(demo_path) as af:
        a, crits = _ids(af)
        item, _ = ev.attach_file(af, a.id, crits[0].id, _file(tmp_path, "v1.pdf", 1000, 3),
                                 also=[crits[1].id, crits[2].id])
        assert [e.id for e in af.repo.assessments.evidence(a.id, crits[2].id)] == [item.id]
        before, _ = ev.replace_file(af, item.id, _file(tmp_path, "v2.pdf", 2000, 4))
        assert ev.get(af, item.id).file_name == "v2.pdf" and before.file_name == "v1.pdf"
        assert af.repo.assessments.evidence_counts(a.id)[crits[1].id] == 1


def test_backups_hold_each_content_once_and_a_restore_brings_the_bytes_back(demo_path, tmp_path):
    scan = _file(tmp_path, "big.pdf", 2_000_000, 5)
    with open_agency_file(demo_path) as af:
        a, crits = _ids(af)
        item, _ = ev.attach_file(af, a.id, crits[0].id, scan)
    for _ in range(3):  # three sessions, each with a write: three backups
        with open_agency_file(demo_path) as af:
            ev.set_explanation(af, a.id, crits[1].id, "Đang chờ văn bản của UBND tỉnh.")
    backups = backups_of(demo_path)
    assert len(backups) >= 3
    assert all(b.size < 1_000_000 for b in backups)  # the 2 MB scan is not in any backup file…
    blobs = list((backup_dir() / BLOBS).glob("*/*"))
    assert [p.name for p in blobs] == [item.blob]  # …but once in the blob folder
    with open_agency_file(demo_path) as af:  # lose the evidence, then restore the newest backup
        ev.remove(af, item.id)
    restore_backup(backups[0].path, demo_path)
    with open_agency_file(demo_path, readonly=True) as af:
        assert ev.save_copy(af, item.id, tmp_path / "back.pdf").read_bytes() == scan.read_bytes()


def test_a_backup_whose_contents_are_gone_is_not_restored_over_the_file(demo_path, tmp_path):
    with open_agency_file(demo_path) as af:
        a, crits = _ids(af)
        ev.attach_file(af, a.id, crits[0].id, _file(tmp_path, "x.pdf", 5000, 6))
    with open_agency_file(demo_path) as af:
        ev.set_explanation(af, a.id, crits[1].id, "x")
    shutil.rmtree(backup_dir() / BLOBS)
    before = demo_path.read_bytes()
    from dtidesk.errors import DtideskError

    with pytest.raises(DtideskError, match="thiếu 1 tệp tài liệu kiểm chứng"):
        restore_backup(backups_of(demo_path)[0].path, demo_path)
    assert demo_path.read_bytes() == before


def test_findings_name_the_criterion(demo_path, tmp_path):
    with open_agency_file(demo_path) as af:
        a, crits = _ids(af)
        ev.attach_file(af, a.id, crits[0].id, _file(tmp_path, "old.pdf", 100, 7), doc_date=date(a.year - 1, 5, 1))
        found = ev.findings(af, a)
    assert any(f.criterion == crits[0].code and "nằm ngoài kỳ đánh giá" in f.message for f in found)
    assert any(f.criterion == crits[0].code and "chưa ghi số" in f.message for f in found)


def test_cli_add_list_export_remove_and_refusals(demo_path, tmp_path, capsys):
    scan = _file(tmp_path, "bb.pdf", 4096, 8)
    f = str(demo_path)
    assert main(["evidence", f, "add", "--year", "2022", "--criterion", "2.4", "--file", str(scan), "--number",
                 "5/BB", "--date", "20/06/2022", "--issuer", "Sở Tư pháp", "--json"]) == 0
    capsys.readouterr()
    assert main(["evidence", f, "list", "--year", "2022", "--json"]) == 0
    import json

    (item,) = json.loads(capsys.readouterr().out)
    assert (item["criterion"], item["number"], item["date"], item["issuer"], item["size"]) == (
        "2.4", "5/BB", "2022-06-20", "Sở Tư pháp", 4096)
    out = tmp_path / "o.pdf"
    assert main(["evidence", f, "export", "--year", "2022", "--id", str(item["id"]), "--out", str(out)]) == 0
    assert out.read_bytes() == scan.read_bytes()
    before = demo_path.read_bytes()
    assert main(["evidence", f, "add", "--year", "2022", "--criterion", "2.4", "--file", str(tmp_path / "no.pdf")]) == 1
    assert main(["evidence", f, "add", "--year", "2022", "--criterion", "2", "--file", str(scan)]) == 1
    assert main(["evidence", f, "add", "--year", "2022", "--criterion", "2.4", "--file", str(scan), "--date",
                 "31/02/2022"]) == 1
    assert demo_path.read_bytes() == before
    text = tmp_path / "gt.txt"
    text.write_text("Văn bản đang trình ký, sẽ bổ sung.", encoding="utf-8")
    assert main(["explain", f, "--year", "2022", "--criterion", "4.1", "--text-file", str(text)]) == 0
    with open_agency_file(demo_path, readonly=True) as af:
        a, crits = _ids(af)
        code41 = next(c for c in crits if c.code == "4.1")
        assert af.repo.assessments.scores(a.id)[code41.id].explanation == "Văn bản đang trình ký, sẽ bổ sung."
    assert main(["evidence", f, "remove", "--year", "2022", "--id", str(item["id"])]) == 0


def test_a_file_larger_than_allowed_or_unreadable_is_refused(demo_path, tmp_path, monkeypatch):
    monkeypatch.setattr(ev, "MAX_FILE", 10)
    with open_agency_file(demo_path) as af:
        a, crits = _ids(af)
        with pytest.raises(ValidationError, match="lớn hơn 1 GB"):
            ev.attach_file(af, a.id, crits[0].id, _file(tmp_path, "big.pdf", 64, 9))
    if os.geteuid() != 0:  # pragma: no cover - root reads anything
        p = _file(tmp_path, "locked.pdf", 64, 10)
        p.chmod(0)
        with open_agency_file(demo_path) as af, pytest.raises(ValidationError, match="Không đọc được"):
            ev.attach_file(af, a.id, crits[0].id, p)


def test_the_period_the_decision_states_decides_what_is_outside_it(tmp_path):
    """“từ ngày 01/12 năm trước đến ngày 30/11”: a document of 15/12/2023 counts for 2024, one of 05/12/2024
    does not."""
    from dtidesk.services.assess import assess
    from dtidesk.services.index_import import import_index, read_index
    from tests.index.test_index_decisions import TABLE

    path = tmp_path / "a.dtidesk"
    assert main(["new", str(path), "--agency", "SỞ TƯ PHÁP"]) == 0
    with open_agency_file(path) as af:
        done, _ = import_index(af, read_index(text=TABLE))
        assess(af, 2024, "1.2", ["1", "2"], done.code)
        a = af.repo.assessments.find(done.framework_id, 2024)
        ind = af.repo.frameworks.indicator_by_code(done.framework_id, "1.2")
        inside, _ = ev.attach_file(af, a.id, ind.id, _file(tmp_path, "a.pdf", 64, 11), number="1/BC",
                                   doc_date="15/12/2023")
        outside, _ = ev.attach_file(af, a.id, ind.id, _file(tmp_path, "b.pdf", 64, 12), number="2/BC",
                                    doc_date="05/12/2024")
        found = [f for f in ev.findings(af, a) if "ngoài kỳ đánh giá" in f.message]
    assert [f.evidence_id for f in found] == [outside.id]
    assert "(từ 01/12/2023 đến 30/11/2024)" in found[0].message


def test_storing_a_big_scan_reports_progress_and_a_cancel_writes_nothing(demo_path, tmp_path):
    from dtidesk.errors import Cancelled

    scan = _file(tmp_path, "big.pdf", 3 * 1024 * 1024, 13)
    seen: list[tuple[int, int]] = []

    def cancel_while_storing(done: int, total: int, text: str) -> None:
        seen.append((done, total))
        if "Đang lưu" in text and done > total // 2:
            raise Cancelled()

    with open_agency_file(demo_path) as af:
        a, crits = _ids(af)
        with pytest.raises(Cancelled):
            ev.attach_file(af, a.id, crits[0].id, scan, location="Tủ hồ sơ 2", progress=cancel_while_storing)
        assert af.repo.assessments.evidence(a.id) == [] and af.repo.blobs.total_size() == 0
        assert seen[-1][1] == 2 * scan.stat().st_size and len(seen) == 4  # three pieces read, one stored
        item, _ = ev.attach_file(af, a.id, crits[0].id, scan, location="Tủ hồ sơ 2")
        assert ev.get(af, item.id).location == "Tủ hồ sơ 2"
        assert ev.assessment_of(af, a.id) == a
