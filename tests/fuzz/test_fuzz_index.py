"""Fuzz: mutated index decisions and method texts are read or refused with a message — never a traceback,
and every computed score stays within 0..maximum (deductions: maximum..0)."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

import pytest

from dtidesk.domain.method_grammar import read_method
from dtidesk.domain.methods import compute, expected_inputs
from dtidesk.errors import DtideskError
from dtidesk.importers.index_source import read_index_text

from .test_fuzz_plan_text import _mutate

INDEX = Path(__file__).parent.parent / "fixtures" / "index"
TEXTS = [p.read_text(encoding="utf-8") for p in sorted(INDEX.glob("*.txt"))]
EXTRA = ["≥", "từ 90% đến dưới", ": Điểm tối đa", "1/0*Điểm tối đa", "a = ", "b = 0", "trừ 2 điểm", "mỗi", "(10đ)",
         "Tổng cộng\t100", "-5", "99999999999999999999 điểm", "0/0", "%", "31/02/2025", "ngày 99/99"]


@pytest.mark.parametrize("chunk", range(3))
def test_mutated_decisions_never_crash(chunk):
    rnd = random.Random(15 + chunk)
    from dtidesk.importers.index_grammar import parse_index  # noqa: F401  (the grammar under test)

    for case in range(120):
        text = _mutate(rnd, rnd.choice(TEXTS))
        lines = text.splitlines()
        for _ in range(rnd.randint(0, 3)):
            lines.insert(rnd.randrange(len(lines) + 1), rnd.choice(EXTRA))
        text = "\n".join(lines)
        try:
            draft = read_index_text(text)
        except DtideskError:
            continue
        except Exception as exc:  # pragma: no cover
            raise AssertionError(f"case {chunk}/{case}: {type(exc).__name__}: {exc}\n---\n{text[:1500]}") from exc
        for crit in draft.criteria():
            _scores_stay_in_range(rnd, crit.method, crit.max_score or Decimal(1))


def _scores_stay_in_range(rnd: random.Random, method, maximum: Decimal) -> None:
    values = [Decimal(rnd.choice([0, 1, 2, 3, 50, 99.5, 100, 150, 10**6])) for _ in expected_inputs(method)]
    r = compute(method, maximum, values)
    if r.score is not None:
        lo, hi = (maximum, Decimal(0)) if maximum < 0 else (Decimal(0), maximum)
        assert lo <= r.score <= hi, (method.words(), values, r)


def test_mutated_method_texts_compute_within_the_maximum():
    rnd = random.Random(1506)
    import json

    texts = [m["text"] for m in json.loads((INDEX / "methods.json").read_text("utf-8"))]
    for _case in range(400):
        text = rnd.choice(texts)
        cut = rnd.randrange(len(text) + 1)
        text = text[:cut] + rnd.choice(EXTRA) + text[cut:]
        maximum = Decimal(rnd.choice(["10", "2,5".replace(",", "."), "-20", "1000"]))
        try:
            method = read_method(text, maximum, maximum < 0)
        except Exception as exc:  # pragma: no cover
            raise AssertionError(f"{type(exc).__name__}: {exc}\n{text}") from exc
        _scores_stay_in_range(rnd, method, maximum)
