"""The appendix of a province's index decision, read from numbered lines into an `IndexDraft`.

Decisions lay the index out as a table (STT | Tiêu chí | Điểm tối đa | Cách tính điểm | Tài liệu kiểm chứng
…, header repeated after page breaks, a total row) or as a list ("1. Nhận thức số: (60 điểm)", "1.1. …
(10đ)", the method as bullet lines). Both are read by one grammar:
- a node starts at a code: Roman numerals (pillars or areas), numbers with dots ("2.4.", "6.10" — codes,
  never decimals), letters ("a)") under a number; a criterion without a number is accepted where it has a
  maximum of its own (Đồng Tháp's district index does this);
- its maximum is in its column, in the column as "20 điểm", or only in its name ("(10đ)", "(20 điểm)");
  Vietnamese numbers ("1.000" one thousand, "2,5" two and a half);
- rows with an empty STT continue the method (or the name) of the node above;
- a "Tổng" row states the total; text after the table is notes (a grading scale there becomes the
  version's rating bands, never criteria); letterhead and signature are read only for the decision's
  number, date, province and the index's name;
- "Điểm trừ" rows, negative maxima and methods that take points away are deductions: they do not count
  towards the maximum.
What does not add up (criteria against their component, components against the total) is kept as an issue
with its line, for the preview.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal

from ..domain.index_draft import DraftIssue, DraftNode, IndexDraft, children_max
from ..domain.method_grammar import NUM, fold_chars, number, read_method
from ..domain.models import RatingBand
from ..domain.text import fold
from .plan_model import PlanSource, SourceLine

_ROMAN = r"[IVX]{1,5}"
_DOTTED = r"\d{1,2}(?:\.\d{1,2}){0,3}"
_LETTERED = r"[A-H](?:\.\d{1,2}){0,3}"  # "A.", "A.1.", "A.1.1." (parts of an index lettered A, B, C)
_CODE_ONLY = re.compile(r"^\s*(" + _ROMAN + r"|" + _LETTERED + r"|" + _DOTTED + r")\s*[.)]?\s*$")
_CODE_CELL = re.compile(r"^\s*(?:(?:chi\s+so|tieu\s+chi|linh\s+vuc|nhom|tru\s+cot)(?:\s+thanh\s+phan)?\s+)?"
                        r"(" + _ROMAN + r"|" + _LETTERED + r"|" + _DOTTED + r"|[a-zđ])\s*[.):]?\s*$", re.I)
# A list line: "1. Nhận thức số (60 điểm)", "1.1. Người đứng đầu … (10đ)", "II. HOẠT ĐỘNG", "a) …",
# "Chỉ số 1: Nhận thức số", "Tiêu chí 2.3. …".
_CODE_LINE = re.compile(r"^\s*(?:(?:Chỉ số|Tiêu chí|Lĩnh vực|Nhóm|Trụ cột|CHỈ SỐ|TIÊU CHÍ|LĨNH VỰC)"
                        r"(?:\s+(?:thành phần|THÀNH PHẦN))?\s+)?"
                        r"(?:(" + _ROMAN + r"|" + _LETTERED + r"|" + _DOTTED + r")\s*(?:[.)]|:|\s-\s|–)|([a-zđ])\s*[.)])"
                        r"\s*(\S.*)$")
_MAX_IN_NAME = re.compile(r"\(\s*(?:tối\s+đa\s*:?\s*|max\s*)?(-?\s*" + NUM + r")\s*(?:điểm|đ)\s*\)\s*[.:]?\s*$"
                          r"|[:\-–,]\s*(?:tối\s+đa\s*)?(-?\s*" + NUM + r")\s*(?:điểm|đ)\s*\)?\s*[.:]?\s*$", re.I)
_MAX_CELL = re.compile(r"^\s*\(?\s*(?:tối\s+đa\s*:?\s*)?(-?\s*" + NUM + r")\s*(?:điểm|đ)?\s*\)?\s*\.?\s*$", re.I)
_DECISION = re.compile(r"(\d{1,5}(?:/\d{4})?/QĐ-[A-ZĐ]+(?:-[A-ZĐ]+)*)")
_DATE_WORDS = re.compile(r"ngày\s*(\d{1,2})\s*(?:/|tháng|-)\s*(\d{1,2})\s*(?:/|năm|-)\s*(\d{4})", re.I)
_RATINGS = ("xuat sac", "tot", "kha", "trung binh", "yeu", "kem", "dat", "chua dat", "loai a", "loai b",
            "loai c", "loai d", "hoan thanh xuat sac", "hoan thanh tot", "hoan thanh")

ROLE_WORDS = {
    "code": ("stt", "tt", "ma", "so tt", "ma so", "ky hieu"),
    "name": ("tieu chi", "chi so", "noi dung", "linh vuc", "ten chi so", "ten tieu chi", "chi tieu"),
    "max": ("diem toi da", "toi da", "thang diem", "diem chuan", "so diem", "diem", "khung diem"),
    "method": ("cach tinh", "phuong phap", "cach xac dinh", "huong dan", "cach cham", "cach danh gia",
               "thang diem cham", "yeu cau", "cach thuc"),
    "evidence": ("tai lieu kiem chung", "kiem chung", "tai lieu", "ho so kiem chung", "minh chung"),
}


def _squash(text: str) -> str:
    """Folded with every space removed: PDF text loses spaces inside words ("Điểmtốiđa")."""
    return re.sub(r"[\s.:*()/]", "", fold(text))


def _role(header: str, taken: set[str]) -> str | None:
    h = fold(header).strip(" .:*()")
    q = _squash(header)
    if not h:
        return None
    if "kiemchung" in q or "minhchung" in q or q.startswith("tailieu"):
        return None if "evidence" in taken else "evidence"
    if any(w in q for w in ("cachtinh", "phuongphap", "cachxacdinh", "cacham", "huongdan", "cachdanhgia",
                            "cachthuc")):
        return None if "method" in taken else "method"
    if "toida" in q or "diemchuan" in q or "khungdiem" in q:
        return None if "max" in taken else "max"
    if "thangdiem" in q:
        return None if "scale" in taken else "scale"
    if q in ("diem", "sodiem", "diemso"):
        return None if "points" in taken else "points"
    if q in ("stt", "tt", "ma", "sott", "maso", "kyhieu", "sothutu", "thutu", "machiso", "matieuchi"):
        return None if "code" in taken else "code"
    if any(q.startswith(w.replace(" ", "")) for w in ROLE_WORDS["name"]) or "tieuchi" in q or "chiso" in q:
        return None if "name" in taken else "name"
    return None


def _header(cells: list[str]) -> dict[str, int] | None:
    """Column roles of a header row, or None when the row is not one (it needs a name column and a
    maximum or a method column). Where a table has "Điểm tối đa" and also "Thang điểm" and "Điểm", the
    last two are a method written as cases and their points (Tây Ninh's e-government index); without a
    "tối đa" column, "Thang điểm"/"Điểm" is the maximum."""
    roles: dict[str, int] = {}
    for i, c in enumerate(cells):
        role = _role(c, set(roles))
        if role is not None:
            roles[role] = i
    if "max" not in roles:
        for alt in ("points", "scale"):
            if alt in roles:
                roles["max"] = roles.pop(alt)
                break
    if "name" in roles and ("max" in roles or "method" in roles) and len(roles) >= 3:
        return roles
    return None


def _code_line(text: str) -> tuple[str, str] | None:
    m = _CODE_LINE.match(text)
    if not m:
        return None
    return (m.group(1) or m.group(2)), m.group(3)


HEADER_TOKENS = {"toida", "stt", "tt", "diem", "diemtoida", "tucham", "diemtucham", "tudanhgia", "quychuandanhgia",
                 "giaitrinhketqua", "giaitrinh", "ghichu", "tentieuchidanhgia", "thangdiem", "diemdatduoc",
                 "chisochisothanhphan", "cachxacdinhvatinhdiem", "cachtinhdiem", "tailieukiemchung",
                 "phuongphaptinhdiem", "noidung", "tieuchi", "chiso", "diemthamdinh", "nguonthuthapdulieu"}


def _header_word(text: str) -> bool:
    """A header cell that arrived as a line of its own (a table flattened to text)."""
    q = _squash(text)
    if ":" in text or re.match(r"\s*[-+•*]", text):
        return False
    return q in HEADER_TOKENS or (len(text) < 45 and not re.search(r"\d", text) and _role(text, set()) in (
        "method", "evidence", "max", "scale", "points", "code") and not _CODE_LINE.match(text))


def _numbering_row(cells: list[str]) -> bool:
    texts = [c.strip() for c in cells if c.strip()]
    return len(texts) >= 2 and all(re.fullmatch(r"\(?\d{1,2}\)?|\(?[A-Z]\)?", t) for t in texts)


def parse_max(text: str) -> Decimal | None:
    """A maximum as a cell states it: "10", "20 điểm", "2,5", "1.000", "-5", "(10đ)"; None otherwise."""
    m = _MAX_CELL.match(text or "")
    if not m:
        return None
    return _plausible(m.group(1))


MAX_POINTS = Decimal(100_000)  # no index gives a criterion or a total more points (national DTI: 1.000)


def _plausible(raw: str) -> Decimal | None:
    """A maximum as written, or None when it is no maximum at all (a year, a phone number, digits run on)."""
    try:
        value = number(raw.replace(" ", ""))
    except ArithmeticError:
        return None
    if abs(value) > MAX_POINTS or value.as_tuple().exponent < -3:  # type: ignore[operator]
        return None
    return value


def _max_in_name(name: str) -> tuple[str, Decimal | None]:
    """The name without a trailing "(10đ)" / ": 20 điểm", and that maximum."""
    m = _MAX_IN_NAME.search(name)
    if not m:
        return name, None
    value = _plausible(m.group(1) or m.group(2))
    if value is None:
        return name, None
    return name[:m.start()].rstrip(" :-–,"), value


def _is_total(name: str) -> bool:
    f = fold(name)
    return bool(re.match(r"(?:tong\s+(?:cong|so|diem|diem toi da|cac chi so)|tong\b|cong\b)", f))


def _is_deduction_heading(name: str) -> bool:
    f = fold(name)
    return f.startswith("diem tru") or f.startswith("cac noi dung tru diem") or f.startswith("tru diem")


def _looks_like_method(text: str) -> bool:
    f = fold(text)
    return bool(re.match(r"^[-+•*]|^[a-e]\s*[=:]", text.strip())) or any(
        w in f for w in ("diem toi da", " diem", "ty le", "%", "=", "≥", "≤", "<", ">"))


class _Builder:
    def __init__(self, draft: IndexDraft):
        self.draft = draft
        self.pending_code = ""  # a code alone on its line: the next line is its name (PDF text)
        self.pending_total = False  # a total named on its line, its number on the next
        self.in_header = False
        self.stack: list[DraftNode] = []  # the open path from a component down to the current node
        self.codes: set[str] = set()
        self.deduction_depth: int | None = None

    @property
    def current(self) -> DraftNode | None:
        return self.stack[-1] if self.stack else None

    def add(self, code: str, name: str, max_score: Decimal | None, line: int) -> DraftNode:
        code = code.strip().rstrip(".):")
        parent_path = self._parent_path(code)
        if not code:
            code = self._generated_code(parent_path)
        if code in self.codes:
            new = f"{code}'"
            while new in self.codes:
                new += "'"
            self.draft.issues.append(DraftIssue(line, f"Mã “{code}” lặp lại; dòng này được ghi là “{new}”."))
            code = new
        self.codes.add(code)
        node = DraftNode(code, name.strip(), max_score, line)
        if _is_deduction_heading(name):
            node.deduction = True
        if any(n.deduction for n in parent_path) or (max_score is not None and max_score < 0):
            node.deduction = True
        if node.deduction and node.max_score is not None and node.max_score > 0 and not _is_deduction_heading(name):
            node.max_score = -node.max_score
        if parent_path:
            parent_path[-1].children.append(node)
        else:
            self._prune_last()
            self.draft.components.append(node)
        self.stack = parent_path + [node]
        return node

    def _prune_last(self) -> None:
        """A top-level heading with no maximum anywhere under it ("A. Thông tin chung" of a report form,
        "1. Tên đơn vị: …") was not part of the index: it goes, and its codes are free again."""
        if not self.draft.components:
            return
        last = self.draft.components[-1]
        if all(n.max_score is None for n in last.walk()):
            self.draft.components.pop()
            for n in last.walk():
                self.codes.discard(n.code)

    def _parent_path(self, code: str) -> list[DraftNode]:
        c = code.strip().rstrip(".")
        if re.fullmatch(_ROMAN, c) or re.fullmatch(r"[A-H]", c):
            return []
        if re.fullmatch(r"[a-zđ]", c):
            # a letter hangs under the nearest numbered node above it
            for i in range(len(self.stack) - 1, -1, -1):
                if not re.fullmatch(r"[a-zđ]", self.stack[i].code):
                    return self.stack[: i + 1]
            return []
        if not c:
            # no number: a sibling of the current criterion, or a child of the current group
            cur = self.current
            if cur is None:
                return []
            if cur.children or cur.max_score is None or len(self.stack) == 1:
                return list(self.stack)
            return self.stack[:-1]
        if "." in c:
            prefix = c.rsplit(".", 1)[0]
            for i in range(len(self.stack) - 1, -1, -1):
                if self.stack[i].code == prefix:
                    return self.stack[: i + 1]
            # "1.1" under a component numbered differently ("I" → "1.1"): keep it under the nearest
            # group whose own code is shallower
            depth = c.count(".")
            for i in range(len(self.stack) - 1, -1, -1):
                s = self.stack[i].code
                if re.fullmatch(_ROMAN, s) or (re.fullmatch(_DOTTED + "|" + _LETTERED, s) and s.count(".") < depth):
                    return self.stack[: i + 1]
            return []
        # a plain number: under a Roman numeral if one is open, else a component
        for i in range(len(self.stack) - 1, -1, -1):
            if re.fullmatch(_ROMAN, self.stack[i].code):
                return self.stack[: i + 1]
        return []

    def _generated_code(self, path: list[DraftNode]) -> str:
        base = path[-1].code if path else ""
        n = len(path[-1].children) + 1 if path else len(self.draft.components) + 1
        code = f"{base}.{n}" if base else str(n)
        while code in self.codes:
            n += 1
            code = f"{base}.{n}" if base else str(n)
        return code


def _append(existing: str, more: str) -> str:
    more = more.strip()
    if not more:
        return existing
    return f"{existing}\n{more}" if existing else more


def _read_header_info(draft: IndexDraft, texts: list[str]) -> None:
    joined = " ".join(" ".join(t.split()) for t in texts)
    m = _DECISION.search(joined)
    if m:
        draft.decision = m.group(1)
        d = _DATE_WORDS.search(joined, m.end(), m.end() + 80)
        if d:
            try:
                draft.decision_date = date(int(d.group(3)), int(d.group(2)), int(d.group(1)))
            except ValueError:
                pass
    # "ỦY BAN NHÂN DÂN / TỈNH TUYÊN QUANG" (two lines of the letterhead) or "của UBND tỉnh Đồng Tháp"
    pairs = [" ".join(texts[i:i + 2]) if fold(texts[i]).strip() in ("uy ban nhan dan", "ubnd") else texts[i]
             for i in range(len(texts))]
    for t in pairs:
        p = re.search(r"(?:ỦY BAN NHÂN DÂN|UBND|Ủy ban nhân dân|UỶ BAN NHÂN DÂN|Uỷ ban nhân dân)\s+"
                      r"(?:TỈNH|tỉnh|Tỉnh|THÀNH PHỐ|thành phố|Thành phố)\s+"
                      r"([A-ZÀ-ỸĐ][\wÀ-ỹ]*(?:\s+[A-ZÀ-ỸĐ][\wÀ-ỹ]*){0,3})", t)
        if p:
            words = [w for w in p.group(1).split() if fold(w) not in ("so", "ban", "ve", "nam", "quyet")]
            draft.province = " ".join(w.capitalize() for w in words)
            break
    for t in texts if not draft.province else []:
        p2 = re.search(r"\b(?:tỉnh|TỈNH)\s+([A-ZÀ-ỸĐ][a-zà-ỹđ]*(?:\s+[A-ZÀ-ỸĐ][a-zà-ỹđ]*){0,2}|[A-ZÀ-ỸĐ]+(?:\s+[A-ZÀ-ỸĐ]+){0,2})"
                       r"(?=\s*[.,;)(]|\s*$)", " ".join(t.split()))
        if p2:
            draft.province = " ".join(w.capitalize() for w in p2.group(1).split())
            break
    for i, t in enumerate(texts):
        f = fold(t)
        if f.startswith("bo chi so") or f.startswith("bo tieu chi") or (
                f.startswith("chi so") and ("danh gia" in f or "cai cach" in f) and "toi da" not in f):
            name = " ".join(t.split())
            if i + 1 < len(texts) and texts[i + 1].isupper() and not _DECISION.search(texts[i + 1]):
                name += " " + " ".join(texts[i + 1].split())
            draft.name = _sentence_case(name, draft.province)
            break
    title = fold(draft.name or joined)
    squashed = _squash(draft.name or joined)
    if re.search(r"so,?\s+ban,?\s+nganh|co quan chuyen mon|cac so\b|cap so\b", title) or "sobannganh" in squashed:
        draft.level = "so"
    elif re.search(r"cap huyen|huyen,?\s+thi xa|ubnd (?:cac )?huyen|cac huyen", title) or "caphuyen" in squashed:
        draft.level = "huyen"
    elif re.search(r"cap xa|xa,?\s+phuong", title) or "capxa" in squashed:
        draft.level = "xa"
    if "cai cach hanh chinh" in title or "cchc" in title or "par index" in title:
        draft.kind = "PAR"
    elif "chuyen doi so" in title or "chinh quyen dien tu" in title or "chinh quyen so" in title:
        draft.kind = "DTI"
    y = re.search(r"\bnam\s+(20\d\d)\b", fold(draft.name))
    if y:
        draft.year = int(y.group(1))
    elif draft.decision_date:
        draft.year = draft.decision_date.year


_PERIOD = re.compile(r"từ\s+(?:ngày\s+)?(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}))?\s*(?:(?:của\s+)?năm\s+trước)?"
                     r"(?P<prev>)\s*(?:đến|tới|-)\s*(?:hết\s+)?(?:ngày\s+)?(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}))?",
                     re.I)


def read_period(texts: list[str]) -> dict:
    """The assessment period a decision states ("từ ngày 01/12 năm trước đến ngày 30/11 năm đánh giá",
    "từ 01/12/2022 đến 30/11/2023"), as stored on the version (domain.periods.assessment_period); {} when
    it states none. Only sentences that speak of assessing or of data count, not a plan's timeline."""
    for text in texts:
        t = " ".join(text.split())
        f = fold(t)
        if not re.search(r"danh gia|so lieu|thoi gian|ky danh gia|thoi diem", f):
            continue
        m = _PERIOD.search(t)
        if not m:
            continue
        d1, m1, y1, d2, m2, y2 = m.group(1), m.group(2), m.group(3), m.group(5), m.group(6), m.group(7)
        try:
            date(2000, int(m1), int(d1))
            date(2000, int(m2), int(d2))
        except ValueError:
            continue
        prev = "năm trước" in t[m.start():m.end()].lower()
        start_year = (int(y1) - int(y2)) if (y1 and y2) else (-1 if prev or (int(m1), int(d1)) > (int(m2), int(d2))
                                                               else 0)
        return {"start": f"{int(m1):02d}-{int(d1):02d}", "start_year": start_year,
                "end": f"{int(m2):02d}-{int(d2):02d}", "end_year": 0}
    return {}


# "… gửi báo cáo tự đánh giá … trước ngày 15/12", "nộp hồ sơ tự chấm điểm chậm nhất ngày 10 tháng 01 năm sau":
# when the self-assessment is due. "trước ngày" is kept as printed (due before that day, domain.periods
# submission_date); "chậm nhất / không muộn hơn / hạn chót ngày D/M" is the last day itself, kept as the day after.
_SUBMIT = re.compile(r"(?P<kind>trước|chậm\s+nhất|không\s+muộn\s+hơn|hạn\s+chót|hạn\s+cuối)(?:\s+(?:là|vào|trong))*"
                     r"\s+ngày\s+(?P<d>\d{1,2})\s*(?:/|-|tháng)\s*(?P<m>\d{1,2})(?:\s*(?:/|-|năm)\s*(?P<y>\d{4}))?"
                     r"(?P<next>\s+(?:của\s+)?năm\s+(?:sau|tiếp\s+theo|kế\s+tiếp|liền\s+sau))?", re.I)


def read_submission(texts: list[str], period: dict | None = None, year: int | None = None) -> dict:
    """When a decision says the self-assessment is to be sent ("gửi báo cáo tự đánh giá … trước ngày 15/12"),
    as {"submit": "12-15", "submit_year": 0} for the version's period JSON; {} when it says nothing.
    submit_year is relative to the assessment year: 1 for "năm sau", for a year written out after `year`,
    or for a date that falls before the end of the period the decision states (it can only be next year's)."""
    for text in texts:
        t = " ".join(text.split())
        f = fold(t)
        if not re.search(r"\b(gui|nop|hoan thanh)\b", f) or not re.search(
                r"tu danh gia|tu cham|cham diem|ho so danh gia|ket qua danh gia", f):
            continue
        m = _SUBMIT.search(t)
        if not m:
            continue
        d, mo = int(m["d"]), int(m["m"])
        try:
            day = date(2023, mo, d)  # a common year: 29/02 is not a date every year
        except ValueError:
            continue
        if not m["kind"].lower().startswith("trước"):
            day = day + timedelta(days=1)  # the last day allowed → "before the day after"
        if m["next"]:
            after = 1
        elif m["y"] and year:
            after = max(0, min(1, int(m["y"]) - year))
        elif period and "end" in period:
            em, ed = (int(x) for x in str(period["end"]).split("-"))
            after = 1 if (mo, d) <= (em, ed) and int(period.get("end_year", 0)) == 0 else 0
        else:
            after = 0
        after += day.year - 2023  # "chậm nhất ngày 31/12" is due before 01/01 of the next year
        return {"submit": f"{day.month:02d}-{day.day:02d}", "submit_year": after}
    return {}


def _sentence_case(text: str, province: str) -> str:
    if not text.isupper():
        return text
    out = text[0] + text[1:].lower()
    if province:
        out = re.sub(re.escape(province.lower()), province, out, flags=re.I)
    return out


def _rating_bands(draft: IndexDraft, lines: list[str]) -> None:
    total = draft.total_max or draft.total_stated
    bands: list[RatingBand] = []
    for line in lines:
        for clause in re.split(r"[;\n]", line):
            f = fold_chars(clause)
            rating = next((r for r in sorted(_RATINGS, key=len, reverse=True)
                           if re.search(r"(?:^|[\s(\-+•:])" + re.escape(r) + r"\b", f)), None)
            if rating is None:
                continue
            m = re.search(r"(?:tu|≥|>=|tren|dat|khong duoi|toi thieu)\s*(" + NUM + r")\s*(%|diem)?", f)
            if not m:
                continue
            value = _plausible(m.group(1))
            if value is None:
                continue
            if m.group(2) != "%":
                if not total:
                    continue
                value = (value * 100 / total).quantize(Decimal("0.01"))
            at = re.search(r"(?:^|[\s(\-+•:])(" + re.escape(rating) + r")\b", f)
            label = clause[at.start(1):at.end(1)] if at else rating
            if value <= 100 and label and not any(b.rating == label for b in bands):
                bands.append(RatingBand(value, label))
    if len(bands) >= 2:
        draft.rating_bands = bands


def parse_index(source: PlanSource) -> IndexDraft:
    """The index a decision's lines state (table rows or list lines); issues for what does not add up."""
    draft = IndexDraft(source=source.name, where=source.where)
    builder = _Builder(draft)
    lines = source.lines
    head_texts: list[str] = []
    notes: list[str] = []
    roles: dict[str, int] | None = None
    table_seen = False
    after_total = False
    start = _appendix_start(lines)
    has_table = any(ln.cells is not None and _header(ln.cells) is not None for ln in lines[start:])
    for ln in lines[:start]:
        head_texts.append(ln.text)
    for ln in lines[start:]:
        if ln.cells is not None and has_table:
            header = _header(ln.cells)
            if header is not None:
                roles, table_seen = header, True
                continue
            if roles is None:
                head_texts.append(ln.text)
                continue
            if _numbering_row(ln.cells):
                continue
            if after_total or _note_row(ln.cells):
                notes.append(ln.text)
                continue
            after_total = _table_row(draft, builder, roles, ln)
            continue
        if has_table:
            # with a table, the text before it is the heading and the text after it notes
            (notes if table_seen else head_texts).append(ln.text)
            continue
        if after_total:
            notes.append(ln.text)
            continue
        text = "\n".join(c for c in ln.cells if c) if ln.cells is not None else ln.text
        for part in text.split("\n"):
            if after_total:
                notes.append(part)
            else:
                after_total = _list_line(draft, builder, SourceLine(ln.number, part), head_texts,
                                         lambda n=ln: _next_text(lines, n))
    # The heading: what came before the first line of the index, also lines read and then set aside
    first = min((n.line for n in draft.nodes()), default=0)
    before = [ln.text for ln in lines if ln.number < first and ln.text not in head_texts]
    _read_header_info(draft, head_texts + before)
    draft.period = read_period(head_texts + before + notes)
    draft.period.update(read_submission(head_texts + before + notes, draft.period, draft.year))
    if not draft.level:
        draft.level = _level_from_criteria(draft)
    _finish(draft, notes)
    return draft


def _next_text(lines: list[SourceLine], current: SourceLine) -> str:
    for i, ln in enumerate(lines):
        if ln is current:
            return lines[i + 1].text.split("\n")[0] if i + 1 < len(lines) else ""
    return ""


def _level_from_criteria(draft: IndexDraft) -> str:
    """The level an untitled appendix applies to, from whom its criteria speak of ("Người đứng đầu huyện,
    thành phố", "Giám đốc Sở"); "" when they do not say."""
    words = " ".join(fold(n.name + " " + n.method_text) for n in draft.nodes())
    huyen = len(re.findall(r"\bhuyen\b", words))
    so = len(re.findall(r"\b(?:so, ban, nganh|so, nganh|giam doc so|cap so)\b", words))
    xa = len(re.findall(r"\bcap xa\b|\bxa, phuong", words))
    best = max((huyen, "huyen"), (so, "so"), (xa, "xa"))
    return best[1] if best[0] >= 2 else ""


def _note_row(cells: list[str]) -> bool:
    """A row with only its first cell filled with words (a title or a note across the sheet), not a code."""
    filled = [i for i, c in enumerate(cells) if c.strip()]
    return filled == [0] and not _CODE_CELL.match(cells[0]) and not _is_total(cells[0]) and len(cells) >= 3 \
        and len(cells[0]) > 60


def _appendix_start(lines: list[SourceLine]) -> int:
    """Where the appendix begins: after the body of the decision (Điều 1…) when the document has one."""
    last = 0
    for i, ln in enumerate(lines):
        f = fold(ln.text)
        if ln.cells is None and (f.startswith("phu luc") or f.startswith("(kem theo") or f.startswith("kem theo")):
            last = i
    return last


def _table_row(draft: IndexDraft, b: _Builder, roles: dict[str, int], ln: SourceLine) -> bool:
    cells = ln.cells or []

    def cell(role: str) -> str:
        i = roles.get(role)
        return cells[i].strip() if i is not None and i < len(cells) else ""

    code, name, max_text = cell("code"), " ".join(cell("name").split()), cell("max")
    method, evidence = cell("method"), cell("evidence")
    # A method written as cases in one column and their points in another ("Không" | "0"): one line each;
    # a points cell with nothing beside it on the criterion's own row is the "có" case.
    scale, points = cell("scale"), cell("points")
    if scale or points:
        if points and not re.search(r"[^\d\s.,-]", points):
            line = f"{scale or 'Có'}: {points}"
        else:
            line = "\n".join(t for t in (scale, points) if t)
        method = _append(method, line)
    if "code" not in roles and name:
        cl = _code_line(name)
        if cl:
            code, name = cl
    if code and not _CODE_CELL.match(code):
        # "1.1. Người đứng đầu …" with the name in the STT column, or a stray word: the whole text is the name
        cl = _code_line(code + (" " + name if name else ""))
        if cl:
            code, name = cl
        else:
            name, code = (code + " " + name).strip(), ""
    if not code and name and _is_total(name):
        draft.total_stated = parse_max(max_text) or _max_in_name(name)[1]
        draft.total_line = ln.number
        return bool(b.stack)
    if code:
        code = _CODE_CELL.match(code).group(1)  # type: ignore[union-attr]
    mx = parse_max(max_text)
    clean_name, in_name = _max_in_name(name)
    if mx is None and in_name is not None:
        mx, name = in_name, clean_name
    if not code and name:
        cl = _code_line(name)
        if cl and (mx is not None or not b.stack):
            code, name = cl
    if code or (name and mx is not None) or (name and _is_deduction_heading(name)):
        node = b.add(code, name, mx, ln.number)
        node.method_text = _append(node.method_text, method)
        node.evidence = _append(node.evidence, evidence)
        if mx is None and max_text and not method:
            node.method_text = _append(node.method_text, max_text)
        return False
    cur = b.current
    if cur is None:
        return False
    if name:
        if _looks_like_method(name) or cur.method_text:
            cur.method_text = _append(cur.method_text, name)
        else:
            cur.name = f"{cur.name} {name}".strip()
    if max_text and mx is None:
        cur.method_text = _append(cur.method_text, max_text)
    cur.method_text = _append(cur.method_text, method)
    cur.evidence = _append(cur.evidence, evidence)
    return False


_BARE_NUMBER = re.compile(r"^\s*(-?\s*" + NUM + r")\s*(?:điểm|đ)?\s*$", re.I)


def _list_line(draft: IndexDraft, b: _Builder, ln: SourceLine, head: list[str], after=lambda: "") -> bool:
    """One line of an appendix written as a list (or a table flattened to one cell per line)."""
    text = " ".join(ln.text.split())
    if not text:
        return False
    f = fold(text)
    if b.pending_code:
        code, b.pending_code = b.pending_code, ""
        name, mx = _max_in_name(text)
        b.add(code, name, mx, ln.number)
        return False
    if _header_word(text) or (b.in_header and re.fullmatch(r"[a-z]", text)):
        b.in_header = True
        return False
    if text in ("-", "+", "…", "..."):
        return False
    only = _CODE_ONLY.match(text)
    cur = b.current
    if only and cur is not None and cur.max_score is None and not cur.children and not cur.method_text:
        only = None  # the points on the line after a name
    if only:
        # "1.1" alone is a code when its name follows on the next line; "20" alone before "A.1. …" or
        # "-" is a number (a maximum or a self score)
        nxt = " ".join(after().split())
        if nxt and not _BARE_NUMBER.match(nxt) and not _code_line(nxt) and not _CODE_ONLY.match(nxt) \
                and not _header_word(nxt) and not re.match(r"[-+•*]", nxt):
            b.in_header = False
            b.pending_code = only.group(1)
            return False
    bare = _BARE_NUMBER.match(text)
    if bare:
        value = _plausible(bare.group(1))
        cur = b.current
        if value is None:
            return False
        if b.pending_total:
            draft.total_stated, b.pending_total = value, False
        elif cur is not None and cur.max_score is None and not cur.method_text and not cur.children:
            cur.max_score = value  # the points on the line after the name
        return False  # otherwise a self score or a figure in the form: not part of the index
    b.in_header = False
    cl = _code_line(text)
    if cl and not re.fullmatch(r"[a-zđ]", cl[0]) or (cl and _max_in_name(cl[1])[1] is not None):
        code, rest = cl  # type: ignore[misc]
        name, mx = _max_in_name(rest)
        if fold(name).startswith(("bo chi so", "bo tieu chi")):
            head.append(text)  # "1. Bộ chỉ số đánh giá …": an article's heading, not a component
            return False
        # a numbered line of the decision's body ("1. Quyết định này …") before any index line is not one
        if not b.stack and mx is None and not re.fullmatch(_ROMAN + r"|[A-H]", code) and not _names_an_index(name):
            head.append(text)
            return False
        b.add(code, name, mx, ln.number)
        return False
    if _is_total(text):
        value = _max_in_name(text)[1]
        if value is None:
            m = re.search(r"[:=]\s*(" + NUM + r")\s*(?:điểm|đ)?\s*$", text)
            value = _plausible(m.group(1)) if m else None
        if value is None:
            b.pending_total = True
            return False
        draft.total_stated, draft.total_line = value, ln.number
        return bool(b.stack)
    if b.current is None:
        name, mx = _max_in_name(text)
        if mx is not None and len(text) < 200:
            b.add("", name, mx, ln.number)
        else:
            head.append(text)
        return False
    if re.match(r"(?:tai lieu kiem chung|ho so kiem chung|kiem chung|minh chung|tai lieu minh chung)\s*:?", f):
        b.current.evidence = _append(b.current.evidence, re.sub(r"^[^:]*:\s*", "", text) if ":" in text else "")
        return False
    if re.match(r"(?:ghi chu|luu y|xep loai|phan loai|muc xep loai|cach xep loai)\b", f):
        return True
    name, mx = _max_in_name(text)
    if mx and not re.match(r"^[-+•*]", text) and not _looks_like_case(text):
        # a criterion with no number of its own, its maximum in its name
        b.add("", name, mx, ln.number)
        return False
    cur = b.current
    if re.match(r"(?:cach tinh diem|phuong phap tinh diem|cach xac dinh|cach cham)\s*:?", f):
        text = re.sub(r"^[^:]*:\s*", "", text) if ":" in text else ""
    if cur.children and not cur.method_text:
        return False  # text under a heading whose criteria follow: not a method
    if cur.evidence or (cur.method_text and _evidence_sentence(text)):
        cur.evidence = _append(cur.evidence, text)
    else:
        cur.method_text = _append(cur.method_text, text)
    return False


def _evidence_sentence(text: str) -> bool:
    """A sentence after the method that names the evidence ("Có trích dẫn số hiệu, tên văn bản, …"), not a
    case of the method (a case has a score after a colon)."""
    f = fold(text)
    if re.match(r"^[-+•*]", text.strip()) or _looks_like_case(text) or re.search(r"\bdiem\b|%|=", f):
        return False
    return bool(re.search(r"van ban|trich dan|quyet dinh|bao cao|bien ban|ke hoach|tai lieu|hinh anh|so hieu", f))


def _names_an_index(name: str) -> bool:
    f = fold(name)
    return any(w in f for w in ("nhan thuc", "the che", "ha tang", "nhan luc", "an toan", "hoat dong", "chi so",
                                "tieu chi", "chuyen doi so", "cai cach", "chinh quyen", "du lieu"))


def _looks_like_case(text: str) -> bool:
    """A case of a method written on its own line: "…: 1/2*Điểm tối đa", "…: 0 điểm"."""
    f = fold(text)
    return bool(re.search(r":\s*(?:\d+\s*/\s*\d+\s*\*?\s*)?diem\s*toi\s*da|:\s*" + NUM + r"\s*diem\W*$", f))


def _finish(draft: IndexDraft, notes: list[str]) -> None:
    draft.notes = [n for n in notes if n.strip()]
    # Nodes that hold nothing under them and no maximum are headings of nothing: say so.
    for comp in list(draft.components):
        for node in comp.walk():
            if node.kind == "criterion" and node.max_score is None:
                draft.issues.append(DraftIssue(node.line, f"Tiêu chí {node.code} “{_short(node.name)}” không có "
                                                           "điểm tối đa."))
    for node in draft.nodes():
        if node.kind == "criterion":
            mx = node.max_score
            node.method = read_method(node.method_text, mx, node.deduction)
            if node.method.kind == "deduction" and not node.deduction and mx is not None:
                node.deduction = True
                node.max_score = -abs(mx)
        elif node.max_score is not None:
            total = children_max(node.children)
            if total is not None and total != node.max_score:
                draft.issues.append(DraftIssue(
                    node.line, f"{node.code} “{_short(node.name)}”: ghi tối đa {_fmt(node.max_score)} điểm nhưng "
                               f"các tiêu chí cộng lại {_fmt(total)} điểm."))
    if draft.total_stated is not None:
        total = draft.total_max
        if total is not None and total != draft.total_stated:
            draft.issues.append(DraftIssue(
                draft.total_line, f"Tổng điểm ghi {_fmt(draft.total_stated)} nhưng các chỉ số cộng lại "
                                  f"{_fmt(total)} điểm."))
    if not draft.criteria():
        draft.issues.append(DraftIssue(0, "Không tìm thấy tiêu chí nào có điểm tối đa."))
    _rating_bands(draft, draft.notes)


def _short(text: str, n: int = 50) -> str:
    t = " ".join(text.split())
    return t if len(t) <= n else t[: n - 1] + "…"


def _fmt(v: Decimal) -> str:
    from ..domain.vnformat import fmt_number

    return fmt_number(v)
