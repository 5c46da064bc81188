"""The self-assessment dossier (hồ sơ tự đánh giá) as plain data: the index version, every criterion with its
inputs, self score, explanation and numbered evidence, and its JSON form (`self-assessment.json`), which the
province side reads back."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import PurePosixPath

from ..errors import ValidationError
from .methods import MANUAL, Method
from .models import Agency
from .scores import to_decimal
from .text import safe_file_stem
from .vnformat import fmt_date_padded, fmt_number, fmt_percent

FORMAT = "dtidesk-self-assessment"
FORMAT_VERSION = 1
JSON_NAME = "self-assessment.json"
# Word from a method's input type to what the table prints after the value.
_YES_NO = {Decimal(1): "có", Decimal(0): "không"}


@dataclass(frozen=True)
class IndexVersion:
    code: str
    year: int  # the version's year
    name: str
    decision: str = ""
    kind: str = "DTI"
    province: str = ""


@dataclass(frozen=True)
class DossierInput:
    """One of the method's inputs: a number as a Decimal, a date or unreadable text as typed, None if not given."""

    name: str
    label: str
    type: str = "number"
    value: Decimal | str | None = None

    def shown(self) -> str:
        v = self.value
        if v is None:
            return "…"
        if isinstance(v, str):
            return v
        if self.type == "yesno" and v in _YES_NO:
            return _YES_NO[v]
        if self.type == "option":
            return f"trường hợp {fmt_number(v)}"
        if self.type == "percent":
            return fmt_percent(v, 4)
        return fmt_number(v, 4)

    def line(self) -> str:
        """“a = 45 (Số máy tính kết nối mạng)” as the table's “Số liệu” column prints it."""
        label = " ".join(self.label.split())
        return f"{self.name} = {self.shown()}" + (f" ({label})" if label and label != self.name else "")


@dataclass(frozen=True)
class DossierEvidence:
    """An item cited under one criterion: `ref` numbers it there ("2.4-01"); `path` is where its file sits
    in the dossier ("2.4/2.4-01 Kế hoạch số hóa.pdf"), "" for a paper-only item."""

    ref: str
    title: str
    number: str = ""
    date: date | None = None
    issuer: str = ""
    file_name: str = ""  # the attached file's own name
    sha256: str | None = None
    size: int | None = None
    location: str = ""
    path: str = ""
    own: bool = True  # False: the item belongs to another criterion and also supports this one
    same_as: str = ""  # then its number there ("2.4-01")

    def citation(self) -> str:
        """“2.4-01 Kế hoạch số 12/KH-STP ngày 15/03/2022 (Sở Tư pháp)”."""
        text = f"{self.ref} {' '.join(self.title.split())}"
        if self.number:
            text += f" số {self.number}"
        if self.date is not None:
            text += f" ngày {fmt_date_padded(self.date)}"
        if self.issuer:
            text += f" ({self.issuer})"
        if not self.path and self.location:
            text += f"; bản giấy: {self.location}"
        if self.same_as:
            text += f"; cùng tài liệu {self.same_as}"
        return text


@dataclass(frozen=True)
class DossierNode:
    """A component index (kind "group", its scores summed) or a criterion, in the decision's order."""

    code: str
    name: str
    kind: str
    parent: str | None
    max_score: Decimal | None
    self_score: Decimal | None = None
    method: Method = MANUAL
    method_text: str = ""  # the decision's own words
    inputs: tuple[DossierInput, ...] = ()
    computed: Decimal | None = None
    override_reason: str = ""
    explanation: str = ""
    evidence: tuple[DossierEvidence, ...] = ()

    @property
    def is_deduction(self) -> bool:
        return self.kind == "criterion" and self.max_score is not None and self.max_score < 0


@dataclass(frozen=True)
class Dossier:
    index: IndexVersion
    agency: Agency
    year: int
    period: tuple[date, date]
    nodes: tuple[DossierNode, ...]
    max_score: Decimal | None = None
    self_score: Decimal | None = None
    generator: str = field(default="", compare=False)

    @property
    def criteria(self) -> list[DossierNode]:
        return [n for n in self.nodes if n.kind == "criterion"]

    @property
    def groups(self) -> list[DossierNode]:
        return [n for n in self.nodes if n.kind == "group"]

    def files(self) -> list[tuple[DossierEvidence, str]]:
        """(item, criterion code) for every file the dossier holds, in the table's order."""
        return [(e, c.code) for c in self.criteria for e in c.evidence if e.path]

    def index_phrase(self) -> str:
        """“Chỉ số chuyển đổi số” / “Chỉ số cải cách hành chính” / the version's own name."""
        if self.index.kind == "DTI":
            return "Chỉ số chuyển đổi số"
        if self.index.kind == "PAR":
            return "Chỉ số cải cách hành chính"
        return self.index.name


def evidence_ref(code: str, n: int) -> str:
    return f"{code}-{n:02d}"


def evidence_path(code: str, ref: str, title: str, file_name: str) -> str:
    """Where an item's file goes: a folder per criterion, the file named by its reference and title
    (made safe for Windows), keeping the attached file's extension."""
    suffix = PurePosixPath(file_name.replace("\\", "/")).suffix.lower()
    suffix = suffix if suffix and len(suffix) <= 8 and suffix[1:].isalnum() else ""
    stem = safe_file_stem(f"{ref} {title}", fallback=ref, limit=90)
    return f"{safe_file_stem(code, fallback='tieu-chi')}/{stem}{suffix}"


