"""Tests of task status, overdue and outcome counts."""

from __future__ import annotations

from datetime import date

import pytest

from dtidesk.domain.status import (
    OUTCOME_LABELS,
    OUTCOMES,
    OVERDUE_LABEL,
    STATUS_LABELS,
    TaskStatus,
    is_overdue,
    outcome,
    summarise,
)

TODAY = date(2024, 7, 1)
PAST = date(2024, 6, 30)
FUTURE = date(2024, 9, 30)


def test_status_values_and_labels() -> None:
    assert [s.value for s in TaskStatus] == ["not_started", "in_progress", "done"]
    assert STATUS_LABELS == {
        TaskStatus.NOT_STARTED: "Chưa thực hiện",
        TaskStatus.IN_PROGRESS: "Đang thực hiện",
        TaskStatus.DONE: "Hoàn thành",
    }
    assert OVERDUE_LABEL == "Quá hạn"
    assert set(OUTCOME_LABELS) == set(OUTCOMES)


@pytest.mark.parametrize(
    ("status", "due", "completed", "expected"),
    [
        (TaskStatus.NOT_STARTED, PAST, None, True),
        (TaskStatus.IN_PROGRESS, PAST, None, True),
        ("in_progress", PAST, None, True),
        (TaskStatus.IN_PROGRESS, TODAY, None, False),  # due today is not yet late
        (TaskStatus.IN_PROGRESS, FUTURE, None, False),
        (TaskStatus.DONE, PAST, date(2024, 6, 1), False),
        (TaskStatus.DONE, PAST, None, False),
        (TaskStatus.NOT_STARTED, None, None, False),  # recurring or conditional
        ("not_started", None, None, False),
    ],
)
def test_is_overdue(
    status: TaskStatus | str, due: date | None, completed: date | None, expected: bool
) -> None:
    assert is_overdue(status, due, completed, TODAY) is expected


@pytest.mark.parametrize(
    ("status", "due", "completed", "expected"),
    [
        (TaskStatus.DONE, PAST, date(2024, 6, 30), "done_on_time"),
        (TaskStatus.DONE, PAST, date(2024, 6, 1), "done_on_time"),
        (TaskStatus.DONE, PAST, date(2024, 7, 1), "done_late"),
        (TaskStatus.DONE, None, date(2024, 7, 1), "done"),
        (TaskStatus.DONE, PAST, None, "done"),
        ("done", FUTURE, date(2024, 5, 5), "done_on_time"),
        (TaskStatus.IN_PROGRESS, PAST, None, "overdue"),
        (TaskStatus.NOT_STARTED, PAST, None, "overdue"),
        (TaskStatus.IN_PROGRESS, FUTURE, None, "in_progress"),
        (TaskStatus.IN_PROGRESS, None, None, "in_progress"),
        (TaskStatus.NOT_STARTED, FUTURE, None, "not_started"),
        ("not_started", None, None, "not_started"),
    ],
)
def test_outcome(status: TaskStatus | str, due: date | None, completed: date | None, expected: str) -> None:
    assert outcome(status, due, completed, TODAY) == expected


def test_unknown_status_raises() -> None:
    with pytest.raises(ValueError):
        outcome("cancelled", None, None, TODAY)


def test_summarise() -> None:
    rows = [
        (TaskStatus.DONE, PAST, date(2024, 6, 20)),
        (TaskStatus.DONE, PAST, date(2024, 7, 1)),
        (TaskStatus.DONE, None, date(2024, 3, 1)),
        ("in_progress", PAST, None),
        (TaskStatus.NOT_STARTED, PAST, None),
        (TaskStatus.IN_PROGRESS, FUTURE, None),
        (TaskStatus.NOT_STARTED, None, None),
        (TaskStatus.NOT_STARTED, FUTURE, None),
    ]
    assert summarise(rows, TODAY) == {
        "done_on_time": 1,
        "done_late": 1,
        "done": 1,
        "overdue": 2,
        "in_progress": 1,
        "not_started": 2,
        "planned": 8,
    }


def test_summarise_empty_and_generator() -> None:
    assert summarise([], TODAY) == dict.fromkeys(OUTCOMES, 0) | {"planned": 0}
    counts = summarise(((TaskStatus.DONE, None, None) for _ in range(3)), TODAY)
    assert counts["done"] == 3
    assert counts["planned"] == 3
