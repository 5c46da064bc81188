"""A small agency file with three units and the shipped forms, copied fresh for each test."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from dtidesk.domain.models import Agency

SEED = Path(__file__).resolve().parent.parent / "fixtures" / "seed004"
UNITS = ["Văn phòng Sở", "Thanh tra Sở", "Phòng Bưu chính, Viễn thông"]


def seed(name: str) -> dict:
    return json.loads((SEED / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def forms_template(tmp_path_factory) -> Path:
    from dtidesk.services.files import new_file
    os.environ.setdefault("DTIDESK_BACKUP_DIR", str(tmp_path_factory.mktemp("fb")))
    path = tmp_path_factory.mktemp("forms") / "stt.dtidesk"
    af = new_file(path, Agency(agency="SỞ THÔNG TIN VÀ TRUYỀN THÔNG", agency_name="Sở Thông tin và Truyền thông",
                               parent_agency="ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG", place="Tuyên Quang"), UNITS)
    try:
        af.repo.units.insert("Sở Nội vụ", kind="outside")
        af.repo.units.insert("Các phòng thuộc Sở", kind="collective")
    finally:
        af.close()
    return path


@pytest.fixture
def af_path(forms_template, tmp_path) -> Path:
    dest = tmp_path / "stt.dtidesk"
    shutil.copy(forms_template, dest)
    return dest


@pytest.fixture
def af(af_path):
    from dtidesk.store import open_agency_file

    f = open_agency_file(af_path)
    yield f
    f.close()


@pytest.fixture
def stats(af):
    from dtidesk.services.forms import get_form

    return get_form(af, "cchc-stats")


@pytest.fixture
def units(af):
    return {u.name: u for u in af.repo.units.all()}
