"""One calendar of everything due in the file, across all plans and years; its .ics and its printed list.

Reports per plan and period (the plan's own "trước ngày" or the default), the self-assessment where the
index version states a submission date, tasks not done, and the units that have not sent a form's figures.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..domain.calendar import (
    KEEP_OVERDUE_DAYS,
    Calendar,
    DueItem,
    assessment_item,
    report_items,
    task_item,
    unit_form_due,
    unit_form_item,
)
from ..domain.forms import StoredForm
from ..domain.models import Framework, Plan
from ..domain.periods import DEFAULT_SCHEDULE, STANDARD_PERIODS, Period, submission_date
from ..errors import ValidationError
from ..exporters.atomic import write_atomically
from ..store import AgencyFile
from .deadlines import schedule_of
from .files import open_file
from .forms import submitting_units

DEFAULT_DAYS = 30  # `due` lists what falls due within a month, and everything overdue
# The form every agency collects from its units when the file shows no collection yet: Phụ lục 02 of the
# periodic CCHC report (581/BNV-CCHC as distributed by the province; the forms panel opens on it too).
DEFAULT_UNIT_FORM = "cchc-stats"
FORM_TITLE = 80  # characters of a form's title in a line of the list


def _agency(af: AgencyFile) -> str:
    a = af.repo.agency.get()
    return a.agency_name or a.agency


def plan_label(plan: Plan) -> str:
    """A plan as the window's plan list names it: its year first, since titles end with it and get cut."""
    return f"{plan.year} — {plan.title}"


def _report_items(plans: list[Plan], today: dt.date) -> list[DueItem]:
    out: list[DueItem] = []
    for plan in plans:
        schedule = schedule_of(plan)
        out += report_items(plan.id, plan_label(plan), plan.year, schedule, schedule is not DEFAULT_SCHEDULE,
                            today)
    return out


def _assessment_items(af: AgencyFile, today: dt.date) -> list[DueItem]:
    """Every self-assessment in the file, and this year's under the version in force if none is started."""
    frameworks = {f.id: f for f in af.repo.frameworks.all()}
    out: list[DueItem] = []
    started: set[tuple[str, int]] = set()
    for a in af.repo.assessments.all():
        fw = frameworks.get(a.framework_id)
        if fw is None:
            continue
        started.add((fw.code, a.year))
        due = submission_date(fw.period, a.year)
        if due is not None:
            out.append(assessment_item(fw.code, fw.name, a.year, due, today))
    in_force: dict[str, Framework] = {}
    for fw in sorted(frameworks.values(), key=lambda f: f.version_year):
        if fw.version_year <= today.year:
            in_force[fw.code] = fw
    for code, fw in in_force.items():
        due = submission_date(fw.period, today.year)
        if (code, today.year) not in started and due is not None:
            out.append(assessment_item(code, fw.name, today.year, due, today))
    return out


def _task_items(af: AgencyFile, plans: list[Plan], today: dt.date) -> list[DueItem]:
    titles = {p.id: plan_label(p) for p in plans}
    names = {u.id: u.name for u in af.repo.units.all()}
    return [task_item(t.id, t.code, t.content, t.due_date, t.plan_id, titles.get(t.plan_id, ""),
                      [names[u] for u in t.lead_unit_ids if u in names], today)
            for t in af.repo.tasks.open_with_due_date()]


def _form_words(form: StoredForm) -> tuple[str, str]:
    """How the officer knows the form (as the forms panel lists it), and in a sentence."""
    t = form.template
    title = " ".join(t.title.split())
    if len(title) > FORM_TITLE:  # "THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ … UBND CẤP HUYỆN": the start says which form
        title = title[: FORM_TITLE - 1].rsplit(" ", 1)[0].rstrip(",;") + "…"
    label = f"{t.appendix_label} — {title}" if t.appendix_label else title
    return label, f"biểu mẫu {t.appendix_label}" if t.appendix_label else f"biểu mẫu “{title}”"


def _version_for(versions: list[StoredForm], year: int) -> StoredForm:
    """The newest version of a form issued by `year` (the oldest one for earlier years)."""
    fit = [f for f in versions if f.template.version <= year]
    return fit[-1] if fit else versions[0]


