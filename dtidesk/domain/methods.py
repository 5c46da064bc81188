"""Scoring methods as data: how a criterion's self score follows from the officer's inputs.

A province's index decision states, for each criterion, how it is scored ("Cách tính điểm"). The kinds
below are the ones such decisions use; `method_grammar.read_method` turns the document's words into one
of them, and `compute` gives the score. A method is stored as JSON beside the document's own words, which
stay what the officer reads.

Rounding: where a decision says nothing, intermediate ratios are not rounded and the criterion's score is
rounded half up to 2 decimals (the convention of the appraisal councils' score sheets, which print two
decimals: seed 000 "46,67", "31,54").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

KINDS = ("ratio", "bands", "choice", "parts", "count", "absolute", "deduction", "manual")
KIND_NAMES = {
    "ratio": "Tỷ lệ × điểm tối đa",
    "bands": "Theo khoảng (mức)",
    "choice": "Chọn một trường hợp",
    "parts": "Cộng các nội dung",
    "count": "Theo số lượng, có mức trần",
    "absolute": "Có/không",
    "deduction": "Điểm trừ theo số lần",
    "manual": "Hội đồng chấm / nhập tay",
}
ONE = Decimal(1)
HUNDRED = Decimal(100)


@dataclass(frozen=True)
class Award:
    """What a case, a band or a part earns.

    kind "fraction": value × the criterion's maximum ("1/2*Điểm tối đa" → 0.5);
    kind "points": value points ("05 điểm");
    kind "proportional": value × the measured ratio (capped at 100 %) × the maximum
    ("Điểm = Tỷ lệ × Điểm tối đa" → 1).
    """

    kind: str
    value: Decimal

    def amount(self, maximum: Decimal, ratio: Decimal | None = None) -> Decimal:
        if self.kind == "points":
            return self.value
        if self.kind == "fraction":
            return self.value * maximum
        r = min(max(ratio if ratio is not None else Decimal(0), Decimal(0)), ONE)
        return self.value * r * maximum

    def words(self) -> str:
        v = _num(self.value)
        if self.kind == "points":
            return f"{v} điểm"
        if self.kind == "fraction":
            return "điểm tối đa" if self.value == 1 else f"{v} × điểm tối đa"
        return "tỷ lệ × điểm tối đa" if self.value == 1 else f"{v} × tỷ lệ × điểm tối đa"

    def to_json(self) -> dict:
        return {"kind": self.kind, "value": str(self.value)}

    @staticmethod
    def from_json(d: dict) -> Award:
        return Award(str(d["kind"]), Decimal(str(d["value"])))


FULL = Award("fraction", ONE)
NOTHING = Award("points", Decimal(0))


@dataclass(frozen=True)
class Input:
    """One value the officer gives: named by the document's letter ("a") or by what it counts."""

    name: str
    label: str
    type: str = "number"  # number | percent | count | yesno | option | date

    def to_json(self) -> dict:
        return {"name": self.name, "label": self.label, "type": self.type}

    @staticmethod
    def from_json(d: dict) -> Input:
        return Input(str(d["name"]), str(d.get("label", "")), str(d.get("type", "number")))


@dataclass(frozen=True)
class Band:
    """A range of the measured value and what it earns; an edge of None is open. Edges are inclusive or
    exclusive exactly as written: "từ 90 % đến dưới 95 %" is [90, 95), "trên 90 %" is (90, ∞)."""

    low: Decimal | None
    low_inclusive: bool
    high: Decimal | None
    high_inclusive: bool
    award: Award

    def contains(self, v: Decimal) -> bool:
        if self.low is not None and (v < self.low or (v == self.low and not self.low_inclusive)):
            return False
        if self.high is not None and (v > self.high or (v == self.high and not self.high_inclusive)):
            return False
        return True

    def words(self, unit: str = "") -> str:
        lo = None if self.low is None else _edge(self.low, unit)
        hi = None if self.high is None else _edge(self.high, unit)
        if lo is not None and hi is not None:
            if self.low == self.high:
                cond = lo
            else:
                cond = f"{'từ' if self.low_inclusive else 'trên'} {lo} đến {'' if self.high_inclusive else 'dưới '}{hi}"
        elif lo is not None:
            cond = f"từ {lo} trở lên" if self.low_inclusive else f"trên {lo}"
        elif hi is not None:
            cond = f"đến {hi}" if self.high_inclusive else f"dưới {hi}"
        else:
            cond = "còn lại"
        return f"{cond}: {self.award.words()}"

    def to_json(self) -> dict:
        return {"low": None if self.low is None else str(self.low), "low_inclusive": self.low_inclusive,
                "high": None if self.high is None else str(self.high), "high_inclusive": self.high_inclusive,
                "award": self.award.to_json()}

    @staticmethod
    def from_json(d: dict) -> Band:
        return Band(None if d.get("low") is None else Decimal(str(d["low"])), bool(d.get("low_inclusive", True)),
                    None if d.get("high") is None else Decimal(str(d["high"])),
                    bool(d.get("high_inclusive", False)), Award.from_json(d["award"]))


