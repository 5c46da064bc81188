"""Rules for rolling a plan's own text into next year: "năm N" moved, "năm N đạt x/y điểm" refreshed."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from .heading_numbers import alone, score_pair
from .timeline import citation_spans
from .vnformat import parse_number

# The year a sentence names with the word "năm" ("năm 2023", "NĂM 2023", "ngày 5 tháng 1 năm 2023").
# Other numbers (dates of cited documents, "giai đoạn 2021-2025", "Quý IV/2023") are not the plan's
# year in prose and are left alone; timelines have their own rule (timeline.roll_timeline).
_YEAR_AFTER_NAM = re.compile(r"(?<![^\W\d_])(?P<lead>năm\s+)(?P<year>\d{4})(?![\d/-])", re.IGNORECASE)

_NUM = r"\d+(?:[.,]\d+)?"
# "năm 2022 đạt 46,67/50 điểm", "năm 2022 đạt được 05/05 điểm, điểm trừ 3,33 điểm", "…; trừ 3,33 điểm".
_SCORE_PHRASE = re.compile(
    rf"(?<![^\W\d_])(?P<lead>năm\s+)(?P<year>\d{{4}})(?P<verb>\s+đạt(?:\s+được)?\s+)"
    rf"(?P<got>{_NUM})\s*/\s*(?P<max>{_NUM})(?P<unit>\s+điểm)"
    rf"(?P<ded>(?P<dsep>\s*[,;]\s*(?:điểm\s+)?trừ\s+)(?P<dval>{_NUM})\s+điểm)?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ScorePhrase:
    """One "năm N đạt x/y điểm" found in a plan's text."""

    year: int
    got: Decimal
    max_score: Decimal
    deduction: Decimal | None
    text: str


@dataclass(frozen=True)
class NewScore:
    """What a refreshed phrase says: the new assessment's year and the node's scores."""

    year: int
    got: Decimal
    max_score: Decimal

    @property
    def deduction(self) -> Decimal:
        return self.max_score - self.got


def score_phrases(text: str) -> list[ScorePhrase]:
    out = []
    for m in _SCORE_PHRASE.finditer(text):
        try:
            got, mx = parse_number(m["got"]), parse_number(m["max"])
            ded = parse_number(m["dval"]) if m["dval"] else None
        except ValueError:
            continue
        out.append(ScorePhrase(int(m["year"]), got, mx, ded, m.group(0)))
    return out


def _phrase_text(m: re.Match[str], new: NewScore, style: str) -> str:
    # numbers below 10 by the file's one rule, as the plan's headings print them (domain/heading_numbers.py)
    text = f"{m['lead']}{new.year}{m['verb']}{score_pair(new.got, new.max_score, style)}{m['unit']}"
    # A deduction clause is kept when the text had one and points are still lost.
    if m["ded"] and new.deduction > 0:
        text += f"{m['dsep']}{alone(new.deduction, style)} điểm"
    return text


def refresh_text(
    text: str,
    years: Mapping[int, int],
    rescore: Callable[[ScorePhrase], NewScore | None] | None = None,
    style: str = "mixed",
) -> tuple[str, list[ScorePhrase]]:
    """Move "năm <year>" through `years` and rewrite the score phrases `rescore` can place.

    Returns the new text and the score phrases left as they were (rescore gave None): the caller
    reports them, since a figure that cannot be traced to a criterion is never guessed.
    """
    if not text:
        return text, []
    spans = citation_spans(text)
    cited = [False] * (len(text) + 1)
    for a, b in spans:
        for i in range(a, b):
            cited[i] = True
    kept: list[ScorePhrase] = []
    out: list[str] = []
    last = 0
    for m in _SCORE_PHRASE.finditer(text):
        if cited[m.start("year")]:  # "chuyển đổi số năm 2023" is no citation: only the digits count
            continue
        phrase = score_phrases(m.group(0))
        new = rescore(phrase[0]) if (rescore and phrase) else None
        out.append(_move_years(text[last:m.start()], years, cited, last))
        if new is None:
            if phrase:
                kept.append(phrase[0])
            out.append(m.group(0))  # its year goes with its figures: both stay as printed
        else:
            out.append(_phrase_text(m, new, style))
        last = m.end()
    out.append(_move_years(text[last:], years, cited, last))
    return "".join(out), kept


def _move_years(piece: str, years: Mapping[int, int], cited: list[bool], offset: int) -> str:
    def replace(m: re.Match[str]) -> str:
        if cited[offset + m.start("year")]:
            return m.group(0)
        year = int(m["year"])
        return f"{m['lead']}{years.get(year, year)}"

    return _YEAR_AFTER_NAM.sub(replace, piece)


def years_named(text: str) -> set[int]:
    """Years a text names with "năm", outside citations (to warn about what was not moved)."""
    spans = citation_spans(text)
    return {int(m["year"]) for m in _YEAR_AFTER_NAM.finditer(text)
            if not any(a <= m.start("year") < b for a, b in spans)}
