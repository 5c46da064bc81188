"""Unit lists as plans print them: "Văn phòng Sở, Phòng Bổ trợ và hành chính tư pháp; các phòng, đơn vị có liên quan"."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ..domain.text import fold
from .plan_grammar import fold_chars

# Words that begin the name of a unit: a list item after "," or "và" starting with one of them is a new unit.
HEAD_WORDS = (
    "phong", "van phong", "thanh tra", "trung tam", "so", "ban", "chi cuc", "cuc", "ubnd", "uy ban", "hdnd",
    "cong an", "bo", "hoi", "kho bac", "buu dien", "vnpt", "viettel", "cac", "toan the",
    "thu ky", "truong", "thu truong", "lanh dao", "giam doc", "pho giam doc", "cong chuc", "vien chuc",
    "chuyen vien", "can bo", "bo phan", "tinh uy", "huyen uy", "dang uy", "doan", "mat tran", "lien doan",
    "benh vien", "vien", "hoc vien", "chi nhanh", "cong ty", "tap doan", "phong ban",
)
# Heads that are ordinary words in lower case ("tổ chức", "báo cáo"): a unit only when capitalised.
CAPITAL_HEAD_WORDS = ("dai", "bao", "to", "doi", "ngan hang", "thu vien", "bao tang", "tinh doan", "nha", "cang",
                      "hop tac xa", "quy", "chi doan", "nguoi", "dang", "huyen", "xa", "thi xa", "thanh pho")


def _words(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?:" + "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True)) +
                      r")(?![a-z])")


_HEAD_RE = _words(HEAD_WORDS)
_CAPITAL_HEAD_RE = _words(HEAD_WORDS + CAPITAL_HEAD_WORDS)
_ACRONYM = re.compile(r"[A-ZĐ]{2,}(?![a-zà-ỹ])")
# Person titles before a unit: "Trưởng các phòng, đơn vị thuộc Sở" is the heads of those units.
PERSON_PREFIX = re.compile(r"^(?:thu truong|truong|lanh dao|giam doc|pho giam doc|nguoi dung dau|"
                           r"can bo,? cong chuc(?:,? vien chuc)? cua|cong chuc cua)\s+")
_QUALIFIER = re.compile(r"\s+(?:theo\s+(?:chuc nang|nhiem vu|phan cong|linh vuc|tham quyen|quy dinh)"
                        r"|trong pham vi|(?:\()?neu co)[^;]*$")


@dataclass
class UnitList:
    lead: list[str] = field(default_factory=list)
    coop: list[str] = field(default_factory=list)
    note: str = ""


class _Spans:
    """Non-overlapping spans kept sorted, so a look-up is a bisection (a 1 MB unit line has 16,000 names)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def _index(self, pos: int) -> int:
        return bisect.bisect_right(self.starts, pos) - 1

    def covers(self, pos: int) -> bool:
        i = self._index(pos)
        return i >= 0 and pos < self.ends[i]

    def overlaps(self, a: int, b: int) -> bool:
        i = self._index(b - 1)
        return i >= 0 and self.ends[i] > a

    def add(self, a: int, b: int) -> None:
        i = bisect.bisect_right(self.starts, a)
        self.starts.insert(i, a)
        self.ends.insert(i, b)


def _protected(f: str, known: list[str]) -> _Spans:
    spans = _Spans()
    for name in sorted({fold(k) for k in known if k.strip()}, key=len, reverse=True):
        for m in re.finditer(r"(?<![a-z0-9])" + re.escape(name) + r"(?![a-z0-9])", f):
            if not spans.overlaps(*m.span()):
                spans.add(*m.span())
    return spans


_SPACES = re.compile(r"\s*")


def split_units(value: str, known: list[str] = (), role: str = "lead") -> UnitList:  # type: ignore[assignment]
    """Names in a unit field; a trailing "theo chức năng, nhiệm vụ…" becomes the note, and parts that say
    "… chủ trì" / "… phối hợp" go to that role (seed 002: "Văn phòng chủ trì; các phòng, đơn vị phối hợp")."""
    text = " ".join(value.split()).strip(" .;,")
    out = UnitList()
    f = fold_chars(text)
    q = _QUALIFIER.search(f)
    if q:
        out.note = text[q.start():].strip(" .;,()")
        text, f = text[:q.start()], f[:q.start()]
    spans = _protected(f, list(known))
    cuts: list[tuple[int, int]] = []
    for m in re.finditer(r";|,\s*|\s+và\s+|\s+cùng\s+", text):
        start, end = m.span()
        if spans.covers(start):
            continue
        # Look at what follows in place (no slicing: slices made this quadratic on long lines).
        at = _SPACES.match(text, end).end()
        sep = m.group(0).strip()
        capital = text[at:at + 1].isupper() and (_CAPITAL_HEAD_RE.match(f, at) or _ACRONYM.match(text, at))
        if sep == ";" or (sep == "," and capital) or _HEAD_RE.match(f, at) and (
                sep in ("và", "cùng") or f.startswith(("cac ", "toan the ", "phong "), at)):
            cuts.append((start, end))
    parts, pos = [], 0
    for a, b in cuts:
        parts.append(text[pos:a])
        pos = b
    parts.append(text[pos:])
    for part in parts:
        name = part.strip(" .;,-+")
        if not name:
            continue
        target = out.lead if role == "lead" else out.coop
        m = re.search(r"\s*\(?\s*(chu tri|phoi hop)\s*\)?$", fold_chars(name))
        if m and m.start() > 0:
            name, target = name[:m.start()].strip(" ,"), out.lead if m.group(1) == "chu tri" else out.coop
        target.append(name[:1].upper() + name[1:])
    return out


def person_free(name: str) -> str | None:
    """ "Trưởng các phòng, đơn vị thuộc Sở" → "các phòng, đơn vị thuộc Sở"; None when no title leads."""
    f = fold_chars(name)
    m = PERSON_PREFIX.match(f)
    if not m:
        return None
    rest = name[m.end():].strip()
    return rest[:1].upper() + rest[1:] if rest else None
