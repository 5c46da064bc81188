"""The phrases of plan documents: numbered headings, score clauses, task fields, unit lists, footnotes."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from ..domain.text import fold

QUOTES_OPEN = "“\"«„‘‚"
QUOTES_CLOSE = "”\"»’‟"
QUOTES = set(QUOTES_OPEN + QUOTES_CLOSE + "'")
SUPERSCRIPTS = {"⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9"}


def fold_chars(text: str) -> str:
    """fold() character by character, so indices in the result are indices in `text`."""
    out = []
    for ch in text:
        f = fold(ch)
        out.append(f[0] if f else (" " if ch.isspace() else ch.lower()))
    return "".join(out)


def clean(text: str) -> str:
    """Markup of text renderings removed (**bold**, <b>, *italic*, # headings), spaces collapsed, NFC."""
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ").replace("\u200b", "")
    text = re.sub(r"<[^>]{1,40}>", " ", text)
    text = text.replace("**", "").replace("__", "").replace("*", "")
    text = re.sub(r"^\s*#{1,6}\s+", "", text)
    return " ".join(text.split())


def number(text: str) -> Decimal | None:
    """A score as printed: "46,67", "05", "1.67"."""
    try:
        return Decimal(text.replace(",", ".")).normalize() + 0
    except InvalidOperation:
        return None


# -- footnote markers -----------------------------------------------------------------------
_SUP_RUN = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+")
_BRACKET = re.compile(r"\[\^?(\d{1,3})\]")
_DEF_SUP = re.compile(r"^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*(\S.*)$")
_DEF_BRACKET = re.compile(r"^\[\^?(\d{1,3})\]:?\s*(\S.*)$")
_DEF_PLAIN = re.compile(r"^(\d{1,3})\s+(\S.*)$")


def footnote_definition(text: str) -> tuple[str, str] | None:
    """ "¹ Sở … tự chấm …", "[3] …", "[^3]: …", or "3 … tự chấm …" (superscript lost): (marker, text)."""
    m = _DEF_SUP.match(text)
    if m:
        return "".join(SUPERSCRIPTS[c] for c in m.group(1)), m.group(2).strip()
    m = _DEF_BRACKET.match(text)
    if m:
        return m.group(1), m.group(2).strip()
    m = _DEF_PLAIN.match(text)
    if m and re.search(r"tu (danh gia|cham)|tham dinh", fold(m.group(2))):
        return m.group(1), m.group(2).strip()
    return None


def take_markers(text: str) -> tuple[str, list[str]]:
    """Footnote markers (¹², [3], [^4]) removed from a line and returned in order."""
    markers: list[str] = []

    def sup(m: re.Match[str]) -> str:
        markers.append("".join(SUPERSCRIPTS[c] for c in m.group(0)))
        return ""

    def bracket(m: re.Match[str]) -> str:
        markers.append(m.group(1))
        return ""

    text = _SUP_RUN.sub(sup, text)
    text = _BRACKET.sub(bracket, text)
    text = text.replace("⁽⁾", "")
    return " ".join(text.split()), markers


# -- numbered headings ----------------------------------------------------------------------
_HEADING = re.compile(
    r"^(?P<code>[IVX]{1,5}(?=[.)]\s)|\d{1,2}(?:\.\d{1,2})*[a-zđ]?(?=[.)]\s)|\d{1,2}(?:\.\d{1,2})+[a-zđ]?(?=\s)"
    r"|[a-zđ](?=\)\s))[.)]?\s+(?P<rest>\S.*)$"
)


@dataclass
class Heading:
    code: str
    rest: str

    @property
    def roman(self) -> bool:
        return bool(re.fullmatch(r"[IVX]+", self.code))

    @property
    def letter(self) -> bool:
        return bool(re.fullmatch(r"[a-zđ]", self.code))

    @property
    def depth(self) -> int:
        return self.code.count(".") + 1


def heading(text: str) -> Heading | None:
    m = _HEADING.match(text)
    return Heading(m.group("code").rstrip("."), m.group("rest").strip()) if m else None


# -- scored headings: "2. Chỉ số về “Thể chế số” (gồm 08 tiêu chí; … đạt 46,67/50 điểm …)" ---------
_KEYWORD = re.compile(
    r"^(?:nhom\s+)?(?:chi so(?:\s+thanh phan)?|chi tieu|tieu chi(?:\s+thanh phan)?|nhom chi so)"
    r"(?:\s+ve)?\s*[:.\-–]?\s*")
_NUM = r"(\d{1,4}(?:[.,]\d{1,3})?)"
_PAIR = re.compile(_NUM + r"\s*(?:diem\s*)?/\s*(?:tong so\s*|toi da\s*)?" + _NUM + r"\s*diem")
# "đạt: 8/10", "điểm 8/10" without a closing "điểm" (a rank "đứng thứ 3/18" never follows these words).
_PAIR_BARE = re.compile(r"(?:dat|diem|duoc)(?:\s+duoc)?\s*:?\s*" + _NUM + r"\s*/\s*" + _NUM + r"(?![\d/])")
_ACHIEVED = re.compile(r"dat(?:\s+duoc)?\s*:?\s*(?:la\s+)?" + _NUM + r"\s*diem")
_MAX = re.compile(r"(?:toi da|diem toi da(?:\s+la)?)\s*:?\s*" + _NUM)
_DEDUCTION = re.compile(r"(?:bi\s+)?tru\s*:?\s*" + _NUM)
_RANK = re.compile(r"(?:dung|xep)\s+(?:thu|hang|vi tri)(?:\s+thu)?\s*(\d{1,3})\s*(?:/|tren|trong)\s*(?:tong so\s*)?(\d{1,3})")
_COUNT = re.compile(r"(\d{1,3})\s+(?:tieu chi|chi tieu|chi so)")
_YEAR = re.compile(r"nam\s+(\d{4})")
_SCORE_WORDS = re.compile(r"diem|tieu chi|chi tieu|dung thu|xep hang|xep thu")


@dataclass
class ScoreClause:
    year: int | None = None
    score: Decimal | None = None
    max_score: Decimal | None = None
    deduction: Decimal | None = None
    rank: int | None = None
    rank_of: int | None = None
    count: int | None = None

    @property
    def empty(self) -> bool:
        return all(v is None for v in (self.score, self.max_score, self.deduction, self.rank, self.count))


def score_clause(text: str) -> ScoreClause:
    f = fold_chars(text)
    sc = ScoreClause()
    if m := _YEAR.search(f):
        sc.year = int(m.group(1))
    if m := (_PAIR.search(f) or _PAIR_BARE.search(f)):
        sc.score, sc.max_score = number(m.group(1)), number(m.group(2))
    elif m := _ACHIEVED.search(f):
        sc.score = number(m.group(1))
    if sc.max_score is None and (m := _MAX.search(f)):
        sc.max_score = number(m.group(1))
    if m := _DEDUCTION.search(f):
        sc.deduction = number(m.group(1))
    if m := _RANK.search(f):
        sc.rank, sc.rank_of = int(m.group(1)), int(m.group(2))
    if m := _COUNT.search(f):
        sc.count = int(m.group(1))
    return sc


def _last_paren(text: str) -> tuple[int, int] | None:
    """Span of the last balanced "( … )" at the end of the text that reads like a score clause."""
    end = len(text)
    while end > 0:
        close = text.rfind(")", 0, end)
        if close < 0:
            return None
        depth, i = 0, close
        while i >= 0:
            if text[i] == ")":
                depth += 1
            elif text[i] == "(":
                depth -= 1
                if depth == 0:
                    break
            i -= 1
        if i < 0:
            return None
        inner = fold_chars(text[i:close + 1])
        if _SCORE_WORDS.search(inner) or re.search(r"dat\b.*\d", inner):
            return i, close + 1
        end = i
    return None


@dataclass
class ScoredHeading:
    names: list[str]
    clause: ScoreClause
    keyword: bool
    code: str | None = None  # "Tiêu chí 1.1: …", "Chỉ số thành phần 2 - …": the number after the keyword


def scored_heading(rest: str) -> ScoredHeading | None:
    """The name(s) and score clause of an index or criterion heading; None for a plain heading."""
    text = rest.strip().rstrip(" .;:,")
    f = fold_chars(text)
    kw = _KEYWORD.match(f)
    keyword = bool(kw) and (kw.end() < len(f))
    code = None
    if keyword:
        text = text[kw.end():]
        if m := re.match(r"(\d{1,2}(?:\.\d{1,2})*[a-zđ]?)\s*[:.\-–]\s*(?=\S)", text):
            code, text = m.group(1), text[m.end():]
    text = text.strip().rstrip("".join(QUOTES_CLOSE) + " .;:,")
    span = _last_paren(text)
    clause_text = ""
    if span:
        clause_text, text = text[span[0] + 1:span[1] - 1], text[:span[0]]
    else:
        m = re.search(r"[”\"»]\s*[:,;–-]?\s*(?=\S)", text)
        if m and _SCORE_WORDS.search(fold_chars(text[m.end():])):
            clause_text, text = text[m.end():], text[:m.start() + 1]
    clause = score_clause(clause_text)
    if not keyword and (clause.score is None or clause.max_score is None) and clause.count is None:
        return None
    return ScoredHeading(_names(text), clause, keyword, code)


_QUOTED = re.compile(r"[“\"«„‘]([^”\"»’]+)[”\"»’]")


def _names(text: str) -> list[str]:
    """One name, or several when the heading quotes several criteria (“A”, “B”) under one number."""
    text = text.strip().rstrip(" .;:,")
    quoted = _QUOTED.findall(text)
    if len(quoted) >= 2:
        between = fold(_QUOTED.sub(" ", text)).replace(",", " ").replace(";", " ").split()
        if all(w in ("va", "hoac") for w in between):
            return [_tidy(q) for q in quoted]
    return [_tidy(text)]


def _tidy(name: str) -> str:
    name = "".join(c for c in name if c not in QUOTES).strip(" .;:,")
    name = " ".join(name.split())
    if fold(name).startswith("ve ") and len(name) > 3:  # "Chỉ số “Về nhận thức số”"
        name = name[3:].strip()
        name = name[:1].upper() + name[1:]
    return name


# -- task fields ----------------------------------------------------------------------------
_FIELD = re.compile(r"^[-+•–—·]*\s*(?P<label>[^:：]{2,70}?)\s*[:：]\s*(?P<value>.*)$")
_INLINE_FIELD = re.compile(r"\(\s*(?P<label>[^():]{3,45}?)\s*:\s*(?P<value>[^()]+)\)\s*[.;,]?\s*$")


def field_kind(label: str) -> str | None:
    """lead | coop | timeline | content | objective | output | monitor, or None for an unknown label."""
    f = re.sub(r"\(.*?\)", "", fold(label)).strip(" .,-+")
    if not f or len(f.split()) > 9:
        return None
    if "phoi hop" in f and "chu tri" not in f:  # "Đơn vị chủ trì, phối hợp: A chủ trì; B phối hợp" is lead
        return "coop"
    if "theo doi" in f or "don doc" in f:
        return "monitor"
    if "chu tri" in f:
        return "lead"
    if f.startswith(("thoi gian", "thoi han", "tien do", "han hoan thanh", "moc thoi gian", "han thuc hien")):
        return "timeline"
    if "thuc hien" in f and re.search(r"don vi|ca nhan|co quan|bo phan|phong|trach nhiem|nguoi|ban", f):
        return "lead"
    if f in ("don vi", "trach nhiem", "co quan", "don vi thuc hien chinh", "phan cong"):
        return "lead"
    if f.startswith(("nhiem vu", "noi dung", "hoat dong", "giai phap")):
        return "content"
    if f.startswith("muc tieu") or f == "chi tieu":
        return "objective"
    if f.startswith(("ket qua", "san pham")):
        return "output"
    return None


def field_line(text: str) -> tuple[str | None, str, str] | None:
    """(kind or None, label, value) when the line is "label: value" with a short label."""
    m = _FIELD.match(text)
    if not m:
        return None
    label = m.group("label").strip()
    if len(label.split()) > 9 or re.search(r"\d{1,2}/\d{1,2}|[;.]", label):
        return None
    return field_kind(label), label, m.group("value").strip()


_NEXT_FIELD = re.compile(r"[;.,]\s*(?P<label>[^:;.]{3,45}?)\s*:\s*")


def split_fields(kind: str, label: str, value: str) -> list[tuple[str, str, str]]:
    """ "Văn phòng Sở; Thời gian: Quý II/2024" written on one field line: one (kind, label, value) each."""
    out = []
    while True:
        m = next((m for m in _NEXT_FIELD.finditer(value) if field_kind(m.group("label"))), None)
        if m is None:
            out.append((kind, label, value.strip()))
            return out
        out.append((kind, label, value[:m.start()].strip()))
        kind, label, value = field_kind(m.group("label")) or "", m.group("label"), value[m.end():]


def roman_value(code: str) -> int:
    values = {"I": 1, "V": 5, "X": 10}
    total = 0
    for i, c in enumerate(code):
        v = values[c]
        total += -v if i + 1 < len(code) and values[code[i + 1]] > v else v
    return total


def inline_fields(text: str) -> tuple[str, list[tuple[str, str]]]:
    """ "… hồ sơ (Đơn vị thực hiện: Phòng Công chức)." → text without it, [(lead, "Phòng Công chức")]."""
    found = []
    while (m := _INLINE_FIELD.search(text)) and field_kind(m.group("label")) in ("lead", "coop", "timeline"):
        found.append((field_kind(m.group("label")) or "", m.group("value").strip()))
        text = text[:m.start()].rstrip() + ("." if text.rstrip().endswith(".") else "")
    return text, found


def is_bullet(text: str) -> bool:
    return bool(re.match(r"^[-+•–—·]\s*\S", text))


def strip_bullet(text: str) -> str:
    return re.sub(r"^(?:[-+•–—·]\s*)+", "", text).strip()


def mode_heading(title: str) -> str | None:
    """ "2.1. Mục tiêu" / "Nhiệm vụ:" switch between targets and tasks instead of opening a group."""
    f = fold(title).strip(" .:")
    if re.fullmatch(r"(cac\s+)?(muc tieu|chi tieu)(\s+(cu the|chung))?", f):
        return "targets"
    if re.fullmatch(r"(cac\s+)?(nhiem vu|giai phap|nhiem vu,? giai phap)(\s+(cu the|trong tam|chu yeu))?", f):
        return "tasks"
    return None


_SYLLABLE = re.compile(r"(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]+(ng|nh|ch|[cmnpt])?")


def sentence_case(text: str) -> str:
    """ "THỰC HIỆN NHIỆM VỤ ĐƯỢC UBND TỈNH GIAO" → "Thực hiện nhiệm vụ được UBND tỉnh giao": words that
    cannot be a Vietnamese syllable (UBND, CCHC, HĐND) are acronyms and stay in capitals."""
    if not text.isupper():
        return text
    words = []
    for i, w in enumerate(text.split()):
        core = fold(w).strip(".,;:()-–\"“”")
        keep = bool(core) and core.isalpha() and not _SYLLABLE.fullmatch(core)
        words.append(w if keep else (w.capitalize() if i == 0 else w.lower()))
    return " ".join(words)