@dataclass(frozen=True)
class Case:
    """An option of a choice, or a part of an additive method."""

    label: str
    award: Award

    def to_json(self) -> dict:
        return {"label": self.label, "award": self.award.to_json()}

    @staticmethod
    def from_json(d: dict) -> Case:
        return Case(str(d.get("label", "")), Award.from_json(d["award"]))


@dataclass(frozen=True)
class Method:
    kind: str = "manual"
    inputs: tuple[Input, ...] = ()
    # bands: what is measured — "ratio" (a/b in %), "percent" (typed), "value" (a count, a speed), "date"
    measure: str = ""
    target: Decimal | None = None  # ratio: the percentage that earns the maximum ("đạt 50 % trở lên")
    zero_rule: Award | None = None  # ratio, bands over a/b: what b = 0 earns, where the document says
    bands: tuple[Band, ...] = ()
    cases: tuple[Case, ...] = ()
    per_item: Decimal | None = None  # count, deduction: points per item / occurrence
    cap: Decimal | None = None  # count, deduction: the limit of the total (None: the maximum)
    points: Decimal | None = None  # absolute: points for "có" (None: the maximum)
    places: int = 2  # decimals of the final score, rounded half up
    dates_with_year: bool = False  # bands over dates: edges carry a year
    notes: tuple[str, ...] = field(default=())  # what the reading could not settle, in Vietnamese

    def to_json(self) -> dict:
        d: dict = {"kind": self.kind}
        if self.inputs:
            d["inputs"] = [i.to_json() for i in self.inputs]
        if self.measure:
            d["measure"] = self.measure
        if self.target is not None:
            d["target"] = str(self.target)
        if self.zero_rule is not None:
            d["zero_rule"] = self.zero_rule.to_json()
        if self.bands:
            d["bands"] = [b.to_json() for b in self.bands]
        if self.cases:
            d["cases"] = [c.to_json() for c in self.cases]
        for key in ("per_item", "cap", "points"):
            v = getattr(self, key)
            if v is not None:
                d[key] = str(v)
        if self.places != 2:
            d["places"] = self.places
        if self.dates_with_year:
            d["dates_with_year"] = True
        if self.notes:
            d["notes"] = list(self.notes)
        return d

    @staticmethod
    def from_json(d: dict | None) -> Method:
        if not d:
            return MANUAL
        kind = str(d.get("kind", "manual"))
        if kind not in KINDS:
            raise ValueError(f"unknown method kind {kind!r}")

        def dec(key: str) -> Decimal | None:
            return None if d.get(key) is None else Decimal(str(d[key]))

        return Method(
            kind=kind, inputs=tuple(Input.from_json(i) for i in d.get("inputs", [])),
            measure=str(d.get("measure", "")), target=dec("target"),
            zero_rule=Award.from_json(d["zero_rule"]) if d.get("zero_rule") else None,
            bands=tuple(Band.from_json(b) for b in d.get("bands", [])),
            cases=tuple(Case.from_json(c) for c in d.get("cases", [])),
            per_item=dec("per_item"), cap=dec("cap"), points=dec("points"), places=int(d.get("places", 2)),
            dates_with_year=bool(d.get("dates_with_year", False)), notes=tuple(d.get("notes", [])))

    def words(self) -> str:
        """The method as the program understood it, in one or two Vietnamese sentences."""
        k = self.kind
        if k == "ratio":
            if len(self.inputs) >= 2:
                base = f"Tỷ lệ = {self.inputs[0].name}/{self.inputs[1].name}"
            else:
                base = "Tỷ lệ (%)"
            if self.target is not None:
                text = f"{base}; đạt {_num(self.target)}% trở lên được điểm tối đa, dưới đó tính theo tỷ lệ"
            else:
                text = f"{base}; điểm = tỷ lệ × điểm tối đa (trên 100% tính 100%)"
            if self.zero_rule is not None:
                text += f"; b = 0: {self.zero_rule.words()}"
            return text
        if k == "bands":
            unit = "%" if self.measure in ("ratio", "percent") else "date" if self.measure == "date" else ""
            return "; ".join(b.words(unit) for b in self.bands)
        if k in ("choice", "parts"):
            head = "Chọn một: " if k == "choice" else "Cộng từng nội dung đạt: "
            return head + "; ".join(f"{c.label}: {c.award.words()}" for c in self.cases)
        if k == "count":
            cap = "điểm tối đa" if self.cap is None else f"{_num(self.cap)} điểm"
            noun = self.inputs[0].label.removeprefix("Số ").strip() if self.inputs else "lần"
            return f"Mỗi {noun}: {_num(self.per_item or 0)} điểm; tổng không quá {cap}"
        if k == "absolute":
            pts = "điểm tối đa" if self.points is None else f"{_num(self.points)} điểm"
            return f"Có: {pts}; không: 0 điểm"
        if k == "deduction":
            cap = "" if self.cap is None else f"; tổng điểm trừ không quá {_num(self.cap)} điểm"
            return f"Mỗi lần trừ {_num(self.per_item or 0)} điểm{cap}"
        return "Hội đồng thẩm định chấm; cán bộ nhập điểm"


