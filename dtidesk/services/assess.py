"""Self-assessment from the method: the officer gives a criterion's inputs, the program computes its score
(`dtidesk-cli assess`, the Criteria tab's inputs); an officer may type another score, with a reason."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..domain.methods import Input, Method, Result, compute, expected_inputs
from ..domain.models import Assessment, Framework, Indicator, Score
from ..domain.validation import check_score, parse_date_input, parse_decimal_input, require_text
from ..errors import NotFound, ValidationError
from ..store import AgencyFile
from .changes import Changes
from .index_import import method_json
from .scoring import find_framework


@dataclass(frozen=True)
class InputState:
    input: Input
    value: str  # as typed ("" when not given)


@dataclass(frozen=True)
class CriterionState:
    """What the Criteria tab shows for one criterion: the method in words, its inputs, the computed score,
    the score that stands, the evidence required and what is missing."""

    indicator: Indicator
    method: Method
    inputs: list[InputState]
    result: Result
    score: Score | None
    evidence_required: str
    evidence_count: int
    missing: list[str]

    @property
    def overridden(self) -> bool:
        return bool(self.score and self.score.override_reason)


def _parse_one(inp: Input, raw: str) -> Decimal | object | None:
    label = f"“{inp.label or inp.name}”"
    text = str(raw).strip()
    if text == "":
        return None
    if inp.type == "date":
        return parse_date_input(text, label)
    value = parse_decimal_input(text.rstrip("%").strip(), label)
    if inp.type in ("yesno",) and value not in (Decimal(0), Decimal(1)):
        raise ValidationError(f"{label}: ghi 1 (có/đạt) hoặc 0 (không), không phải “{text}”.", inp.name)
    if inp.type in ("count", "option") and (value is None or value < 0 or value != value.to_integral_value()):
        raise ValidationError(f"{label}: cần một số nguyên không âm, không phải “{text}”.", inp.name)
    if value is not None and value < 0:
        raise ValidationError(f"{label}: số liệu không được âm (“{text}”).", inp.name)
    return value


def parse_inputs(method: Method, raw: list[str]) -> list:
    """The inputs as the method states them, in its order; refused naming the input when one is not what
    it must be (a decimal comma is accepted: "92,4")."""
    inputs = expected_inputs(method)
    if len(raw) > len(inputs):
        names = ", ".join(f"{i.name} = {i.label}" for i in inputs) or "không có"
        raise ValidationError(f"Phương pháp này cần {len(inputs)} số liệu ({names}), không phải {len(raw)}.",
                              "Số liệu")
    return [_parse_one(inp, r) for inp, r in zip(inputs, raw, strict=False)]


def _criterion(af: AgencyFile, framework: Framework, code: str) -> Indicator:
    ind = af.repo.frameworks.indicator_by_code(framework.id, code.strip())
    if ind is None:
        raise NotFound(f"Bộ chỉ số {framework.code} ({framework.version_year}) không có tiêu chí “{code}”.")
    if ind.kind != "criterion":
        raise ValidationError(f"“{code}” là chỉ số (nhóm), không phải tiêu chí: điểm của nó là tổng các tiêu chí.",
                              "Tiêu chí")
    return ind


def _store(af: AgencyFile, assessment_id: int, ind: Indicator, raw: list[str]) -> Result:
    """Inputs and computed score written (caller holds the transaction); an override stays as typed."""
    values = parse_inputs(ind.method, raw)
    result = compute(ind.method, ind.max_score or Decimal(0), values)
    current = af.repo.assessments.scores(assessment_id).get(ind.id)
    reason = current.override_reason if current else ""
    self_score = current.self_score if current and reason else result.score
    kept = [str(r).strip() for r in raw]
    while kept and not kept[-1]:
        kept.pop()
    af.repo.assessments.set_method_score(assessment_id, ind.id, kept, result.score, self_score, reason)
    return result


def _logged(score: Score | None, fields: tuple[str, ...] = ("inputs", "computed", "self_score")) -> dict:
    """What the change log keeps of a score row before or after an edit."""
    return {f: getattr(score, f) if score else None for f in fields}


def set_inputs(af: AgencyFile, assessment_id: int, indicator_id: int, raw: list[str]) -> Changes:
    """User action: the inputs of one criterion (the Criteria tab); its score, its component's and the
    total follow. Refused naming the input when one is not a number of the right kind."""
    ind = af.repo.frameworks.indicator(indicator_id)
    if ind is None or ind.kind != "criterion":
        raise NotFound("Không tìm thấy tiêu chí.")
    if ind.method.kind == "manual":
        raise ValidationError(f"Tiêu chí {ind.code} do hội đồng chấm: nhập thẳng điểm tự chấm.", "Số liệu")
    before = af.repo.assessments.scores(assessment_id).get(indicator_id)
    with af.transaction():
        result = _store(af, assessment_id, ind, raw)
        after = af.repo.assessments.scores(assessment_id).get(indicator_id)
        af.repo.log.add("set_inputs", "scores", indicator_id,
                        f"{ind.code}: {' ; '.join(raw)} → {result.score if result.score is not None else '—'}",
                        before=_logged(before), after=_logged(after))
    return Changes.of("scores")


def override_score(af: AgencyFile, assessment_id: int, indicator_id: int, value: object, reason: str) -> Changes:
    """User action: type a self score other than the computed one, with the reason (kept and shown). A blank
    value goes back to the computed score."""
    ind = af.repo.frameworks.indicator(indicator_id)
    if ind is None or ind.kind != "criterion":
        raise NotFound("Không tìm thấy tiêu chí.")
    label = f"Điểm tự chấm tiêu chí {ind.code}"
    number = check_score(parse_decimal_input(value, label), ind.max_score, label)
    current = af.repo.assessments.scores(assessment_id).get(indicator_id)
    inputs = current.inputs if current else []
    computed = current.computed if current else None
    if number is None:
        reason, number = "", computed
    else:
        reason = require_text(reason, "Lý do sửa điểm")
    with af.transaction():
        af.repo.assessments.set_method_score(assessment_id, indicator_id, inputs, computed, number, reason)
        af.repo.log.add("override_score", "scores", indicator_id, f"{ind.code} = {value} ({reason[:60]})",
                        before=_logged(current, ("self_score", "override_reason")),
                        after={"self_score": number, "override_reason": reason})
    return Changes.of("scores")


def restore_score(af: AgencyFile, assessment_id: int, indicator_id: int, before: Score | None) -> Changes:
    """Undo of set_inputs / override_score: the criterion's score row as it was."""
    with af.transaction():
        if before is None:
            af.repo.assessments.delete_score(assessment_id, indicator_id)
        else:
            af.repo.assessments.set_score(assessment_id, indicator_id, before.self_score, before.appraised_score,
                                          before.note)
            af.repo.assessments.set_method_score(assessment_id, indicator_id, before.inputs, before.computed,
                                                 before.self_score, before.override_reason)
        af.repo.log.add("restore_score", "scores", indicator_id, "hoàn tác")
    return Changes.of("scores")


