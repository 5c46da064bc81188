"""Checks and placement shared by the target, project and directive use cases."""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from ..domain.models import Plan
from ..domain.validation import parse_date_input
from ..errors import NotFound, ValidationError
from ..store import AgencyFile


class _Ordered(Protocol):
    def for_plan(self, plan_id: int) -> list: ...

    def renumber(self, plan_id: int, ordered_ids: list[int]) -> None: ...


def plan_of(af: AgencyFile, plan_id: int) -> Plan:
    plan = af.repo.plans.get(plan_id)
    if plan is None:
        raise NotFound("Không tìm thấy kế hoạch.")
    return plan


def check_unit(af: AgencyFile, unit_id: object, label: str) -> int | None:
    """A unit id of the file's unit list, or None (no unit)."""
    if unit_id is None or unit_id == "":
        return None
    uid = int(unit_id)  # type: ignore[call-overload]
    if uid not in {u.id for u in af.repo.units.all()}:
        raise ValidationError(f"{label}: đơn vị không có trong danh sách đơn vị của tệp.", label)
    return uid


def check_group(af: AgencyFile, plan_id: int, group_id: object) -> int | None:
    if group_id is None or group_id == "":
        return None
    gid = int(group_id)  # type: ignore[call-overload]
    if gid not in {g.id for g in af.repo.plans.groups(plan_id)}:
        raise ValidationError("Nhóm: không thuộc kế hoạch này.", "Nhóm")
    return gid


def check_plan(af: AgencyFile, plan_id: object) -> int | None:
    if plan_id is None or plan_id == "":
        return None
    return plan_of(af, int(plan_id)).id  # type: ignore[call-overload]


def check_date(value: object, label: str) -> dt.date | None:
    """A real date, not one far in the future (a typo for the year: “14/6/2204”)."""
    day = parse_date_input(value, label)
    if day is not None and not 1945 <= day.year <= dt.date.today().year + 5:
        raise ValidationError(f"{label}: năm {day.year} không hợp lý.", label)
    return day


def place_after(repo: _Ordered, plan_id: int, new_id: int, after_id: int | None) -> None:
    """Put a new row right after another in the plan's order (at the end without one)."""
    order = [x.id for x in repo.for_plan(plan_id) if x.id != new_id]
    idx = order.index(after_id) + 1 if after_id in order else len(order)
    order.insert(idx, new_id)
    repo.renumber(plan_id, order)