def _unit_form_items(af: AgencyFile, plans: list[Plan], today: dt.date) -> list[DueItem]:
    """Units that have not sent a form's figures: every collection already under way (some unit has sent),
    until they do; and the collections of this year and the next not started yet, from the warning on, to
    KEEP_OVERDUE_DAYS after their date. The forms are those the file collects from units (the
    default form when it has collected none yet)."""
    units = submitting_units(af)
    if not units:
        return []
    forms = {f.id: f for f in af.repo.forms.all()}
    sent = af.repo.forms.submitted_units()
    # Plans whose own schedule dates the period earlier than the cut-off bring the units' date forward.
    own: dict[tuple[int, str], list[dt.date]] = {}
    for plan in plans:
        schedule = schedule_of(plan)
        if schedule is not DEFAULT_SCHEDULE:
            for p in schedule.before:
                own.setdefault((plan.year, str(p)), []).append(schedule.deadline(p, plan.year))

    def items(form: StoredForm, year: int, period: str, done: set[int]) -> list[DueItem]:
        due = unit_form_due(period, year, own.get((year, period), ()))
        label, short = _form_words(form)
        return [unit_form_item(form.id, label, short, year, period, u.id, u.name, due, today)
                for u in units if u.id not in done]

    out: list[DueItem] = []
    for (form_id, year, period), done in sent.items():
        if form_id in forms and period != Period.ADHOC:
            out += items(forms[form_id], year, period, done)
    collected = {forms[fid].code for fid, _y, _p in sent if fid in forms}
    if not collected:
        collected = {f.code for f in forms.values() if f.code == DEFAULT_UNIT_FORM}
    by_code: dict[str, list[StoredForm]] = {}
    for f in sorted(forms.values(), key=lambda f: f.template.version):
        by_code.setdefault(f.code, []).append(f)
    for code in sorted(collected):
        for year in (today.year - 1, today.year, today.year + 1):
            form = _version_for(by_code[code], year)
            for p in STANDARD_PERIODS:
                if (form.id, year, str(p)) in sent:
                    continue
                due = unit_form_due(p, year, own.get((year, str(p)), ()))
                if (today - due).days <= KEEP_OVERDUE_DAYS:
                    out += items(form, year, str(p), set())
    return out


def build_calendar(af: AgencyFile, today: dt.date | None = None) -> Calendar:
    """Everything due in the file, dated from `today` (default: the computer's date)."""
    today = today or dt.date.today()
    plans = af.repo.plans.all()
    items = (_report_items(plans, today) + _assessment_items(af, today) + _task_items(af, plans, today)
             + _unit_form_items(af, plans, today))
    return Calendar(today, _agency(af), items)


def check_days(days: int) -> int:
    if not 0 <= int(days) <= 3660:
        raise ValidationError(f"Số ngày {days} không hợp lệ: hãy nhập từ 0 đến 3660 ngày.", "Số ngày")
    return int(days)


def due_items(af: AgencyFile, days: int = DEFAULT_DAYS, today: dt.date | None = None) -> list[DueItem]:
    """Use case “Sắp đến hạn / Quá hạn”: every overdue item and those due within `days` days."""
    return build_calendar(af, today).due(check_days(days))


def calendar_of_file(path: Path | str, today: dt.date | None = None) -> Calendar:
    """The calendar of a file that is not open (the start page's last file): read without locking or changing it."""
    with open_file(path, readonly=True) as af:
        return build_calendar(af, today)


def _check_suffix(out: Path, suffix: str) -> Path:
    if out.suffix.lower() != suffix:
        raise ValidationError(f"Tệp xuất “{out.name}” phải có đuôi {suffix}.", "Tệp xuất")
    return out


def export_ics(af: AgencyFile, out_path: Path | str, today: dt.date | None = None,
               stamp: dt.datetime | None = None) -> Path:
    """Use case “Xuất lịch (.ics)”: the whole calendar for Outlook or a phone, each item with its alarm at
    the start of its warning; written atomically."""
    from ..exporters.ics import write_ics

    out = _check_suffix(Path(out_path), ".ics")
    cal = build_calendar(af, today)
    return write_atomically(out, ".ics", lambda tmp: write_ics(cal, tmp, stamp))


def export_due_pdf(af: AgencyFile, out_path: Path | str, days: int = DEFAULT_DAYS,
                   today: dt.date | None = None) -> Path:
    """Use case “In danh sách sắp đến hạn / quá hạn”: the list as an A4 landscape PDF, written atomically."""
    from ..exporters.due_list import write_due_pdf

    out = _check_suffix(Path(out_path), ".pdf")
    cal = build_calendar(af, today)
    items = cal.due(check_days(days))
    return write_atomically(out, ".pdf", lambda tmp: write_due_pdf(cal, items, days, tmp))


__all__ = ["DEFAULT_DAYS", "build_calendar", "calendar_of_file", "check_days", "due_items", "export_due_pdf",
           "export_ics"]
