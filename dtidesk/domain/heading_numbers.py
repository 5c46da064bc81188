"""How the plan's index and criterion headings write numbers below 10: the officer's choice, one rule per file."""

from __future__ import annotations

from decimal import Decimal

from .vnformat import fmt_score

# Seed 000 pads the numbers that stand alone — "gồm 05 tiêu chí", "đứng thứ 01/18", "trừ 03 điểm" — and
# writes a score pair plain — "đạt 5/5 điểm", "2/5 điểm" (it slips twice: "05/05", "1,67/05"). Nghị định 30
# pads only the document number and the date; nothing rules a heading, so the officer picks one of these.
NUMBER_STYLES = {
    "mixed": "Như văn bản mẫu: điểm 5/5, số tiêu chí 05, thứ hạng 01/18, điểm trừ 03",
    "padded": "Luôn thêm số 0: điểm 05/05, số tiêu chí 05, thứ hạng 01/18, điểm trừ 03",
    "plain": "Không thêm số 0: điểm 5/5, số tiêu chí 5, thứ hạng 1/18, điểm trừ 3",
}
DEFAULT_NUMBER_STYLE = "mixed"
SETTING_KEY = "document.number_style"  # per-file settings table


def _style(style: str) -> str:
    return style if style in NUMBER_STYLES else DEFAULT_NUMBER_STYLE


def score_pair(score: Decimal | int | None, max_score: Decimal | int | None, style: str) -> str:
    """ "1,67/5", or "1,67/05" when every number is padded; a missing maximum leaves the score alone."""
    pad = _style(style) == "padded"
    if max_score is None:
        return fmt_score(score, pad=pad)
    return f"{fmt_score(score, pad=pad)}/{fmt_score(max_score, pad=pad)}"


def alone(value: Decimal | int | None, style: str) -> str:
    """A count, a rank or a deduction standing alone: "05", "03", or "5", "3" in the plain style."""
    return fmt_score(value, pad=_style(style) != "plain")


def rank(value: int, of: int | None, style: str) -> str:
    return f"{alone(value, style)}/{alone(of, style)}" if of else alone(value, style)
