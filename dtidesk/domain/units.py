"""Which unit a written name means: the one matching rule of the program (imports, look-ups, merges)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Generic, NamedTuple, TypeVar

from .models import Unit
from .text import fold

# Abbreviations as plans and lists print them, each with the words it stands for. Either spelling gives the
# same key, so "P. CDS" finds "Phòng Chuyển đổi số" and the other way round. Sources: seed 002's appendix
# ("P. CDS", "TT. CNTT tỉnh"), seed 003 ("Phòng CCVC Sở", "TTHC", "CCHC"), seed 000 and the district plan
# fixture ("UBND", "HĐND"), the officers' Excel lists (tests/lists) and the names of the Sở themselves.
ABBREVIATIONS: dict[str, str] = {
    "VP": "Văn phòng",
    "CNTT": "Công nghệ thông tin",
    "CĐS": "Chuyển đổi số", "CDS": "Chuyển đổi số",
    "CCVC": "Công chức, viên chức",
    "CBCC": "Cán bộ, công chức",
    "CBCCVC": "Cán bộ, công chức, viên chức",
    "TTHC": "Thủ tục hành chính",
    "CCHC": "Cải cách hành chính",
    "UBND": "Ủy ban nhân dân",
    "HĐND": "Hội đồng nhân dân",
    "MTTQ": "Mặt trận Tổ quốc",
    "BCĐ": "Ban Chỉ đạo",
    "TCCB": "Tổ chức cán bộ",
    "KH-TC": "Kế hoạch - Tài chính", "KHTC": "Kế hoạch - Tài chính",
    "KH-ĐT": "Kế hoạch và Đầu tư", "KHĐT": "Kế hoạch và Đầu tư",
    "TC-HC": "Tổ chức - Hành chính", "TCHC": "Tổ chức - Hành chính",
    "HC-TH": "Hành chính - Tổng hợp", "HCTH": "Hành chính - Tổng hợp",
    "TT&TT": "Thông tin và Truyền thông", "TTTT": "Thông tin và Truyền thông",
    "KH&CN": "Khoa học và Công nghệ", "KHCN": "Khoa học và Công nghệ",
    "TN&MT": "Tài nguyên và Môi trường", "TNMT": "Tài nguyên và Môi trường",
    "GD&ĐT": "Giáo dục và Đào tạo", "GDĐT": "Giáo dục và Đào tạo",
    "LĐ-TB&XH": "Lao động - Thương binh và Xã hội", "LĐTBXH": "Lao động - Thương binh và Xã hội",
    "NN&PTNT": "Nông nghiệp và Phát triển nông thôn", "NNPTNT": "Nông nghiệp và Phát triển nông thôn",
}
# Read only as a name's first word: elsewhere "TT" is as often Thông tin or Thanh tra ("Sở TT&TT").
HEAD_ABBREVIATIONS: dict[str, str] = {"P.": "Phòng", "TT.": "Trung tâm"}

# The agency's own suffix, optional when the rest matches ("Văn phòng" = "Văn phòng Sở"). "Sở" and "tỉnh"
# stay apart: Thanh tra Sở and Thanh tra tỉnh are two bodies.
SUFFIXES: tuple[tuple[str, str], ...] = (
    ("trực thuộc sở", "agency"), ("thuộc sở", "agency"), ("của sở", "agency"), ("sở", "agency"),
    ("tỉnh", "province"),
)

# A verb inside a "name" makes it a sentence: seed 003, Phụ lục 1 prints "Phòng Cải cách hành chính phối hợp
# với các phòng thuộc Sở có thủ tục hành chính" in the lead-unit column. Such text is kept as the note.
FRAGMENT_VERBS = ("phối hợp với", "phối hợp", "chủ trì", "thực hiện", "có trách nhiệm", "được giao", "tham mưu")
# Bodies named after their mission keep these verbs in the name: "Ban Chỉ đạo thực hiện Đề án 06",
# "Hội đồng phối hợp phổ biến, giáo dục pháp luật".
MISSION_HEADS = ("ban", "to", "hoi dong", "doan", "nhom")
MISSION_VERBS = ("phoi hop", "thuc hien", "tham muu")

_WORD = re.compile(r"[^\W_]+")


class UnitKey(NamedTuple):
    core: str  # folded words, abbreviations spelt out, separators and the suffix left out
    scope: str  # "" (no suffix written), "agency" (Sở, thuộc Sở, của Sở) or "province" (tỉnh)


def _join_letters(words: list[str]) -> list[str]:
    """ "C.N.T.T" is one word: runs of single letters are joined."""
    out: list[str] = []
    run: list[str] = []
    for w in [*words, ""]:
        if len(w) == 1 and w.isalpha():
            run.append(w)
            continue
        out += ["".join(run)] if len(run) > 1 else run
        run = []
        if w:
            out.append(w)
    return out


def _plain(text: str) -> list[str]:
    """Folded words without separators: "-", ",", "&", "và" are one and the same."""
    words = _join_letters([fold(w) for w in _WORD.findall(unicodedata.normalize("NFC", text))])
    return [w for w in words if w and w != "va"]


def _table(source: dict[str, str]) -> dict[tuple[str, ...], tuple[str, ...]]:
    return {tuple(_plain(short)): tuple(_plain(long)) for short, long in source.items()}


_ANYWHERE = _table(ABBREVIATIONS)
_HEAD = _table(HEAD_ABBREVIATIONS)
_LONGEST = max(len(k) for k in (*_ANYWHERE, *_HEAD))


def _expand(words: list[str]) -> tuple[list[str], int]:
    out: list[str] = []
    count = i = 0
    while i < len(words):
        for n in range(min(_LONGEST, len(words) - i), 0, -1):
            part = tuple(words[i:i + n])
            long = _ANYWHERE.get(part) or (_HEAD.get(part) if i == 0 else None)
            if long:
                out += long
                count += 1
                i += n
                break
        else:
            out.append(words[i])
            i += 1
    return out, count


def _strip_suffix(raw: list[str], typed_plain: bool) -> tuple[list[str], str]:
    for words, scope in SUFFIXES:
        tail = words.split()
        n = len(tail)
        if len(raw) <= n:
            continue
        if raw[-n:] == tail:
            return raw[:-n], scope
        # Typed without diacritics ("van phong so"): "so" is Sở, except in "chuyển đổi số".
        if typed_plain and [fold(w) for w in raw[-n:]] == [fold(w) for w in tail] and \
                not (tail[-1] == "sở" and raw[-n - 1] == "doi"):
            return raw[:-n], scope
    return raw, ""


@lru_cache(maxsize=16384)
def _analyse(name: str) -> tuple[UnitKey, int]:
    text = unicodedata.normalize("NFC", name).lower()
    raw = _join_letters(_WORD.findall(text))
    raw, scope = _strip_suffix(raw, text.isascii())
    if len(raw) > 1 and fold(raw[0]) == "cac":  # "Các phòng, đơn vị" = "Phòng, đơn vị": a plural marker
        raw = raw[1:]
    words, count = _expand([w for w in (fold(x) for x in raw) if w and w != "va"])
    return UnitKey(" ".join(words), scope), count


def unit_key(name: str) -> UnitKey:
    """The comparison key of a written unit name (diacritics, case, separators, abbreviations, suffix)."""
    return _analyse(name)[0]


def spelling_rank(name: str) -> tuple:
    """Order of preference among spellings of one unit, best first: the one a new unit is created with
    ("Phòng Chuyển đổi số" before "P. CDS", "Văn phòng Sở" before "Văn phòng" and "VĂN PHÒNG SỞ"). Equal
    ranks keep the order the caller gives (a stable sort): the first written wins."""
    key, abbreviations = _analyse(name)
    return abbreviations, name.isupper(), key.scope == "", -len(name)


def same_spelling(a: str, b: str) -> bool:
    """Written alike but for case, diacritics and spaces: not worth remembering as another spelling."""
    return fold(a) == fold(b)


def split_fragment(name: str) -> tuple[str, str] | None:
    """(who, the rest) when the text is a sentence rather than a unit's name; None for a name."""
    text = unicodedata.normalize("NFC", name)
    spans = [(m.start(), fold(m.group(0))) for m in _WORD.finditer(text)]
    words = [w for _, w in spans]
    mission = any(" ".join(words[:len(h.split())]) == h for h in MISSION_HEADS)
    verbs = [tuple(_plain(v)) for v in FRAGMENT_VERBS]
    for i in range(1, len(words)):
        # One word before the verb is a name only when it is an abbreviation ("VP chủ trì").
        if i == 1 and (words[0],) not in _ANYWHERE:
            continue
        for verb in verbs:
            if tuple(words[i:i + len(verb)]) != verb:
                continue
            if mission and " ".join(verb) in MISSION_VERBS and words[i + len(verb):i + len(verb) + 1] != ["voi"]:
                continue
            who = text[:spans[i][0]].strip(" ,;:-–")
            return (who, text[spans[i][0]:].strip()) if who else None
    return None