MANUAL = Method()


@dataclass(frozen=True)
class Result:
    """A computed score, or None with what is missing; `working` says how it was reached."""

    score: Decimal | None
    missing: tuple[str, ...] = ()
    working: str = ""


Value = Decimal | date | None


def rounded(value: Decimal, places: int = 2) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def expected_inputs(method: Method) -> tuple[Input, ...]:
    """The inputs `compute` takes, in the order the method states them (also for kinds whose inputs are
    implied: one per part, one option number, one count)."""
    if method.inputs:
        return method.inputs
    k = method.kind
    if k == "parts":
        return tuple(Input(f"{i + 1}", c.label, "yesno") for i, c in enumerate(method.cases))
    if k == "choice":
        return (Input("pa", "Trường hợp (số thứ tự)", "option"),)
    if k == "absolute":
        return (Input("co", "Có (1) / Không (0)", "yesno"),)
    if k in ("count", "deduction"):
        return (Input("n", "Số lần" if k == "deduction" else "Số lượng", "count"),)
    if k == "ratio":
        return (Input("tl", "Tỷ lệ (%)", "percent"),)
    if k == "bands":
        return (Input("x", "Giá trị", "date" if method.measure == "date" else "number"),)
    return ()


def date_key(d: date, with_year: bool) -> Decimal:
    """A date as the number band edges over dates are stored as: MMDD, or YYYYMMDD with the year."""
    return Decimal(d.year * 10000 + d.month * 100 + d.day if with_year else d.month * 100 + d.day)


def compute(method: Method, maximum: Decimal, values: list[Value] | tuple[Value, ...]) -> Result:
    """The self score from the inputs (None where an input is missing). The score never leaves 0..maximum
    (deductions: maximum..0, the maximum being negative)."""
    k = method.kind
    if k == "manual":
        return Result(None, (), "Chấm tay")
    inputs = expected_inputs(method)
    vals = list(values) + [None] * (len(inputs) - len(values))
    missing = tuple(inp.label or inp.name for inp, v in zip(inputs, vals, strict=False) if v is None)
    if missing:
        return Result(None, missing)
    raw, working = _raw(method, maximum, vals)
    if raw is None:
        return Result(None, (working,), working)
    if maximum >= 0:
        raw = min(max(raw, Decimal(0)), maximum)
    else:
        raw = max(min(raw, Decimal(0)), maximum)
    return Result(rounded(raw, method.places), (), working)


def _ratio(a: Value, b: Value) -> Decimal | None:
    if not isinstance(a, Decimal) or not isinstance(b, Decimal) or b == 0:
        return None
    return a / b