def criterion_state(af: AgencyFile, assessment_id: int | None, indicator_id: int) -> CriterionState:
    ind = af.repo.frameworks.indicator(indicator_id)
    if ind is None:
        raise NotFound("Không tìm thấy tiêu chí.")
    score = af.repo.assessments.scores(assessment_id).get(indicator_id) if assessment_id else None
    raw = score.inputs if score else []
    inputs = [InputState(inp, raw[i] if i < len(raw) else "") for i, inp in enumerate(expected_inputs(ind.method))]
    try:
        values = parse_inputs(ind.method, raw)
        result = compute(ind.method, ind.max_score or Decimal(0), values)
    except ValidationError as exc:
        result = Result(None, (str(exc),))
    evidence = len(af.repo.assessments.evidence(assessment_id, indicator_id)) if assessment_id else 0
    missing: list[str] = []
    if ind.method.kind != "manual":
        missing += [f"Số liệu: {m}" for m in result.missing]
    elif score is None or score.self_score is None:
        missing.append("Điểm tự chấm")
    if ind.evidence_hint and evidence == 0:
        missing.append("Tài liệu kiểm chứng")
    if ind.evidence_hint and evidence == 0 and not (score and score.explanation):
        missing.append("Giải trình (chưa có tài liệu kiểm chứng)")
    return CriterionState(ind, ind.method, inputs, result, score, ind.evidence_hint, evidence, missing)


def ensure_assessment(af: AgencyFile, framework: Framework, year: int) -> tuple[Assessment, bool]:
    """The year's self-assessment on this index, created when the file has none (caller holds the
    transaction)."""
    a = af.repo.assessments.find(framework.id, year)
    if a is not None:
        return a, False
    aid = af.repo.assessments.insert(framework.id, year)
    return af.repo.assessments.get(aid), True  # type: ignore[return-value]


def assess(af: AgencyFile, year: int, criterion: str, raw: list[str],
           framework_code: str | None = None) -> tuple[dict, Changes]:
    """`dtidesk-cli assess`: set a criterion's inputs in the order its method states them and return the
    computed score; creates that year's self-assessment on the index when the file has none."""
    fw = find_framework(af, framework_code, year)
    ind = _criterion(af, fw, criterion)
    if ind.method.kind == "manual":
        raise ValidationError(f"Tiêu chí {ind.code} do hội đồng chấm (không có cách tính từ số liệu): nhập điểm "
                              "tự chấm trong cửa sổ.", "Tiêu chí")
    parse_inputs(ind.method, raw)  # refused before anything is written
    with af.transaction():
        a, created = ensure_assessment(af, fw, year)
        if created:
            af.repo.log.add("create_assessment", "assessments", a.id, f"{fw.code} {year}")
        before = af.repo.assessments.scores(a.id).get(ind.id)
        result = _store(af, a.id, ind, raw)
        af.repo.log.add("set_inputs", "scores", ind.id, f"{ind.code}: {' ; '.join(raw)}", before=_logged(before),
                        after=_logged(af.repo.assessments.scores(a.id).get(ind.id)))
    score = af.repo.assessments.scores(a.id).get(ind.id)
    return criterion_json(ind, score, result), Changes.of("assessments", "scores")


def _num(v: Decimal | None) -> int | float | None:
    if v is None:
        return None
    return int(v) if v == v.to_integral_value() else float(v)


def criterion_json(ind: Indicator, score: Score | None, result: Result | None = None) -> dict:
    raw = score.inputs if score else []
    inputs = [{"name": inp.name, "label": inp.label, "type": inp.type,
               "value": _value(raw[i]) if i < len(raw) else None}
              for i, inp in enumerate(expected_inputs(ind.method))]
    d = {
        "criterion": ind.code, "name": ind.name, "max": _num(ind.max_score),
        "method": method_json(ind.method, ind.scoring_note), "inputs": inputs,
        "computed": _num(score.computed) if score else None,
        "score": _num(score.self_score) if score else None,
        "override_reason": (score.override_reason or None) if score else None,
    }
    if result is not None and result.missing:
        d["missing"] = list(result.missing)
    return d


def _value(raw: str) -> object:
    try:
        d = parse_decimal_input(raw, "")
    except ValidationError:
        return raw
    return _num(d)