T = TypeVar("T")


class NameIndex(Generic[T]):
    """Values (units, ids, names proposed for new units) by every spelling they answer to."""

    def __init__(self) -> None:
        self._exact: dict[str, T] = {}
        self._core: dict[str, list[tuple[str, T]]] = {}
        self._words: dict[str, list[tuple[str, T]]] = {}

    def add(self, spelling: str, value: T) -> None:
        if not spelling.strip():
            return
        self._exact.setdefault(fold(spelling), value)
        key = unit_key(spelling)
        if key.core:
            self._core.setdefault(key.core, []).append((key.scope, value))
            self._words.setdefault(_word_bag(key.core), []).append((key.scope, value))

    def find(self, name: str) -> T | None:
        """A spelling written alike first; then the same key, the same suffix before a missing one; last the
        same words in another order (seed 003 prints "Phòng Cải cách chính hành" once)."""
        if not name.strip():
            return None
        hit = self._exact.get(fold(name))
        if hit is not None:
            return hit
        key = unit_key(name)
        hit = _pick(self._core.get(key.core, []), key.scope)
        return hit if hit is not None else _pick(self._words.get(_word_bag(key.core), []), key.scope)


def _word_bag(core: str) -> str:
    return " ".join(sorted(core.split()))


def _pick(found: list[tuple[str, T]], scope: str) -> T | None:
    for want in (scope, *(("agency", "province") if not scope else ("",))):
        for have, value in found:
            if have == want:
                return value
    return None


def spellings(unit: Unit) -> list[str]:
    """Every name a unit answers to: its name, its short name, the spellings it has been seen under."""
    return [s for s in (unit.name, unit.short_name, *unit.aliases) if s.strip()]


def unit_index(units: Iterable[Unit]) -> NameIndex[Unit]:
    index: NameIndex[Unit] = NameIndex()
    for u in units:
        for s in spellings(u):
            index.add(s, u)
    return index


def is_new_spelling(unit: Unit, written: str) -> bool:
    return not any(same_spelling(written, s) for s in spellings(unit))
