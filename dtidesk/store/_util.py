"""Conversions between stored text and domain values."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

from ..domain.scores import canonical, to_decimal


def dec(v: object) -> Decimal | None:
    return to_decimal(v)


def dec_text(v: Decimal | None) -> str | None:
    return canonical(v)


def iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def from_iso(s: str | None) -> date | None:
    return date.fromisoformat(s) if s else None


def jload(s: str | None, default):
    if not s:
        return default
    return json.loads(s)


def jdump(v) -> str:
    return json.dumps(v, ensure_ascii=False)
