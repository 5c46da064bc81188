"""Exact copies of one unit's (or the agency's) stored figures, so any form action can be undone."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.forms import Submission
from ..store import AgencyFile
from .changes import Changes
from .forms import check_period


@dataclass(frozen=True)
class FiguresSnapshot:
    """What the file held for (form, year, period, unit) before an action: cells as stored, the submission."""

    form_id: int
    year: int
    period: str
    unit_id: int | None
    cells: dict[tuple[str, str], str]
    submission: Submission | None


def snapshot(af: AgencyFile, form_id: int, year: int, period: str, unit_id: int | None) -> FiguresSnapshot:
    p = check_period(period, year)
    sub = af.repo.forms.submissions(form_id, year, p).get(unit_id) if unit_id is not None else None
    return FiguresSnapshot(form_id, year, str(p), unit_id, af.repo.forms.values(form_id, year, p, unit_id), sub)


def restore(af: AgencyFile, snaps: list[FiguresSnapshot], action: str = "restore_values") -> Changes:
    """Put every snapshot back as it was, in one transaction (undo of an edit, an import, a consolidation)."""
    with af.transaction():
        for s in snaps:
            af.repo.forms.replace_values(s.form_id, s.year, s.period, s.unit_id, dict(s.cells))
            if s.unit_id is not None:
                if s.submission is None:
                    af.repo.forms.delete_submission(s.form_id, s.year, s.period, s.unit_id)
                else:
                    af.repo.forms.set_submission(s.form_id, s.year, s.period, s.unit_id,
                                                 s.submission.submitted_at, s.submission.source_file)
        af.repo.log.add(action, "form_values", snaps[0].form_id if snaps else None, f"{len(snaps)} bộ số liệu")
    return Changes.of("form_values", "form_submissions")


def snapshot_period(af: AgencyFile, form_id: int, year: int, period: str) -> list[FiguresSnapshot]:
    """The agency's figures and every unit's for one form and period (what an import or consolidation touches)."""
    return [snapshot(af, form_id, year, period, None)] + [
        snapshot(af, form_id, year, period, u.id) for u in af.repo.units.all()]


def remove_form(af: AgencyFile, form_id: int) -> Changes:
    """Undo of “Thêm biểu mẫu từ tệp JSON”: a template with figures typed against it is kept."""
    from ..errors import ValidationError

    form = af.repo.forms.get(form_id)
    if form is None:
        return Changes()
    if af.repo.forms.periods(form_id):
        raise ValidationError(f"Biểu mẫu “{form.code}” đã có số liệu; không gỡ được.")
    with af.transaction():
        af.repo.forms.delete(form_id)
        af.repo.log.add("remove_form", "forms", form_id, f"{form.code}/{form.template.version}")
    return Changes.of("forms")
