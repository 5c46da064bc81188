"""A plan document that names another agency is flagged in the preview, before anything is imported."""

from __future__ import annotations

from pathlib import Path

from dtidesk.services.plan_import import preview_plan_import

FIX = Path(__file__).parent / "fixtures"


def _messages(preview):
    return [w.message for w in preview.warnings]


def test_another_agencys_plan_is_flagged(demo):
    msgs = _messages(preview_plan_import(demo, FIX / "variant_syt_laocai.txt"))
    assert any("“SỞ Y TẾ”, không phải của" in m for m in msgs)
    assert any("Lào Cai" in m and "Tuyên Quang" in m for m in msgs)


def test_the_agencys_own_plan_is_not(demo):
    msgs = _messages(preview_plan_import(demo, FIX / "seed000_plan_stp_tuyenquang.txt"))
    assert not any("không phải của" in m or "địa danh" in m for m in msgs)
