"""Fuzz: mutated plan documents are read or refused with a message — never a traceback, never a hang."""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest

from dtidesk.errors import DtideskError
from dtidesk.importers.plan_text import parse_plan_text

FIXTURES = sorted((Path(__file__).parent.parent / "importers" / "fixtures").glob("*.txt"))
PAYLOADS = ['=HYPERLINK("http://x.invalid","Bấm để xem")', "=cmd|' /C calc'!A0", "<b>đậm</b> &amp; <font>",
            "\x00", "\u202e", "9" * 400, "1.000.000.000,5", "(" * 50, "Tiêu chí", "1.1.1.1.1.1.", "Đơn vị chủ trì:",
            "Thời gian thực hiện:", "\t\t\t", "Phụ lục", "điểm", "/", "…", "\ufeff"]


def _mutate(rnd: random.Random, text: str) -> str:
    lines = text.splitlines()
    for _ in range(rnd.randint(1, 8)):
        op = rnd.randrange(8)
        i = rnd.randrange(len(lines) or 1)
        if op == 0 and lines:
            del lines[i]
        elif op == 1 and lines:
            lines.insert(i, lines[rnd.randrange(len(lines))])
        elif op == 2:
            lines.insert(i, rnd.choice(PAYLOADS))
        elif op == 3 and lines:
            s = lines[i]
            cut = rnd.randrange(len(s) + 1)
            lines[i] = s[:cut] + rnd.choice(PAYLOADS) + s[cut:]
        elif op == 4 and lines:
            lines[i] = "".join(chr(rnd.randrange(32, 0x1F00)) for _ in range(rnd.randint(1, 40)))
        elif op == 5:
            lines = lines[: rnd.randrange(len(lines) + 1)]
        elif op == 6 and lines:
            lines[i] = lines[i].replace(" ", "\t", rnd.randint(1, 3))
        elif op == 7 and lines:
            j = rnd.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
    return "\n".join(lines)


@pytest.mark.parametrize("chunk", range(4))
def test_mutated_plans_never_crash(chunk):
    rnd = random.Random(20261206 + chunk)
    texts = [p.read_text(encoding="utf-8") for p in FIXTURES]
    worst = 0.0
    for case in range(150):
        text = _mutate(rnd, rnd.choice(texts))
        t = time.perf_counter()
        try:
            parse_plan_text(text, known_units=["Văn phòng Sở", "Thanh tra Sở"])
        except DtideskError:
            pass
        except Exception as exc:  # pragma: no cover - the failure message names the case
            raise AssertionError(f"case {chunk}/{case}: {type(exc).__name__}: {exc}\n---\n{text[:2000]}") from exc
        worst = max(worst, time.perf_counter() - t)
    assert worst < 20, worst  # a hang, not a benchmark
