"""Task status, the derived "quá hạn", and the outcome counts of a progress report."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from enum import StrEnum


class TaskStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"


STATUS_LABELS = {
    TaskStatus.NOT_STARTED: "Chưa thực hiện",
    TaskStatus.IN_PROGRESS: "Đang thực hiện",
    TaskStatus.DONE: "Hoàn thành",
}
OVERDUE_LABEL = "Quá hạn"

OUTCOMES = ("done_on_time", "done_late", "done", "overdue", "in_progress", "not_started")

OUTCOME_LABELS = {
    "done_on_time": "Hoàn thành đúng hạn",
    "done_late": "Hoàn thành quá hạn",
    "done": "Hoàn thành",
    "overdue": OVERDUE_LABEL,
    "in_progress": "Đang thực hiện",
    "not_started": "Chưa thực hiện",
}


def is_overdue(
    status: TaskStatus | str, due_date: date | None, completed_on: date | None, today: date
) -> bool:
    """Not done and past its due date; a task without a due date (recurring, conditional) never is."""
    if TaskStatus(status) is TaskStatus.DONE or due_date is None:
        return False
    return due_date < today


def outcome(status: TaskStatus | str, due_date: date | None, completed_on: date | None, today: date) -> str:
    """One of OUTCOMES; a done task is judged by its completion day, an open one by today."""
    status = TaskStatus(status)
    if status is TaskStatus.DONE:
        if due_date is None or completed_on is None:
            return "done"
        return "done_late" if completed_on > due_date else "done_on_time"
    if is_overdue(status, due_date, completed_on, today):
        return "overdue"
    return str(status)


def summarise(
    rows: Iterable[tuple[TaskStatus | str, date | None, date | None]], today: date
) -> dict[str, int]:
    """Counts per outcome (every key present, zeros included) plus "planned", the number of tasks."""
    counts = dict.fromkeys(OUTCOMES, 0)
    planned = 0
    for status, due_date, completed_on in rows:
        counts[outcome(status, due_date, completed_on, today)] += 1
        planned += 1
    counts["planned"] = planned
    return counts
