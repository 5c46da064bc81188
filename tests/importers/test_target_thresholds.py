"""Targets imported from a plan keep the threshold their sentence states (seed 003's Phụ lục 1)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from dtidesk.domain.models import Agency
from dtidesk.services.files import new_file
from dtidesk.services.plan_import import commit_plan_import, preview_plan_import

FIX = Path(__file__).parent / "fixtures" / "seed003_cds_snv_bacgiang.txt"


def test_appendix_targets_with_units_and_thresholds(tmp_path):
    af = new_file(tmp_path / "snv.dtidesk", Agency(agency="SỞ NỘI VỤ", agency_name="Sở Nội vụ"), frameworks=False)
    try:
        plan_id, _ = commit_plan_import(af, preview_plan_import(af, FIX))
        targets = af.repo.targets.for_plan(plan_id)
        assert len(targets) == 12
        bars = [(t.comparison, t.threshold, t.unit_of_measure) for t in targets]
        assert bars[0] == (">", Decimal(70), "%") and bars[5] == (">=", Decimal(70), "%")
        assert bars[10] == (">", Decimal(30), "%") and bars[11] == ("", None, "")  # states no figure
        assert bars[2] == ("", None, "")  # two figures in one sentence: left for the officer
        assert sum(1 for t in targets if t.lead_unit_id and t.monitor_unit_id) == 10
    finally:
        af.close()
