"""Read a criterion's scoring method from the decision's words ("Cách tính điểm") into a `Method`.

The grammar follows what provincial decisions write (../shared/domain/index-decisions.md):
- a ratio: "a = …; b = …; Điểm = a/b × Điểm tối đa", "Tỷ lệ% x Điểm tối đa", "(a/b)*…", with a target
  ("đạt 50% trở lên được điểm tối đa") or a rule for b = 0 ("Trường hợp b = 0 thì được điểm tối đa");
- bands: "≥ 95%: Điểm tối đa; từ 90% đến dưới 95%: 3/4 × Điểm tối đa; dưới 80%: 0 điểm", over a ratio,
  a typed percentage, a count ("họp 4 lần/năm: 20 điểm … 1 lần: 5 điểm; còn lại: 0") or a date;
- cases: "Trưởng ban là Giám đốc: Điểm tối đa; là Phó Giám đốc: 1/2*Điểm tối đa; chưa có: 0 điểm" (one
  of them: a choice) or parts that add up ("Có kế hoạch: 1/2*Điểm tối đa; Có báo cáo: 1/2*Điểm tối đa");
- counts with a cap ("Mỗi văn bản: 05 điểm; tổng không quá Điểm tối đa"), absolute points ("Có: 15 điểm"),
  deductions per occurrence ("mỗi báo cáo chậm trừ 2 điểm, tổng điểm trừ không quá 20 điểm");
- anything else is scored by hand (the council's judgement).
Matching runs on text folded per character (lower case, no diacritics), so positions found there cut the
original words for labels.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from .methods import FULL, NOTHING, Award, Band, Case, Input, Method, date_key
from .text import fold

NUM = r"(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)"
_NUM_RE = re.compile(NUM)
DTD = r"(?:so\s+)?(?:muc\s+)?(?:diem\s*toi\s*da|dtd)"
_DTD_RE = re.compile(DTD)
_TIMES = r"(?:x|\*|×|\.|nhan(?:\s+voi)?)"
_DATE = r"(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}))?"
_DATE_RE = re.compile(_DATE)
_YES = ("co", "da", "dat", "thuc hien", "duoc", "day du", "ban hanh")
_NO = ("khong", "chua", "khong co", "chua co", "khong dat")


def fold_chars(s: str) -> str:
    """Fold each character to exactly one, so positions match the original text."""
    out = []
    for c in s:
        f = fold(c) if not c.isspace() else " "
        out.append(f[0] if f else (" " if not c.isalnum() else c.lower()))
    return "".join(out)


def number(text: str) -> Decimal:
    """A number as decisions write it: "1.000" is one thousand, "2,5" two and a half, "0.5" a half."""
    t = text.strip()
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", t):
        return Decimal(t.replace(".", "").replace(",", "."))
    return Decimal(t.replace(",", "."))


def read_award(s: str) -> Award | None:
    """What a folded snippet awards: "điểm tối đa", "1/2*điểm tối đa", "50% điểm tối đa", "05 điểm",
    "tỷ lệ × điểm tối đa", a bare number ("Có 2"); None when it names no score."""
    s = s.strip(" .,:;=-+()\t")
    if not s:
        return None
    dtd = _DTD_RE.search(s)
    if dtd and (re.search(r"ty\s*le|\ba\s*/\s*b\b|\(a/b\)", s)):
        coef = _coefficient(s.replace("a/b", " "))
        return Award("proportional", coef if coef is not None else Decimal(1))
    if dtd:
        coef = _coefficient(s)
        return Award("fraction", coef if coef is not None else Decimal(1))
    if re.search(r"\bkhong\s+(?:duoc\s+)?(?:tinh\s+)?diem\b|\bkhong\s+cham\s+diem", s):
        return NOTHING
    m = re.search(r"(-?(?:" + NUM + r"))\s*(?:diem|d\b|đ)", s)
    if m:
        return Award("points", number(m.group(1)))
    m = re.fullmatch(r"(?:duoc\s+|dat\s+|=\s*)?(-?(?:" + NUM + r"))", s)
    if m:
        return Award("points", number(m.group(1)))
    return None


def _coefficient(s: str) -> Decimal | None:
    m = re.search(r"(\d+)\s*/\s*(\d+)", s)
    if m and int(m.group(2)):
        return Decimal(m.group(1)) / Decimal(m.group(2))
    m = re.search(r"(" + NUM + r")\s*%", s)
    if m:
        return number(m.group(1)) / 100
    m = re.search(r"(" + NUM + r")\s*" + _TIMES + r"\s*" + DTD, s)
    if m:
        return number(m.group(1))
    m = re.search(DTD + r"\s*" + _TIMES + r"\s*(" + NUM + r")", s)
    if m:
        return number(m.group(1))
    if "mot nua" in s:
        return Decimal("0.5")
    return None


def _clauses(text: str) -> list[str]:
    """The method cut into clauses: lines, semicolons, bullets; "x / y" between spaces too."""
    # A line that states no score and does not end its sentence runs on into the next one unless that
    # starts a case of its own ("BCĐ họp 4 lần/ năm (Trung bình" + "mỗi quý 1 lần): 20 điểm").
    raw = [ln.strip() for ln in re.split(r"[\n\r]+", text) if ln.strip()]
    lines: list[str] = []
    for ln in raw:
        if lines and ":" not in lines[-1] and not re.search(r"[.;]$", lines[-1]) \
                and not re.match(r"[-+•–*]|\d+[.)]\s|[a-z]\)", ln) and read_award(fold_chars(lines[-1])) is None \
                and not re.fullmatch(r"[\d\s.,]+", lines[-1]):
            lines[-1] = f"{lines[-1]} {ln}"
        else:
            lines.append(ln)
    parts: list[str] = []
    for line in lines:
        for piece in re.split(r";|\s/\s", line):
            piece = re.sub(r"^(?:[-+•–*]|\d+(?:\.\d+)*\.|[a-zđ]\))\s*", "", piece.strip()).strip(" .,\t")
            if piece:
                parts.append(piece)
    return parts


def _split_label(clause: str) -> tuple[str, str] | None:
    """(condition or label, award) of a clause written "x: y", "x thì y", "x được y", "x → y", "x = y"."""
    f = fold_chars(clause)
    for pat in (r":", r"\s(?:thi|thi duoc|duoc)\s", r"=>|→|->", r"\s=\s"):
        for m in re.finditer(pat, f):
            left, right = clause[:m.start()], clause[m.end():]
            if fold_chars(left).strip() and read_award(fold_chars(right)) is not None:
                return left.strip(), right.strip()
    # "Có 2", "Không 0" (a yes/no split over two rows) and "Đạt 100%: …" handled above
    m = re.fullmatch(r"(.*\D)\s(\d+(?:,\d+)?)\s*(?:diem|d)?", f.strip())
    if m and m.group(1).strip() and len(m.group(1).strip()) <= 30:
        n = len(m.group(1))
        return clause[:n].strip(), clause.strip()[n:].strip()
    return None


def _date(m: re.Match) -> tuple[Decimal, bool]:
    day, month, year = int(m.group(1)), int(m.group(2)), m.group(3)
    try:
        d = date(int(year) if year else 2000, month, day)
    except ValueError:
        raise _NoCondition from None
    return date_key(d, bool(year)), bool(year)


class _NoCondition(Exception):
    pass


def _condition(label: str) -> tuple[Decimal | None, bool, Decimal | None, bool, str] | None:
    """The range a band's condition states, with what it is over ("%", "date", "value"); None when the
    label holds no condition (a case of a choice). "còn lại" is the range of everything."""
    f = fold_chars(label)
    f = " ".join(f.split())
    if re.search(r"\bcon\s+lai\b|\bcac\s+truong\s+hop\s+khac\b", f) and not _NUM_RE.search(f):
        return None, True, None, True, "rest"
    dates = list(_DATE_RE.finditer(f)) if "ngay" in f or re.search(r"\d/\d{1,2}/\d{4}", f) else []
    if dates:
        try:
            keys = [_date(m) for m in dates]
        except _NoCondition:
            return None
        with_year = any(y for _, y in keys)
        v = [k for k, _ in keys]
        if len(v) >= 2 and re.search(r"\btu\b|\bden\b|-", f):
            return v[0], True, v[1], not re.search(r"den\s+truoc|truoc\s+ngay\s*" + _DATE + r"\s*$", f), (
                "date+y" if with_year else "date")
        if re.search(r"\bsau\b|\bke\s+tu\s+sau", f):
            return v[0], False, None, True, "date+y" if with_year else "date"
        if re.search(r"\btu\b.*\btro\s+(?:di|ve\s+sau)|\bke\s+tu\b", f):
            return v[0], True, None, True, "date+y" if with_year else "date"
        if re.search(r"\btruoc\b", f):
            inclusive = bool(re.search(r"truoc\s+hoac\s+(?:dung|trong)|truoc\s+va\s+trong", f))
            return None, True, v[0], inclusive, "date+y" if with_year else "date"
        if re.search(r"\bden\b|\bdung\s+han|\btrong\s+ngay|\bkhong\s+qua", f):
            return None, True, v[0], True, "date+y" if with_year else "date"
        return None
    over = "%" if "%" in f else "value"
    n = r"(" + NUM + r")\s*%?"
    m = re.search(r"\btu\s*" + n + r"[^\d]{0,20}?(?:den|toi|-|–)\s*(duoi|nho\s+hon)?\s*" + n, f)
    if not m:
        m = re.search(n + r"\s*(?:den|-|–)\s*(duoi|nho\s+hon)?\s*" + n, f)
    if m:
        lo, hi = number(m.group(1)), number(m.group(3))
        if lo <= hi:
            return lo, True, hi, not m.group(2), over
    m = re.search(r"(?:≥|>=|=>|lon\s+hon\s+hoac\s+bang|khong\s+duoi|khong\s+thap\s+hon|toi\s+thieu|it\s+nhat)\s*"
                  + n, f) or re.search(n + r"\s*(?:[^\d;]{0,25}?)\btro\s+len", f) or re.search(
                      r"\btu\s*" + n + r"(?!\s*(?:den|-))", f)
    if m:
        return number(m.group(1)), True, None, True, over
    m = re.search(r"(?:>|\btren\b|lon\s+hon|cao\s+hon|vuot|nhieu\s+hon)\s*" + n, f)
    if m:
        return number(m.group(1)), False, None, True, over
    m = re.search(r"(?:≤|<=|=<|nho\s+hon\s+hoac\s+bang|khong\s+qua|khong\s+vuot\s+qua|toi\s+da)\s*" + n, f) or \
        re.search(n + r"\s*tro\s+xuong", f)
    if m:
        return None, True, number(m.group(1)), True, over
    m = re.search(r"(?:<|\bduoi\b|nho\s+hon|thap\s+hon|it\s+hon|chua\s+dat)\s*" + n, f)
    if m:
        return None, True, number(m.group(1)), False, over
    m = re.search(r"(?:^|\s|dat\s*|=\s*)(" + NUM + r")\s*(%|lan\b|[a-z]+)", f)
    if m and not re.search(r"\d\s*/\s*\d", f[:m.end()]):
        v = number(m.group(1))
        return v, True, v, True, "%" if m.group(2) == "%" else "value"
    return None


def _definitions(text: str) -> list[Input]:
    """The letters the document defines: "a = Số hồ sơ giải quyết đúng hạn; b = Tổng số hồ sơ"."""
    f = fold_chars(text)
    found: list[Input] = []
    for m in re.finditer(r"(?:^|[\s;,.(])([a-e])\s*(?:=|:|la)\s*(?!\s*0\b)(?!\s*\d)", f):
        start = m.end()
        stop = len(f)
        nxt = re.compile(r"(?:^|[\s;,.(])[a-e]\s*(?:=|:)\s*|[;\n]|\bdiem\s*=|\bty\s*le\s*=|\bcach\s+tinh\b")
        mm = nxt.search(f, start)
        if mm:
            stop = mm.start()
        label = " ".join(text[start:stop].split()).strip(" .,;:-")
        name = m.group(1)
        if label and name not in {i.name for i in found}:
            found.append(Input(name, label, "number"))
    return found


def read_method(text: str, maximum: Decimal | None = None, deduction: bool = False) -> Method:
    """The method a decision's words state, for a criterion of `maximum` points (negative for a
    deduction row); the manual method when the words state no rule the program can compute."""
    f = " ".join(fold_chars(text or "").split())
    if not f:
        return Method(kind="manual")
    places = 2
    m = re.search(r"lam\s+tron[^.;]*?(\d+)\s*(?:chu\s+so|so)\s*(?:thap\s+phan|le)", f)
    if m:
        places = int(m.group(1))
    elif re.search(r"lam\s+tron[^.;]*so\s+nguyen", f):
        places = 0
    method = _read(text, f, maximum, deduction)
    if places != 2:
        method = Method(**{**method.__dict__, "places": places})
    return method


def _read(text: str, f: str, maximum: Decimal | None, deduction: bool) -> Method:
    # Deductions per occurrence: "mỗi báo cáo chậm trừ 2 điểm", "trừ 0,5 điểm/lần", "… tối đa 20 điểm".
    if deduction or re.search(r"\btru\s*(?:" + NUM + r")\s*(?:diem|d\b)", f) or re.search(
            r"\bmoi\b[^.;]*\btru\b", f):
        per = re.search(r"\btru\s*(" + NUM + r")\s*(?:diem|d\b)", f) or re.search(
            r"(" + NUM + r")\s*(?:diem|d)\s*/\s*(?:lan|truong\s+hop|[a-z ]{1,20})", f) or re.search(
            r"\bmoi\b[^:;]*:\s*(?:tru\s*)?-?(" + NUM + r")\s*(?:diem|d\b)", f)
        if per:
            cap = re.search(r"(?:khong\s+qua|khong\s+vuot\s+qua|toi\s+da|toi\s+da\s+la)\s*(" + NUM + r")\s*(?:diem|d\b)",
                            f)
            noun = re.search(r"\bmoi\s+([a-z ]{2,40}?)\s*(?:\btru\b|:|,|\bbi\b)", f)
            label = "Số lần" if not noun else "Số " + _orig(text, f, noun.start(1), noun.end(1))
            return Method(kind="deduction", inputs=(Input("n", label, "count"),), per_item=number(per.group(1)),
                          cap=number(cap.group(1)) if cap else None)
    letters = _definitions(text)
    clauses = _clauses(text)
    bands: list[Band] = []
    cases: list[Case] = []
    overs: set[str] = set()
    years = False
    bare: Award | None = None  # a score with no words: the "có" row of a yes/no split over two rows
    for clause in clauses:
        if re.fullmatch(r"(?:" + NUM + r")(?:\s+(?:" + NUM + r"))*", clause.strip()):
            bare = bare or read_award(clause.split()[0])
            continue
        split = _split_label(clause)
        if split is None:
            continue
        label, award_text = split
        award = read_award(fold_chars(award_text))
        if award is None:
            continue
        cond = _condition(label)
        if cond is not None:
            lo, lo_in, hi, hi_in, over = cond
            if over != "rest":
                overs.add(over.split("+")[0])
                years = years or over.endswith("+y")
            bands.append(Band(lo, lo_in, hi, hi_in, award))
        else:
            cases.append(Case(label.strip(" -+•"), award))
    ratio_formula = bool(re.search(r"\ba\s*/\s*b\b|ty\s*le[a-z ]{0,20}?%?\s*" + _TIMES + r"\s*(?:" + DTD + "|" + NUM +
                                   r"\s*diem)|ty\s*le\s*=|\(a/b\)|" + DTD + r"\s*" + _TIMES + r"\s*ty\s*le", f))
    zero = None
    mz = re.search(r"\bb\s*=\s*0\b(.*?)(?:[;\n]|$)", f) or re.search(
        r"(?:khong\s+phat\s+sinh|khong\s+co\s+ho\s+so)[^;]*?(?:thi|duoc|:)(.*?)(?:[;\n]|$)", f)
    if mz:
        zero = read_award(mz.group(1).replace("thi", " ").replace("duoc", " "))
    real_bands = [b for b in bands if not (b.low is None and b.high is None)]
    if real_bands and (len(real_bands) >= 2 or len(bands) > len(real_bands)):
        over = "date" if "date" in overs else ("%" if "%" in overs or ratio_formula else "value")
        bands = _close_counts(bands) if over == "value" else bands
        # A target: "đạt X% trở lên: điểm tối đa; dưới X%: tỷ lệ/X% × điểm tối đa" is a ratio against X.
        if over == "%" and len(bands) == 2:
            top = next((b for b in bands if b.high is None and b.award == FULL), None)
            low = next((b for b in bands if b.low is None and b.award.kind == "proportional"), None)
            if top is not None and low is not None and top.low:
                return _ratio(letters, top.low, zero)
        if over == "date":
            measure = "date"
            inputs: tuple[Input, ...] = (Input("ngay", "Ngày thực hiện", "date"),)
        elif len(letters) >= 2 and ratio_formula or (len(letters) >= 2 and over == "%"):
            measure, inputs = "ratio", tuple(letters[:2])
        elif over == "%":
            measure, inputs = "percent", (Input("tl", _percent_label(text, f), "percent"),)
        else:
            measure, inputs = "value", (Input("x", _value_label(text, f), "number"),)
        return Method(kind="bands", inputs=inputs, measure=measure, bands=tuple(bands), zero_rule=zero,
                      dates_with_year=years)
    target = None
    mt = re.search(r"(?:dat|tu)\s*(" + NUM + r")\s*%\s*tro\s+len[^;]*?" + DTD, f)
    if mt:
        target = number(mt.group(1))
    if ratio_formula or (target is not None and (letters or "ty le" in f)):
        return _ratio(letters, target, zero)
    # Counts with a cap: "Mỗi văn bản: 05 điểm; tổng không quá Điểm tối đa", "mỗi ứng dụng 1 điểm".
    mc = re.search(r"\bmoi\s+([a-z /]{2,80}?)\s*(?::|,|\bduoc\b|\bcong\b|\btinh\b)?\s*(?:duoc\s+|cong\s+|tinh\s+)?("
                   + NUM + r")\s*(?:diem|d\b)", f)
    if mc and not cases[1:]:
        cap = re.search(r"(?:khong\s+qua|khong\s+vuot\s+qua|toi\s+da)\s*(" + NUM + r")\s*(?:diem|d\b)", f)
        return Method(kind="count", inputs=(Input("n", "Số " + _orig(text, f, mc.start(1), mc.end(1)).strip(),
                                                  "count"),),
                      per_item=number(mc.group(2)), cap=number(cap.group(1)) if cap else None)
    if bare is not None and cases and re.match(r"khong|chua", fold(cases[0].label)):
        cases.insert(0, Case("Có", bare))
    if cases:
        return _cases(cases, f, maximum)
    if real_bands and real_bands[0].award == FULL and "%" in overs:
        # One threshold alone: "đạt 100%: điểm tối đa" with nothing below it is a yes/no on the threshold.
        return Method(kind="bands", inputs=(Input("tl", _percent_label(text, f), "percent"),), measure="percent",
                      bands=tuple(real_bands))
    return Method(kind="manual")


def _ratio(letters: list[Input], target: Decimal | None, zero: Award | None) -> Method:
    if len(letters) >= 2:
        inputs = tuple(letters[:2])
    else:
        inputs = (Input("tl", "Tỷ lệ (%)", "percent"),)
    return Method(kind="ratio", inputs=inputs, target=target, zero_rule=zero)


def _close_counts(bands: list[Band]) -> list[Band]:
    """Steps over counts written as exact values ("4 lần: 20 điểm; 3 lần: 15 điểm") mean "4 or more" for
    the highest step, the one that earns most."""
    exact = [b for b in bands if b.low is not None and b.low == b.high]
    if len(exact) < 2:
        return bands
    top = max(exact, key=lambda b: b.low or 0)
    if any(b.low is not None and top.low is not None and b.low > top.low for b in bands):
        return bands
    return [Band(b.low, True, None, True, b.award) if b is top else b for b in bands]


def _cases(cases: list[Case], f: str, maximum: Decimal | None) -> Method:
    labels = [" ".join(fold_chars(c.label).split()) for c in cases]

    def yes(s: str) -> bool:
        return any(s == w or s.startswith(w + " ") for w in _YES) and not no(s)

    def no(s: str) -> bool:
        return any(s == w or s.startswith(w + " ") for w in _NO)

    if len(cases) == 1 and yes(labels[0]) or (len(cases) == 2 and yes(labels[0]) and no(labels[1])
                                              and cases[1].award.value == 0):
        award = cases[0].award
        return Method(kind="absolute", inputs=(Input("co", cases[0].label or "Có", "yesno"),),
                      points=None if award == FULL else award.value if award.kind == "points"
                      else (award.value * maximum if maximum is not None else None))
    # Parts that add up: no case earns the maximum alone, and the cases that earn something add up to it;
    # the 0-point cases are their negations ("… không chủ trì …: 0 điểm"), Đồng Tháp's way of writing halves.
    earning = [c for c in cases if c.award.value != 0]
    if maximum is not None and len(earning) >= 2 and len(earning) < len(cases) and not any(
            c.award == FULL or (c.award.kind == "points" and c.award.value == maximum) for c in cases) and sum(
            (c.award.amount(maximum) for c in earning), Decimal(0)) == maximum:
        inputs = tuple(Input(str(i + 1), c.label, "yesno") for i, c in enumerate(earning))
        return Method(kind="parts", inputs=inputs, cases=tuple(earning))
    if len(cases) == 1:
        return Method(kind="manual")  # one case alone states no rule to choose by
    additive = bool(re.search(r"\bmoi\s+(?:noi\s+dung|y|tieu\s+chi\s+thanh\s+phan|phan)\b|\bcong\s+(?:diem|don)\b"
                              r"|\btong\s+cac\s+(?:noi\s+dung|phan)", f))
    zero_case = any(c.award.value == 0 for c in cases)
    full_case = any(c.award == FULL or (maximum is not None and c.award.kind == "points"
                                         and c.award.value == maximum) for c in cases)
    if not additive and not zero_case and not full_case and maximum is not None and len(cases) >= 2:
        total = sum((c.award.amount(maximum) for c in cases), Decimal(0))
        additive = total == maximum
    if additive:
        inputs = tuple(Input(str(i + 1), c.label, "yesno") for i, c in enumerate(cases))
        return Method(kind="parts", inputs=inputs, cases=tuple(cases))
    return Method(kind="choice", inputs=(Input("pa", "Trường hợp (số thứ tự)", "option"),), cases=tuple(cases))


def _orig(text: str, folded: str, start: int, end: int) -> str:
    """The original words behind a span of the folded, whitespace-collapsed text."""
    flat = " ".join(text.split())
    if len(flat) == len(folded):
        return flat[start:end]
    return folded[start:end]


def _percent_label(text: str, f: str) -> str:
    m = re.search(r"(ty\s+le\s+[a-z ]{3,80}?)(?:\s*[:;(,]|\s+dat\b|\s+tu\b|\s*≥|\s*>|$)", f)
    return _orig(text, f, m.start(1), m.end(1)).strip() + " (%)" if m else "Tỷ lệ (%)"


def _value_label(text: str, f: str) -> str:
    if re.search(r"\b[mkg]bps\b|\bmb/s\b", f):
        unit = re.search(r"\b([mkg]bps|mb/s)\b", f).group(1)  # type: ignore[union-attr]
        return f"Tốc độ ({unit.replace('bps', 'bps').capitalize()})"
    m = re.search(r"\b(so\s+(?:lan|luong|[a-z]+)[a-z ]{0,40}?)(?:\s*[:;(,]|$)", f)
    return _orig(text, f, m.start(1), m.end(1)).strip() if m else "Giá trị"