# -- JSON ------------------------------------------------------------------------------------------------
def _num(v: Decimal | None) -> int | float | None:
    if v is None:
        return None
    return int(v) if v == v.to_integral_value() else float(v)


def _dec(v: object) -> Decimal | None:
    return to_decimal(v)


def _input_json(i: DossierInput) -> dict:
    v = i.value
    return {"name": i.name, "label": i.label, "type": i.type,
            "value": _num(v) if isinstance(v, Decimal) else v}


def _evidence_json(e: DossierEvidence) -> dict:
    return {"ref": e.ref, "title": e.title, "number": e.number or None,
            "date": e.date.isoformat() if e.date else None, "issuer": e.issuer or None,
            "file": e.path or None, "original_name": e.file_name or None, "sha256": e.sha256, "size": e.size,
            "location": e.location or None, "own": e.own, "same_as": e.same_as or None}


def to_json(d: Dossier) -> dict:
    """The machine-readable copy of the self-assessment (`self-assessment.json`)."""
    crit, groups = [], []
    for n in d.nodes:
        base = {"code": n.code, "name": n.name, "parent": n.parent, "max": _num(n.max_score),
                "self_score": _num(n.self_score)}
        if n.kind == "group":
            groups.append(base)
            continue
        crit.append({**base, "method": {"kind": n.method.kind, **n.method.to_json(), "words": n.method.words(),
                                        "text": n.method_text},
                     "inputs": [_input_json(i) for i in n.inputs], "computed": _num(n.computed),
                     "override_reason": n.override_reason or None, "explanation": n.explanation or None,
                     "evidence": [_evidence_json(e) for e in n.evidence]})
    return {
        "format": FORMAT, "format_version": FORMAT_VERSION, "generator": d.generator,
        "index": {"code": d.index.code, "year": d.index.year, "name": d.index.name, "decision": d.index.decision,
                  "kind": d.index.kind, "province": d.index.province},
        "agency": asdict(d.agency), "year": d.year,
        "period": {"start": d.period[0].isoformat(), "end": d.period[1].isoformat()},
        "total": {"max": _num(d.max_score), "self_score": _num(d.self_score)},
        "order": [n.code for n in d.nodes],
        "groups": groups, "criteria": crit,
    }


def from_json(data: dict) -> Dossier:
    """Read `self-assessment.json` back (the province side); ValidationError, in Vietnamese, otherwise."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValidationError("Tệp không phải dữ liệu tự đánh giá của DTI Desk (self-assessment.json).", JSON_NAME)
    if int(data.get("format_version", 0)) > FORMAT_VERSION:
        raise ValidationError("Dữ liệu tự đánh giá được tạo bởi phiên bản DTI Desk mới hơn; hãy cập nhật "
                                 "chương trình để đọc.", JSON_NAME)
    try:
        ix = data["index"]
        nodes: dict[str, DossierNode] = {}
        for g in data.get("groups", []):
            nodes[g["code"]] = DossierNode(g["code"], g["name"], "group", g.get("parent"), _dec(g.get("max")),
                                           _dec(g.get("self_score")))
        for c in data.get("criteria", []):
            m = dict(c.get("method") or {})
            text = str(m.pop("text", "") or "")
            m.pop("words", None)
            inputs = tuple(DossierInput(str(i["name"]), str(i.get("label", "")), str(i.get("type", "number")),
                                        _dec(i["value"]) if isinstance(i.get("value"), (int, float))
                                        else i.get("value")) for i in c.get("inputs", []))
            evidence = tuple(DossierEvidence(
                ref=e["ref"], title=e["title"], number=e.get("number") or "",
                date=date.fromisoformat(e["date"]) if e.get("date") else None, issuer=e.get("issuer") or "",
                file_name=e.get("original_name") or "", sha256=e.get("sha256"), size=e.get("size"),
                location=e.get("location") or "", path=e.get("file") or "", own=bool(e.get("own", True)),
                same_as=e.get("same_as") or "")
                for e in c.get("evidence", []))
            nodes[c["code"]] = DossierNode(
                c["code"], c["name"], "criterion", c.get("parent"), _dec(c.get("max")), _dec(c.get("self_score")),
                Method.from_json(m), text, inputs, _dec(c.get("computed")), c.get("override_reason") or "",
                c.get("explanation") or "", evidence)
        order = data.get("order") or list(nodes)
        agency = Agency(**{k: v for k, v in (data.get("agency") or {}).items() if k in Agency.__dataclass_fields__})
        period = data["period"]
        return Dossier(
            index=IndexVersion(ix["code"], int(ix["year"]), ix["name"], ix.get("decision", ""),
                               ix.get("kind", "DTI"), ix.get("province", "")),
            agency=agency, year=int(data["year"]),
            period=(date.fromisoformat(period["start"]), date.fromisoformat(period["end"])),
            nodes=tuple(nodes[code] for code in order), max_score=_dec(data["total"].get("max")),
            self_score=_dec(data["total"].get("self_score")), generator=str(data.get("generator", "")))
    except (KeyError, TypeError, ValueError) as exc:
        raise ValidationError(f"Dữ liệu tự đánh giá không đọc được (thiếu hoặc sai mục {exc}).", JSON_NAME) from None
