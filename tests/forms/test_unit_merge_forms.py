"""A form sent to a unit that has since been merged comes back to the kept unit, and the merge's undo
gives the figures back to the unit that sent them."""

from __future__ import annotations

from dtidesk.services import forms as fo
from dtidesk.services.form_files import import_unit_files
from dtidesk.services.units import merge_units, undo_merge_units

from .conftest import UNITS
from .test_xlsx import FILLED, export, fill


def test_a_file_of_a_merged_unit_is_taken_for_the_kept_unit(af, stats, units, tmp_path):
    keep, gone = units[UNITS[0]], units[UNITS[1]]
    sent = fill(export(af, stats, gone, tmp_path, "ttr.xlsx"), FILLED)  # sent out before the merge
    merge, _ = merge_units(af, keep.id, gone.id)
    results, _ = import_unit_files(af, [sent], "cchc-stats", 2022, "H1")
    assert [r.accepted for r in results] == [True], [p.text() for p in results[0].problems]
    assert results[0].unit.id == keep.id
    assert fo.values_for(af, stats.id, 2022, "H1", keep.id).typed
    assert keep.id in af.repo.forms.submissions(stats.id, 2022, "H1")


def test_figures_follow_the_merge_and_come_back_with_its_undo(af, stats, units, tmp_path):
    keep, gone = units[UNITS[0]], units[UNITS[1]]
    import_unit_files(af, [fill(export(af, stats, gone, tmp_path, "ttr.xlsx"), FILLED)], "cchc-stats", 2022, "H1")
    typed = fo.values_for(af, stats.id, 2022, "H1", gone.id).typed
    assert typed
    merge, changes = merge_units(af, keep.id, gone.id)
    assert changes.touches("form_values", "form_submissions")
    assert fo.values_for(af, stats.id, 2022, "H1", keep.id).typed == typed
    assert gone.id not in [u.id for u in fo.missing_units(af, stats.id, 2022, "H1")]
    undo_merge_units(af, merge)
    assert fo.values_for(af, stats.id, 2022, "H1", gone.id).typed == typed
    assert fo.values_for(af, stats.id, 2022, "H1", keep.id).typed == {}
