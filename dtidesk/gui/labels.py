"""Domain vocabulary on screen (task status, outcomes, reporting periods) in the interface language.

The domain keeps the Vietnamese words documents print (domain.status, domain.periods); the window shows these
translatable twins instead, whose Vietnamese translations are those same words (tests/gui/test_i18n.py checks).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QCoreApplication

from ..domain.periods import Period
from ..domain.status import TaskStatus
from . import i18n

translate = QCoreApplication.translate  # called with literals so that pyside6-lupdate finds them


@dataclass(frozen=True)
class _Labels:
    status: dict[TaskStatus, str]
    outcome: dict[str, str]
    period: dict[Period, str]
    period_title: dict[Period, str]


@cache
def _labels(key: tuple[str, int]) -> _Labels:
    # One table per interface language: the task model asks for a label per row and cell.
    overdue = translate("Labels", "Overdue")
    return _Labels(
        status={
            TaskStatus.NOT_STARTED: translate("Labels", "Not started"),
            TaskStatus.IN_PROGRESS: translate("Labels", "In progress"),
            TaskStatus.DONE: translate("Labels", "Done"),
        },
        outcome={
            "done_on_time": translate("Labels", "Done on time"),
            "done_late": translate("Labels", "Done late"),
            "done": translate("Labels", "Done"),
            "overdue": overdue,
            "in_progress": translate("Labels", "In progress"),
            "not_started": translate("Labels", "Not started"),
        },
        period={
            Period.Q1: translate("Labels", "Quarter I"),
            Period.H1: translate("Labels", "6 months"),
            Period.M9: translate("Labels", "9 months"),
            Period.Y: translate("Labels", "Year"),
            Period.ADHOC: translate("Labels", "Ad hoc"),
        },
        period_title={
            Period.Q1: translate("Labels", "quarter I of {0}"),
            Period.H1: translate("Labels", "first 6 months of {0}"),
            Period.M9: translate("Labels", "9 months of {0}"),
            Period.Y: translate("Labels", "year {0}"),
            Period.ADHOC: translate("Labels", "ad hoc, {0}"),
        },
    )


def status_labels() -> dict[TaskStatus, str]:
    return _labels(i18n.generation()).status


def status_label(status: str) -> str:
    return status_labels()[TaskStatus(status)]


def outcome_labels() -> dict[str, str]:
    return _labels(i18n.generation()).outcome


def overdue_label() -> str:
    return outcome_labels()["overdue"]


def period_labels() -> dict[Period, str]:
    return _labels(i18n.generation()).period


def period_title(period: Period | str, year: int) -> str:
    """"quý I năm 2023" / "quarter I of 2023": the period inside a sentence."""
    return _labels(i18n.generation()).period_title[Period(period)].format(year)
