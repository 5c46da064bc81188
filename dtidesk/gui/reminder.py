"""The reminder of the next reports due: shown in the status bar on opening a file and atop the Reports tab.

A module of its own so that opening a file does not build (or import) the Reports tab to say it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from ..services.deadlines import next_reports
from ..services.files import AgencyFile
from .labels import period_labels
from .locale_format import fmt_date

translate = QCoreApplication.translate  # called with literals so that pyside6-lupdate finds them


def upcoming_text(af: AgencyFile | None, today: dt.date | None = None) -> str:
    """Every plan's next report due, soonest first; "" when none is due or no file is open."""
    if af is None:
        return ""
    due = next_reports(af, today or dt.date.today())
    if not due:
        return ""
    parts = []
    for r in due[:4]:
        # In the Reports tab's translation context: the tab shows the same line, translated once.
        when = translate("ReportsTab", "in {0} days").format(r.days_left) if r.days_left else translate(
            "ReportsTab", "today")
        parts.append(translate("ReportsTab", "{0} report of “{1}”: by {2} ({3})").format(
            period_labels()[r.period], r.plan.title[:60], fmt_date(r.deadline), when))
    return translate("ReportsTab", "Next reports due:") + " " + "; ".join(parts)


__all__ = ["upcoming_text"]
