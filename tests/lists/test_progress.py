"""Committing a list import reports progress per record; a cancel from the callback rolls everything back."""

from __future__ import annotations

import pytest

from dtidesk.errors import Cancelled
from dtidesk.services.list_import import commit_list_import, preview_list_import

from .conftest import CCHC_PLAN, digest


@pytest.mark.parametrize("stop", [0, 2])
def test_cancelled_commit_changes_nothing(demo, demo_path, xlsx, stop):
    rows = [["I", "Nhóm mới"], ["1", "Mục tiêu", "Việc một", "Đơn vị mới tinh"], ["2", "", "Việc hai", "Văn phòng Sở"]]
    preview = preview_list_import(demo, xlsx("nv.xlsx", ["STT", "Mục tiêu", "Nhiệm vụ", "Chủ trì"], rows), "tasks",
                                  plan_id=CCHC_PLAN)
    assert preview.ok, [p.text() for p in preview.problems]
    before = digest(demo_path)
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int, text: str = "") -> None:
        calls.append((done, total))
        if done == stop:
            raise Cancelled()

    with pytest.raises(Cancelled):
        commit_list_import(demo, preview, progress=progress)
    assert calls[-1] == (stop, len(preview.records)) and digest(demo_path) == before
    calls.clear()
    commit_list_import(demo, preview, progress=lambda done, total, text="": calls.append((done, total)))
    assert calls[-1] == (len(preview.records), len(preview.records)) and digest(demo_path) != before
