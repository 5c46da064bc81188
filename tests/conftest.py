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


# Seed 002's measurable goals (section II.2.1) and the two directives it cites with their subject; the demo's
# CCHC plan (2) is built from that seed's appendix, whose group I.2 is the one-stop mechanism of KH 5755.
SEED002_TARGETS = (
    ("Tỷ lệ giải quyết hồ sơ đúng hạn đạt tối thiểu 97%", "tối thiểu 97%"),
    ("Mức độ hài lòng của người dân, doanh nghiệp về giải quyết thủ tục hành chính đạt tối thiểu 94%", "≥ 94%"),
    ("Tối thiểu 97% phản ánh kiến nghị của người dân, tổ chức được xử lý dứt điểm trong thời gian quy định",
     "≥ 97%"),
    ("Tỷ lệ người dân hài lòng về việc xử lý phản ánh kiến nghị đạt tối thiểu 93%", "≥ 93%"),
    ("Xây dựng phương án đơn giản hóa tối thiểu 10% số thủ tục hành chính", "≥ 10%"),
    ("Giảm tối thiểu 20% thông tin phải khai báo trên cơ sở tái sử dụng dữ liệu", "≥ 20%"),
)


@pytest.fixture
def lists_demo_path(demo_path) -> Path:
    """The demo file with plan 2's six targets and two directives (the second linked to the tasks of group I.2),
    entered through the same use cases the window calls."""
    from dtidesk.services import directives, targets
    from dtidesk.store import open_agency_file

    with open_agency_file(demo_path) as af:
        for n, (content, bar) in enumerate(SEED002_TARGETS, start=1):
            targets.add_target(af, 2, content, code=str(n), threshold_text=bar)
        directives.add_directive(af, 2, "Cải cách hành chính tỉnh Đồng Nai năm 2024", number_symbol="300/KH-UBND",
                                 issued_on="28/12/2023", issuer="UBND tỉnh")
        did, _ = directives.add_directive(
            af, 2, "Thực hiện Quyết định số 468/QĐ-TTg ngày 27/3/2021 của Thủ tướng Chính phủ phê duyệt đề án đổi "
            "mới cơ chế một cửa, một cửa liên thông", number_symbol="5755/KH-UBND", issued_on="27/5/2021",
            issuer="UBND tỉnh")
        one_stop = {g.id for g in af.repo.plans.groups(2) if g.title.startswith("Thực hiện cơ chế một cửa")}
        directives.set_directive_tasks(af, did, [t.id for t in af.repo.tasks.for_plan(2) if t.group_id in one_stop])
    return demo_path


@pytest.fixture
def lists_demo(lists_demo_path):
    from dtidesk.store import open_agency_file

    af = open_agency_file(lists_demo_path)
    yield af
    af.close()