def _raw(m: Method, maximum: Decimal, vals: list[Value]) -> tuple[Decimal | None, str]:
    k = m.kind
    if k == "ratio":
        if len(vals) >= 2:
            if vals[1] == 0:
                if m.zero_rule is None:
                    return None, "b = 0: văn bản không quy định cách tính"
                return m.zero_rule.amount(maximum, ONE), "b = 0"
            r = _ratio(vals[0], vals[1])
        else:
            r = vals[0] / HUNDRED if isinstance(vals[0], Decimal) else None
        if r is None:
            return None, "Thiếu số liệu"
        r = min(max(r, Decimal(0)), ONE)
        if m.target is not None and m.target > 0:
            share = min(r * HUNDRED / m.target, ONE)
            return share * maximum, f"tỷ lệ {_num(r * HUNDRED)}% so với mức {_num(m.target)}%"
        return r * maximum, f"tỷ lệ {_num(rounded(r * HUNDRED, 2))}%"
    if k == "bands":
        ratio = None
        if m.measure == "ratio":
            if len(vals) >= 2 and vals[1] == 0:
                if m.zero_rule is None:
                    return None, "b = 0: văn bản không quy định cách tính"
                return m.zero_rule.amount(maximum, ONE), "b = 0"
            r = _ratio(vals[0], vals[1]) if len(vals) >= 2 else None
            if r is None:
                return None, "Thiếu số liệu"
            ratio = r
            v = r * HUNDRED
        elif m.measure == "date":
            d = vals[0]
            if not isinstance(d, date):
                return None, "Cần một ngày (dd/mm/yyyy)"
            v = date_key(d, m.dates_with_year)
        else:
            v = vals[0]
            if not isinstance(v, Decimal):
                return None, "Thiếu số liệu"
            if m.measure == "percent":
                ratio = v / HUNDRED
        for b in m.bands:
            if b.contains(v):
                unit = "%" if ratio is not None else "date" if m.measure == "date" else ""
                return b.award.amount(maximum, ratio), f"thuộc mức “{b.words(unit)}”"
        return Decimal(0), "không thuộc mức nào: 0 điểm"
    if k == "choice":
        n = vals[0]
        if not isinstance(n, Decimal) or n != n.to_integral_value() or not 1 <= n <= len(m.cases):
            return None, f"Trường hợp phải là số từ 1 đến {len(m.cases)}"
        case = m.cases[int(n) - 1]
        return case.award.amount(maximum, ONE), f"trường hợp {int(n)}: {case.label}"
    if k == "parts":
        total = Decimal(0)
        for c, v in zip(m.cases, vals, strict=False):
            if v not in (Decimal(0), Decimal(1)):
                return None, "Mỗi nội dung là 1 (đạt) hoặc 0 (không đạt)"
            if v == 1:
                total += c.award.amount(maximum, ONE)
        return total, "cộng các nội dung đạt"
    if k in ("count", "deduction"):
        n = vals[0]
        if not isinstance(n, Decimal) or n < 0:
            return None, "Số lượng phải là số không âm"
        per = m.per_item or Decimal(0)
        cap = m.cap if m.cap is not None else abs(maximum)
        total = min(n * per, cap)
        return (-total if k == "deduction" else total), f"{_num(n)} × {_num(per)} điểm"
    if k == "absolute":
        v = vals[0]
        if v not in (Decimal(0), Decimal(1)):
            return None, "Có là 1, không là 0"
        return ((m.points if m.points is not None else maximum) if v == 1 else Decimal(0)), ""
    return None, "Chấm tay"


def _edge(v: Decimal, unit: str) -> str:
    """A band edge in words: a date edge (stored MMDD or YYYYMMDD) as dd/mm[/yyyy], else the number."""
    if unit == "date":
        n = int(v)
        day, month, year = n % 100, n // 100 % 100, n // 10000
        return f"ngày {day:02d}/{month:02d}" + (f"/{year}" if year else "")
    return _num(v) + unit


def _num(v: Decimal) -> str:
    """A number in Vietnamese writing for the method's words ("2,5", "1.000")."""
    q = v.normalize()
    text = format(q, "f")
    if "." in text:
        whole, frac = text.split(".")
    else:
        whole, frac = text, ""
    sign = "-" if whole.startswith("-") else ""
    whole = whole.lstrip("-")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return sign + ".".join(groups) + ("," + frac if frac else "")
